"""Docs generated from code must match what is committed."""

from __future__ import annotations

from helpers import ROOT

from lintkit.docgen import rules_markdown
from lintkit.rules import registry


def test_rules_md_is_current() -> None:
    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == rules_markdown(), "docs/rules.md is stale: run `make docs`"


def test_every_rule_doc_has_the_fixed_headings() -> None:
    for code, r in registry().items():
        lines = [line.strip() for line in r.doc.splitlines()]
        assert lines[0] == "What it checks", code
        positions = [lines.index(h) for h in ("What it checks", "Why it matters", "Example", "Fix", "Options")]
        assert positions == sorted(positions), code


def test_codes_follow_the_public_pattern() -> None:
    import re

    for code, r in registry().items():
        assert re.fullmatch(r"(STR|DUP|CHK|IMG|META|CODE|SCORE)\d{3}", code)
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", r.name)
