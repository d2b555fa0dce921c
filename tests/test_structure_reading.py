"""benchmarks/structure_reading.py: the converter's lines against the parser's reading of them."""

from __future__ import annotations

import sys
from pathlib import Path

from helpers import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import structure_reading

PAGE = """\
# Faster container builds

Caching the dependency layer cuts most of the build time for a typical service, as the numbers below show.

## Install the tool

Run the installer once on each machine that builds images, then check that the version it prints is the one
you expect, because an older copy on the path would be found first and would ignore the new options.

```bash
pip install buildcache
buildcache --version
```

## Does it work offline?

Yes: the cache lives in a local folder next to the project, and nothing is fetched after the first build, so a
laptop on a train rebuilds as fast as the build server does, as long as the base image has not changed since.

- it keeps one folder per project
- it never deletes a layer that an image still uses

## Configure the cache

The configuration file sits at the root of the repository and names the folder, the largest size it may grow to,
and how long an unused layer is kept before it is removed to make room for new ones.

```toml
[cache]
folder = ".buildcache"
max_size = "20 GB"
```

The defaults suit most projects, and a team that shares a build server usually raises only the largest size.
"""


def test_a_page_read_as_written(tmp_path: Path) -> None:
    page = tmp_path / "buildcache-1.0" / "docs" / "guide.md"
    page.parent.mkdir(parents=True)
    page.write_text(PAGE, encoding="utf-8")
    table, examples, articles = structure_reading.measure(tmp_path, 10)
    assert articles == 1
    assert dict(table) == {
        ("heading", "right"): 3,
        ("para", "right"): 4,
        ("list", "right"): 1,
        ("code", "right"): 2,
    }, dict(examples)


def test_each_misreading_is_named() -> None:
    # Lines 10 to 12 were written as code; 14 as a heading, 16 as a paragraph.
    written = dict.fromkeys(range(10, 13), "code") | {13: "blank", 14: "heading", 15: "blank", 16: "para"}
    code, heading, para = ("code", 10, 12, "a\nb\nc"), ("heading", 14, 14, "Next"), ("para", 16, 16, "Words.")
    # Read as written.
    right = {10: ("code", 10), 11: ("code", 10), 12: ("code", 10), 14: ("heading", 14), 16: ("paragraph", 16)}
    assert [structure_reading.judge(i, right, written) for i in (code, heading, para)] == ["right"] * 3
    # The code's last line read as a heading, the heading as a paragraph merged with the paragraph after it.
    wrong = right | {12: ("heading", 12), 14: ("paragraph", 14), 16: ("paragraph", 14)}
    assert structure_reading.judge(code, wrong, written) == "partly read as heading"
    assert structure_reading.judge(heading, wrong, written) == "read as paragraph"
    assert structure_reading.judge(para, wrong, written) == "merged with heading"
    # The code read with the paragraph after it as one block.
    merged = right | {16: ("code", 10)}
    assert structure_reading.judge(code, merged, written) == "merged with para"
    assert structure_reading.judge(para, merged, written) == "read as code"


def test_a_misread_code_lines_shape() -> None:
    lines = ["# build it", "make all", "", "Done."]
    shape = structure_reading.code_line_shape
    assert shape(lines[0], 0, lines) == "comment, first"
    assert shape(lines[1], 1, lines) == "three words or fewer, middle"
    assert shape(lines[3], 3, lines) == "three words or fewer, last"
    assert shape("The build is done now.", 0, ["The build is done now."]) == "sentence-like, alone"


def test_rendered_paragraphs_compare(tmp_path: Path) -> None:
    import rendered_paragraphs

    page = tmp_path / "page.md"
    page.write_text('# Page\n\nFirst words.\n\n!!! note "Title"\n    Words in a note.\n\n```text\ncode\n```\n')
    # As Python-Markdown with the admonition extension renders it: two paragraphs (the title is no <p>).
    rendered = {str(page): ["First words.", "Words in a note."]}
    assert rendered_paragraphs.compare(rendered, 0) == (2, 2, 2, 2)
    rendered[str(page)].append("A paragraph lintkit does not have.")
    assert rendered_paragraphs.compare(rendered, 0) == (3, 2, 2, 2)
