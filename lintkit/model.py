"""The data lintkit passes around: an article as parsed, and the findings about it.

The article model is neutral: every input format (lintkit.formats) parses
into it, and rules read it without knowing the format. A format sets each
section's role (body, checklist, final notes), gives the article's meta as
fields by canonical key with their lines (lintkit.facts maps them to values),
and lists every image in one list whatever its origin. What only one format
has (the alphanode export's meta block as written, its breadcrumb residue)
stays in `Article.syntax`, for the rules declared for that format.

Everything here is frozen. Line numbers are 1-based and always point inside
the file they come from.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import field
from typing import Annotated, Any, NamedTuple

from lintkit.memo import text_memo
from lintkit.records import GIVEN, SAME_FILE
from lintkit.structs import cached_property, dataclass
from lintkit.text import fold, sentences, words


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
    TABLE = "table"  # a table's cells are its items; words a reader reads, not paragraphs
    MARKUP = "markup"  # content that is not text: raw HTML, an image alone, a template tag (its line, no text)


class Line(NamedTuple):
    """One line of text at its place in the file.

    A named tuple: the parser makes one per line, and a frozen dataclass
    costs three times as much to create."""

    text: str
    line: int
    column: int = 1


@text_memo
def folded(text: str) -> str:
    """`text.fold`, memoised."""
    return fold(text)


# A sentence as the scores and DUP005 read it: (offset in the text, end, words, first word).
SentenceCounts = tuple[int, int, int, str]


@text_memo
def sentence_words(text: str) -> tuple[SentenceCounts, ...]:
    """Each sentence of the text (`text.sentences`): where it is, how many words
    it has and its first word (`text.words`), memoised. Not the words
    themselves: kept for the last 4,096 texts, they made this the largest memo."""
    out = []
    for offset, sentence in sentences(text):
        found = words(sentence)
        out.append((offset, offset + len(sentence), len(found), found[0] if found else ""))
    return tuple(out)


@text_memo
def words_in(text: str) -> int:
    """`text.word_count`, memoised: the words of the text's sentences (no word
    holds the white space sentences are split at), which the scores and DUP005
    split it into anyway; counted again, the text was read twice."""
    return sum(n for _, _, n, _ in sentence_words(text))


@dataclass(frozen=True)
class Block:
    """A run of lines in the body: a prose paragraph, a code block or a list.

    `text` is the block's lines joined with newlines, as cleaned by the parser
    (no trailing spaces, no-break spaces turned into spaces); `lines` keeps
    each line with its number, so a rule can point inside the block.
    """

    kind: BlockKind
    lines: tuple[Line, ...]
    # A list block's items, each without its list marker (set by the format).
    items: tuple[Line, ...] = ()
    # A code block's language as the text declares it (a fenced block's info
    # string); None when the format has no way to say.
    language: str | None = None

    @property
    def line(self) -> int:
        return self.lines[0].line

    @property
    def end_line(self) -> int:
        return self.lines[-1].line

    # Computed once each, as the rules, the scores and the corpus index all ask.

    @cached_property
    def text(self) -> str:
        lines = self.lines
        return lines[0].text if len(lines) == 1 else "\n".join([ln.text for ln in lines])

    @cached_property
    def folded(self) -> str:
        """The text with case folded and whitespace collapsed: a paragraph's identity."""
        return folded(self.text)

    @cached_property
    def sentence_words(self) -> tuple[SentenceCounts, ...]:
        """Each sentence (`text.sentences`): its offset in `text`, its end, how many
        words it has and its first word (`text.words`)."""
        return sentence_words(self.text)

    @cached_property
    def word_count(self) -> int:
        """The words of the text (as many as its sentences have: no word spans two)."""
        return words_in(self.text)


class Role(enum.Enum):
    """What a section is for, as the format tells: rules find sections by role, never by heading text."""

    BODY = "body"
    CHECKLIST = "checklist"
    FINAL_NOTES = "final notes"


