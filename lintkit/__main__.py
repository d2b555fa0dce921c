"""The entry point of `lintkit` and `python -m lintkit`. Signals are handled
first thing, before the command line is imported: Ctrl-C in the first quarter
second ends the run quietly too (lintkit.interrupts).

The garbage collector is off while the command line is imported: start-up
makes only objects that live as long as the process (modules, classes, the
codecs), so the collections it set off found nothing, and cost about 7 % of
a one-file run (a pre-commit hook's). Those objects are then frozen
(`gc.freeze`), so that no later collection walks them again. The patterns
the modules imported compile are read back (lintkit.compiled.imports).

A run then makes many short-lived objects (markdown-it's tokens, lines,
blocks) and few cycles: a young collection every 200,000 new containers
instead of Python's 700, and an older one every 30 of those (mypy's
setting), finds as little, less often. Cold, 1,000 Markdown posts, 5
interleaved rounds: 2.84-2.92 s -> 2.72-2.80 s against every 10,000, the
same peak memory at 1,000 and 3,000 posts (what is freed is freed by its
count of references; the collector only finds cycles).

At the end, the process leaves as Python would leave it (the exit functions
run, standard output and error flushed, the same status) but without
tearing the interpreter down: freeing every module and object a run made,
one by one, took 40 to 50 ms of a cold run of 300 Markdown posts (0.9 s),
and nothing is left to do by then (the worker pools are joined and the
temporary folders removed by the blocks that made them). Under a profiler
(`python -m cProfile -m lintkit`), a debugger or a tracer, the process ends
as usual, so that they can write what they found."""

import atexit
import gc
import os
import sys
from typing import NoReturn

from lintkit import interrupts  # the standard library only: nothing before the quiet handler is slow

# New containers (less those freed) between two young collections (Python's default: 700), and
# young collections between two of the next generation, and so on (Python's: 10 and 10).
YOUNG_COLLECTION = 200_000
OLDER_COLLECTIONS = (30, 30)


def main() -> None:
    interrupts.quiet_until_ready()
    from lintkit import compiled  # after the handler: its `typing` import was a signal's traceback

    gc.disable()
    try:
        with compiled.imports():  # click's, tomllib's and the standard library's patterns, read back
            from lintkit.cli import main as cli
    finally:
        gc.freeze()
        gc.set_threshold(YOUNG_COLLECTION, *OLDER_COLLECTIONS)
        gc.enable()
    interrupts.stop_by_exception()
    try:
        cli()
    except SystemExit as stop:
        if sys.getprofile() is not None or sys.gettrace() is not None:
            raise  # a profiler, a debugger or a tracer writes what it found when Python ends as usual
        leave(stop.code)


def leave(code: object) -> NoReturn:
    """End the process with `code` as `SystemExit(code)` would (None is 0, a text is
    printed to standard error and is 1), without the interpreter's teardown; a
    stream that cannot be flushed makes the status 120, as in Python."""
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:
        print(code, file=sys.stderr)
        status = 1
    atexit._run_exitfuncs()  # lintkit.compiled's store, coverage's data in tests
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # the reader went away, or the stream is closed
            status = status or 120
    os._exit(status)


if __name__ == "__main__":
    main()
