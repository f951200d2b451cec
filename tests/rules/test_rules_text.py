"""Text normalisation (Python and polars twins agree), keyword compilation, keyword matching
with word boundaries / prefixes / Chinese substrings, and regex safety."""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from screening.rules.compiled import keyword_match
from screening.rules.countries import Hit
from screening.rules.text import (
    casefold_expr,
    casefold_text,
    check_regex,
    compile_term,
    token_expr,
    token_text,
)
from screening.rules.vocab import Status

SAMPLE = st.text(
    alphabet=st.sampled_from(
        list("aZ09 -_.,/\t\n") + list("ёЁßΣσςİÅ") + list("беспилотникДРОН") + list("无人机飞控")
        + ["\u00a0", "\u2003", "\u3000", "\x1c", "ﬁ", "①", "Ａ", "\u0301"]
    ),
    max_size=25,
)


@given(st.lists(SAMPLE, min_size=1, max_size=10))
def test_token_form_twins_agree(texts: list[str]) -> None:
    frame = pl.DataFrame({"v": texts})
    assert frame.select(token_expr(pl.col("v"))).to_series().to_list() == [token_text(t) for t in texts]
    assert frame.select(casefold_expr(pl.col("v"))).to_series().to_list() == [
        casefold_text(t) for t in texts]


@given(st.lists(st.text(alphabet=st.characters(max_codepoint=127), max_size=25), min_size=1))
def test_ascii_fast_path_equals_full_path(texts: list[str]) -> None:
    frame = pl.DataFrame({"v": texts})
    fast = frame.select(token_expr(pl.col("v"), ascii_only=True)).to_series()
    assert fast.to_list() == frame.select(token_expr(pl.col("v"))).to_series().to_list()
    fold = frame.select(casefold_expr(pl.col("v"), ascii_only=True)).to_series()
    assert fold.to_list() == frame.select(casefold_expr(pl.col("v"))).to_series().to_list()


@given(SAMPLE)
def test_token_form_is_idempotent(text: str) -> None:
    once = token_text(text)
    assert token_text(once) == once


TOKEN_FORMS = [
    ("Rad-Hard  FPGA!", " rad hard fpga "),
    ("Ёлка", " елка "),
    ("GPS模块", " gps 模块 "),
    ("ＦＰＧＡ", " fpga "),  # NFKC folds full-width letters
    ("Straße", " strasse "),
]


@pytest.mark.parametrize(("text", "tokens"), TOKEN_FORMS)
def test_token_forms(text: str, tokens: str) -> None:
    assert token_text(text) == tokens


TERMS = [
    ("UAV", " uav ", None),
    ("беспилотн*", " беспилотн", None),
    ("судов* дизел*", " судов[^ ]* дизел", None),
    ("无人机", "无人机", None),
    ("GPS模块", " gps 模块", None),
    ("fixed-wing UAV", " fixed wing uav ", None),
    ("x", None, "too short"),
    ("*drone", None, "only at the end of a word"),
    ("无人*", None, "drop '*'"),
    ("--", None, "no letters or digits"),
]


@pytest.mark.parametrize(("term", "pattern", "problem"), TERMS)
def test_compile_term(term: str, pattern: str | None, problem: str | None) -> None:
    got, why = compile_term(term)
    assert got == pattern
    assert (why is None) if problem is None else (why is not None and problem in why)


MATCHES = [
    # (keyword, text, matches?)
    ("UAV", "spare parts for UAV engines", True),
    ("UAV", "UAVs", False),  # whole words only
    ("drone", "dronedarone tablets", False),
    ("беспилотн*", "Беспилотных летательных аппаратов", True),
    ("беспилотн*", "не беспилотный", True),
    ("беспилотн*", "полубеспилотный", False),  # a prefix starts at a word start
    ("судов* дизел*", "Судовые дизели 4 шт.", True),
    ("судов* дизел*", "судовой насос", False),
    ("无人机", "固定翼无人机系统", True),  # Chinese: substring
    ("ёлка", "ЕЛКА новогодняя", True),  # ё = е
    ("rad-hard", "RAD HARD sram", True),
    ("FZE", "Gulf Star FZE.", True),
    ("FZE", "FZEBRA Ltd", False),
]


@pytest.mark.parametrize(("term", "text", "hit"), MATCHES)
def test_keyword_matching(term: str, text: str, hit: bool) -> None:
    pattern = compile_term(term)[0]
    assert pattern is not None
    hits = {pattern: Hit(term, Status.unverified)}
    tokens = token_expr(pl.col("t"))
    found, word, label = keyword_match(tokens, hits)
    row = pl.DataFrame({"t": [text]}).select(found.alias("f"), word.alias("w"),
                                              label.alias("l")).row(0)
    assert row[0] is hit
    if hit:
        assert row[2] == term
        assert row[1]  # the matched text is shown


REGEXES = [
    (r"\bxc7k\d+", None),
    (r"(a+)+b", None),  # nested quantifiers are harmless in a linear-time engine
    ("fpga(?=x)", "look-around"),
    ("(?<!x)fpga", "look-around"),
    (r"(a)\1", "back-references"),
    ("(?P<x>a)(?P=x)", "back-references"),
    ("[a-", "does not compile"),
    ("a" * 301, "at most 300"),
]


@pytest.mark.parametrize(("pattern", "problem"), REGEXES)
def test_check_regex(pattern: str, problem: str | None) -> None:
    why = check_regex(pattern)
    assert (why is None) if problem is None else (why is not None and problem in why)
