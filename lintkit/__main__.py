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
blocks) and few cycles: a young collection every 10,000 new containers
instead of Python's 700 finds as little, less often (cold, 300 Markdown
posts: the workers' collections 50 -> 20 ms)."""

import gc

from lintkit import interrupts  # the standard library only: nothing before the quiet handler is slow

# New containers (less those freed) between two young collections (Python's default: 700).
YOUNG_COLLECTION = 10_000


def main() -> None:
    interrupts.quiet_until_ready()
    from lintkit import compiled  # after the handler: its `typing` import was a signal's traceback

    gc.disable()
    try:
        with compiled.imports():  # click's, tomllib's and the standard library's patterns, read back
            from lintkit.cli import main as cli
    finally:
        gc.freeze()
        gc.set_threshold(YOUNG_COLLECTION, *gc.get_threshold()[1:])
        gc.enable()
    interrupts.stop_by_exception()
    cli()


if __name__ == "__main__":
    main()
