"""The command line: load config, call the engine, hand results to a reporter.

Exit codes: 0 no finding at or above the fail level, 1 at least one, 2 a
usage or configuration error (the message says what and where), 3 an
internal error (a bug: the traceback, then what to report), 130 interrupted.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import importlib.util
import os
import sqlite3
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from lintkit import __version__
from lintkit.config import CACHE_DIR_NAME, Config, ConfigError, cache_folder, load_config, parse_min_scores, split_codes
from lintkit.db import disk_full
from lintkit.docgen import explain_text
from lintkit.files import Target, restat
from lintkit.formats import FORMATS as INPUT_FORMATS
from lintkit.interrupts import exit_code
from lintkit.model import Finding
from lintkit.output import PROGRESS_MIN_FILES, UsageFailure, check_outputs, on_terminal, progress_bar, report_stream
from lintkit.pipeline.discover import discover
from lintkit.pipeline.run import run
from lintkit.pipeline.settings import Settings
from lintkit.reports import FORMATS
from lintkit.results import Summary
from lintkit.rules import registry

# Options several commands share, declared once.
config_option = click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Config file (lintkit.toml or pyproject.toml) instead of the nearest one.",
)
as_of_option = click.option(
    "--as-of",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    metavar="YYYY-MM-DD",
    help="Date that review ages and scores are computed at [default: today].",
)
jobs_option = click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=None, help="Worker processes [default: the number of CPUs]."
)
no_cache_option = click.option("--no-cache", is_flag=True, help="Neither read nor write .lintkit_cache/.")
check_urls_option = click.option("--check-urls", is_flag=True, help="Check online that image urls answer (IMG006).")
url_timeout_option = click.option(
    "--url-timeout",
    type=click.FloatRange(min=0.1),
    metavar="SECONDS",
    help="Seconds one attempt at a url may take in all, and the longest wait between attempts [default: 10].",
)


def _settings(
    config: Config, as_of: dt.datetime | None, no_cache: bool, want_scores: bool, no_scores: bool = False
) -> Settings:
    return Settings(
        config=config,
        as_of=as_of.date() if as_of else dt.date.today(),
        want_scores=want_scores,
        no_scores=no_scores,
        cache_dir=None if no_cache else cache_folder(config),
    )


def _jobs(jobs: int | None) -> int:
    return jobs or os.cpu_count() or 1


def _codes(value: str | None) -> tuple[str, ...] | None:
    return split_codes(value) if value is not None else None


def _print_diff(text: str) -> None:
    click.echo(text, nl=False)


def _note(text: str) -> None:
    """A line for the user on stderr, where a CI log shows it and the report stays clean (what a report
    left out, what --fix did)."""
    click.echo(f"lintkit: {text}", err=True)


# A bug in lintkit: told apart from findings (1) and usage errors (2), so that no CI gate reads it as either.
INTERNAL_ERROR = 3


class _Main(click.Group):
    def invoke(self, ctx: click.Context) -> object:
        try:
            return self._invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:
            import traceback

            traceback.print_exc()
            click.echo(
                f"lintkit: internal error ({type(exc).__name__}: {exc}); this is a bug in lintkit: "
                "please report it with the traceback above",
                err=True,
            )
            raise click.exceptions.Exit(INTERNAL_ERROR) from None

    def _invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM (lintkit.interrupts): 128 + the signal
            click.echo("lintkit: interrupted", err=True)
            raise click.exceptions.Exit(exit_code(exc)) from None
        except OSError as exc:
            if exc.errno not in (errno.EPIPE, errno.ENOSPC, errno.EIO, errno.EDQUOT):
                raise
            _silence_stdout()  # what is still buffered would fail again at exit
            if exc.errno == errno.EPIPE:  # the reader went away (`| head`): stop quietly
                raise click.exceptions.Exit(1) from None
            raise UsageFailure(f"cannot write the report: {exc.strerror}") from None
        except sqlite3.Error as exc:  # a cache damaged in a way opening it did not show, or held too long
            if disk_full(exc):  # after the first result: too late to run again without the cache
                advice = "the disk under it is full: free some space, or run with --no-cache"
            elif "locked" in str(exc):
                advice = "another lintkit run held it too long; run again, or with --no-cache"
            else:
                advice = "delete it, or run with --no-cache"
            raise UsageFailure(f"the cache folder {CACHE_DIR_NAME}/ cannot be used ({exc}): {advice}") from None


def _silence_stdout() -> None:
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="lintkit", message="%(prog)s %(version)s")
def main() -> None:
    """lintkit: a content linter and quality scorer for article corpora."""


def _discovered(paths: tuple[str, ...], config: Config) -> list[Target]:
    """The files to lint; a ConfigError when the paths hold none (a misdirected
    CI gate must not pass on nothing)."""
    targets = discover(paths, config)
    if not targets:
        kinds = "; ".join(f"{', '.join('*' + x for x in f.suffixes)} ({name})" for name, f in INPUT_FORMATS.items())
        raise ConfigError(
            f"no file to lint under {', '.join(map(repr, paths))}: lintkit reads {kinds}; "
            "`[tool.lintkit.formats]` maps other names to a format, and `exclude` may hide files"
        )
    return targets


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="rich",
    show_default=True,
    help="Output format (rich prints plain lines when not on a terminal).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False, writable=True),
    help="Write the report to FILE instead of standard output.",
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    help="Lowest severity that makes the exit code 1 [default: error, or the config's].",
)
@click.option("--select", metavar="CODES", help="Comma-separated codes or prefixes to run (replaces the config's).")
@click.option("--ignore", metavar="CODES", help="Comma-separated codes or prefixes to skip (adds to the config's).")
@config_option
@as_of_option
@click.option("--quiet", "-q", is_flag=True, help="Print findings only, no summary.")
@click.option(
    "--min-score",
    "min_scores",
    multiple=True,
    metavar="NAME=N",
    help="Fail (SCORE001) when a computed score is below N, e.g. quality=60; repeatable.",
)
@click.option("--no-scores", is_flag=True, help="Do not compute scores (faster; META010 and SCORE001 do not run).")
@jobs_option
@no_cache_option
@click.option(
    "--baseline",
    "baseline_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Report only findings that are not in this baseline (see --write-baseline).",
)
@click.option(
    "--write-baseline",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Record every finding of this run in FILE, to be passed to --baseline later.",
)
@click.option("--fix", is_flag=True, help="Apply the safe fixes to the files, then report what remains.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, apply the unsafe fixes too.")
@click.option(
    "--diff", "show_diff", is_flag=True, help="Print the fixes as a unified diff and write nothing (exit 1 if any)."
)
@click.option("--fix-only", is_flag=True, help="Apply the safe fixes and report only what was fixed.")
@check_urls_option
@url_timeout_option
def check(
    paths: tuple[str, ...],
    fmt: str,
    output: Path | None,
    fail_on: str | None,
    select: str | None,
    ignore: str | None,
    config_file: Path | None,
    as_of: dt.datetime | None,
    quiet: bool,
    min_scores: tuple[str, ...],
    no_scores: bool,
    jobs: int | None,
    no_cache: bool,
    baseline_file: Path | None,
    write_baseline: Path | None,
    check_urls: bool,
    url_timeout: float | None,
    fix: bool,
    unsafe_fixes: bool,
    show_diff: bool,
    fix_only: bool,
) -> None:
    """Lint articles: PATHS are files or folders (every *.txt below them)."""
    from lintkit.baseline import Baseline, BaselineError
    from lintkit.baseline import write_baseline as save_baseline
    from lintkit.config import check_no_scores
    from lintkit.reports import SHOWS_SCORES, RunInfo, reporter_class

    try:
        config = load_config(config_file).with_cli(
            select=_codes(select),
            ignore=_codes(ignore),
            fail_on=fail_on,
            min_scores=parse_min_scores(min_scores),
            options=_url_options(check_urls, url_timeout),
        )
        _require_online(config)
        check_no_scores(config, no_scores, from_cli=bool(min_scores))
        targets = _discovered(paths, config)
        baseline = Baseline.load(baseline_file) if baseline_file else None
    except (ConfigError, BaselineError) as exc:
        raise UsageFailure(str(exc)) from None
    check_outputs([(output, "--output"), (write_baseline, "--write-baseline")], targets, config, baseline_file)
    settings = _settings(config, as_of, no_cache, want_scores=fmt in SHOWS_SCORES, no_scores=no_scores)
    if show_diff or fix or fix_only:
        from lintkit.pipeline.fixing import fix_and_tell

        changed = fix_and_tell(targets, settings, unsafe_fixes, not show_diff, _jobs(jobs), _note, _print_diff)
        if show_diff or fix_only:
            sys.exit(1 if show_diff and changed else 0)
        # The size and time discovery saw are those of the old bytes, under
        # which the caches hold the old results: the fixed files are seen anew.
        targets = [restat(t) if t.display in changed else t for t in targets]
    recorded: list[tuple[Finding, ...]] = []
    long_run = len(targets) > PROGRESS_MIN_FILES or bool(config.options.get("check_urls"))
    show_progress = fmt == "rich" and output is None and long_run and on_terminal()
    with progress_bar(show_progress) as progress, report_stream(output) as stream:
        # Built inside the progress display, so that its output goes above the bar.
        reporter = reporter_class(fmt)(stream)
        reporter.start(RunInfo(registry(), config.fail_on, settings.as_of, quiet, note=_note))
        summary = Summary()
        try:
            for result in run(targets, settings, _jobs(jobs), progress, note=_note):
                if write_baseline is not None:
                    recorded.append(result.findings)
                if baseline is not None:
                    result = replace(result, findings=tuple(baseline.new_findings(result.findings)))
                summary.add(result)
                reporter.file(result)
                for error in result.errors:
                    click.echo(f"lintkit: {error}", err=True)
        except ConfigError as exc:
            raise UsageFailure(str(exc)) from None
        reporter.finish(summary)
    if write_baseline is not None:
        with report_stream(write_baseline, "--write-baseline") as stream:
            n = save_baseline(stream, recorded)
        click.echo(f"lintkit: wrote {n} findings to the baseline {write_baseline}", err=True)
    sys.exit(1 if summary.at_or_above(config.fail_on) else 0)


def _url_options(check_urls: bool, url_timeout: float | None) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if check_urls:
        options["check_urls"] = True
    if url_timeout is not None:
        options["url_timeout"] = url_timeout
    return options


def _require_online(config: Any) -> None:
    """The url check needs httpx, which only the `online` extra installs."""
    if config.options.get("check_urls") and importlib.util.find_spec("httpx") is None:
        raise ConfigError("--check-urls needs httpx: pip install 'lintkit[online]'")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["rich", "json", "csv"]), default="rich", show_default=True)
@click.option(
    "--sort",
    type=click.Choice(["quality", "freshness", "depth", "clarity"]),
    default="quality",
    show_default=True,
    help="The score to rank by, worst first.",
)
@config_option
@as_of_option
@click.option("--explain", is_flag=True, help="Print each article's calculation (docs/scoring.md).")
@jobs_option
@no_cache_option
def score(
    paths: tuple[str, ...],
    fmt: str,
    sort: str,
    config_file: Path | None,
    as_of: dt.datetime | None,
    explain: bool,
    jobs: int | None,
    no_cache: bool,
) -> None:
    """Score articles (quality, freshness, depth, clarity), worst first."""
    from lintkit.reports.scores import WRITERS
    from lintkit.scoring import explain as explain_scores

    try:
        config = load_config(config_file)
        targets = _discovered(paths, config)
    except ConfigError as exc:
        raise UsageFailure(str(exc)) from None
    settings = replace(_settings(config, as_of, no_cache, want_scores=True), breakdown=explain)
    results = list(run(targets, settings, _jobs(jobs), note=_note))
    if explain:
        for result in results:
            detail = explain_scores(result.breakdown, config.scoring) if result.breakdown else "unreadable: no scores\n"
            click.echo(f"{result.path}\n{detail}")
        return
    WRITERS[fmt](results, sys.stdout, sort)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--html",
    "html_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Also write the report as one HTML page.",
)
@config_option
@as_of_option
@jobs_option
@no_cache_option
@check_urls_option
@url_timeout_option
def audit(
    paths: tuple[str, ...],
    html_file: Path | None,
    config_file: Path | None,
    as_of: dt.datetime | None,
    jobs: int | None,
    no_cache: bool,
    check_urls: bool,
    url_timeout: float | None,
) -> None:
    """A whole-corpus report for editors: findings, scores, worst articles, boilerplate."""
    from lintkit.audit import AuditData
    from lintkit.corpus.view import Cluster, clusters
    from lintkit.reports import audit as audit_report
    from lintkit.reports import html as html_report
    from lintkit.results import FileResult

    try:
        config = load_config(config_file).with_cli(options=_url_options(check_urls, url_timeout))
        _require_online(config)
        targets = _discovered(paths, config)
    except ConfigError as exc:
        raise UsageFailure(str(exc)) from None
    check_outputs([(html_file, "--html")], targets, config)
    settings = _settings(config, as_of, no_cache, want_scores=True)
    results: list[FileResult] = []
    shared: list[Cluster] = []
    summary = Summary()
    show_progress = (len(targets) > PROGRESS_MIN_FILES or bool(config.options.get("check_urls"))) and on_terminal()
    with progress_bar(show_progress) as progress:
        try:
            for result in run(
                targets, settings, _jobs(jobs), progress, lambda index: shared.extend(clusters(index)), _note
            ):
                summary.add(result)
                results.append(result)
        except ConfigError as exc:
            raise UsageFailure(str(exc)) from None
    data = AuditData(results, summary, registry(), settings.as_of, shared)
    audit_report.render(data, sys.stdout)
    if html_file is not None:
        with report_stream(html_file, "--html") as stream:
            stream.write(html_report.render(data))
        click.echo(f"lintkit: wrote {html_file}", err=True)


@main.command("rules")
def rules_command() -> None:
    """List every rule: code, name, category, default severity, fix and summary."""
    from lintkit.reports.rules import write_rules

    write_rules(registry().values(), sys.stdout)


@main.command()
@click.argument("code")
def explain(code: str) -> None:
    """Show a rule's documentation (by code, e.g. DUP001, or by name)."""
    wanted = code.strip()
    for r in registry().values():
        if wanted.upper() == r.code or wanted.lower() == r.name:
            click.echo(explain_text(r))
            return
    raise UsageFailure(f"unknown rule {code!r}; `lintkit rules` lists them")


if __name__ == "__main__":  # pragma: no cover
    main()
