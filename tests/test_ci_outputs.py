"""Issue 16: the reports as CI services read them, within each service's
documented limits (the limits are the constants the reporters name), and a
run that finds nothing to lint."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner, Result
from helpers import DATA, ROOT, SEEDS

from lintkit.cli import main
from lintkit.reports import FORMATS
from lintkit.reports import github as github_report
from lintkit.reports import gitlab as gitlab_report
from lintkit.reports import markdown as markdown_report
from lintkit.reports import sarif as sarif_report

AS_OF = ["--as-of", "2026-11-24", "--no-cache"]


def check(*args: str) -> Result:
    return CliRunner().invoke(main, ["check", *AS_OF, *args])


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The seeds (16 warnings, 30 infos) and, last in file order, an empty
    file (one error, STR001); run from the folder above, as CI runs from the
    repository root."""
    content = tmp_path / "content"
    shutil.copytree(SEEDS, content)
    (content / "zz_empty.txt").write_text("")
    monkeypatch.chdir(tmp_path)
    return Path("content")


# -- item 3: nothing to lint ---------------------------------------------------


@pytest.mark.parametrize("fmt", ["rich", "json", "sarif", "github", "junit", "gitlab"])
def test_paths_with_no_file_of_a_known_format_are_a_usage_error(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A misdirected gate fails (exit 2) and says why, whatever the format;
    ruff (a warning, exit 0) and markdownlint-cli2 (`Linting: 0 files`, exit 0)
    pass on nothing, which is what a CI gate must not do."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.rst").write_text("not an article\n")
    result = check("--format", fmt, "empty", "other")
    assert result.exit_code == 2 and result.stdout == ""
    assert "no file to lint under 'empty', 'other'" in result.stderr
    assert "*.txt (alphanode)" in result.stderr and "*.md" in result.stderr


def test_an_exclude_that_hides_every_file_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(SEEDS, tmp_path / "content")
    (tmp_path / "lintkit.toml").write_text('exclude = ["content/"]\n')
    result = check("content")
    assert result.exit_code == 2 and "`exclude` may hide files" in result.stderr


# -- item 4: SARIF for code scanning -----------------------------------------------


