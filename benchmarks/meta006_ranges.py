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

`--kinds` adds which kinds of doubt (as `doubt.doubt_kinds` names them) widen the ranges: for
each, the width it adds in total (paragraphs it may take off the count,
headings it may add), in how many articles, and in how many of those it
alone makes an off-by-one count go unreported, and in how many it alone
keeps the declared (right) count inside the range: the false findings
dropping it would cost.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lintkit import facts
from lintkit.formats import parse_bytes
from lintkit.formats.alphanode.doubt import doubt_kinds
from lintkit.model import Article, Block, Line

SHIFTS = (-3, -2, -1, 1, 2, 3)


def kinds_of(article: Article) -> dict[int, str]:
    """The kind of doubt of each doubtful line, read again from the parsed article's blocks."""
    blocks: list[Block | Line] = list(article.lead)
    for s in article.sections:
        blocks.append(s.heading)
        blocks.extend(s.blocks)
    return doubt_kinds(blocks)


def widening(article: Article) -> Counter[tuple[str, str]]:
    """(kind, "fewer" or "more"): how many lines of that kind widen the article's range on that side."""
    kinds = kinds_of(article)
    fewer, more = facts.doubt_widening(article)
    found: Counter[tuple[str, str]] = Counter()
    for side, lines in (("fewer", fewer), ("more", more)):
        for line in lines:
            found[kinds.get(line, "?"), side] += 1
    return found


def print_kinds(width: Counter[tuple[str, str]], seen: Counter[str], alone: Counter[str], needed: Counter[str]) -> None:
    print(
        "  width by kind of doubt (fewer/more; articles; where it alone hides an off-by-one count;"
        " where it alone keeps the right count inside):"
    )
    for kind in sorted({k for k, _ in width}, key=lambda k: -width[k, "fewer"] - width[k, "more"]):
        print(
            f"    {kind:22} {width[kind, 'fewer']:4d}/{width[kind, 'more']:<4d}"
            f" in {seen[kind]:3d}, hides {alone[kind]:3d}, keeps {needed[kind]:3d}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--kinds", action="store_true", help="which kinds of doubt widen the ranges")
    args = parser.parse_args()
    for folder in args.folders:
        articles = inside = 0
        widths: Counter[int] = Counter()
        caught: Counter[int] = Counter()
        width: Counter[tuple[str, str]] = Counter()
        seen: Counter[str] = Counter()
        alone: Counter[str] = Counter()
        needed: Counter[str] = Counter()
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
            if args.kinds:
                found = widening(article)
                width.update(found)
                seen.update({kind for kind, _ in found})
                for kind in {kind for kind, _ in found}:
                    # Without this kind's doubt, would a count one off (either way) be caught?
                    low, high = fewest + found[kind, "fewer"], most - found[kind, "more"]
                    hidden = [k for k in (-1, 1) if fewest <= declared + k <= most]
                    alone[kind] += any(not low <= declared + k <= high for k in hidden)
                    needed[kind] += fewest <= declared <= most and not low <= declared <= high
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
        if args.kinds:
            print_kinds(width, seen, alone, needed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
