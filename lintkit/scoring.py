"""The four scores, integers 0 to 100: clarity, freshness, depth and quality.

Pure functions of an article, its findings and the as-of date (and, once the
corpus index knows it, of the corpus's boilerplate). docs/scoring.md gives
each formula with a worked example that `lintkit score --explain` prints and a
test compares with the docs.

Clarity's Flesch reading ease is textstat's, computed by lintkit.readability
without importing textstat: its syllable dictionary is kept as a table in the
cache folder (loading the dictionary itself takes about half a second, which
a pre-commit run should not pay), and pyphen, which counts the words the
dictionary lacks, is loaded only when one comes (lintkit.syllables).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import field
from typing import Any

from lintkit import facts
from lintkit.analysis import code_key, paragraph_repeats
from lintkit.model import Article, Block, Finding, Severity
from lintkit.readability import paragraphs_reading_ease
from lintkit.scoring_config import ScoringConfig  # also for `from lintkit.scoring import ScoringConfig`
from lintkit.structs import dataclass
from lintkit.syllables import Syllables
from lintkit.text import fold, plural

SCORE_NAMES = ("quality", "freshness", "depth", "clarity")
__all__ = ["SCORE_NAMES", "ScoringConfig"]


@dataclass(frozen=True)
class Clarity:
    """The clarity score and what it was computed from."""

    prose_words: int
    sentences: int
    flesch: float
    long_sentences: int
    long_share: float
    long_sentence_penalty: float
    # words over the long paragraph (section) length, summed over the paragraphs (sections)
    paragraph_excess: int
    section_excess: int
    long_paragraph_penalty: float
    long_section_penalty: float
    same_start_sentences: int
    same_start_penalty: float
    # min(1, sentences / judge_sentences): how far the shares of sentences are trusted
    confidence: float
    # the reading ease weighed with the prior (prior_reading_ease over prior_sentences)
    base: float
    score: int

    @property
    def penalty(self) -> float:
        return (
            self.long_sentence_penalty
            + self.long_paragraph_penalty
            + self.long_section_penalty
            + self.same_start_penalty
        )


@dataclass(frozen=True)
class Freshness:
    """The freshness score and what it was computed from."""

    last_reviewed: dt.date | None
    age_days: int | None
    status: str | None
    factor: float
    score: int
    # What the date is (facts.RECENCY_KEYS): the export's `last reviewed`, a Markdown page's `updated` or `published`.
    basis: str = "last reviewed"
    # The constants the file's scoring had (`[[overrides]]` may set them by glob).
    fresh_days: float = 30.0
    half_life_days: float = 730.0


@dataclass(frozen=True)
class Depth:
    """The depth score and what it was computed from."""

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
    """The quality score and what it was computed from."""

    weighted: float
    findings: Mapping[str, int]
    # findings' points per 1,000 words, the share of quality they take, over `words` words
    load: float
    share: float
    words: int
    score: int


@dataclass(frozen=True)
class Scores:
    """An article's four scores, and those its meta declares."""

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


def graded(share: float, start: float, slope: float, cap: float) -> float:
    """Points off for a share (in %): none up to `start`, then `slope` per point, at most `cap`."""
    return min(cap, slope * max(0.0, share - start))


def _sentence_words(block: Block) -> list[tuple[int, str]]:
    """(words, first word) of each sentence of the block that has a word."""
    return [(n, first) for _, _, n, first in block.sentence_words if n]


def clarity(article: Article, cfg: ScoringConfig, syllables: Syllables | None = None) -> Clarity:
    paragraphs = list(article.prose())
    by_paragraph = {id(b): _sentence_words(b) for b in paragraphs}
    para_words = {key: sum(count for count, _ in sents) for key, sents in by_paragraph.items()}
    sents = [s for b in paragraphs for s in by_paragraph[id(b)]]
    n = len(sents)
    words = sum(count for count, _ in sents)
    # Flesch reading ease of the prose as one text, the paragraphs joined by blank lines.
    flesch = paragraphs_reading_ease([b.text for b in paragraphs], syllables) if n else 0.0
    confidence = min(1.0, n / cfg.judge_sentences)
    long_n = sum(1 for count, _ in sents if count > cfg.long_sentence_words)
    share = 100.0 * long_n / n if n else 0.0
    long_pen = confidence * graded(share, cfg.long_sentence_green, cfg.long_sentence_slope, cfg.long_sentence_cap)
    para_excess = sum(max(0, w - cfg.long_paragraph_words) for w in para_words.values())
    sec_excess = sum(
        max(0, sum(para_words[id(b)] for b in s.paragraphs) - cfg.long_section_words) for s in article.sections
    )
    para_pen = cfg.long_paragraph_cap * min(1.0, para_excess / words) if words else 0.0
    sec_pen = cfg.long_section_cap * min(1.0, sec_excess / words) if words else 0.0
    in_runs = _same_start_sentences([first.casefold() for _, first in sents], cfg.same_start_run)
    run_pen = confidence * graded(100.0 * in_runs / n if n else 0.0, 0.0, cfg.same_start_slope, cfg.same_start_cap)
    k = cfg.prior_sentences
    base = (n * max(0.0, min(100.0, flesch)) + k * cfg.prior_reading_ease) / (n + k) if n + k else 0.0
    return Clarity(
        prose_words=words,
        sentences=n,
        flesch=flesch,
        long_sentences=long_n,
        long_share=share,
        long_sentence_penalty=long_pen,
        paragraph_excess=para_excess,
        section_excess=sec_excess,
        long_paragraph_penalty=para_pen,
        long_section_penalty=sec_pen,
        same_start_sentences=in_runs,
        same_start_penalty=run_pen,
        confidence=confidence,
        base=base,
        score=clamp_score(base - long_pen - para_pen - sec_pen - run_pen),
    )


