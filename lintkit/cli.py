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

from lintkit import __version__, compiled
from lintkit.cli_options import (
    as_of_option,
    cache_dir_option,
    check_options,
    check_urls_option,
    check_usage,
    config_option,
    jobs_option,
    no_cache_option,
    url_timeout_option,
)
from lintkit.config import Config, ConfigError, cache_folder, load_config, parse_min_scores, split_codes
from lintkit.db import disk_full
from lintkit.files import Target, restat
from lintkit.formats import FORMATS as INPUT_FORMATS
from lintkit.interrupts import exit_code
from lintkit.model import Finding
from lintkit.output import UsageFailure, check_outputs, progress_bar, report_stream, wants_progress
from lintkit.pipeline.discover import discover, force_excluded
from lintkit.pipeline.report import run_and_report
from lintkit.pipeline.run import run
from lintkit.pipeline.settings import Settings
from lintkit.reports import SHOWS_SCORES
from lintkit.results import Summary
from lintkit.rules import registry


def _settings(
    config: Config,
    as_of: dt.datetime | None,
    cache_dir: Path | None,
    no_cache: bool,
    want_scores: bool,
    no_scores: bool = False,
) -> Settings:
    folder = None if no_cache else cache_folder(config, cache_dir)
    if folder is not None:
        compiled.keep()  # a run with a cache keeps what it compiled for the next one
    if (ctx := click.get_current_context(silent=True)) is not None:
        ctx.meta["lintkit.cache_dir"] = folder  # named when it fails (_Main)
    return Settings(
        config=config,
        as_of=as_of.date() if as_of else dt.date.today(),
        want_scores=want_scores,
        no_scores=no_scores,
        cache_dir=folder,
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
            folder = ctx.meta.get("lintkit.cache_dir")
            shown = f" {_shown(folder)}/" if folder is not None else ""
            raise UsageFailure(f"the cache folder{shown} cannot be used ({exc}): {advice}") from None


def _shown(folder: Path) -> str:
    """A folder as the user would type it: relative to the current one when below it."""
    here = Path.cwd()
    return str(folder.relative_to(here)) if folder.is_relative_to(here) else str(folder)


def _silence_stdout() -> None:
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="lintkit", message="%(prog)s %(version)s")
def main() -> None:
    """lintkit: a content linter and quality scorer for article corpora."""


def _discovered(paths: tuple[str, ...], config: Config, force_exclude: bool = False) -> list[Target]:
    """The files to lint; a ConfigError when the paths hold none (a misdirected
    CI gate must not pass on nothing), unless `--force-exclude` left out paths
    named on the command line (pre-commit names excluded files: nothing to do)."""
    kept = tuple(p for p in paths if not (force_exclude and force_excluded(p, config)))
    targets = discover(kept, config)
    if not targets and len(kept) < len(paths):
        _note(f"every file named is excluded (--force-exclude): {len(paths) - len(kept)} left out, nothing to lint")
    elif not targets:
        kinds = "; ".join(f"{', '.join('*' + x for x in f.suffixes)} ({name})" for name, f in INPUT_FORMATS.items())
        raise ConfigError(
            f"no file to lint under {', '.join(map(repr, paths))}: lintkit reads {kinds}; "
            "`[tool.lintkit.formats]` maps other names to a format, and `exclude` may hide files"
        )
    return targets


