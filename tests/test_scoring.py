"""Issue 4: the four scores, their properties, the docs' worked example, offline."""

from __future__ import annotations

import csv
import io
import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import AS_OF, ROOT, SEEDS, replace_once, seed
from hypothesis import given
from hypothesis import strategies as st

from lintkit.cli import main
from lintkit.config import Config, ConfigError, load_config
from lintkit.formats import parse_bytes
from lintkit.model import Finding, Severity
from lintkit.pipeline.settings import Settings, enabled_rules
from lintkit.pipeline.stages import check_article
from lintkit.scoring import ScoringConfig, compute_scores, explain, quality

S3 = seed("003")


def scores_of(text: str, config: Config | None = None) -> dict[str, int]:
    config = config or Config()
    article = parse_bytes(text.encode(), "a.txt")
    result = check_article(article, enabled_rules(config), Settings(config, AS_OF, want_scores=True))
    return result.scores["computed"]


def test_worked_example_in_docs_is_what_lintkit_prints() -> None:
    result = CliRunner().invoke(
        main, ["score", "--explain", "--as-of", "2026-11-24", str(SEEDS / "003_43ee451c7adc17c3.txt")]
    )
    printed = result.stdout.split("\n", 1)[1]  # after the path line
    doc = (ROOT / "docs" / "scoring.md").read_text(encoding="utf-8")
    assert f"```\n{printed}```" in doc
    assert scores_of(S3) == {"quality": 33, "freshness": 37, "depth": 41, "clarity": 56}


def test_four_integer_scores_for_every_article_and_runs_agree() -> None:
    def run() -> dict:
        out = CliRunner().invoke(main, ["score", "--format", "json", "--as-of", "2026-11-24", str(ROOT / "examples")])
        return json.loads(out.stdout)

    first, second = run(), run()
    assert first == second
    readable = [f for f in first["files"] if f["scores"] is not None]
    assert len(readable) >= 50
    for f in readable:
        computed = f["scores"]["computed"]
        assert set(computed) == {"quality", "freshness", "depth", "clarity"}
        assert all(isinstance(v, int) and 0 <= v <= 100 for v in computed.values())


OFFLINE = """
import socket, sys
def refuse(*args, **kwargs):
    raise OSError("network blocked by the test")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from lintkit.cli import main
sys.argv = ["lintkit", *sys.argv[1:]]
main()
"""


def test_scores_are_the_same_offline_with_an_empty_home(tmp_path: Path) -> None:
    args = ["score", "--format", "json", "--as-of", "2026-11-24", str(SEEDS)]
    env = {k: v for k, v in os.environ.items() if k not in ("NLTK_DATA",)}
    env.update(HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path / "cache"), PYTHONPATH=str(ROOT))
    offline = subprocess.run(
        [sys.executable, "-c", OFFLINE, *args], capture_output=True, text=True, env=env, timeout=120
    )
    assert offline.returncode == 0, offline.stderr
    online = CliRunner().invoke(main, args)
    assert json.loads(offline.stdout) == json.loads(online.stdout)
    # Nothing downloaded into HOME: at most lintkit's syllable table and its compiled patterns
    # (lintkit.compiled), in the user's cache folder.
    kept = [p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file()]
    names = ("syllables-", "compiled-", ".gitignore")
    assert all(p.parts[:2] == ("cache", "lintkit") and p.name.startswith(names) for p in kept), kept


def test_freshness_follows_the_review_date() -> None:
    base = scores_of(S3)["freshness"]
    newer = scores_of(replace_once(S3, "last reviewed: 2024-08-12", "last reviewed: 2026-06-01"))["freshness"]
    older = scores_of(replace_once(S3, "last reviewed: 2024-08-12", "last reviewed: 2021-08-12"))["freshness"]
    assert older < base < newer
    assert scores_of(replace_once(S3, "last reviewed: 2024-08-12", "last reviewed: 2024-02-30"))["freshness"] == 0
    reviewed = scores_of(replace_once(S3, "status: drafted", "status: reviewed"))["freshness"]
    assert reviewed > base


def test_padding_with_repeated_paragraphs_does_not_buy_depth_and_costs_quality() -> None:
    paragraph = S3.splitlines()[11]
    padded = replace_once(
        S3, "\nsecurity and maintenance notes\n", f"\n{paragraph}\n\n{paragraph}\n\nsecurity and maintenance notes\n"
    )
    before, after = scores_of(S3), scores_of(padded)
    assert after["depth"] <= before["depth"]
    assert after["quality"] < before["quality"]


def test_long_clause_heavy_sentences_lower_clarity() -> None:
    text = S3
    for sentence_end in (
        ". include the route",
        ". measure the before state",
        ". collect the response time",
        ". confirm permissions",
        ". do not hide security",
        ". it should be easy",
        ". include the reason",
        ". this turns a one-time fix",
    ):
        text = text.replace(
            sentence_end,
            ", which, because the team agreed that it would, and although it was late, means that" + sentence_end[1:],
            1,
        )
    assert scores_of(text)["clarity"] < scores_of(S3)["clarity"] - 5


def finding(sev: Severity) -> Finding:
    return Finding("DUP001", "duplicate-paragraph", "duplication", sev, "m", "a.txt", 1)


severities = st.lists(st.sampled_from(list(Severity)), max_size=30)


@given(severities, severities, st.integers(0, 100), st.integers(0, 100), st.integers(0, 100), st.integers(0, 20_000))
def test_more_findings_never_raise_quality_nor_take_more_than_half(some, more, d, c, f, words) -> None:
    cfg = ScoringConfig()
    parts = {"depth": d, "clarity": c, "freshness": f}
    base = quality(parts, [finding(s) for s in some], words, cfg)
    worse = quality(parts, [finding(s) for s in some + more], words, cfg)
    assert worse.score <= base.score
    # the findings take at most finding_cap (half) of the weighted score: never to 0 unless it is 0
    assert worse.score >= math.floor(worse.weighted * (1 - cfg.finding_cap))


