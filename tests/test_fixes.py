"""`lintkit check --fix` and `--diff`: fixes as data, applied byte-exact."""

from __future__ import annotations

import codecs
import difflib
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import ROOT, SEEDS
from hypothesis import given, settings
from hypothesis import strategies as st

from lintkit.cli import main
from lintkit.fixes import Changed, apply, fix_bytes, write_atomically
from lintkit.model import Applicability, Edit, Fix

sys.path.insert(0, str(ROOT / "benchmarks"))
import make_corpus

AS_OF = ("--as-of", "2026-11-24")


def fix(*edits: Edit, unsafe: bool = False) -> Fix:
    return Fix("test", Applicability.UNSAFE if unsafe else Applicability.SAFE, edits)


def test_apply_keeps_every_byte_outside_the_edits() -> None:
    data = codecs.BOM_UTF8 + b"one  \r\nreading time9\r\nthree\rfour"
    new, applied = apply(data, [fix(Edit(2, 13, 2, 14, "2"))])
    assert new == codecs.BOM_UTF8 + b"one  \r\nreading time2\r\nthree\rfour"
    assert len(applied) == 1
    # A whole line taken with its line break; an end past the line's end is its end.
    assert apply(data, [fix(Edit(2, 1, 3, 1, ""))])[0] == codecs.BOM_UTF8 + b"one  \r\nthree\rfour"
    assert apply(data, [fix(Edit(4, 3, 4, 99, "ur!"))])[0].endswith(b"\rfour!")


def test_overlapping_fixes_wait_for_the_next_pass() -> None:
    data = b"abcdef\n"
    first, second, third = fix(Edit(1, 1, 1, 4, "X")), fix(Edit(1, 3, 1, 5, "Y")), fix(Edit(1, 5, 1, 6, "Z"))
    new, applied = apply(data, [first, second, third])
    assert (new, applied) == (b"XdZf\n", [first, third])

    def lint(current: bytes) -> list[Fix]:  # one fix while the text has a "c" to drop
        i = current.find(b"c")
        return [fix(Edit(1, i + 1, 1, i + 2, ""))] if i >= 0 else []

    assert fix_bytes(b"accbc\n", lint) == (b"ab\n", 3)


def test_a_file_changed_meanwhile_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"old")
    os.chmod(path, 0o640)
    with pytest.raises(Changed):
        write_atomically(path, b"what was read", b"new")
    assert path.read_bytes() == b"old"
    write_atomically(path, b"old", b"new")
    assert path.read_bytes() == b"new" and (path.stat().st_mode & 0o777) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]  # no temporary file left


def _seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


def test_fix_on_the_seeds_changes_only_the_reading_time_in_the_meta_block(tmp_path: Path, monkeypatch) -> None:
    folder = _seeds(tmp_path)
    monkeypatch.chdir(tmp_path)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    result = CliRunner().invoke(main, ["check", "--no-cache", *AS_OF, "--fix", "--format", "json", "seeds"])
    assert "fixed 10 findings in 5 files" in result.stderr  # a reading time and a residue line each
    doc = json.loads(result.stdout)
    assert not [f for file in doc["files"] for f in file["findings"] if f["code"] in ("META007", "STR006")]
    for name, old in before.items():
        new = (folder / name).read_bytes()
        old_meta, new_meta = (text.split(b"alphanode post meta")[1].split(b"\n") for text in (old, new))
        changed = [(a, b) for a, b in zip(old_meta, new_meta, strict=True) if a != b]
        assert len(changed) == 1 and all(
            a.startswith(b"reading time") and b.startswith(b"reading time") for a, b in changed
        )
    # A second --fix has nothing left to do.
    again = CliRunner().invoke(main, ["check", "--no-cache", *AS_OF, "--fix", "seeds"])
    assert "fixed 0 findings in 0 files" in again.stderr


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_diff_applies_with_git_and_gives_the_bytes_of_fix(tmp_path: Path, monkeypatch) -> None:
    folder = _seeds(tmp_path)
    # Format noise: CRLF and a byte-order mark, and the trailer without a final line break (as exported).
    crlf = folder / "crlf.txt"
    crlf.write_bytes(codecs.BOM_UTF8 + (folder / "000_0d66923819f653a4.txt").read_bytes().replace(b"\n", b"\r\n"))
    git = ["git", "-c", "user.email=t@example.com", "-c", "user.name=t"]
    subprocess.run([*git, "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run([*git, "add", "."], cwd=tmp_path, check=True)
    subprocess.run([*git, "commit", "-qm", "seeds"], cwd=tmp_path, check=True)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "--no-cache", *AS_OF, "--diff", "seeds"])
    assert result.exit_code == 1 and result.stdout.startswith("--- a/seeds/")
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == {
        p.name: subprocess.run(["git", "show", f"HEAD:seeds/{p.name}"], capture_output=True, check=True).stdout
        for p in folder.iterdir()
    }  # --diff writes nothing
    patch = tmp_path / "fix.patch"
    patch.write_bytes(result.stdout_bytes)  # as printed: click's `stdout` turns CRLF into LF
    subprocess.run(["git", "apply", str(patch)], cwd=tmp_path, check=True)
    applied = {p.name: p.read_bytes() for p in folder.iterdir()}
    subprocess.run(["git", "checkout", "-q", "."], cwd=tmp_path, check=True)
    CliRunner().invoke(main, ["check", "--no-cache", *AS_OF, "--fix", "seeds"])
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == applied
    assert applied["crlf.txt"].startswith(codecs.BOM_UTF8) and b"\r\nreading time" in applied["crlf.txt"]
    nothing = CliRunner().invoke(main, ["check", "--no-cache", *AS_OF, "--diff", "seeds"])
    assert (nothing.exit_code, nothing.stdout) == (0, "")


