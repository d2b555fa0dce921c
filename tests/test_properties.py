"""Property tests: no input makes the parser or the rules raise; lines stay inside the file."""

from __future__ import annotations

import re

from helpers import lint_findings, seed
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lintkit.model import Block, BlockKind, Line
from lintkit.parsing import parse_bytes
from lintkit.text import fold, word_count

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
    assert sum(len(ws) for _, _, ws in block.sentence_words) == block.word_count == word_count(block.text)
    assert block.folded == fold(block.text)
