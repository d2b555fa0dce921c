"""The entry point of `lintkit` and `python -m lintkit`. Signals are handled
first thing, before the command line is imported: Ctrl-C in the first quarter
second ends the run quietly too (lintkit.interrupts)."""

from lintkit import interrupts


def main() -> None:
    interrupts.quiet_until_ready()
    from lintkit.cli import main as cli

    interrupts.stop_by_exception()
    cli()


if __name__ == "__main__":
    main()
