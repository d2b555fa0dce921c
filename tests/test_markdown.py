"""The Markdown format: front matter with lines, sections by level, blocks, images, suppressions."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import lint

from lintkit.cli import main
from lintkit.formats import FORMATS, parse_bytes
from lintkit.formats.markdown import front_matter
from lintkit.model import BlockKind, ImageOrigin, Role

MARKDOWN = FORMATS["markdown"]

POST = """---
title: "Version 2 is out!"
date: 2024-01-02
lastmod: 2024-03-01T10:00:00Z
tags: [release, notes]
checklist:
  - upgrade the client
  - read the changelog
---

# Version 2 is out!

The new release ships a faster parser and ![the parser at work](https://example.com/p.png).
It also drops Python 3.8 {{< badge "deprecated" >}}.

## What changes for you?

- [ ] upgrade the client
- [x] read the changelog

## Under the hood

### The parser

| stage | time |
|---|---|
| lex | 2 ms |

> Quoted advice stays prose[^1].

```rust
fn main() { println!("hi"); }
```

    $ cargo build --release

[^1]: A footnote is prose too.

<img src="/images/diagram.png" alt="The pipeline">
"""


def parse(text: str, path: str = "post.md"):  # type: ignore[no-untyped-def]
    return parse_bytes(text.encode(), path, MARKDOWN)


def test_front_matter_keys_with_their_lines_and_types() -> None:
    article = parse(POST)
    front = front_matter(article)
    assert front.kind == "yaml" and front.error is None
    lines = {k: v.line for k, v in front.keys.items()}
    assert lines == {"title": 2, "date": 3, "lastmod": 4, "tags": 5, "checklist": 6}
    assert article.fields.get("published") == (dt.date(2024, 1, 2), 3)
    assert article.fields.get("updated") == (dt.date(2024, 3, 1), 4)  # a datetime keeps its date
    items = article.fields.get("checklist")
    assert items is not None and [(i.value, i.line) for i in items.value] == [
        ("upgrade the client", 7),
        ("read the changelog", 8),
    ]
    assert article.meta_line == 1 and article.body_start == 10


def test_sections_blocks_and_roles() -> None:
    article = parse(POST)
    assert article.title is not None and (article.title.text, article.title.line) == ("Version 2 is out!", 11)
    [intro] = article.lead
    assert [(ln.text, ln.line) for ln in intro.lines] == [
        ("The new release ships a faster parser and .", 13),
        ("It also drops Python 3.8 .", 14),  # the shortcode is not prose
    ]
    assert [(s.heading.text, s.level, s.role) for s in article.sections] == [
        ("What changes for you?", 2, Role.BODY),  # a task list, but not at the end: text
        ("Under the hood", 2, Role.BODY),
        ("The parser", 3, Role.BODY),
    ]
    tasks, hood, parser = article.sections
    assert article.checklist is None
    assert [(i.text, i.line) for i in tasks.list_items] == [("upgrade the client", 18), ("read the changelog", 19)]
    assert hood.blocks == ()
    kinds = [(b.kind, b.line, b.language) for b in parser.blocks]
    assert kinds == [
        (BlockKind.TABLE, 25, None),
        (BlockKind.PARAGRAPH, 29, None),
        (BlockKind.CODE, 32, "rust"),
        (BlockKind.CODE, 35, ""),  # indented: no language declared
        (BlockKind.PARAGRAPH, 37, None),  # the footnote
        (BlockKind.MARKUP, 39, None),  # raw HTML: content, not prose
    ]
    assert parser.blocks[0].items[2].text == "lex"


def test_images_from_every_syntax() -> None:
    text = POST + "\n![ref image][logo]\n\n[logo]: https://example.com/logo.svg\n"
    images = parse(text).images
    assert all(i.origin is ImageOrigin.MARKUP for i in images)
    assert [(i.line, i.url.value, i.alt.value) for i in images if i.url and i.alt] == [
        (13, "https://example.com/p.png", "the parser at work"),
        (39, "/images/diagram.png", "The pipeline"),
        (41, "https://example.com/logo.svg", "ref image"),
    ]


def test_toml_front_matter_gives_the_same_fields() -> None:
    toml = POST.replace(
        POST[: POST.index("---\n\n") + 4],
        '+++\ntitle = "Version 2 is out!"\ndate = 2024-01-02\nlastmod = 2024-03-01T10:00:00Z\n'
        'tags = ["release", "notes"]\nchecklist = [\n  "upgrade the client",\n  "read the changelog"]\n+++\n',
    )
    yaml_article, toml_article = parse(POST), parse(toml)
    assert front_matter(toml_article).kind == "toml"
    for key in ("title", "published", "updated", "checklist"):
        assert toml_article.fields.get(key) == yaml_article.fields.get(key), key
    assert lint(POST, path="a.md") == lint(toml, path="a.md")


@pytest.mark.parametrize(
    ("front", "message", "line"),
    [
        ("---\ntitle: Python: the good parts\n---\n", "invalid YAML: mapping values are not allowed", 2),
        ("---\n- a\n- b\n---\n", "front matter must be a mapping of keys to values, not a list", 2),
        ("---\ntitle: never closed\n", "the front matter opened here is never closed (no --- line)", 1),
        (
            '+++\ntitle = "a"\ntitle = "b"\n+++\n',
            "invalid TOML: Cannot overwrite a value",
            3,
        ),  # at its end: the last line
    ],
)
def test_front_matter_that_does_not_parse(front: str, message: str, line: int) -> None:
    article = parse(front + "\n# Title\n\nBody text here.\n")
    error = front_matter(article).error
    assert error is not None and error[0].startswith(message) and error[1] == line
    assert article.fields.get("title") is None
    assert article.title is not None and article.title.text == "Title"  # the body is read all the same


def test_crlf_bom_and_mdx_lines() -> None:
    text = "\ufeff---\r\ntitle: T\r\n---\r\nimport Tabs from '@theme/Tabs';\r\n\r\n## Part\r\n\r\nText here.\r\n"
    article = parse(text, "page.mdx")
    assert article.fields.get("title") == ("T", 2)
    [section] = article.sections
    assert (section.heading.line, [b.line for b in section.blocks]) == (6, [8])
    assert article.lead == ()  # the import line is not prose


def test_template_tags_are_not_prose() -> None:
    text = '# T\n\n{{< youtube id="x" >}}\n\n{% raw %}\n\n{{% notice info %}}\nKept prose.\n{{% /notice %}}\n'
    article = parse(text)
    assert [[ln.text for ln in b.lines] for b in article.prose()] == [["Kept prose."]]
    assert [b.kind for b in article.lead] == [BlockKind.MARKUP, BlockKind.MARKUP, BlockKind.PARAGRAPH]


def test_suppression_comments() -> None:
    body = "---\ntitle: T\n---\n\n![](a.png)\n\n<!-- lintkit-disable-next-line IMG009 -->\n![](b.png)\n\n"
    body += "<!-- lintkit-disable IMG -->\n![](c.png)\n<!-- lintkit-enable IMG -->\n\n![](d.png)\n"
    assert lint(body, ["IMG009"], path="a.md") == [("IMG009", 5), ("IMG009", 14)]
    assert lint("<!-- lintkit-disable-file -->\n" + body, ["IMG009"], path="a.md") == []
    assert lint("<!-- lintkit-disable-file META -->\n" + body, ["IMG009"], path="a.md") != []
    # A comment shown in a code block is an example, not a directive.
    fenced = body.replace("<!-- lintkit-disable IMG -->", "```html\n<!-- lintkit-disable IMG -->\n```")
    assert ("IMG009", 13) in lint(fenced, ["IMG009"], path="a.md")


def test_no_finding_that_misreads_markdown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A clean post in several languages, with headings ending in ?, reference
    links and a Rust block, gets no finding from any rule."""
    monkeypatch.chdir(tmp_path)  # with the site's image under static/ (IMG008)
    (tmp_path / "static" / "images").mkdir(parents=True)
    (tmp_path / "static" / "images" / "diagram.png").write_bytes(b"\x89PNG")
    text = POST.replace("lastmod: 2024-03-01T10:00:00Z", "lastmod: 2026-10-01").replace(
        "tags:", 'description: "What version 2 changes, how to upgrade, and what happens under the hood."\ntags:'
    )
    text = text.replace("## Under the hood\n", "## Under the hood\n\nThe changes below are internal.\n")
    text = text.replace("[^1]: A footnote is prose too.", "See the notes[^1].\n\n[^1]: A footnote is prose too.")
    text = text.replace("- [x] read the changelog", "- [x] read the changelog\n- [ ] run the tests").replace(
        "  - read the changelog\n", "  - read the changelog\n  - run the tests\n"
    )
    assert lint(text, path="post.md") == []


def test_front_matter_after_blank_lines_is_read_as_hugo_reads_it() -> None:
    """Hugo skips blank lines before the front matter (Docker's reference pages
    open with one): the keys keep their lines, and the block is no setext heading."""
    article = parse("\n" + POST)
    front = front_matter(article)
    assert front.kind == "yaml" and front.error is None
    assert {k: v.line for k, v in front.keys.items()} == {
        "title": 3,
        "date": 4,
        "lastmod": 5,
        "tags": 6,
        "checklist": 7,
    }
    assert article.meta_line == 2 and article.body_start == 11
    assert lint("\n" + POST, ["STR004", "META015"], path="post.md") == lint(POST, ["STR004", "META015"], path="post.md")
    assert front_matter(parse("\n\nSome text.\n\n---\ntitle: x\n---\n")).kind is None  # text first: none


def test_without_front_matter_every_line_is_read() -> None:
    article = parse("# Title\n\n## License\n\n[BSD-2-Clause](https://example.com/LICENSE)")
    assert article.title is not None and article.title.text == "Title"
    [section] = article.sections
    assert [(b.line, b.text) for b in section.blocks] == [(5, "BSD-2-Clause")]


def test_a_folder_of_markdown_is_walked_and_an_empty_one_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "post.md").write_text("# Title\n\nSome text.\n")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.rst").write_text("Notes\n=====\n")
    walked = CliRunner().invoke(main, ["check", "--format", "json", str(tmp_path / "content")])
    assert walked.exit_code == 0 and [f["format"] for f in json.loads(walked.stdout)["files"]] == ["markdown"]
    empty = CliRunner().invoke(main, ["check", str(tmp_path / "other")])
    assert empty.exit_code == 2 and "no file to lint under" in empty.output and "*.md" in empty.output


