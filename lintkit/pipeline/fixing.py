"""`lintkit check --fix` and `--diff`: each file linted, fixed and linted again, in memory.

A file's fixes come from both stages without the corpus (no corpus rule
repairs anything), with the run's rules, options, overrides, suppression
comments and per-file ignores, as a check reports them. `fixes.fix_bytes`
applies them pass after pass; with `write`, the file is then replaced
atomically, and only if it still holds the bytes that were read. The check
that follows a fix reads the new files like any changed file (their size,
modification time and digest changed): the results cache and the corpus
index see the new content.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from lintkit.files import Target
from lintkit.fixes import Changed, fix_bytes, wanted, write_atomically
from lintkit.formats import MAX_FILE_BYTES, Format, parse_bytes
from lintkit.model import Fix
from lintkit.pipeline import workers
from lintkit.pipeline.settings import Settings, run_rules
from lintkit.pipeline.stages import Stages, existing_files_checked
from lintkit.structs import dataclass
from lintkit.syllables import for_run
from lintkit.text import plural


@dataclass(frozen=True)
class Fixed:
    """What fixing one file did: its bytes before and after, the number of
    fixes applied, and why it was left alone (None: it was not)."""

    path: str
    old: bytes
    new: bytes
    count: int
    problem: str | None = None

    def diff(self) -> str:
        """A unified diff from the old bytes to the new, as `git apply` reads it."""
        if self.new == self.old:
            return ""
        old = self.old.decode("utf-8", "surrogateescape").splitlines(keepends=True)
        new = self.new.decode("utf-8", "surrogateescape").splitlines(keepends=True)
        # An absolute path as git writes one (`git diff --no-index /tmp/x`): `a/tmp/x`.
        path = self.path.lstrip("/")
        lines = difflib.unified_diff(old, new, f"a/{path}", f"b/{path}")
        return "".join(_no_newline_marked(lines))


def _no_newline_marked(lines: Iterator[str]) -> Iterator[str]:
    """difflib's lines, with git's marker after a last line that has no line break."""
    for line in lines:
        if line.endswith(("\n", "\r")):
            yield line
        else:
            yield line + "\n\\ No newline at end of file\n"


class _Unreadable(Exception):
    """The bytes do not parse as an article: nothing to fix in them."""


def _fixes(stages: Stages, target: Target, fmt: Format, unsafe: bool, data: bytes) -> list[Fix]:
    """The fixes wanted on these bytes of a target, as a check without the corpus finds them."""
    article = parse_bytes(data, target.display, fmt)
    if not article.readable:
        raise _Unreadable
    result = existing_files_checked(stages.finish(stages.analysis(article, target.key), None))
    return wanted((f.fix for f in result.findings), unsafe)


def _fixed(item: tuple[Target, bool]) -> Fixed:
    """One target fixed in memory (in a worker process when there are many):
    its bytes before and after, nothing written."""
    target, unsafe = item
    stages = workers.stages()
    try:
        if target.file.stat().st_size > MAX_FILE_BYTES:
            return Fixed(target.display, b"", b"", 0, f"larger than {MAX_FILE_BYTES >> 20} MiB: left alone")
        data = target.file.read_bytes()
    except OSError as exc:
        return Fixed(target.display, b"", b"", 0, f"cannot be read ({exc.strerror or exc})")
    lint = functools.partial(_fixes, stages, target, stages.format_of(target.path), unsafe)
    try:
        new, count = fix_bytes(data, lint)
    except _Unreadable:
        return Fixed(target.display, data, data, 0, "cannot be read as an article (STR001 says why): left alone")
    return Fixed(target.display, data, new, count)


def fix_files(
    targets: Sequence[Target], settings: Settings, unsafe: bool, write: bool, jobs: int = 1
) -> Iterator[Fixed]:
    """Fix each target in memory, in `jobs` worker processes when there are
    enough targets; with `write`, replace the files that changed (here, in
    the main process, one after the other)."""
    # the rules quality counts run too (run_rules), so that a score a fix writes (META010) is the one check reports
    rules, reported = run_rules(settings)
    # Every fix is wanted in one pass: the cap on findings (max_findings_per_code) is for reports.
    settings = replace(settings, capped=False)
    stages = Stages(settings, rules, False, for_run(settings.cache_dir), reported)
    if stages.scores:
        stages.syllables.prepare(len(targets))  # before the workers fork: they share it
    fixed = workers.map_jobs(_fixed, [(t, unsafe) for t in targets], stages, jobs)
    for target, done in zip(targets, fixed, strict=True):
        if write and done.new != done.old and done.problem is None:
            try:
                write_atomically(target.file, done.old, done.new)
            except Changed:
                done = Fixed(done.path, done.old, done.old, 0, "changed while it was being fixed: left alone")
            except OSError as exc:
                problem = f"cannot be written ({exc.strerror or exc}): left alone"
                done = Fixed(done.path, done.old, done.old, 0, problem)
        yield done


def fix_and_tell(
    targets: Sequence[Target],
    settings: Settings,
    unsafe: bool,
    write: bool,
    jobs: int,
    note: Callable[[str], None],
    show: Callable[[str], None],
) -> set[str]:
    """Fix the targets (`write`), or `show` the fixes as a diff; `note` what
    was done (the CLI: on stderr). The files (as displayed) that changed, or would."""
    changed: set[str] = set()
    fixes = 0
    for done in fix_files(targets, settings, unsafe, write, jobs):
        if done.problem:
            note(f"{done.path}: {done.problem}")
        if done.count:
            changed.add(done.path)
            fixes += done.count
            if not write:
                show(done.diff())
    files = len(changed)
    what = "fixed" if write else "would fix"
    note(f"{what} {plural(fixes, 'finding')} in {plural(files, 'file')}")
    return changed
