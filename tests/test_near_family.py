"""Templated paragraph families (issue 17, defect 8): paragraphs that differ only
in a number are never near duplicates (near.differs_in_what_matters), and
finding that costs no comparison per pair, in one article (DUP002) or across
the corpus index (DUP004)."""

from __future__ import annotations

import itertools
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import VARIANTS, article, check_json, dup004, lint, replace_once, seed, unique_paragraph
from rapidfuzz import fuzz, process

from lintkit import analysis
from lintkit.corpus.index import LOOKUPS, CorpusIndex
from lintkit.corpus.linking import Linking
from lintkit.corpus.sketch import BANDS, ParagraphPrint, Prints, band_keys, exact_key
from lintkit.corpus.update import FileState, Fingerprinted, IndexUpdate
from lintkit.formats import DEFAULT_FORMAT, parse_bytes
from lintkit.near import differs_in_what_matters
from lintkit.text import fold, meaning

TEMPLATE = (
    "status update {n}: the nightly pipeline finished on every supported platform, the deployment to the "
    "staging cluster went through without {how} steps, and nothing needed a rollback."
)


def update_text(n: int, how: str = "manual") -> str:
    return TEMPLATE.format(n=n, how=how)


def test_meaning_splits_words_from_numbers() -> None:
    words, numbers = meaning("Status update 12: fixed in v2.0.1 (#7), not before")
    assert words == {"status", "update", "fixed", "in", "not", "before"}
    assert numbers == {"12", "v2.0.1", "#7"}
    # Same words: a difference in numbers is a difference in what matters, none is not.
    assert differs_in_what_matters(update_text(1), update_text(2))
    assert not differs_in_what_matters(update_text(1), update_text(1).replace(":", " -"))
    # A word changed beside other numbers: still two entries (Dask's thanks for `dask/dask` since `0.14.1` and for
    # `dask/distributed` since `1.16.1`); with the same numbers, a near duplicate when similar enough.
    assert differs_in_what_matters(update_text(1), update_text(2, "automatic"))
    assert not differs_in_what_matters(update_text(2), update_text(2, "automatic"))
    assert differs_in_what_matters(update_text(1), update_text(2, "not manual"))


def build_index(paragraphs: list[str]) -> tuple[CorpusIndex, IndexUpdate]:
    """An index in memory with one file per paragraph, stored in batches as a run does."""
    index = CorpusIndex.open(None, 90, 40)
    keys = [f"/corpus/{i:05d}.txt" for i in range(len(paragraphs))]
    update = IndexUpdate(index, [(key, key, 1, 1) for key in keys])
    for key, text in zip(keys, paragraphs, strict=True):
        folded = fold(text)
        prints = Prints((ParagraphPrint(1, exact_key(folded), folded, band_keys(folded)),), ())
        update.store(Fingerprinted(FileState(key, 1, 1), key, prints))
    update.finish()
    return index, update


def expected_pairs(paragraphs: list[str]) -> set[tuple[int, int]]:
    """What linking must find, by definition: every two distinct paragraphs that
    share an LSH band, are at least 90 similar and differ in nothing that matters."""
    texts = {exact_key(t): t for t in map(fold, paragraphs)}
    out = set()
    for (a, ta), (b, tb) in itertools.combinations(sorted(texts.items()), 2):
        shares_a_band = any(x == y for x, y in zip(band_keys(ta), band_keys(tb), strict=True))
        if shares_a_band and fuzz.ratio(ta, tb, score_cutoff=90) and not differs_in_what_matters(ta, tb):
            out.add((a, b))
    return out


