"""Corpus rules: DUP004 (boilerplate paragraphs) and DUP006 (reused images), failing and passing fixtures."""

from __future__ import annotations

from pathlib import Path

from helpers import SEEDS, VARIANTS, article, check_json, dup004


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