# -- what a review found (each a minimal file) ---------------------------------------


def test_lines_after_a_code_span_an_alt_text_or_a_tag_over_two_lines() -> None:
    text = (
        "# Drift\n\nPara with `code that\nspans` lines\n![](one.png)\n\nAlt ![over\ntwo](two.png) and\n![](three.png)\n"
    )
    text += "\nA <span\nclass='x'>tag</span> then\n![](four.png)\n"
    assert lint(text, ["IMG009"], path="a.md") == [("IMG009", 5), ("IMG009", 9), ("IMG009", 13)]


def test_suppressions_close_by_code_in_any_order_and_count_from_the_comment_end() -> None:
    text = "# S\n\n<!-- lintkit-disable IMG009, STR004 -->\n![](d.png)\n\n<!-- lintkit-enable STR004 IMG009 -->\n\n"
    text += "![](e.png)\n\n<!-- lintkit-disable-next-line\n     IMG009 -->\n![](f.png)\n"
    assert lint(text, ["IMG009"], path="a.md") == [("IMG009", 8)]


def test_dates_as_site_generators_write_them() -> None:
    jekyll = parse("---\ntitle: J\ndate: 2024-01-01 10:00:00 +0000\nlastmod: '2025-10-01T09:00:00Z'\n---\n\nText.\n")
    assert jekyll.fields.get("published") == (dt.date(2024, 1, 1), 3)
    assert jekyll.fields.get("updated") == (dt.date(2025, 10, 1), 4)