@pytest.mark.parametrize(
    ("front", "fixed"),
    [
        ("---\ntitle: T\nreading_time: 9   # minutes\n---\n", "reading_time: 1   # minutes"),
        ('+++\ntitle = "T"\nreadingTime = "9"\n+++\n', 'readingTime = "1"'),
    ],
    ids=["yaml", "toml"],
)
def test_markdown_front_matter_reading_time(tmp_path: Path, monkeypatch, front: str, fixed: str) -> None:
    monkeypatch.chdir(tmp_path)
    post = tmp_path / "post.md"
    post.write_text(front + "\n# T\n\n" + "A sentence of the body that takes some time to read. " * 10 + "\n")
    result = CliRunner().invoke(main, ["check", "--no-cache", *AS_OF, "--select", "META007", "--fix", "post.md"])
    assert result.exit_code == 0, result.output
    assert fixed in post.read_text() and post.read_text().count("\n") == (front + "\n# T\n\n\n").count("\n")


def test_json_and_sarif_carry_the_fix(tmp_path: Path, monkeypatch) -> None:
    _seeds(tmp_path)
    monkeypatch.chdir(tmp_path)
    doc = json.loads(CliRunner().invoke(main, ["check", "--no-cache", *AS_OF, "--format", "json", "seeds"]).stdout)
    [meta007] = [f for f in doc["files"][0]["findings"] if f["code"] == "META007"]
    assert meta007["fix"]["applicability"] == "safe"
    [edit] = meta007["fix"]["edits"]
    assert (edit["line"], edit["end_line"], edit["column"]) == (meta007["line"], meta007["line"], 13)
    sarif = json.loads(CliRunner().invoke(main, ["check", "--no-cache", *AS_OF, "--format", "sarif", "seeds"]).stdout)
    fixes = {r["ruleId"]: r["fixes"] for r in sarif["runs"][0]["results"] if "fixes" in r}
    assert set(fixes) == {"META007", "STR006", "META010", "DUP003"}  # the last two unsafe
    [change] = fixes["META007"][0]["artifactChanges"]
    assert change["replacements"][0]["deletedRegion"]["startColumn"] == 13
    text = CliRunner().invoke(main, ["check", "--no-cache", *AS_OF, "seeds"]).stdout
    assert "[*] 10 fixable with --fix (21 more with --unsafe-fixes)" in text  # 20 declared scores, 1 code block


