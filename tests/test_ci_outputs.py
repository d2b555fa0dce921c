"""Issue 16: the reports as CI services read them, within each service's
documented limits (the limits are the constants the reporters name), and a
run that finds nothing to lint."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers import SEEDS

from lintkit.cli import main

AS_OF = ["--as-of", "2026-11-24", "--no-cache"]


def check(*args: str) -> Result:
    return CliRunner().invoke(main, ["check", *AS_OF, *args])


# -- item 3: nothing to lint ---------------------------------------------------


@pytest.mark.parametrize("fmt", ["rich", "json", "sarif", "github", "junit"])
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
