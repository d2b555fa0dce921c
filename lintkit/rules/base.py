"""What a rule is: metadata, options, and a pure check function.

A rule module defines its checks with the `@rule(...)` decorator and exports
them in a `RULES` tuple. The check receives the article and a `Context` and
yields `Hit`s; the engine turns hits into `Finding`s with the rule's code,
name, category and (configured) severity, so a rule never needs to know how
it was configured or reported.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from lintkit.model import Article, Location, Severity


class Category(enum.Enum):
    STRUCTURE = "structure"
    DUPLICATION = "duplication"
    CHECKLIST = "checklist"
    IMAGE = "image"
    META = "meta"
    CODE = "code"
    SCORE = "score"


@dataclass(frozen=True)
class Option:
    """A rule option: a config key under [tool.lintkit] with a typed default."""

    name: str
    default: Any
    help: str
    # For values the default's type cannot describe (a table of score
    # minimums): returns the value to keep or raises ValueError.
    validator: Callable[[Any], Any] | None = field(default=None, compare=False)
    # The smallest value a number may take (every numeric option is a count,
    # a length of time or a threshold: none may be negative, or infinite).
    minimum: float = 0

    def validate(self, value: Any) -> Any:
        """Return the value if it has the default's type; raise ValueError otherwise."""
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
        if number and (not math.isfinite(value) or value < self.minimum):
            raise ValueError(f"expected a number of at least {self.minimum:g}, got {value!r}")
        return value

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


@dataclass(frozen=True)
class Context:
    """What a check may know besides the article: the date, the options, and
    (for rules with `needs_scores`) the article's computed scores."""

    as_of: dt.date
    options: Mapping[str, Any] = field(default_factory=dict)
    scores: Any = None  # lintkit.scoring.Scores, for rules that need them
    corpus: Any = None  # lintkit.corpus.CorpusView, for rules that need the corpus
    urls: Any = None  # lintkit.urls.UrlView, for the online url check

    def option(self, name: str) -> Any:
        return self.options[name]


CheckFn = Callable[[Article, Context], Iterator[Hit]]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    category: Category
    severity: Severity
    summary: str
    check: CheckFn
    options: tuple[Option, ...] = ()
    # Off unless selected explicitly or switched on by its options.
    default_enabled: bool = True
    # Runs on files that could not be read or parsed (only STR001 does).
    on_unreadable: bool = False
    # Runs after the scores are computed, with them in ctx.scores; its own
    # findings do not count against the quality score.
    needs_scores: bool = False
    # An option whose non-empty value switches the rule on (SCORE001: min_scores).
    enabled_by: str | None = None
    # Reads ctx.corpus: the engine builds the corpus index when such a rule runs.
    needs_corpus: bool = False
    # Reads ctx.urls: the engine checks the image urls online when such a rule runs.
    needs_urls: bool = False

    @property
    def doc(self) -> str:
        """The user documentation: the check function's docstring."""
        import inspect  # only `explain` and the docs need it

        return inspect.getdoc(self.check) or ""


def rule(
    *,
    code: str,
    name: str,
    category: Category,
    severity: Severity,
    summary: str,
    options: tuple[Option, ...] = (),
    default_enabled: bool = True,
    on_unreadable: bool = False,
    needs_scores: bool = False,
    enabled_by: str | None = None,
    needs_corpus: bool = False,
    needs_urls: bool = False,
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
            default_enabled,
            on_unreadable,
            needs_scores,
            enabled_by,
            needs_corpus,
            needs_urls,
        )

    return wrap
