"""The body's readings the export's text alone cannot settle.

The parser reads every heading-like line and every chunk one way, by its
shape and its place. Some it reads on a guess any reader of the text would
have to make, for the export keeps no markup to say: these are kept as
doubtful (`Article.doubtful`), so that a count of paragraphs (META006) can
allow for either reading. Only shapes that real posts write both ways are
doubtful, and nothing the export's own sections or paragraphs ever are:

- a short label ending in `:` (`Code Example:`, `Result:`, `Use asyncio.gather
  when:`), read as a heading or as a one-line lead-in paragraph: posts write
  the same line as a heading (`#### Code Example:`) and as a sentence leading
  into what follows (`Interactive:`); but not one no heading writes, in lower
  case or giving an example (`or:`, `For example:`), a paragraph;
- a paragraph of several lines: the export writes a paragraph on one line, so
  a chunk of lines that read as prose is code that holds prose (a prompt, a
  program's output, a string's text) or a paragraph wrapped by hand;
- a paragraph beside a `---` line of code: a sample of the snippet the rule
  separates (front matter, texts in several languages), or the post's prose;
- a one-line question before more of its section: a FAQ's heading (long,
  or two sentences: `... a large change in performance. Why?`) or a
  paragraph that asks;
- a line that would be a heading but for its length (thirteen words or more,
  no final stop): a long heading, or a sentence left without its stop;
- a file's name alone (`pyproject.toml`, `.gitlab-ci.yml`), over its code or
  over nothing (an include the page showed): a tab's or a bold label's as
  often as a heading's;
- two fields on one line, each a label and its value (`Michael Quinn Job Title:
  Quantitative Analyst at Google Project Contributions: Coder`): a flattened row;
- a callout's title alone (`Note`, `Warning`) or before its title (`NOTE: Resolving DNS Connection
  issues`), or a snippet's label over it
  (`Request`, `Response`, a code language's name: `CSS`, `Stylus: usage`): a boxed
  aside's or a snippet's bold line, or a heading;
  but not a callout's title over a one-paragraph aside and more prose, or
  between a heading and the next (`is_callout_aside`), a paragraph;
- a short sentence with its stop as a section's first line, over code
  (`Examples`, then `Create a backup that can then be used with docker
  load.`): a sub-heading written with a stop, or the section's lead sentence;
  and any such sentence over more of its section when the body's first
  heading (a heading wherever it stands) has a stop: a post that writes its
  headings so (`External program benchmarks have been removed.`);
- a line ending in `:` over a paragraph in a post whose headings end so (pandas' `Challenges:`, then
  `Learning from the source code:`): a heading, or a lead-in;
- a phrase on a verb's -ing form with a stop (`Using random state with flax Modules.`): a heading
  written with a stop, or a sample's caption;
- a heading that speaks (`Here were our results for 4o-mini`, `heres an
  example`) or exclaims (`Not too bad!`): a post's bold line or its heading;
- a heading between two code blocks, over code alone (`Example Output`), or
  over nothing before the next heading (`Cost Breakdown ($)`, its table left
  out): a bold label in a post as often as a heading; but not a reference
  page's `Examples` or `Description` over its first sub-heading, a parent
  heading (a docs page's `Examples`, then `Commit a
  container`), nor a heading over a numbered run's first (`1. Hierarchical
  Caching`), nor one naming the options it shows (`Format the output
  (--format)`), a heading wherever it stands;
- a speaker's turn that asks (`FSM: That's where CSI enters the game?`, `Q: Who hosts the weights?`): an
  interview's or an FAQ's paragraph, or a heading labelled so;
- a question over code (`What type has the following if (and consequently the a variable)?`): a
  FAQ's heading over its answer, or the post's question leading into the snippet;
- a callout's version note (`combine_header_slug is new in 10.1`), or a heading written as one (`eslintrc
  removed in ESLint v10.0.0`);
- a line of three words or more all in quotes (`"Steep learning curve at the
  beginning"`): a quotation set as its own paragraph, or a heading written as one;
- a comparison's side (`Before: No Warning`, `After: Using StreamSchema with SchemaDirectory`): a label's
  paragraph between snippets, or a heading over its own (the corpora's Markdown: 10 and 4);
- a line of eight words or more right under a heading, over a paragraph (Godot's `The Dodge The Creeps C# demo
  running on the iOS Simulator`, under `iOS support`): an image's caption or a sentence without its stop, or a
  sub-heading (the corpora's Markdown: 178 and 130); and one of ten words or more between paragraphs
  (`... running on a web browser`): 147 and 172, questions and exclamations left out;
- a label of four words or fewer inside a section, over its list (Backstage's `Core search packages`, then its
  packages): a bold line as often as a sub-heading;
- a label of a series (`label_series`): the lower of two headings stacked with the same head word
  (`Cost Breakdown ($)`, then `Time Breakdown (seconds)`: siblings, so the upper was a label over a
  table left out, and so is the lower), numbered steps written as instructions (`Step 1: treat
  available compute as queryable state`, `Step 2: define ...`), and a heading a post writes three
  times or more, once right under another heading (`NVIDIA H200 performance` under each metric's
  heading): a post's bold labels as often as its sub-headings; and a field's values after the same label three
  times or more (`field_labels`: DataFusion's `Example Implementations: DataFusion, DuckDB, ClickHouse`), and a run
  of lines numbered 1, 2, 3 and on, each over its own block (Seata's `1. [[mandatory]] Unit tests must ...`);
- a title in title case written with stops (`Email. Email. Email.`, `Tags. No Clutter.`) over a block, and a pointer
  into code alone (`io.seata.tm.TransactionalTemplate#execute`): a heading as often as a paragraph.
"""

