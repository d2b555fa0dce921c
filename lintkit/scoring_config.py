"""The constants of the score formulas (docs/scoring.md), each with its help and
range, and how a `[tool.lintkit.scoring]` table (or an override's freshness
table) is checked."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import field, fields, replace
from typing import Any

from lintkit.structs import dataclass


def _help(text: str, low: float, high: float) -> dict[str, Any]:
    """A constant's help line and its range (inclusive): every value in range is one the formulas take."""
    return {"help": text, "range": (low, high)}


POINTS = 100.0  # a score's whole range: no penalty, no weight of points can usefully exceed it


@dataclass(frozen=True)
class ScoringConfig:
    """Every constant of the formulas; `[tool.lintkit.scoring]` overrides any of them, within its range."""

    # freshness
    fresh_days: float = field(
        default=30.0, metadata=_help("days after a review during which freshness keeps full marks", 0, 100_000)
    )
    half_life_days: float = field(
        default=730.0, metadata=_help("days after that period in which freshness halves", 1, 100_000)
    )
    status_factor: Mapping[str, float] = field(
        default_factory=lambda: {"published": 1.0, "reviewed": 1.0, "expanded": 0.9, "drafted": 0.8},
        metadata=_help("freshness multiplier by revision status (unknown status: 0.8)", 0, 1),
    )
    # clarity
    prior_reading_ease: float = field(
        default=50.0, metadata=_help("reading ease assumed before any sentence is read", 0, 100)
    )
    prior_sentences: float = field(
        default=2.0, metadata=_help("sentences that assumption weighs as (0: none)", 0, 10_000)
    )
    long_sentence_words: int = field(default=20, metadata=_help("a sentence over this many words is long", 1, 1000))
    long_sentence_green: float = field(default=25.0, metadata=_help("% of long sentences with no penalty", 0, 100))
    long_sentence_slope: float = field(
        default=0.5, metadata=_help("points off per percentage point of long sentences over green", 0, POINTS)
    )
    long_sentence_cap: float = field(default=20.0, metadata=_help("most points long sentences take", 0, POINTS))
    judge_sentences: int = field(
        default=10, metadata=_help("sentences needed to judge shares in full (fewer: in proportion)", 1, 10_000)
    )
    long_paragraph_words: int = field(
        default=150, metadata=_help("a paragraph over this many words is long", 1, 100_000)
    )
    long_paragraph_cap: float = field(
        default=10.0, metadata=_help("points off when all the prose is words over that length", 0, POINTS)
    )
    long_section_words: int = field(default=300, metadata=_help("a section over this many words is long", 1, 1_000_000))
    long_section_cap: float = field(
        default=10.0, metadata=_help("points off when all the prose is words over that length", 0, POINTS)
    )
    same_start_run: int = field(default=3, metadata=_help("consecutive sentences starting with the same word", 1, 1000))
    same_start_slope: float = field(
        default=0.5, metadata=_help("points off per percentage point of sentences in such runs", 0, POINTS)
    )
    same_start_cap: float = field(default=5.0, metadata=_help("most points such runs take", 0, POINTS))
    # depth: each part earns points * have / (have + half): half its points at `half`, rising ever more slowly
    depth_prose_points: float = field(default=50.0, metadata=_help("points for unique prose", 0, POINTS))
    depth_prose_half: float = field(
        default=600.0, metadata=_help("unique prose words that earn half its points", 1, 1_000_000)
    )
    depth_section_points: float = field(
        default=20.0, metadata=_help("points for body sections with content", 0, POINTS)
    )
    depth_section_half: float = field(default=3.0, metadata=_help("sections that earn half their points", 1, 1000))
    depth_code_points: float = field(default=15.0, metadata=_help("points for distinct code examples", 0, POINTS))
    depth_code_half: float = field(default=2.0, metadata=_help("code examples that earn half their points", 1, 1000))
    depth_checklist_points: float = field(
        default=15.0, metadata=_help("points for distinct checklist items", 0, POINTS)
    )
    depth_checklist_half: float = field(default=3.0, metadata=_help("items that earn half their points", 1, 1000))
    # quality
    quality_weights: Mapping[str, float] = field(
        default_factory=lambda: {"depth": 0.4, "clarity": 0.3, "freshness": 0.3},
        metadata=_help("weights of depth, clarity and freshness (they need not sum to 1)", 0, 10),
    )
    finding_penalty: Mapping[str, float] = field(
        default_factory=lambda: {"error": 10.0, "warning": 3.0, "info": 1.0},
        metadata=_help("load points per finding of each severity", 0, POINTS),
    )
    finding_words: int = field(
        default=300,
        metadata=_help("fewest words the load is taken over (a short article counts as this long)", 1, 1_000_000),
    )
    finding_cap: float = field(default=0.5, metadata=_help("largest share of quality the findings can take", 0, 1))
    finding_half_load: float = field(
        default=30.0, metadata=_help("load per 1,000 words that takes half of that largest share", 0.001, 100_000)
    )

    @classmethod
    def from_table(
        cls, table: Mapping[str, Any], where: str, base: ScoringConfig | None = None, only: Iterable[str] = ()
    ) -> ScoringConfig:
        """Validate a `[tool.lintkit.scoring]` table over `base` (the defaults);
        raise ValueError naming the key. `only`: the keys allowed (all when empty)."""
        known = {f.name: f for f in fields(cls)}
        allowed = set(only) or set(known)
        values: dict[str, Any] = {}
        defaults = base or cls()
        for raw_key, value in table.items():
            key = raw_key.replace("-", "_")
            if key in REMOVED_KEYS:
                raise ValueError(f"{where} key 'scoring.{raw_key}' was removed in lintkit 0.2: {REMOVED_KEYS[key]}")
            if key not in known or key not in allowed:
                extra = f" (here only {', '.join(sorted(allowed))})" if key in known else ""
                raise ValueError(f"{where} unknown key 'scoring.{raw_key}'{extra}")
            default = getattr(defaults, key)
            low, high = known[key].metadata["range"]
            if isinstance(default, Mapping):
                expected = f"a table of numbers from {low:g} to {high:g}"
                ok = isinstance(value, Mapping) and all(_number_in(v, low, high) for v in value.values())
                if ok:
                    value = {**default, **{k: float(v) for k, v in value.items()}}
            elif isinstance(default, int):
                expected = f"an integer from {low:,g} to {high:,g}"
                ok = isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
            else:
                expected = f"a number from {low:,g} to {high:,g}"
                ok = _number_in(value, low, high)
                value = float(value) if ok else value
            if not ok:
                raise ValueError(f"{where} key 'scoring.{raw_key}': expected {expected}, got {value!r}")
            values[key] = value
        return replace(defaults, **values)


