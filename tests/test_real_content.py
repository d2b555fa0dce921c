"""Content teams' Markdown never tuned on (benchmarks/fetch_content.py: Bootstrap's Hugo docs, AstroPaper's
and other blogs' posts): what their first contact showed misread, as realistic fixtures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from helpers import check_json, lint

from lintkit.formats import FORMATS, parse_bytes
from lintkit.near import differs_in_what_matters

# Bootstrap's `about/team.md`: a Hugo inline shortcode whose Go template writes one avatar per member.
TEAM = """---
layout: docs
title: Team
description: An overview of the founding team and core contributors to Bootstrap.
group: about
---

Bootstrap is maintained by the founding team and a small group of invaluable core contributors.

{{< team.inline >}}
<div class="list-group mb-3">
  {{- range (index $.Site.Data "core-team") }}
    <a class="list-group-item d-flex align-items-center" href="https://github.com/{{ .user }}">
      <img src="https://github.com/{{ .user }}.png" alt="@{{ .user }}" width="32" height="32" class="rounded me-2">
      <span><strong>{{ .name }}</strong> @{{ .user }}</span>
    </a>
  {{ end -}}
</div>
{{< /team.inline >}}

![Our logo]({{ site.baseurl }}/assets/img/logo.png)

![The team at the 2019 meetup]({{ "/assets/img/meetup.jpg" | relative_url }})
"""


def test_an_image_source_a_template_fills_in_is_no_url_yet(tmp_path: Path) -> None:
    """`https://github.com/{{ .user }}.png` was IMG001 (`it contains a space`) and, in Bootstrap 4's and 5's
    docs both, DUP006; Jekyll's `{{ site.baseurl }}/...` and `relative_url` are the same class. The images
    are still images (their alt text is read)."""
    article = parse_bytes(TEAM.encode(), "team.md", FORMATS["markdown"])
    assert [(i.url.value, i.line) for i in article.images] == [
        ("https://github.com/{{ .user }}.png", 14),
        ("{{ site.baseurl }}/assets/img/logo.png", 21),
        ('{{ "/assets/img/meetup.jpg" | relative_url }}', 23),
    ]
    assert lint(TEAM, ["IMG001", "IMG002", "IMG008", "IMG009"], path="team.md") == []
    assert lint(TEAM.replace('alt="@{{ .user }}" ', ""), ["IMG009"], path="team.md") == [("IMG009", 14)]
    for version in ("4.6", "5.2"):
        (tmp_path / version).mkdir()
        (tmp_path / version / "team.md").write_text(TEAM)
    doc = check_json("--select", "DUP006,IMG001", "--no-cache", str(tmp_path))
    assert [x for f in doc["files"] for x in f["findings"]] == []
    # A url written out is still one.
    (tmp_path / "5.2" / "team.md").write_text(TEAM.replace("{{ .user }}.png", "mdo.png"))
    (tmp_path / "4.6" / "team.md").write_text(TEAM.replace("{{ .user }}.png", "mdo.png"))
    doc = check_json("--select", "DUP006", "--no-cache", str(tmp_path))
    assert sorted((Path(f["path"]).parent.name, x["line"]) for f in doc["files"] for x in f["findings"]) == [
        ("4.6", 14),
        ("5.2", 14),
    ]


def test_a_link_to_a_url_a_template_writes_reads_as_its_label() -> None:
    """Bootstrap's `[CSS custom properties]({{< docsref "/customize/css-variables" >}})` read as
    `CSS custom properties()`, and a Jekyll image `![alt]({{ site.baseurl }}/a.png)` as `alt(/a.png)`
    (CommonMark's destination holds no blank; the site has written a url there before it renders)."""
    text = """---
title: Background
---

Consider reading about our included [CSS custom properties]({{< docsref "/customize/css-variables" >}})
(aka CSS variables) for colors and more. [Get involved]({{< param repo >}}/issues/new) or read
[the release notes]({% link _posts/2022-07-19-release.md %}) and [`.bg-*`](/docs/{{ .Site.Params.docs_version }}/bg/).

![The logo]({{ site.baseurl }}/assets/img/logo.png) and [a broken one]({{ site.baseurl }} (no url.
"""
    article = parse_bytes(text.encode(), "post.md", FORMATS["markdown"])
    lines = [(ln.text, ln.line) for b in article.lead for ln in b.lines]
    assert lines == [
        ("Consider reading about our included CSS custom properties", 5),
        ("(aka CSS variables) for colors and more. Get involved or read", 6),
        ("the release notes and .bg-*.", 7),
        ("and a broken one( (no url.", 9),
    ]
    assert [(i.url.value, i.line) for i in article.images] == [("{{ site.baseurl }}/assets/img/logo.png", 9)]


# AstroPaper's posts: remark-toc writes the table of contents under this heading when the site is built.
POST = """---
author: Sat Naing
pubDatetime: 2022-09-23T15:22:00Z
title: Adding new posts in AstroPaper theme
tags:
  - docs
description: Some rules and recommendations for creating or adding new posts using AstroPaper blog theme.
---

Here are some rules/recommendations, tips & ticks for creating new posts in AstroPaper blog theme.

## Table of contents

## Frontmatter

Frontmatter is the main place to store some important information about the post.

## Contents

## Summary
"""


def test_an_empty_table_of_contents_heading_is_filled_by_the_build() -> None:
    """remark-toc's heading (`Table of contents`, `Contents`, `TOC`), left empty in the source: 8 STR004
    on AstroPaper's posts. Any other empty heading is still one, and so is the last section."""
    assert lint(POST, ["STR004"], path="post.md") == [("STR004", 20)]
    assert lint(POST.replace("## Table of contents", "## Background"), ["STR004"], path="post.md") == [
        ("STR004", 12),
        ("STR004", 20),
    ]


def test_directions_and_visibility_are_opposites() -> None:
    """Bootstrap's symmetric entries, 8 DUP002 at first contact; a class name holding the pair
    (`.dropstart` / `.dropend`, `.dropup-center` / `.dropdown-center`) as well as the word."""
    pairs = [
        (
            "Position an element at the top of the viewport, from edge to edge. Be sure you understand the "
            "ramifications of fixed position in your project; you may need to add additional CSS.",
            "Position an element at the bottom of the viewport, from edge to edge. Be sure you understand the "
            "ramifications of fixed position in your project; you may need to add additional CSS.",
        ),
        (
            "Trigger dropdown menus at the left of the elements by adding `.dropstart` to the parent element.",
            "Trigger dropdown menus at the right of the elements by adding `.dropend` to the parent element.",
        ),
        (
            "Make the dropup menu centered above the toggle with `.dropup-center` on the parent element.",
            "Make the dropdown menu centered below the toggle with `.dropdown-center` on the parent element.",
        ),
        (
            "Cycles to the previous item. **Returns to the caller before the previous item has been shown**.",
            "Cycles to the next item. **Returns to the caller before the next item has been shown**.",
        ),
        (
            "Shows a collapsible element. Returns to the caller before it has actually been shown.",
            "Hides a collapsible element. Returns to the caller before it has actually been hidden.",
        ),
        # Node's reference, the same pairs inside names: `fs.readFile()` / `fs.writeFile()`.
        (
            "For detailed information, see the documentation of the asynchronous version of this API: "
            "[`fs.readFile()`][].",
            "For detailed information, see the documentation of the asynchronous version of this API: "
            "[`fs.writeFile()`][].",
        ),
    ]
    for a, b in pairs:
        assert differs_in_what_matters(a, b), (a, b)
    # Other words stay near repeats: a callout's kind, a package manager. (A pair beside another change says
    # two cases: `Move the menu to the top` / `Move the toolbar to the bottom`, test_real_opposites.py.)
    repeats = [
        (
            "**This is an info callout.** Example text to show it in action.",
            "**This is a warning callout.** Example text to show it in action.",
        ),
        (
            "Install Bootstrap in your Node.js powered apps with the npm package:",
            "Install Bootstrap in your Node.js powered apps with the yarn package:",
        ),
        ("Sets the frontend timeout.", "Sets the backend timeout."),
    ]
    for a, b in repeats:
        assert not differs_in_what_matters(a, b), (a, b)


def test_hexo_front_matter_without_its_opening_fence() -> None:
    """hexo-theme-reimu's example post, as Hexo 2's `hexo new` wrote it: YAML up to the first `---` line,
    no `---` above it. It was read as a setext heading (STR002: no title)."""
    text = """title: Hello World
date: 2013-12-24 17:49:32
tags:
  - hexo
---

Welcome to [Hexo](http://zespia.tw/hexo)! This is your very first post.
"""
    article = parse_bytes(text.encode(), "hello-world.md", FORMATS["markdown"])
    assert article.title is not None and article.title.text == "Hello World"
    assert (article.meta_line, article.body_start) == (1, 6)
    assert article.fields.get("published") == (dt.date(2013, 12, 24), 2)
    assert lint(text, ["STR002", "META015"], path="hello-world.md") == []
    # Prose above a thematic break or a setext underline stays the body's: no key, no `title`, a line of prose.
    for body in (
        "Note: this page moved.\n---\n\nRead on.\n",
        "Summary: a short one\nAuthor: me\n---\n",
        "title: Hello\nand more text\n---\n",
    ):
        found = parse_bytes(body.encode(), "post.md", FORMATS["markdown"])
        assert found.meta_line is None and found.body_start == 1, body
    # Lines that look like keys but are no YAML: the body's too.
    broken = parse_bytes(b"title: [unclosed\ndate: x\n---\n\nText.\n", "post.md", FORMATS["markdown"])
    assert broken.meta_line is None and broken.body_start == 1
