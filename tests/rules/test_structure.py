"""STR rules: a failing and a passing fixture each, asserted exactly."""

from __future__ import annotations

import pytest
from helpers import lint, lint_findings, replace_once, seed

S0 = seed("000")
TITLE = "practical guide to reducing build time with python services\n\n"
FINAL_NOTES = S0[S0.index("final notes\n") : S0.index("alphanode post meta")]
META = S0[S0.index("alphanode post meta") : S0.index("Similar Posts")]


@pytest.mark.parametrize(
    ("data", "line", "says"),
    [
        (b"", 1, "empty"),
        (b"  \n\t\n   \n", 1, "whitespace"),
        (bytes(range(256)) * 8, 1, "binary"),
        (S0.encode().replace(b"why this", b"why\x00this"), 10, "NUL bytes (first on line 10)"),
        (S0.replace("many teams", "café teams").replace("•", "-").encode("latin-1"), 5, "Latin-1"),
        (S0.replace("many teams", "caf\u201c teams").encode("cp1252"), 5, "Windows-1252"),
        (S0.encode("utf-16"), 1, "UTF-16"),
        (S0.encode("utf-16-le"), 1, "UTF-16 (little-endian)"),
        (b"just some prose.\n\nand another paragraph of prose.\n", 1, "no article structure"),
    ],
    ids=["empty", "whitespace", "binary", "nul", "latin1", "cp1252", "utf16", "utf16-nobom", "prose"],
)
def test_str001_unreadable(data: bytes, line: int, says: str) -> None:
    findings = lint_findings(data)
    assert [(f.code, f.line) for f in findings] == [("STR001", line)]
    assert says in findings[0].message


def test_str001_passes_a_readable_article() -> None:
    assert lint(S0, ["STR001"]) == []


def test_str002_missing_title() -> None:
    text = replace_once(S0, TITLE, "")
    assert lint(text, ["STR002"]) == [("STR002", 3)]
    assert lint(S0, ["STR002"]) == []


def test_str003_missing_final_notes_and_meta() -> None:
    no_notes = replace_once(S0, FINAL_NOTES, "")
    assert lint(no_notes, ["STR003"]) == [("STR003", 30)]
    no_meta = replace_once(S0, META, "")
    assert lint(no_meta, ["STR003"]) == [("STR003", 34)]
    assert lint(S0, ["STR003"]) == []


def test_str004_empty_section() -> None:
    text = replace_once(S0, "the practical approach\n", "further reading\n\nthe practical approach\n")
    assert lint(text, ["STR004"]) == [("STR004", 18)]
    assert lint(S0, ["STR004"]) == []


def test_str004_leaves_an_empty_checklist_to_chk002() -> None:
    text = replace_once(S0, S0[S0.index("  • run linting") : S0.index("final notes")], "")
    assert lint(text, ["STR004", "CHK002"]) == [("CHK002", 22)]


def test_str005_prose_in_meta_and_text_after_trailer() -> None:
    prose = "this paragraph was pasted into the meta block by mistake during the export.\n"
    text = replace_once(S0, "flags\n", prose + "flags\n")
    assert lint(text, ["STR005", "META002"]) == [("STR005", 70)]
    after = S0 + "\nsome text that follows the trailer"
    assert lint(after, ["STR005"]) == [("STR005", 104)]
    assert lint(S0, ["STR005"]) == []


def test_str006_breadcrumb() -> None:
    assert lint(S0, ["STR006"]) == [("STR006", 1)]
    assert lint(replace_once(S0, "|\n\n", ""), ["STR006"]) == []


def test_unreadable_file_gets_no_other_findings() -> None:
    assert [code for code, _ in lint(b"\x00\x01\x02" * 100)] == ["STR001"]
