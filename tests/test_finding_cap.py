"""max_findings_per_code: a file lists at most so many findings of one code,
counts the rest, and the verdict, the totals, the scores, --fix and baselines
are those of a run without the cap (issue 17, defect 11)."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import seed

from lintkit.cli import main
from lintkit.config import MAX_FINDINGS_PER_CODE, Config
from lintkit.formats import parse_bytes
from lintkit.model import Applicability, Finding, Fix, Severity
from lintkit.pipeline.cap import Capped, capped_result
from lintkit.pipeline.settings import Settings, enabled_rules, settings_key
from lintkit.pipeline.stages import Stages, check_article
from lintkit.results import Omitted, Summary
from lintkit.syllables import for_run

AS_OF = ["--as-of", "2026-11-24"]


def bullets_article(bullets: int, distinct: int) -> str:
    """The first seed with a checklist of `bullets` bullets of `distinct` texts:
    `bullets - distinct` CHK004 findings (a repeated item, with a safe fix)."""
    lines = seed("000").split("\n")
    start = next(i for i, line in enumerate(lines) if line.strip().lower().endswith("checklist"))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].strip().lower() == "final notes")
    items = [f"  \u2022 run check number {n % distinct}" for n in range(bullets)]
    return "\n".join([*lines[: start + 2], *items, "", *lines[end:]])


def invoke(cwd: Path, *args: str, command: str = "check"):
    """`lintkit check` (or `command`) run from the folder `cwd` (paths and the config are found from there)."""
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, [command, *AS_OF, *args])
    finally:
        os.chdir(old)


def check_json(cwd: Path, *args: str) -> tuple[int, dict]:
    result = invoke(cwd, "--format", "json", *args)
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)


def chk004_lines(doc: dict) -> list[int]:
    return [f["line"] for f in doc["files"][0]["findings"] if f["code"] == "CHK004"]


@pytest.fixture
def bullets(tmp_path: Path) -> Path:
    (tmp_path / "bullets.txt").write_text(bullets_article(2500, 100), encoding="utf-8")
    return tmp_path


def test_the_default_lists_a_thousand_of_a_code_and_counts_the_rest(bullets: Path) -> None:
    code, capped = check_json(bullets, "--no-cache", "--fail-on", "warning", "bullets.txt")
    full_code, full = check_json(
        bullets, "--no-cache", "--fail-on", "warning", "--max-findings-per-code", "0", "bullets.txt"
    )
    assert Config().max_findings_per_code == MAX_FINDINGS_PER_CODE == 1000
    assert len(chk004_lines(full)) == 2400
    # The first thousand by position are listed, the rest counted in the file and the summary.
    assert chk004_lines(capped) == chk004_lines(full)[:1000]
    assert capped["files"][0]["omitted"] == {"CHK004": 1400} and full["files"][0]["omitted"] == {}
    # The totals, the verdict and the scores are the uncapped run's.
    assert capped["summary"] == {**full["summary"], "omitted": 1400} and full["summary"]["omitted"] == 0
    assert capped["summary"]["warning"] == full["summary"]["warning"] > 2400
    assert code == full_code == 1
    assert capped["files"][0]["scores"] == full["files"][0]["scores"]
    others = [f for f in capped["files"][0]["findings"] if f["code"] != "CHK004"]
    assert others == [f for f in full["files"][0]["findings"] if f["code"] != "CHK004"]


def test_the_terminal_summary_and_stderr_say_what_was_left_out(bullets: Path) -> None:
    result = invoke(bullets, "--no-cache", "--max-findings-per-code", "10", "bullets.txt")
    lines = result.stdout.splitlines()
    assert sum(" CHK004 " in line and line.startswith("bullets.txt:") for line in lines) == 10
    assert "  2400  CHK004   warning  duplicate-checklist-item" in lines  # the table counts them all
    not_listed = "2390 findings in 1 file not listed: more of one code in a file than max-findings-per-code"
    assert any(line.startswith(not_listed) for line in lines)
    assert f"lintkit: {not_listed}" in result.stderr and "bullets.txt: 2390 CHK004" in result.stderr
    # --statistics counts every finding: nothing is left out of it.
    stats = invoke(bullets, "--no-cache", "--max-findings-per-code", "10", "--statistics", "bullets.txt")
    assert stats.stdout.splitlines()[0].split()[:2] == ["2400", "CHK004"] and "not listed" not in stats.stderr


def test_sarif_and_markdown_say_what_was_left_out(bullets: Path) -> None:
    sarif = json.loads(
        invoke(bullets, "--no-cache", "--max-findings-per-code", "10", "--format", "sarif", "bullets.txt").stdout
    )
    run = sarif["runs"][0]
    assert sum(r["ruleId"] == "CHK004" for r in run["results"]) == 10
    assert run["properties"]["findingsNotListed"] == 2390
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert [n["descriptor"]["id"] for n in notes] == ["lintkit/findings-not-listed"]
    markdown = invoke(bullets, "--no-cache", "--max-findings-per-code", "10", "--format", "markdown", "bullets.txt")
    assert "2390 findings in 1 file not listed" in markdown.stdout


def test_score_and_audit_count_what_was_left_out(bullets: Path) -> None:
    """Both run with the default limit: their counts are every finding's, and the audit page says what it omits."""
    rows = invoke(bullets, "--no-cache", "--format", "csv", "bullets.txt", command="score").stdout.splitlines()
    head, row = rows[0].split(","), rows[1].split(",")
    _, full = check_json(bullets, "--no-cache", "--max-findings-per-code", "0", "bullets.txt")
    assert int(row[head.index("warnings")]) == full["summary"]["warning"] > 2400
    audit = invoke(bullets, "--no-cache", "--html", "audit.html", "bullets.txt", command="audit")
    assert audit.exit_code == 0 and "CHK004  │ duplicate-checklist-item │ warning  │  2400" in audit.stdout
    assert "… 1400 more not listed (max-findings-per-code)" in (bullets / "audit.html").read_text(encoding="utf-8")


