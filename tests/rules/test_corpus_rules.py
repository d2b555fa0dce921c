"""Corpus rules: DUP004 (boilerplate paragraphs), DUP006 (reused images) and META017
(duplicate titles), failing and passing fixtures."""

from __future__ import annotations

from pathlib import Path

from helpers import S0, SEEDS, VARIANTS, article, check_json, dup004, replace_once, seed


def test_seeds_share_the_final_notes_and_an_image() -> None:
    doc = check_json("--select", "DUP004,DUP006", str(SEEDS))
    found = {Path(f["path"]).name[:3]: sorted((x["code"], x["line"]) for x in f["findings"]) for f in doc["files"]}
    assert found == {
        "000": [("DUP004", 32)],
        "001": [("DUP004", 35), ("DUP006", 93)],
        "002": [("DUP004", 36), ("DUP006", 94)],
        "003": [("DUP004", 52)],
        "004": [("DUP004", 36)],
    }
    msg = next(x for f in doc["files"] for x in f["findings"] if x["code"] == "DUP006")
    assert msg["message"].startswith("image url is also used by 1 other article, e.g. ")


def test_paraphrased_paragraph_in_five_articles_is_found_in_all_five(tmp_path: Path) -> None:
    for i, variant in enumerate(VARIANTS):
        (tmp_path / f"a{i}.txt").write_text(article(i, variant))
    # A paragraph that occurs in two articles only is not boilerplate.
    pair = "this paragraph is shared by exactly two articles of the corpus and should not be reported at all."
    (tmp_path / "b0.txt").write_text(article(5, pair))
    (tmp_path / "b1.txt").write_text(article(6, pair))
    doc = check_json("--select", "DUP004", "--no-cache", str(tmp_path))
    found = dup004(doc)
    for i in range(5):
        assert [line for line, _ in found[f"a{i}.txt"]] == [12], found
        assert found[f"a{i}.txt"][0][1].startswith("paragraph also appears in 4 other articles")
    assert found["b0.txt"] == [] and found["b1.txt"] == []
    related = next(f for f in doc["files"] if f["path"].endswith("a0.txt"))["findings"][0]["related"]
    assert [Path(r["path"]).name for r in related] == ["a1.txt", "a2.txt", "a3.txt"]


def test_without_corpus_config_the_files_linted_are_the_corpus(tmp_path: Path) -> None:
    for i in range(5):
        (tmp_path / f"a{i}.txt").write_text(article(i, VARIANTS[0]))
    alone = dup004(check_json("--select", "DUP004", "--no-cache", str(tmp_path / "a0.txt")))
    assert alone == {"a0.txt": []}


def meta017(doc: dict) -> dict[str, list[tuple[int, str, list[tuple[str, int]]]]]:
    """file name -> (line, message, related (name, line)) of each META017 finding."""
    return {
        Path(f["path"]).name: [
            (x["line"], x["message"], [(Path(r["path"]).name, r["line"]) for r in x["related"]])
            for x in f["findings"]
            if x["code"] == "META017"
        ]
        for f in doc["files"]
    }


def post(title: str, body: str, toml: bool = False) -> str:
    front = f'+++\ntitle = "{title}"\n+++' if toml else f"---\ntitle: {title}\n---"
    return f"{front}\n\n{body}\n"