def test_adding_a_defect_never_raises_quality() -> None:
    broken = replace_once(S3, "referenceanp-ref-022072-8714", "referenceanp-ref-22072-8714")
    assert scores_of(broken)["quality"] <= scores_of(S3)["quality"]


def test_score_csv_has_a_header_and_a_row_per_article() -> None:
    out = CliRunner().invoke(main, ["score", "--format", "csv", "--as-of", "2026-11-24", str(SEEDS)])
    rows = list(csv.reader(io.StringIO(out.stdout)))
    assert rows[0][:5] == ["path", "quality", "freshness", "depth", "clarity"]
    assert len(rows) == 6
    qualities = [int(r[1]) for r in rows[1:]]
    assert qualities == sorted(qualities)  # worst first


def test_score_sort_and_table() -> None:
    out = CliRunner().invoke(main, ["score", "--sort", "freshness", "--as-of", "2026-11-24", str(SEEDS)])
    assert out.exit_code == 0
    assert "worst freshness first" in out.stdout
    order = [line.split()[-1] for line in out.stdout.splitlines() if "seeds/" in line]
    assert [Path(p).name[:3] for p in order] == ["004", "001", "002", "003", "000"]


def test_min_score_gate() -> None:
    runner = CliRunner()
    args = ["check", "--as-of", "2026-11-24", "--select", "SCORE", str(SEEDS)]
    assert runner.invoke(main, args).exit_code == 0  # off until a minimum is set
    gated = runner.invoke(main, [*args, "--min-score", "quality=60", "--format", "json"])
    assert gated.exit_code == 1
    findings = [x for f in json.loads(gated.stdout)["files"] for x in f["findings"]]
    assert {x["code"] for x in findings} == {"SCORE001"} and len(findings) == 5
    assert findings[0]["message"].startswith("computed quality ")
    assert runner.invoke(main, [*args, "--min-score", "quality=10"]).exit_code == 0
    assert runner.invoke(main, [*args, "--min-score", "beauty=10"]).exit_code == 2
    assert runner.invoke(main, [*args, "--min-score", "quality"]).exit_code == 2


def test_scoring_config(tmp_path: Path) -> None:
    path = tmp_path / "lintkit.toml"
    path.write_text("min_scores = {quality = 60}\n[scoring]\nhalf_life_days = 1460\nstatus_factor = {drafted = 1.0}\n")
    config = load_config(path)
    assert config.options["min_scores"] == {"quality": 60}
    assert config.scoring.half_life_days == 1460 and config.scoring.status_factor["drafted"] == 1.0
    assert config.scoring.status_factor["expanded"] == 0.9
    assert scores_of(S3, config)["freshness"] > scores_of(S3)["freshness"]
    path.write_text("[scoring]\nhalf_life = 1\n")
    with pytest.raises(ConfigError, match=r"unknown key 'scoring\.half_life'"):
        load_config(path)
    path.write_text("min_scores = {quality = 160}\n")
    with pytest.raises(ConfigError, match="min_scores"):
        load_config(path)


def test_explain_shows_every_intermediate_value() -> None:
    article = parse_bytes(S3.encode(), "a.txt")
    text = explain(compute_scores(article, [], ScoringConfig(), Config().options, AS_OF), ScoringConfig())
    for needle in (
        "Flesch reading ease (textstat) 56.19",
        "(27 * 56.19 + 2 * 50) / (27 + 2) = 55.77",
        "100 * 0.5 ** (max(0, 834 - 30) / 730) * 0.8 = 37.29",
        "50 * 370/(370 + 600) = 19.07",
        "share 0.5 * 0.00 / (0.00 + 30) = 0.000",
        "44.30 * (1 - 0.000) -> 44",
    ):
        assert needle in text


LAZY = """
import sys
from lintkit.cli import main
try:
    main(["check", "--select", "STR,DUP", "--quiet", sys.argv[1]])
except SystemExit:
    pass
assert "textstat" not in sys.modules  # its counts are lintkit.readability's, the same
print("pyphen loaded" if "pyphen" in sys.modules else "pyphen not loaded", file=sys.stderr)
"""


def test_pyphen_is_loaded_only_for_words_the_syllable_table_lacks(tmp_path: Path) -> None:
    def loaded(*extra: str) -> str:
        code = LAZY.replace('"--quiet", ', '"--quiet", ' + "".join(f'"{e}", ' for e in extra))
        proc = subprocess.run(
            [sys.executable, "-c", code, str(SEEDS)],
            capture_output=True,
            text=True,
            cwd=tmp_path,  # no config here: the cache folder is tmp_path/.lintkit_cache
            # and the syllable table, in the user's cache folder, starts empty
            env={**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(tmp_path / "user-cache")},
        )
        return proc.stderr.strip().splitlines()[-1]

    assert loaded() == "pyphen not loaded"  # no scores wanted
    assert loaded("--format", "json") == "pyphen loaded"  # scores: pyphen counts the words the dictionary lacks
    assert list((tmp_path / "user-cache" / "lintkit").glob("syllables-*.sqlite3"))
    assert not list((tmp_path / ".lintkit_cache").glob("syllables-*"))
    assert loaded("--format", "json", "--no-cache") == "pyphen loaded"
    # The results cache would skip the scores altogether: change the settings key.
    assert loaded("--format", "json", "--as-of", "2026-01-01") == "pyphen not loaded"
