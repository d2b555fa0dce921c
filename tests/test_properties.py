"""Property tests: no input makes the parser or the rules raise; lines stay inside the file."""

from __future__ import annotations

import re
import sys

from helpers import lint_findings, seed
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from lintkit.formats import parse_bytes
from lintkit.model import Article, Block, BlockKind, Line
from lintkit.near import differs_in_what_matters
from lintkit.text import _has_digit, fold, lengths_within, word_count

S3 = seed("003")
LINES = S3.split("\n")


def line_count(data: bytes) -> int:
    text = data.decode("latin-1")
    return max(1, len(re.split(r"\r\n|\r|\n", text.removesuffix("\n") if len(text) > 1 else text)))


def assert_inside(data: bytes) -> None:
    n = line_count(data)
    for f in lint_findings(data):
        assert 1 <= f.line <= n, (f, n)
        assert f.column >= 1
        for r in f.related:
            assert 1 <= r.line <= n


FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.binary(max_size=4000))
def test_arbitrary_bytes(data: bytes) -> None:
    parse_bytes(data, "x.txt")
    assert_inside(data)


@FAST
@given(st.text(max_size=3000))
def test_arbitrary_text(text: str) -> None:
    data = text.encode("utf-8", errors="surrogatepass")
    parse_bytes(data, "x.txt")
    assert_inside(data)


# Articles made of real lines, shuffled, dropped, repeated and joined with
# any line ending: close enough to the format to reach every rule.
article_lines = st.lists(
    st.sampled_from([*LINES, "", "  • x", "    • url: htp:/x", "| |", "Similar Posts"]), max_size=160
)


@FAST
@given(article_lines, st.sampled_from(["\n", "\r\n", "\r"]), st.booleans())
def test_article_like_text(lines: list[str], eol: str, bom: bool) -> None:
    data = (b"\xef\xbb\xbf" if bom else b"") + eol.join(lines).encode()
    assert_inside(data)


@FAST
@given(st.integers(0, len(LINES)), st.integers(0, len(LINES)), st.text(max_size=200))
def test_seed_with_a_splice(start: int, stop: int, junk: str) -> None:
    lines = [*LINES[:start], junk, *LINES[stop:]]
    assert_inside("\n".join(lines).encode("utf-8", errors="surrogatepass"))


@FAST
@given(st.lists(st.text(alphabet=st.sampled_from("ab1_ '’.!?-,\u00a0É…\t"), max_size=30), min_size=1, max_size=4))
def test_a_blocks_words_are_its_sentences_words(texts: list[str]) -> None:
    # Depth counts Block.word_count, clarity its sentences' words: they agree, as no word may span two sentences.
    block = Block(BlockKind.PARAGRAPH, tuple(Line(t, i + 1) for i, t in enumerate(texts)))
    assert sum(n for _, _, n, _ in block.sentence_words) == block.word_count == word_count(block.text)
    assert block.folded == fold(block.text)


def _repeats_pair_by_pair(folded: list[str], threshold: int, min_chars: int) -> list[tuple[int, int, float]]:
    """DUP001/DUP002's pairing as first written, one fuzz.ratio per pair: for
    each paragraph, the first identical earlier one, or else the most similar
    earlier one at or above the threshold (the first of equals) among those
    that differ from it in nothing that matters (`differs_in_what_matters`:
    `keep keep keep keep` / `keep keep the the` is one template filled twice)."""
    from rapidfuzz import fuzz

    out, first = [], {}
    for i, key in enumerate(folded):
        if key in first:
            out.append((i, first[key], 100.0))
            continue
        first[key] = i
        if len(key) < min_chars:
            continue
        scored = [
            (-fuzz.ratio(key, folded[j], score_cutoff=threshold), j)
            for j in range(i)
            if len(folded[j]) >= min_chars and folded[j] != key
        ]
        near = sorted((score, j) for score, j in scored if score)
        best = next(((j, -score) for score, j in near if not differs_in_what_matters(key, folded[j])), None)
        if best is not None:
            out.append((i, *best))
    return out


WORDS = st.sampled_from(["keep", "the", "runbook", "close", "often", "rollback"])
# Variants a word apart: copies of one make ties for the paragraphs near them.
VARIANTS = st.sampled_from(
    ["keep the runbook close to the code.", "keep the runbook closer to the code.", "keep a runbook close to code."]
)


