"""What META006's paragraph-count range costs on real text: how often a wrong count is still caught.

    .venv/bin/python benchmarks/real_articles.py --blog --out /tmp/blog
    .venv/bin/python benchmarks/meta006_ranges.py /tmp/blog [more folders]

META006 compares the payload's `paragraphs` with the body's count, and
where the export's text cannot settle a line (a bold label or a heading, a
prompt's text or prose: `Article.doubtful`) the count is a range
(`facts.body_paragraph_range`) and only a count outside it is reported. For
each folder of export articles whose declared counts are right (what
`real_articles.py --out` writes), this prints how many articles have a range
wider than one count, how wide, and, for a count made wrong by k = -3 to +3,
in how many articles META006 would still catch it: the recall a range
gives up for the false findings it saves.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lintkit import facts
from lintkit.formats import parse_bytes

SHIFTS = (-3, -2, -1, 1, 2, 3)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args()
    for folder in args.folders:
        articles = inside = 0
        widths: Counter[int] = Counter()
        caught: Counter[int] = Counter()
        for path in sorted(folder.glob("*.txt")):
            article = parse_bytes(path.read_bytes(), str(path))
            found = facts.integer(article, "paragraph_count")
            if found is None:
                continue
            declared = found[0]
            fewest, most = facts.body_paragraph_range(article)
            articles += 1
            inside += fewest <= declared <= most
            widths[min(most - fewest, 5)] += 1
            for k in SHIFTS:
                caught[k] += not fewest <= declared + k <= most
        if not articles:
            print(f"{folder}: no article with a paragraph count")
            continue
        wide = articles - widths[0]
        print(f"{folder}: {articles} articles, {inside} with their count inside the range")
        print(
            f"  range wider than one count: {wide} ({100 * wide / articles:.0f} %); widths "
            + ", ".join(f"{'5+' if w == 5 else w}: {n}" for w, n in sorted(widths.items()))
        )
        shares = (f"{k:+d}: {100 * caught[k] / articles:.0f} %" for k in SHIFTS)
        print("  a count off by k still caught: " + ", ".join(shares))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