def test_stage_a_keeps_only_the_limit_whatever_order_a_rule_gives() -> None:
    """What the results cache stores and stage B reads holds the limit, not every finding."""
    text = bullets_article(600, 20)
    article = parse_bytes(text.encode(), "bullets.txt")
    config = Config(max_findings_per_code=25)
    settings = Settings(config, as_of=dt.date(2026, 11, 24))
    stages = Stages(settings, enabled_rules(config), False, for_run(None))
    analysis = stages.analysis(article, "bullets.txt")
    assert sum(f.code == "CHK004" for f in analysis.findings) == 25
    assert analysis.omitted == (Omitted("CHK004", Severity.WARNING, 555, 555, 555),)
    full = check_article(article, enabled_rules(config), Settings(Config(max_findings_per_code=0), settings.as_of))
    capped = check_article(article, enabled_rules(config), settings)
    # The report of a baseline run caps a whole result as the run caps it.
    assert capped_result(full, 25) == capped
    assert capped.omitted == analysis.omitted and capped.total == full.total
    # Every total a report prints, and the exit code, count what was left out.
    totals = []
    for result in (capped, full):
        summary = Summary()
        summary.add(result)
        totals.append((summary.counts, summary.by_code, summary.fixable, summary.fixable_unsafe))
    assert totals[0] == totals[1]


def _finding(line: int, column: int = 1, fix: Fix | None = None) -> Finding:
    return Finding("CHK004", "x", "checklist", Severity.WARNING, f"at {line}", "a.txt", line, column, fix=fix)


def test_capped_keeps_the_first_by_place_and_makes_no_finding_past_them() -> None:
    places = [(line, column) for line in range(1, 201) for column in (1, 5)]
    random.Random(7).shuffle(places)
    safe = Fix("drop it", Applicability.SAFE, ())
    cap = Capped(30)
    skipped = 0
    for line, column in places:
        if cap.over(line, column, safe if line % 2 else None):
            skipped += 1
            continue
        cap.add(_finding(line, column, safe if line % 2 else None))
    kept, omitted = cap.result("CHK004", Severity.WARNING)
    assert sorted((f.line, f.column) for f in kept) == sorted(places)[:30]
    assert omitted == Omitted("CHK004", Severity.WARNING, 370, 184, 184)
    assert skipped > 200  # most hits past the limit never became a finding
    in_order = Capped(30)
    made = 0
    for line in range(1, 1001):
        if not in_order.over(line, 1, None):
            in_order.add(_finding(line))
            made += 1
    assert made == 60 and [f.line for f in in_order.result("CHK004", Severity.WARNING)[0]] == list(range(1, 31))


