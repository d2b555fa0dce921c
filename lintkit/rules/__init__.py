"""The rule registry: every rule family's RULES, checked and indexed by code."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

from lintkit.rules.base import Category, Context, Hit, Kind, Option, Rule, UrlView, rule

__all__ = [
    "Category",
    "Context",
    "Hit",
    "Kind",
    "Option",
    "Rule",
    "UrlView",
    "build_registry",
    "registry",
    "rule",
]


def build_registry(rules: Iterable[Rule]) -> Mapping[str, Rule]:
    """code -> rule; fails on a duplicate code or name, or an option declared
    twice with different defaults (options share one namespace)."""
    by_code: dict[str, Rule] = {}
    names: set[str] = set()
    options: dict[str, Option[Any]] = {}
    for r in rules:
        if r.code in by_code:
            raise ValueError(f"duplicate rule code {r.code}")
        if r.name in names:
            raise ValueError(f"duplicate rule name {r.name}")
        for opt in r.options:
            seen = options.setdefault(opt.name, opt)
            if seen != opt:
                raise ValueError(f"option {opt.name} declared twice, differently")
        by_code[r.code] = r
        names.add(r.name)
    return MappingProxyType(dict(sorted(by_code.items(), key=lambda kv: _family_order(kv[0]))))


FAMILIES = ("STR", "DUP", "CHK", "IMG", "META", "CODE", "SCORE")


def _family_order(code: str) -> tuple[int, str]:
    """Rules list in the order the docs present the families, then by code."""
    prefix = code.rstrip("0123456789")
    return (FAMILIES.index(prefix) if prefix in FAMILIES else len(FAMILIES), code)


@functools.cache
def registry() -> Mapping[str, Rule]:
    from lintkit.rules import checklist, code, duplication, frontmatter, images, meta, scores, structure

    families = (structure, duplication, checklist, images, meta, frontmatter, code, scores)
    return build_registry(r for family in families for r in family.RULES)


def all_options() -> dict[str, Option[Any]]:
    out: dict[str, Option[Any]] = {}
    for r in registry().values():
        for opt in r.options:
            out.setdefault(opt.name, opt)
    return out


def default_options() -> dict[str, Any]:
    return {name: opt.validate(opt.default) for name, opt in all_options().items()}
