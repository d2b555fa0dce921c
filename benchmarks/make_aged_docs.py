"""Real documentation pages as dated Markdown articles: very different lengths and ages.

    .venv/bin/python benchmarks/make_aged_docs.py OUT [--src DIR] [--as-of YYYY-MM-DD]

Takes each Markdown page of real package documentation (DIR, by default
benchmarks/corpus/real-md-src/, filled by benchmarks/fetch_markdown_docs.py),
leaves out the pages that are not articles (change logs, licences, codes of
conduct, pull request templates, pages of fewer than 100 words) and writes it
to OUT with YAML front matter: its title (the first `#` heading, else the
file name), a `date` between the as-of date and ten years before it, and for
a third of the pages a later `lastmod`. The dates are drawn from a generator
seeded by the page's path, so the same DIR always gives the same OUT.

The pages run from 100 to over 10,000 words, with the code, tables and
admonitions real documentation has: the corpus benchmarks/score_spread.py
reads to check that the scores tell articles apart (docs/scoring.md).
Only the standard library is used.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import shutil
import sys
from pathlib import Path
from random import Random

NOT_ARTICLES = re.compile(
    r"change|history|news|release|licen[cs]e|copying|authors|contributors|code_of_conduct|conduct|"
    r"security|pull_request|issue_template|funding|support|notice|third.party",
    re.IGNORECASE,
)
HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)
MIN_WORDS = 100
MAX_AGE_DAYS = 3650


def title_of(text: str, path: Path) -> str:
    found = HEADING.search(text)
    title = found.group(1) if found else path.stem.replace("-", " ").replace("_", " ").capitalize()
    return title.replace("\\", "").strip()


def front_matter(title: str, rng: Random, as_of: dt.date) -> str:
    date = as_of - dt.timedelta(days=rng.randrange(MAX_AGE_DAYS))
    lines = ["---", f"title: {json.dumps(title)}", f"date: {date.isoformat()}"]
    if rng.random() < 1 / 3:
        lastmod = date + dt.timedelta(days=rng.randrange((as_of - date).days + 1))
        lines.append(f"lastmod: {lastmod.isoformat()}")
    lines.append("draft: false")
    return "\n".join([*lines, "---", ""]) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--src", type=Path, default=Path(__file__).parent / "corpus" / "real-md-src")
    parser.add_argument("--as-of", type=dt.date.fromisoformat, default=dt.date(2026, 11, 28))
    args = parser.parse_args()
    if not args.src.is_dir():
        sys.exit(f"{args.src}: not a folder (run benchmarks/fetch_markdown_docs.py first)")
    if args.out.exists():
        shutil.rmtree(args.out)
    written = 0
    for path in sorted(args.src.rglob("*.md")):
        relative = path.relative_to(args.src)
        if NOT_ARTICLES.search(relative.as_posix()):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if text.startswith("---") or len(text.split()) < MIN_WORDS:
            continue  # its own front matter (mkdocs meta): left as the project wrote it
        rng = Random(hashlib.sha256(relative.as_posix().encode()).digest())
        target = args.out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(front_matter(title_of(text, path), rng, args.as_of) + text, encoding="utf-8")
        written += 1
    print(f"{written} articles in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
