"""The four scores, integers 0 to 100: clarity, freshness, depth and quality.

Pure functions of an article, its findings and the as-of date (and, once the
corpus index knows it, of the corpus's boilerplate). docs/scoring.md gives
each formula with a worked example that `lintkit score --explain` prints and a
test compares with the docs.

Clarity's Flesch reading ease is textstat's, computed by lintkit.readability,
which imports textstat only when a score is computed and keeps textstat's
syllable dictionary as a table in the cache folder: loading the dictionary
itself takes about half a second, which a pre-commit run should not pay.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from lintkit import facts
from lintkit.analysis import code_key, paragraph_repeats
from lintkit.model import Article, Block, Finding, Severity
from lintkit.readability import paragraphs_reading_ease
from lintkit.syllables import Syllables
from lintkit.text import fold, plural

SCORE_NAMES = ("quality", "freshness", "depth", "clarity")


def _help(text: str, low: float, high: float) -> dict[str, Any]:
    """A constant's help line and its range (inclusive): every value in range is one the formulas take."""
    return {"help": text, "range": (low, high)}


POINTS = 100.0  # a score's whole range: no penalty, no weight of points can usefully exceed it


@dataclass(frozen=True)
class ScoringConfig:
    """Every constant of the formulas; `[tool.lintkit.scoring]` overrides any of them, within its range."""

    # freshness
    half_life_days: float = field(default=365.0, metadata=_help("days after which freshness halves", 1, 100_000))
    status_factor: Mapping[str, float] = field(
        default_factory=lambda: {"published": 1.0, "reviewed": 1.0, "expanded": 0.9, "drafted": 0.8},
        metadata=_help("freshness multiplier by revision status (unknown status: 0.8)", 0, 1),
    )
    # clarity
    long_sentence_words: int = field(default=20, metadata=_help("a sentence over this many words is long", 1, 1000))
    long_sentence_green: float = field(default=25.0, metadata=_help("% of long sentences with no penalty", 0, 100))
    long_sentence_red: float = field(
        default=30.0, metadata=_help("% of long sentences above which the penalty is red", 0, 100)
    )
    long_sentence_orange_penalty: float = field(default=5.0, metadata=_help("penalty between green and red", 0, POINTS))
    long_sentence_red_penalty: float = field(default=15.0, metadata=_help("penalty above red", 0, POINTS))
    long_paragraph_words: int = field(
        default=150, metadata=_help("a paragraph over this many words is long", 1, 100_000)
    )
    long_section_words: int = field(default=300, metadata=_help("a section over this many words is long", 1, 1_000_000))
    same_start_run: int = field(default=3, metadata=_help("consecutive sentences starting with the same word", 1, 1000))
    structure_penalty: float = field(
        default=5.0, metadata=_help("penalty per long paragraph, long section or run", 0, POINTS)
    )
    structure_penalty_cap: float = field(
        default=15.0, metadata=_help("cap of each of those three penalties", 0, POINTS)
    )
    # depth
    depth_prose_points: float = field(default=50.0, metadata=_help("points for unique prose", 0, POINTS))
    depth_prose_words: int = field(
        default=500, metadata=_help("unique prose words that earn all its points", 1, 1_000_000)
    )
    depth_section_points: float = field(
        default=20.0, metadata=_help("points for body sections with content", 0, POINTS)
    )
    depth_sections: int = field(default=4, metadata=_help("sections that earn all their points", 1, 1000))
    depth_code_points: float = field(default=15.0, metadata=_help("points for distinct code examples", 0, POINTS))
    depth_code_blocks: int = field(default=2, metadata=_help("code examples that earn all their points", 1, 1000))
    depth_checklist_points: float = field(
        default=15.0, metadata=_help("points for distinct checklist items", 0, POINTS)
    )
    depth_checklist_items: int = field(default=5, metadata=_help("items that earn all their points", 1, 1000))
    # quality
    quality_weights: Mapping[str, float] = field(
        default_factory=lambda: {"depth": 0.4, "clarity": 0.3, "freshness": 0.3},
        metadata=_help("weights of depth, clarity and freshness (they need not sum to 1)", 0, 10),
    )
    finding_penalty: Mapping[str, float] = field(
        default_factory=lambda: {"error": 10.0, "warning": 3.0, "info": 1.0},
        metadata=_help("points off quality per finding of each severity", 0, POINTS),
    )

    @classmethod
    def from_table(cls, table: Mapping[str, Any], where: str) -> ScoringConfig:
        """Validate a `[tool.lintkit.scoring]` table; raise ValueError naming the key."""
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        defaults = cls()
        for raw_key, value in table.items():
            key = raw_key.replace("-", "_")
            if key not in known:
                raise ValueError(f"{where} unknown key 'scoring.{raw_key}'")
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
        return cls(**values)


