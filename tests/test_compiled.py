"""lintkit.compiled: what is read back from the file is what compiling gives, and the file is written by a
run with a cache only."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import seed

from lintkit import compiled
from lintkit.formats import code as code_patterns

SAMPLES = [
    (r"^\s*(lazy\s+)?from\s+[\w.]+\s+import\s+[\w*(]", 0),
    (r"(?P<key>[a-z_]+)\s*=\s*(?P<value>.*)$", 0),
    (r"(?<!\s)\s{2,}+(#|//)\s.*$", 0),
    (r"^\s*[╭╰│├└┌┐┘┤┃┏┓┗┛━═║╔╗╚╝]", 0),
    (r"[\u200b-\u200f\u2060\ufeff\U0001F600-\U0001F64F]", 0),
    (r"hello  # a comment\n world", re.VERBOSE | re.IGNORECASE),
    (r"^---$", re.MULTILINE),
    (r"(?i)todo|fixme", 0),
]


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store of its own, kept under tmp_path; returns the file."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(compiled, "_STORE", compiled._Store())
    file = compiled._STORE.file()
    assert file is not None and file.parent == tmp_path / "lintkit"
    return file


def _reopen(monkeypatch: pytest.MonkeyPatch) -> compiled._Store:
    fresh = compiled._Store()
    monkeypatch.setattr(compiled, "_STORE", fresh)
    return fresh


def test_patterns_are_re_compiles_before_and_after_the_file(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = [compiled.pattern(source, flags) for source, flags in SAMPLES]
    assert made == [re.compile(source, flags) for source, flags in SAMPLES]  # equal programs, flags and groups
    assert made[1].groupindex == {"key": 1, "value": 2} and made[1].match("a = b")["value"] == "b"  # type: ignore[index]
    compiled._STORE.write()
    assert not store.exists()  # no run with a cache asked for it
    compiled.keep()
    compiled._STORE.write()
    assert store.exists()
    again = _reopen(monkeypatch)
    read = [compiled.pattern(source, flags) for source, flags in SAMPLES]
    assert read == made and not again.missed  # every program from the file
    assert read[5].flags == made[5].flags and read[1].groups == 2


def test_every_code_pattern_read_back_equals_its_compile(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sources = [p.pattern for patterns in code_patterns._PATTERNS.values() for p, _ in patterns]
    compiled.keep()
    first = [compiled.pattern(s) for s in sources]
    compiled._STORE.write()
    _reopen(monkeypatch)
    assert [compiled.pattern(s) for s in sources] == first == [re.compile(s) for s in sources]


def test_code_objects_are_read_back(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = "def f(x):\n    return x * 2\n"
    compiled.keep()
    first = compiled.code(source, "<test>")
    compiled._STORE.write()
    again = _reopen(monkeypatch)
    namespace: dict[str, object] = {}
    exec(compiled.code(source, "<test>"), namespace)
    assert namespace["f"](21) == 42 and not again.missed  # type: ignore[operator]
    assert compiled.code(source, "<test>").co_code == first.co_code


def test_another_build_or_a_damaged_file_is_compiled_as_usual(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store.parent.mkdir(parents=True)
    wrong = {("re", "a+", 0): (0, [1, 2, 3], 0, {}, ())}  # a program the engine refuses
    store.write_bytes(marshal.dumps((("another python",), wrong)))
    assert compiled.pattern("a+") == re.compile("a+") and compiled._STORE.missed
    _reopen(monkeypatch)
    store.write_bytes(marshal.dumps((compiled._BUILD, wrong)))
    assert compiled.pattern("a+") == re.compile("a+")
    for damaged in (b"", b"\x00garbage", marshal.dumps([1, 2])):
        _reopen(monkeypatch)
        store.write_bytes(damaged)
        assert compiled.pattern("b+") == re.compile("b+")


def test_old_entries_are_dropped_past_the_limit(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compiled, "MAX_ENTRIES", 3)
    compiled.keep()
    for source in ("a", "b", "c"):
        compiled.pattern(source)
    compiled._STORE.write()
    _reopen(monkeypatch)
    compiled.keep()
    compiled.pattern("d")  # a miss: the file would hold four
    compiled._STORE.write()
    _, entries = marshal.loads(store.read_bytes())
    assert set(entries) == {("re", "d", 0)}


def test_a_run_with_a_cache_writes_the_file_and_one_without_does_not(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(seed("003"), encoding="utf-8")
    env = {"XDG_CACHE_HOME": str(tmp_path / "user"), "PATH": ""}
    run = [sys.executable, "-m", "lintkit", "check", "--as-of", "2026-11-24", "a.txt"]
    file = tmp_path / "user" / "lintkit" / compiled._STORE.file().name  # type: ignore[union-attr]
    first = subprocess.run([*run, "--no-cache"], cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    assert "findings in 1 file" in first.stdout and not file.exists()
    cold = subprocess.run(run, cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    assert file.exists()
    (tmp_path / "a.txt").write_text(seed("003") + "\n", encoding="utf-8")  # parsed again, with the file
    warm = subprocess.run(run, cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    assert cold.stdout == warm.stdout == first.stdout and cold.returncode == warm.returncode == first.returncode


def test_imports_route_text_patterns_through_the_store_and_restore_re_compile(store: Path) -> None:
    standard = re.compile
    with compiled.imports():
        assert re.compile is not standard
        made = [re.compile(source, flags) for source, flags in SAMPLES]
        assert re.compile(b"[a-z]+", re.ASCII) == standard(b"[a-z]+", re.ASCII)  # bytes too (tokenize's, platform's)
        assert re.compile(made[0]) is made[0]  # a Pattern is given back
    assert re.compile is standard
    assert made == [standard(source, flags) for source, flags in SAMPLES]
    assert ("re", SAMPLES[1][0], 0) in compiled._STORE.used and ("re", b"[a-z]+", re.ASCII) in compiled._STORE.used
    with pytest.raises(re.error), compiled.imports():
        re.compile("(unclosed")
    assert re.compile is standard
