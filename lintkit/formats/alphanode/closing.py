"""A post's closing call to action: the button or link line a blog sets after its
last paragraph (`Join Discord`, `Subscribe to the newsletter`), and the question
that leads into it (`Need help, have a question, or just want to stay updated?`);
or the page's navigation link the same place holds (Catch2's `Home`, `Back to top`);
and the writer's name signing the post off (devenv's `Domen`, ZAP's `Simon Bennetts (ZAP
Project Lead)`) after its last paragraph.

Alone after the last paragraph, a short line without a stop reads as a heading
with nothing under it (STR004), and the question over it as the heading of a
section that holds the button: the post counts both as paragraphs. Only the
body's last lines, right before the export's own headings (the checklist, the
final notes), are read so: an empty section's heading says what was to be
written (`further reading`), never what the reader should do next.
"""

from __future__ import annotations

from lintkit.compiled import pattern as _compile
from lintkit.formats.alphanode.chunks import final_char, is_known_heading, make_block, words_only
from lintkit.model import Block, BlockKind, Line

# A call to action's first word, or first two (`Sign up`, `Get started`): what a button says.
CALLS = frozenset("join subscribe follow register book download star chat contact".split())
CALLS_OF_TWO = frozenset(
    {"sign up", "sign in", "get started", "get in", "try it", "try dstack", "try out", "learn more", "find out"}
)
# The most words a button or a link line closing a post has.
CALL_WORDS = 5
# The fewest words of the question that leads into it (a heading asking one is shorter: `Why Rust?`).
QUESTION_WORDS = 6
# A page's navigation link, its arrows and brackets left out (`[Home](Readme.md#top)`, `↑ Back to top`).
NAVIGATION = frozenset(
    {"home", "back to top", "back to the top", "top", "back to home", "go back", "contents", "table of contents"}
    | {"next", "previous"}
)

# A one-word question closing a post that links to where its readers answer (`Comments?`, `Questions?`).
ASKING = frozenset({"comments", "questions", "feedback", "thoughts", "questions or comments", "comments or questions"})


def read_closing_call(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """The body's last line, when it calls the reader to act after the post's content, as a
    paragraph, and the question right before it that leads into it, too."""
    end = next((k for k, b in enumerate(blocks) if isinstance(b, Line) and is_known_heading(b.text)), len(blocks))
    k = end - 1
    if k >= 1 and _signs_off(blocks[k], blocks[k - 1]):
        return [*blocks[:k], make_block(BlockKind.PARAGRAPH, lines, [blocks[k].line - 1]), *blocks[k + 1 :]]
    if k < 2 or not _calls_to_act(blocks[k]):
        return blocks
    out = list(blocks)
    question = out[k - 1]
    if (
        isinstance(question, Line)
        and isinstance(out[k - 2], Block)
        and final_char(question.text) == "?"
        and len(question.text.split()) >= QUESTION_WORDS
    ):
        out[k - 1] = make_block(BlockKind.PARAGRAPH, lines, [question.line - 1])
    if isinstance(out[k], Line) and isinstance(out[k - 1], Block):
        out[k] = make_block(BlockKind.PARAGRAPH, lines, [out[k].line - 1])
    return out


def _calls_to_act(item: Block | Line) -> bool:
    """A line of a few words opening on what a button says (`Join Discord`, `Sign up for free`),
    or a navigation link (`Home`)."""
    if isinstance(item, Block) and (item.kind is not BlockKind.PARAGRAPH or len(item.lines) > 1):
        return False
    words = item.text.casefold().split()
    if words_only(item.text) in ASKING and final_char(item.text) == "?":
        return True  # a link to the post's comments (Gitpod's `[Comments?](...)`), which no heading asks alone
    if not words or len(words) > CALL_WORDS or final_char(item.text) in (".", ":", "?"):
        return False
    if words_only(item.text) in NAVIGATION:
        return True  # the page's navigation, which a post's own heading never is
    return words[0] in CALLS or " ".join(words[:2]) in CALLS_OF_TWO


def _signs_off(item: Block | Line, before: Block | Line) -> bool:
    """The writer's name alone after the last paragraph or list: one capitalised word that names no section (devenv's
    `Domen`, `Sander`: 15 of the corpora's pages end on a name so, after a paragraph; the 20 that end on a heading
    of one word name a section, `License`, `Examples`), or a name and a role in brackets (ZAP's `Simon Bennetts (ZAP
    Project Lead)`), a sign drawn without a letter (CocoaPods' `<3`), or a pointer to where readers comment
    (TidalCycles' `Comments: Club Tidal Forum Thread`)."""
    if not isinstance(item, Line) or not isinstance(before, Block) or before.kind is BlockKind.CODE:
        return False
    text = item.text.strip()
    if not any(c.isalpha() for c in text) or _COMMENTS_LINK.match(text):
        return True  # CocoaPods' `<3`, TidalCycles' `Comments: Club Tidal Forum Thread`
    if text.isalpha() and text[:1].isupper() and text[1:].islower() and len(text) > 2:
        return text.casefold() not in SECTION_WORDS
    return bool(_NAME_AND_ROLE.match(text))


# What a page's last heading of one word names: a section, never a writer.
SECTION_WORDS = frozenset(
    "conclusion conclusions summary references resources links license licence credits acknowledgements "
    "acknowledgments examples example options api formats faq appendix notes changelog contributors thanks "
    "sponsors support contact community feedback installation usage roadmap".split()
)
# A label pointing to the comments, its link's text after it.
_COMMENTS_LINK = _compile(r"^Comments: [A-Z]")
# A name of two or three capitalised words and a role in brackets (`Simon Bennetts (ZAP Project Lead)`).
_NAME_AND_ROLE = _compile(r"^[A-Z][a-z]+( [A-Z][a-z'-]+){1,2} \([A-Z][\w .,&-]{2,40}\)$")
