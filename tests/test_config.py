"""Config files: discovery, every key, and exit 2 with file and key on errors."""

from __future__ import annotations

import dataclasses
import os
import subprocess
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from helpers import AS_OF, LINTKIT, SEEDS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lintkit.config import ConfigError, find_config, load_config, parse_table
from lintkit.formats.markdown.schema import KEYS as MARKDOWN_KEYS
from lintkit.model import Severity
from lintkit.pipeline.discover import discover
from lintkit.pipeline.run import run
from lintkit.pipeline.settings import Settings
from lintkit.rules import all_options
from lintkit.scoring import SCORE_NAMES, ScoringConfig
from lintkit.selection import Selection


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_no_config_gives_defaults(tmp_path: Path) -> None:
    config = load_config(cwd=tmp_path)
    assert config.source is None and config.fail_on is Severity.ERROR
    assert config.options["near_duplicate_threshold"] == 90


def test_nearest_config_upward_and_lintkit_toml_wins(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.lintkit]\nfail-on = 'warning'\n")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / "pyproject.toml"
    write(tmp_path / "a" / "pyproject.toml", "[project]\nname = 'x'\n")  # no [tool.lintkit]: skipped
    assert find_config(deep) == tmp_path / "pyproject.toml"
    write(tmp_path / "a" / "lintkit.toml", "fail-on = 'info'\n")
    assert find_config(deep) == tmp_path / "a" / "lintkit.toml"
    assert load_config(cwd=deep).fail_on is Severity.INFO


def test_every_key(tmp_path: Path) -> None:
    path = write(
        tmp_path / "lintkit.toml",
        """
select = ["DUP", "META"]
extend-select = ["STR006"]
ignore = ["META012"]
fail-on = "warning"
exclude = ["drafts/"]
near_duplicate_threshold = 85
min-checklist-items = 4
required_fields = ["topic"]

[per-file-ignores]
"legacy/*.txt" = ["DUP005"]

[severity]
META007 = "info"

[image_sources]
unsplash = ["images.unsplash.com"]
""",
    )
    c = load_config(path)
    assert c.selection.enabled("DUP001") and c.selection.enabled("STR006")
    assert not c.selection.enabled("META012") and not c.selection.enabled("CHK001")
    assert c.fail_on is Severity.WARNING and c.exclude == ("drafts/",)
    assert c.options["near_duplicate_threshold"] == 85 and c.options["min_checklist_items"] == 4
    assert c.options["required_fields"] == ("topic",)
    assert c.options["image_sources"] == {"unsplash": ("images.unsplash.com",)}
    assert c.severity == {"META007": Severity.INFO}
    assert c.per_file_ignores[0].pattern == "legacy/*.txt"


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ("selec = ['DUP']", "unknown key 'selec' (did you mean 'select'?)"),
        ("select = 'DUP'", "key 'select': expected a list of strings"),
        ("select = ['DUP999']", "unknown rule code or prefix 'DUP999'"),
        ("fail-on = 'fatal'", "key 'fail-on': expected error, warning or info"),
        ("near_duplicate_threshold = 'high'", "key 'near_duplicate_threshold': expected an integer"),
        ("[severity]\nDUP001 = 'loud'", "key 'severity.DUP001': unknown severity 'loud'"),
        ("[severity]\nXXX001 = 'info'", "key 'severity.XXX001': unknown rule code"),
        ("select = [", "invalid TOML"),
        ("tool = 'lintkit'", "key 'tool' must be a table"),
        ("words_per_minute = 0", "key 'words_per_minute': expected an integer from 1 to 10,000, got 0"),
        (
            "near_duplicate_threshold = 150",
            "key 'near_duplicate_threshold': expected an integer from 0 to 100, got 150",
        ),
        (
            "boilerplate_min_articles = -3",
            "key 'boilerplate_min_articles': expected an integer from 1 to 1,000,000,000, got -3",
        ),
        ("stale_after_days = -1", "key 'stale_after_days': expected an integer from 0 to 100,000, got -1"),
        ("url_timeout = inf", "key 'url_timeout': expected a number from 0.1 to 600, got inf"),
        ("[scoring]\nhalf_life_days = 0", "key 'scoring.half_life_days': expected a number from 1 to 100,000, got 0"),
        ("[scoring]\nquality_weights = {depth = inf}", "key 'scoring.quality_weights': expected a table of numbers"),
        ("[scoring]\nquality_weights = {depth = nan}", "key 'scoring.quality_weights': expected a table of numbers"),
        (
            "[scoring]\ndepth_prose_points = -1.0",
            "key 'scoring.depth_prose_points': expected a number from 0 to 100, got -1.0",
        ),
    ],
)
def test_bad_config_names_file_and_key(tmp_path: Path, body: str, says: str) -> None:
    path = write(tmp_path / "lintkit.toml", body + "\n")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(path) in str(err.value) and says in str(err.value)


