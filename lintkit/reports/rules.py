"""`lintkit rules`: every rule, as a table on a terminal and as tab-separated lines otherwise.

Piped or redirected, a padded table would be as wide as its longest summary
(155 columns) and hard to cut: each rule is then one line of tab-separated
fields under a header line, as `cut -f1` and spreadsheets read them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from lintkit.rules import Rule

COLUMNS = ("code", "name", "category", "severity", "fix", "summary")


def fields(r: Rule) -> tuple[str, ...]:
    return (r.code, r.name, r.category.value, r.severity.label, r.fix_label, r.summary)


def write_rules(rules: Iterable[Rule], stream: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=stream, highlight=False)
    if not console.is_terminal:
        # A tab inside a field would shift the columns after it: none is let through.
        lines = ("\t".join(x.replace("\t", " ") for x in row) for row in (COLUMNS, *map(fields, rules)))
        stream.write("".join(line + "\n" for line in lines))
        return
    table = Table(box=None, header_style="bold")
    for col in COLUMNS:
        table.add_column(col, overflow="fold")
    for r in rules:
        table.add_row(*fields(r))
    console.print(table)
