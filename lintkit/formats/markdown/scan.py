"""The inline constructs of Markdown that run from an opener to a closer
(images, links, autolinks, footnote references, HTML tags and comments,
template tags), found in linear time.

The regex engine tries a pattern at every opener, and from one whose closer
never comes it scans the rest of the text: a paragraph of 5,000 `[` took
11 s, and a run of `![a](` (each destination running to the end) 345 s at
40,000 characters. Each function here finds the matches `pattern.sub` or
`finditer` finds, and skips the openers that would fail the same way.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator

from lintkit.compiled import pattern as _compile

Repl = Callable[[re.Match[str]], str]

_LABEL = r"\[((?:[^\]\\]|\\.)*)\]"
# `![alt]`, then `(src "title")` (a `(title)` holds no parenthesis), or `[id]`, or nothing (a shortcut reference)
IMAGE = _compile("!" + _LABEL + r"(?:\(\s*<?([^\s)>]*)>?(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*\)|\[([^\]]*)\])?")
LINK = _compile(_LABEL + r"(?:\([^)\s]*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\)|\[[^\]]*\])?")
AUTOLINK = _compile(r"<((?:https?|ftp|mailto):[^>\s]*)>", re.I)
FOOTNOTE_REF = _compile(r"\[\^[^\]\s]+\]")
# A tag's attributes: MDX's JSX may hold `>` in an expression (`onClick={() => go()}`, `style={{a: 1}}`);
# atomic groups, so that a tag that does not close costs a scan, not a search over ways to read its braces.
_ATTRIBUTES = r"(?:\s(?>[^<>{}]+|\{(?>[^{}]+|\{[^{}]*\})*\}|[{}])*)?"
TAG = _compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*" + _ATTRIBUTES + r"/?>", re.S)

# The same with their label alone (the other groups never match), and where a
# failed scan stops: a label's text up to its `]`, a `(destination` up to what
# ends it, a footnote label, an autolink.
_IMAGE_LABEL = _compile("!" + _LABEL + r"(?:(?!)()())?")
_LINK_LABEL = _compile(_LABEL)
_LABEL_TEXT = _compile(r"[^\]\\]*(?:\\.[^\]\\]*)*")
_IMAGE_DESTINATION = _compile(r"\(\s*<?[^\s)>]*")
_LINK_DESTINATION = _compile(r"\([^)\s]*")
_FOOTNOTE_TEXT = _compile(r"[^\]\s]*")
_AUTOLINK_TEXT = _compile(r"<(?:https?|ftp|mailto):[^>\s]*", re.I)
_HTML_TAG = _compile(r"</?[A-Za-z][A-Za-z0-9-]*" + _ATTRIBUTES + r"/?>")  # TAG without its comments


def _sub(pattern: re.Pattern[str], repl: Repl, text: str, opener: str, stop: re.Pattern[str], skip: int) -> str:
    """`pattern.sub(repl, text)` for a pattern whose matches all begin with
    `opener`: when the match at an opener fails, `stop` (matched `skip`
    characters after it) says where its scan ended; the openers before that
    point meet the same end and fail too, so the next one tried is after it."""
    out: list[str] = []
    done = 0
    at = text.find(opener)
    while at >= 0:
        m = pattern.match(text, at)
        if m is None:
            scanned = stop.match(text, at + skip)
            at = text.find(opener, max(at + 1, scanned.end() if scanned else 0))
            continue
        out += (text[done:at], repl(m))
        done = m.end()
        at = text.find(opener, max(done, at + 1))
    return "".join(out) + text[done:] if out else text


def _sub_links(text: str, repl: Repl, image: bool) -> str:
    """`IMAGE.sub(repl, text)` or `LINK.sub(repl, text)`. Besides labels
    that never close (as in `_sub`), a `(destination` that fails: every
    later link whose `(` comes before where that destination stopped meets
    the same stop and fails its `(...)` too, so it keeps its label alone,
    without scanning again."""
    opener, full, label, destination = (
        ("![", IMAGE, _IMAGE_LABEL, _IMAGE_DESTINATION) if image else ("[", LINK, _LINK_LABEL, _LINK_DESTINATION)
    )
    out: list[str] = []
    done = 0
    failed_before = -1  # a `(` before this, less one, opens a destination known to fail
    at = text.find(opener)
    while at >= 0:
        m = label.match(text, at)
        if m is None:  # the label never closes
            at = text.find(opener, max(at + 1, _LABEL_TEXT.match(text, at + len(opener)).end()))  # type: ignore[union-attr]
            continue
        end = m.end()
        if not (text.startswith("(", end) and end + 1 < failed_before):
            m = full.match(text, at)  # type: ignore[assignment]  # the label matches, so the whole does
            if m.end() == end and text.startswith("(", end):
                failed_before = destination.match(text, end).end()  # type: ignore[union-attr]
        out += (text[done:at], repl(m))
        done = m.end()
        at = text.find(opener, done)
    return "".join(out) + text[done:] if out else text


def images(text: str, repl: Repl) -> str:
    return _sub_links(text, repl, image=True)


def links(text: str, repl: Repl) -> str:
    return _sub_links(text, repl, image=False)


def autolinks(text: str, repl: Repl) -> str:
    return _sub(AUTOLINK, repl, text, "<", _AUTOLINK_TEXT, 0)


def footnote_refs(text: str, repl: Repl) -> str:
    return _sub(FOOTNOTE_REF, repl, text, "[^", _FOOTNOTE_TEXT, 2)


def replace(text: str, spans: Iterable[tuple[int, int]], repl: Callable[[int, int], str]) -> str:
    """`text` with each span (start, end; in order, not overlapping) replaced by `repl(start, end)`."""
    out: list[str] = []
    done = 0
    for start, end in spans:
        out += (text[done:start], repl(start, end))
        done = end
    return "".join(out) + text[done:] if out else text


_BACKTICKS = _compile(r"`+")


def code_spans(text: str) -> Iterator[tuple[int, int]]:
    """Where code spans are: a run of backticks to the next run of the same
    length, whole runs as CommonMark has it (a run with no partner is text).
    A pattern, from each run with no partner, would scan to the end of the
    text; here each run looks its partner up among the runs of its length."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text)]
    by_length: dict[int, list[int]] = {}  # length -> the indices of the runs of that length
    for i, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(i)
    i = 0
    while i < len(runs):
        start, end = runs[i]
        same = by_length[end - start]
        after = bisect.bisect_right(same, i)
        if after == len(same):
            i += 1
            continue
        close = same[after]
        yield start, runs[close][1]
        i = close + 1


