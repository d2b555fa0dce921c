"""The command line's options that several commands share, and the check
command's many, declared once (lintkit.cli stays a thin list of commands)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from lintkit.config import CACHE_DIR_VARIABLE
from lintkit.output import UsageFailure
from lintkit.reports import FORMATS

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
no_cache_option = click.option("--no-cache", is_flag=True, help="Neither read nor write the cache folder.")
cache_dir_option = click.option(
    "--cache-dir",
    type=click.Path(path_type=Path, file_okay=False),
    help=f"The cache folder [default: ${CACHE_DIR_VARIABLE}, the config's cache-dir, or .lintkit_cache].",
)
check_urls_option = click.option("--check-urls", is_flag=True, help="Check online that image urls answer (IMG006).")
url_timeout_option = click.option(
    "--url-timeout",
    type=click.FloatRange(min=0.1),
    metavar="SECONDS",
    help="Seconds one attempt at a url may take in all, and the longest wait between attempts [default: 10].",
)


def _apply(*options: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def wrap(fn: Any) -> Any:
        for option in reversed(options):
            fn = option(fn)
        return fn

    return wrap


# The check command's options, in the order `lintkit check --help` lists them.
check_options = _apply(
    click.argument("paths", nargs=-1, required=True),
    click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default="rich",
        show_default=True,
        help="Output format (rich prints plain lines when not on a terminal).",
    ),
    click.option(
        "--output",
        "-o",
        type=click.Path(path_type=Path, dir_okay=False, writable=True),
        help="Write the report to FILE instead of standard output.",
    ),
    click.option(
        "--fail-on",
        type=click.Choice(["error", "warning", "info"]),
        help="Lowest severity that makes the exit code 1 [default: error, or the config's].",
    ),
    click.option("--exit-zero", is_flag=True, help="Exit 0 even with findings at or above the fail level."),
    click.option("--select", metavar="CODES", help="Comma-separated codes or prefixes to run (replaces the config's)."),
    click.option("--ignore", metavar="CODES", help="Comma-separated codes or prefixes to skip (adds to the config's)."),
    config_option,
    click.option(
        "--force-exclude", is_flag=True, help="Apply `exclude` to the files named on the command line too (pre-commit)."
    ),
    click.option(
        "--stdin-filename", metavar="NAME", help="Read the article from standard input (path `-`) as the file NAME."
    ),
    as_of_option,
    click.option("--quiet", "-q", is_flag=True, help="Print findings only, no summary."),
    click.option("--statistics", is_flag=True, help="Count the findings of each code instead of listing them."),
    click.option(
        "--max-findings-per-code",
        type=click.IntRange(min=0),
        metavar="N",
        help="List at most N findings of one code per file, counting the rest (0: all) [default: 1000].",
    ),
    click.option("--show-source", is_flag=True, help="Show each finding's line, with a caret under its column."),
    click.option(
        "--show-settings", is_flag=True, help="Print the config file used and the resolved settings, then exit."
    ),
    click.option(
        "--min-score",
        "min_scores",
        multiple=True,
        metavar="NAME=N",
        help="Fail (SCORE001) when a computed score is below N, e.g. quality=60; repeatable.",
    ),
    click.option("--no-scores", is_flag=True, help="Do not compute scores (faster; META010 and SCORE001 do not run)."),
    jobs_option,
    no_cache_option,
    cache_dir_option,
    click.option(
        "--baseline",
        "baseline_file",
        type=click.Path(path_type=Path, dir_okay=False),
        help="Report only findings that are not in this baseline (see --write-baseline).",
    ),
    click.option(
        "--write-baseline",
        type=click.Path(path_type=Path, dir_okay=False),
        help="Record every finding of this run in FILE, to be passed to --baseline later (exit 0).",
    ),
    click.option("--fix", is_flag=True, help="Apply the safe fixes to the files, then report what remains."),
    click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, apply the unsafe fixes too."),
    click.option(
        "--diff", "show_diff", is_flag=True, help="Print the fixes as a unified diff and write nothing (exit 1 if any)."
    ),
    click.option("--fix-only", is_flag=True, help="Apply the safe fixes and report only what was fixed."),
    check_urls_option,
    url_timeout_option,
)


def check_usage(
    paths: tuple[str, ...],
    fmt: str,
    stdin: bool,
    stdin_filename: str | None,
    statistics: bool,
    show_source: bool,
    fixing: bool,
) -> None:
    """The option combinations `check` refuses (exit 2)."""
    if stdin and len(paths) > 1:
        raise UsageFailure("`-` (standard input) cannot be combined with other paths")
    if stdin_filename is not None and not stdin:
        raise UsageFailure("--stdin-filename names the article read from standard input: pass `-` as the path")
    if stdin and fixing:
        raise UsageFailure("--fix, --fix-only and --diff write files: they do not read standard input")
    if statistics and fmt not in ("rich", "json"):
        raise UsageFailure(f"--statistics prints a table, or JSON with --format json, not --format {fmt}")
    if show_source and (fmt != "rich" or statistics):
        raise UsageFailure("--show-source shows the lines in the default report (--format rich) only")
