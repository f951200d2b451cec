"""Normalisation of names: script folding, legal forms, person-name order, token kinds."""

from screening.normalize.names import NameForm, analyze_name, normalize_name, reorder_person
from screening.normalize.text import fold

__all__ = ["NameForm", "analyze_name", "fold", "normalize_name", "reorder_person"]
