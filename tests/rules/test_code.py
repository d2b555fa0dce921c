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


def test_code001_believes_a_declared_language() -> None:
    """A format that declares a block's language (a fence's info string) is
    believed: Python-looking text marked rust is not parsed as Python, and a
    block marked py is parsed whatever it looks like."""
    from dataclasses import replace

    from lintkit.formats import parse_bytes
    from lintkit.rules.code import python_blocks

    article = parse_bytes(replace_once(S1, "def health():", "def health()").encode(), "a.txt")
    [block] = article.code_blocks()
    section = next(s for s in article.sections if block in s.blocks)

    def declared(language: str):  # the article, its code block declared in `language`
        blocks = tuple(replace(b, language=language) if b is block else b for b in section.blocks)
        sections = tuple(replace(s, blocks=blocks) if s is section else s for s in article.sections)
        return replace(article, sections=sections)

    assert [b.line for b in python_blocks(article)] == [block.line]  # detected
    assert list(python_blocks(declared("rust"))) == []
    assert [b.line for b in python_blocks(declared("py"))] == [block.line]
