"""What a run is asked to do, the rules that run, and what cached results depend on."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import field
from pathlib import Path

from lintkit import __version__
from lintkit.config import Config
from lintkit.rules import Kind, Rule, registry
from lintkit.structs import dataclass


@dataclass(frozen=True)
class Settings:
    """Everything a worker needs to lint a file, picklable."""

    config: Config
    as_of: dt.date
    # Compute scores even when no rule needs them (a report shows them).
    want_scores: bool = False
    # Never compute scores (and skip the rules on them): --no-scores.
    no_scores: bool = False
    # lintkit's cache folder (.lintkit_cache), or None with --no-cache.
    cache_dir: Path | None = None
    # Keep every intermediate value of the scores (FileResult.breakdown): `score --explain`.
    breakdown: bool = False
    # The current folder when the run was asked for: relative paths are relative to it.
    cwd: str = field(default_factory=os.getcwd)
    # Keep at most `max_findings_per_code` findings of a code per file (pipeline.cap). Off to
    # fix (every fix is wanted) and beside a baseline, which matches findings one by one: the
    # report caps what the baseline leaves (pipeline.report).
    capped: bool = True

    @property
    def finding_cap(self) -> int:
        """How many findings of a code a file keeps (0: all)."""
        return self.config.max_findings_per_code if self.capped else 0


def enabled_rules(config: Config) -> list[Rule]:
    """The rules that run: the selection's, and a rule off by default when its
    option turns it on. The url rule (IMG006) runs only with its option
    (`--check-urls`, `check_urls = true`), whatever the selection: `--select
    IMG` must not open a socket."""

    def on(r: Rule) -> bool:
        by_option = r.enabled_by is not None and bool(config.options.get(r.enabled_by))
        if r.kind is Kind.URLS and not by_option:
            return False
        return config.selection.enabled(r.code, r.default_enabled or by_option)

    return [r for r in registry().values() if on(r)]


def wants_scores(rules: Iterable[Rule], settings: Settings) -> bool:
    return not settings.no_scores and (settings.want_scores or any(r.kind is Kind.SCORES for r in rules))


# The kinds of rules whose findings quality counts: not the url check (the
# network's answer is not the article's), not the rules on the scores.
COUNTED_KINDS = (Kind.ARTICLE, Kind.CORPUS)


def counted_rules(config: Config) -> list[Rule]:
    """The rules whose findings quality counts: those the config file selects,
    whatever `--select` and `--ignore` say, so that a score depends on the
    article, the config and the corpus only (docs/scoring.md)."""
    selection = config.scored_selection
    return [r for r in registry().values() if r.kind in COUNTED_KINDS and selection.enabled(r.code, r.default_enabled)]


def run_rules(settings: Settings) -> tuple[list[Rule], frozenset[str] | None]:
    """The rules a run runs, and the codes it reports (None: all of them). With
    scores, the rules quality counts run too, reported or not."""
    rules = enabled_rules(settings.config)
    if not wants_scores(rules, settings):
        return rules, None
    have = {r.code for r in rules}
    extra = [r for r in counted_rules(settings.config) if r.code not in have]
    if not extra:
        return rules, None
    return rules + extra, frozenset(have)


@functools.cache
def code_fingerprint() -> str:
    """lintkit's own source files, by size and modification time: an edited rule
    invalidates cached results even before the version number changes."""
    package = Path(__file__).resolve().parent.parent
    stats = []
    for path in sorted(package.rglob("*.py")):
        with contextlib.suppress(OSError):
            st = path.stat()
            stats.append((path.relative_to(package).as_posix(), st.st_size, st.st_mtime_ns))
    return hashlib.blake2b(repr(stats).encode(), digest_size=8).hexdigest()


def settings_key(
    settings: Settings, rules: Sequence[Rule], corpus: bool, reported: frozenset[str] | None = None
) -> str:
    """What a cached analysis depends on besides the file's bytes (and its path,
    which picks its format: the format table's overrides are part of it)."""
    config = settings.config
    parts = (
        __version__,
        code_fingerprint(),
        settings.as_of.isoformat(),
        sorted(r.code for r in rules),
        sorted(config.options.items(), key=lambda kv: kv[0]),
        sorted((c, s.label) for c, s in config.severity.items()),
        [(p.pattern, p.codes) for p in config.per_file_ignores],
        repr(config.scoring),
        config.formats,
        repr(config.overrides),
        str(config.root),  # IMG008 looks for site-absolute images under it
        wants_scores(rules, settings),
        corpus,
        sorted(r.code for r in counted_rules(config)),
        None if reported is None else sorted(reported),
        settings.finding_cap,  # a result made with another cap holds other findings
    )
    return hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()