@FAST
@given(st.lists(st.one_of(VARIANTS, st.lists(WORDS, max_size=9).map(" ".join)), max_size=8), st.integers(60, 100))
@example(["keep keep keep keep", "keep keep the the"], 60)  # one template filled twice: no repeat
def test_near_duplicate_pairing_is_the_pair_by_pair_one(texts: list[str], threshold: int) -> None:
    # paragraph_repeats asks rapidfuzz for the best earlier match in one call; ties must go to the first.
    from lintkit.analysis import paragraph_repeats

    blocks = tuple(Block(BlockKind.PARAGRAPH, (Line(t, 2 * i + 1),)) for i, t in enumerate(texts))
    article = Article(path="a.txt", lead=blocks)
    index = {id(b): i for i, b in enumerate(blocks)}
    got = [(index[id(r.block)], index[id(r.first)], r.score) for r in paragraph_repeats(article, threshold, 10)]
    assert got == _repeats_pair_by_pair([fold(t) for t in texts], threshold, 10)


@given(st.text(max_size=40))
def test_a_token_has_a_digit_exactly_when_one_of_its_characters_is_one(token: str) -> None:
    # lintkit.text.meaning's fast test, against the plain definition
    assert _has_digit(token) == any(c.isdigit() for c in token)


@given(st.one_of(st.text(max_size=80), st.text(alphabet="ab1 .!?'’-_\n\t", max_size=80)))
def test_a_texts_words_are_its_sentences_words(text: str) -> None:
    # Block.word_count adds up the words of the sentences (lintkit.model.words_in)
    from lintkit.model import words_in

    assert words_in.__wrapped__(text) == word_count(text)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab c"), min_size=1, max_size=60),
    st.text(alphabet=st.sampled_from("ab c"), min_size=1, max_size=60),
    st.sampled_from([90.0, 85.0, 95.5, 100.0, 50.0]),
)
def test_a_near_match_is_always_within_the_lengths_compared(a: str, b: str, threshold: float) -> None:
    """Linking and DUP001/DUP002 hand rapidfuzz only the texts whose length
    allows the ratio (`lengths_within`): no pair at or above the threshold may
    fall outside, or a near duplicate would go unseen."""
    from rapidfuzz import fuzz

    shortest, longest = lengths_within(len(a), threshold)
    if fuzz.ratio(a, b) >= threshold:
        assert shortest <= len(b) <= longest
    assert lengths_within(len(a), 0) == (0, sys.maxsize)


# Lines of Markdown that start, end or look like the block rules' constructs.
MARKDOWN_LINES = st.sampled_from(
    [
        "",
        "text",
        "Some prose, a sentence.",
        "| a | b |",
        "|---|---|",
        "a | b",
        "--- | ---",
        ":-:|",
        "===",
        "---",
        "- item",
        "  - nested",
        "> quote",
        "> ---",
        ">     code",
        "    code",
        "\tcode",
        "```",
        "~~~ py",
        "# heading",
        "Title",
        "-",
        "=",
        "  ===  ",
        "***",
        "[^1]: note",
        "[^x]",
        "[ref]: /url",
        "<div>",
        "1. one",
        "- [ ] task",
        "x =",
        "a -",
        "\x00",
        "| only a pipe",
        "  - | a |",
        "  - |---|",
    ]
)


@FAST
@given(st.lists(MARKDOWN_LINES | st.text(alphabet=st.sampled_from("|-=: \t>[^]x1#*`~."), max_size=12), max_size=30))
@example(["Title", "===  "])  # an underline with blanks after it
@example(["Title", "---\t"])
@example(["a|b", "-|-", "c|d"])  # a table with no space by its pipes
@example(["> Title", "> ---"])  # an underline in a quote
@example(["- item", "  text", "  ==="])  # and in a list item
@example(["x[^1]", "", "[^1]: note"])
def test_markdown_rules_left_idle_would_have_matched_nothing(lines: list[str]) -> None:
    """The block rules `idle_rules` leaves out for a text (no `|`: no table, and
    so on) give the same tokens as the full parser on it."""
    from lintkit.formats.markdown.parser import _markdown, idle_rules

    source = "\n".join(lines)

    def tokens(idle: frozenset[str]) -> list[tuple[object, ...]]:
        return [(t.type, t.map, t.content, t.info, t.markup) for t in _markdown(idle).parse(source, {})]

    assert tokens(idle_rules(source)) == tokens(frozenset())


