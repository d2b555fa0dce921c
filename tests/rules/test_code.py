"""CODE rules: failing and passing fixtures, asserted exactly."""

from __future__ import annotations

from helpers import lint, lint_findings, replace_once, seed

S1 = seed("001")


def test_code001_syntax_error_points_into_the_article() -> None:
    findings = lint_findings(replace_once(S1, "def health():", "def health()"), ["CODE001"])
    assert [(f.code, f.line) for f in findings] == [("CODE001", 22)]
    assert findings[0].message == "Python code does not parse: expected ':'"
    assert lint(S1, ["CODE001"]) == []


def test_code001_unclosed_parenthesis() -> None:
    findings = lint_findings(replace_once(S1, "app = FastAPI()", "app = FastAPI("), ["CODE001"])
    assert [(f.code, f.line) for f in findings] == [("CODE001", 19)]


def test_code001_accepts_fragments_and_skips_other_languages() -> None:
    fragment = replace_once(S1, "    return {'ok': True}", "    return {'ok': True}\nreturn None")
    assert lint(fragment, ["CODE001"]) == []
    js = "const app = require('express')();\napp.listen(3000);"
    snippet = S1[S1.index("from fastapi") : S1.index("implementation checklist")].rstrip("\n")
    assert lint(replace_once(S1, snippet, js), ["CODE001"]) == []