ARTICLES = list(make_corpus.generate(40, seed=11, defect_rate=0.8, noise_rate=0.5))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder (and cache) for every example: the syllable table is built once."""
    folder = tmp_path_factory.mktemp("fix")
    (folder / "lintkit.toml").write_text("", encoding="utf-8")
    return folder


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(ARTICLES))
def test_fixing_a_generated_article_twice_changes_nothing_more(site: Path, generated) -> None:
    """After --fix no finding with a safe fix is left, and a second --fix changes no byte."""
    path = site / generated.name
    path.write_bytes(generated.data)
    runner = CliRunner()
    check = ["check", "--config", str(site / "lintkit.toml"), *AS_OF]
    before = json.loads(runner.invoke(main, [*check, "--format", "json", str(path)]).stdout)
    runner.invoke(main, [*check, "--fix", str(path)])
    once = path.read_bytes()
    doc = json.loads(runner.invoke(main, [*check, "--format", "json", str(path)]).stdout)
    assert not [f for f in doc["files"][0]["findings"] if f["fix"] and f["fix"]["applicability"] == "safe"]
    runner.invoke(main, [*check, "--fix", str(path)])
    assert path.read_bytes() == once
    # Only lines a fix of the original names differ (the reading time, the
    # paragraph count, a residue line deleted).
    touched = {
        line
        for f in before["files"][0]["findings"]
        if f["fix"] and f["fix"]["applicability"] == "safe"
        for e in f["fix"]["edits"]
        for line in range(e["line"], e["end_line"] + 1)
    }
    old_lines = generated.data.splitlines()
    # A copy deleted next to an identical line may be shown as either: same text, same line.
    same_text = {old_lines[n - 1] for n in touched if n <= len(old_lines)}
    blocks = difflib.SequenceMatcher(None, old_lines, once.splitlines(), autojunk=False)
    for tag, i1, i2, _, _ in blocks.get_opcodes():
        if tag != "equal":
            assert all(n in touched or old_lines[n - 1] in same_text for n in range(i1 + 1, i2 + 1)), (tag, i1, i2)


def test_a_fix_run_killed_at_any_moment_leaves_each_file_old_or_fully_fixed(tmp_path: Path) -> None:
    """SIGKILL at random moments of `check --fix-only`: every file holds either
    its bytes before or its bytes after a complete fix, never a mix or a
    truncated file (each is written whole to a temporary file and renamed)."""
    originals = {}
    for i, source in enumerate(sorted(SEEDS.glob("*.txt")) * 8):
        data = source.read_bytes()
        if i % 2:
            data = codecs.BOM_UTF8 + data.replace(b"\n", b"\r\n")
        originals[f"a{i:02}.txt"] = data

    def fresh(name: str) -> Path:
        folder = tmp_path / name
        folder.mkdir()
        for file, data in originals.items():
            (folder / file).write_bytes(data)
        return folder

    command = [sys.executable, "-m", "lintkit", "check", "--no-cache", *AS_OF, "--fix-only"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    reference = fresh("reference")
    start = time.perf_counter()
    subprocess.run([*command, str(reference)], check=True, env=env, capture_output=True)
    took = time.perf_counter() - start  # kills fall in its second half, when files are written
    fixed = {file: (reference / file).read_bytes() for file in originals}
    assert all(fixed[f] != originals[f] for f in originals)
    rng = random.Random(7)
    for trial in range(4):
        folder = fresh(f"trial{trial}")
        proc = subprocess.Popen([*command, str(folder)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 1.0) * took)
        proc.kill()
        proc.wait()
        for file, data in originals.items():
            now = (folder / file).read_bytes()
            assert now in (data, fixed[file]), file
    # Which files a kill catches mid-run depends on the machine's speed: not asserted.


def test_a_repeated_checklist_item_or_meta_field_is_deleted(tmp_path: Path, monkeypatch) -> None:
    """CHK004 and META014 (the same value again): the later copy goes, and
    the article is the one before the copies were made, byte for byte."""
    original = (SEEDS / "000_0d66923819f653a4.txt").read_bytes().replace(b"\n", b"\r\n")
    lines = original.split(b"\r\n")
    copied = list(lines)
    item = lines.index(b"implementation checklist") + 2
    field = next(i for i, line in enumerate(lines) if line.startswith(b"difficulty"))
    copied.insert(field + 1, lines[field])
    copied.insert(item + 1, lines[item])
    monkeypatch.chdir(tmp_path)
    post = tmp_path / "a.txt"
    post.write_bytes(b"\r\n".join(copied))
    result = CliRunner().invoke(main, ["check", "--no-cache", *AS_OF, "--select", "CHK004,META014", "--fix", "a.txt"])
    assert (result.exit_code, post.read_bytes()) == (0, original)
    # A repeated field with another value is reported without a fix: which value is right is not known.
    other = list(lines)
    other.insert(field + 1, b"difficultybeginner")
    post.write_bytes(b"\r\n".join(other))
    doc = json.loads(CliRunner().invoke(main, ["check", "--no-cache", *AS_OF, "--format", "json", "a.txt"]).stdout)
    [meta014] = [f for f in doc["files"][0]["findings"] if f["code"] == "META014"]
    assert meta014["fix"] is None


def test_flags_and_joined_lists_are_rewritten_as_the_format_writes_them(tmp_path: Path, monkeypatch) -> None:
    """META008 (a flag the images contradict) and META009 (`tools` on one
    line, a `stack` item joining values) in a CRLF file: the fixes give back
    the article as exported, byte for byte, CRLF included."""
    original = (SEEDS / "000_0d66923819f653a4.txt").read_text(encoding="utf-8")
    lines = original.split("\n")
    tools = lines.index("tools")
    end = tools + 1
    while lines[end].startswith("  • "):
        end += 1
    lines[tools:end] = ["tools" + ", ".join(item[4:] for item in lines[tools + 1 : end])]
    flag = next(i for i, line in enumerate(lines) if line.startswith("  • has images: "))
    lines[flag] = lines[flag][:-1] + ("0" if lines[flag].endswith("1") else "1")
    stack = lines.index("stack")
    items = lines[stack + 1 : stack + 4]  # python services, backend, python: joined in one item
    lines[stack + 1 : stack + 4] = [items[0] + ", " + ", ".join(item[4:] for item in items[1:])]
    monkeypatch.chdir(tmp_path)
    post = tmp_path / "a.txt"
    post.write_bytes("\r\n".join(lines).encode())
    result = CliRunner().invoke(main, ["check", "--no-cache", *AS_OF, "--select", "META008,META009", "--fix", "a.txt"])
    assert result.exit_code == 0, result.output
    assert post.read_bytes() == original.replace("\n", "\r\n").encode()


def test_a_file_that_cannot_be_parsed_is_left_alone_with_a_message(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02 binary")
    result = CliRunner().invoke(main, ["check", "--no-cache", "--fix", "bin.txt"])
    assert "bin.txt: cannot be read as an article (STR001 says why): left alone" in result.stderr
    assert (tmp_path / "bin.txt").read_bytes() == b"\x00\x01\x02 binary" and result.exit_code == 1  # STR001


def _seed_lines(name: str = "000_0d66923819f653a4.txt") -> tuple[str, list[str]]:
    original = (SEEDS / name).read_text(encoding="utf-8")
    return original, original.split("\n")


def _fix_back(tmp_path: Path, monkeypatch, lines: list[str], select: str, *options: str) -> tuple[int, bytes]:
    """Write the lines as a CRLF file with a byte-order mark, fix it, give back the exit code and bytes."""
    monkeypatch.chdir(tmp_path)
    post = tmp_path / "a.txt"
    post.write_bytes(codecs.BOM_UTF8 + "\r\n".join(lines).encode())
    result = CliRunner().invoke(main, ["check", "--no-cache", *AS_OF, "--select", select, *options, "a.txt"])
    return result.exit_code, post.read_bytes()


def _crlf(text: str) -> bytes:
    return codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode()


def test_the_meta_checklist_is_written_again_from_the_body(tmp_path: Path, monkeypatch) -> None:
    """CHK003: the meta items (one renamed, one missing) become the body's,
    in the meta's own `  • ` style: the article as exported comes back."""
    original, lines = _seed_lines()
    at = lines.index("checklist") + 1
    assert lines[at] == "  • run linting"
    lines[at] = "  • run the linter"
    del lines[at + 2]
    assert _fix_back(tmp_path, monkeypatch, lines, "CHK003", "--fix") == (0, _crlf(original))


