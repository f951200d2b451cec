"""The lists bundled with the project (``lists/manifest.yaml``): the offline default."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from screening.errors import ConfigError

LISTS_DIR = Path(__file__).resolve().parents[2] / "lists"


@dataclass(frozen=True)
class BundledList:
    """One bundled list file and how to read it."""

    name: str
    path: Path
    format: str
    demo: bool
    description: str


def bundled_lists(lists_dir: Path = LISTS_DIR) -> list[BundledList]:
    """The bundled lists declared in ``lists_dir/manifest.yaml``."""
    manifest = lists_dir / "manifest.yaml"
    if not manifest.exists():
        raise ConfigError(f"{manifest}: bundled list manifest missing (is this a full checkout?)")
    data = yaml.safe_load(manifest.read_text(encoding="utf-8")) or {}
    return [
        BundledList(
            name=item["name"],
            path=lists_dir / item["file"],
            format=item["format"],
            demo=bool(item.get("demo", False)),
            description=str(item.get("description", "")).strip(),
        )
        for item in data.get("bundled", [])
    ]


def bundled_list_paths(lists_dir: Path = LISTS_DIR) -> list[Path]:
    """Paths of the bundled list files."""
    return [b.path for b in bundled_lists(lists_dir)]