def test_linking_a_family_finds_exactly_the_near_duplicates() -> None:
    """A family of 120 numbered updates, two more with a word changed and the
    number of another, an ordinary paraphrased paragraph and its variants: the
    index pairs what the definition pairs, no more, no less."""
    family = [update_text(n) for n in range(1, 121)]
    family[30] = update_text(5, "automatic")
    family[90] = update_text(5, "careful")
    paragraphs = [*family, *VARIANTS, update_text(7).replace(":", " -")]
    index, _ = build_index(paragraphs)
    found = set(index.db.execute("SELECT a, b FROM neighbours"))
    assert found == expected_pairs(paragraphs)
    by_text = {exact_key(fold(t)): i for i, t in enumerate(paragraphs)}

    def partners(i: int) -> set[int]:
        return {by_text[b] for a, b in found if by_text[a] == i} | {by_text[a] for a, b in found if by_text[b] == i}

    # The paraphrases are still each other's near duplicates.
    variants = set(range(120, 120 + len(VARIANTS)))
    assert all(partners(v) & variants for v in variants)
    # The two with a word changed pair with the member of their number (and with each other)...
    assert partners(30) == {4, 90} and partners(90) == {4, 30}
    # ...and the members that differ in their numbers pair with nothing else.
    assert partners(5) == set() and partners(4) == {30, 90}
    # The same text up to punctuation and the same numbers is a near duplicate.
    assert 6 in partners(len(paragraphs) - 1)


def checks_asked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The pairs linking asks whether they differ in what matters, in the order asked."""
    from lintkit.corpus import buckets

    asked: list[tuple[str, str]] = []

    def counted(a: str, b: str) -> bool:
        asked.append((a, b))
        return differs_in_what_matters(a, b)

    monkeypatch.setattr(buckets, "differs_in_what_matters", counted)
    return asked


def met_in_several_bands() -> list[str]:
    """Paragraphs and their near duplicates (one word changed), which share most bands."""
    paragraphs = [*VARIANTS, "Run the migration before you deploy the new release to production servers today."]
    return paragraphs + [p.replace("the", "a", 1) for p in paragraphs]


def test_a_near_match_met_in_several_bands_is_checked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Near duplicates share most bands, and linking meets them in each: what
    differs in what matters is asked once per pair and direction
    (Buckets.verdicts), and the pairs found are still the definition's."""
    asked = checks_asked(monkeypatch)
    paragraphs = met_in_several_bands()
    index, _ = build_index(paragraphs)
    assert set(index.db.execute("SELECT a, b FROM neighbours")) == expected_pairs(paragraphs)
    assert asked and len(asked) == len(set(asked))
    shared = [sum(x == y for x, y in zip(band_keys(fold(a)), band_keys(fold(b)), strict=True)) for a, b in set(asked)]
    assert max(shared) > 1  # a pair met in more than one band was asked once


