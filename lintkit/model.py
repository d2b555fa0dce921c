"""The data lintkit passes around: an article as parsed, and the findings about it.

Everything here is a frozen dataclass. Line numbers are 1-based and always
point inside the file they come from.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Annotated, Any, NamedTuple

from lintkit.memo import text_memo
from lintkit.records import GIVEN, SAME_FILE
from lintkit.text import fold, sentences, word_count, words


class Severity(enum.IntEnum):
    """How bad a finding is; the order lets `--fail-on` compare levels."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return _SEVERITY_LABELS[self]  # looked up: every finding of a report asks

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {text!r} (expected error, warning or info)") from None


_SEVERITY_LABELS = {s: s.name.lower() for s in Severity}


class BlockKind(enum.Enum):
    PARAGRAPH = "paragraph"
    CODE = "code"
    LIST = "list"
    CAPTION = "caption"


class Line(NamedTuple):
    """One line of text at its place in the file.

    A named tuple, as MetaItem is: the parser makes one per line, and a
    frozen dataclass costs three times as much to create."""

    text: str
    line: int
    column: int = 1


@text_memo
def folded(text: str) -> str:
    """`text.fold`, memoised."""
    return fold(text)


@text_memo
def sentence_words(text: str) -> tuple[tuple[int, str, tuple[str, ...]], ...]:
    """Each sentence of the text with its offset and its words, memoised."""
    return tuple((offset, sentence, tuple(words(sentence))) for offset, sentence in sentences(text))


@text_memo
def words_in(text: str) -> int:
    """`text.word_count`, memoised."""
    return word_count(text)


@dataclass(frozen=True)
class Block:
    """A run of lines in the body: a prose paragraph, a code block or a list.

    `text` is the block's lines joined with newlines, as cleaned by the parser
    (no trailing spaces, no-break spaces turned into spaces); `lines` keeps
    each line with its number, so a rule can point inside the block.
    """

    kind: BlockKind
    lines: tuple[Line, ...]

    @property
    def line(self) -> int:
        return self.lines[0].line

    @property
    def end_line(self) -> int:
        return self.lines[-1].line

    # Computed once each, as the rules, the scores and the corpus index all ask.

    @functools.cached_property
    def text(self) -> str:
        lines = self.lines
        return lines[0].text if len(lines) == 1 else "\n".join([ln.text for ln in lines])

    @functools.cached_property
    def folded(self) -> str:
        """The text with case folded and whitespace collapsed: a paragraph's identity."""
        return folded(self.text)

    @functools.cached_property
    def sentence_words(self) -> tuple[tuple[int, str, tuple[str, ...]], ...]:
        """Each sentence (`text.sentences`) with its offset in `text` and its words (`text.words`)."""
        return sentence_words(self.text)

    @functools.cached_property
    def word_count(self) -> int:
        """The words of the text (as many as its sentences have: no word spans two)."""
        return words_in(self.text)

    @functools.cached_property
    def items(self) -> tuple[Line, ...]:
        """For a list block: each item's text without its bullet."""
        return tuple(Line(strip_bullet(ln.text), ln.line, ln.column) for ln in self.lines)


@dataclass(frozen=True)
class Caption:
    """The body's image caption: the caption line and its `image source:` line."""

    text: str
    line: int
    source: str | None
    source_line: int | None
    # The caption as repeated in front of `. image source:` (None when absent).
    repeated: str | None = None


@dataclass(frozen=True)
class Section:
    heading: Line
    blocks: tuple[Block, ...]

    # Computed once each: the rules ask for them many times per article.

    @functools.cached_property
    def name(self) -> str:
        return normalize_heading(self.heading.text)

    @functools.cached_property
    def paragraphs(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind is BlockKind.PARAGRAPH)

    @property
    def code_blocks(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind is BlockKind.CODE)

    @functools.cached_property
    def list_items(self) -> tuple[Line, ...]:
        return tuple(item for b in self.blocks if b.kind is BlockKind.LIST for item in b.items)


class FieldKind(enum.Enum):
    SCALAR = "scalar"
    LIST = "list"
    KEY_VALUE = "key-value"
    RECORDS = "records"


class MetaItem(NamedTuple):
    """One `  • value` or `    • key: value` line under a list field."""

    text: str
    line: int
    indent: int
    key: str | None = None
    value: str | None = None


@dataclass(frozen=True)
class MetaField:
    """A field of the meta block as written.

    `value` is the text after the label on the label's own line (scalar form);
    `items` are the bullet lines under it (list form). A field meant to be a
    list but written inline keeps its inline text in `value`, so rules can say
    so instead of the parser guessing.
    """

    name: str
    kind: FieldKind
    line: int
    value: str
    items: tuple[MetaItem, ...] = ()

    @property
    def end_line(self) -> int:
        return self.items[-1].line if self.items else self.line

    def get(self, key: str) -> MetaItem | None:
        """The first `key: value` item with this key."""
        for item in self.items:
            if item.key == key:
                return item
        return None

    def records(self, first_key: str) -> tuple[tuple[MetaItem, ...], ...]:
        """Group `key: value` items into records; a record starts at `first_key`
        or when a key repeats within the current record."""
        out: list[tuple[MetaItem, ...]] = []
        current: list[MetaItem] = []
        for item in self.items:
            keys = {i.key for i in current}
            if current and (item.key == first_key or item.key in keys):
                out.append(tuple(current))
                current = []
            current.append(item)
        if current:
            out.append(tuple(current))
        return tuple(out)


