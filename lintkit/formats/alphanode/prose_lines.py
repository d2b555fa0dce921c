"""Heading-like lines that are paragraphs where they stand.

Alone, a short line without a full stop reads as a heading. Beside what comes before and after it, many are
the post's sentences: a lead-in ending in `:` before code or a list (`Add this to Cargo.toml:`), or one that
drops its `:` but speaks to the reader (`Let's see this in action below`), an exclamation opening a section, a
line joining two snippets (`or`), a section's closing sentence, a one-line paragraph between two headings
(`License`, `MIT`, `Contributing`). These passes, in order over the body's headings (Line) and blocks, make
such lines one-line paragraphs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import islice, pairwise

from lintkit.compiled import pattern as _compile
from lintkit.formats.alphanode.chunks import (
    chunk_rows,
    final_char,
    is_code,
    is_known_heading,
    is_one_line,
    make_block,
    words_only,
)
from lintkit.formats.alphanode.closing import read_closing_call
from lintkit.formats.alphanode.heading_lines import CHANGE_ENTRY, is_signature, signs_off
from lintkit.formats.alphanode.lead_ins import LEAD_IN_WORDS, lead_ins, leads_in_unmarked, speaks
from lintkit.formats.alphanode.schema import normalize_heading
from lintkit.model import Block, BlockKind, Line


def read_prose_lines(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """The heading-like lines the passes below read as paragraphs, made paragraphs."""
    blocks = _people_named(blocks, lines)
    blocks = lead_ins(_between_code(_as_paragraphs(blocks, lines, _labels_code), lines), lines)
    blocks = _as_paragraphs(_as_paragraphs(blocks, lines, leads_in_unmarked), lines, _opens_with_exclamation)
    blocks = _as_paragraphs(blocks, lines, _person_speaks)
    blocks = lead_ins(blocks, lines)  # again: a lead-in before a line just read as a paragraph (`... Xmas!`)
    # A dateline before the lines alone between two headings: `Changelog`, `v4.3.5`, `27 October 2026`, then the
    # changes is a version's heading over its date, not a paragraph of `Changelog` over a heading `27 October 2026`.
    blocks = _as_paragraphs(_closing_lines(blocks, lines), lines, _dateline)
    blocks = _as_paragraphs(_between_headings(read_closing_call(blocks, lines), lines), lines, is_callout_aside)
    blocks = _as_paragraphs(blocks, lines, signs_off)  # a farewell after the signature just read (`Happy Coding!`)
    if any(is_one_line(b) and _run_head(b.text) for b in blocks):  # most posts have no run of links to walk back over
        blocks = _as_paragraphs(blocks, lines, _under_links_or_author)
    return _faq_questions(_label_series(blocks, lines), lines)


def _under_links_or_author(out: list[Block | Line], k: int) -> bool:
    """A line in the run of lines under a heading naming links (ShardingSphere's `Relevant Links:`, then `🔗 Apache
    ShardingSphere GitHub`, each a link's text on its line) but the run's last over a longer block (a heading of
    what follows); or one of the first lines under an `Author` heading (`Chuxin CHEN`, then the
    author's role)."""
    head = k - 1  # back over the run (lines alone, some read as paragraphs so far) to its heading (or lead-in)
    while head >= max(0, k - RUN_LINES) and is_one_line(out[head]) and not _run_head(out[head].text):
        head -= 1
    if head < max(0, k - RUN_LINES) or not is_one_line(out[head]) or is_known_heading(out[k].text):
        return False
    if words_only(out[head].text) in _AUTHOR_HEADS:
        return k - head <= AUTHOR_LINES
    return is_one_line(out[k + 1]) and not _run_head(out[k].text)


def _run_head(text: str) -> bool:
    """A heading of links (`Links`, `Relevant Links:`, `Apache ShardingSphere Project Links:`, `References`) or of
    the author."""
    words = words_only(text)
    if words in _AUTHOR_HEADS or words in _REFERENCE_HEADS:
        return True
    if words.startswith("read more") and final_char(text) not in ".!?":
        return True  # SigNoz's `Read more about OpenTelemetry 👇` (not Tekton's sentence `Read more about LTS ...`)
    return words == "links" or (words.endswith(" links") and len(words.split()) <= 5)


_AUTHOR_HEADS = frozenset({"author", "authors", "about the author", "about the authors"})
# KubeSphere's `Reference`, over the titles of the pages it links; SigNoz's `Related Posts`, over theirs. (Not
# `Further reading`: an empty section's usual heading, the next heading's paragraph under it read as a title's.)
_REFERENCE_HEADS = frozenset({"reference", "references", "see also", "related posts", "related articles"})
AUTHOR_LINES = 2
RUN_LINES = 12  # the most lines of a run of links' texts


def _people_named(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """The people a paragraph names, one a paragraph after it (Beam's release posts: `According to git shortlog, the
    following people contributed to the 2.47.0 release.`, then `Ahmed Abualsaud`, `Ahmet Altay`, ... `zhangskz`):
    paragraphs, not headings each over the next name. Six names or more after such a lead-in: 4 runs of the
    corpora's Markdown, all paragraphs (a shorter run is as often headings: `Contributors`, then sections)."""
    out = list(blocks)
    for k, item in enumerate(out):
        if isinstance(item, Line) or item.kind is not BlockKind.PARAGRAPH or not _PEOPLE.search(item.text):
            continue
        end = k + 1
        while end < len(out) and _one_name(out[end]):
            end += 1
        if end - k - 1 >= NAMES_RUN:
            out[k + 1 : end] = [make_block(BlockKind.PARAGRAPH, lines, chunk_rows(b)) for b in out[k + 1 : end]]
    return out


# Names one a paragraph after their lead-in, at least: a list of people, not a post's sections.
NAMES_RUN = 6
_PEOPLE = _compile(r"\b(contributors?|contributed|people)\b", re.I)
# A person's name or handle (`Jiangjie (Becket) Qin`, `Jasper Van den Bossche`, `ChangyuLi28`, `dependabot[bot]`),
# perhaps with whom they work for in brackets (Valkey's `Niharika Bhavaraju (Google Cloud Platform)`).
_NAME = _compile(r"^[\w.'’()\[\]@-]+( [\w.'’()\[\]@-]+){0,3}( \([\w.&,' -]{2,30}\))?$")


def _one_name(item: Block | Line) -> bool:
    text = item.text
    return is_one_line(item) and len(text) <= 72 and _NAME.match(text) is not None and not is_known_heading(text)


# A comparison's or a run's label right over its code (etcd's `Before` and `After` over Go, `Output`): in
# the six stand-ins' Markdown a paragraph over code 80 times, a heading over code never.
_CODE_LABELS = frozenset({"before", "after", "before and after", "output"})


def _labels_code(out: list[Block | Line], k: int) -> bool:
    after = out[k + 1]
    return isinstance(after, Block) and after.kind is BlockKind.CODE and words_only(out[k].text) in _CODE_LABELS


def _faq_questions(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """A question opening on `Q:` where the answers open on `A:` as paragraphs (hatch's FAQ: `Q: Must one use
    all features?`, `A: No, all features are optional! ...`): the post labels both alike, so the question is
    a paragraph as its answer is, not a heading over it."""
    if not any(isinstance(b, Block) and b.kind is BlockKind.PARAGRAPH and _ANSWER.match(b.text) for b in blocks):
        return blocks
    return _as_paragraphs(blocks, lines, lambda out, k: bool(QUESTION_LABEL.match(out[k].text)))


QUESTION_LABEL = _compile(r"^Q[:.] \S")
_ANSWER = _compile(r"^A[:.] \S")


def _label_series(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """A label ending in `:` that the article writes more than once is read one way through it: a
    paragraph wherever one of its lines is read as one (fastapi's prompt page: `Example:` over
    `Source (English):`, a heading after a paragraph, a paragraph after a list item). A post that
    repeats a label writes it the same way each time, and where the text shows one a lead-in, all are.
    A line right after a label of a series (`Source (English):`, `Hello`, `Result (German):`, `Hallo`) is
    the sample it leads into, a tab's text shown as the page shows it, not a heading."""
    leads = {b.text for b in blocks if _is_label(b)}
    if not leads:
        return blocks
    # The same shape: a label right over a label (`Example:`, then `Source (English):`), read once as a paragraph.
    stacked = any(_is_label(b) and _is_label(blocks[k + 1]) for k, b in enumerate(blocks[:-1]))
    # A series: short labels opening on the same word (`Source (English):`, `Source (Spanish):`) three times or more.
    firsts = Counter(b.text.split()[0] for b in blocks if _is_short_label(b))
    series = {word for word, n in firsts.items() if n >= SERIES}
    return _as_paragraphs(
        blocks,
        lines,
        lambda out, k: (
            not is_known_heading(out[k].text)
            and (
                (final_char(out[k].text) == ":" and (out[k].text in leads or (stacked and _is_label(out[k + 1]))))
                or (_follows_series(out, k, series) and "](" not in out[k].text)
            )
        ),
    )


def _follows_series(out: list[Block | Line], k: int, series: set[str]) -> bool:
    """Right after a series' label, with nothing of its own under it: the series' next label or a heading."""
    before, after = out[k - 1], out[k + 1]
    return _in_series(before, series) and (_in_series(after, series) or isinstance(after, Line))


def _in_series(item: Block | Line, series: set[str]) -> bool:
    """A label opening on a series' word (`Source (English) - Here there is nothing to translate ...:`)."""
    return _is_label(item) and item.text.split()[0] in series


def _is_short_label(item: Block | Line) -> bool:
    """A label of fewer words than a sentence leading in (`Source (English):`)."""
    return _is_label(item) and len(item.text.split()) < LEAD_IN_WORDS


# A label's first word opening this many labels of an article makes them a series (`Source`, `Result`).
SERIES = 3


def _is_label(item: Block | Line) -> bool:
    """A one-line paragraph ending in `:`."""
    return (
        isinstance(item, Block)
        and item.kind is BlockKind.PARAGRAPH
        and len(item.lines) == 1
        and final_char(item.text) == ":"
    )


# A line right after a heading, ending in `!`, of this many words: a sentence opening the section.
EXCLAIMED_WORDS = 6


def _opens_with_exclamation(out: list[Block | Line], k: int) -> bool:
    """A heading-like line right after a heading that exclaims a sentence of
    six words or more (`What's next?`, then `Currently, we're really excited
    about using Great Tables in different ways!`) is the section's first
    paragraph: read as a heading it would leave the one before empty. A
    short exclamation is a heading (`Let's LaTeX!`)."""
    before, item, after = out[k - 1], out[k], out[k + 1]
    return (
        isinstance(before, Line)
        and isinstance(after, Block)
        and final_char(item.text) == "!"
        and len(item.text.split()) >= EXCLAIMED_WORDS
        and not is_known_heading(before.text)
        and not is_known_heading(item.text)
    )


def _person_speaks(out: list[Block | Line], k: int) -> bool:
    """A heading-like line of eight words or more whose subject is the writer or the reader, before a
    verb (`As we can see, none of these outputs are even phone numbers!`, `With our prompt ready we can
    now generate 10 example phone numbers`): a sentence wherever it stands. In the stand-ins' Markdown,
    21 paragraphs of eight to twelve words are written so, and no heading; a heading asking is left. A line
    with such a clause is a sentence too (`... starts when you call fastify.listen()`, its stop left out)."""
    text = out[k].text
    return (
        len(text.split()) >= SENTENCE_WORDS
        and final_char(text) != "?"
        and not is_known_heading(text)
        and not _WHY_OR_HOW.match(text)
        and bool(_PERSON_VERB.search(text.replace("\u2019", "'")) or _PERSON_CLAUSE.search(text))
    )


# A heading saying why or how the writer or the reader does a thing (authentik's `Why you should use one container per
# service`, `How we can improve`): 37 headings of the corpora's Markdown open so, no paragraph (`What we want is ...` is
# a sentence's subject: 2 paragraphs).
_WHY_OR_HOW = _compile(r"(?i:why|how) (?i:you|we|I)\b")


# The writer or the reader as a sentence's subject, then its verb: `we can`, `I have` (not `you're`: `Enable the cargo
# features for the APIs you're using` is a heading; nor a verb in title case: Longhorn's `Observability: Because You
# Can't Fix What You Can't See`).
_PERSON_VERB = _compile(r"\b(?i:we|you|I)\s+(can|could|will|would|should|must|now|are|have|need|see|get)\b")


# A clause whose subject is the writer or the reader (`Plugin loading starts when you call fastify.listen(),
# fastify.inject() or fastify.ready()`, its stop left out; mimeo's `In directory where you downloaded mimeo to run`):
# 18 paragraphs of the seven stand-ins' Markdown without their stop are written so, no heading but a question. Not
# opening the line: `If you do want to utilize parent-child streams`, `When you do NOT need to install undici` are
# headings as often as ReScript's `If we add a wild card to match any encoding` is a lead-in.
_PERSON_CLAUSE = _compile(r"\b(when|if|once|after|before|until|unless|where) (you|we) [a-z]+")


# A date alone: `27 October 2026`, `October 27, 2026`, `2026-10-27`.
_DATE = _compile(r"^(\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}|\d{4}-\d{2}-\d{2})$")


def _dateline(out: list[Block | Line], k: int) -> bool:
    """A date alone right under a heading, over its content, is its dateline (cibuildwheel's `v4.3.5`, `27 October
    2026`, then the changes), a paragraph; not a timeline's first date, another after content below it (crates.io's
    postmortem: `Timeline`, `2023-07-19`, its events, `2023-07-20`), looked for lazily: no copy of `out` per line."""
    before, item, after = out[k - 1], out[k], out[k + 1]
    dated = (type(o) is Line and type(p) is Block and _DATE.match(o.text) for p, o in islice(pairwise(out), k, None))
    return (
        isinstance(before, Line)
        and isinstance(after, Block)
        and _DATE.match(item.text.strip()) is not None
        and not is_known_heading(before.text)
        and not any(dated)
    )


def _between_headings(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """A heading-like line alone between two headings is the first one's one-line paragraph (`License`, `MIT`,
    `Contributing`): read as a heading, it would leave both sections empty, which no post means. Headings the
    export names (`final notes`, the checklist's) stay headings."""
    return _as_paragraphs(blocks, lines, _alone_between_headings)


def _alone_between_headings(out: list[Block | Line], k: int) -> bool:
    before, item, after = out[k - 1], out[k], out[k + 1]
    return (
        isinstance(before, Line)
        and isinstance(after, Line)
        and not is_known_heading(before.text)
        and not is_known_heading(item.text)
        and not any(CHANGE_ENTRY.match(b.text) for b in (item, after))  # a change log's entry, its category over it
        and not _SUBSECTION.match(item.text)
        and not _named_below(item.text, after.text)
        and not _run_head(item.text)  # `Author` over the author's name, `Relevant Links:` over the links' texts
    )


def _named_below(text: str, below: str) -> bool:
    """A heading of three words at most that the heading under it names whole (rustwasm's `RFCs`, then `New RFCs`):
    its first subsection, as in 9 headings of the corpora's Markdown and no paragraph."""
    words, under = text.casefold().split(), below.casefold().split()
    return (
        0 < len(words) <= 3
        and len(under) > len(words)
        and final_char(text) not in ".!?:"
        and all(w in under for w in words)
    )


# A subsection numbered after its section (Hudi's `6.1 Working time axis`, `2.2 Spark SQL`): 60 headings of the
# corpora's Markdown, no paragraph; alone between two headings it is the first one's first subsection.
_SUBSECTION = _compile(r"^\d{1,2}\.\d{1,2}\.? [A-Z]")


# Words that join two snippets in a sentence (`or`, `is roughly`, `becomes`), never a heading's first.
_CONNECTIVES = frozenset("or and is are becomes become gives yields returns prints outputs vs versus then".split())


def _between_code(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """A heading-like line between two code blocks that starts with a word
    joining them (`or`, `is roughly`, `becomes`) is a one-line paragraph:
    the post compares two snippets, it opens no section."""
    return _as_paragraphs(blocks, lines, _joins_two_snippets)


def _joins_two_snippets(out: list[Block | Line], k: int) -> bool:
    words = out[k].text.split()
    return (
        is_code(out[k - 1])
        and is_code(out[k + 1])
        and bool(words)
        and words[0].rstrip(":,").casefold() in _CONNECTIVES
        and not is_known_heading(out[k].text)
    )


# A heading-like line of this many words, with nothing under it, reads as a sentence.
SENTENCE_WORDS = 8


def _closing_lines(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """A heading-like line between a section's content and the next heading that reads as a sentence is the section's
    last paragraph, not a heading with nothing under it: it ends in `!` or `:` (`Run make help to see all the
    available actions!`, `Checkout the docs for more! 🎉`, a lead-in whose table the export left out), runs to eight
    words or more (`Sphinx AutoAPI is considering Griffe as a data extraction backend`; a question so only over the
    export's own heading: over a post's it heads a part), or leads in as `leads_in_unmarked` reads it (`This will
    output the following`, its output an image the export left out), or signs the post off. An empty section's
    heading is short and says what was to be written (`Further reading`). When a heading-like line follows, the line
    between is left to `_between_headings` (`License`, `MIT`, `Contributing`), unless it ends in `:` (`Looks like
    this:`, then `License`, `MIT`) or signs the post off, a farewell after it (VS Code's `Thanks,`, `Dirk and the VS
    Code team`, `Happy Coding!`). So is a link to the post's code (`Source code`) or the writer's byline (`By Carmi
    Grushko`) after its content."""
    return _as_paragraphs(blocks, lines, _closes_a_section)


def _closes_a_section(out: list[Block | Line], k: int) -> bool:
    before, item, after = out[k - 1], out[k], out[k + 1]
    signs = isinstance(before, Block) and is_signature(item.text, before.lines[-1].text)
    return (
        isinstance(before, Block)
        and isinstance(after, Line)
        and (final_char(item.text) == ":" or not (k + 2 < len(out) and isinstance(out[k + 2], Line)) or signs)
        and not is_known_heading(item.text)
        and (
            final_char(item.text) in ("!", ":")
            or (
                len(item.text.split()) >= SENTENCE_WORDS
                and (item.text[-1:] != "?" or is_known_heading(after.text))
                and not CHANGE_ENTRY.match(item.text)  # Pulsar's `Fix namespace cannot be deleted by force (PR-18307)`
                and not _PART_TITLE.match(item.text)
            )
            or speaks(item.text)
            or signs
            or bool(_SOURCE_LINK.match(item.text) or _BYLINE.match(item.text))
        )
    )


# A link to the post's code, its last line (RabbitMQ's `[Source code](https://github.com/...)`).
_SOURCE_LINK = _compile(r"^(full |complete |the )?source( code)?( on github)?$", re.I)
# The writer's byline, the post's last line (Bazel's `_By [Carmi Grushko](https://github.com/cgrushko)_`).
_BYLINE = _compile(r"^By [A-Z][\w.-]+( [A-Z][\w.-]+){1,3}$")


# A numbered part's title over its first subsection (QuestDB's `Part 2: Why we set out to build QuestDB`, then `When
# it all started 7 years ago`): of eight words or more, 44 headings of the corpora's Markdown, 2 paragraphs (not a
# figure's caption, a question or a sentence).
_PART_TITLE = _compile(r"^(?!(Figure|Fig|Table|Listing) )[A-Z][a-z]+ #?(\d+|[IVX]+): [A-Z].*[^?.!:]$")


# A callout's title alone (`Note`, `Warning`): a page's boxed aside, written as a bold line or a heading.
CALLOUTS = frozenset("note notes warning tip important caution info hint danger".split())


def is_callout(text: str) -> bool:
    return normalize_heading(text).rstrip(":!") in CALLOUTS


def is_callout_aside(out: list[Block | Line], k: int) -> bool:
    """A callout's title over a one-paragraph aside (`> **Note**` as a page shows it), a one-line paragraph where the
    text tells: more prose after the aside (`Note`, `The --kernel-memory option has been deprecated since Docker
    20.10.`, `For example, if you started a container with this command:`), which as a heading it would own, though
    it goes on with what came before; or a heading right over it and another after its aside (`Description`, `Note`,
    `This is a cluster management command...`, `Examples`): as a heading it would be the one sub-heading of a
    section with nothing of its own, where sub-headings come in runs (`Info`, `Warning`, `Error`)."""
    after = out[k + 1] if k + 1 < len(out) else None
    then = out[k + 2] if k + 2 < len(out) else None
    if not (
        is_callout(out[k].text)
        and normalize_heading(out[k].text).rstrip(":!") != "notes"  # 13 headings to 6 paragraphs: a section's
        and isinstance(after, Block)
        and after.kind is BlockKind.PARAGRAPH
        and len(after.lines) == 1
        and final_char(after.text) != ":"
    ):
        return False
    if isinstance(then, Block):
        return then.kind is BlockKind.PARAGRAPH and len(then.text.split()) >= LEAD_IN_WORDS
    return k > 0 and isinstance(out[k - 1], Line) and not (then is not None and is_callout(then.text))


def _as_paragraphs(
    blocks: list[Block | Line], lines: list[str], reads_as_prose: Callable[[list[Block | Line], int], bool]
) -> list[Block | Line]:
    """Each heading-like line with something on both sides that `reads_as_prose`
    (given the items so far and its position) as a one-line paragraph, in
    order: a line made a paragraph is a paragraph to the next one's test."""
    out = list(blocks)
    for k in range(1, len(out) - 1):
        item = out[k]
        if isinstance(item, Line) and reads_as_prose(out, k):
            out[k] = make_block(BlockKind.PARAGRAPH, lines, [item.line - 1])
    return out
