"""screening: sanctions-exposure and export-control screening of parties, goods and routes.

Quickstart::

    from screening import Screener, compare_names
    screener = Screener.from_paths()              # bundled + imported lists, bundled rules
    print(screener.check("Henan Diesel Engine Industrial Co").decision)
    print(compare_names("Xian Bingo", "Xi'an Bingo Intelligent Aviation").score)
"""

from screening.errors import (
    ConfigError,
    InputError,
    ListDataError,
    ListUpdateError,
    RuleFileError,
    ScreeningError,
)
from screening.lists import load_list
from screening.match.compare import Comparison, compare_many, compare_names
from screening.match.features import DEFAULT_CONFIG, MatchConfig
from screening.normalize import normalize_name
from screening.pipeline import CheckResult, Screener, ScreenResult

__all__ = [
    "DEFAULT_CONFIG",
    "CheckResult",
    "Comparison",
    "ConfigError",
    "InputError",
    "ListDataError",
    "ListUpdateError",
    "MatchConfig",
    "RuleFileError",
    "ScreenResult",
    "Screener",
    "ScreeningError",
    "compare_many",
    "compare_names",
    "load_list",
    "normalize_name",
]
