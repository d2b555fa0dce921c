"""The format table (lintkit.formats): which format reads a file, from the config or its suffix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import AS_OF, S0, seed

from lintkit.cli import main
from lintkit.config import ConfigError, load_config
from lintkit.formats import DEFAULT_FORMAT, FORMATS, format_for, parse_bytes
from lintkit.pipeline.discover import discover
from lintkit.pipeline.settings import Settings, enabled_rules, settings_key


def test_suffixes_pick_a_format_and_config_globs_come_first() -> None:
    assert format_for("content/a.txt") is FORMATS["alphanode"]
    assert all(format_for(f"docs/a{s}") is FORMATS["markdown"] for s in (".md", ".markdown", ".mdx"))
    assert format_for("content/a.text") is None and format_for("content.txt/a") is None
    overrides = (("legacy/*.text", "alphanode"), ("*.md", "alphanode"))
    assert format_for("legacy/a.text", overrides) is FORMATS["alphanode"]
    assert format_for("other/a.text", overrides) is None
    assert format_for("deep/down/notes.md", overrides) is FORMATS["alphanode"]  # a glob without / matches the name


def test_the_config_maps_globs_to_formats_and_discovery_follows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "a.txt").write_text(S0)
    (tmp_path / "content" / "b.text").write_text(seed("001"))
    (tmp_path / "content" / "c.rst").write_text("not an article\n==============\n")
    monkeypatch.chdir(tmp_path)
    plain = load_config(cwd=tmp_path)
    assert [t.display for t in discover(["content"], plain)] == ["content/a.txt"]
    (tmp_path / "lintkit.toml").write_text('[formats]\n"*.text" = "alphanode"\n')
    mapped = load_config(cwd=tmp_path)
    assert mapped.formats == (("*.text", "alphanode"),)
    assert [t.display for t in discover(["content"], mapped)] == ["content/a.txt", "content/b.text"]
    doc = json.loads(CliRunner().invoke(main, ["check", "--format", "json", "--as-of", "2026-11-24", "content"]).stdout)
    assert [(f["path"], f["format"]) for f in doc["files"]] == [
        ("content/a.txt", "alphanode"),
        ("content/b.text", "alphanode"),
    ]
    rules = enabled_rules(mapped)
    assert settings_key(Settings(plain, AS_OF, cwd=str(tmp_path)), rules, True) != settings_key(
        Settings(mapped, AS_OF, cwd=str(tmp_path)), rules, True
    )  # the mapping is part of what cached results depend on


def test_an_unknown_format_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "lintkit.toml").write_text('[formats]\n"*.md" = "markdown-ish"\n')
    known = r"\(known: alphanode, markdown\)"
    with pytest.raises(ConfigError, match=r"key 'formats.\*.md': unknown format 'markdown-ish' " + known):
        load_config(cwd=tmp_path)
    result = CliRunner().invoke(main, ["check", "--config", str(tmp_path / "lintkit.toml"), str(tmp_path)])
    assert result.exit_code == 2 and "unknown format 'markdown-ish'" in result.output


def test_a_named_file_no_format_claims_is_read_with_the_default(tmp_path: Path) -> None:
    (tmp_path / "notes.bak").write_text(S0)
    assert [t.display for t in discover([str(tmp_path)], load_config(cwd=tmp_path))] == []
    doc = json.loads(CliRunner().invoke(main, ["check", "--format", "json", str(tmp_path / "notes.bak")]).stdout)
    assert doc["files"][0]["format"] == DEFAULT_FORMAT.name


def test_every_format_parses_any_text_without_raising() -> None:
    for fmt in FORMATS.values():
        for text in ("", "\n\n", "\ufeff", "x" * 10_000, S0, S0.replace("\n", "\r")):
            article = parse_bytes(text.encode(), "a", fmt)
            assert article.format == fmt.name
            assert all(1 <= p.line <= max(1, len(article.lines)) for p in article.problems)
