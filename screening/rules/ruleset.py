"""A loaded rule set: rules with their file and file hash, the shared library, one version hash.

The version is a sha256 over every file that shaped the set (rule files, the files that only
lent code lists, ``countries.yaml``, ``sources.yaml``), so any change to any of them changes it;
each hit carries the hash prefix of its own rule file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from screening.rules.library import Library
from screening.rules.model import RuleSpec
from screening.rules.vocab import Severity

HASH_PREFIX = 12


@dataclass(frozen=True)
class RuleFileInfo:
    """A file of the rule set and the sha256 of its bytes."""

    path: Path
    sha256: str

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class Rule:
    """A validated rule and where it came from."""

    spec: RuleSpec
    file: Path
    file_hash: str
    line: int
    example_marks: Mapping[tuple[str, int], tuple[int, int]] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def severity(self) -> Severity:
        return self.spec.severity

    @property
    def version(self) -> str:
        """The hash prefix written to every hit of this rule."""
        return self.file_hash[:HASH_PREFIX]


@dataclass(frozen=True)
class RuleSet:
    """Rules in file order plus everything they refer to."""

    rules: tuple[Rule, ...]
    library: Library
    files: tuple[RuleFileInfo, ...]
    version: str

    def __repr__(self) -> str:
        """Short: a rule set holds every rule, list and file (a full repr runs to 100 kB)."""
        ids = ", ".join(rule.id for rule in self.rules[:3])
        more = f", +{len(self.rules) - 3} more" if len(self.rules) > 3 else ""
        return f"RuleSet({len(self.rules)} rules: {ids}{more}; version {self.version[:12]})"

    def get(self, rule_id: str) -> Rule:
        """The rule with ``rule_id``; KeyError when there is none."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def subset(self, rule_ids: Iterable[str]) -> RuleSet:
        """The same set restricted to ``rule_ids`` (same library and version)."""
        wanted = set(rule_ids)
        return RuleSet(tuple(r for r in self.rules if r.id in wanted), self.library,
                       self.files, self.version)


def file_hash(data: bytes) -> str:
    """sha256 hex digest of a file's bytes."""
    return hashlib.sha256(data).hexdigest()


def set_version(files: Iterable[RuleFileInfo]) -> str:
    """sha256 over the names and hashes of all files, in name order."""
    digest = hashlib.sha256()
    for info in sorted(files, key=lambda f: (f.name, str(f.path))):
        digest.update(f"{info.name}\0{info.sha256}\n".encode())
    return digest.hexdigest()