@dataclass(frozen=True)
class Meta:
    """The `alphanode post meta` block."""

    line: int
    fields: tuple[MetaField, ...]
    # Lines inside the block that are neither a known field nor a list item.
    stray: tuple[Line, ...] = ()
    end_line: int = 0

    def get(self, name: str) -> MetaField | None:
        for f in self.fields:
            if f.name == name:
                return f
        return None

    def scalar(self, name: str) -> MetaField | None:
        """The field if it is present and written on one line with a value."""
        f = self.get(name)
        return f if f is not None and f.value else None


class ProblemKind(enum.Enum):
    UNREADABLE = "unreadable"
    MISPLACED = "misplaced"


@dataclass(frozen=True)
class Problem:
    """Something the parser could not make sense of; a structure rule reports it."""

    kind: ProblemKind
    message: str
    line: int = 1
    column: int = 1


@dataclass(frozen=True, eq=False)
class Article:
    """One parsed article. Identity-hashed (eq=False) so per-article analyses
    can be memoised cheaply by the rules that share them."""

    path: str
    # Cleaned lines, index 0 = line 1; empty when the file could not be read.
    lines: tuple[str, ...] = ()
    # The decoded text exactly as read (line ends, BOM, trailing spaces kept).
    text: str = field(default="", repr=False)
    format: str = "alphanode"
    readable: bool = True
    breadcrumb: Line | None = None
    title: Line | None = None
    # Blocks between the title and the first heading (intro, captions, ...).
    lead: tuple[Block, ...] = ()
    captions: tuple[Caption, ...] = ()
    sections: tuple[Section, ...] = ()
    meta: Meta | None = None
    trailer_line: int | None = None
    problems: tuple[Problem, ...] = ()

    @property
    def line_count(self) -> int:
        return max(1, len(self.lines))

    @property
    def intro(self) -> Block | None:
        for b in self.lead:
            if b.kind is BlockKind.PARAGRAPH:
                return b
        return None

    def section(self, name: str) -> Section | None:
        for s in self.sections:
            if s.name == name:
                return s
        return None

    @property
    def checklist(self) -> Section | None:
        return self.section(CHECKLIST_HEADING)

    @property
    def final_notes(self) -> Section | None:
        return self.section(FINAL_NOTES_HEADING)

    @property
    def body_sections(self) -> tuple[Section, ...]:
        """Sections of the body proper: not the checklist, not the final notes."""
        return tuple(s for s in self.sections if s.name not in (CHECKLIST_HEADING, FINAL_NOTES_HEADING))

    def prose(self) -> tuple[Block, ...]:
        """Every prose paragraph a reader reads, in order: lead, sections, final notes."""
        return self._prose

    @functools.cached_property
    def _prose(self) -> tuple[Block, ...]:
        out = [b for b in self.lead if b.kind is BlockKind.PARAGRAPH]
        for s in self.sections:
            out += s.paragraphs
        return tuple(out)

    def code_blocks(self) -> Iterator[Block]:
        for b in self.lead:
            if b.kind is BlockKind.CODE:
                yield b
        for s in self.sections:
            yield from s.code_blocks


class Location(NamedTuple):
    """A place in a file (a named tuple, as Line: many are made, from cached results too)."""

    # Stored without its name when it is the finding's own file: the next run may name it otherwise.
    path: Annotated[str, SAME_FILE]
    line: int
    column: int = 1


@dataclass(frozen=True)
class Finding:
    """One thing a rule found. The code never travels inside the message."""

    code: str
    name: str
    category: str
    severity: Severity
    message: str
    path: str = field(metadata=GIVEN)  # the file's, given back when a stored finding is read
    line: int
    column: int = 1
    end_line: int | None = None
    related: tuple[Location, ...] = ()
    # The text of the element the finding is about: what a baseline matches
    # on, so that a finding survives lines moving around it.
    anchor: str = field(default="", compare=False)

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.code)

    @classmethod
    def from_values(cls, values: Iterable[Any]) -> Finding:
        """A finding from all its field values in order, as a record keeps
        them: twice as fast as the frozen __init__, which matters when a run
        reads back a hundred thousand findings from its cache."""
        finding = object.__new__(cls)
        finding.__dict__.update(zip(_FINDING_FIELDS, values, strict=True))
        return finding


_FINDING_FIELDS = tuple(Finding.__dataclass_fields__)


CHECKLIST_HEADING = "implementation checklist"
FINAL_NOTES_HEADING = "final notes"
META_HEADING = "alphanode post meta"
TRAILER = "similar posts"

BULLETS = "•‣◦▪*-"


def strip_bullet(text: str) -> str:
    s = text.lstrip()
    if s and s[0] in BULLETS:
        return s[1:].strip()
    return s.strip()


def normalize_heading(text: str) -> str:
    return " ".join(text.split()).casefold()
