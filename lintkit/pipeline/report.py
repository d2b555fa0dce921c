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

    fmt, quiet, statistics, sources = options
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
        try:
            for result in run(targets, settings, jobs, progress, note=note):
                if recorded is not None:
                    recorded.append(result.findings)
                if baseline is not None:
                    result = replace(result, findings=tuple(baseline.new_findings(result.findings)))
                summary.add(result)
                reporter.file(result)
                for error in result.errors:
                    note(error)
        except ConfigError as exc:
            raise UsageFailure(str(exc)) from None
        reporter.finish(summary)
    return summary