def test_sarif_keeps_within_the_results_limit_most_severe_first(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert sarif_report.CODE_SCANNING_MAX_RESULTS_PER_RUN == 25_000
    monkeypatch.setattr(sarif_report, "CODE_SCANNING_MAX_RESULTS_PER_RUN", 20)
    result = check("--format", "sarif", str(corpus))
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.validate(doc, schema)
    run = doc["runs"][0]
    levels = [r["level"] for r in run["results"]]
    # The error of the last file first, then every warning, then the first notes.
    assert levels == ["error"] + ["warning"] * 16 + ["note"] * 3
    assert run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "content/zz_empty.txt"
    assert run["properties"] == {"resultsTotal": 47, "resultsOmitted": {"note": 27}}
    (notification,) = run["invocations"][0]["toolExecutionNotifications"]
    assert notification["level"] == "warning" and notification["descriptor"]["id"] == "lintkit/results-omitted"
    assert notification["message"]["text"].startswith("27 of 47 results left out (27 notes)")
    assert "lintkit: SARIF: 27 of 47 results left out (27 notes)" in result.stderr


def test_sarif_under_the_limit_lists_every_result_and_says_nothing(corpus: Path) -> None:
    result = check("--format", "sarif", str(corpus))
    run = json.loads(result.stdout)["runs"][0]
    assert len(run["results"]) == 47 and "invocations" not in run and "properties" not in run
    levels = [r["level"] for r in run["results"]]
    assert levels == sorted(levels, key=["error", "warning", "note"].index)
    assert result.stderr == ""


@pytest.mark.parametrize("limit", [1, 10, 17, 30])
def test_sarif_cut_keeps_what_sorting_everything_would(
    limit: int, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Notes held early are pushed out by warnings met later, and warnings by
    the error met last: what stays is the first `limit` of all the results
    sorted most severe first, and the counts left out add up."""
    everything = json.loads(check("--format", "sarif", str(corpus)).stdout)["runs"][0]["results"]
    monkeypatch.setattr(sarif_report, "CODE_SCANNING_MAX_RESULTS_PER_RUN", limit)
    result = check("--format", "sarif", str(corpus))
    run = json.loads(result.stdout)["runs"][0]
    assert run["results"] == everything[:limit]
    left = [r["level"] for r in everything[limit:]]
    expected = {level: left.count(level) for level in ("error", "warning", "note") if level in left}
    assert run["properties"] == {"resultsTotal": 47, "resultsOmitted": expected}
    assert f"SARIF: {47 - limit} of 47 results left out" in result.stderr


# -- item 5: GitHub annotations ---------------------------------------------------


def test_github_annotations_most_severe_first_then_a_total(corpus: Path) -> None:
    assert github_report.ANNOTATIONS_SHOWN_PER_TYPE == 10
    result = check("--format", "github", str(corpus))
    *annotations, total = result.stdout.splitlines()
    kinds = [line.split(" ", 1)[0] for line in annotations]
    assert kinds == ["::error"] + ["::warning"] * 16 + ["::notice"] * 30
    assert annotations[0].startswith("::error file=content/zz_empty.txt,line=1,col=1,title=STR001 unreadable-file::")
    # Each kind in file order.
    warned = [line.split(",", 1)[0] for line in annotations if line.startswith("::warning")]
    assert warned == sorted(warned)
    assert total == (
        "lintkit: 47 findings in 6 files (1 error, 16 warnings, 30 infos); "
        "GitHub shows the first 10 annotations of each type per step, the log lists them all"
    )
    assert result.exit_code == 1


def test_github_total_without_the_limit_note_and_quiet(corpus: Path) -> None:
    out = check("--format", "github", "--select", "STR001", str(corpus)).stdout.splitlines()
    assert out[-1] == "lintkit: 1 finding in 6 files (1 error, 0 warnings, 0 infos)" and len(out) == 2
    quiet = check("--format", "github", "-q", "--select", "STR001", str(corpus)).stdout.splitlines()
    assert quiet == out[:1]


# -- item 6: the Markdown summary -------------------------------------------------


def test_markdown_fits_a_pull_request_comment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Too many findings for one comment: the totals and the tables stay, the
    errors are listed before anything else although their file comes last,
    and the last line says how many were left out."""
    assert markdown_report.PR_COMMENT_MAX_CHARACTERS == 65_536
    assert markdown_report.MAX_BYTES == 65_536
    monkeypatch.chdir(tmp_path)
    content = tmp_path / "content"
    content.mkdir()
    for i in range(60):
        for seed in sorted(SEEDS.glob("*.txt")):
            shutil.copy(seed, content / f"{i:02d}_{seed.name}")
    (content / "zz_empty.txt").write_text("")
    result = check("--format", "markdown", "--select", "ALL", "content")
    out = result.stdout
    assert len(out.encode("utf-8")) <= 65_536
    assert out.startswith("## lintkit: ❌ fails at `error`\n\n")
    head = out.split("### Findings", 1)[0]
    assert "findings in 301 files (1 error," in head and "| 🔴 error | `STR001` | unreadable-file | 1 |" in head
    findings = out.split("### Findings", 1)[1]
    assert findings.index("<code>content/zz_empty.txt</code>: 1 error") < findings.index("🟡 warning")
    last = out.rstrip("\n").rsplit("\n", 1)[1]
    assert last.startswith("… ") and "left out to fit GitHub's 65,536-character limit" in last
    left = int(last.split()[1])
    total = int(head.split(".\n\n", 1)[0].rsplit("\n", 1)[1].split()[0])
    rows = re.findall(r"^\| \d+:\d+ \| `[A-Z]+\d{3}` \|", findings, re.MULTILINE)
    assert left > 0 and len(rows) == total - left
    assert f"lintkit: Markdown: {left} findings of {total}" in result.stderr


def test_markdown_lists_everything_that_fits(corpus: Path) -> None:
    result = check("--format", "markdown", str(corpus))
    assert result.stdout.count("<details>") == 6 and "left out" not in result.stdout and result.stderr == ""


# -- item 7: JUnit and GitLab Code Quality ----------------------------------------


def test_junit_has_one_test_case_per_file_failing_at_the_fail_level(corpus: Path) -> None:
    result = check("--format", "junit", str(corpus))
    root = ET.fromstring(result.stdout)
    (suite,) = root.findall("testsuite")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [f"content/{p.name}" for p in sorted(SEEDS.glob("*.txt"))] + [
        "content/zz_empty.txt"
    ]
    assert (root.get("tests"), root.get("failures")) == (suite.get("tests"), suite.get("failures")) == ("6", "1")
    failing = [c for c in cases if c.find("failure") is not None]
    assert [c.get("name") for c in failing] == ["content/zz_empty.txt"] and result.exit_code == 1
    failure = failing[0].find("failure")
    assert failure.get("message") == "1 error at or above error" and failure.get("type") == "error"
    assert failure.text == "content/zz_empty.txt:1:1: STR001 error the file is empty\n"
    # Below the fail level: shown, not failing.
    out = cases[0].find("system-out").text
    assert out.startswith("2 warnings, 6 infos below error:\n") and "META012 info" in out

    warn = ET.fromstring(check("--format", "junit", "--fail-on", "warning", str(corpus)).stdout)
    assert warn.get("failures") == "6" and warn.get("tests") == "6"
    clean = ET.fromstring(check("--format", "junit", "--select", "STR002", str(corpus)).stdout)
    assert clean.get("failures") == "0" and clean.get("tests") == "6"
    assert all(len(c) == 0 for c in clean.iter("testcase"))


CODE_QUALITY_ISSUE = {
    "type": "object",
    "required": ["description", "check_name", "fingerprint", "severity", "location"],
    "properties": {
        "description": {"type": "string", "minLength": 1},
        "check_name": {"type": "string", "pattern": "^[A-Z]+[0-9]{3}$"},
        "fingerprint": {"type": "string", "minLength": 1},
        "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
        "location": {
            "type": "object",
            "required": ["path", "lines"],
            "properties": {
                "path": {"type": "string", "pattern": "^[^/]"},
                "lines": {
                    "type": "object",
                    "required": ["begin"],
                    "properties": {"begin": {"type": "integer", "minimum": 1}},
                },
            },
        },
    },
}


def test_gitlab_code_quality_report(corpus: Path) -> None:
    result = check("--format", "gitlab", str(corpus))
    issues = json.loads(result.stdout)
    jsonschema.validate(issues, {"type": "array", "items": CODE_QUALITY_ISSUE})
    assert len(issues) == 47 and len({i["fingerprint"] for i in issues}) == 47
    assert {i["severity"] for i in issues} == {"major", "minor", "info"}
    assert gitlab_report.SEVERITY == {3: "major", 2: "minor", 1: "info"}
    empty = next(i for i in issues if i["check_name"] == "STR001")
    assert empty == {
        "description": "STR001 the file is empty",
        "check_name": "STR001",
        "fingerprint": empty["fingerprint"],
        "severity": "major",
        "location": {"path": "content/zz_empty.txt", "lines": {"begin": 1}},
    }
    # An absolute path on the command line is reported relative to the current
    # folder, with the same fingerprints (messages name other files as given).
    absolute = json.loads(check("--format", "gitlab", str(corpus.resolve())).stdout)
    assert [(i["location"], i["fingerprint"]) for i in absolute] == [(i["location"], i["fingerprint"]) for i in issues]
    assert check("--format", "gitlab", "--select", "STR002", str(corpus)).stdout == "[]\n"


def test_every_format_is_documented() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    for fmt in FORMATS:
        assert f"--format {fmt}" in readme or fmt == "rich", fmt
        assert f"| `{fmt}`" in ci, fmt
    # The options table (a Markdown table: its pipes escaped) names them all.
    assert "`--format " + "\\|".join(FORMATS) + "`" in readme