@main.command()
@check_options
def check(
    paths: tuple[str, ...],
    fmt: str,
    output: Path | None,
    fail_on: str | None,
    exit_zero: bool,
    select: str | None,
    ignore: str | None,
    config_file: Path | None,
    force_exclude: bool,
    stdin_filename: str | None,
    as_of: dt.datetime | None,
    quiet: bool,
    statistics: bool,
    max_findings_per_code: int | None,
    show_source: bool,
    show_settings: bool,
    min_scores: tuple[str, ...],
    no_scores: bool,
    jobs: int | None,
    no_cache: bool,
    cache_dir: Path | None,
    baseline_file: Path | None,
    write_baseline: Path | None,
    fix: bool,
    unsafe_fixes: bool,
    show_diff: bool,
    fix_only: bool,
    check_urls: bool,
    url_timeout: float | None,
) -> None:
    """Lint articles: PATHS are files or folders (every file of a known format below them), or `-` for
    standard input."""
    from lintkit.config import check_no_scores
    from lintkit.stdin import STDIN

    stdin = STDIN in paths
    check_usage(paths, fmt, stdin, stdin_filename, statistics, show_source, fix or fix_only or show_diff)
    try:
        config = load_config(config_file).with_cli(
            select=_codes(select),
            ignore=_codes(ignore),
            fail_on=fail_on,
            min_scores=parse_min_scores(min_scores),
            options=_url_options(check_urls, url_timeout),
            max_findings_per_code=max_findings_per_code,
        )
        _require_online(config)
        check_no_scores(config, no_scores, from_cli=bool(min_scores))
        named = stdin_filename or STDIN
        if stdin and force_exclude and force_excluded(named, config):
            _note(f"{named} is excluded (--force-exclude): nothing to lint")
            sys.exit(0)
        targets = [] if stdin else _discovered(paths, config, force_exclude)
        if not targets and not stdin:
            sys.exit(0)  # every file named was excluded (--force-exclude)
        baseline = None if baseline_file is None else _load_baseline(baseline_file, config)
    except ConfigError as exc:
        raise UsageFailure(str(exc)) from None
    check_outputs([(output, "--output"), (write_baseline, "--write-baseline")], targets, config, baseline_file)
    settings = _settings(config, as_of, cache_dir, no_cache or stdin, fmt in SHOWS_SCORES, no_scores)
    if show_settings:
        from lintkit.show_settings import show_settings as describe

        click.echo(describe(settings, targets, named if stdin else None), nl=False)
        return
    if show_diff or fix or fix_only:
        from lintkit.pipeline.fixing import fix_and_tell

        changed = fix_and_tell(targets, settings, unsafe_fixes, not show_diff, _jobs(jobs), _note, _print_diff)
        if show_diff or fix_only:
            sys.exit(1 if show_diff and changed else 0)
        # The size and time discovery saw are those of the old bytes, under
        # which the caches hold the old results: the fixed files are seen anew.
        targets = [restat(t) if t.display in changed else t for t in targets]
    recorded: list[tuple[Finding, ...]] | None = [] if write_baseline is not None else None
    with contextlib.ExitStack() as stack:
        if stdin:
            from lintkit.stdin import stdin_target

            targets = [stack.enter_context(stdin_target(stdin_filename, settings.cwd))]
        reporter_options = (fmt, quiet, statistics, {t.display: t.path for t in targets} if show_source else None)
        summary = run_and_report(targets, settings, _jobs(jobs), output, reporter_options, baseline, recorded, _note)
    if write_baseline is not None and recorded is not None:
        from lintkit.baseline import ProjectPaths, project_root
        from lintkit.baseline import write_baseline as save_baseline

        where = project_root(config.source, config.root, write_baseline)
        with report_stream(write_baseline, "--write-baseline") as stream:
            n = save_baseline(stream, recorded, ProjectPaths(where, settings.cwd))
        _note(f"wrote {n} findings to the baseline {write_baseline}; pass it to --baseline to report only new ones")
        sys.exit(0)  # the baseline is what was asked for: the findings it holds are not a failure (as ruff --add-noqa)
    sys.exit(1 if summary.at_or_above(config.fail_on) and not exit_zero else 0)


def _load_baseline(path: Path, config: Config) -> Any:
    """The --baseline file's findings (lintkit.baseline is imported only by a run that names one)."""
    from lintkit.baseline import Baseline, BaselineError, ProjectPaths, project_root

    try:
        return Baseline.load(path, ProjectPaths(project_root(config.source, config.root, path)))
    except BaselineError as exc:
        raise UsageFailure(str(exc)) from None


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
@cache_dir_option
def score(
    paths: tuple[str, ...],
    fmt: str,
    sort: str,
    config_file: Path | None,
    as_of: dt.datetime | None,
    explain: bool,
    jobs: int | None,
    no_cache: bool,
    cache_dir: Path | None,
) -> None:
    """Score articles (quality, freshness, depth, clarity), worst first."""
    from lintkit.reports.scores import WRITERS
    from lintkit.scoring import explain as explain_scores

    try:
        config = load_config(config_file)
        targets = _discovered(paths, config)
    except ConfigError as exc:
        raise UsageFailure(str(exc)) from None
    settings = replace(_settings(config, as_of, cache_dir, no_cache, want_scores=True), breakdown=explain)
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
@cache_dir_option
@check_urls_option
@url_timeout_option
def audit(
    paths: tuple[str, ...],
    html_file: Path | None,
    config_file: Path | None,
    as_of: dt.datetime | None,
    jobs: int | None,
    no_cache: bool,
    cache_dir: Path | None,
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
    settings = _settings(config, as_of, cache_dir, no_cache, want_scores=True)
    results: list[FileResult] = []
    shared: list[Cluster] = []
    summary = Summary()
    with progress_bar(wants_progress(len(targets), bool(config.options.get("check_urls")))) as progress:
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
@click.option("--format", "fmt", type=click.Choice(["rich", "json"]), default="rich", show_default=True)
def rules_command(fmt: str) -> None:
    """List every rule: code, name, category, default severity, fix and summary."""
    if fmt == "json":
        from lintkit.docgen import rules_json

        click.echo(rules_json())
        return
    from lintkit.reports.rules import write_rules

    write_rules(registry().values(), sys.stdout)


@main.command()
@click.argument("code")
def explain(code: str) -> None:
    """Show a rule's documentation (by code, e.g. DUP001, or by name)."""
    from lintkit.docgen import explain_text

    wanted = code.strip()
    for r in registry().values():
        if wanted.upper() == r.code or wanted.lower() == r.name:
            click.echo(explain_text(r))
            return
    raise UsageFailure(f"unknown rule {code!r}; `lintkit rules` lists them")


if __name__ == "__main__":  # pragma: no cover
    main()
