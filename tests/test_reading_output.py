"""Issue 16, defect 13: the reports read as people read them.

Under each file heading the terminal report gives `line:col`, not the path
again; counts agree with their nouns; `rules` and `score` piped are narrow
text, not a padded table; the audit names articles by their title.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import SEEDS, replace_once, seed, seed_path

from lintkit.cli import main
from lintkit.rules import registry

AS_OF = ["--as-of", "2026-11-24", "--no-cache"]
ANSI = re.compile(r"\x1b\[[0-9;]*m")
SEED_003_TITLE = "field notes on building safer deployment steps for python services"
# A count that disagrees with its noun: "1 warnings", "6 warning", "1 distinct code examples".
NOUNS = "error|warning|info|finding|file|sentence|word|section|paragraph|example|item"
SINGULAR_WITH_PLURAL = re.compile(rf"(?<![\w.,])1 (?:[a-z]+ ){{0,2}}(?:{NOUNS})s\b")
PLURAL_WITH_SINGULAR = re.compile(rf"(?<![\w.,])(?:0|[2-9]|\d\d+) (?:[a-z]+ ){{0,2}}(?:{NOUNS})\b")


def invoke(*args: str, env: dict[str, str] | None = None) -> str:
    result = CliRunner().invoke(main, list(args), env=env)
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def json_findings(path: Path) -> list[dict]:
    doc = json.loads(invoke("check", *AS_OF, "--format", "json", str(path)))
    return doc["files"][0]["findings"]


def test_the_terminal_report_gives_line_and_column_under_the_file_heading() -> None:
    path = seed_path("003")
    out = ANSI.sub("", invoke("check", *AS_OF, str(path), env={"FORCE_COLOR": "1"}))
    lines = out.splitlines()
    assert lines[0] == str(path)
    expected = json_findings(path)
    rows = lines[1 : 1 + len(expected)]
    # The path is the heading's alone; each finding starts with where in the file it is.
    assert all(str(path) not in row and row.startswith("  ") for row in rows)
    assert [row.split()[:3] for row in rows] == [
        [f"{f['line']}:{f['column']}", f["code"], f["severity"]] for f in expected
    ]
    assert lines[1 + len(expected)] == ""
    # The location column is as wide as the longest location, no wider: here `31:156`.
    assert rows[1].startswith("  31:156  DUP005 ") and rows[0].startswith("  1:1     STR006 ")
    # Piped, each finding stays one greppable line with its path.
    plain = invoke("check", *AS_OF, str(path)).splitlines()
    assert plain[1] == f"{path}:31:156: DUP005 warning {expected[1]['message']}"


def test_the_audit_header_names_the_files_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(SEEDS.parent)
    out = invoke("audit", *AS_OF, SEEDS.name)
    header = next(line for line in out.splitlines() if "findings in" in line)
    assert header.strip("│ ") == "45 findings in 5 files (0 errors, 16 warnings, 29 infos)"


def test_counts_agree_with_their_nouns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # One file with one warning and no error; the seeds with many warnings and infos.
    one = tmp_path / "one"
    one.mkdir()
    (one / "a.txt").write_text(seed("003"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    single = ["--select", "DUP005", "one"]
    plain = invoke("check", *AS_OF, *single)
    assert plain.endswith("1 finding in 1 file (0 errors, 1 warning, 0 infos)\n")
    markdown = invoke("check", *AS_OF, "--format", "markdown", *single)
    assert "<code>one/a.txt</code>: 1 warning</summary>" in markdown
    junit = invoke("check", *AS_OF, "--format", "junit", "--fail-on", "warning", *single)
    assert 'message="1 warning at or above warning"' in junit
    seeds = invoke("check", *AS_OF, "--format", "markdown", str(SEEDS))
    assert "003_43ee451c7adc17c3.txt</code>: 4 warnings, 6 infos</summary>" in seeds
    explain = invoke("score", *AS_OF, "--explain", str(seed_path("003")))
    assert "2 sections with content, 1 distinct code example, 5 distinct checklist items" in explain
    assert "(0 repeated paragraphs and 0 boilerplate paragraphs left out)" in explain
    assert "findings: 0 errors * 10 + 3 warnings * 3 + 2 infos * 1 = 11" in explain
    page = tmp_path / "audit.html"
    audit = invoke("audit", *AS_OF, "--html", str(page), "one")
    html = page.read_text(encoding="utf-8")
    assert "<title>lintkit audit, 1 file</title>" in html
    assert '<div class="card"><b>1</b><span>file</span></div>' in html
    assert '<div class="card"><b>1</b><span>article scored</span></div>' in html
    assert '<div class="card"><b>0</b><span>errors</span></div>' in html
    for text in (plain, markdown, junit, seeds, explain, audit, html):
        assert not SINGULAR_WITH_PLURAL.search(text), SINGULAR_WITH_PLURAL.search(text)
        assert not PLURAL_WITH_SINGULAR.search(text), PLURAL_WITH_SINGULAR.search(text)


def test_rules_piped_are_tab_separated_lines() -> None:
    out = invoke("rules")
    lines = out.splitlines()
    assert lines[0] == "code\tname\tcategory\tseverity\tfix\tsummary"
    rows = [line.split("\t") for line in lines[1:]]
    assert [r[0] for r in rows] == list(registry())
    for (code, name, category, severity, fix, summary), rule in zip(rows, registry().values(), strict=True):
        assert (code, name, category, severity, fix) == (
            rule.code,
            rule.name,
            rule.category.value,
            rule.severity.label,
            rule.fix_label,
        )
        assert summary == rule.summary
    # No padding to the widest summary: no line ends in blanks, none is longer than its fields.
    assert all(line == line.rstrip() for line in lines)
    # On a terminal it is still the table.
    table = invoke("rules", env={"FORCE_COLOR": "1"})
    assert "\x1b[" in table and "\t" not in table


def test_score_piped_is_narrow_text_with_the_path_last(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(SEEDS.parent)
    out = invoke("score", *AS_OF, SEEDS.name).splitlines()
    assert out[0] == "Scores, worst quality first (declared in brackets)"
    assert out[1].split() == ["quality", "freshness", "depth", "clarity", "findings", "article"]
    doc = json.loads(invoke("score", *AS_OF, "--format", "json", SEEDS.name))
    assert len(out) == 2 + len(doc["files"])
    for line, entry in zip(out[2:], doc["files"], strict=True):
        assert line.endswith(f"  {entry['path']}")
        assert len(line) - len(entry["path"]) <= 60  # narrow whatever the path
        computed, declared = entry["scores"]["computed"], entry["scores"]["declared"]
        cells = re.findall(r"(\d+) \((\d+|-)\)", line)
        assert cells == [(str(computed[n]), str(declared[n])) for n in ("quality", "freshness", "depth", "clarity")]


def test_the_audit_names_articles_by_title(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(seed("003"), encoding="utf-8")
    # A title with markup in it, and an article with no title: named by its file.
    (tmp_path / "b.txt").write_text(
        replace_once(seed("000"), "practical guide to reducing build time", "a <b>[bold]</b> & guide"), encoding="utf-8"
    )
    (tmp_path / "c.txt").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    page = tmp_path / "audit.html"
    out = invoke("audit", *AS_OF, "--html", str(page), "a.txt", "b.txt", "c.txt")
    worst = out[out.index("worst articles") :].splitlines()
    # In the terminal: the title (shortened to 64 characters), the file name under it.
    for title, name in (
        ("field notes on building safer deployment steps for python servi…", "a.txt"),
        ("a <b>[bold]</b> & guide with python services", "b.txt"),
    ):
        row = next(i for i, line in enumerate(worst) if f"│ {title} " in line)
        assert worst[row + 1].startswith(f"│ {name} ")
    assert any(line.startswith("│ c.txt ") and line.endswith("│      1 │        0 │     0 │") for line in worst)
    html = page.read_text(encoding="utf-8")
    table = html[html.index('<section id="articles">') : html.index('<section id="findings">')]
    assert f'<a href="#a0">{SEED_003_TITLE}</a><code class="file">a.txt</code>' in table
    assert '<a href="#a1">a &lt;b&gt;[bold]&lt;/b&gt; &amp; guide with python services</a>' in table
    assert '<a href="#a2"><code>c.txt</code></a></td>' in table  # no title: the file name
    findings = html[html.index('<section id="findings">') :]
    assert f'<h3>{SEED_003_TITLE}<code class="file">a.txt</code></h3>' in findings
    # Sorting the article column sorts by what it shows.
    assert f'<td data-v="{SEED_003_TITLE}">' in table


def test_a_markdown_title_comes_from_the_front_matter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "post.md").write_text(
        '---\ntitle: "Faster CI builds"\ndate: 2026-10-01\n---\n\n# Faster CI builds\n\nSome prose here.\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    page = tmp_path / "audit.html"
    invoke("audit", *AS_OF, "--html", str(page), "post.md")
    assert '<a href="#a0">Faster CI builds</a><code class="file">post.md</code>' in page.read_text(encoding="utf-8")