def test_another_tools_pyproject_is_not_a_lintkit_config(tmp_path: Path) -> None:
    for body in ("tool = 3\n", "tool = 'lintkit'\n", "[tool]\nother = 1\n"):
        write(tmp_path / "pyproject.toml", body)
        assert find_config(tmp_path) is None and load_config(cwd=tmp_path).source is None
    write(tmp_path / "pyproject.toml", "[tool]\nlintkit = 1\n")  # ours, but wrong: said so
    with pytest.raises(ConfigError, match=r"\[tool.lintkit\] must be a table"):
        load_config(cwd=tmp_path)


def test_huge_scoring_constants_are_refused_not_overflowed(tmp_path: Path) -> None:
    body = "[scoring]\ndepth_prose_points = 1.7e308\n"
    write(tmp_path / "lintkit.toml", body)
    proc = subprocess.run(
        [*LINTKIT, "score", "--as-of", "2026-11-24", "--format", "csv", str(SEEDS)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2 and not proc.stdout
    assert "key 'scoring.depth_prose_points': expected a number from 0 to 100, got 1.7e+308" in proc.stderr
    assert "Traceback" not in proc.stderr
    write(tmp_path / "lintkit.toml", "[scoring]\ndepth_prose_points = 100\ndepth_section_points = 100\n")
    proc = subprocess.run(
        [*LINTKIT, "score", "--as-of", "2026-11-24", "--format", "csv", str(SEEDS)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0 and not proc.stderr and len(proc.stdout.splitlines()) == 6


def test_min_score_takes_ascii_digits_only() -> None:
    from lintkit.config import parse_min_scores

    assert parse_min_scores(("quality=60",)) == {"quality": 60}
    with pytest.raises(ConfigError, match="expected NAME=INTEGER"):
        parse_min_scores(("quality=²",))


def test_pyproject_errors_name_the_table(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", "[tool.lintkit]\nbogus = 1\n")
    with pytest.raises(ConfigError, match=r"pyproject.toml: \[tool.lintkit\] unknown key 'bogus'"):
        load_config(path)


def test_cli_exits_2_on_bad_config(tmp_path: Path) -> None:
    write(tmp_path / "lintkit.toml", "bogus = 1\n")
    proc = subprocess.run(
        [*LINTKIT, "check", str(SEEDS)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)},
    )
    assert proc.returncode == 2
    assert "lintkit.toml: unknown key 'bogus'" in proc.stderr
    assert "Traceback" not in proc.stderr


# -- any config that validates runs ------------------------------------------------

OPTIONS = all_options()
SCORING = {f.name: f for f in dataclasses.fields(ScoringConfig)}


def _in_range(opt: Any) -> st.SearchStrategy[Any]:
    """Values an option accepts: of its type, within its range, its bounds included."""
    d = opt.default
    if opt.name == "check_urls":
        return st.just(False)  # the url check goes online: tests/test_urls.py runs it against a local server
    if opt.name == "min_scores":
        return st.dictionaries(st.sampled_from(SCORE_NAMES), st.integers(0, 100))
    if opt.name == "url_accept":
        return st.lists(st.integers(100, 599), max_size=3)
    if opt.name == "front_matter_schema":
        return st.just("")  # a file name: tests/rules/test_markdown_rules.py gives one
    if opt.name == "markdown_keys":
        return st.dictionaries(st.sampled_from(sorted(MARKDOWN_KEYS)), st.lists(st.text(max_size=12), max_size=2))
    if isinstance(d, bool):
        return st.booleans()
    if isinstance(d, int):
        return st.integers(int(opt.minimum), int(opt.maximum))
    if isinstance(d, float):
        return st.floats(opt.minimum, opt.maximum)
    if isinstance(d, tuple):
        return st.lists(st.text(max_size=12), max_size=3)
    return st.dictionaries(st.text(max_size=8), st.lists(st.text(max_size=12), max_size=2), max_size=2)


def _scoring_in_range(name: str) -> st.SearchStrategy[Any]:
    low, high = SCORING[name].metadata["range"]
    default = getattr(ScoringConfig(), name)
    if isinstance(default, Mapping):
        return st.dictionaries(st.text(max_size=10) | st.sampled_from(sorted(default)), st.floats(low, high))
    if isinstance(default, int):
        return st.integers(int(low), int(high))
    return st.floats(low, high)


config_tables = st.fixed_dictionaries(
    {},
    optional={name: _in_range(opt) for name, opt in OPTIONS.items()}
    | {"scoring": st.fixed_dictionaries({}, optional={name: _scoring_in_range(name) for name in SCORING})},
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(config_tables)
def test_a_config_that_validates_never_crashes_a_run(table: dict[str, Any]) -> None:
    """Any value inside every option's and constant's range validates, and then
    runs every rule, the corpus index and the scores on the seeds without an
    internal error (a near-duplicate threshold of 150 used to crash rapidfuzz)."""
    config = parse_table(table, "lintkit.toml:", SEEDS, None)
    config = replace(config, selection=Selection(select=("ALL",)))  # SCORE001 too, when min_scores is set
    settings = Settings(config, AS_OF, want_scores=True)
    results = list(run(discover([str(SEEDS)], config), settings))
    assert len(results) == 5 and not [e for r in results for e in r.errors]
    assert all(r.scores is not None and all(0 <= v <= 100 for v in r.scores["computed"].values()) for r in results)


def _out_of_range(opt: Any) -> list[Any]:
    d = opt.default
    if isinstance(d, bool) or not isinstance(d, (int, float)):
        return ["not a value of this type", 3.5] if isinstance(d, bool) else [42]
    out: list[Any] = [float("nan"), float("inf"), "12", True]
    out += [opt.minimum - 1] if opt.minimum is not None else []
    out += [opt.maximum + 1, opt.maximum * 10**6] if opt.maximum is not None else []
    return out


@pytest.mark.parametrize("name", sorted(OPTIONS))
def test_a_value_out_of_an_options_range_names_the_key(name: str) -> None:
    opt = OPTIONS[name]
    assert opt.maximum is not None or not isinstance(opt.default, (int, float)) or isinstance(opt.default, bool)
    for value in _out_of_range(opt):
        with pytest.raises(ConfigError, match=f"lintkit.toml: key '{name}': expected"):
            parse_table({name: value}, "lintkit.toml:", SEEDS, None)


@pytest.mark.parametrize("name", sorted(SCORING))
def test_a_scoring_constant_out_of_range_names_the_key(name: str) -> None:
    low, high = SCORING[name].metadata["range"]
    mapping = isinstance(getattr(ScoringConfig(), name), Mapping)
    for bad in (low - 1, high + 1, float("nan"), float("inf"), "1"):
        value = {"depth": bad} if mapping else bad
        with pytest.raises(ConfigError, match=rf"lintkit.toml: key 'scoring.{name}': expected"):
            parse_table({"scoring": {name: value}}, "lintkit.toml:", SEEDS, None)