def tags(text: str) -> Iterator[tuple[int, int]]:
    """Where `TAG.finditer(text)` matches. Every comment ends at a `-->`:
    past the last one only tags are looked for, since from each `<!--`
    there the pattern would scan to the end of the text."""
    cut = text.rfind("-->")
    cut = cut + 3 if cut >= 0 else 0
    for m in TAG.finditer(text, 0, cut):
        yield m.span()
    for m in _HTML_TAG.finditer(text, cut):
        yield m.span()


def templates(text: str) -> Iterator[tuple[int, int]]:
    """Where template tags are, leftmost first: Hugo's `{{< ... >}}` and
    `{{% ... %}}`, then Liquid's `{% ... %}` and `{{ ... }}`, each to its
    first closer, across lines (as the pattern
    `\\{\\{[<%].*?[%>]\\}\\}|\\{%.*?%\\}|\\{\\{.*?\\}\\}` finds them). Each closer is
    looked for from where its last search stopped."""
    found: dict[str, int] = {}  # closer -> its first index at or after the last start asked (-1: none)

    def first(closer: str, start: int) -> int:
        at = found.get(closer, -2)
        if at == -1 or at >= start:  # none after an earlier start, or the one found is still ahead
            return at
        found[closer] = at = text.find(closer, start)
        return at

    at = text.find("{")
    while at >= 0:
        head, end = text[at : at + 3], -1
        if head[:2] == "{{" and head[2:] in ("<", "%"):
            ends = [q for q in (first("%}}", at + 3), first(">}}", at + 3)) if q >= 0]
            end = min(ends) + 3 if ends else -1
        if end < 0 and head[:2] == "{%" and (q := first("%}", at + 2)) >= 0:
            end = q + 2
        if end < 0 and head[:2] == "{{" and (q := first("}}", at + 2)) >= 0:
            end = q + 2
        if end >= 0:
            yield at, end
        at = text.find("{", max(end, at + 1))
