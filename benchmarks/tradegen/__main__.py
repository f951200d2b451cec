"""``python -m benchmarks.tradegen`` (from the repository root) runs the generator CLI."""

from benchmarks.tradegen.cli import main

main()
