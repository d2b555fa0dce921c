"""Issue 6: every report format on the seeds, the baseline, the audit."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from helpers import DATA, SEEDS, replace_once

from lintkit.cli import main

AS_OF = ["--as-of", "2026-11-24", "--no-cache"]


def check(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", *AS_OF, *args])
    return result.exit_code, result.stdout


def test_sarif_validates_against_the_official_schema() -> None:
    code, out = check("--format", "sarif", str(SEEDS))
    assert code == 0
    doc = json.loads(out)
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.validate(doc, schema)
    run = doc["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "lintkit" and driver["informationUri"].startswith("https://")
    rules = {r["id"]: r for r in driver["rules"]}
    assert rules["DUP003"]["name"] == "duplicate-code-block"
    assert rules["DUP003"]["defaultConfiguration"]["level"] == "warning"
    assert "Why it matters" in rules["DUP003"]["help"]["text"]
    results = run["results"]
    assert len(results) == 46
    first = results[0]
    loc = first["locations"][0]["physicalLocation"]
    assert not loc["artifactLocation"]["uri"].startswith("/")
    assert loc["region"]["startLine"] >= 1 and loc["region"]["startColumn"] >= 1
    assert {r["level"] for r in results} == {"warning", "note"}
    assert all(r["partialFingerprints"]["lintkitFingerprint/v1"] for r in results)


def test_sarif_fingerprints_survive_line_shifts(tmp_path: Path) -> None:
    shutil.copy(SEEDS / "003_43ee451c7adc17c3.txt", tmp_path / "a.txt")
    _, before = check("--format", "sarif", str(tmp_path / "a.txt"))
    text = (tmp_path / "a.txt").read_text()
    (tmp_path / "a.txt").write_text(text.replace("why this matters\n", "a new intro line.\n\nwhy this matters\n"))
    _, after = check("--format", "sarif", str(tmp_path / "a.txt"))

    def prints(out: str) -> dict[str, int]:
        return {
            r["partialFingerprints"]["lintkitFingerprint/v1"]: r["locations"][0]["physicalLocation"]["region"][
                "startLine"
            ]
            for r in json.loads(out)["runs"][0]["results"]
            if r["ruleId"] == "DUP003"
        }

    old, new = prints(before), prints(after)
    assert old.keys() == new.keys() and [new[k] - old[k] for k in old] == [2]


GITHUB_LINE = re.compile(r"^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,title=[A-Z]+\d{3} [a-z-]+::.+$")


def test_github_annotations() -> None:
    _, out = check("--format", "github", str(SEEDS))
    *lines, total = out.splitlines()
    assert len(lines) == 46 and total.startswith("lintkit: 46 findings in 5 files")
    for line in lines:
        assert GITHUB_LINE.match(line), line
    # Most severe first (issue 16): the seeds have warnings and infos.
    assert lines[0].startswith("::warning file=") and lines[-1].startswith("::notice file=")


def test_github_escapes_what_the_runner_would_misread() -> None:
    from lintkit.reports.github import escape_data, escape_property

    assert escape_data("50% done\nnext") == "50%25 done%0Anext"
    assert escape_property("a,b:c") == "a%2Cb%3Ac"


def test_junit_is_xml_with_one_case_per_file() -> None:
    _, out = check("--format", "junit", "--fail-on", "info", str(SEEDS))
    root = ET.fromstring(out)
    cases = root.findall("testsuite/testcase")
    assert [c.get("name") for c in cases] == [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    assert sum(c.find("failure").text.count("\n") for c in cases) == 46
    assert root.get("failures") == "5"


def test_junit_survives_control_characters(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("| |\n\nnot a title.\x1b\n")
    _, out = check("--format", "junit", str(tmp_path))
    ET.fromstring(out)


def test_markdown_summary() -> None:
    _, out = check("--format", "markdown", str(SEEDS))
    assert out.startswith("## lintkit: ✅ passes\n\n46 findings in 5 files (0 errors, 16 warnings, 30 infos).")
    assert "| 🟡 warning | `DUP004` | boilerplate-paragraph | 5 |" in out
    assert "### Worst files by quality" in out and "| quality | freshness | depth | clarity |" in out
    assert out.count("<details>") == 5


def test_output_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.sarif"
    _code, out = check("--format", "sarif", "--output", str(target), str(SEEDS))
    assert out == "" and json.loads(target.read_text())["version"] == "2.1.0"


def test_baseline_keeps_old_findings_quiet_and_reports_new_ones(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(SEEDS, content)
    baseline = tmp_path / "baseline.json"
    code, _ = check("--write-baseline", str(baseline), "--fail-on", "info", str(content))
    # Writing the baseline was asked: exit 0 whatever it recorded (issue 16).
    assert code == 0 and len(json.loads(baseline.read_text())["findings"]) == 46
    code, out = check("--baseline", str(baseline), "--fail-on", "info", "--format", "json", str(content))
    doc = json.loads(out)
    assert code == 0 and doc["summary"] == {"files": 5, "error": 0, "warning": 0, "info": 0, "omitted": 0}
    # Duplicate a paragraph in seed 000: every line below it shifts down.
    path = content / "000_0d66923819f653a4.txt"
    text = path.read_text()
    paragraph = text.splitlines()[11]
    path.write_text(replace_once(text, "why this matters\n\n", f"why this matters\n\n{paragraph}\n\n"))
    code, out = check("--baseline", str(baseline), "--fail-on", "info", "--format", "json", str(content))
    new = [(Path(f["path"]).name, x["code"], x["line"]) for f in json.loads(out)["files"] for x in f["findings"]]
    assert code == 1
    # Only what the edit introduced: the repeated paragraph, and the payload's
    # paragraph count that no longer matches. Nothing old comes back.
    assert new == [("000_0d66923819f653a4.txt", "DUP001", 14), ("000_0d66923819f653a4.txt", "META006", 97)]


def test_a_bad_baseline_is_a_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "b.json"
    bad.write_text("{}")
    result = CliRunner().invoke(main, ["check", "--baseline", str(bad), str(SEEDS)])
    assert result.exit_code == 2 and "b.json: unsupported baseline version None" in result.output
    bad.write_text("not json")
    result = CliRunner().invoke(main, ["check", "--baseline", str(bad), str(SEEDS)])
    assert result.exit_code == 2 and "b.json: not a lintkit baseline" in result.output


def audit(*args: str) -> str:
    result = CliRunner().invoke(main, ["audit", *AS_OF, *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_audit_in_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    # A relative path, so the tables' column widths do not depend on where the checkout lies.
    monkeypatch.chdir(SEEDS.parent)
    out = audit(SEEDS.name)
    for heading in (
        "lintkit audit",
        "Findings by family",
        "Findings by code",
        "Score distributions",
        "The 5 worst articles",
        "Largest boilerplate clusters",
    ):
        assert heading in out, heading
    assert "the best result is not only a faster or cleaner python services" in out


def test_audit_html_is_self_contained(tmp_path: Path) -> None:
    page = tmp_path / "audit.html"
    audit("--html", str(page), str(SEEDS))
    text = page.read_text(encoding="utf-8")
    assert text.count("<svg") == 5  # findings by family, and one histogram per score
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text)
    assert "<link" not in text and "@import" not in text
    for section in ("totals", "families", "scores", "worst", "boilerplate", "articles", "findings"):
        assert f'id="{section}"' in text
    # every article in the table links to its section of findings
    links = set(re.findall(r'href="#(a\d+)"', text))
    assert links and all(f'id="{anchor}"' in text for anchor in links)


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def png_pixels(path: Path) -> tuple[int, int, bytes]:
    """Width, height and the raw (filtered) scanlines of a PNG, with the standard library."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height = int.from_bytes(body[:4], "big"), int.from_bytes(body[4:8], "big")
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    return width, height, zlib.decompress(idat)


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed here (.ci/run installs it)")
def test_audit_page_renders_in_headless_chromium(tmp_path: Path) -> None:
    page = tmp_path / "audit.html"
    audit("--html", str(page), str(SEEDS))
    shot = tmp_path / "audit.png"
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    subprocess.run(
        [CHROMIUM, *flags, f"--screenshot={shot}", "--window-size=1280,1600", page.as_uri()],
        capture_output=True,
        timeout=120,
        check=False,
    )
    width, height, raw = png_pixels(shot)
    assert (width, height) == (1280, 1600)
    # Rendered, not blank: many distinct byte values (text, charts, colours).
    assert len(set(raw[: len(raw) // 2])) > 50
    dom = subprocess.run(
        [CHROMIUM, *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120, check=False
    ).stdout
    assert dom.count("<svg") == 5 and 'class="sortable"' in dom and "003_43ee451c7adc17c3.txt" in dom


def test_markdown_lists_every_file_that_fits(tmp_path: Path) -> None:
    # The limit is the size of a pull-request comment, not a number of files
    # (issue 16; tests/test_ci_outputs.py).
    text = (SEEDS / "000_0d66923819f653a4.txt").read_text()
    for i in range(103):
        (tmp_path / f"a{i:03d}.txt").write_text(text)
    _, out = check("--format", "markdown", "--select", "STR006", str(tmp_path))
    assert out.count("<details>") == 103 and "left out" not in out
