"""Synthetic trade data for batch-screening benchmarks, with planted ground truth.

``generate(GenConfig(...))`` writes shipments in the canonical ``SHIPMENT`` columns plus
``truth_parties`` (real list names, perturbed the way trade documents misspell them),
``truth_goods`` (dual-use goods on diversion routes) and ``truth_corrupt`` (broken CSV lines).
Seeded and deterministic; vectorised per chunk, streamed to disk.
"""

from benchmarks.tradegen.config import GenConfig
from benchmarks.tradegen.generate import Summary, generate

__all__ = ["GenConfig", "Summary", "generate"]