def test_a_cached_result_is_never_replayed_under_another_limit(bullets: Path) -> None:
    cache = ["--cache-dir", str(bullets / "cache")]
    for select in ((), ("--select", "CHK")):  # with the corpus (final results replayed) and without it
        for limit, listed in (("50", 50), ("100", 100), ("0", 2400), ("50", 50)):
            _, doc = check_json(bullets, *cache, *select, "--max-findings-per-code", limit, "bullets.txt")
            assert len(chk004_lines(doc)) == listed, (select, limit)
            assert doc["files"][0]["omitted"] == ({"CHK004": 2400 - listed} if listed < 2400 else {})
    config = Config(max_findings_per_code=50)
    settings = Settings(config, as_of=dt.date(2026, 11, 24))
    other = Settings(Config(max_findings_per_code=51), settings.as_of)
    rules = enabled_rules(config)
    assert settings_key(settings, rules, True) != settings_key(other, rules, True)


def test_fix_fixes_every_finding_whatever_the_limit(tmp_path: Path) -> None:
    text = bullets_article(300, 10)
    for limit in ("5", "0"):
        folder = tmp_path / limit
        folder.mkdir()
        (folder / "bullets.txt").write_text(text, encoding="utf-8")
        result = invoke(folder, "--no-cache", "--fix", "--max-findings-per-code", limit, "bullets.txt")
        assert "CHK004" not in result.stdout, limit
        assert "fixed 29" in result.stderr  # 290 repeated bullets and the other safe fixes
    fixed = [(tmp_path / limit / "bullets.txt").read_bytes() for limit in ("5", "0")]
    assert fixed[0] == fixed[1]


def test_a_baseline_of_a_capped_run_holds_what_was_left_out(bullets: Path) -> None:
    """A baseline records every finding, so that nothing the cap left out comes back as new;
    the report caps what the baseline leaves, and new findings past the cap still fail."""
    written = invoke(
        bullets, "--no-cache", "--max-findings-per-code", "10", "--write-baseline", "b.json", "bullets.txt"
    )
    assert written.exit_code == 0
    assert sum(e["code"] == "CHK004" for e in json.loads((bullets / "b.json").read_text())["findings"]) == 2400
    capped = ("--no-cache", "--max-findings-per-code", "10", "--baseline", "b.json")
    code, doc = check_json(bullets, *capped, "--fail-on", "info", "bullets.txt")
    assert code == 0 and doc["files"][0]["findings"] == [] and doc["files"][0]["omitted"] == {}
    # 500 more repeated bullets: new findings, 10 listed, 490 counted, and the run fails.
    article = bullets / "bullets.txt"
    lines = article.read_text(encoding="utf-8").split("\n")
    at = max(i for i, line in enumerate(lines) if "run check number" in line) + 1
    article.write_text("\n".join([*lines[:at], *lines[at - 500 : at], *lines[at:]]), encoding="utf-8")
    code, doc = check_json(bullets, *capped, "--fail-on", "warning", "bullets.txt")
    assert code == 1 and len(chk004_lines(doc)) == 10
    assert doc["files"][0]["omitted"] == {"CHK004": 490} and doc["summary"]["omitted"] == 490


@pytest.mark.parametrize("value", ["-1", "'many'", "true", "1.5"])
def test_a_bad_limit_is_a_config_error(tmp_path: Path, value: str) -> None:
    (tmp_path / "lintkit.toml").write_text(f"max-findings-per-code = {value}\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(seed("000"), encoding="utf-8")
    result = invoke(tmp_path, "--no-cache", "a.txt")
    assert result.exit_code == 2
    assert "lintkit.toml: key 'max-findings-per-code': expected an integer of at least 0" in result.stderr


def test_a_bad_limit_on_the_command_line_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(seed("000"), encoding="utf-8")
    result = invoke(tmp_path, "--max-findings-per-code", "-1", "a.txt")
    assert result.exit_code == 2 and "--max-findings-per-code': -1 is not in the range x>=0" in result.stderr