from __future__ import annotations

import re

from lintkit.compiled import pattern as _compile
from lintkit.formats.alphanode.chunks import MAX_HEADING_CHARS, MAX_HEADING_WORDS, final_char, is_known_heading
from lintkit.formats.alphanode.context import is_rule_line
from lintkit.formats.alphanode.heading_lines import _VERSION_NOTE, CHANGE_AUTHORS
from lintkit.formats.alphanode.lead_ins import LEAD_IN_WORDS, SPEAKING, is_sentence_lead_in
from lintkit.formats.alphanode.prose_lines import is_callout, is_callout_aside
from lintkit.formats.alphanode.schema import normalize_heading
from lintkit.formats.alphanode.series import (
    ASIDE,
    NEXT_SENTENCE,
    OPTION_AFTER,
    field_labels,
    label_series,
    numbered_titles,
    snippet_label,
)
from lintkit.model import Block, BlockKind, Line


def doubtful_lines(blocks: list[Block | Line]) -> frozenset[int]:
    """The lines of the headings and blocks (as `read_in_context` leaves them) read on a guess."""
    return frozenset(doubt_kinds(blocks))


def doubt_kinds(blocks: list[Block | Line]) -> dict[int, str]:
    """Each doubtful line (`doubtful_lines`) with the kind of its doubt (the names `_doubt` gives)."""
    captions = [k for k, b in enumerate(blocks) if isinstance(b, Block) and b.kind is BlockKind.CAPTION]
    after_caption = captions[0] + 1 if captions else 0
    first = blocks[after_caption] if after_caption < len(blocks) else None
    # The export's first block after the caption is a heading: read as a sentence, it has a stop.
    stops = (isinstance(first, Line) and final_char(first.text) == ".") or (
        isinstance(first, Block) and first.kind is BlockKind.PARAGRAPH and _heading_with_stop(first)
    )
    # The body's first heading exclaims (PyO3's FAQ: `I'm experiencing deadlocks using PyO3 with lazy_static or
    # once_cell!`): a page that writes its headings so, as its other questions (`... the proc-macros fail!`).
    exclaims = isinstance(first, Line) and final_char(first.text) == "!"
    # Two headings or more end in `:` (pandas' `Challenges:`, `Teamwork and collaboration:`): a post that writes
    # its headings so, as its `Learning from the source code:` over a paragraph.
    colons = sum(isinstance(b, Line) and final_char(b.text) == ":" for b in blocks) >= 2
    # The first two words of the post's headings of three words or more (Godot's `Support for integer vector types`):
    # a sentence of a heading's length opening so, with its stop, is a sibling written with one (`Support for named
    # binds in Skin.`), or a paragraph.
    openings = frozenset(_opening(b.text) for b in blocks if isinstance(b, Line) and len(b.text.split()) >= 3)
    kinds = {}
    series = label_series(blocks) | numbered_titles(blocks) | field_labels(blocks)
    for k, item in enumerate(blocks):
        kind = _doubt(blocks, k, stops, exclaims, colons, openings) or ("label series" if k in series else None)
        # A sentence with its stop over a series' label (Pulsar's `Optimized the memory usage of brokers.`, then
        # `Issue`, as under each of its entries): the entry's heading written with a stop, or a paragraph.
        label = k + 1 in series and isinstance(blocks[k + 1], Line)
        if not kind and label and isinstance(item, Block) and _heading_with_stop(item):
            kind = "over a label"
        if kind:
            kinds[item.line] = kind
    return kinds


