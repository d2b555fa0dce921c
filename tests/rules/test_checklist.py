"""CHK rules: failing and passing fixtures, asserted exactly."""

from __future__ import annotations

from helpers import lint, lint_findings, replace_once, seed

S0 = seed("000")
BODY_ITEMS = S0[S0.index("  • run linting") : S0.index("final notes")]
CHECKLIST = "implementation checklist\n\n" + BODY_ITEMS


def test_chk001_missing_checklist() -> None:
    text = replace_once(S0, CHECKLIST, "")
    assert lint(text, ["CHK001"]) == [("CHK001", 22)]
    assert lint(S0, ["CHK001"]) == []


def test_chk002_empty_checklist() -> None:
    text = replace_once(S0, BODY_ITEMS, "")
    assert lint(text, ["CHK002", "CHK003", "CHK005"]) == [("CHK002", 22)]
    assert lint(S0, ["CHK002"]) == []


def test_chk003_mismatch_lists_both_sides() -> None:
    text = S0.replace("  • tag the release\nentities", "  • tag the build\nentities")
    findings = lint_findings(text, ["CHK003"])
    assert [(f.code, f.line) for f in findings] == [("CHK003", 75)]
    assert findings[0].message == (
        "body checklist and meta `checklist` differ: meta `checklist` lacks 'tag the release'; "
        "the body checklist lacks 'tag the build'"
    )
    assert lint(S0, ["CHK003"]) == []


def test_chk003_order() -> None:
    text = S0.replace(
        "checklist\n  • run linting\n  • run unit tests", "checklist\n  • run unit tests\n  • run linting"
    )
    findings = lint_findings(text, ["CHK003"])
    assert [f.message.split(": ", 1)[1] for f in findings] == ["the same items in a different order"]


def test_chk004_duplicate_item_in_body_and_meta() -> None:
    text = S0.replace("  • run unit tests\n", "  • run unit tests\n  • Run unit  tests\n")
    assert lint(text, ["CHK004"]) == [("CHK004", 26), ("CHK004", 79)]
    assert lint(S0, ["CHK004"]) == []


def test_chk005_short_checklist() -> None:
    text = S0.replace("  • run one integration check\n  • verify staging config\n  • tag the release\n", "")
    assert lint(text, ["CHK005", "CHK003"]) == [("CHK005", 22)]
    assert lint(text, ["CHK005"], options={"min_checklist_items": 2}) == []
    assert lint(S0, ["CHK005"]) == []