@dataclass(frozen=True)
class Section:
    """A heading and the blocks under it, up to the next heading."""

    heading: Line
    blocks: tuple[Block, ...]
    role: Role = Role.BODY
    # The heading's depth (Markdown's `##` is 2): sections are listed in order,
    # and a section holds those of greater depth that follow it.
    level: int = 1

    # Computed once each: the rules ask for them many times per article.

    @cached_property
    def paragraphs(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind is BlockKind.PARAGRAPH)

    @property
    def code_blocks(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind is BlockKind.CODE)

    @cached_property
    def list_items(self) -> tuple[Line, ...]:
        return tuple(item for b in self.blocks if b.kind is BlockKind.LIST for item in b.items)


class Field(NamedTuple):
    """A meta value and the line it is on.

    `value` is what the format read: a string for a one-line value, as
    written (stripped); a tuple of `Field`s for a list; a tuple of records
    (`Mapping[str, Field]`) for a list of records. lintkit.facts turns it
    into what a rule needs (a date, an integer, a list of items)."""

    value: Any
    line: int


class Fields:
    """An article's meta by canonical key (`last_reviewed`, `reading_time`...):
    each key's first occurrence, as readers of the export take it."""

    __slots__ = ("_fields",)

    def __init__(self, fields: Mapping[str, Field] | None = None) -> None:
        self._fields: Mapping[str, Field] = fields or {}

    def get(self, key: str) -> Field | None:
        return self._fields.get(key)

    def __contains__(self, key: object) -> bool:
        return key in self._fields

    def __repr__(self) -> str:
        return f"Fields({dict(self._fields)!r})"


NO_FIELDS = Fields()


class ImageOrigin(enum.Enum):
    RECORD = "record"  # declared in the meta (source, url, caption)
    BODY = "body"  # the export's caption line in the text (caption, `image source:`)
    MARKUP = "markup"  # an image element of the text (Markdown `![alt](src)`, HTML `<img>`): url and alt


@dataclass(frozen=True)
class Image:
    """One image of the article, wherever it is declared. A part the origin
    does not have is None; a part present but empty is a Field with ''."""

    origin: ImageOrigin
    line: int
    url: Field | None = None
    source: Field | None = None
    caption: Field | None = None
    # A body caption as the text repeats it (the alphanode export writes it
    # again before `. image source:`), when it does.
    repeated: Field | None = None
    # An image element's alternative text (None: it has none).
    alt: Field | None = None
    # Marked decorative by the text (HTML `alt=""`): it needs no alternative text.
    decorative: bool = False


class ProblemKind(enum.Enum):
    UNREADABLE = "unreadable"
    MISPLACED = "misplaced"
    # The meta block (Markdown's front matter) does not parse: what it says, a title included, is unknown.
    UNPARSED_META = "unparsed-meta"


@dataclass(frozen=True)
class Problem:
    """Something the parser could not make sense of; a structure rule reports it."""

    kind: ProblemKind
    message: str
    line: int = 1
    column: int = 1


class Suppression(NamedTuple):
    """Findings a comment in the file turns off: those of these codes or
    prefixes (none: every code) on lines `start` to `end`, inclusive."""

    codes: tuple[str, ...]
    start: int
    end: int

    def covers(self, code: str, line: int) -> bool:
        return self.start <= line <= self.end and (not self.codes or code.startswith(self.codes))