def _same_start_sentences(starts: list[str], length: int) -> int:
    """Sentences in maximal runs of `length` or more consecutive sentences with the same first word."""
    total, i = 0, 0
    while i < len(starts):
        j = i
        while j + 1 < len(starts) and starts[j + 1] == starts[i]:
            j += 1
        if j - i + 1 >= length:
            total += j - i + 1
        i = j + 1
    return total


def freshness(article: Article, cfg: ScoringConfig, as_of: dt.date) -> Freshness:
    found = facts.recency(article)
    status = facts.value(article, "status")
    factor = cfg.status_factor.get((status or "").casefold(), 0.8)
    fresh, half = cfg.fresh_days, cfg.half_life_days
    if found is None:
        return Freshness(None, None, status, factor, 0, fresh_days=fresh, half_life_days=half)
    reviewed, _, basis = found
    age = (as_of - reviewed).days
    value = 100.0 * 0.5 ** (max(age - fresh, 0) / half) * factor
    return Freshness(reviewed, age, status, factor, clamp_score(value), basis, fresh, half)


def diminishing(points: float, have: float, half: float) -> float:
    """`points * have / (have + half)`: half the points at `half`, more for every
    unit after, never all of them."""
    return points * have / (have + half) if have > 0 else 0.0


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
    # A section has content when it says something new: a paragraph that repeats
    # none before it, or a code block unlike those before it (padding earns nothing).
    codes_seen: set[Any] = set()
    with_content = 0
    for section in article.body_sections:
        new_code = {code_key(b) for b in section.code_blocks} - codes_seen
        codes_seen |= new_code
        if new_code or any(id(b) not in repeated for b in section.paragraphs):
            with_content += 1
    return DepthBasis(
        paragraphs=paragraphs,
        repeated_paragraphs=len(repeats),
        sections_with_content=with_content,
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
        "prose": diminishing(cfg.depth_prose_points, unique_words, cfg.depth_prose_half),
        "sections": diminishing(cfg.depth_section_points, basis.sections_with_content, cfg.depth_section_half),
        "code": diminishing(cfg.depth_code_points, basis.code_examples, cfg.depth_code_half),
        "checklist": diminishing(cfg.depth_checklist_points, basis.checklist_items, cfg.depth_checklist_half),
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


def quality(
    parts: Mapping[str, int],
    findings: Iterable[Finding],
    words: int,
    cfg: ScoringConfig,
    more: Iterable[tuple[Severity, int]] = (),
) -> Quality:
    """The weighted scores, less the share the findings take: their points per
    1,000 words (a short article counted as `finding_words` long), at most
    `finding_cap` of it, half that at `finding_half_load`. `more`: the counts
    of findings not kept (max_findings_per_code), by severity."""
    weights = cfg.quality_weights
    weighted = sum(weights.get(name, 0.0) * parts[name] for name in ("depth", "clarity", "freshness"))
    counts = {sev.label: 0 for sev in reversed(Severity)}
    for sev, n in Counter(f.severity for f in findings).items():
        counts[sev.label] += n
    for sev, n in more:
        counts[sev.label] += n
    points = sum(cfg.finding_penalty.get(label, 0.0) * n for label, n in counts.items())
    over = max(words, cfg.finding_words)
    load = 1000.0 * points / over
    share = cfg.finding_cap * load / (load + cfg.finding_half_load)
    return Quality(weighted, counts, load, share, over, clamp_score(weighted * (1.0 - share)))


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
    inputs: ScoreInputs,
    findings: Iterable[Finding],
    cfg: ScoringConfig,
    boilerplate: Iterable[int] = (),
    more: Iterable[tuple[Severity, int]] = (),
) -> Scores:
    c, f = inputs.clarity, inputs.freshness
    d = depth(inputs.depth, cfg, boilerplate)
    q = quality({"clarity": c.score, "freshness": f.score, "depth": d.score}, findings, c.prose_words, cfg, more)
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
    if f.last_reviewed is None:
        fresh = "freshness: no valid review date -> 0"
    else:
        past = max((f.age_days or 0) - f.fresh_days, 0)
        fresh = (
            f"freshness: {f.basis} {f.last_reviewed}, age {f.age_days} days, status {f.status!r} "
            f"(factor {f.factor:g})\n"
            f"  100 * 0.5 ** (max(0, {f.age_days} - {f.fresh_days:g}) / {f.half_life_days:g}) * {f.factor:g} = "
            f"{100 * 0.5 ** (past / f.half_life_days) * f.factor:.2f} -> {f.score}"
        )
    n, words = c.sentences, c.prose_words
    runs_share = 100.0 * c.same_start_sentences / n if n else 0.0
    judged = f"min(1, {n}/{cfg.judge_sentences})"
    lines = [
        f"clarity: {plural(n, 'sentence')}, {plural(words, 'word')} of prose",
        f"  Flesch reading ease (textstat) {c.flesch:.2f}, clamped to 0..100: {max(0.0, min(100.0, c.flesch)):.2f};"
        f" with {cfg.prior_sentences:g} sentences of {cfg.prior_reading_ease:g}: ({n} * "
        f"{max(0.0, min(100.0, c.flesch)):.2f} + {cfg.prior_sentences:g} * {cfg.prior_reading_ease:g}) / "
        f"({n} + {cfg.prior_sentences:g}) = {c.base:.2f}",
        f"  long sentences (> {cfg.long_sentence_words} words): {c.long_sentences} = {c.long_share:.1f} %: "
        f"min({cfg.long_sentence_cap:g}, {cfg.long_sentence_slope:g} * max(0, {c.long_share:.1f} - "
        f"{cfg.long_sentence_green:g})) * {judged} = {c.long_sentence_penalty:.2f}",
        f"  long paragraphs (over {plural(cfg.long_paragraph_words, 'word')}): {c.paragraph_excess} of {words} "
        "words beyond -> "
        f"{cfg.long_paragraph_cap:g} * {min(1.0, c.paragraph_excess / words) if words else 0:.3f} = "
        f"{c.long_paragraph_penalty:.2f}",
        f"  long sections (over {plural(cfg.long_section_words, 'word')}): {c.section_excess} of {words} "
        "words beyond -> "
        f"{cfg.long_section_cap:g} * {min(1.0, c.section_excess / words) if words else 0:.3f} = "
        f"{c.long_section_penalty:.2f}",
        f"  sentences in runs of {cfg.same_start_run}+ with the same first word: {c.same_start_sentences} = "
        f"{runs_share:.1f} %: min({cfg.same_start_cap:g}, {cfg.same_start_slope:g} * {runs_share:.1f}) * "
        f"{judged} = {c.same_start_penalty:.2f}",
        f"  {c.base:.2f} - {c.long_sentence_penalty:.2f} - {c.long_paragraph_penalty:.2f} - "
        f"{c.long_section_penalty:.2f} - {c.same_start_penalty:.2f} -> {c.score}",
        fresh,
        f"depth: {plural(d.unique_prose_words, 'unique prose word')} ({d.repeated_paragraphs} repeated and "
        f"{d.boilerplate_paragraphs} boilerplate paragraphs left out), {plural(d.sections_with_content, 'section')} "
        f"with content, {plural(d.code_examples, 'distinct code example')}, "
        f"{plural(d.checklist_items, 'distinct checklist item')}",
        f"  {cfg.depth_prose_points:g} * {d.unique_prose_words}/({d.unique_prose_words} + {cfg.depth_prose_half:g})"
        f" = {d.points['prose']:.2f} + {cfg.depth_section_points:g} * {d.sections_with_content}/"
        f"({d.sections_with_content} + {cfg.depth_section_half:g}) = {d.points['sections']:.2f}",
        f"  + {cfg.depth_code_points:g} * {d.code_examples}/({d.code_examples} + {cfg.depth_code_half:g}) = "
        f"{d.points['code']:.2f} + {cfg.depth_checklist_points:g} * {d.checklist_items}/({d.checklist_items} + "
        f"{cfg.depth_checklist_half:g}) = {d.points['checklist']:.2f} -> {d.score}",
        f"quality: {w.get('depth', 0):g} * {d.score} + {w.get('clarity', 0):g} * {c.score} + "
        f"{w.get('freshness', 0):g} * {f.score} = {q.weighted:.2f}",
        f"  findings: {plural(q.findings['error'], 'error')} * {p.get('error', 0):g} + "
        f"{plural(q.findings['warning'], 'warning')} * {p.get('warning', 0):g} + "
        f"{plural(q.findings['info'], 'info')} * {p.get('info', 0):g} = "
        f"{q.load * q.words / 1000:g} points over {q.words} words = {q.load:.2f} per 1,000 words",
        f"  share {cfg.finding_cap:g} * {q.load:.2f} / ({q.load:.2f} + {cfg.finding_half_load:g}) = {q.share:.3f}",
        f"  {q.weighted:.2f} * (1 - {q.share:.3f}) -> {q.score}",
    ]
    return "\n".join(lines) + "\n"
