"""`lintkit audit` in the terminal: the corpus at a glance, with Rich."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from lintkit.audit import BUCKETS, AuditData, score_of, severity_counts
from lintkit.model import Severity
from lintkit.reports.terminal import STYLE, totals_line
from lintkit.results import FileResult
from lintkit.scoring import SCORE_NAMES
from lintkit.text import shorten

BAR = 30


def _histogram(data: AuditData, name: str) -> Table:
    counts = data.histogram(name)
    peak = max(counts) or 1
    table = Table(title=name, box=None, show_header=False, title_justify="left", padding=(0, 1))
    table.add_column(justify="right", style="dim")
    table.add_column()
    table.add_column(justify="right")
    for i, n in enumerate(counts):
        low = i * 10
        label = f"{low}-{low + 9 if i < BUCKETS - 1 else 100}"
        style = "red" if low < 40 else "yellow" if low < 70 else "green"
        table.add_row(label, Text("█" * round(n * BAR / peak), style=style), str(n))
    return table


def article_cell(r: FileResult) -> Text:
    """An article as an editor knows it, by its title, with its file name under it
    (plain Text: a title may hold [brackets], which Rich would read as markup)."""
    if not r.title:
        return Text(r.path)
    cell = Text(shorten(r.title, 64))
    cell.append(f"\n{r.path}", style="dim")
    return cell


def render(data: AuditData, stream: TextIO) -> None:
    console = Console(file=stream, highlight=False)
    if not console.is_terminal:
        console = Console(file=stream, highlight=False, width=140)
    s = data.summary
    console.print(
        Panel(
            f"{escape(totals_line(s))}\nas of {data.as_of}",
            title="lintkit audit",
            expand=False,
        )
    )

    families = Table(title="Findings by family", title_justify="left")
    families.add_column("family")
    families.add_column("findings", justify="right")
    for family, n in data.by_family():
        families.add_row(family, str(n))
    codes = Table(title="Findings by code", title_justify="left")
    for col in ("code", "name", "severity", "count"):
        codes.add_column(col, justify="right" if col == "count" else "left")
    for code, sev, n in data.by_code():
        rule = data.rules.get(code)
        codes.add_row(code, rule.name if rule else "", Text(sev.label, style=STYLE[sev]), str(n))
    console.print(families)
    console.print(codes)

    if data.scored:
        grid = Table.grid(padding=(0, 4))
        grid.add_row(*(_histogram(data, n) for n in SCORE_NAMES[:2]))
        grid.add_row(*(_histogram(data, n) for n in SCORE_NAMES[2:]))
        console.print(Panel(grid, title="Score distributions (articles per band)", expand=False))

    worst = Table(title=f"The {len(data.worst())} worst articles", title_justify="left")
    worst.add_column("article", overflow="fold")
    for name in SCORE_NAMES:
        worst.add_column(name, justify="right")
    for label in ("errors", "warnings", "infos"):
        worst.add_column(label, justify="right")
    for r in data.worst():
        counts = severity_counts(r)
        scores = [str(v) if (v := score_of(r, n)) is not None else "-" for n in SCORE_NAMES]
        worst.add_row(
            article_cell(r),
            *scores,
            Text(str(counts["error"]), style=STYLE[Severity.ERROR] if counts["error"] else ""),
            str(counts["warning"]),
            str(counts["info"]),
        )
    console.print(worst)

    if data.clusters:
        clusters = Table(title="Largest boilerplate clusters", title_justify="left")
        clusters.add_column("paragraph", overflow="fold", ratio=3)
        clusters.add_column("articles", justify="right")
        clusters.add_column("for example", overflow="fold", ratio=2)
        for c in data.clusters:
            examples = Text("\n".join(f"{p}:{line}" for p, line in c.examples))
            clusters.add_row(Text(shorten(c.text, 120)), str(c.articles), examples)
        console.print(clusters)
    else:
        console.print(Group(Text("No paragraph is shared by several articles.", style="dim")))
