"""Shared test helpers: the seeds, linting a text in-process with chosen rules, and small corpora."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from lintkit.cli import main
from lintkit.config import Config
from lintkit.formats import DEFAULT_FORMAT, format_for, parse_bytes
from lintkit.model import Finding
from lintkit.pipeline.settings import Settings, enabled_rules
from lintkit.pipeline.stages import check_article
from lintkit.rules import default_options
from lintkit.selection import Selection

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEEDS = DATA / "seeds"
AS_OF = dt.date(2026, 11, 24)
LINTKIT = [sys.executable, "-m", "lintkit"]


def seed_path(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def seed(prefix: str) -> str:
    return seed_path(prefix).read_text(encoding="utf-8")


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"expected exactly one {old!r}"
    return text.replace(old, new)


def lint_findings(
    text: str | bytes,
    select: Iterable[str] = ("ALL",),
    options: Mapping[str, Any] | None = None,
    path: str = "article.txt",
    as_of: dt.date = AS_OF,
) -> list[Finding]:
    data = text.encode("utf-8") if isinstance(text, str) else text
    config = Config(
        selection=Selection(select=tuple(select)),
        options={**default_options(), **(options or {})},
    )
    article = parse_bytes(data, path, (format_for(path) or DEFAULT_FORMAT).configured(config.options))
    result = check_article(article, enabled_rules(config), Settings(config, as_of))
    assert not result.errors, result.errors
    return list(result.findings)


def lint(text: str | bytes, select: Iterable[str] = ("ALL",), **kwargs: Any) -> list[tuple[str, int]]:
    """(code, line) of every finding, in report order."""
    return [(f.code, f.line) for f in lint_findings(text, select, **kwargs)]


# -- small corpora sharing a paragraph (DUP004), for the corpus, store and pipeline tests --

S0 = seed("000")
PARAGRAPH = S0.splitlines()[11]  # "start by writing down what the system currently does. ..."
# The same paragraph paraphrased: a few words changed, still >= 90 similar.
VARIANTS = [
    PARAGRAPH,
    PARAGRAPH.replace("the slow query", "the slow request"),
    PARAGRAPH.replace("random changes", "random edits"),
    PARAGRAPH.replace("easier to verify", "simpler to verify"),
    PARAGRAPH.replace("what the system currently does", "what the service currently does"),
]
WORDS = (
    "cache deploy queue index schema route token budget latency worker cluster replica shard backup "
    "rollback canary metric alert dashboard runbook incident review owner release branch commit build"
).split()


def unique_paragraph(rng: random.Random) -> str:
    """A paragraph of random words: no other paragraph comes near it."""
    return " ".join(rng.choice(WORDS) for _ in range(40)) + "."


def article(i: int, shared: str) -> str:
    """Seed 000 whose prose paragraphs are all replaced by random ones (and its
    image and title made unique) but for `shared`, so that only what a test
    puts in is shared between articles."""
    rng = random.Random(i)
    lines = S0.split("\n")
    lines[2] += f" (part {i})"  # the title: META017 would otherwise tie every article to the others
    for n in (4, 13, 15, 19, 31):  # intro, the other body paragraphs, final notes
        lines[n] = unique_paragraph(rng)
    lines[11] = shared
    return "\n".join(lines).replace("photo-1555066931-4365d14bab8c", f"photo-{1000 + i}-4365d14bab8c")


def corpus_repo(root: Path, monkeypatch: Any) -> Path:
    """A content repository in `root` (the current folder) whose configured corpus,
    content/, holds 4 articles sharing one paraphrased paragraph; returns content/."""
    content = root / "content"
    content.mkdir()
    for i in range(4):
        (content / f"a{i}.txt").write_text(article(i, VARIANTS[i]))
    (root / "lintkit.toml").write_text('corpus = ["content/"]\n')
    monkeypatch.chdir(root)
    return content


def check_json(*args: str, cwd: Path | None = None) -> dict:
    result = CliRunner().invoke(main, ["check", "--format", "json", "--as-of", "2026-11-24", *args])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def dup004(doc: dict) -> dict[str, list[tuple[int, str]]]:
    return {
        Path(f["path"]).name: [(x["line"], x["message"]) for x in f["findings"] if x["code"] == "DUP004"]
        for f in doc["files"]
    }


UNIQUE_TEXT = unique_paragraph(random.Random(99))


def run_cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lintkit", "check", "--format", "json", "--as-of", "2026-11-24", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=300,
    )
