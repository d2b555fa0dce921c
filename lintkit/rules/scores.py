"""Rules on the computed scores (META010, SCORE001); they run after scoring."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from lintkit.model import Applicability, Edit, Fix, Severity
from lintkit.rules.base import Category, Context, Hit, Kind, Option, rule
from lintkit.scoring import SCORE_NAMES, Scores

DRIFT = Option("score_drift_tolerance", 15, "points a declared score may differ from the computed one", maximum=100)


def _minimums(value: Any) -> dict[str, int]:
    if not isinstance(value, Mapping):
        raise ValueError(f"expected a table such as {{quality = 60}}, got {value!r}")
    out = {}
    for name, minimum in value.items():
        if name not in SCORE_NAMES:
            raise ValueError(f"unknown score {name!r} (expected one of {', '.join(SCORE_NAMES)})")
        if not isinstance(minimum, int) or isinstance(minimum, bool) or not 0 <= minimum <= 100:
            raise ValueError(f"minimum for {name!r} must be an integer 0..100, got {minimum!r}")
        out[name] = minimum
    return out


MIN_SCORES = Option(
    "min_scores", {}, "lowest acceptable computed score by name, e.g. {quality = 60}", validator=_minimums
)


@rule(
    code="META010",
    name="score-drift",
    category=Category.META,
    severity=Severity.INFO,
    summary="A declared score differs from the computed one by more than `score_drift_tolerance`",
    options=(DRIFT,),
    kind=Kind.SCORES,
    fixes=(Applicability.UNSAFE,),
)
def score_drift(scores: Scores, ctx: Context) -> Iterator[Hit]:
    """What it checks
    Each score the meta block declares (`score` list: quality, freshness,
    depth, clarity) against the score lintkit computes from the text
    (docs/scoring.md); a difference of more than `score_drift_tolerance`
    points is reported on the declared score's line.

    Why it matters
    Declared scores feed the site's ranking and badges; scores that no longer
    describe the text (or never did) mislead readers and editors alike.

    Example
    `    • freshness: 90` on an article last reviewed two years ago, which
    computes to 18.

    Fix
    Replace the declared scores with the computed ones (`lintkit score`
    prints them), or update the article so it earns them.

    Options
    `score_drift_tolerance` (15).
    """
    tolerance = ctx.value(DRIFT)
    computed = scores.computed()
    for name in SCORE_NAMES:
        if name not in scores.declared:
            continue
        declared, line, column, end = scores.declared[name]
        if abs(declared - computed[name]) > tolerance:
            fix = None
            if column:
                # Unsafe: the declared score may be an editor's judgement the formulas do not capture.
                edit = Edit(line, column, line, end, str(computed[name]))
                fix = Fix(f"declare the computed {name}", Applicability.UNSAFE, (edit,))
            yield Hit(
                f"declared {name} {declared} differs from the computed {computed[name]} "
                f"by {abs(declared - computed[name])} (tolerance {tolerance})",
                line,
                anchor=f"score:{name}",
                fix=fix,
            )


@rule(
    code="SCORE001",
    name="score-below-minimum",
    category=Category.SCORE,
    severity=Severity.ERROR,
    summary="A computed score under the configured minimum (off until `min_scores` is set)",
    options=(MIN_SCORES,),
    default_enabled=False,
    kind=Kind.SCORES,
    enabled_by="min_scores",
)
def score_below_minimum(scores: Scores, ctx: Context) -> Iterator[Hit]:
    """What it checks
    Each computed score against the minimum configured for it with
    `min_scores = {quality = 60}` in the config or `--min-score quality=60`
    on the command line. The rule is off until a minimum is set. Reported on
    the title line (line 1 when there is none).

    Why it matters
    It turns the scores into a gate: a pull request that adds a thin, stale or
    hard-to-read article fails CI like one with a broken image.

    Example
    `min_scores = {quality = 60}` and an article whose quality computes to 48.

    Fix
    Improve the article (the `lintkit score --explain` breakdown shows where
    the points went), or lower the minimum.

    Options
    `min_scores` (empty: off).
    """
    computed = scores.computed()
    line = scores.title_line
    for name, minimum in ctx.value(MIN_SCORES).items():
        if computed[name] < minimum:
            yield Hit(f"computed {name} {computed[name]} is below the minimum {minimum}", line, anchor=f"min:{name}")


RULES = (score_drift, score_below_minimum)