def _number_in(value: Any, low: float, high: float) -> bool:
    """A finite number in [low, high] (TOML allows inf and nan)."""
    number = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    return number and low <= value <= high


@dataclass(frozen=True)
class Clarity:
    prose_words: int
    sentences: int
    flesch: float
    long_sentences: int
    long_share: float
    long_sentence_penalty: float
    long_paragraphs: int
    long_sections: int
    same_start_runs: int
    structure_penalty: float
    score: int


@dataclass(frozen=True)
class Freshness:
    last_reviewed: dt.date | None
    age_days: int | None
    status: str | None
    factor: float
    score: int
    # What the date is (facts.RECENCY_KEYS): the export's `last reviewed`, a Markdown page's `updated` or `published`.
    basis: str = "last reviewed"


@dataclass(frozen=True)
class Depth:
    unique_prose_words: int
    repeated_paragraphs: int
    boilerplate_paragraphs: int
    sections_with_content: int
    code_examples: int
    checklist_items: int
    points: Mapping[str, float]
    score: int


@dataclass(frozen=True)
class Quality:
    weighted: float
    findings: Mapping[str, int]
    penalty: float
    score: int


@dataclass(frozen=True)
class Scores:
    clarity: Clarity
    freshness: Freshness
    depth: Depth
    quality: Quality
    # name -> (value, line, column, end column of the number; 0 when not known)
    declared: Mapping[str, tuple[int, int, int, int]] = field(default_factory=dict)
    title_line: int = 1

    def computed(self) -> dict[str, int]:
        return {name: getattr(self, name).score for name in SCORE_NAMES}

    def declared_values(self) -> dict[str, int] | None:
        return {name: declared[0] for name, declared in self.declared.items()} or None


def clamp_score(value: float) -> int:
    """Round half up (not to even, so an editor's hand calculation agrees) and clamp to 0..100."""
    if not math.isfinite(value):  # constants so large that a sum overflows
        return 0 if math.isnan(value) or value < 0 else 100
    return max(0, min(100, math.floor(value + 0.5)))


def _sentence_words(block: Block) -> list[tuple[str, ...]]:
    return [ws for _, _, ws in block.sentence_words if ws]


def clarity(article: Article, cfg: ScoringConfig, syllables: Syllables | None = None) -> Clarity:
    paragraphs = list(article.prose())
    by_paragraph = {id(b): _sentence_words(b) for b in paragraphs}
    para_words = {key: sum(map(len, sents)) for key, sents in by_paragraph.items()}
    sents = [s for b in paragraphs for s in by_paragraph[id(b)]]
    n = len(sents)
    # Flesch reading ease of the prose as one text, the paragraphs joined by blank lines.
    flesch = paragraphs_reading_ease([b.text for b in paragraphs], syllables) if n else 0.0
    long_n = sum(1 for s in sents if len(s) > cfg.long_sentence_words)
    share = 100.0 * long_n / n if n else 0.0
    if share > cfg.long_sentence_red:
        long_pen = cfg.long_sentence_red_penalty
    elif share > cfg.long_sentence_green:
        long_pen = cfg.long_sentence_orange_penalty
    else:
        long_pen = 0.0
    long_paras = sum(1 for n_words in para_words.values() if n_words > cfg.long_paragraph_words)
    long_secs = sum(
        1 for s in article.sections if sum(para_words[id(b)] for b in s.paragraphs) > cfg.long_section_words
    )
    runs = _same_start_runs([s[0].casefold() for s in sents], cfg.same_start_run)
    cap, each = cfg.structure_penalty_cap, cfg.structure_penalty
    struct_pen = min(cap, each * long_paras) + min(cap, each * long_secs) + min(cap, each * runs)
    base = max(0.0, min(100.0, flesch))
    return Clarity(
        prose_words=sum(len(s) for s in sents),
        sentences=n,
        flesch=flesch,
        long_sentences=long_n,
        long_share=share,
        long_sentence_penalty=long_pen,
        long_paragraphs=long_paras,
        long_sections=long_secs,
        same_start_runs=runs,
        structure_penalty=struct_pen,
        score=clamp_score(base - long_pen - struct_pen),
    )


def _same_start_runs(starts: list[str], length: int) -> int:
    """Maximal runs of `length` or more consecutive sentences with the same first word."""
    runs, i = 0, 0
    while i < len(starts):
        j = i
        while j + 1 < len(starts) and starts[j + 1] == starts[i]:
            j += 1
        if j - i + 1 >= length:
            runs += 1
        i = j + 1
    return runs


