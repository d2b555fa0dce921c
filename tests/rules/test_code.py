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


def test_code001_reads_a_session_and_leaves_an_elided_snippet_alone_in_the_export() -> None:
    """Real posts paste interpreter sessions and elide code (`...`) without
    fences: neither is a syntax error; a session's own error still is."""
    snippet = S1[S1.index("from fastapi") : S1.index("implementation checklist")].rstrip("\n")
    session = ">>> from attrs import define\n>>> @define\n... class C:\n...     x: int\n>>> C(1) == C(1)\nTrue"
    assert lint(replace_once(S1, snippet, session), ["CODE001"]) == []
    elided = "from fastapi import FastAPI\napp = FastAPI()\n\n@app.get('/health')\ndef health(\n    lib4, lib5, ...)"
    assert lint(replace_once(S1, snippet, elided), ["CODE001"]) == []
    broken = session.replace("class C:", "class C")
    assert lint(replace_once(S1, snippet, broken), ["CODE001"]) == [("CODE001", 20)]


def test_code001_leaves_a_listing_of_signatures_alone() -> None:
    """API documentation lists signatures without bodies (pymdown-extensions'
    `def type_ranged_number(...) -> Callable[...]`, starlette's release notes'
    `async def func(request: Request, **kwargs) -> Response`): no syntax
    error. A header without its colon and with its body under it still is."""
    snippet = S1[S1.index("from fastapi") : S1.index("implementation checklist")].rstrip("\n")
    listing = (
        "def type_ranged_number(minimum: int | float = None, maximum: int | float = None) -> Callable[[Any], int]:\n"
        "async def func(request: Request, **kwargs) -> Response\n"
        "class Renderer(Protocol)"
    )
    assert lint(replace_once(S1, snippet, listing), ["CODE001"]) == []
    assert lint(replace_once(S1, "def health():", "def health()"), ["CODE001"]) == [("CODE001", 22)]
    broken = listing.replace("-> Callable[[Any], int]:", "-> Callable[[Any], int:")
    assert [code for code, _ in lint(replace_once(S1, snippet, broken), ["CODE001"])] == ["CODE001"]


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
