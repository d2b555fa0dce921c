"""The two stages of one file, pure functions of their inputs.

Stage A (`Stages.analyse`) depends on the file alone: read, decode, parse,
the article rules, what the scores need, the corpus fingerprints. It runs in
worker processes and its result (an `Analysis`) is cached by the file's size
and stamp (files.stamp). Stage B (`Stages.finish`) needs the corpus: the corpus
rules with the file's `CorpusView`, the url rules with the online check's
answers, the scores (depth without boilerplate, quality from every finding)
and the rules on the scores. Each rule receives the input its kind names.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import stat
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from lintkit import facts
from lintkit.analysis import checked_urls
from lintkit.corpus.sketch import Prints, digest_bytes, fingerprint
from lintkit.corpus.view import Lookup
from lintkit.files import Target, relative_to_root, stamp
from lintkit.formats import DEFAULT_FORMAT, FORMATS, MAX_FILE_BYTES, Format, format_for, parse_bytes, read_article
from lintkit.model import Article, Finding, Suppression
from lintkit.pipeline.cap import Capped
from lintkit.pipeline.settings import Settings, counted_rules, wants_scores
from lintkit.results import Analysis, FileResult, Omitted
from lintkit.rules import Context, Hit, Kind, Rule, UrlView
from lintkit.scoring import Scores, ScoringConfig, finish_scores, score_inputs
from lintkit.selection import ignored_for
from lintkit.syllables import Syllables

if TYPE_CHECKING:
    from lintkit.urls import UrlResult


class Stages:
    """The stages of a run's files: its settings and rules (sorted by kind once),
    and the syllable table its scores read."""

    def __init__(
        self,
        settings: Settings,
        rules: Sequence[Rule],
        corpus: bool,
        syllables: Syllables,
        reported: frozenset[str] | None = None,
    ) -> None:
        self.settings = settings
        self.rules = tuple(rules)
        # The codes the run reports (None: every rule's); the others run for quality only.
        self.reported = reported
        self.counted = frozenset(r.code for r in counted_rules(settings.config))
        self.corpus = corpus
        self.syllables = syllables
        # At most this many findings of a code per file are kept (0: all of them).
        self.cap = settings.finding_cap
        by_kind: dict[Kind, list[Rule]] = {kind: [] for kind in Kind}
        for r in self.rules:
            by_kind[r.kind].append(r)
        self.article_rules = tuple(by_kind[Kind.ARTICLE])
        self.corpus_rules = tuple(by_kind[Kind.CORPUS])
        self.url_rules = tuple(by_kind[Kind.URLS])
        self.score_rules = tuple(by_kind[Kind.SCORES])
        self.scores = wants_scores(self.rules, settings)
        self.context = self._context(settings.config.options)
        # Each format as the config's options set it up (Markdown's front matter keys, say).
        self.formats = {f.name: f.configured(settings.config.options) for f in FORMATS.values()}
        # The same for the files `[[overrides]]` match, by the overrides that match.
        self._by_overrides: dict[tuple[int, ...], tuple[Context, Mapping[str, Format], ScoringConfig]] = {
            (): (self.context, self.formats, settings.config.scoring)
        }

    # -- running rules -----------------------------------------------------------

    def run_rules(
        self,
        subject: Any,
        rules: Iterable[Rule],
        path: str,
        lines: Sequence[str] = (),
        suppressions: Sequence[Suppression] = (),
    ) -> tuple[list[Finding], list[Omitted], list[str]]:
        """Each rule's hits on its input as findings of the file `path`, less
        those a suppression comment covers, at most `max_findings_per_code` of
        each rule (the rest counted: pipeline.cap); a rule that crashes loses
        its own findings only (the error is returned)."""
        config = self.settings.config
        findings: list[Finding] = []
        omitted: list[Omitted] = []
        errors: list[str] = []
        # per-file-ignores patterns are relative to the folder of the config file, as ruff's are
        # (the path as given, links not followed).
        ignores = config.per_file_ignores
        relative = relative_to_root(path, config.root, self.settings.cwd) if ignores or config.overrides else ""
        make = Finding.from_values
        ctx = self.setup(relative)[0] if config.overrides else self.context
        limit = self.cap
        for r in rules:
            if ignores and ignored_for(relative, ignores, r.code):
                continue
            severity = config.severity.get(r.code, r.severity)
            code = r.code
            capped = Capped(limit) if limit else None
            try:
                for hit in r.check(subject, ctx):
                    if suppressions and any(s.covers(code, hit.line) for s in suppressions):
                        continue
                    # A finding that holds only while a file is missing is never left out:
                    # the run drops it when the file exists.
                    cap = capped if capped is not None and not hit.unless_exists else None
                    if cap is not None and cap.over(hit.line, hit.column, hit.fix):
                        continue  # left out, and counted
                    # Finding's fields in order (Finding.from_values: the frozen __init__ costs twice as much).
                    finding = make(
                        (
                            code,
                            r.name,
                            r.category.value,
                            severity,
                            hit.message,
                            path,
                            hit.line,
                            hit.column,
                            hit.end_line,
                            hit.related,
                            _anchor(lines, hit),
                            hit.unless_exists,
                            hit.fix,
                        )
                    )
                    (findings.append if cap is None else cap.add)(finding)
            except Exception as exc:  # a bug in a rule must not stop the run
                errors.append(f"{path}: internal error in {code}: {exc!r}")
            if capped is not None:
                kept, left_out = capped.result(code, severity)
                findings += kept
                if left_out is not None:
                    omitted.append(left_out)
        return findings, omitted, errors

    # -- stage A -------------------------------------------------------------------

    def analyse(self, target: Target) -> Analysis:
        """Stage A for one file."""
        size, version = target.size, target.stamp
        if size < 0:
            try:
                st = target.file.stat()
                if stat.S_ISREG(st.st_mode):
                    size, version = st.st_size, stamp(st)
            except OSError:
                pass  # unreadable, or not a regular file: STR001 says why; the key stays the path
        data = b""
        if 0 <= size <= MAX_FILE_BYTES:
            with contextlib.suppress(OSError):
                data = target.file.read_bytes()
        fmt = self.format_of(target.key)  # the name's format: standard input is read from a copy
        article = read_article(target.file, target.display, fmt) if size > MAX_FILE_BYTES or not data else None
        if article is None:
            article = parse_bytes(data, target.display, fmt)
        return self.analysis(article, target.key, digest_bytes(data), size, version)

    def analysis(self, article: Article, key: str, digest: str = "", size: int = -1, version: int = -1) -> Analysis:
        """Stage A for an article already parsed."""
        rules = [
            r for r in self.article_rules if (article.readable or r.on_unreadable) and r.applies_to(article.format)
        ]
        findings, omitted, errors = self.run_rules(article, rules, article.path, article.lines, article.suppressions)
        inputs = None
        # An unreadable file's prints are empty, and given all the same: without
        # them the index would read and parse the file a second time.
        prints = self.fingerprint(article) if self.corpus else None
        urls: tuple[tuple[int, str], ...] = ()
        if article.readable:
            config = self.settings.config
            if self.scores:
                scoring = config.scoring
                if config.overrides:
                    scoring = self.setup(relative_to_root(article.path, config.root, self.settings.cwd))[2]
                inputs = score_inputs(article, scoring, config.options, self.settings.as_of, self.syllables)
            if self.url_rules:
                urls = checked_urls(article)
        return Analysis(
            article.path,
            key,
            article.format,
            article.readable,
            tuple(findings),
            tuple(errors),
            inputs,
            prints,
            digest,
            size,
            version,
            urls,
            article.suppressions,
            title.text if article.readable and (title := facts.title(article)) else None,
            tuple(omitted),
        )

    def format_of(self, path: str) -> Format:
        """A file's input format: the config's globs, the suffix, or the default
        (a file named on the command line that no format claims), set up with
        the options of the file (the `[[overrides]]` that match it)."""
        config = self.settings.config
        relative = relative_to_root(path, config.root, self.settings.cwd) if config.formats or config.overrides else ""
        fmt = format_for(relative, config.formats) if config.formats else format_for(path)
        formats = self.setup(relative)[1] if config.overrides else self.formats
        return formats[(fmt or DEFAULT_FORMAT).name]

    def setup(self, relative: str) -> tuple[Context, Mapping[str, Format], ScoringConfig]:
        """The context, formats and scoring constants of a file (its path relative
        to the config's folder): the config's, then those of each override matching it."""
        config = self.settings.config
        overrides = config.overrides
        matched = tuple(i for i, o in enumerate(overrides) if o.matches(relative))
        found = self._by_overrides.get(matched)
        if found is None:
            options = dict(config.options)
            scoring = config.scoring
            for i in matched:
                options.update(overrides[i].options)
                changed = dict(overrides[i].scoring)
                if "status_factor" in changed:
                    changed["status_factor"] = {**scoring.status_factor, **changed["status_factor"]}
                scoring = dataclasses.replace(scoring, **changed)
            context = self._context(options)
            found = (context, {f.name: f.configured(options) for f in FORMATS.values()}, scoring)
            self._by_overrides[matched] = found
        return found

    def _context(self, options: Mapping[str, Any]) -> Context:
        settings = self.settings
        cwd = os.path.abspath(settings.cwd)
        return Context(settings.as_of, options, cwd, os.path.join(cwd, settings.config.root))

    def fingerprint(self, article: Article) -> Prints:
        """The corpus fingerprints of an article (linted, or only part of the corpus)."""
        if not article.readable:
            return Prints((), ())
        options = self.settings.config.options
        return fingerprint(article, options["near_duplicate_min_chars"], min_words=options["duplicate_min_words"])

    # -- stage B -------------------------------------------------------------------

    def finish(
        self, analysis: Analysis, lookup: Lookup | None, url_results: Mapping[str, UrlResult] | None = None
    ) -> FileResult:
        """Stage B for one file: the corpus rules and the url check, the scores and
        the rules on them."""
        findings, errors = list(analysis.findings), list(analysis.errors)
        omitted = list(analysis.omitted)
        path = analysis.display
        if not analysis.readable:
            return self._result(analysis, findings, omitted, errors, None, None)
        view = None
        suppressions = analysis.suppressions
        if lookup is not None and analysis.prints is not None:
            view = lookup.view(analysis.key, analysis.prints)
            more, more_omitted, more_errors = self.run_rules(view, self.corpus_rules, path, (), suppressions)
            findings += more
            omitted += more_omitted
            errors += more_errors
        if url_results is not None:
            urls = UrlView(analysis.urls, url_results)
            more, more_omitted, more_errors = self.run_rules(urls, self.url_rules, path, (), suppressions)
            findings += more
            omitted += more_omitted
            errors += more_errors
        scores: dict[str, Any] | None = None
        computed: Scores | None = None
        if analysis.inputs is not None and self.scores:
            config = self.settings.config
            boilerplate = view.boilerplate_lines(config.options["boilerplate_min_articles"]) if view else ()
            # Quality counts the findings of the config's rules (not those --select
            # adds or --ignore drops), those left out by the cap too; not a finding
            # on a file beside the article (IMG008), which may go without the
            # article changing.
            counted = [f for f in findings if f.code in self.counted and not f.unless_exists]
            more_counted = [(o.severity, o.count) for o in omitted if o.code in self.counted]
            computed = finish_scores(analysis.inputs, counted, config.scoring, boilerplate, more_counted)
            scores = {"computed": computed.computed(), "declared": computed.declared_values()}
            more, more_omitted, more_errors = self.run_rules(computed, self.score_rules, path, (), suppressions)
            findings += more
            omitted += more_omitted
            errors += more_errors
        return self._result(analysis, findings, omitted, errors, scores, computed)

    def _result(
        self,
        analysis: Analysis,
        findings: list[Finding],
        omitted: list[Omitted],
        errors: list[str],
        scores: dict[str, Any] | None,
        computed: Scores | None,
    ) -> FileResult:
        """The file's result: the findings of the rules the run reports, sorted."""
        findings = self.reported_only(findings)
        findings.sort(key=Finding.sort_key)
        reported = self.reported
        left_out = tuple(o for o in omitted if reported is None or o.code in reported)
        breakdown = computed if self.settings.breakdown else None
        path, title = analysis.display, analysis.title
        return FileResult(path, analysis.format, tuple(findings), scores, tuple(errors), breakdown, title, left_out)

    def reported_only(self, findings: list[Finding]) -> list[Finding]:
        """The findings of the rules the run reports (the others ran for quality only)."""
        reported = self.reported
        return findings if reported is None else [f for f in findings if f.code in reported]


def existing_files_checked(result: FileResult, exists: Callable[[str], bool] = os.path.exists) -> FileResult:
    """The result without the findings that hold only while a file is missing
    (Finding.unless_exists) when one of their files exists now: the run asks
    this of every result, fresh, replayed or made by a worker, so that a
    cached result never reports a file missing that was added since."""
    findings = result.findings
    if not any(f.unless_exists for f in findings):
        return result
    kept = tuple(f for f in findings if not (f.unless_exists and any(map(exists, f.unless_exists))))
    return result if len(kept) == len(findings) else dataclasses.replace(result, findings=kept)


def _anchor(lines: Sequence[str], hit: Hit) -> str:
    if hit.anchor is not None:
        return hit.anchor
    if 1 <= hit.line <= len(lines):
        return lines[hit.line - 1].strip()
    return ""


def check_article(
    article: Article, rules: Sequence[Rule], settings: Settings, lookup: Lookup | None = None
) -> FileResult:
    """Both stages for an article already parsed, in this process (the tests'
    entry point, and a library user's): with `lookup`, against a corpus index
    that holds the article under its path."""
    from lintkit.syllables import for_run

    stages = Stages(settings, rules, lookup is not None, for_run(settings.cache_dir))
    return existing_files_checked(stages.finish(stages.analysis(article, article.path), lookup))