def freshness(article: Article, cfg: ScoringConfig, as_of: dt.date) -> Freshness:
    found = facts.recency(article)
    status = facts.value(article, "status")
    factor = cfg.status_factor.get((status or "").casefold(), 0.8)
    if found is None:
        return Freshness(None, None, status, factor, 0)
    reviewed, _, basis = found
    age = (as_of - reviewed).days
    value = 100.0 * 0.5 ** (max(age, 0) / cfg.half_life_days) * factor
    return Freshness(reviewed, age, status, factor, clamp_score(value), basis)


def _saturate(points: float, have: float, target: float) -> float:
    return points * min(1.0, have / target) if target > 0 else points


@dataclass(frozen=True)
class DepthBasis:
    """What depth needs from the article, before the corpus is known."""

    # (first line, words, repeats an earlier paragraph of the article)
    paragraphs: tuple[tuple[int, int, bool], ...]
    repeated_paragraphs: int
    sections_with_content: int
    code_examples: int
    checklist_items: int


def depth_basis(article: Article, options: Mapping[str, Any]) -> DepthBasis:
    repeats = paragraph_repeats(
        article,
        options["near_duplicate_threshold"],
        options["near_duplicate_min_chars"],
        options["duplicate_min_words"],
    )
    repeated = {id(r.block) for r in repeats}
    paragraphs = tuple((b.line, b.word_count, id(b) in repeated) for b in article.prose())
    checklist = article.checklist
    return DepthBasis(
        paragraphs=paragraphs,
        repeated_paragraphs=len(repeats),
        sections_with_content=sum(1 for s in article.body_sections if s.paragraphs or s.code_blocks),
        code_examples=len({code_key(b) for b in article.code_blocks()}),
        checklist_items=len({fold(i.text) for i in checklist.list_items}) if checklist else 0,
    )


def depth(basis: DepthBasis, cfg: ScoringConfig, boilerplate: Iterable[int] = ()) -> Depth:
    """`boilerplate`: first lines of prose paragraphs the corpus index found in
    many other articles; they earn no depth."""
    shared = set(boilerplate)
    unique_words = n_boiler = 0
    for line, n_words, repeated in basis.paragraphs:
        if repeated:
            continue
        if line in shared:
            n_boiler += 1
            continue
        unique_words += n_words
    points = {
        "prose": _saturate(cfg.depth_prose_points, unique_words, cfg.depth_prose_words),
        "sections": _saturate(cfg.depth_section_points, basis.sections_with_content, cfg.depth_sections),
        "code": _saturate(cfg.depth_code_points, basis.code_examples, cfg.depth_code_blocks),
        "checklist": _saturate(cfg.depth_checklist_points, basis.checklist_items, cfg.depth_checklist_items),
    }
    return Depth(
        unique_prose_words=unique_words,
        repeated_paragraphs=basis.repeated_paragraphs,
        boilerplate_paragraphs=n_boiler,
        sections_with_content=basis.sections_with_content,
        code_examples=basis.code_examples,
        checklist_items=basis.checklist_items,
        points=points,
        score=clamp_score(sum(points.values())),
    )


def quality(parts: Mapping[str, int], findings: Iterable[Finding], cfg: ScoringConfig) -> Quality:
    weights = cfg.quality_weights
    weighted = sum(weights.get(name, 0.0) * parts[name] for name in ("depth", "clarity", "freshness"))
    counts = {sev.label: 0 for sev in reversed(Severity)}
    for sev, n in Counter(f.severity for f in findings).items():
        counts[sev.label] += n
    penalty = sum(cfg.finding_penalty.get(label, 0.0) * n for label, n in counts.items())
    return Quality(weighted, counts, penalty, clamp_score(weighted - penalty))


@dataclass(frozen=True)
class ScoreInputs:
    """Everything the scores need from one article, before the corpus is
    known: what a cached analysis keeps so the article need not be re-read."""

    clarity: Clarity
    freshness: Freshness
    depth: DepthBasis
    # name -> (declared value, line, column, end column), for META010
    declared: Mapping[str, tuple[int, int, int, int]]
    title_line: int


def score_inputs(
    article: Article,
    cfg: ScoringConfig,
    options: Mapping[str, Any],
    as_of: dt.date,
    syllables: Syllables | None = None,
) -> ScoreInputs:
    return ScoreInputs(
        clarity=clarity(article, cfg, syllables),
        freshness=freshness(article, cfg, as_of),
        depth=depth_basis(article, options),
        declared=facts.declared_scores(article),
        title_line=article.title.line if article.title else 1,
    )


