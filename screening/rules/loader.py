"""Rule files → a validated :class:`RuleSet`, or one :class:`RuleFileError` listing every problem.

Each file is parsed with node marks; its sections are validated entry by entry (one broken rule
does not hide the problems of the next); then cross-file checks run; optionally every rule's
examples are evaluated. All problems, as ``file:line:col: message``, are raised together.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from screening.errors import RuleFileError
from screening.rules import checks
from screening.rules.checks import Located
from screening.rules.countries import CountriesFile, CountryBook
from screening.rules.library import Library
from screening.rules.model import CodeList, KeywordList, PriceTable, RuleFile, RuleSpec, SourcesFile
from screening.rules.paths import plan
from screening.rules.problems import validate
from screening.rules.ruleset import Rule, RuleFileInfo, RuleSet, file_hash, set_version
from screening.rules.yamlsrc import YamlDoc, load_yaml

M = TypeVar("M", bound=BaseModel)
SECTIONS: dict[str, type[BaseModel]] = {
    "code_lists": CodeList, "keyword_lists": KeywordList, "price_tables": PriceTable,
}
_LOC = re.compile(r"^(.*?):(\d+):(\d+): ")


def _single(path: Path | None, model: type[M], docs: list[YamlDoc], what: str) -> M | None:
    if path is None:
        docs.append(YamlDoc(Path(what), None, problems=[f"{what}:1:1: not found next to the "
                                                         "rule files nor in the bundled rules/"]))
        return None
    doc = load_yaml(path)
    docs.append(doc)
    return validate(model, doc.data, doc, ()) if doc.data is not None else None


def _sections(doc: YamlDoc, top: RuleFile) -> dict[str, list[Located[Any]]]:
    out: dict[str, list[Located[Any]]] = {}
    for section, model in SECTIONS.items():
        entries = getattr(top, section)
        out[section] = [
            Located(item, name, doc, (section, name))
            for name, data in entries.items()
            if (item := validate(model, data, doc, (section, name))) is not None
        ]
    return out


def _sort_key(problem: str) -> tuple[str, int, int]:
    m = _LOC.match(problem)
    return (m.group(1), int(m.group(2)), int(m.group(3))) if m else (problem, 0, 0)


def load_rules(paths: Sequence[Path], *, check_examples: bool = False) -> RuleSet:
    """Load rule files and directories (empty: the bundled ``rules/``) into a :class:`RuleSet`.

    Raises :class:`RuleFileError` with every problem found. ``check_examples`` also runs each
    rule's ``examples`` (what ``screening rules validate`` does).
    """
    files = plan(paths)
    docs: list[YamlDoc] = []
    sources = _single(files.sources, SourcesFile, docs, "sources.yaml")
    countries = _single(files.countries, CountriesFile, docs, "countries.yaml")
    countries_doc = docs[-1]
    defs: dict[str, list[Located[Any]]] = {s: [] for s in SECTIONS}
    rules: list[Located[RuleSpec]] = []
    members = set(files.members)
    for path in [*files.members, *files.context]:
        doc = load_yaml(path)
        docs.append(doc)
        if doc.data is None or (top := validate(RuleFile, doc.data, doc, ())) is None:
            continue
        for section, located in _sections(doc, top).items():
            defs[section].extend(located)
        if path in members:
            for i, data in enumerate(top.rules):
                if (spec := validate(RuleSpec, data, doc, ("rules", i))) is not None:
                    rules.append(Located(spec, spec.id, doc, ("rules", i)))
    book = CountryBook(countries or CountriesFile.model_construct(groups={}))
    lib = Library(
        countries=book,
        sources=sources,
        **{s: {d.name: d.item for d in reversed(defs[s])} for s in SECTIONS},
    )
    sound = _check(lib, defs, rules, countries, countries_doc)
    infos = tuple(RuleFileInfo(p, file_hash(p.read_bytes())) for p in files.all_files)
    hashes = {info.path: info.sha256 for info in infos}
    ruleset = RuleSet(
        rules=tuple(_rule(r, hashes[r.doc.path]) for r in rules),
        library=lib,
        files=infos,
        version=set_version(infos),
    )
    problems = [*files.missing, *(p for doc in docs for p in doc.problems)]
    if check_examples:
        from screening.rules.selftest import run_examples  # evaluation pulls in the compiler

        problems += [f.message for f in run_examples(ruleset.subset(sound)) if not f.ok]
    if problems:
        raise RuleFileError(sorted(dict.fromkeys(problems), key=_sort_key))
    return ruleset


def _rule(located: Located[RuleSpec], sha256: str) -> Rule:
    """A :class:`Rule` with the line of the rule and of each of its examples."""
    marks = located.doc.marks
    examples = {
        (kind, i): marks.get((*located.loc, "examples", kind, i), marks[located.loc])
        for kind in ("fire", "quiet")
        for i in range(len(getattr(located.item.examples, kind)))
    }
    return Rule(located.item, located.doc.path, sha256, marks[located.loc][0], examples)


def _check(
    lib: Library,
    defs: dict[str, list[Located[Any]]],
    rules: list[Located[RuleSpec]],
    countries: CountriesFile | None,
    countries_doc: YamlDoc,
) -> set[str]:
    """Run the cross-file checks; the ids of rules that passed them."""
    checks.check_unique(rules, "rule id")
    for section, located in defs.items():
        checks.check_unique(located, section.removesuffix("s").replace("_", " "))
        for entry in located:
            checks.check_sources(lib, checks.cite_locs(entry.item.sources, entry.loc), entry.doc)
    checks.check_code_list_includes(lib, defs["code_lists"])
    if countries is not None:
        checks.check_countries(lib, countries, countries_doc)
    sound: set[str] = set()
    for rule in rules:
        before = len(rule.doc.problems)
        checks.check_rule(rule, lib)
        if len(rule.doc.problems) == before:
            sound.add(rule.name)
    return sound