# A change log's entry with a stop before its reference, in brackets or not (Tokio's `... Notified::enable. (#4747)`,
# Pulsar's `Fixed the consumption performance regression. PR-15162`, `... and avoid OOM. 15137`).
_STOPPED_ENTRY = _compile(r"^\S.{0,160}\.\s?(\(#\d+[^)]*\)" + CHANGE_AUTHORS + r"|(PR-)?\d{3,}$)")


def _doubt(
    blocks: list[Block | Line],
    k: int,
    stops: bool = False,
    exclaims: bool = False,
    colons: bool = False,
    openings: frozenset[tuple[str, ...]] = frozenset(),
) -> str | None:
    """The kind of doubt about the heading or block `blocks[k]`, None when the text settles it. `stops`: the
    body's first heading (the line after the caption, a heading wherever it stands) ends in a full stop;
    `exclaims`: it ends in `!`."""
    item = blocks[k]
    before = blocks[k - 1] if k else None
    after = blocks[k + 1] if k + 1 < len(blocks) else None
    if isinstance(item, Line):
        if is_known_heading(item.text) or OPTION_AFTER.search(item.text):
            return None
        shapes = (
            ("label", _short_label(item.text)),
            ("callout", is_callout(item.text) or bool(_TITLED_CALLOUT.match(item.text))),
            ("snippet label", snippet_label(item.text) and _is_code(after)),
            ("speaks", _speaks_or_exclaims(item.text)),
            ("file name", bool(_FILE_NAME.match(item.text))),
            ("fields", bool(_FIELDS.match(item.text))),
            ("quotation", bool(_QUOTATION.match(item.text))),
            ("comparison", bool(_COMPARISON.match(item.text))),
            ("under a heading", isinstance(before, Line) and _is_paragraph(after) and len(item.text.split()) >= 8),
            ("long", _is_paragraph(before) and _is_paragraph(after) and len(item.text.split()) >= LONG_WORDS),
            ("asks over code", final_char(item.text) == "?" and _is_code(after)),
            # A pointer into code (Seata's `io.seata.rm.datasource.exec.SelectForUpdateExecutor#doExecute` over the
            # method's code): a line of the post's text as often as a heading.
            ("code pointer", bool(_CODE_POINTER.match(item.text))),
            ("dialogue", bool(_DIALOGUE.match(item.text))),
            ("between code", _is_code(before) and _is_code(after)),
            # A short label inside a section, over its list (Backstage's `Core search packages` and `Modules`, each over
            # its packages): a post's bold line as often as a sub-heading.
            (
                "label over a list",
                isinstance(before, Block)
                and isinstance(after, Block)
                and after.kind is BlockKind.LIST
                and len(item.text.split()) <= LIST_LABEL_WORDS,
            ),
            (
                "over a heading",
                isinstance(before, Block)
                and isinstance(after, Line)
                and not is_known_heading(after.text)
                and not _is_parent(item, before, after),
            ),
        )
        return next((kind for kind, found in shapes if found), None)
    if item.kind is not BlockKind.PARAGRAPH or (len(item.lines) == 1 and is_callout_aside(blocks, k)):
        return None
    shapes = (
        ("several lines", len(item.lines) > 1),
        ("label", _short_label(item.text)),
        ("long heading", _long_heading(item.text)),
        ("asks", _asks(item, after)),
        # A FAQ's question labelled `Q:`, its last sentence with a stop (DVC's `Q: Is it possible to set an S3 remote
        # without credentials? I want to publicly host a dataset ...`), its answer not labelled `A:`: its heading.
        ("labelled question", len(item.lines) == 1 and item.text.startswith("Q: ") and not _answer(after)),
        ("stopped heading", _stopped_heading(item, before, after)),
        ("stops like the first", stops and _heading_with_stop(item) and isinstance(after, Block)),
        ("opens like a heading", _heading_with_stop(item) and _opening(item.text) in openings),
        # A title in title case written with stops (Answer's `Email. Email. Email.`, `Tags. No Clutter.`).
        ("title with stops", _title_with_stops(item) and isinstance(after, Block)),
        # A short line alone between two headings, read as the first one's paragraph (`License`, `MIT`,
        # `Contributing`), or a sub-heading between its parent and its own first (MUI's `Data Grid`).
        (
            "between headings",
            len(item.lines) == 1
            and isinstance(before, Line)
            and isinstance(after, Line)
            and len(item.text.split()) <= LIST_LABEL_WORDS
            and final_char(item.text) not in ".!?:",
        ),
        ("gerund title", len(item.lines) == 1 and bool(_GERUND_TITLE.match(item.text))),
        # A short line trailing off (`And much more...`, `Sending a request...`: 25 paragraphs, 6 headings).
        ("trails off", len(item.lines) == 1 and len(item.text.split()) <= 5 and item.text.endswith(("...", "\u2026"))),
        # A change log's entry with a stop before its reference (Prettier's `Address parentheses bugs for edge cases
        # with call and new. (#6148 by @bakkot)`, a heading; Tokio's `This release fixes a bug in Notified::enable.
        # (#4747)`, one of 13 paragraphs written so).
        ("entry with a stop", len(item.lines) == 1 and bool(_STOPPED_ENTRY.match(item.text))),
        # A callout's version note (`InlineHiliteException added in 9.5`: 12 paragraphs of the stand-ins), or a
        # heading written so (ESLint's `eslintrc removed in ESLint v10.0.0`: 1).
        ("version note", len(item.lines) == 1 and bool(_VERSION_NOTE.match(item.text))),
        ("exclaims like the first", exclaims and _one_exclamation(item) and isinstance(after, Block)),
        (
            "ends like its headings",
            colons
            and len(item.lines) == 1
            and final_char(item.text) == ":"
            and len(item.text.split()) <= MAX_HEADING_WORDS
            and isinstance(after, Block)
            and after.kind is BlockKind.PARAGRAPH,
        ),
        ("file name", len(item.lines) == 1 and bool(_FILE_NAME.match(item.text))),
        ("quotation", len(item.lines) == 1 and bool(_QUOTATION.match(item.text))),  # Biome's `"New is always better."`
        # `For example` alone over the example's own lead-in (Knative's `#### For example`, then `let's assume the
        # following values:`): a heading as often as the lead-in it usually is (15 paragraphs over a snippet).
        ("example alone", item.text in ("For example", "For instance") and _is_paragraph(after)),
        (
            "beside a rule",
            (_is_code(before) and is_rule_line(before.lines[-1].text))  # type: ignore[union-attr]
            or (_is_code(after) and is_rule_line(after.lines[0].text)),  # type: ignore[union-attr]
        ),
    )
    return next((kind for kind, found in shapes if found), None)