def test_meta017_duplicate_title_in_markdown(tmp_path: Path) -> None:
    """YAML and TOML front matter give the same finding; the title is compared
    folded (case, spacing), at the title's line, naming the other articles."""
    (tmp_path / "a.md").write_text(post("Faster builds with caching", "How we cut our build time."))
    (tmp_path / "b.md").write_text(post("faster  builds with Caching", "Another post on builds.", toml=True))
    (tmp_path / "c.md").write_text(
        "# FASTER BUILDS WITH CACHING\n\nA heading is the title when there is no front matter.\n"
    )
    (tmp_path / "d.md").write_text(post("Faster builds without caching", "A title that differs."))
    found = meta017(check_json("--select", "META017", "--no-cache", str(tmp_path)))
    assert found == {
        "a.md": [
            (
                2,
                f"title 'Faster builds with caching' is also the title of 2 other articles, e.g. {tmp_path}/b.md:2",
                [("b.md", 2), ("c.md", 1)],
            )
        ],
        "b.md": [
            (
                2,
                f"title 'faster builds with Caching' is also the title of 2 other articles, e.g. {tmp_path}/a.md:2",
                [("a.md", 2), ("c.md", 1)],
            )
        ],
        "c.md": [
            (
                1,
                f"title 'FASTER BUILDS WITH CACHING' is also the title of 2 other articles, e.g. {tmp_path}/a.md:2",
                [("a.md", 2), ("b.md", 2)],
            )
        ],
        "d.md": [],
    }


def test_meta017_passes_distinct_empty_and_missing_titles(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(post("Faster builds with caching", "One."))
    (tmp_path / "b.md").write_text(post("Faster builds with caching, part 2", "Two.", toml=True))
    (tmp_path / "c.md").write_text('---\ntitle: ""\n---\n\nAn empty title is no title.\n')
    (tmp_path / "d.md").write_text('+++\ntitle = "  "\n+++\n\nA blank one neither.\n')
    (tmp_path / "e.md").write_text("No title at all.\n")
    (tmp_path / "f.md").write_text("Still no title.\n")
    found = meta017(check_json("--select", "META017", "--no-cache", str(tmp_path)))
    assert found == {name: [] for name in ("a.md", "b.md", "c.md", "d.md", "e.md", "f.md")}
    # A number is a title too (site generators print it as written).
    (tmp_path / "c.md").write_text("---\ntitle: 1984\n---\n\nOne.\n")
    (tmp_path / "d.md").write_text("+++\ntitle = 1984\n+++\n\nTwo.\n")
    found = meta017(check_json("--select", "META017", "--no-cache", str(tmp_path)))
    assert [(line, related) for line, _, related in found["c.md"]] == [(2, [("d.md", 2)])]


def test_meta017_duplicate_title_in_the_export(tmp_path: Path) -> None:
    """The export's title line; across formats too (a Markdown post with the same title)."""
    (tmp_path / "a.txt").write_text(S0)
    title = "Practical guide to reducing build time with Python services"
    (tmp_path / "b.md").write_text(post(title, "The same article, moved to the blog."))
    (tmp_path / "c.txt").write_text(seed("002"))  # another title
    found = meta017(check_json("--select", "META017", "--no-cache", str(tmp_path)))
    assert found == {
        "a.txt": [
            (
                3,
                "title 'practical guide to reducing build time with python services' is also the title of "
                f"1 other article, e.g. {tmp_path}/b.md:2",
                [("b.md", 2)],
            )
        ],
        "b.md": [(2, f"title {title!r} is also the title of 1 other article, e.g. {tmp_path}/a.txt:3", [("a.txt", 3)])],
        "c.txt": [],
    }
    (tmp_path / "b.md").write_text(post(title + " (part 2)", "Renamed."))
    renamed = replace_once(S0, "practical guide to reducing build time", "practical guide to improving asset delivery")
    (tmp_path / "d.txt").write_text(renamed)  # now titled as c.txt is
    found = meta017(check_json("--select", "META017", "--no-cache", str(tmp_path)))
    assert found["a.txt"] == [] and found["b.md"] == []
    assert [(line, related) for line, _, related in found["c.txt"]] == [(3, [("d.txt", 3)])]


def test_meta017_in_the_seeds_and_the_helper_articles(tmp_path: Path) -> None:
    """The seeds have five titles; the test articles (helpers.article) one each."""
    assert all(v == [] for v in meta017(check_json("--select", "META017", "--no-cache", str(SEEDS))).values())
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(article(i, VARIANTS[0]))
    assert all(v == [] for v in meta017(check_json("--select", "META017", "--no-cache", str(tmp_path))).values())
