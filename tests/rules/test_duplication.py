"""DUP rules inside one article: failing and passing fixtures, asserted exactly."""

from __future__ import annotations

from helpers import lint, lint_findings, replace_once, seed

S0, S1, S2, S3 = seed("000"), seed("001"), seed("002"), seed("003")
P12 = S0.splitlines()[11]  # "start by writing down what the system currently does. ..."


def test_dup001_duplicate_paragraph_after_folding_case_and_space() -> None:
    copy = P12.upper().replace(" ", "  ", 3)
    text = replace_once(S0, "\nthe practical approach\n", f"\n{copy}\n\nthe practical approach\n")
    findings = lint_findings(text, ["DUP001"])
    assert [(f.code, f.line) for f in findings] == [("DUP001", 18)]
    assert "at line 12" in findings[0].message
    assert findings[0].related[0].line == 12
    assert lint(S0, ["DUP001"]) == []


def test_dup002_near_duplicate_paragraph() -> None:
    near = P12.replace("the slow query", "the slow request")
    text = replace_once(S0, "\nthe practical approach\n", f"\n{near}\n\nthe practical approach\n")
    findings = lint_findings(text, ["DUP001", "DUP002"])
    assert [(f.code, f.line) for f in findings] == [("DUP002", 18)]
    assert "similar to the paragraph at line 12 (threshold 90%)" in findings[0].message
    assert lint(S0, ["DUP002"]) == []


def test_dup002_threshold_is_an_option() -> None:
    near = P12.replace("the slow query", "the slow request")
    text = replace_once(S0, "\nthe practical approach\n", f"\n{near}\n\nthe practical approach\n")
    assert lint(text, ["DUP002"], options={"near_duplicate_threshold": 99}) == []


def test_dup003_duplicate_code_block() -> None:
    findings = lint_findings(S3, ["DUP003"])
    assert [(f.code, f.line) for f in findings] == [("DUP003", 35)]
    assert "at line 18" in findings[0].message
    assert lint(S1, ["DUP003"]) == []


def test_dup003_a_name_alone_is_no_repeated_snippet() -> None:
    # An API reference's return type under each method (undici's `Promise<void>`), set as a paragraph of
    # code: a name, not a snippet. A call alone is a snippet.
    page = "# Methods\n\n## close()\n\n`Promise<void>`\n\n## destroy()\n\n`Promise<void>`\n"
    assert lint(page, ["DUP003"], path="a.md") == []
    calls = page.replace("`Promise<void>`", "`await client.close()`")
    assert lint(calls, ["DUP003"], path="a.md") == [("DUP003", 9)]


def test_dup005_repeated_sentence_with_column() -> None:
    findings = lint_findings(S2, ["DUP005"])
    assert [(f.code, f.line, f.column) for f in findings] == [("DUP005", 24, 274)]
    assert findings[0].message.startswith("sentence repeated from line 16: 'for this python services case")
    assert lint(S0, ["DUP005"]) == []


def test_dup005_skips_paragraphs_reported_as_duplicates() -> None:
    text = replace_once(S0, "\nthe practical approach\n", f"\n{P12}\n\nthe practical approach\n")
    assert lint(text, ["DUP001", "DUP002", "DUP005"]) == [("DUP001", 18)]


def test_dup005_ignores_short_sentences() -> None:
    short = "keep it simple."
    text = S0.replace("a real fix.", f"a real fix. {short}").replace(
        "instead of guessing.", f"instead of guessing. {short}"
    )
    assert lint(text, ["DUP005"]) == []
