"""Issue 3 acceptance on a generated corpus: every injected defect is found,
and clean articles carry nothing beyond the natural findings."""

from __future__ import annotations

import sys
from pathlib import Path

from helpers import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import accuracy
import make_corpus


def test_recall_and_false_alarms_on_a_generated_corpus(tmp_path: Path) -> None:
    make_corpus.write_corpus(tmp_path, 400, seed=11, defect_rate=0.7, noise_rate=0.5)
    acc = accuracy.evaluate(tmp_path)
    every_code = {case.code for case in make_corpus.CASES}
    assert set(acc.injected) == every_code
    low = {code: round(acc.recall(code), 3) for code in every_code if acc.recall(code) < 0.95}
    assert low == {}, dict(acc.missed)
    assert dict(acc.false_alarms) == {}, dict(acc.examples)
    assert acc.clean > 50 and acc.clean_with_extra == 0
    assert set(acc.natural_expected) == {"STR006", "META007", "META012", "DUP005"}
    recall = {c: acc.natural_recall(c) for c in acc.natural_expected}
    assert recall == dict.fromkeys(acc.natural_expected, 1.0)
