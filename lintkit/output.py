"""Where a report goes: standard output, or a file written whole or not at all, and a
progress bar on a terminal; and the usage errors (exit 2) that writing can meet."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import click

from lintkit.files import Target


class UsageFailure(click.ClickException):
    """A usage or configuration error: message on stderr, exit code 2."""

    exit_code = 2


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def check_output(path: Path | None, option: str, targets: Sequence[Target]) -> None:
    """Refuse, before the run, an output file that is one of the files linted
    (lintkit never writes to an input file) or that is a folder."""
    if path is None:
        return
    if str(path) in ("", ".") or path.is_dir():
        raise UsageFailure(f"{option} {str(path)!r}: a folder, not a file")
    with contextlib.suppress(OSError):
        if any(os.path.samefile(path, t.path) for t in targets if path.exists()):
            raise UsageFailure(f"{option} {str(path)!r} is one of the files linted: lintkit does not write to them")


@contextlib.contextmanager
def report_stream(output: Path | None, option: str = "--output") -> Iterator[TextIO]:
    """Standard output, or a file written whole or not at all (a temporary file
    renamed into place); a file that cannot be written is a usage error."""
    if output is None:
        yield sys.stdout
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=output.parent, prefix=output.name, suffix=".tmp")
    except OSError as exc:
        raise UsageFailure(f"{option} {str(output)!r}: cannot write there ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
        os.chmod(tmp, _default_mode())  # mkstemp makes it private; a report is not
        os.replace(tmp, output)
    except OSError as exc:
        raise UsageFailure(f"{option} {str(output)!r}: cannot write there ({exc.strerror or exc})") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


# A progress bar is worth its flicker only on runs this long.
PROGRESS_MIN_FILES = 300


def on_terminal() -> bool:
    return sys.stdout.isatty() and sys.stderr.isatty() and "NO_COLOR" not in os.environ


@contextlib.contextmanager
def progress_bar(show: bool) -> Iterator[Callable[[str, int, int], None] | None]:
    """A Rich progress bar on stderr (one line per phase), or nothing."""
    if not show:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description:>9}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True, redirect_stdout=True) as bar:
        tasks: dict[str, Any] = {}

        def update(phase: str, done: int, total: int) -> None:
            if phase not in tasks:
                tasks[phase] = bar.add_task(phase, total=total)
            if done == total or done % 25 == 0:
                bar.update(tasks[phase], completed=done)

        yield update