def test_the_meta_caption_and_the_repeated_caption_follow_the_caption_line(tmp_path: Path, monkeypatch) -> None:
    """IMG005: the record's caption and the caption repeated before
    `image source:` are set to the body's caption line."""
    original, lines = _seed_lines()
    caption = "reducing build time with python services visual reference 1"
    record = lines.index(f"    • caption: {caption}")
    lines[record] = lines[record].replace("reference 1", "reference 2")
    lines[7] = lines[7].replace("reference 1.", "ref one.")
    assert _fix_back(tmp_path, monkeypatch, lines, "IMG005", "--fix") == (0, _crlf(original))


def test_declared_scores_become_the_computed_ones_only_with_unsafe_fixes(tmp_path: Path, monkeypatch) -> None:
    """META010 is unsafe: `--fix` leaves the declared scores; `--unsafe-fixes`
    writes the computed ones on their lines, and nothing else changes."""
    original, lines = _seed_lines()
    code, data = _fix_back(tmp_path, monkeypatch, lines, "META010", "--fix")
    assert (code, data) == (0, _crlf(original))  # exit 0: META010 is an info
    doc = json.loads(
        CliRunner()
        .invoke(main, ["check", "--no-cache", *AS_OF, "--select", "META010", "--format", "json", "a.txt"])
        .stdout
    )
    drifts = {f["line"]: f["fix"] for f in doc["files"][0]["findings"]}
    assert drifts and all(f["applicability"] == "unsafe" for f in drifts.values())
    _, data = _fix_back(tmp_path, monkeypatch, lines, "META010", "--fix", "--unsafe-fixes")
    fixed = data.decode("utf-8-sig").split("\r\n")
    changed = {n + 1 for n, (a, b) in enumerate(zip(lines, fixed, strict=True)) if a != b}
    assert changed == set(drifts)
    for line, found in drifts.items():
        [edit] = found["edits"]
        assert fixed[line - 1] == lines[line - 1][: edit["column"] - 1] + edit["content"]
    again = CliRunner().invoke(main, ["check", "--no-cache", *AS_OF, "--select", "META010", "a.txt"])
    assert "META010" not in again.stdout


