"""Headings a post writes as a series: labels set in bold over each of a run (`Arguments` under each method), the
lower of two stacked headings sharing their head word, numbered steps and titles. The export keeps no markup to
tell them from sub-headings, so lintkit.formats.alphanode.doubt reads them either way.
"""

from __future__ import annotations

from collections import Counter

from lintkit.compiled import pattern as _compile
from lintkit.formats.alphanode.chunks import MAX_HEADING_CHARS, is_known_heading, is_one_line
from lintkit.formats.alphanode.schema import normalize_heading
from lintkit.model import Block, BlockKind, Line

# A reference page's heading naming the command-line options it shows (`Format the output (--format)`,
# `Remove a container and its volumes (-v, --volumes)`): a heading wherever it stands, never a bold label.
OPTION_AFTER = _compile(r"\s\(--?\w[\w-]*(,\s*--?\w[\w-]*)*\)$")
# A sentence's end, then another's opening.
NEXT_SENTENCE = _compile(r"[.!?] [A-Z]")


# A heading written this many times in one post is a series' label (fastapi-users' `Arguments` and `Example` under
# each of ten methods), whatever stands around it: a post's bold labels as often as its sub-headings.
SERIES_LABEL_TIMES = 5


def label_series(blocks: list[Block | Line]) -> frozenset[int]:
    """The headings (their places in `blocks`) that the post's other headings show to be labels of a series, as
    a post sets in bold: the lower of two stacked headings sharing their head word, a numbered step written as an
    instruction in a run of two or more, a heading written three times or more and once stacked under another, or
    written `SERIES_LABEL_TIMES` times or more."""
    lines = [
        (k, b)
        for k, b in enumerate(blocks)
        if isinstance(b, Line) and not is_known_heading(b.text) and not OPTION_AFTER.search(b.text)
    ]
    written = Counter(normalize_heading(b.text) for _, b in lines)
    stacked = {normalize_heading(b.text) for k, b in lines if k and isinstance(blocks[k - 1], Line)}
    # A step's or a numbered question's siblings, read as headings or as paragraphs (TiKV's `Question #1: ...?`, long,
    # a paragraph; `Question #2: ...?`, a heading).
    single = [b for b in blocks if is_one_line(b)]
    steps = Counter(m[1].casefold() for b in single if (m := _STEP.match(b.text)))
    found = set()
    for k, b in lines:
        upper = blocks[k - 1] if k else None
        step = _STEP.match(b.text)
        text = normalize_heading(b.text)
        if (
            (isinstance(upper, Line) and _siblings(upper.text, b.text))
            or (step and steps[step[1].casefold()] > 1)
            or (written[text] > 2 and text in stacked)
            or written[text] >= SERIES_LABEL_TIMES
        ):
            found.add(k)
    return frozenset(found)


def numbered_titles(blocks: list[Block | Line]) -> frozenset[int]:
    """The one-line paragraphs (their places in `blocks`) of a numbered series' shape, a label, its number and a
    colon, too long for a heading or with a stop (eslint-plugin-security's `Issue #1: Bracket object notation with
    user input grants access to every property available on the object`, `Issue #2: ...`), two or more with the
    same label: a post's long headings as often as its paragraphs. (In the stand-ins' Markdown, 7 such lines of
    nine words or more are headings, none a paragraph; but a list's items are written so.)"""
    found = [
        (k, m[1])
        for k, b in enumerate(blocks)
        if isinstance(b, Block) and b.kind is BlockKind.PARAGRAPH and len(b.lines) == 1
        if (m := _NUMBERED_TITLE.match(b.text)) and len(b.text) <= 2 * MAX_HEADING_CHARS
    ]
    # A run of numbered sentences each short enough for a heading (Arrow's `1. The Arrow format is columnar.`,
    # `2. The Arrow format is self-describing and type-safe.`): headings written with a stop (6 of the corpora's
    # Markdown) as often as a list's numbered entries set as paragraphs (5, longer). So with a colon (Tailwind's
    # `1. Adding a script tag to your HTML:`, each over its lead-in and code): 2 headings, 4 paragraphs; and with a
    # question mark (a survey's `1. What is your role?`, Falco's in bold, Vitess's as headings): 14 and 13.
    found += [
        (k, "1.")
        for k, b in enumerate(blocks)
        if is_one_line(b)
        if _NUMBERED_SENTENCE.match(b.text) and len(b.text) <= MAX_HEADING_CHARS
        if not NEXT_SENTENCE.search(b.text.partition(" ")[2])
    ]
    labels = Counter(label for _, label in found)
    return frozenset(k for k, label in found if labels[label] > 1) | _numbered_run(blocks)


