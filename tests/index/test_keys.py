"""Blocking keys (screening/index/keys.py): which names can find which."""

from __future__ import annotations

from screening.index.keys import name_keys
from screening.match.names import name_table


def test_a_short_code_beside_a_legal_form_still_has_whole_name_keys() -> None:
    keys = name_keys(name_table(["Limited Liability Company A7"], ["organization"]))
    assert set(keys["key"].to_list()) >= {"=a7", "#a7"}