def test_a_repeated_code_block_is_deleted_with_one_blank_line_only_with_unsafe_fixes(
    tmp_path: Path, monkeypatch
) -> None:
    """DUP003 in the export: the later copy and the blank line after it go."""
    original, lines = _seed_lines("003_43ee451c7adc17c3.txt")
    assert _fix_back(tmp_path, monkeypatch, lines, "DUP003", "--fix")[1] == _crlf(original)
    _, data = _fix_back(tmp_path, monkeypatch, lines, "DUP003", "--fix", "--unsafe-fixes")
    fixed = data.decode("utf-8-sig").split("\r\n")
    first = lines.index("from fastapi import FastAPI")
    second = lines.index("from fastapi import FastAPI", first + 1)
    assert fixed == lines[:second] + lines[second + 7 :]  # six lines of code and the blank line after them
    again = CliRunner().invoke(main, ["check", "--no-cache", *AS_OF, "--select", "DUP003", "a.txt"])
    assert again.exit_code == 0


MD_REPEATS = """\
---
title: Repeats in a Markdown post
---

# Repeats in a Markdown post

The same paragraph of prose is written twice in this post by mistake.

```sh
cargo build --release
```

> The same paragraph of prose is written twice in this post by mistake.

## Again

The same paragraph of prose is written twice in this post by mistake.

```sh
cargo build --release
```

Last words of the post, which are not repeated anywhere else in it.
"""

# The later paragraph and fenced block under `## Again` deleted, each with its blank line.
MD_FIXED = MD_REPEATS.partition("## Again\n\n")[0] + "## Again\n\n" + MD_REPEATS.rpartition("\n\n")[2]


def test_markdown_repeats_are_deleted_whole_and_a_quoted_one_is_left(tmp_path: Path, monkeypatch) -> None:
    """DUP001 and DUP003 on Markdown: the later paragraph and the later fenced
    block (fences included) go; a copy inside a block quote has no fix (its
    lines hold the quote's markers)."""
    monkeypatch.chdir(tmp_path)
    post = tmp_path / "a.md"
    post.write_bytes(_crlf(MD_REPEATS))
    check = ["check", "--no-cache", *AS_OF, "--select", "DUP001,DUP003"]
    doc = json.loads(CliRunner().invoke(main, [*check, "--format", "json", "a.md"]).stdout)
    fixes = {(f["code"], f["line"]): f["fix"] is not None for f in doc["files"][0]["findings"]}
    assert fixes == {("DUP001", 13): False, ("DUP001", 17): True, ("DUP003", 20): True}
    CliRunner().invoke(main, [*check, "--fix", "--unsafe-fixes", "a.md"])
    assert post.read_bytes() == _crlf(MD_FIXED)