def finish_scores(
    inputs: ScoreInputs, findings: Iterable[Finding], cfg: ScoringConfig, boilerplate: Iterable[int] = ()
) -> Scores:
    c, f = inputs.clarity, inputs.freshness
    d = depth(inputs.depth, cfg, boilerplate)
    q = quality({"clarity": c.score, "freshness": f.score, "depth": d.score}, findings, cfg)
    return Scores(c, f, d, q, inputs.declared, inputs.title_line)


def compute_scores(
    article: Article,
    findings: Iterable[Finding],
    cfg: ScoringConfig,
    options: Mapping[str, Any],
    as_of: dt.date,
    boilerplate: Iterable[int] = (),
    syllables: Syllables | None = None,
) -> Scores:
    return finish_scores(score_inputs(article, cfg, options, as_of, syllables), findings, cfg, boilerplate)


def explain(scores: Scores, cfg: ScoringConfig) -> str:
    """The worked calculation, as `lintkit score --explain` prints it."""
    c, f, d, q = scores.clarity, scores.freshness, scores.depth, scores.quality
    w = cfg.quality_weights
    p = cfg.finding_penalty
    fresh = (
        "freshness: no valid `last reviewed` date -> 0"
        if f.last_reviewed is None
        else (
            f"freshness: {f.basis} {f.last_reviewed}, age {f.age_days} days, status {f.status!r} "
            f"(factor {f.factor:g})\n"
            f"  100 * 0.5 ** ({max(f.age_days or 0, 0)} / {cfg.half_life_days:g}) * {f.factor:g} = "
            f"{100 * 0.5 ** (max(f.age_days or 0, 0) / cfg.half_life_days) * f.factor:.2f} -> {f.score}"
        )
    )
    lines = [
        f"clarity: {plural(c.sentences, 'sentence')}, {plural(c.prose_words, 'word')} of prose",
        f"  Flesch reading ease (textstat) {c.flesch:.2f}, clamped to 0..100: {max(0.0, min(100.0, c.flesch)):.2f}",
        f"  long sentences (> {cfg.long_sentence_words} words): {c.long_sentences} = {c.long_share:.1f} % "
        f"-> penalty {c.long_sentence_penalty:g}",
        f"  paragraphs > {cfg.long_paragraph_words} words: {c.long_paragraphs}, "
        f"sections > {cfg.long_section_words} words: {c.long_sections}, "
        f"runs of {cfg.same_start_run}+ same-start sentences: {c.same_start_runs} -> penalty {c.structure_penalty:g}",
        f"  {max(0.0, min(100.0, c.flesch)):.2f} - {c.long_sentence_penalty:g} - {c.structure_penalty:g} -> {c.score}",
        fresh,
        f"depth: {plural(d.unique_prose_words, 'unique prose word')} "
        f"({plural(d.repeated_paragraphs, 'repeated paragraph')} and "
        f"{plural(d.boilerplate_paragraphs, 'boilerplate paragraph')} left out), "
        f"{plural(d.sections_with_content, 'section')} with content, "
        f"{plural(d.code_examples, 'distinct code example')}, {plural(d.checklist_items, 'distinct checklist item')}",
        f"  {cfg.depth_prose_points:g} * min(1, {d.unique_prose_words}/{cfg.depth_prose_words}) = "
        f"{d.points['prose']:.2f} + {cfg.depth_section_points:g} * "
        f"min(1, {d.sections_with_content}/{cfg.depth_sections}) = {d.points['sections']:.2f}",
        f"  + {cfg.depth_code_points:g} * min(1, {d.code_examples}/{cfg.depth_code_blocks}) = {d.points['code']:.2f}"
        f" + {cfg.depth_checklist_points:g} * min(1, {d.checklist_items}/{cfg.depth_checklist_items}) = "
        f"{d.points['checklist']:.2f} -> {d.score}",
        f"quality: {w.get('depth', 0):g} * {d.score} + {w.get('clarity', 0):g} * {c.score} + "
        f"{w.get('freshness', 0):g} * {f.score} = {q.weighted:.2f}",
        f"  findings: {plural(q.findings['error'], 'error')} * {p.get('error', 0):g} + "
        f"{plural(q.findings['warning'], 'warning')} * {p.get('warning', 0):g} + "
        f"{plural(q.findings['info'], 'info')} * {p.get('info', 0):g} = {q.penalty:g}",
        f"  {q.weighted:.2f} - {q.penalty:g} -> {q.score}",
    ]
    return "\n".join(lines) + "\n"