# What may differ by kind of page (`[[overrides]]`' `scoring` table): how fast it ages.
FRESHNESS_KEYS = ("fresh_days", "half_life_days", "status_factor")

_GRADED = "penalties grade now (docs/scoring.md)"
# Keys of lintkit 0.1's formulas, and what took their place.
REMOVED_KEYS = {
    "long_sentence_red": f"{_GRADED}: long_sentence_slope and long_sentence_cap",
    "long_sentence_orange_penalty": f"{_GRADED}: long_sentence_slope and long_sentence_cap",
    "long_sentence_red_penalty": f"{_GRADED}: long_sentence_slope and long_sentence_cap",
    "structure_penalty": f"{_GRADED}: long_paragraph_cap, long_section_cap, same_start_slope, same_start_cap",
    "structure_penalty_cap": f"{_GRADED}: long_paragraph_cap, long_section_cap, same_start_slope, same_start_cap",
    "depth_prose_words": "depth rises without a ceiling now: depth_prose_half",
    "depth_sections": "depth rises without a ceiling now: depth_section_half",
    "depth_code_blocks": "depth rises without a ceiling now: depth_code_half",
    "depth_checklist_items": "depth rises without a ceiling now: depth_checklist_half",
}


def _number_in(value: Any, low: float, high: float) -> bool:
    """A finite number in [low, high] (TOML allows inf and nan)."""
    number = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    return number and low <= value <= high