def _numbered_run(blocks: list[Block | Line]) -> frozenset[int]:
    """The one-line paragraphs of a run numbered 1, 2, 3 and on, each over a block of its own, however long (Seata's
    `1. [[mandatory]] Unit tests must adhere to the AIR principle.` to `14. ...`): the export writes a list's
    items with bullets, so a numbered line alone is a heading written as a sentence as often as a paragraph
    numbered by hand."""
    numbered = [
        (k, int(m[1]))
        for k, b in enumerate(blocks[:-1])
        if isinstance(b, Block) and b.kind is BlockKind.PARAGRAPH and len(b.lines) == 1
        if (m := _RUN_NUMBER.match(b.text)) and isinstance(blocks[k + 1], Block)
    ]
    found: set[int] = set()
    run: list[tuple[int, int]] = []
    for k, n in numbered:
        run = [*run, (k, n)] if run and n == run[-1][1] + 1 else ([(k, n)] if n == 1 else [])
        if len(run) >= NUMBERED_RUN:
            found.update(place for place, _ in run)
    return frozenset(found)


_RUN_NUMBER = _compile(r"^(\d{1,2})\. \S")
NUMBERED_RUN = 3


# A numbered title: a label, its number and a colon (`Issue #1: Bracket object notation ...`, `Finding 2: ...`).
_NUMBERED_TITLE = _compile(r"^([A-Z][a-z]+) #?\d+: \S")
_NUMBERED_SENTENCE = _compile(r"^\d{1,2}\. [A-Z].*[.:?]$")


# A numbered step written as an instruction, in lower case after its number (`Step 1: treat available compute as
# queryable state`, TiKV's `Issue #1: linearizability`), or as a question (`Question #2: How do we guarantee
# application transparency?`): a bold lead-in; a heading capitalises its title (`Step 3 - Run
# Benchmark`, `Example 2: Using`).
_STEP = _compile(r"^([A-Z]\w*)\s+#?\d+[:.)]?\s+([a-z]+(\s|$)|\S.*\?$)")


def _siblings(upper: str, lower: str) -> bool:
    """Two headings of two words or more with the same head word and another first word, an aside in brackets left
    out (`Cost Breakdown ($)`, `Time Breakdown (seconds)`): parallel labels, not a parent over its child."""
    a, b = (ASIDE.sub("", text).casefold().split() for text in (upper, lower))
    return len(a) > 1 and len(b) > 1 and a[-1] == b[-1] and a[0] != b[0]


ASIDE = _compile(r"\s*\([^)]*\)$")  # an aside in brackets ending a line


def field_labels(blocks: list[Block | Line]) -> frozenset[int]:
    """The lines (their places in `blocks`) that give a field its values after the same label, three times or more
    in one post (DataFusion's `Example Implementations: DataFusion, DuckDB, ClickHouse` under each technique, the
    one with a stop a paragraph): a bold label's line as often as a heading (`Frontend: Netlify, Vercel, Auth0`).
    Not a sentence with its stop (an interview's `FSM: Was the existing model ...?`), nor a letter's label (a FAQ's
    `Q:` and `A:`)."""
    found = [
        (k, m[1].casefold())
        for k, b in enumerate(blocks)
        if is_one_line(b)
        if (m := _FIELD.match(b.text)) and len(b.text) <= 2 * MAX_HEADING_CHARS
    ]
    labels = Counter(label for _, label in found)
    return frozenset(k for k, label in found if labels[label] >= FIELD_TIMES and blocks[k].text[-1] not in ".!?")


# A field's label, capitalised, of three words at most, then its values.
_FIELD = _compile(r"^([A-Z][\w-]+(?: [\w-]+){0,2}): \S")
FIELD_TIMES = 3


# A snippet's label (`**Request**`, then its JSON): a bold line in a page as often as a heading. So is a code
# language's name, alone or before what the sample shows (Stylus's `**Stylus**` and `**CSS**` over each sample and
# its output, `Stylus: parentheses style`; a tabbed sample's `Python`, `JavaScript`, `npm`): a tab's or a bold
# label's as often as a heading's.
_SNIPPET_LABELS = frozenset(
    (
        "request response python javascript typescript js ts jsx tsx node.js html css scss sass less stylus "
        "xml json yaml toml ini bash shell sh zsh powershell console terminal sql go golang rust ruby java "
        "kotlin swift php perl lua haskell elixir scala dart c c++ c# r julia dockerfile vue svelte graphql "
        # A package manager's tab over its command (Babel's `npm`, then `npm uninstall ...`, `Yarn`, then `yarn ...`).
        "npm yarn pnpm bun pip uv poetry conda cargo brew"
    ).split()
)


def snippet_label(text: str) -> bool:
    """A snippet's label (`Request`) or a code language's name, alone or before a colon (`Stylus: usage`), or after
    what the snippet shows (Hazelcast's `Spark RDD API (Java)`); an example's title (Effect's `Example (Creating a
    traced function)`, its `Example` in bold)."""
    head = normalize_heading(text).rstrip(":").split(":")[0].strip()
    named = _QUALIFIED.match(text)
    return (head in _SNIPPET_LABELS and len(text.split()) <= 5) or bool(
        named and (named.group(2).casefold() in _SNIPPET_LABELS or named.group(1) == "Example")
    )


# A label and what qualifies it in brackets: `Jet Pipeline API (Java)`, `Example (Creating a traced function)`.
_QUALIFIED = _compile(r"^([A-Z][^()]{0,50}?) \(([^()]{1,60})\)$")
