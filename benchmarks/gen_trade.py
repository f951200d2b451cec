"""Generate synthetic trade records for the batch-screening benchmark.

    uv run python benchmarks/gen_trade.py --rows 1000000 --seed 1 --out /tmp/trade1m --corrupt-pct 1

See ``benchmarks/tradegen/cli.py`` (``--help``) for every option.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere

from benchmarks.tradegen.cli import main

if __name__ == "__main__":
    main()
