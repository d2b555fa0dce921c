"""Rules on the computed scores: META010 (declared scores that drift) and SCORE001 (a score under
its minimum), failing and passing fixtures, asserted exactly."""

from __future__ import annotations

from helpers import lint, lint_findings, replace_once, seed

S3 = seed("003")


def test_meta010_score_drift_fixture() -> None:
    findings = lint_findings(S3, ["META010"])
    assert [(f.code, f.line) for f in findings] == [("META010", 80), ("META010", 81), ("META010", 82), ("META010", 83)]
    assert findings[1].message == "declared freshness 90 differs from the computed 37 by 53 (tolerance 15)"
    honest = S3
    for name, old, new in (("quality", 73, 44), ("freshness", 90, 37), ("depth", 93, 41), ("clarity", 91, 56)):
        honest = replace_once(honest, f"  • {name}: {old}\n", f"  • {name}: {new}\n")
    assert lint_findings(honest, ["META010"]) == []
    assert [f.line for f in lint_findings(S3, ["META010"], options={"score_drift_tolerance": 52})] == [81]


def test_score001_score_below_minimum() -> None:
    assert lint(S3, ["SCORE001"]) == []  # off until a minimum is set
    findings = lint_findings(S3, ["SCORE001"], options={"min_scores": {"quality": 60, "depth": 30}})
    assert [(f.code, f.line) for f in findings] == [("SCORE001", 3)]  # on the title line
    # check_article counts the findings of the rules it is given: SCORE001 alone finds none.
    assert findings[0].message == "computed quality 44 is below the minimum 60"
    assert lint(S3, ["SCORE001"], options={"min_scores": {"quality": 40, "depth": 40}}) == []
