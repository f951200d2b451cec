"""Helpers of ``benchmarks/bench_batch.py``: the batch-screening benchmark, split by concern.

``machine`` (machine line, RSS sampler), ``lists`` (real lists into a temp store, cold vs
cached), ``data`` (tradegen data sets, reused by settings), ``runner`` (the timed
``screen_file`` run with sub-stage timings), ``scan`` (a second pass over the input for names),
``accuracy`` (planted parties and goods vs the outputs), ``integrity`` (every row accounted for),
``versus`` (brute-force baseline on a sample), ``profiling`` (cProfile of the screen stage).
"""