# A callout's label before its title, the box's bold first line (MongoDB's `NOTE: Resolving DNS Connection issues`,
# griffe's `NOTE: Occasional contributors`): in the stand-ins' Markdown 105 paragraphs open so, 3 headings (Node's
# `Warning: Using 'uncaughtException' correctly`).
_TITLED_CALLOUT = _compile(r"^(Note|NOTE|Warning|WARNING|Tip|TIP|Important|IMPORTANT|Caution|CAUTION|Hint|HINT):\s+\S")


# A phrase on a verb's -ing form, with a stop and no verb after (Flax's heading `Using random state with flax Modules.`,
# catch2's `Combining GENERATE and SECTION.`; Node's `Using an AbortController to cancel a question.` over its sample):
# in the stand-ins' Markdown 3 headings and 19 paragraphs are written so.
_GERUND_TITLE = _compile(
    r"^[A-Z][a-z]+ing(?!.* (is|are|was|were|has|have|will|can|may|should|must|supports?|disables?)\b)"
    r"( [\w-]+){1,6}\.$"
)


# A file's name alone, perhaps with a path or an aside (`.github/workflows/build_wheels.yml`, `pyproject.toml
# (docs)`): a page's tab or bold label as often as a heading.
_FILE_NAME = _compile(r"^[\w./*-]*\w\.[A-Za-z]{1,5}(\s+\([^)]*\))?$")


