"""Markup written out: what a page renders (a heading's `##`, an image, an HTML element, a fence, a
LaTeX command...), shown as written. A page never shows it so, and a converter drops a post's own, so a
line opening with it is a sample's: code (lintkit.formats.code)."""

from __future__ import annotations

from lintkit.compiled import pattern as _compile

# Markup a page renders, written out at a line's start: a Markdown heading (`## Header`, `##Not a Header`), an image
# or a badge (`![alt](...)`, `[![Code style: black](...)](...)`), an HTML element with attributes (`<a href="...">`,
# `<abbr title="...">`, an XML element in its namespace: Dubbo's `<dubbo:service interface="..." ref="demoService"/>`,
# 51 lines of the corpora's code, no prose) or one of `_HTML_ELEMENTS` (`<p>`, `</div>`, `<hr>`, `<label>`), an HTML
# comment, a component (`<Button variant="primary" />`, not a type's `<T>`), a fence (```` ```python ````), a LaTeX
# command (`\begin{table}`, `\toprule`), a quote's `> `, a critic mark (`{++`, `~~}`), a block's `///`, a list's
# marker as Markdown aligns it (`#.  item`, `b.  Change ...`). A page shows none of them, and prose never opens so
# even where a converter keeps inline markup (`` `kw_only` may ...``, `[Parea](...) is ...` are prose then).
_HTML_ELEMENTS = (
    "html|head|body|div|span|p|a|img|h[1-6]|ul|ol|li|table|tr|td|th|thead|tbody|form|input|button|label|select"
    "|option|textarea|section|article|header|footer|nav|main|aside|blockquote|pre|code|em|strong|small|br|hr|meta"
    "|link|script|style|template|svg|path|iframe|video|audio|source|canvas|details|summary|figure|figcaption|dl|dt|dd"
    "|abbr|cite|picture|slot"
)
_MARKUP = _compile(
    r"^\s*(#{2,6}\s*[A-Za-z]|!\[[^\]]*\]\(|\[!\[|<[a-z][a-z0-9]*(:[a-z][\w-]*)?\s+[a-z-]+=\"|```|~~~|\\[A-Za-z]{2,}(?![\w.])"
    rf"|</?({_HTML_ELEMENTS})(?=[\s>/])|<!--|<[A-Z][a-z][\w.]*(\s+[\w-]+=|\s*/?>)"
    r"|\[[^\]]+\]:\s+(https?://|/|#)|\^\^\S|[A-Za-z]\^\w+\^"
    r"|>(\s|$)|\{(\+\+|--|~~|==|>>)|(\+\+|--|~~|==|<<)\}|~>|/{3,}(\s|$)"
    r"|#[.)]\s|([a-zA-Z]|[ivxlcdm]+|[IVXLCDM]+|\d+)[.)] {2,}\S)"
)


def is_markup(line: str) -> bool:
    """Whether a line opens with markup a page renders rather than shows (`_MARKUP`), or holds a link
    with its attribute list (`[Body - Multiple Parameters](body-multiple-params.md){.internal-link
    target=_blank}`): a page renders that wherever it stands, so written out it is a sample's. (A
    critic mark inside a line may be cited by the sentence that teaches it: `you can use
    #!critic-markup {++insert me++}`.)"""
    return bool(_MARKUP.match(line) or _LINK_ATTRIBUTES.search(line))


_LINK_ATTRIBUTES = _compile(r"\]\([^()\s]*\)\{[.#:][^{}]*\}")
