"""Where a report goes: standard output, or a file written whole or not at all, and a
progress bar on a terminal; and the usage errors (exit 2) that writing can meet."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

import click

from lintkit.compiled import pattern as _compile
from lintkit.config import Config
from lintkit.files import Target
from lintkit.pipeline.discover import in_corpus


class UsageFailure(click.ClickException):
    """A usage or configuration error: message on stderr, exit code 2."""

    exit_code = 2


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file: the same file once it exists, else the
    same path once links are resolved (two outputs not written yet)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def check_output(
    path: Path | None,
    option: str,
    targets: Sequence[Target],
    read: Sequence[tuple[Path | None, str]] = (),
    written: Sequence[tuple[Path | None, str]] = (),
    in_corpus: Callable[[Path], bool] | None = None,
) -> None:
    """Refuse, before the run, an output file that the run reads (lintkit never
    writes to an input): one of the files linted, an article of the corpus
    (`in_corpus`), or a file in `read` (the config, the baseline), each with
    what it is; one that another output of the run writes (`written`: one
    report would replace the other); or a folder."""
    if path is None:
        return
    shown = f"{option} {str(path)!r}"
    if str(path) in ("", ".") or path.is_dir():
        raise UsageFailure(f"{shown}: a folder, not a file")
    try:
        st: os.stat_result | None = os.stat(path)
    except OSError:
        st = None  # not there yet: no input can be it, but another output can
    if st is not None:
        if any(_is(st, t.path) for t in targets):
            raise UsageFailure(f"{shown} is one of the files linted: lintkit does not write to them")
        if in_corpus is not None and in_corpus(path):
            raise UsageFailure(f"{shown} is an article of the corpus: lintkit does not write to it")
    for other, what in read:
        if other is not None and _same_file(path, other):
            raise UsageFailure(f"{shown} is {what}: lintkit does not write to it")
    if st is not None and not stat.S_ISREG(st.st_mode):
        return  # /dev/null, a terminal, a pipe: two reports may well go there
    for other, what in written:
        if other is not None and _same_file(path, other):
            raise UsageFailure(f"{shown} is also {what}: each needs a file of its own")


def check_outputs(
    outputs: Sequence[tuple[Path | None, str]], targets: Sequence[Target], config: Config, baseline: Path | None = None
) -> None:
    """`check_output` for each output (path, option) of a run: against the
    files linted, the corpus, the config and the baseline read, and the
    outputs named before it."""
    read = [(config.source, "the config file read"), (baseline, "the --baseline file read")]
    for i, (path, option) in enumerate(outputs):
        written = [(earlier, f"the {name} file") for earlier, name in outputs[:i]]
        check_output(path, option, targets, read, written, lambda p: in_corpus(p, config))


def _is(st: os.stat_result, other: str) -> bool:
    """Whether `other` is the file `st` describes (not when it cannot be read)."""
    try:
        o = os.stat(other)
    except OSError:
        return False
    return (o.st_dev, o.st_ino) == (st.st_dev, st.st_ino)


# A path that names an open file descriptor (/dev/stdout is a link to /proc/self/fd/1).
_DESCRIPTOR = _compile(r"/dev/std(?:in|out|err)|/dev/fd/\d+|/proc/[^/]+/fd/\d+")


def _names_descriptor(path: Path) -> bool:
    name = os.path.abspath(path)
    for _ in range(40):  # the kernel's own limit on links followed
        if _DESCRIPTOR.fullmatch(name):
            return True
        try:
            link = os.readlink(name)
        except OSError:
            return False
        name = os.path.normpath(os.path.join(os.path.dirname(name), link))
    return False


def destination(output: Path) -> tuple[Path, bool]:
    """Where a report named `output` is written, and whether in place (True) or
    atomically (a temporary file renamed over it). What is not a regular file
    (a device such as /dev/null, a FIFO, a terminal, /dev/stdout and other
    names of an open descriptor) is written in place: renaming over it would
    replace the device or the pipe with a file nobody reads. A link is
    followed, so that the file it points to is replaced, not the link."""
    if _names_descriptor(output):
        return output, True
    with contextlib.suppress(OSError):
        if not stat.S_ISREG(os.stat(output).st_mode):
            return output, True
    return Path(os.path.realpath(output)), False


@contextlib.contextmanager
def report_stream(output: Path | None, option: str = "--output") -> Iterator[TextIO]:
    """Standard output, or a file written whole or not at all (a temporary file
    renamed into place, keeping the permissions of the file it replaces), or
    written in place when it is not a regular file (see `destination`); a file
    that cannot be written is a usage error."""
    if output is None:
        yield sys.stdout
        return
    target, in_place = destination(output)
    cannot = f"{option} {str(output)!r}: cannot write there"
    if in_place:
        try:
            with open(target, "w", encoding="utf-8", newline="") as fh:
                yield fh
        except OSError as exc:
            raise UsageFailure(f"{cannot} ({exc.strerror or exc})") from None
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        import tempfile  # only a report written to a file needs it

        remove_stale(target)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=_temporary_prefix(target), suffix=".tmp")
    except OSError as exc:
        raise UsageFailure(f"{cannot} ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
        try:
            mode = stat.S_IMODE(os.stat(target).st_mode)
        except FileNotFoundError:
            mode = _default_mode()  # mkstemp makes it private; a report is not
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        raise UsageFailure(f"{cannot} ({exc.strerror or exc})") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _temporary_prefix(target: Path, pid: int | None = None) -> str:
    """A report's temporary file is hidden and names its run's process, so that
    the next run writing the same report can tell one left by a run that was
    killed (SIGKILL leaves no chance to remove it) from one being written."""
    return f".{target.name}.lintkit-{os.getpid() if pid is None else pid}-"


def remove_stale(target: Path) -> None:
    """Remove the temporary files of `target` left by runs that no longer exist."""
    prefix = f".{target.name}.lintkit-"
    with contextlib.suppress(OSError):
        for entry in os.scandir(target.parent):
            name = entry.name
            if not (name.startswith(prefix) and name.endswith(".tmp")):
                continue
            pid = name[len(prefix) :].split("-", 1)[0]
            if pid.isdigit() and not _running(int(pid)):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process: alive
    return True


# A progress bar is worth its flicker only on runs this long.
PROGRESS_MIN_FILES = 300


def in_ci(environ: Mapping[str, str] | None = None) -> bool:
    """Whether a CI service runs us: GitHub Actions, GitLab CI, CircleCI,
    Travis, Buildkite, Azure Pipelines (TF_BUILD) and most others set `CI`;
    a log that is kept needs no bar redrawn in it."""
    env = os.environ if environ is None else environ
    return env.get("CI", "").strip().lower() not in ("", "0", "false", "no") or "TF_BUILD" in env


def wants_progress(files: int, online: bool) -> bool:
    """A progress bar on a long run (or one that asks the network) when standard
    error is a terminal that can redraw a line, not in CI, whatever standard
    output is (the report may go to a file or a pipe)."""
    if files <= PROGRESS_MIN_FILES and not online:
        return False
    try:
        terminal = sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False
    return terminal and os.environ.get("TERM") != "dumb" and not in_ci()


@contextlib.contextmanager
def progress_bar(show: bool) -> Iterator[Callable[[str, int, int], None] | None]:
    """A Rich progress bar on stderr (one line per phase), or nothing. When
    standard output is the same terminal, what is printed goes above the bar;
    when it is a pipe or a file, it is left alone (the report is not the bar's)."""
    if not show:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description:>9}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    redirect = sys.stdout.isatty()
    console = Console(stderr=True)
    with Progress(*columns, console=console, transient=True, redirect_stdout=redirect) as bar:
        tasks: dict[str, Any] = {}

        def update(phase: str, done: int, total: int) -> None:
            if phase not in tasks:
                tasks[phase] = bar.add_task(phase, total=total)
            if done == total or done % 25 == 0:
                bar.update(tasks[phase], completed=done)

        yield update
