"""Base of every rule-file model (strict and immutable) and the checked scalar types they share."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from screening.rules.hs import parse_rule_code
from screening.rules.text import check_regex, compile_term
from screening.rules.vocab import Status

Name = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
"""Names of code lists, keyword lists, price tables, country groups and regions."""

SourceId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
"""A key of the facts file's ``sources:`` (kept in ``rules/sources.yaml``)."""


def _hs_code(raw: str) -> str:
    code, problem = parse_rule_code(raw)
    if problem or code is None:
        raise ValueError(problem)
    return code


def _term(term: str) -> str:
    if problem := compile_term(term)[1]:
        raise ValueError(problem)
    return term


def _regex(pattern: str) -> str:
    if problem := check_regex(pattern):
        raise ValueError(problem)
    return pattern


HsCode = Annotated[str, AfterValidator(_hs_code)]
"""A rule HS code, stored as its 4/6/8/10 digits."""
Term = Annotated[str, AfterValidator(_term)]
"""A keyword: whole words, ``*`` at the end for a prefix, Chinese as a substring."""
Regex = Annotated[str, AfterValidator(_regex)]
"""A safe regex (no look-around or back-references) that polars can compile."""
Lang = Annotated[str, Field(pattern=r"^[a-z]{2}$")]
Terms = dict[Lang, tuple[Term, ...]]
"""Keywords per language (ISO 639-1): ``{en: [...], ru: [...], zh: [...]}``."""
Cites = dict[SourceId, Status]
"""Sources cited, each with the status the facts file gives the fact taken from it."""


class Frozen(BaseModel):
    """``extra="forbid"`` so a typo is an error, ``frozen`` so a loaded rule cannot change."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
