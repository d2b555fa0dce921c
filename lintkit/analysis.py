"""Analyses of one article that several rules, the scores and the corpus index share.

Each is a pure function of the article (memoised per article: articles hash
by identity), so a rule that needs another rule's analysis calls it here,
never the rule.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lintkit.compiled import pattern as _compile
from lintkit.facts import image_urls
from lintkit.memo import article_memo, text_memo
from lintkit.model import Article, Block
from lintkit.near import differs_in_what_matters
from lintkit.structs import dataclass
from lintkit.text import lengths_within, meaning, near_matches

# Pairwise comparison is quadratic; an article with more paragraphs than
# this is pathological, and only exact duplicates are looked for in it.
MAX_NEAR_PARAGRAPHS = 2000


@dataclass(frozen=True)
class Repeat:
    """A prose paragraph that repeats an earlier one (`first`), exactly or nearly."""

    block: Block
    first: Block
    score: float  # 100 for identical


@article_memo
def paragraph_repeats(article: Article, threshold: int, min_chars: int, min_words: int = 0) -> tuple[Repeat, ...]:
    """Each prose paragraph that repeats an earlier one, exactly or nearly
    (rapidfuzz `fuzz.ratio` of the folded texts at least `threshold`); a
    paragraph of fewer than `min_words` words (a label such as `Fixed:`) repeats nothing.

    Shared by DUP001, DUP002 and DUP005 (which skips these paragraphs) and
    by the depth score.
    """
    blocks = article.prose()
    first_seen: dict[str, int] = {}
    out: list[Repeat] = []
    near = len(blocks) <= MAX_NEAR_PARAGRAPHS
    # The earlier paragraphs long enough to compare (None for the others, so
    # that a position is a block's index: rapidfuzz skips None).
    earlier: list[str | None] = []
    # Their positions by words, then numbers (lintkit.text.meaning), made when a
    # paragraph first has many near matches: a paragraph with the same words and
    # other numbers is never its near duplicate, so a family of templated
    # paragraphs is left out of the comparison instead of checked pair by pair.
    # Most articles never need it, nor the words of each paragraph it takes.
    families: dict[frozenset[str], dict[frozenset[str], list[int]]] | None = None
    for i, block in enumerate(blocks):
        key = block.folded
        if min_words and block.word_count < min_words:
            earlier.append(None)
            continue
        long = len(key) >= min_chars
        if key in first_seen:
            out.append(Repeat(block, blocks[first_seen[key]], 100.0))
        else:
            first_seen[key] = i
            if near and long and earlier:
                # The most similar earlier paragraph, the first of equals, that
                # differs in no word that matters; none is identical (an
                # identical one would be in first_seen).
                # Only the paragraphs whose length allows the ratio are handed to rapidfuzz.
                shortest, longest = lengths_within(len(key), threshold)
                choices = [e if e is not None and shortest <= len(e) <= longest else None for e in earlier]
                matches = near_matches(key, choices, threshold) if families is None else []
                if len(matches) > FEW_MATCHES:  # a family, perhaps: from now on its members go unasked
                    families = _families(earlier)
                if families is not None:
                    words, numbers = meaning(key)
                    hidden = [j for other, where in families.get(words, {}).items() if other != numbers for j in where]
                    for j in hidden:
                        choices[j] = None
                    matches = near_matches(key, choices, threshold)
                for _, score, j in matches:
                    # As written (`differs_in_what_matters` folds what it needs): a name's capitals say it is one.
                    if score and not differs_in_what_matters(block.text, blocks[j].text):
                        out.append(Repeat(block, blocks[j], score))
                        break
        if near and long and families is not None:
            _join(families, i, key)
        earlier.append(key if long else None)
    return tuple(out)


# More near matches than this and a paragraph's family (same words, other
# numbers) is left out before they are checked one by one: a match that
# differs in what matters is checked and passed over, so the result is the same.
FEW_MATCHES = 8


def _families(earlier: list[str | None]) -> dict[frozenset[str], dict[frozenset[str], list[int]]]:
    """The positions of the texts compared so far, by words, then numbers."""
    families: dict[frozenset[str], dict[frozenset[str], list[int]]] = {}
    for j, text in enumerate(earlier):
        if text is not None:
            _join(families, j, text)
    return families


def _join(families: dict[frozenset[str], dict[frozenset[str], list[int]]], j: int, text: str) -> None:
    """Position `j` into its family, by the words, then the numbers, of its text."""
    words, numbers = meaning(text)
    families.setdefault(words, {}).setdefault(numbers, []).append(j)


def code_key(block: Block) -> str:
    """A code block's identity: its lines without trailing spaces, trailing
    blank lines or their common indentation."""
    lines = [ln.text.rstrip() for ln in block.lines]
    while lines and not lines[-1]:
        lines.pop()
    indent = min((len(t) - len(t.lstrip()) for t in lines if t.strip()), default=0)
    return "\n".join(t[indent:] for t in lines)


_SCHEME = _compile(r"^([A-Za-z][A-Za-z0-9+.-]*):(//)?")
_LABEL = _compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


def _valid_host(host: str) -> bool:
    import ipaddress  # a run with no image url does without it

    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    labels = host.split(".")
    return (
        len(labels) >= 2
        and all(_LABEL.match(label) for label in labels)
        and re.fullmatch(r"[a-z]{2,63}", labels[-1]) is not None
    )


@text_memo
def url_problem(url: str) -> str | None:
    """Why `url` is not an absolute http(s) url with a valid host, or None."""
    if any(c.isspace() for c in url):
        return "it contains a space"
    m = _SCHEME.match(url)
    if m is None:
        if re.match(r"^[A-Za-z]+//", url):
            return "the scheme has no ':' (expected 'https://')"
        return "it has no scheme (expected 'https://')"
    scheme = m.group(1).lower()
    if scheme not in ("http", "https"):
        return f"unknown scheme {m.group(1)!r} (expected 'https')"
    if not m.group(2):
        return f"'{m.group(0)}' is not followed by '//'"
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        return f"it cannot be parsed ({exc})"
    if not host:
        return "the host is empty"
    if not _valid_host(host):
        return f"{host!r} is not a valid host name"
    return None


def checked_urls(article: Article) -> tuple[tuple[int, str], ...]:
    """(line, url) of the article's well-formed image urls: what the online check asks."""
    return tuple((line, url) for line, url in image_urls(article) if url_problem(url) is None)
