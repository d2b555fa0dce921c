"""`lintkit audit --html FILE`: one self-contained page for editors.

No network: the CSS, the SVG charts and the few lines of JavaScript that sort
the table are inline; nothing is fetched. Sections: totals, findings by
family and code, the distribution of each score, the worst articles, the
largest boilerplate clusters, a sortable table of every article, and each
article's findings (the tables link to them). Articles are named by their
title, as editors know them, with the file name under it.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from lintkit import __version__
from lintkit.audit import BUCKETS, AuditData, score_of, severity_counts
from lintkit.reports.terminal import totals_line
from lintkit.results import FileResult
from lintkit.scoring import SCORE_NAMES
from lintkit.text import plural

COLORS = {"error": "#c62828", "warning": "#b26a00", "info": "#1565c0"}

CSS = """
:root { --fg: #1d2327; --muted: #646970; --line: #dcdcde; --bg: #f6f7f7; --accent: #2271b1; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
       margin: 0; background: var(--bg); }
header { background: #1d2327; color: #fff; padding: 20px 32px; }
header h1 { margin: 0 0 4px; font-size: 22px; }
header p { margin: 0; color: #c3c4c7; }
main { padding: 24px 32px; max-width: 1280px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 16px 20px; margin: 0 0 20px; }
h2 { font-size: 17px; margin: 0 0 12px; }
.cards { display: flex; gap: 12px; flex-wrap: wrap; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 16px; min-width: 130px; background: #fff; }
.card b { display: block; font-size: 24px; }
.card span { color: var(--muted); font-size: 13px; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 16px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--bg); position: sticky; top: 0; }
th.sortable { cursor: pointer; user-select: none; }
th.sortable:after { content: " \\2195"; color: var(--muted); font-size: 11px; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
code { font: 13px ui-monospace, SFMono-Regular, Menlo, monospace; }
.sev { font-weight: 600; }
.sev.error { color: #c62828; } .sev.warning { color: #b26a00; } .sev.info { color: #1565c0; }
.score { display: inline-block; min-width: 34px; text-align: right; }
.low { color: #c62828; } .mid { color: #b26a00; } .high { color: #2e7d32; }
.article { border-top: 1px solid var(--line); padding-top: 10px; margin-top: 10px; }
.article h3 { font-size: 15px; margin: 0 0 6px; }
.file { display: block; color: var(--muted); font-size: 12px; overflow-wrap: anywhere; }
.article h3 .file { font-weight: normal; }
.muted { color: var(--muted); }
svg text { font: 11px system-ui, sans-serif; fill: #50575e; }
"""

SORT_JS = """
document.querySelectorAll('table.sortable').forEach(function (table) {
  table.querySelectorAll('th.sortable').forEach(function (th, col) {
    th.addEventListener('click', function () {
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      var asc = th.dataset.order !== 'asc';
      th.dataset.order = asc ? 'asc' : 'desc';
      rows.sort(function (a, b) {
        var x = a.cells[col].dataset.v, y = b.cells[col].dataset.v;
        var nx = parseFloat(x), ny = parseFloat(y);
        var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
        return asc ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
"""


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def band(value: int | None) -> str:
    if value is None:
        return "low"
    return "low" if value < 40 else "mid" if value < 70 else "high"


def bar_chart(items: Sequence[tuple[str, int]], width: int = 520, title: str = "") -> str:
    """Horizontal bars: one per (label, count)."""
    if not items:
        return '<p class="muted">Nothing to chart.</p>'
    row, label_w = 24, 110
    peak = max(n for _, n in items) or 1
    height = row * len(items) + 8
    bars = []
    for i, (label, n) in enumerate(items):
        y = 4 + i * row
        w = max(1, round((width - label_w - 60) * n / peak))
        bars.append(
            f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end">{esc(label)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{w}" height="{row - 8}" fill="#2271b1" rx="2"/>'
            f'<text x="{label_w + w + 6}" y="{y + 15}">{n}</text>'
        )
    return (
        f'<svg role="img" aria-label="{esc(title)}" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}">{"".join(bars)}</svg>'
    )


def histogram(counts: Sequence[int], name: str, width: int = 300, height: int = 150) -> str:
    """Articles per score band, 0-9 ... 90-100, as vertical bars."""
    peak = max(counts) or 1
    plot_h, bottom = height - 34, height - 18
    slot = (width - 20) / BUCKETS
    parts = [f'<text x="10" y="12" font-weight="600">{esc(name)}</text>']
    for i, n in enumerate(counts):
        h = round((plot_h - 10) * n / peak)
        x = 10 + i * slot
        color = "#c62828" if i < 4 else "#dba617" if i < 7 else "#2e7d32"
        parts.append(
            f'<rect x="{x + 2:.1f}" y="{bottom - h}" width="{slot - 4:.1f}" height="{h}" fill="{color}" rx="1">'
            f"<title>{i * 10}-{i * 10 + 9 if i < BUCKETS - 1 else 100}: {n}</title></rect>"
        )
        if n:
            parts.append(f'<text x="{x + slot / 2:.1f}" y="{bottom - h - 3}" text-anchor="middle">{n}</text>')
        parts.append(f'<text x="{x + slot / 2:.1f}" y="{height - 4}" text-anchor="middle">{i * 10}</text>')
    parts.append(f'<line x1="10" y1="{bottom}" x2="{width - 10}" y2="{bottom}" stroke="#8c8f94"/>')
    return (
        f'<svg role="img" aria-label="{esc(name)} distribution" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}">{"".join(parts)}</svg>'
    )


def _score_cells(r: FileResult) -> str:
    cells = []
    for n in SCORE_NAMES:
        v = score_of(r, n)
        shown = "-" if v is None else str(v)
        cells.append(
            f'<td class="num" data-v="{-1 if v is None else v}"><span class="score {band(v)}">{shown}</span></td>'
        )
    return "".join(cells)


def article_name(r: FileResult, link: str | None = None) -> str:
    """An article by its title (its file name when it has none), linked to its
    findings, with its file name under the title."""
    name = esc(r.title) if r.title else f"<code>{esc(r.path)}</code>"
    if link is not None:
        name = f'<a href="#{link}">{name}</a>'
    return name + (f'<code class="file">{esc(r.path)}</code>' if r.title else "")


def _articles_table(results: Sequence[FileResult], ids: dict[str, str], sortable: bool) -> str:
    cls = ' class="sortable"' if sortable else ""
    th = ' class="sortable"' if sortable else ""
    thn = ' class="sortable num"' if sortable else ' class="num"'
    head = (
        f"<tr><th{th}>article</th>"
        + "".join(f"<th{thn}>{n}</th>" for n in SCORE_NAMES)
        + f"<th{thn}>errors</th><th{thn}>warnings</th><th{thn}>infos</th></tr>"
    )
    rows = []
    for r in results:
        c = severity_counts(r)
        rows.append(
            f'<tr><td data-v="{esc(r.title or r.path)}">{article_name(r, ids[r.path])}</td>'
            + _score_cells(r)
            + "".join(f'<td class="num" data-v="{c[k]}">{c[k]}</td>' for k in ("error", "warning", "info"))
            + "</tr>"
        )
    return f"<table{cls}><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"


def render(data: AuditData) -> str:
    s = data.summary
    ids = {r.path: f"a{i}" for i, r in enumerate(data.results)}
    by_sev = {sev.label: n for sev, n in s.counts.items()}
    counted = [(s.files, "file", "files"), (len(data.scored), "article scored", "articles scored")]
    counted += [(by_sev.get(label, 0), label, f"{label}s") for label in ("error", "warning", "info")]
    cards = [(one if n == 1 else many, n) for n, one, many in counted]
    code_rows = "".join(
        f"<tr><td><code>{esc(code)}</code></td><td>{esc(data.rules[code].name if code in data.rules else '')}</td>"
        f'<td><span class="sev {sev.label}">{sev.label}</span></td><td class="num">{n}</td></tr>'
        for code, sev, n in data.by_code()
    )
    clusters = (
        "".join(
            f"<tr><td>{esc(c.text)}</td><td class='num'>{c.articles}</td><td>"
            + "<br>".join(
                f'<a href="#{ids[p]}"><code>{esc(p)}:{line}</code></a>' if p in ids else f"<code>{esc(p)}:{line}</code>"
                for p, line in c.examples
            )
            + "</td></tr>"
            for c in data.clusters
        )
        or '<tr><td colspan="3" class="muted">No paragraph is shared by several articles.</td></tr>'
    )
    articles = []
    for r in data.results:
        items = "".join(
            f'<tr id="{ids[r.path]}-{i}"><td class="num">{f.line}:{f.column}</td><td><code>{esc(f.code)}</code></td>'
            f'<td><span class="sev {f.severity.label}">{f.severity.label}</span></td><td>{esc(f.message)}</td></tr>'
            for i, f in enumerate(r.findings)
        ) + "".join(
            f"<tr><td></td><td><code>{esc(o.code)}</code></td><td></td>"
            f'<td class="muted">… {o.count} more not listed (max-findings-per-code)</td></tr>'
            for o in r.omitted
        )
        scores = (
            " · ".join(f"{n} <b class='{band(score_of(r, n))}'>{score_of(r, n)}</b>" for n in SCORE_NAMES)
            if r.scores
            else "no scores (unreadable)"
        )
        body = (
            f"<table><thead><tr><th class='num'>line</th><th>code</th><th>severity</th><th>message</th></tr></thead>"
            f"<tbody>{items}</tbody></table>"
            if r.findings
            else '<p class="muted">No findings.</p>'
        )
        articles.append(
            f'<div class="article" id="{ids[r.path]}"><h3>{article_name(r)}</h3>'
            f'<p class="muted">{scores}</p>{body}</div>'
        )
    histograms = "".join(histogram(data.histogram(n), n) for n in SCORE_NAMES) if data.scored else ""
    card_html = "".join(f'<div class="card"><b>{n}</b><span>{esc(k)}</span></div>' for k, n in cards)
    worst = data.worst()
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>lintkit audit, {plural(s.files, "file")}</title>
<style>{CSS}</style>
</head>
<body>
<header><h1>lintkit audit</h1><p>{esc(totals_line(s))} · as of {data.as_of} · lintkit {__version__}</p></header>
<main>
<section id="totals"><div class="cards">{card_html}</div></section>
<section id="families"><h2>Findings by family and code</h2><div class="grid">
<div>{bar_chart(data.by_family(), title="findings by family")}</div>
<div><table><thead><tr><th>code</th><th>name</th><th>severity</th><th class="num">count</th></tr></thead>
<tbody>{code_rows}</tbody></table></div></div></section>
<section id="scores"><h2>Score distributions</h2><p class="muted">Articles per band of 10 points.</p>
<div class="grid">{histograms}</div></section>
<section id="worst"><h2>The {len(worst)} worst articles</h2>{_articles_table(worst, ids, sortable=False)}</section>
<section id="boilerplate"><h2>Largest boilerplate clusters</h2>
<table><thead><tr><th>paragraph</th><th class="num">articles</th><th>for example</th></tr></thead>
<tbody>{clusters}</tbody></table></section>
<section id="articles"><h2>All articles</h2><p class="muted">Click a column to sort.</p>
{_articles_table(data.results, ids, sortable=True)}</section>
<section id="findings"><h2>Findings by article</h2>{"".join(articles)}</section>
</main>
<script>{SORT_JS}</script>
</body>
</html>
"""
