"""Shared test helpers: the seeds, and linting a text in-process with chosen rules."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from lintkit.config import Config
from lintkit.engine import Settings, check_article, enabled_rules
from lintkit.model import Finding
from lintkit.parsing import parse_bytes
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
    article = parse_bytes(data, path)
    config = Config(
        selection=Selection(select=tuple(select)),
        options={**default_options(), **(options or {})},
    )
    result = check_article(article, enabled_rules(config), Settings(config, as_of))
    assert not result.errors, result.errors
    return list(result.findings)


def lint(text: str | bytes, select: Iterable[str] = ("ALL",), **kwargs: Any) -> list[tuple[str, int]]:
    """(code, line) of every finding, in report order."""
    return [(f.code, f.line) for f in lint_findings(text, select, **kwargs)]
