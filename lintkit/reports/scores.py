"""`lintkit score`: the four scores per article, worst first, as a table, CSV or JSON.

The table is Rich's on a terminal; piped or redirected, it is narrow plain
text (the path last, so no line is padded to the longest one), as
`lintkit check` prints one line per finding there.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from lintkit import __version__
from lintkit.results import FileResult
from lintkit.scoring import SCORE_NAMES

if TYPE_CHECKING:
    from rich.text import Text

BAR_WIDTH = 10
# A score and its declared value in brackets: ` 25 (85) `.
CELL = 9


def sort_worst_first(results: Sequence[FileResult], key: str) -> list[FileResult]:
    """Worst first by `key`; files without scores (unreadable) come first of all."""

    def rank(r: FileResult) -> tuple[int, int, str]:
        if r.scores is None:
            return (-1, 0, r.path)
        return (r.scores["computed"][key], sum(r.scores["computed"].values()), r.path)

    return sorted(results, key=rank)


def _style(value: int) -> str:
    return "red" if value < 40 else "yellow" if value < 70 else "green"


def bar(value: int, declared: int | None) -> Text:
    from rich.text import Text

    filled = round(value * BAR_WIDTH / 100)
    text = Text("█" * filled, style=_style(value))
    text.append("░" * (BAR_WIDTH - filled), style="dim")
    text.append(f" {value:>3}", style="bold")
    text.append(f" ({declared})" if declared is not None else " (-)", style="dim")
    return text


def write_plain(results: Sequence[FileResult], stream: TextIO, sort: str) -> None:
    """The table as narrow text: four score columns, the findings, then the
    path; then how each score spreads."""
    out = [f"Scores, worst {sort} first (declared in brackets)\n"]
    out.append("".join(f"{n:<{CELL}} " for n in SCORE_NAMES) + f"{'findings':>8}  article\n")
    for r in sort_worst_first(results, sort):
        if r.scores is None:
            cells = [f"{'-':>3}".ljust(CELL)] * len(SCORE_NAMES)
        else:
            declared = r.scores["declared"] or {}
            cells = [
                f"{r.scores['computed'][n]:>3} " + f"({declared[n] if declared.get(n) is not None else '-'})".ljust(5)
                for n in SCORE_NAMES
            ]
        where = r.path if r.scores is not None else f"{r.path} (unreadable)"
        out.append("".join(f"{c} " for c in cells) + f"{r.total:>8}  {where}\n")
    lines = distribution(results)
    if lines:
        out.append("\n" + "\n".join(lines) + "\n")
    stream.write("".join(out))


def write_table(results: Sequence[FileResult], stream: TextIO, sort: str) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=stream, highlight=False)
    if not console.is_terminal:
        write_plain(results, stream, sort)
        return
    table = Table(title=f"Scores, worst {sort} first (declared in brackets)", title_justify="left")
    table.add_column("article", overflow="fold")
    for name in SCORE_NAMES:
        table.add_column(name)
    table.add_column("findings", justify="right")
    for r in sort_worst_first(results, sort):
        counts = f"{r.total}"
        if r.scores is None:
            table.add_row(Text(r.path), *(Text("unreadable", style="red") for _ in SCORE_NAMES), counts)
            continue
        declared = r.scores["declared"] or {}
        table.add_row(
            Text(r.path),  # plain text: a name may hold [brackets], which Rich would read as markup
            *(bar(r.scores["computed"][n], declared.get(n)) for n in SCORE_NAMES),
            counts,
        )
    console.print(table)
    lines = distribution(results)
    if lines:
        console.print(Text("\n".join(lines)))


SPARKS = " ▁▂▃▄▅▆▇█"
BINS = 10  # 0-9, 10-19, ..., 90-100


def distribution(results: Sequence[FileResult]) -> list[str]:
    """How each score spreads over the run's readable articles: a histogram of
    ten bins of ten points (the last holds 100) as one line of bars, the
    quartiles and how many sit at 0 and at 100."""
    scored = [r.scores["computed"] for r in results if r.scores is not None]
    if not scored:
        return []
    lines = [
        f"Distribution over {len(scored)} scored article{'s' if len(scored) != 1 else ''} (bins of 10 points, 0 to 100)"
    ]
    for name in SCORE_NAMES:
        values = sorted(s[name] for s in scored)
        counts = [0] * BINS
        for v in values:
            counts[min(v // 10, BINS - 1)] += 1
        top = max(counts)
        bars = "".join(SPARKS[-1] if c == top else SPARKS[(c * (len(SPARKS) - 1) + top - 1) // top] for c in counts)
        q1, q2, q3 = (values[min(len(values) - 1, (len(values) * k) // 4)] for k in (1, 2, 3))
        at0, at100 = values.count(0), values.count(100)
        lines.append(f"  {name:<9} |{bars}|  q1 {q1:>3}  median {q2:>3}  q3 {q3:>3}  at 0: {at0}  at 100: {at100}")
    return lines


def write_csv(results: Sequence[FileResult], stream: TextIO, sort: str) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(["path", *SCORE_NAMES, *(f"declared_{n}" for n in SCORE_NAMES), "errors", "warnings", "infos"])
    for r in sort_worst_first(results, sort):
        computed = r.scores["computed"] if r.scores else {}
        declared = (r.scores or {}).get("declared") or {}
        by_severity = r.severity_counts()
        sev = [by_severity[s] for s in sorted(by_severity, reverse=True)]
        writer.writerow(
            [
                r.path,
                *(computed.get(n, "") for n in SCORE_NAMES),
                *(declared.get(n, "") for n in SCORE_NAMES),
                *sev,
            ]
        )


def write_json(results: Sequence[FileResult], stream: TextIO, sort: str) -> None:
    doc = {
        "tool": {"name": "lintkit", "version": __version__},
        "sort": sort,
        "files": [{"path": r.path, "scores": r.scores} for r in sort_worst_first(results, sort)],
    }
    stream.write(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")


WRITERS = {"rich": write_table, "csv": write_csv, "json": write_json}