@pytest.mark.parametrize(
    ("front", "fixed"),
    [
        pytest.param(
            '---\nchecklist:\n  - run the linter\n  - "deploy: staging"\ntitle: T\n---\n',
            '---\nchecklist:\n  - run linting\n  - "deploy: staging"\n  - "yes"\ntitle: T\n---\n',
            id="yaml-block",
        ),
        pytest.param(
            "---\nchecklist:\n- 'run the linter'\n- 'tag'\n---\n",
            '---\nchecklist:\n- "run linting"\n- "deploy: staging"\n- "yes"\n---\n',
            id="yaml-block-quoted",
        ),
        pytest.param(
            "---\nchecklist: [one, two]  \n---\n",
            '---\nchecklist: ["run linting", "deploy: staging", "yes"]\n---\n',
            id="yaml-flow",
        ),
        pytest.param(
            '+++\nchecklist = [\n    "run the linter",\n    "tag"\n]\n+++\n',
            '+++\nchecklist = [\n    "run linting",\n    "deploy: staging",\n    "yes"\n]\n+++\n',
            id="toml-lines",
        ),
        pytest.param(
            "+++\nchecklist = ['one', 'two'] # the box\n+++\n",
            None,
            id="toml-comment-after",
        ),
        pytest.param(
            "---\nchecklist:\n  - run the\n    linter\n  - tag\n---\n",
            None,
            id="yaml-item-over-two-lines",
        ),
    ],
)
def test_a_front_matter_checklist_is_written_from_the_body(
    tmp_path: Path, monkeypatch, front: str, fixed: str | None
) -> None:
    """CHK003 on Markdown: the front matter list takes the body's items, in
    its own style (block or flow YAML, a TOML array), quoted where YAML
    would read another value; a list this cannot rewrite for certain is left."""
    body = "\n# T\n\n## Checklist\n\n- [ ] run linting\n- [ ] deploy: staging\n- [ ] yes\n"
    monkeypatch.chdir(tmp_path)
    post = tmp_path / "a.md"
    post.write_bytes(_crlf(front + body))
    CliRunner().invoke(main, ["check", "--no-cache", *AS_OF, "--select", "CHK003", "--fix", "a.md"])
    assert post.read_bytes() == _crlf((fixed or front) + body)
    if fixed:
        assert CliRunner().invoke(main, ["check", "--no-cache", *AS_OF, "--select", "CHK003", "a.md"]).exit_code == 0


@pytest.mark.parametrize(
    ("front", "fixed"),
    [
        ("---\nchecklist: run linting, run tests\n---\n", "---\nchecklist:\n  - run linting\n  - run tests\n---\n"),
        ('+++\nchecklist = "run linting, run tests"\n+++\n', '+++\nchecklist = ["run linting", "run tests"]\n+++\n'),
    ],
    ids=["yaml", "toml"],
)
def test_a_front_matter_checklist_written_as_one_string_becomes_a_list(
    tmp_path: Path, monkeypatch, front: str, fixed: str
) -> None:
    """META003 on a `checklist` joined with commas: unsafe (an item may hold a comma)."""
    body = "\n# T\n\n## Checklist\n\n- [ ] run linting\n- [ ] run tests\n"
    monkeypatch.chdir(tmp_path)
    post = tmp_path / "a.md"
    post.write_bytes(_crlf(front + body))
    check = ["check", "--no-cache", *AS_OF, "--select", "META003,CHK003"]
    CliRunner().invoke(main, [*check, "--fix", "a.md"])
    assert post.read_bytes() == _crlf(front + body)
    CliRunner().invoke(main, [*check, "--fix", "--unsafe-fixes", "a.md"])
    assert post.read_bytes() == _crlf(fixed + body)
    assert CliRunner().invoke(main, [*check, "a.md"]).exit_code == 0


def test_the_report_after_fix_is_that_of_the_fixed_files_with_a_warm_cache(tmp_path: Path) -> None:
    """A check fills the cache; `--fix` then reports what remains, as a
    later check does, not the results cached for the old bytes (a reading
    time fixed from 9 to 2 keeps the file's size, and the clock may not
    have moved)."""
    seeds = _seeds(tmp_path)
    (tmp_path / "lintkit.toml").write_text("", encoding="utf-8")
    runner = CliRunner()
    check = ["check", "--config", str(tmp_path / "lintkit.toml"), *AS_OF, "--format", "json", str(seeds)]
    before = json.loads(runner.invoke(main, check).stdout)
    assert any(f["code"] == "META007" for file in before["files"] for f in file["findings"])
    fixed = json.loads(runner.invoke(main, [*check, "--fix"]).stdout)
    assert not [f for file in fixed["files"] for f in file["findings"] if f["code"] in ("META007", "STR006")]
    assert fixed == json.loads(runner.invoke(main, check).stdout)


