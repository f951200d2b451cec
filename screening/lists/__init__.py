"""Entity lists: one reader per publisher, each producing the canonical ``LIST_ENTRY`` frame.

``load_list(path)`` detects the format from content (or takes ``fmt``) and returns a
:class:`~screening.lists.base.LoadedList`; the store (``store.py``) versions and caches them.
"""

from screening.lists.base import ListFormat, LoadedList
from screening.lists.registry import FORMATS, detect_format, load_list

__all__ = ["FORMATS", "ListFormat", "LoadedList", "detect_format", "load_list"]
