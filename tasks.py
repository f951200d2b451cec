#!/usr/bin/env python3
"""Bootstrap and run the project's two jobs on a fresh machine with only Python 3.11+.

    python3 tasks.py demo   # install, then batch-screen the bundled example shipments
    python3 tasks.py test   # install, then ruff + mypy --strict + the whole test suite

Installs uv (from PyPI) when missing and syncs the locked environment into .venv; falls back to
pip + venv if uv cannot be installed. README.md and .ci/run both call this file, so the commands
cannot drift apart.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")


def run(*cmd: str, check: bool = True) -> int:
    print("+", " ".join(cmd), flush=True)
    code = subprocess.call(cmd, cwd=ROOT)
    if check and code != 0:
        sys.exit(code)
    return code


TOOLS = ROOT / ".tools"  # a private venv holding uv when it cannot be installed otherwise


def find_uv() -> str | None:
    for candidate in (shutil.which("uv"), Path.home() / ".local" / "bin" / "uv",
                      TOOLS / "bin" / "uv"):
        if candidate and Path(candidate).exists():
            return str(candidate)
    try:
        import uv  # type: ignore[import-not-found]

        return str(uv.find_uv_bin())
    except Exception:
        return None


def install_uv() -> str | None:
    """pip --user, then pip --user on an externally managed Python, then a private venv."""
    pip = [sys.executable, "-m", "pip", "install", "--quiet"]
    for extra in (["--user"], ["--user", "--break-system-packages"]):
        if subprocess.call([*pip, *extra, "uv"], cwd=ROOT) == 0 and find_uv():
            return find_uv()
    try:
        venv.create(TOOLS, with_pip=True)
    except Exception:
        return None
    code = subprocess.call([str(TOOLS / "bin" / "python"), "-m", "pip", "install", "--quiet", "uv"])
    return find_uv() if code == 0 else None


def install() -> None:
    """Create .venv with the locked runtime + dev dependencies and the package itself."""
    uv = find_uv() or install_uv()
    if uv is not None:
        sync = [uv, "sync", "--frozen", "--quiet", f"--python={sys.executable}"]
        if run(*sync, check=False) != 0:  # e.g. a TLS-intercepting proxy: use the system store
            run(*sync, "--system-certs")
        return
    print("uv unavailable; falling back to venv + pip", flush=True)
    if not (BIN / "pip").exists():
        venv.create(VENV, with_pip=True, clear=True)
    run(str(BIN / "python"), "-m", "pip", "install", "--quiet", "-e", ".",
        "pytest", "hypothesis", "ruff", "mypy", "types-PyYAML", "psutil")


def demo(args: list[str]) -> int:
    install()
    out = args[0] if args else "out/decisions.csv"
    return run(str(BIN / "screening"), "batch", "examples/shipments.csv", "-o", out, check=False)


def test(args: list[str]) -> int:
    install()
    run(str(BIN / "ruff"), "check", "screening", "tests", "benchmarks", "tasks.py")
    run(str(BIN / "mypy"), "screening")
    code = run(str(BIN / "python"), "-m", "pytest", *args, check=False)
    if code == 5:
        print("error: pytest collected no tests", file=sys.stderr)
        return 1
    return code


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in {"demo", "test"}:
        print(__doc__)
        return 2
    job = {"demo": demo, "test": test}[sys.argv[1]]
    return job(sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