@FAST
@given(
    st.text(alphabet=st.sampled_from("ab \t\x1b\u00a0\u2007\u202f\u200b\u200f\u2060\ufeff\u202a\u202e\u2066\u2069é’-"))
)
def test_has_special_is_the_pattern(text: str) -> None:
    """`has_special`'s shortcut for ASCII text (a tab or an escape) says what the pattern says."""
    from lintkit.text import _SPECIAL, has_special

    assert has_special(text) == (_SPECIAL.search(text) is not None)


def test_has_special_knows_every_ascii_character_the_pattern_does() -> None:
    """The shortcut's ASCII characters (a tab, an escape) are all the pattern has:
    one added to the pattern and not to the shortcut fails here."""
    from lintkit.text import _SPECIAL, has_special

    for code in range(128):
        assert has_special(chr(code)) == (_SPECIAL.search(chr(code)) is not None), code


# Text with every kind of character the ASCII shortcuts must agree on: letters and
# digits, `_`, apostrophes, dots and dashes, white space (\x1c to \x1f included), and
# characters past ASCII (a letter, a digit, a space, a curly apostrophe).
_SHORTCUT_TEXT = st.text(alphabet=st.sampled_from("aZ09_'’.- \t\n\x0b\x0c\r\x1c\x1f!,;é٣\u00a0"), max_size=40)


@FAST
@given(_SHORTCUT_TEXT)
def test_the_ascii_shortcuts_find_what_the_unicode_patterns_do(text: str) -> None:
    """`text.words` and readability's cleaning take ASCII patterns for ASCII text:
    the same words and the same cleaned text as the Unicode patterns give."""
    from lintkit import readability
    from lintkit import text as text_module

    assert text_module.words(text) == text_module._WORD.findall(text)
    assert readability._cleaned(text) == readability._PUNCTUATION.sub(
        "", readability._NON_CONTRACTION_APOSTROPHE.sub("", text)
    )


def test_the_ascii_shortcuts_agree_on_every_ascii_character() -> None:
    """Each ASCII character alone, and between two letters: a character the ASCII
    patterns read otherwise than the Unicode ones fails here."""
    from lintkit import readability
    from lintkit import text as text_module

    for code in range(128):
        for sample in (chr(code), f"a{chr(code)}b", f"{chr(code)}{chr(code)}"):
            assert text_module.words(sample) == text_module._WORD.findall(sample), code
            assert readability._ASCII_PUNCTUATION.sub("", sample) == readability._PUNCTUATION.sub("", sample), code


CONTAINER_LINES = st.sampled_from(
    [
        '!!! note "Title"',
        "??? tip",
        "???+ warning",
        '=== "Rust"',
        "    indented prose",
        "\tprose after a tab",
        "        deeper",
        ":::tip[Title]",
        ":::",
        ":::{note}",
        "/// note | Title",
        "///",
        "    type: warning",
        "::: package.module",
        "```{note}",
        "```{code-block} python",
        "```{literalinclude} x.py",
        ":class: tip",
        "```",
        "````",
        "~~~",
        "",
        "prose",
    ]
)


@FAST
@given(st.lists(CONTAINER_LINES | st.text(alphabet=st.sampled_from('!?=:/`~{} \tab"|'), max_size=12), max_size=30))
def test_containers_keep_every_line_and_only_rewrite_markers_and_indentation(lines: list[str]) -> None:
    """`containers.unwrap` never raises, keeps every line at its number, and a line it
    rewrites is blanked, moved left (its text unchanged) or a fence naming a language."""
    from lintkit.formats.markdown.containers import AUTODOC_TAG, unwrap

    out = list(lines)
    unwrap(out)
    assert len(out) == len(lines)
    for before, after in zip(lines, out, strict=True):
        assert (
            after in ("", before, AUTODOC_TAG)
            or (after.strip() == before.strip() and len(after) < len(before))
            or after.lstrip().startswith(("```", "~~~"))
        ), (before, after)
    from lintkit.formats import FORMATS

    page = parse_bytes("\n".join(lines).encode(), "page.md", FORMATS["markdown"])  # and the page parses
    assert page.format == "markdown"