def test_a_list_of_images_is_content_and_early_task_lists_are_text() -> None:
    gallery = "# G\n\n## Photos\n\n- ![A red barn](barn.jpg)\n- ![A field](field.jpg)\n\n## More\n\nText.\n"
    assert lint(gallery, ["STR004"], path="a.md") == []
    steps = "# T\n\n## Before you start\n\n- [ ] Node 20\n- [ ] A GitHub account\n\n## Steps\n\nDo things.\n"
    assert parse(steps).checklist is None
    assert lint(steps, ["CHK"], path="a.md") == []


def test_mdx_statements_over_several_lines_are_not_prose() -> None:
    article = parse("import Tabs from '@theme/Tabs';\nexport const meta = {\n  a: 1,\n};\n\n# MDX\n\nText.\n", "p.mdx")
    assert [b.text for b in article.lead] == ["Text."]  # under the title: no import, no export


def test_a_toml_key_line_skips_multi_line_strings() -> None:
    article = parse('+++\ntitle = "T"\ndescription = """\ndate = nope\n"""\ndate = "bad"\n+++\n\nText.\n')
    assert front_matter(article).keys["date"].line == 6


def test_an_export_only_run_imports_no_markdown_or_yaml_parser() -> None:
    """Start-up is what a pre-commit run pays on every commit: the Markdown
    parsers are imported when a Markdown file is read, not before."""
    import subprocess
    import sys

    code = (
        "import sys, lintkit.cli, lintkit.pipeline.run\n"
        "print(sorted(m for m in ('yaml', 'markdown_it', 'jsonschema') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_code_set_inline_alone_is_code_not_prose() -> None:
    # An API reference's signatures, each a paragraph of its own (pg_partman's, mimeo's): code, which DUP002
    # found near duplicates of each other as prose. A paragraph with a code span among its words is prose.
    text = (
        "# Functions\n\n"
        "*`create_parent(p_parent_table text, p_control text) RETURNS boolean`*\n\n"
        "*logdel_maker(p_src_table text, p_dblink_id int, p_dest_table text DEFAULT NULL)*  \n\n"
        "`pip install pg-partman`\n\n"
        "Run `pip install pg-partman` first, then call the function.\n\n"
        "*Note (optional)*\n\n"
        "- `a list entry` stays an entry\n"
    )
    blocks = parse(text).lead
    assert [(b.kind, b.line) for b in blocks] == [
        (BlockKind.CODE, 3),
        (BlockKind.CODE, 5),
        (BlockKind.CODE, 7),
        (BlockKind.PARAGRAPH, 9),
        (BlockKind.PARAGRAPH, 11),
        (BlockKind.LIST, 13),
    ]
    assert blocks[0].text == "create_parent(p_parent_table text, p_control text) RETURNS boolean"


CONTAINERS = """\
# Containers

## Admonition

!!! note "Read this first"
    The cache is local to each machine.

    ```python
    CACHE = {}
    ```

## Tabs

=== "Rust"

    ```rust
    let cache = HashMap::new();
    ```

=== "Words"
    A tab of prose.

## Docusaurus

:::tip[Faster]
Warm the cache before the first build.
:::

## MyST

```{note}
:class: dropdown
A note in a directive.
```

```{code-block} python
:linenos:
print("cached")
```

```{literalinclude} ../src/example.py
:language: python
```

/// warning | Careful
    type: warning

The cache is never shared.
///

## API

::: my_package.cache
    options:
      show_source: false

## Sample

```markdown
!!! note
    shown as written
```
"""


def test_vitepress_containers_and_an_api_reference_right_above_prose() -> None:
    text = "# Page\n\n::: details Click me\nHidden words under the marker.\n:::\n\n::: griffe\nWords right after.\n"
    assert [(b.kind, b.line, b.text) for b in parse(text).lead] == [
        (BlockKind.PARAGRAPH, 4, "Hidden words under the marker."),
        (BlockKind.MARKUP, 7, ""),
        (BlockKind.PARAGRAPH, 8, "Words right after."),
    ]


def test_documentation_containers_are_read_as_the_site_renders_them() -> None:
    # MkDocs admonitions and tabs (content indented four spaces), Docusaurus admonitions, MyST directives,
    # pymdown-extensions blocks and mkdocstrings' `:::` are prose, code and markup at their own lines,
    # not indented code or paragraphs holding their markers; a fenced sample of the syntax stays as written.
    article = parse(CONTAINERS)
    read = {s.heading.text: [(b.kind, b.line, b.text, b.language) for b in s.blocks] for s in article.sections}
    assert read["Admonition"] == [
        (BlockKind.PARAGRAPH, 6, "The cache is local to each machine.", None),
        (BlockKind.CODE, 9, "CACHE = {}", "python"),
    ]
    assert read["Tabs"] == [
        (BlockKind.CODE, 17, "let cache = HashMap::new();", "rust"),
        (BlockKind.PARAGRAPH, 21, "A tab of prose.", None),
    ]
    assert read["Docusaurus"] == [(BlockKind.PARAGRAPH, 26, "Warm the cache before the first build.", None)]
    assert read["MyST"] == [
        (BlockKind.PARAGRAPH, 33, "A note in a directive.", None),
        (BlockKind.CODE, 38, 'print("cached")', "python"),
        (BlockKind.MARKUP, 41, "", None),
        (BlockKind.PARAGRAPH, 48, "The cache is never shared.", None),
    ]
    assert [b.kind for b in article.sections[4].blocks] == [BlockKind.MARKUP]  # the API reference: content
    assert read["Sample"] == [(BlockKind.CODE, 60, "!!! note\n    shown as written", "markdown")]
    assert lint(CONTAINERS, ["STR004"], path="a.md") == []


def test_emoji_shortcodes_are_glyphs_not_words() -> None:
    # `:white_check_mark: The following is considered correct:` (eslint-plugin-import's rule pages) is five
    # words, a label below DUP001's eight, not eight; times, urls and `a:b:` stay as written.
    text = "# T\n\n:white_check_mark: Correct at 10:30:00, see https://x.y/a:b: and :+1: done.\n"
    assert [b.text for b in parse(text).lead] == ["Correct at 10:30:00, see https://x.y/a:b: and done."]


def test_containers_never_closed_or_past_the_budget_are_left_as_commonmark_reads_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A directive never closed is code to the end of the page (CommonMark), and each such line once looked
    # for its closing line through the rest of the page: 20,000 of them took a minute.
    from lintkit.formats.markdown import containers

    unclosed = ["```{note}"] * 50 + ["!!! note", "    prose"]
    out = list(unclosed)
    containers.unwrap(out)
    assert out == unclosed
    # Past the lines a page may have looked at for closing lines, the rest is not rewritten.
    nested = ["````{note}", "```{tip}", "words", "```", "````", "!!! note", "    prose"]
    out = list(nested)
    containers.unwrap(out)
    assert out == ["", "", "words", "", "", "", "prose"]
    monkeypatch.setattr(containers, "MAX_LOOKED_AT", 3)  # spent on finding the first directive's closing line
    out = list(nested)
    containers.unwrap(out)
    assert out == ["", "```{tip}", "words", "```", "", "!!! note", "    prose"]


def test_a_headings_id_written_as_an_mdx_comment_is_no_part_of_it() -> None:
    """react.dev's posts give each heading its id as an MDX comment (`## Update Instructions
    {/*update-instructions*/}`): read whole, the heading was `Update Instructions {/update-instructions/}` (its
    `*`s taken for emphasis); a `{#id}` is left out the same way."""
    article = parse(
        "---\ntitle: Critical Security Vulnerability\n---\n\n# Critical Security Vulnerability\n\n"
        "There is a vulnerability in React Server Components.\n\n"
        "## Update Instructions {/*update-instructions*/}\n\nUpgrade to the patched version.\n\n"
        "## Next.js {#update-next-js}\n\nUpgrade Next.js too.\n"
    )
    headings = [s.heading.text for s in article.sections if s.heading is not None]
    assert headings[-2:] == ["Update Instructions", "Next.js"]