def test_fix_over_a_generated_corpus_leaves_no_finding_of_a_safely_fixed_code(tmp_path: Path) -> None:
    """The whole generated corpus (defects and format noise: CRLF, a
    byte-order mark, trailing spaces) fixed in one run with a shared cache:
    no finding of a code that had a safe fix is left, with or without a fix
    of its own, and a second `--fix` changes no byte."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for generated in make_corpus.generate(30, seed=5, defect_rate=0.8, noise_rate=0.5):
        (folder / generated.name).write_bytes(generated.data)
    (tmp_path / "lintkit.toml").write_text("", encoding="utf-8")
    runner = CliRunner()
    check = ["check", "--config", str(tmp_path / "lintkit.toml"), *AS_OF, "--format", "json", str(folder)]

    def findings(doc: dict) -> list[dict]:
        return [f for file in doc["files"] for f in file["findings"]]

    before = findings(json.loads(runner.invoke(main, check).stdout))
    fixed_codes = {f["code"] for f in before if f["fix"] and f["fix"]["applicability"] == "safe"}
    assert {"META007", "STR006"} <= fixed_codes
    after = findings(json.loads(runner.invoke(main, [*check, "--fix"]).stdout))
    assert [f for f in after if f["code"] in fixed_codes] == []
    once = {p.name: p.read_bytes() for p in folder.iterdir()}
    runner.invoke(main, [*check, "--fix"])
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == once


def test_each_fix_is_one_its_rule_declares(monkeypatch) -> None:
    """`lintkit rules`, `explain` and docs/rules.md say which rules fix what
    they report (Rule.fixes): every fix of the sample corpus is of an
    applicability its rule declares (the tests above make the others' fixes)."""
    from lintkit.rules import registry

    monkeypatch.chdir(ROOT)
    doc = json.loads(CliRunner().invoke(main, ["check", "--no-cache", *AS_OF, "--format", "json", "examples"]).stdout)
    rules = registry()
    seen = {(f["code"], f["fix"]["applicability"]) for file in doc["files"] for f in file["findings"] if f["fix"]}
    undeclared = {(code, kind) for code, kind in seen if kind not in {a.value for a in rules[code].fixes}}
    assert len(seen) >= 8 and undeclared == set()


def test_fix_in_worker_processes_gives_the_bytes_of_one_process(tmp_path: Path) -> None:
    """With enough files `--fix --jobs 2` computes the fixes in two worker
    processes (the main process writes): the same bytes as `--jobs 1`."""
    originals = {}
    for i, source in enumerate(sorted(SEEDS.glob("*.txt")) * 20):
        data = source.read_bytes()
        originals[f"a{i:03}.txt"] = data.replace(b"\n", b"\r\n") if i % 3 == 0 else data
    results = []
    for jobs in ("1", "2"):
        folder = tmp_path / f"jobs{jobs}"
        folder.mkdir()
        for name, data in originals.items():
            (folder / name).write_bytes(data)
        result = CliRunner().invoke(main, ["check", "--no-cache", *AS_OF, "--jobs", jobs, "--fix-only", str(folder)])
        assert result.exit_code == 0 and "fixed 200 findings in 100 files" in result.stderr, result.stderr
        results.append({p.name: p.read_bytes() for p in folder.iterdir()})
    assert results[0] == results[1] and results[0] != originals


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_diff_of_an_absolute_path_is_written_as_git_writes_it(tmp_path: Path) -> None:
    """`--diff /abs/file` names `a/abs/file` (as `git diff --no-index` does),
    which `git apply` run from the root applies."""
    post, copy = tmp_path / "a.txt", tmp_path / "b.txt"
    for path in (post, copy):
        path.write_bytes((SEEDS / "000_0d66923819f653a4.txt").read_bytes())
    result = CliRunner().invoke(main, ["check", "--no-cache", *AS_OF, "--diff", str(post)])
    assert result.stdout.startswith(f"--- a{post}\n+++ b{post}\n")
    patch = tmp_path / "fix.patch"
    patch.write_bytes(result.stdout_bytes)
    subprocess.run(["git", "apply", str(patch)], cwd="/", check=True)
    CliRunner().invoke(main, ["check", "--no-cache", *AS_OF, "--fix", str(copy)])
    assert post.read_bytes() == copy.read_bytes() != (SEEDS / "000_0d66923819f653a4.txt").read_bytes()
