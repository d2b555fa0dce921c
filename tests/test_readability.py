"""lintkit.readability computes exactly textstat's Flesch reading ease, and caches its table."""

from __future__ import annotations

import sys
from pathlib import Path

import textstat
from helpers import ROOT, SEEDS

from lintkit import readability
from lintkit.parsing import parse_bytes

sys.path.insert(0, str(ROOT / "benchmarks"))
import make_corpus


def prose_of(data: bytes) -> str:
    article = parse_bytes(data, "a.txt")
    return "\n\n".join(b.text for b in article.prose())


def test_equal_to_textstat_on_seeds_and_a_generated_corpus(tmp_path: Path) -> None:
    texts = [prose_of(p.read_bytes()) for p in sorted(SEEDS.glob("*.txt"))]
    texts += [prose_of(a.data) for a in make_corpus.generate(300, seed=3, defect_rate=0.3)]
    texts += ["", "one.", "Naïve café owners' résumés weren't proofread!", "x " * 50]
    for text in texts:
        assert readability.flesch_reading_ease(text, tmp_path) == textstat.flesch_reading_ease(text), text[:60]


def test_the_table_is_cached_and_reloaded(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(readability, "_table", None)
    first = readability.syllable_table(tmp_path)
    files = list(tmp_path.glob("syllables-v*.marshal"))
    assert len(files) == 1 and len(first) > 100_000
    monkeypatch.setattr(readability, "_table", None)
    monkeypatch.setattr(readability, "_build_table", lambda: (_ for _ in ()).throw(AssertionError("rebuilt")))
    assert readability.syllable_table(tmp_path) == first
    files[0].write_bytes(b"garbage")  # a damaged cache file is rebuilt, not trusted
    monkeypatch.setattr(readability, "_table", None)
    monkeypatch.undo()
    monkeypatch.setattr(readability, "_table", None)
    assert readability.syllable_table(tmp_path) == first
