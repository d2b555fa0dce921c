"""What a rule is: metadata, typed and bounded options, the input it reads, and a pure check.

A rule module defines its checks with the `@rule(...)` decorator and exports
them in a `RULES` tuple. A rule says what it reads (its `kind`), and the
engine hands the check exactly that, with a `Context`:

- `Kind.ARTICLE`: the parsed `Article` (stage A, per file, cacheable);
- `Kind.CORPUS`: the file's `CorpusView`, what the corpus index knows of its
  paragraphs, images and title (stage B);
- `Kind.URLS`: a `UrlView`, the file's image urls with the answers of the
  online check (stage B, only with `--check-urls`);
- `Kind.SCORES`: the file's computed `Scores` (stage B, after scoring; their
  findings do not count against the quality score).

A rule may also name the input formats it applies to (`formats={"alphanode"}`
for a check of one format's syntax); the engine skips it for the others.

The check yields `Hit`s; the engine turns them into `Finding`s with the rule's
code, name, category and configured severity, so a rule never needs to know
how it was configured or reported.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import field
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from lintkit.model import Applicability, Fix, Location, Severity
from lintkit.structs import dataclass

if TYPE_CHECKING:
    from lintkit.urls import UrlResult

T = TypeVar("T")


class Category(enum.Enum):
    STRUCTURE = "structure"
    DUPLICATION = "duplication"
    CHECKLIST = "checklist"
    IMAGE = "image"
    META = "meta"
    CODE = "code"
    SCORE = "score"


class Kind(enum.Enum):
    """What a rule's check receives (see the module docstring)."""

    ARTICLE = "article"
    CORPUS = "corpus"
    URLS = "urls"
    SCORES = "scores"


@dataclass(frozen=True)
class Option(Generic[T]):
    """A rule option: a config key under [tool.lintkit] with a typed default and its range.

    Numbers are bounded: `minimum` and `maximum` (inclusive; None: unbounded)
    are part of the option's contract, so that any value that validates is
    one every rule can use (a threshold of 150 % would crash rapidfuzz)."""

    name: str
    default: T
    help: str
    # For values the default's type cannot describe (a table of score
    # minimums): returns the value to keep or raises ValueError.
    validator: Callable[[Any], T] | None = field(default=None, compare=False)
    minimum: float | None = 0
    maximum: float | None = None

    def validate(self, value: Any) -> T:
        """Return the value if it has the default's type and range; raise ValueError otherwise."""
        if self.validator is not None:
            return self.validator(value)
        expected = self.default
        if isinstance(expected, bool):
            ok = isinstance(value, bool)
        elif isinstance(expected, int):
            ok = isinstance(value, int) and not isinstance(value, bool)
        elif isinstance(expected, float):
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
            value = float(value) if ok else value
        elif isinstance(expected, str):
            ok = isinstance(value, str)
        elif isinstance(expected, (list, tuple)):
            ok = isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value)
            value = tuple(value) if ok else value
        elif isinstance(expected, Mapping):
            ok = isinstance(value, Mapping) and all(
                isinstance(k, str) and isinstance(v, (list, tuple)) and all(isinstance(x, str) for x in v)
                for k, v in value.items()
            )
            value = {k: tuple(v) for k, v in value.items()} if ok else value
        else:  # pragma: no cover - every option default is one of the above
            ok = True
        if not ok:
            raise ValueError(f"expected {self.type_name}, got {value!r}")
        number = isinstance(value, (int, float)) and not isinstance(value, bool)
        if number and not (math.isfinite(value) and self.in_range(value)):
            raise ValueError(f"expected {self.range_text}, got {value!r}")
        return value  # type: ignore[no-any-return]

    def in_range(self, value: float) -> bool:
        return (self.minimum is None or value >= self.minimum) and (self.maximum is None or value <= self.maximum)

    @property
    def range_text(self) -> str:
        """`a number from 0 to 100`, `an integer of at least 1`..."""
        kind = "an integer" if isinstance(self.default, int) else "a number"
        low, high = self.minimum, self.maximum
        if low is not None and high is not None:
            return f"{kind} from {_number(low)} to {_number(high)}"
        if low is not None:
            return f"{kind} of at least {_number(low)}"
        if high is not None:
            return f"{kind} of at most {_number(high)}"
        return kind

    @property
    def type_name(self) -> str:
        d = self.default
        if isinstance(d, bool):
            return "a boolean"
        if isinstance(d, int):
            return "an integer"
        if isinstance(d, float):
            return "a number"
        if isinstance(d, str):
            return "a string"
        if isinstance(d, (list, tuple)):
            return "a list of strings"
        return "a table of string lists"


