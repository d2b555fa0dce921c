"""Recall and false alarms of lintkit's rules on a generated corpus with ground truth.

    python benchmarks/accuracy.py --count 1000 --seed 1

generates the corpus with make_corpus.py (or reads `--dir` holding one with
its manifest.json), lints every article in-process, and prints, per code:
how many articles had it injected, how many of those lintkit flagged with
it (recall), and how many articles got it without it being injected or
allowed (false alarms). Codes that depend on the corpus or on scores
(DUP004, DUP006, META010, META017, SCORE001) are not judged here: the generator does
not model them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import make_corpus

from lintkit.config import Config
from lintkit.files import Target, file_key
from lintkit.pipeline.run import run
from lintkit.pipeline.settings import Settings

NOT_JUDGED = frozenset({"DUP004", "DUP006", "META010", "META017", "SCORE001"})


@dataclass
class Accuracy:
    articles: int = 0
    clean: int = 0
    injected: Counter[str] = field(default_factory=Counter)
    detected: Counter[str] = field(default_factory=Counter)
    false_alarms: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    missed: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    clean_with_extra: int = 0
    natural_expected: Counter[str] = field(default_factory=Counter)
    natural_found: Counter[str] = field(default_factory=Counter)

    def recall(self, code: str) -> float:
        return self.detected[code] / self.injected[code] if self.injected[code] else 1.0

    def natural_recall(self, code: str) -> float:
        n = self.natural_expected[code]
        return self.natural_found[code] / n if n else 1.0

    def table(self) -> str:
        rows = [
            "| code | injected | detected | recall | false alarms |",
            "|---|---:|---:|---:|---:|",
        ]
        for code in sorted(set(self.injected) | set(self.false_alarms)):
            rows.append(
                f"| {code} | {self.injected[code]} | {self.detected[code]} | "
                f"{self.recall(code):.3f} | {self.false_alarms[code]} |"
            )
        rows += ["", "Natural findings on clean articles (expected from what the generator built):", ""]
        rows += ["| code | expected | found | recall |", "|---|---:|---:|---:|"]
        for code in sorted(self.natural_expected):
            rows.append(
                f"| {code} | {self.natural_expected[code]} | {self.natural_found[code]} | "
                f"{self.natural_recall(code):.3f} |"
            )
        return "\n".join(rows)


def evaluate(corpus: Path) -> Accuracy:
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    natural = set(manifest["natural"])
    settings = Settings(Config(), dt.date.fromisoformat(manifest["as_of"]))
    entries = {entry["path"]: entry for entry in manifest["articles"]}
    targets = [Target(name, str(corpus / name), file_key(corpus / name, settings.cwd)) for name in sorted(entries)]
    acc = Accuracy()
    for result in run(targets, settings):
        entry = entries[result.path]
        found = {f.code for f in result.findings} - NOT_JUDGED
        expected = {d["code"] for d in entry["defects"]}
        allowed = natural | expected | {a for d in entry["defects"] for a in d["allow"]}
        for code in entry.get("natural", []):  # natural findings a clean article must carry
            acc.natural_expected[code] += 1
            acc.natural_found[code] += code in found
        acc.articles += 1
        if not expected:
            acc.clean += 1
            acc.clean_with_extra += bool(found - natural)
        for code in expected:
            acc.injected[code] += 1
            if code in found:
                acc.detected[code] += 1
            else:
                case = next(d["case"] for d in entry["defects"] if d["code"] == code)
                acc.missed[code].append(f"{result.path} ({case})")
        for code in found - allowed:
            acc.false_alarms[code] += 1
            acc.examples[code].append(result.path)
    return acc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--defect-rate", type=float, default=0.5)
    parser.add_argument("--noise-rate", type=float, default=0.3)
    parser.add_argument("--dir", type=Path, help="an existing generated corpus (with manifest.json)")
    parser.add_argument("--min-recall", type=float, default=0.95)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.dir
        if corpus is None:
            corpus = Path(tmp)
            make_corpus.write_corpus(
                corpus, args.count, seed=args.seed, defect_rate=args.defect_rate, noise_rate=args.noise_rate
            )
        acc = evaluate(corpus)
    print(
        f"{acc.articles} articles, {acc.clean} clean; clean articles with a finding beyond the natural ones: "
        f"{acc.clean_with_extra}\n"
    )
    print(acc.table())
    for code, paths in sorted(acc.missed.items()):
        print(f"\nmissed {code}: {', '.join(paths[:5])}")
    for code, paths in sorted(acc.examples.items()):
        print(f"\nfalse alarm {code}: {', '.join(paths[:5])}")
    low = [c for c in acc.injected if acc.recall(c) < args.min_recall]
    low += [c for c in acc.natural_expected if acc.natural_recall(c) < args.min_recall]
    return 1 if low or acc.clean_with_extra or acc.false_alarms else 0


if __name__ == "__main__":
    raise SystemExit(main())
