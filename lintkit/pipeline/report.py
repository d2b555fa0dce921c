"""One check run reported: each file's result handed to the reporter as the
run yields it, behind a progress bar on a long run, to standard output or a
report file; the baseline's findings left out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from lintkit.config import ConfigError
from lintkit.files import Target
from lintkit.model import Finding
from lintkit.output import UsageFailure, progress_bar, report_stream, wants_progress
from lintkit.pipeline.cap import capped_result
from lintkit.pipeline.run import run
from lintkit.pipeline.settings import Settings
from lintkit.results import Summary
from lintkit.rules import registry


def run_and_report(
    targets: list[Target],
    settings: Settings,
    jobs: int,
    output: Path | None,
    options: tuple[str, bool, bool, dict[str, str] | None],
    baseline: Any,
    recorded: list[tuple[Finding, ...]] | None,
    note: Callable[[str], None],
) -> Summary:
    """Run and report: each file's result to the reporter as it comes (less the
    baseline's findings; every finding to `recorded`). The run's totals."""
    from lintkit.reports import RunInfo, reporter_class
    from lintkit.reports.terminal import omitted_line

    fmt, quiet, statistics, sources = options
    # A baseline matches findings one by one (and records every one): the run keeps
    # them all, and the report caps what the baseline leaves, as the run would have.
    limit = 0
    if baseline is not None or recorded is not None:
        limit, settings = settings.finding_cap, replace(settings, capped=False)
    online = bool(settings.config.options.get("check_urls"))
    with progress_bar(wants_progress(len(targets), online)) as progress, report_stream(output) as stream:
        # Built inside the progress display, so that its output goes above the bar.
        if statistics:
            from lintkit.reports.statistics import StatisticsReporter

            reporter: Any = StatisticsReporter(stream, as_json=fmt == "json")
        else:
            reporter = reporter_class(fmt)(stream)
        excerpt = None
        if sources is not None:
            from lintkit.reports.source import Sources

            excerpt = Sources(sources).excerpt
        reporter.start(RunInfo(registry(), settings.config.fail_on, settings.as_of, quiet, note=note, source=excerpt))
        summary = Summary()
        examples: list[str] = []  # a few of the files and codes whose findings the cap left out
        try:
            for result in run(targets, settings, jobs, progress, note=note):
                if recorded is not None:
                    recorded.append(result.findings)
                if baseline is not None:
                    result = replace(result, findings=tuple(baseline.new_findings(result.findings)))
                if limit:
                    result = capped_result(result, limit)
                summary.add(result)
                if result.omitted and len(examples) < 3:
                    examples.append(f"{result.path}: " + ", ".join(f"{o.count} {o.code}" for o in result.omitted))
                reporter.file(result)
                for error in result.errors:
                    note(error)
        except ConfigError as exc:
            raise UsageFailure(str(exc)) from None
        reporter.finish(summary)
    if summary.omitted and not statistics:
        # Said on stderr whatever the format and -q, so that nobody takes a listing for all there is
        # (--statistics counts every finding).
        more = " ..." if summary.omitted_files > len(examples) else ""
        note(f"{omitted_line(summary)}; {'; '.join(examples)}{more}")
    return summary