# Two fields or more written on one line, each a label and its value (skimr's team, `Michael Quinn Job Title:
# Quantitative Analyst at Google Project Contributions: Coder`; git-lfs's `Git Remote: https://... LFS Server:
# https://...`): a table's or a list's row flattened as often as a heading (the stand-ins' Markdown writes the shape
# in 74 lines of prose, 1 heading).
_FIELDS = _compile(r"^\S.*?\b[A-Z][\w-]*( [A-Za-z][\w-]*)?: \S.*\s[A-Z][\w-]*( [A-Za-z][\w-]*)?: \S")


# A speaker's turn that asks (Kubernetes' spotlights: `FSM: That's where CSI enters the game?`, `Sandipan: What's
# next for SIG Testing?`; an FAQ's `Q: Who hosts the model weights?`): 14 paragraphs of the corpora's Markdown, 3
# headings (`Background: what is unwinding?`).
_DIALOGUE = _compile(r"^[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}: .*\?$")


# Words from which a line between paragraphs may be a sentence (a caption, a stop left out) as well as a heading.
LONG_WORDS = 10
# A comparison's side: `Before: No Warning`, `After: Using StreamSchema with SchemaDirectory`.
_COMPARISON = _compile(r"^(?:Before|After):\s+\S")
# A line of two words or more, all of it in quotes (the Rust survey's `"Steep learning curve at the beginning"`,
# `"Thank you for making Rust awesome!"`; Black's FAQ heading `"The trailing comma isn't being removed by Black!"`;
# Inspektor Gadget's caption `"Architecture Diagram"` under its figure): a quotation set as a paragraph or a heading
# written as one, alike often (the corpora's Markdown, three words or more: 19 and 14).
_QUOTATION = _compile(r'^["“][^"“”\s]+(?:\s+[^"“”\s]+)+["”][.!?]?$|^["“][^"“”\s]+(?:\s+[^"“”\s]+)+[.!?]["”]$')


# A reference page's parts (`Examples`, `Description`) over their first sub-heading: the parent of the
# headings below it, never a bold label over a table or a snippet left out.
_PARENT_NAMES = frozenset({"examples", "description"})


def _is_parent(item: Line, before: Block, after: Line) -> bool:
    """A heading over a heading that the text shows to be the parent of the headings below it: a
    reference page's part (`Examples`, then `Commit a container`), the first of a numbered run
    (`Advanced Caching Patterns`, then `1. Hierarchical Caching`). Not the body's first heading
    alone (`Quick Start`, then `To install cbindgen, you just need to run`): the doubt covers the
    line below, a sentence read as a heading."""
    return normalize_heading(item.text) in _PARENT_NAMES or bool(_FIRST_OF_A_RUN.match(after.text))


# A numbered heading's first number (`1. Hierarchical Caching`, `Step 1: Install`).
_FIRST_OF_A_RUN = _compile(r"^(step\s+)?1[.):]?\s+\S", re.I)


def _stopped_heading(item: Block, before: Block | Line | None, after: Block | Line | None) -> bool:
    """One sentence of a heading's length with a full stop, right after a heading and right over code."""
    return isinstance(before, Line) and _is_code(after) and _heading_with_stop(item)


def _heading_with_stop(item: Block) -> bool:
    """One line, one sentence of a heading's length, with a full stop (`External program benchmarks have been
    removed.`)."""
    return (
        len(item.lines) == 1
        and final_char(item.text) == "."
        and len(item.text.split()) <= MAX_HEADING_WORDS
        and item.text.count(". ") == 0
    )