@pytest.mark.parametrize("variants", [0, 2])
def test_candidates_compared_grow_linearly_with_the_family(variants: int) -> None:
    """Comparisons made while linking (rapidfuzz ratios asked), not time: a
    family twice as large costs about twice as many, where every pair of it
    used to be compared in every band it shares."""
    compared = {}
    for size in (120, 240, 480):
        family = [update_text(n) for n in range(1, size + 1)]
        for k in range(variants):
            family[k * size // 2] = update_text(k * size // 2 + 1, ("automatic", "careful")[k])
        _, update = build_index(family)
        compared[size] = update.buckets.compared
    if not variants:
        # Numbers only: a bucket of the family is compared one row (its first
        # member with the others finds the family) at the first batch, then
        # grouped at every batch: a larger family costs no more. (A family
        # smaller than two batches costs less: the last files of an update come
        # in smaller batches, IndexUpdate.store.)
        assert 0 < compared[480] <= 2 * compared[120] <= 2 * BANDS * 120
    else:
        assert compared[120] > 0 and compared[480] <= 4.5 * compared[120]
        assert compared[480] < 480 * 479 / 2 / 4  # far below every pair once


def test_dup004_on_a_templated_family(tmp_path: Path) -> None:
    """Six articles with the update numbered 101 to 106, four with number 300
    (identical), one with number 300 and a word changed: the six are not
    boilerplate; the four are, each naming the other three and the changed
    one; the changed one is a near duplicate of the four (not of the six:
    other numbers, other entries)."""
    texts = {f"f{i}.txt": update_text(101 + i) for i in range(6)}
    texts |= {f"c{i}.txt": update_text(300) for i in range(4)}
    texts["x0.txt"] = update_text(300, "automatic")
    for i, (name, text) in enumerate(texts.items()):
        (tmp_path / name).write_text(article(i, text))
    found = dup004(check_json("--select", "DUP004", "--no-cache", str(tmp_path)))
    assert {name: [line for line, _ in hits] for name, hits in found.items()} == {
        **{f"f{i}.txt": [] for i in range(6)},
        **{f"c{i}.txt": [12] for i in range(4)},
        "x0.txt": [12],
    }
    assert found["c0.txt"][0][1].startswith("paragraph also appears in 4 other articles (identical or near")
    assert found["c0.txt"][0][1].endswith("/c1.txt:12")
    assert found["x0.txt"][0][1].startswith("paragraph also appears in 4 other articles")


S0 = seed("000")


def family_article(numbers: list[int], changed: dict[int, str] | None = None) -> str:
    """Seed 000 with one templated paragraph per number before its final notes (`changed`: the word put in the
    paragraph at each of these places, counted from 1)."""
    paragraphs = [update_text(n, (changed or {}).get(k, "manual")) for k, n in enumerate(numbers, 1)]
    return replace_once(S0, "\nfinal notes\n", "\n" + "".join(f"{p}\n\n" for p in paragraphs) + "final notes\n")


def test_dup002_in_one_article_with_a_templated_family() -> None:
    numbers = list(range(1, 41))
    text = family_article([*numbers, 25], {41: "automatic"})
    start = S0.split("\n").index("final notes") + 1  # the line of the first templated paragraph
    assert lint(family_article(numbers), ["DUP001", "DUP002"]) == []
    # The last, number 25 again with a word changed, is a near duplicate of the 25th (the
    # others have other numbers: other entries); a repeated number is an exact copy.
    assert lint(text, ["DUP001", "DUP002"]) == [("DUP002", start + 2 * 40)]
    assert lint(family_article(numbers, {25: "automatic"}), ["DUP001", "DUP002"]) == []
    assert lint(family_article([*numbers, 7]), ["DUP001", "DUP002"]) == [("DUP001", start + 2 * 40)]


def test_paragraph_repeats_compares_a_family_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    """The earlier paragraphs given to rapidfuzz (not hidden), counted: a family
    of numbered paragraphs hides its own members from each other."""
    given = []
    extract = process.extract  # lintkit.analysis imports rapidfuzz.process on its first comparison

    def counting(query, choices, **kwargs):
        given.append(sum(c is not None for c in choices))
        return extract(query, choices, **kwargs)

    monkeypatch.setattr(process, "extract", counting)
    totals = {}
    for size in (50, 100, 200):
        given.clear()
        lint(family_article(list(range(1, size + 1))), ["DUP002"])
        totals[size] = sum(given)
    # The seed's own paragraphs are still compared with each templated one: linear.
    assert totals[200] <= 4.5 * totals[50]
    assert totals[200] < 200 * 199 / 2 / 4


def mixed_paragraphs(rng: random.Random, count: int) -> list[str]:
    """Templated paragraphs (a few numbers, a word now and then changed or
    negated, punctuation or numbers moved) among random ones."""
    out = []
    for _ in range(count):
        if rng.random() < 0.3:
            out.append(unique_paragraph(rng))
            continue
        n, m = rng.randint(1, 12), rng.randint(1, 3)
        text = update_text(n, rng.choice(["manual", "manual", "manual", "automatic", "not manual"]))
        if rng.random() < 0.2:
            text = text.replace(",", " -", 1)
        if rng.random() < 0.1:
            text = text.replace(f" {n}:", f" {m} {n}:", 1)
        out.append(text)
    return out


@pytest.mark.parametrize("seed_value", [1, 2])
def test_linking_random_mixes_finds_what_the_definition_pairs(seed_value: int) -> None:
    paragraphs = mixed_paragraphs(random.Random(seed_value), 90)
    index, _ = build_index(paragraphs)
    assert set(index.db.execute("SELECT a, b FROM neighbours")) == expected_pairs(paragraphs)


@pytest.mark.parametrize("keep", [10_000, 40, 0])
def test_large_buckets_kept_between_batches_link_as_read_again(keep: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """In small batches, the members of large buckets are kept from one batch to
    the next instead of read again (all of them, some with the oldest let go, or
    none): the pairs are those of the definition whichever."""
    monkeypatch.setattr(IndexUpdate, "BATCH", 7)
    monkeypatch.setattr(IndexUpdate, "TAIL_BATCH", 3)
    monkeypatch.setattr(Linking, "KEEP_MEMBERS", keep)
    held: list[int] = []
    keep_buckets = Linking._keep_buckets

    def kept(self: Linking, *args: object) -> None:
        keep_buckets(self, *args)  # type: ignore[arg-type]
        held.append(self.kept_members)

    monkeypatch.setattr(Linking, "_keep_buckets", kept)
    paragraphs = mixed_paragraphs(random.Random(5), 120)
    index, _ = build_index(paragraphs)
    assert set(index.db.execute("SELECT a, b FROM neighbours")) == expected_pairs(paragraphs)
    assert max(held) <= keep and (max(held) > 0) == (keep > 0)


@pytest.mark.parametrize("seed_value", [3, 4])
def test_paragraph_repeats_on_random_mixes_is_the_pairwise_answer(seed_value: int) -> None:
    """Each repeat is the most similar earlier paragraph (the first of equals)
    that differs in nothing that matters, as comparing every pair says."""
    paragraphs = mixed_paragraphs(random.Random(seed_value), 70)
    text = replace_once(S0, "\nfinal notes\n", "\n" + "".join(f"{p}\n\n" for p in paragraphs) + "final notes\n")
    art = parse_bytes(text.encode(), "a.txt", DEFAULT_FORMAT)
    found = [(r.block.line, r.first.line, r.score) for r in analysis.paragraph_repeats(art, 90, 40, 8)]
    blocks = [b for b in art.prose() if b.word_count >= 8]
    expected = []
    for i, block in enumerate(blocks):
        earlier = [b for b in blocks[:i] if len(b.folded) >= 40]
        same = [b for b in blocks[:i] if b.folded == block.folded]
        if same:
            expected.append((block.line, same[0].line, 100.0))
            continue
        if len(block.folded) < 40:
            continue
        scored = [(fuzz.ratio(block.folded, b.folded), -k, b) for k, b in enumerate(earlier)]
        scored = [s for s in scored if s[0] >= 90 and not differs_in_what_matters(block.folded, s[2].folded)]
        if scored:
            score, _, best = max(scored, key=lambda s: (s[0], s[1]))
            expected.append((block.line, best.line, score))
    assert found == expected
    assert any(score < 100 for *_, score in found) and any(score == 100 for *_, score in found)


def fill(folder: Path, paragraphs: list[str], link_later: bool, linker: object = None, finish: bool = True) -> None:
    """A first fill of an index on disk in `folder`, one file per paragraph, in batches."""
    index = CorpusIndex.open(folder, 90, 40)
    keys = [f"/corpus/{i:05d}.txt" for i in range(len(paragraphs))]
    update = IndexUpdate(index, [(key, key, 1, 1) for key in keys], link_later=link_later)
    for key, text in zip(keys, paragraphs, strict=True):
        folded = fold(text)
        prints = Prints((ParagraphPrint(1, exact_key(folded), folded, band_keys(folded)),), ())
        update.store(Fingerprinted(FileState(key, 1, 1), key, prints))
    if finish:
        update.finish(linker)  # type: ignore[arg-type]
    index.close()


def lookups(folder: Path) -> set[str]:
    """The indexes by content the index file holds, read without opening it as lintkit does."""
    db = sqlite3.connect(folder / "corpus.sqlite3")
    try:
        return {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")} & set(LOOKUPS)
    finally:
        db.close()


def test_an_index_a_killed_fill_left_without_its_lookups_opens_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An index file that cannot be written, left by a first fill killed before it
    made its indexes by content, still opens (and does without them)."""
    fill(tmp_path, mixed_paragraphs(random.Random(8), 40), link_later=True, finish=False)
    assert lookups(tmp_path) == set()
    connect = sqlite3.connect

    def read_only(path: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        return connect(f"file:{path}?mode=ro", *args, uri=True, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", read_only)
    index = CorpusIndex.open(tmp_path, 90, 40)
    try:
        assert index.db.execute("SELECT count(*) FROM files").fetchone()[0] == 40
    finally:
        index.close()
    assert lookups(tmp_path) == set()


def neighbours(folder: Path) -> set[tuple[int, int]]:
    index = CorpusIndex.open(folder, 90, 40)
    try:
        return set(index.db.execute("SELECT a, b FROM neighbours"))
    finally:
        index.close()


@pytest.mark.parametrize(("jobs", "chunk"), [(1, 5000), (2, 5000), (3, 5000), (2, 37)])
def test_a_first_fill_linked_by_band_in_workers_finds_what_the_definition_pairs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int, chunk: int
) -> None:
    """A first fill may leave its linking to the end, where each worker process
    links a share of the bands of a chunk of the paragraphs at a time: the
    pairs are those of linking batch by batch."""
    from lintkit.pipeline.workers import link_by_band

    monkeypatch.setattr(Linking, "LINK_CHUNK", chunk)
    paragraphs = mixed_paragraphs(random.Random(6), 260)
    by_band = link_by_band(jobs)
    seen: list[set[str]] = []

    def linker(update: IndexUpdate) -> Iterator[list[tuple[int, int]]]:
        # What the linker's processes find committed when they start: every index by
        # content (without them each band's query reads the whole table).
        seen.append(lookups(tmp_path / "later"))
        yield from by_band(update)

    fill(tmp_path / "later", paragraphs, link_later=True, linker=linker)
    assert seen == [set(LOOKUPS)]
    fill(tmp_path / "batches", paragraphs, link_later=False)
    expected = expected_pairs(paragraphs)
    assert neighbours(tmp_path / "later") == neighbours(tmp_path / "batches") == expected
    assert expected
    # Stored under no index by content, which the fill made before linking.
    assert lookups(tmp_path / "later") == lookups(tmp_path / "batches") == set(LOOKUPS)


def test_a_near_match_linked_by_band_shares_is_checked_in_one_share(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The processes that link a first fill each take a share of the bands
    (link_by_band), and a near-duplicate pair shares bands in both shares: it is
    checked (what differs in what matters) in the first band it shares only,
    by one process, and the pairs found are still the definition's."""
    asked = checks_asked(monkeypatch)
    paragraphs = met_in_several_bands()

    def linker(update: IndexUpdate) -> Iterator[list[tuple[int, int]]]:
        for share in (range(0, BANDS, 2), range(1, BANDS, 2)):
            update.linking = Linking(update.index)  # each share in a process of its own, with verdicts of its own
            for start in update.pending_chunks():
                yield sorted(update.pending_pairs(start, share))

    fill(tmp_path, paragraphs, link_later=True, linker=linker)
    assert neighbours(tmp_path) == expected_pairs(paragraphs) != set()
    assert asked and len(asked) == len(set(asked))
    in_both = [
        (a, b)
        for a, b in asked
        if len({i % 2 for i, (x, y) in enumerate(zip(band_keys(fold(a)), band_keys(fold(b)), strict=True)) if x == y})
        == 2
    ]
    assert in_both  # pairs met by both shares, each checked once


@pytest.mark.parametrize("chunk", [5000, 23])
def test_a_first_fill_killed_before_it_linked_is_linked_by_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    """The paragraphs a first fill leaves to link at the end are noted with them,
    batch by batch: a run killed before the end leaves them noted, and the next
    update links them (here, without workers, a chunk at a time)."""
    monkeypatch.setattr(Linking, "LINK_CHUNK", chunk)
    paragraphs = mixed_paragraphs(random.Random(7), 150)
    fill(tmp_path, paragraphs, link_later=True, finish=False)
    assert lookups(tmp_path) == set()  # killed before it made its indexes by content
    assert neighbours(tmp_path) == set()
    index = CorpusIndex.open(tmp_path, 90, 40)
    assert lookups(tmp_path) == set(LOOKUPS)  # the next opening makes them
    assert index.db.execute("SELECT count(*) FROM pending_links").fetchone()[0] > 0
    keys = [f"/corpus/{i:05d}.txt" for i in range(len(paragraphs))]
    update = IndexUpdate(index, [(key, key, 1, 1) for key in keys])
    for key, text in zip(keys, paragraphs, strict=True):
        if update.wants(key):  # the files of the batch the kill lost
            folded = fold(text)
            prints = Prints((ParagraphPrint(1, exact_key(folded), folded, band_keys(folded)),), ())
            update.store(Fingerprinted(FileState(key, 1, 1), key, prints))
    update.finish()
    index.close()
    assert neighbours(tmp_path) == expected_pairs(paragraphs)