@dataclass(frozen=True, eq=False)
class Article:
    """One parsed article. Identity-hashed (eq=False) so per-article analyses
    can be memoised cheaply by the rules that share them."""

    path: str
    # Cleaned lines, index 0 = line 1; empty when the file could not be read.
    lines: tuple[str, ...] = ()
    # The decoded text exactly as read (line ends, BOM, trailing spaces kept).
    text: str = field(default="", repr=False)
    format: str = ""  # the input format's name (lintkit.formats)
    readable: bool = True
    title: Line | None = None
    # Blocks between the title and the first heading (intro, captions, ...).
    lead: tuple[Block, ...] = ()
    sections: tuple[Section, ...] = ()
    images: tuple[Image, ...] = ()
    fields: Fields = NO_FIELDS
    # The line where the article's meta (its meta block, its front matter) starts; None: it has none.
    meta_line: int | None = None
    # The first line of the body proper (after residue of the export, or front matter).
    body_start: int = 1
    problems: tuple[Problem, ...] = ()
    # Whether the article must have a checklist section (CHK001): the export's
    # contract says so; a Markdown file, when the config asks for one.
    checklist_required: bool = True
    # Comments that turn findings off (Markdown's `<!-- lintkit-disable ... -->`).
    suppressions: tuple[Suppression, ...] = ()
    # The lines of the headings and blocks the format read one way where the text
    # could mean another (a short label ending in `:`: a heading or a lead-in),
    # so that a count of paragraphs can allow for them (`facts.body_paragraph_range`).
    doubtful: frozenset[int] = frozenset()
    # What only the format knows, for the rules declared for it (the alphanode
    # meta block as written, say); None for an unreadable file.
    syntax: Any = field(default=None, repr=False)

    @property
    def line_count(self) -> int:
        return max(1, len(self.lines))

    def section(self, role: Role) -> Section | None:
        """The first section with this role."""
        for s in self.sections:
            if s.role is role:
                return s
        return None

    @property
    def checklist(self) -> Section | None:
        return self.section(Role.CHECKLIST)

    @property
    def final_notes(self) -> Section | None:
        return self.section(Role.FINAL_NOTES)

    @property
    def body_sections(self) -> tuple[Section, ...]:
        """Sections of the body proper: not the checklist, not the final notes."""
        return tuple(s for s in self.sections if s.role is Role.BODY)

    def prose(self) -> tuple[Block, ...]:
        """Every prose paragraph a reader reads, in order: lead, sections, final notes."""
        return self._prose

    @cached_property
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


class Edit(NamedTuple):
    """Replace the text from (line, column) up to (end_line, end_column) with
    `content`: 1-based, the end excluded, columns in characters of the line
    without its line break. A column past the end of its line means the end
    of the line; (line + 1, 1) as the end takes the line break too. A line
    break in `content` is written as the file writes its line breaks."""

    line: int
    column: int
    end_line: int
    end_column: int
    content: str


class Applicability(enum.Enum):
    """Whether `--fix` applies a fix (safe) or only `--unsafe-fixes` does: a
    safe fix keeps the meaning of the text and only derives what the text
    already says; an unsafe one may change what the article says."""

    SAFE = "safe"
    UNSAFE = "unsafe"


@dataclass(frozen=True, slots=True)
class Fix:
    """How to repair a finding: what it does, whether `--fix` may, and the edits (not overlapping)."""

    message: str
    applicability: Applicability
    edits: tuple[Edit, ...]


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a rule found. The code never travels inside the message.
    Slotted: a run may hold hundreds of thousands (a field dict per finding
    was most of its memory)."""

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
    # A finding that holds only while none of these files exists (IMG008: a
    # local image). Stage A makes it, and the run drops it when one of the
    # files exists now; so a cached result never says a file is missing that
    # was added since. Such a finding does not count against the quality score.
    unless_exists: tuple[str, ...] = field(default=(), compare=False)
    # How to repair it, when the text says how (lintkit check --fix).
    fix: Fix | None = field(default=None, compare=False)

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.code)

    @classmethod
    def from_values(cls, values: Iterable[Any]) -> Finding:
        """A finding from all its field values in order, as a record keeps
        them: twice as fast as the frozen __init__, which matters when a run
        reads back a hundred thousand findings from its cache."""
        finding = object.__new__(cls)
        for put, value in zip(_FINDING_SETTERS, values, strict=True):
            put(finding, value)
        return finding


# Each field's slot setter, which a frozen finding's __setattr__ does not stand in front of.
_FINDING_SETTERS = tuple(getattr(Finding, name).__set__ for name in Finding.__dataclass_fields__)