def _number(value: float) -> str:
    """1,000,000 or 0.1: as a person writes a bound."""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:g}"


class Hit(NamedTuple):
    """What a check yields: where, and what it found (a named tuple, as
    model.Line is: rules make one per finding, a hundred thousand in a run)."""

    message: str
    line: int
    column: int = 1
    end_line: int | None = None
    related: tuple[Location, ...] = ()
    # The text the finding is about, for baselines; defaults to the line's text.
    anchor: str | None = None
    # The finding holds only while none of these files (absolute paths) exists
    # (model.Finding.unless_exists): how a rule speaks of a file beside the
    # article without reading it.
    unless_exists: tuple[str, ...] = ()
    # How to repair it (model.Fix), when the rule can derive the repair.
    fix: Fix | None = None


@dataclass(frozen=True)
class Context:
    """What a check may know besides its input: the date, the options, and
    where the run is (the current folder, against which an article's path is
    read, and the config's folder), as absolute paths."""

    as_of: dt.date
    options: Mapping[str, Any] = field(default_factory=dict)
    cwd: str = ""
    root: str = ""

    def value(self, option: Option[T]) -> T:
        """The configured value of one of the rule's options, typed as the option is."""
        return self.options[option.name]  # type: ignore[no-any-return]


@dataclass(frozen=True)
class UrlView:
    """What a url rule (IMG006) sees: a file's image urls and the answers of the run's check."""

    article_urls: tuple[tuple[int, str], ...]
    results: Mapping[str, UrlResult]


CheckFn = Callable[[Any, Context], Iterator[Hit]]


@dataclass(frozen=True)
class Rule:
    """A rule: its code, name and metadata, and the check that yields its hits."""

    code: str
    name: str
    category: Category
    severity: Severity
    summary: str
    check: CheckFn
    options: tuple[Option[Any], ...] = ()
    kind: Kind = Kind.ARTICLE
    # The input formats the rule applies to; empty: every format.
    formats: frozenset[str] = frozenset()
    # Off unless selected explicitly or switched on by its options.
    default_enabled: bool = True
    # Runs on files that could not be read or parsed (only STR001 does).
    on_unreadable: bool = False
    # An option whose non-empty value switches the rule on (SCORE001: min_scores).
    enabled_by: str | None = None
    # The applicabilities of the fixes its findings may carry (none: it has no fix).
    fixes: frozenset[Applicability] = frozenset()

    @property
    def fix_label(self) -> str:
        """`safe`, `unsafe`, `safe or unsafe`, or "" for a rule without fixes."""
        return " or ".join(a.value for a in Applicability if a in self.fixes)

    @property
    def doc(self) -> str:
        """The user documentation: the check function's docstring."""
        import inspect  # only `explain` and the docs need it

        return inspect.getdoc(self.check) or ""

    def applies_to(self, fmt: str) -> bool:
        return not self.formats or fmt in self.formats


def rule(
    *,
    code: str,
    name: str,
    category: Category,
    severity: Severity,
    summary: str,
    options: tuple[Option[Any], ...] = (),
    kind: Kind = Kind.ARTICLE,
    formats: frozenset[str] | set[str] = frozenset(),
    default_enabled: bool = True,
    on_unreadable: bool = False,
    enabled_by: str | None = None,
    fixes: tuple[Applicability, ...] = (),
) -> Callable[[CheckFn], Rule]:
    """Declare a rule; the decorated function is its check and its docstring its docs."""

    def wrap(fn: CheckFn) -> Rule:
        return Rule(
            code,
            name,
            category,
            severity,
            summary,
            fn,
            options,
            kind,
            frozenset(formats),
            default_enabled,
            on_unreadable,
            enabled_by,
            frozenset(fixes),
        )

    return wrap