def _opening(text: str) -> tuple[str, ...]:
    return tuple(text.casefold().split()[:2])


def _one_exclamation(item: Block) -> bool:
    """One line, one sentence ending in `!` (`I can't run cargo test: my crate cannot be found for tests in tests/
    directory!`). In the five stand-ins' Markdown, the pages whose first heading exclaims (2) write 7 headings so
    before their content, and no paragraph."""
    return len(item.lines) == 1 and final_char(item.text) == "!" and not NEXT_SENTENCE.search(item.text)


def _asks(item: Block, after: Block | Line | None) -> bool:
    """A one-line question before the section's next block (`I have multiple grpc.Servers in my
    application. Can I register profiling with just one of them?`, then its answer): a FAQ's
    heading as often as a paragraph that asks. A question labelled `Q:` over its answer labelled `A:` is read as a
    paragraph (`prose_lines._faq_questions`), as hatch's FAQ writes it, and either way all the same: Kubernetes'
    spotlights set each `Q. ...?` as a heading over its `A. ...` paragraph. An aside in brackets after the question
    is left out (Gatsby's survey: `On a scale of 1–10, how likely are you to recommend it to a friend? (1–10
    scale)`)."""
    return len(item.lines) == 1 and final_char(ASIDE.sub("", item.text)) == "?" and isinstance(after, Block)


# The most words of a label over a list that reads either way.
LIST_LABEL_WORDS = 4


def _is_code(item: Block | Line | None) -> bool:
    return isinstance(item, Block) and item.kind is BlockKind.CODE


def _is_paragraph(item: Block | Line | None) -> bool:
    return isinstance(item, Block) and item.kind is BlockKind.PARAGRAPH


def _short_label(text: str) -> bool:
    """A line of fewer than five words ending in `:`, without a comma: `lead_ins`
    reads longer ones, or ones with a comma, as sentences; and so is one that
    reads as a sentence (`is_sentence_lead_in`)."""
    return (
        final_char(text) == ":"
        and "," not in text
        and len(text.split()) < LEAD_IN_WORDS
        and not is_known_heading(text)
        and not is_sentence_lead_in(text)
    )


def _speaks_or_exclaims(text: str) -> bool:
    """A heading that speaks, exclaims, or asks as a conversation goes on (`But what about moving a type?`, `So
    what should you expect next?`: 23 paragraphs of the corpora's Markdown ask so, 6 headings)."""
    words = text.casefold().replace("\u2019", "'").split()
    asks_on = final_char(text) == "?" and words[0].strip(",") in _GOING_ON if words else False
    return bool(words) and (words[0].strip(",") in SPEAKING or final_char(text) == "!" or asks_on)


_GOING_ON = frozenset("but and so or yet well".split())


def _long_heading(text: str) -> bool:
    """One line of more words than a heading has, but a heading's length in characters, without a stop."""
    return (
        MAX_HEADING_WORDS < len(text.split()) <= MAX_HEADING_WORDS + 4
        and len(text) <= MAX_HEADING_CHARS
        and final_char(text) not in ".,;…:!?"
    )


# A pointer into code: a class's dotted name and its member after `#` (`io.seata.tm.TransactionalTemplate#execute`).
_CODE_POINTER = _compile(r"^[a-z]\w*(\.\w+)+#\w+(\(.*\))?$")


def _answer(item: Block | Line | None) -> bool:
    return item is not None and (item.text if isinstance(item, Line) else item.lines[0].text).startswith("A: ")


# The most words of a title in title case written with stops.
TITLE_WORDS = 9


def _title_with_stops(item: Block) -> bool:
    """One line of nine words at most ending in a full stop, each word of four letters or more capitalised (two at
    least): a heading written with stops (Answer's `Email. Email. Email.`, `Tags. No Clutter.`)."""
    words = item.text.split()
    long = [w for w in words if sum(c.isalpha() for c in w) >= 4]
    return (
        len(item.lines) == 1
        and len(words) <= TITLE_WORDS
        and final_char(item.text) == "."
        and not item.text.endswith("..")
        and len(long) >= 2
        and all(w[:1].isupper() for w in long)
    )
