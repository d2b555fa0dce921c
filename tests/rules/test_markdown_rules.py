"""The rules on Markdown: a failing and a passing fixture for each, asserted exactly."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import check_json, lint, lint_findings

from lintkit.cli import main
from lintkit.formats import FORMATS, parse_bytes
from lintkit.formats.markdown import front_matter
from lintkit.model import Finding

GOOD = """---
title: Faster builds with caching
date: 2024-05-01
lastmod: 2026-10-01
description: How a build cache cut our CI time in half, and the three settings that mattered.
---

# Faster builds with caching

Our builds took twenty minutes. This post shows what we changed.

## Why was it slow?

Every job downloaded its dependencies again.

### The numbers

![Build time per week, falling from 20 to 9 minutes](/images/build-time.png)

```python
def cached(key):
    return key in CACHE
```

```json
{"cache": true, "ttl": 3600}
```

```rust
impl Cache { fn get(&self) -> Option<&str> { self.0.as_deref() } }
```
"""


def md(text: str, select: list[str], **options: object) -> list[tuple[str, int]]:
    return lint(text, select, options=options or None, path="post.md")


def md_findings(text: str, select: list[str]) -> list[Finding]:
    return lint_findings(text, select, path="post.md")


def test_the_good_post_is_clean_under_every_rule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # IMG008 looks for its image under static/
    (tmp_path / "static" / "images").mkdir(parents=True)
    (tmp_path / "static" / "images" / "build-time.png").write_bytes(b"\x89PNG")
    assert md(GOOD, ["ALL"]) == []


def _site(root: Path) -> None:
    """A Hugo-style site: a page bundle with its image, a post naming images
    of static/ in every way a source can be written, and some that are missing."""
    (root / "static" / "images").mkdir(parents=True)
    (root / "static" / "images" / "pipeline.png").write_bytes(b"\x89PNG")
    (root / "static" / "images" / "build time.png").write_bytes(b"\x89PNG")
    bundle = root / "content" / "posts" / "bundle"
    bundle.mkdir(parents=True)
    (bundle / "cover.png").write_bytes(b"\x89PNG")
    (bundle / "index.md").write_text(
        "---\ntitle: A bundle\n---\n\n# A bundle\n\n![The cover](cover.png)\n\n![The cover](./cover.png?v=2)\n"
    )
    (root / "content" / "posts" / "paths.md").write_text(
        "---\ntitle: Paths\nlastmod: 2026-11-01\n---\n\n# Paths\n\n"
        "![Found](/images/pipeline.png)\n\n"  # line 8: under static/
        "![Found](images/pipeline.png#center)\n\n"  # 10: relative, found under static/
        "![Found](/images/build%20time.png)\n\n"  # 12: %20 is a space
        "![Missing](/images/pipline.png)\n\n"  # 14
        "![Missing](diagram.svg)\n\n"  # 16
        '<img src="../../static/images/nope.png" alt="Missing">\n\n'  # 18
        "![Template]({{ .Site.BaseURL }}/a.png)\n\n"
        "![Url](https://example.com/a.png)\n\n"
        "![Inline](data:image/png;base64,iVBORw0KGgo=)\n\n"
        "![Reference][ref]\n\n"  # 26
        "[ref]: /images/missing-ref.png\n\n"
        "## Why it matters\n\n" + "A page with a broken image looks unfinished to its readers. " * 12 + "\n"
    )


def img008(doc: dict) -> dict[str, list[tuple[int, str]]]:
    return {
        Path(f["path"]).name: [(x["line"], x["message"]) for x in f["findings"] if x["code"] == "IMG008"]
        for f in doc["files"]
    }


def test_img008_missing_local_image(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _site(tmp_path)
    monkeypatch.chdir(tmp_path)
    found = img008(check_json("--no-cache", "--select", "IMG008", "content"))
    assert found["index.md"] == []
    assert [line for line, _ in found["paths.md"]] == [14, 16, 18, 26]
    messages = dict(found["paths.md"])
    assert messages[14] == "image '/images/pipline.png' not found under static, public, docs, ."
    assert messages[16] == "image 'diagram.svg' not found next to the article, nor under static, public, docs, ."
    # static_dirs names the folders a site serves at its root, relative to the config's folder.
    (tmp_path / "lintkit.toml").write_text('static_dirs = ["assets"]\n')
    found = img008(check_json("--no-cache", "--select", "IMG008", "content"))
    assert [line for line, _ in found["paths.md"]] == [8, 10, 12, 14, 16, 18, 26]
    assert found["index.md"] == []  # a page bundle's own files need no static folder


def test_img008_finds_the_static_folder_of_a_site_in_a_sub_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A repository with its site in `website/`, linted from the top: the
    site's static/ is looked for from the article's folder up."""
    _site(tmp_path / "website")
    monkeypatch.chdir(tmp_path)
    found = img008(check_json("--no-cache", "--select", "IMG008", "website"))
    assert found["index.md"] == []
    assert [line for line, _ in found["paths.md"]] == [14, 16, 18, 26]


def test_img008_follows_the_files_on_a_warm_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The result comes from the cache, the image's presence does not: adding
    the file makes the finding go, removing it brings it back, without the
    article changing; and the quality score does not move either way."""
    _site(tmp_path)
    monkeypatch.chdir(tmp_path)

    def run() -> tuple[list[int], dict]:
        doc = check_json("--select", "IMG008,DUP004", "content")
        [paths] = [f for f in doc["files"] if f["path"].endswith("paths.md")]
        return [x["line"] for x in paths["findings"] if x["code"] == "IMG008"], paths["scores"]

    lines, scores = run()
    assert lines == [14, 16, 18, 26] and scores["computed"]["quality"] > 0
    assert run() == (lines, scores)  # replayed
    missing = tmp_path / "static" / "images" / "pipline.png"
    missing.write_bytes(b"\x89PNG")
    assert run() == ([16, 18, 26], scores)
    missing.unlink()
    assert run() == (lines, scores)


def test_meta015_front_matter_syntax() -> None:
    broken = GOOD.replace("title: Faster builds with caching", "title: Faster builds: with caching")
    findings = lint_findings(broken, ["META015"], path="post.md")
    assert [(f.code, f.line) for f in findings] == [("META015", 2)]
    assert findings[0].message.startswith("invalid YAML: mapping values are not allowed")
    assert md(GOOD, ["META015"]) == []
    # The body is checked all the same.
    assert ("CODE001", 21) in md(broken.replace("def cached(key):", "def cached(key)"), ["CODE001", "META015"])
    # Its title is unknown, not missing: no STR002 beside META015 (Backstage's `title: Starting Phase 2: The Service
    # Catalog`, its post without a first-level heading); a post with neither still has STR002.
    headless = broken.replace("# Faster builds with caching\n", "")
    assert md(headless, ["STR002", "META015"]) == [("META015", 2)]
    untitled = GOOD.replace("title: Faster builds with caching\n", "").replace("# Faster builds with caching\n", "")
    assert [c for c, _ in md(untitled, ["STR002"])] == ["STR002"]


def test_meta016_title_heading_mismatch() -> None:
    other = GOOD.replace("# Faster builds with caching", "# Faster CI builds")
    findings = lint_findings(other, ["META016"], path="post.md")
    assert [(f.code, f.line, f.related[0].line) for f in findings] == [("META016", 8, 2)]
    assert md(GOOD.replace("# Faster builds with caching", "# faster builds  with caching!"), ["META016"]) == []
    assert md(GOOD.replace("# Faster builds with caching\n", ""), ["META016"]) == []  # the title alone
    # A subtitle after a separator, on either side, names the same article (kura's release posts).
    assert md(GOOD.replace("# Faster builds with caching", "# Faster builds"), ["META016"]) != []
    for heading in ("# Faster builds with caching - a CI story", "# Faster builds with caching: the numbers"):
        assert md(GOOD.replace("# Faster builds with caching", heading), ["META016"]) == []
    assert md(GOOD.replace("# Faster builds with caching", "# Faster builds with caching-layers"), ["META016"]) != []


def test_meta016_a_post_writing_its_sections_with_first_level_headings() -> None:
    """A post titled by its front matter that writes its sections with `#` has no title heading: prose
    before the first (Rust 1.52.1: its announcement, then `# Summary`), or another `#` after it (Node's
    `# Summary`, then `# The Incident`). The sections are kept; META016 has nothing to compare."""
    prose_first = GOOD.replace(
        "# Faster builds with caching\n\nOur builds", "Our builds took long.\n\n# Summary\n\nOur builds"
    )
    assert md(prose_first, ["META016"]) == []
    article = parse_bytes(prose_first.encode(), "post.md", FORMATS["markdown"])
    assert article.title is not None and article.title.text == "Faster builds with caching"
    assert next(s.heading.text for s in article.sections) == "Summary"
    two = GOOD.replace("# Faster builds with caching", "# Summary").replace("## Why was it slow?", "# Why was it slow?")
    assert md(two, ["META016"]) == []
    # A heading of the first level alone at the top is the page's title: it still differs.
    assert md(GOOD.replace("# Faster builds with caching", "# Summary"), ["META016"]) != []
    # The front matter's title said again over sections of the first level (LLVM's `# Effective Tuning ...
    # Compiler.`, then `# Introduction`): the title, not a section with nothing under it (a false STR004).
    again = GOOD.replace("# Faster builds with caching", "# Faster builds with caching.\n\n# Introduction")
    again = again.replace("## Why was it slow?", "# Why was it slow?")
    article = parse_bytes(again.encode(), "post.md", FORMATS["markdown"])
    assert article.title is not None and article.title.text == "Faster builds with caching."
    assert [s.heading.text for s in article.sections][:2] == ["Introduction", "Why was it slow?"]
    assert md(again, ["STR004", "META016"]) == []


def test_meta018_description_length() -> None:
    short = GOOD.replace("How a build cache cut our CI time in half, and the three settings that mattered.", "Notes.")
    assert md(short, ["META018"]) == [("META018", 5)]
    long = GOOD.replace("that mattered.", "that mattered. " + "More words here. " * 10)
    assert md(long, ["META018"]) == [("META018", 5)]
    assert md(short, ["META018"], description_min_chars=5) == []
    assert md(GOOD, ["META018"]) == []


def test_meta019_date_order() -> None:
    assert md(GOOD.replace("lastmod: 2026-10-01", "lastmod: 2024-04-01"), ["META019"]) == [("META019", 4)]
    assert md(GOOD, ["META019"]) == []


def test_img009_missing_alt_text() -> None:
    empty = GOOD.replace("![Build time per week, falling from 20 to 9 minutes]", "![]")
    assert md(empty, ["IMG009"]) == [("IMG009", 18)]
    named = GOOD.replace("![Build time per week, falling from 20 to 9 minutes]", "![build-time.png]")
    assert md(named, ["IMG009"]) == [("IMG009", 18)]
    html = GOOD + '\n<img src="/images/x.png">\n'
    assert md(html, ["IMG009"]) == [("IMG009", 33)]
    assert md(GOOD, ["IMG009"]) == []


def test_code002_data_snippets() -> None:
    assert md(GOOD.replace('"ttl": 3600}', '"ttl": 3600,}'), ["CODE002"]) == [("CODE002", 26)]
    toml = GOOD + "\n```toml\n[cache]\nttl = \n```\n"
    assert md(toml, ["CODE002"]) == [("CODE002", 35)]
    yaml = GOOD + "\n```yaml\ncache:\n  ttl: 1\n bad: 2\n```\n"
    assert md(yaml, ["CODE002"]) == [("CODE002", 36)]
    # A shape, not a document: elisions, placeholders, template tags, comments.
    for shape in ('{"cache": true, ...}', '{"token": <your-token>}', '{"a": {{ .Values.a }}}', '// config\n{"a": 1}'):
        assert md(GOOD.replace('{"cache": true, "ttl": 3600}', shape), ["CODE002"]) == [], shape
    # An object's members out of their braces (graphile-migrate's `"afterReset": [ "!install_extensions.sql" ]`):
    # a piece of a configuration, read as those members; broken members are still found.
    members = GOOD.replace('{"cache": true, "ttl": 3600}', '"cache": true,\n"ttl": 3600')
    assert md(members, ["CODE002"]) == []
    # A trailing comma is named, at its own line (eslint-plugin-react's `"rules": {...,}` fragment).
    broken = md_findings(members.replace('"ttl": 3600', '"ttl": 3600,'), ["CODE002"])
    assert [(f.code, f.line, f.message) for f in broken] == [("CODE002", 27, "JSON does not parse: trailing comma")]
    assert md(GOOD.replace('{"cache": true, "ttl": 3600}', '"cache" true'), ["CODE002"]) == [("CODE002", 26)]
    # Alternatives for one key, each explained by its comment (cibuildwheel's options page); without comments, a
    # key written twice is an error.
    alternatives = GOOD + '\n```toml\n# Skip CPython 3.9\nskip = "cp39-*"\n# Skip Windows\nskip = "*-win*"\n```\n'
    assert md(alternatives, ["CODE002"]) == []
    assert md(alternatives.replace("# Skip CPython 3.9\n", "").replace("# Skip Windows\n", ""), ["CODE002"]) == [
        ("CODE002", 35)
    ]
    assert md(GOOD, ["CODE002"]) == []


def test_code001_only_on_python_blocks() -> None:
    assert md(GOOD.replace("def cached(key):", "def cached(key)"), ["CODE001"]) == [("CODE001", 21)]
    session = GOOD.replace("def cached(key):\n    return key in CACHE", ">>> cached('a')\nTrue")
    assert md(session, ["CODE001"]) == []
    assert md(GOOD, ["CODE001"]) == []  # the Rust block is not read as Python


def test_meta001_required_keys() -> None:
    findings = lint_findings(GOOD, ["META001"], options={"required_keys": ("title", "author")}, path="post.md")
    assert [(f.code, f.line, f.message) for f in findings] == [
        ("META001", 1, "front matter key 'author' is missing from the front matter")
    ]
    assert md(GOOD, ["META001"]) == []  # none required by default


def test_meta003_values_that_break_the_schema() -> None:
    bad = GOOD.replace("date: 2024-05-01", "date: 2024-13-45").replace("lastmod: 2026-10-01", "draft: maybe")
    findings = lint_findings(bad, ["META003"], path="post.md")
    assert [(f.line, f.message) for f in findings] == [
        (3, "published date '2024-13-45' is not a date (expected YYYY-MM-DD)"),
        (4, "draft 'maybe' is not true or false"),
    ]
    assert md(GOOD, ["META003"]) == []
    # An empty excerpt turns it off (Godot's posts: `excerpt: ""`): no description, not one of the wrong kind.
    described = "description: How a build cache cut our CI time in half, and the three settings that mattered."
    assert md(GOOD.replace(described, 'excerpt: ""'), ["META003", "META018"]) == []
    assert md(GOOD.replace(described, "excerpt: [1, 2]"), ["META003"]) == [("META003", 5)]


def test_a_bad_date_inside_a_table_costs_only_that_value() -> None:
    """YAML types `2024-13-45` as a date it cannot build: nested in a table
    or a list, the value is kept as written, and the rest of the front
    matter is read (no META015)."""
    nested = GOOD.replace(
        "lastmod: 2026-10-01", "lastmod: 2026-10-01\nparams:\n  shown: 2024-13-45\n  at: [2024-02-30]"
    )
    assert md(nested, ["META015", "META016", "META019", "META003"]) == []
    article = parse_bytes(nested.encode(), "post.md", FORMATS["markdown"])
    assert article.fields.get("updated") == (dt.date(2026, 10, 1), 4)


def test_meta014_key_written_twice() -> None:
    twice = GOOD.replace("lastmod: 2026-10-01", "lastmod: 2026-10-01\ntitle: Another title")
    findings = lint_findings(twice, ["META014"], path="post.md")
    assert [(f.code, f.line, f.related[0].line) for f in findings] == [("META014", 5, 2)]
    assert md(GOOD, ["META014"]) == []


def test_str002_neither_title_nor_heading() -> None:
    untitled = GOOD.replace("title: Faster builds with caching\n", "").replace("# Faster builds with caching\n", "")
    findings = lint_findings(untitled, ["STR002"], path="post.md")
    assert [f.code for f in findings] == ["STR002"]
    assert "no front matter `title` and no first-level heading" in findings[0].message
    assert md(GOOD.replace("# Faster builds with caching\n", ""), ["STR002"]) == []


def test_str004_reads_heading_levels() -> None:
    # `## Why was it slow?` holds its own `### The numbers`: not empty.
    assert md(GOOD, ["STR004"]) == []
    empty = GOOD.replace("Every job downloaded its dependencies again.\n\n### The numbers", "## The numbers")
    assert md(empty, ["STR004"]) == [("STR004", 12)]
    # A MyST directive fenced with its arguments only renders something (scikit-build-core's
    # `{program-output} scikit-build builder sysconfig --help`); an empty plain fence does not.
    tail = "\n## Sysconfig\n\n```{program-output} tool sysconfig --help\n\n```\n"
    assert md(GOOD + tail, ["STR004"]) == []
    assert md(GOOD + tail.replace("{program-output} tool sysconfig --help", "bash"), ["STR004"]) != []


def test_chk001_only_where_the_config_requires_a_checklist() -> None:
    assert md(GOOD, ["CHK001"]) == []
    assert md(GOOD, ["CHK001"], require_checklist=True) == [("CHK001", 1)]
    tasks = GOOD + "\n## Checklist\n\n- [ ] enable the cache\n- [ ] set the ttl\n- [ ] watch the hit rate\n"
    assert md(tasks, ["CHK"], require_checklist=True) == []
    assert md(GOOD + "\n## Checklist\n", ["CHK002"]) == [("CHK002", 33)]


def test_chk003_front_matter_checklist_against_the_body() -> None:
    tasks = GOOD + "\n## Checklist\n\n- [ ] enable the cache\n- [ ] set the ttl\n- [ ] watch the hit rate\n"
    listed = tasks.replace("lastmod:", "checklist: [enable the cache, set the ttl, watch hit rates]\nlastmod:")
    assert md(listed, ["CHK003"]) == [("CHK003", 4)]
    same = tasks.replace("lastmod:", "checklist: [enable the cache, set the ttl, watch the hit rate]\nlastmod:")
    assert md(same, ["CHK003"]) == []


def test_img001_img002_on_remote_sources_only() -> None:
    remote = GOOD.replace("(/images/build-time.png)", "(http://example.com/build-time.png)")
    assert md(remote, ["IMG001", "IMG002"]) == [("IMG002", 18)]
    typo = GOOD.replace("(/images/build-time.png)", "(htps://example.com/build-time.png)")
    assert md(typo, ["IMG001", "IMG002"]) == [("IMG001", 18)]
    assert md(GOOD, ["IMG001", "IMG002"]) == []  # a local path is not a url


def test_markdown_keys_name_a_projects_own_keys() -> None:
    teaser = GOOD.replace("description:", "teaser: Notes.\ndescription:")
    assert md(teaser, ["META018"]) == []  # `teaser` means nothing by default
    assert md(teaser, ["META018"], markdown_keys={"description": ("teaser",)}) == [("META018", 5)]


def test_the_checklist_is_the_named_section_not_an_earlier_task_list() -> None:
    early = GOOD.replace(
        "Every job downloaded its dependencies again.",
        "Every job downloaded its dependencies again. We had tried:\n\n- [x] a bigger runner\n- [x] fewer jobs",
    )
    tasks = early + "\n## Checklist\n\n- [ ] enable the cache\n- [ ] set the ttl\n- [ ] watch the hit rate\n"
    same = tasks.replace("lastmod:", "checklist: [enable the cache, set the ttl, watch the hit rate]\nlastmod:")
    assert md(same, ["CHK"]) == []
    # Without a checklist heading, the last section holding a task list is the checklist.
    renamed = same.replace("## Checklist", "## Before you ship")
    assert md(renamed, ["CHK"]) == []


def test_overrides_set_options_per_glob(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`[[overrides]]`: a blog requires a checklist and a date where the docs do not."""
    for folder in ("blog", "docs"):
        (tmp_path / "content" / folder).mkdir(parents=True)
        (tmp_path / "content" / folder / "post.md").write_text(GOOD.replace("date: 2024-05-01\n", ""))
    (tmp_path / "lintkit.toml").write_text(
        '[[overrides]]\nfiles = ["content/blog/**"]\nrequire_checklist = true\nrequired_keys = ["date"]\n'
    )
    monkeypatch.chdir(tmp_path)
    doc = check_json("--select", "CHK001,META001", "content")
    found = {f["path"]: sorted(x["code"] for x in f["findings"]) for f in doc["files"]}
    assert found == {"content/blog/post.md": ["CHK001", "META001"], "content/docs/post.md": []}
    (tmp_path / "lintkit.toml").write_text('[[overrides]]\nfiles = ["content/blog/**"]\nselect = ["ALL"]\n')
    result = CliRunner().invoke(main, ["check", "content"])
    assert result.exit_code == 2 and "[[overrides]] #1 unknown key 'select'" in result.output


def test_meta003_front_matter_json_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    schema = {
        "type": "object",
        "required": ["title", "tags"],
        "properties": {"date": {"type": "string", "format": "date"}, "tags": {"type": "array", "minItems": 1}},
    }
    (tmp_path / "schema.json").write_text(json.dumps(schema))
    (tmp_path / "lintkit.toml").write_text('front_matter_schema = "schema.json"\n')
    (tmp_path / "post.md").write_text(GOOD.replace("lastmod:", "tags: []\nlastmod:"))
    (tmp_path / "ok.md").write_text(GOOD.replace("lastmod:", "tags: [ci]\nlastmod:"))
    monkeypatch.chdir(tmp_path)
    doc = check_json("--select", "META003", ".")
    found = {f["path"]: [(x["line"], x["message"]) for x in f["findings"]] for f in doc["files"]}
    assert found == {"ok.md": [], "post.md": [(4, "front matter key 'tags': [] should be non-empty (JSON Schema)")]}
    # The schema is part of the settings: editing it is seen by the next run, cache or not.
    (tmp_path / "schema.json").write_text(json.dumps({**schema, "required": ["author"]}))
    doc = check_json("--select", "META003", "ok.md")
    assert [x["message"] for x in doc["files"][0]["findings"]] == [
        "front matter: 'author' is a required property (JSON Schema)"
    ]
    (tmp_path / "schema.json").write_text("{not json")
    result = CliRunner().invoke(main, ["check", "ok.md"])
    assert result.exit_code == 2 and "key 'front_matter_schema'" in result.output and "is not JSON" in result.output


def test_code002_skips_json_with_comments_at_the_end_of_a_line() -> None:
    commented = GOOD.replace('{"cache": true, "ttl": 3600}', '{"cache": true, // on\n "ttl": 3600}')
    assert md(commented, ["CODE002"]) == []


def test_meta003_json_schema_formats_are_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    schema = {"type": "object", "properties": {"expires": {"type": "string", "format": "date"}}}
    (tmp_path / "schema.json").write_text(json.dumps(schema))
    (tmp_path / "lintkit.toml").write_text('front_matter_schema = "schema.json"\n')
    (tmp_path / "post.md").write_text(GOOD.replace("lastmod:", "expires: not-a-date\nlastmod:"))
    monkeypatch.chdir(tmp_path)
    doc = check_json("--select", "META003", "post.md")
    assert [(x["line"], x["message"]) for x in doc["files"][0]["findings"]] == [
        (4, "front matter key 'expires': 'not-a-date' is not a 'date' (JSON Schema)")
    ]


def test_numbers_as_titles_and_ipython_sessions_are_fine() -> None:
    assert md(GOOD.replace("title: Faster builds with caching", "title: 1984"), ["META003"]) == []
    ipython = GOOD.replace(
        "def cached(key):\n    return key in CACHE",
        "In [1]: def cached(key):\n   ...:     return key in CACHE\n   ...:",
    )
    assert md(ipython, ["CODE001"]) == []
    broken = ipython.replace("def cached(key):", "def cached(key)")
    assert md(broken, ["CODE001"]) == [("CODE001", 21)]


# Pelican's test article (pelican 4.12.0, pelican/tests/content/article_with_md_extension.md): MultiMarkdown
# metadata above the first blank line, which Pelican and MkDocs read as front matter.
PELICAN = """Title: Test md File
Category: test
Tags: foo, bar, foobar
Date: 2010-12-02 10:14
Modified: 2010-12-02 10:20
Summary: I have a lot to test
    and more to say about it

Test Markdown File Header
=========================

Used for pelican test
---------------------

The quick brown fox jumped over the lazy dog's back.
"""


def test_multimarkdown_metadata_is_front_matter() -> None:
    article = parse_bytes(PELICAN.encode(), "post.md", FORMATS["markdown"])
    title, published, description = (article.fields.get(k) for k in ("title", "published", "description"))
    assert title is not None and (title.value, title.line) == ("Test md File", 1)
    assert published is not None and (published.value, published.line) == (dt.date(2010, 12, 2), 4)
    assert description is not None and description.value == "I have a lot to test and more to say about it"
    assert (article.meta_line, article.body_start) == (1, 8)
    # Its title is the page's: no STR002; the setext heading differs from it (META016, true).
    assert md(PELICAN, ["STR002", "META015", "META016"]) == [("META016", 9)]
    # Prose that opens a page is not metadata: no `title` key, or a line that is not a key.
    for text in ("Note: this page is a draft.\n\n# Caching\n", "Title: Caching\nwhy it matters, at length.\n"):
        assert parse_bytes(text.encode(), "post.md", FORMATS["markdown"]).meta_line is None
    assert md("Title: Caching\nwhy it matters, at length.\n", ["STR002"]) == [("STR002", 1)]


# A Hexo scaffold (hexo-starter's scaffolds/post.md) and a Hugo archetype (Cloudflare's docs theme 1.0.4,
# archetypes/default.md; Hugo's own `date = {{ .Date }}`): front matter that is a template.
HEXO_SCAFFOLD = "---\ntitle: {{ title }}\ndate: {{ date }}\ntags:\n---\n"
HUGO_ARCHETYPE = """+++
title= "{{ replace .TranslationBaseName "-" " " | title }}"
date = {{ .Date }}
draft = true
+++

Lorem Ipsum.
"""


def test_front_matter_that_is_a_template() -> None:
    for text in (HEXO_SCAFFOLD, HUGO_ARCHETYPE):
        article = parse_bytes(text.encode(), "post.md", FORMATS["markdown"])
        front = front_matter(article)
        assert front.error is None and front.templated == {"title", "date"}
        assert front.keys["title"].value.startswith("{{") and front.keys["date"].line == 3
        # A value the generator fills in is no value yet: no title to compare, no date to age.
        assert article.fields.get("title") is None and article.fields.get("published") is None
        assert md(text, ["ALL"]) == []
    draft = parse_bytes(HUGO_ARCHETYPE.encode(), "post.md", FORMATS["markdown"]).fields.get("draft")
    assert draft is not None and draft.value is True
    # Two expressions in one YAML value, one in a list: a value all the same.
    assert md("---\ntitle: {{ a }} and {{ b }}\ntags:\n  - {{ c }}\n---\n\n# T\n\nText.\n", ["META015", "STR002"]) == []
    # Broken all the same once the expressions are set aside: still META015.
    assert md("---\ntitle: {{ title }}\nsummary: a: b\n---\n\nText.\n", ["META015"]) == [("META015", 3)]


def test_dup005_column_in_the_line_as_written() -> None:
    # Node.js 18's assert.md: a sentence after inline code and a reference link, and again in a quote.
    text = """# assert

`NaN` is specially handled and treated as being identical if both sides are `NaN`.

Tests shallow, coercive inequality with the [`!=` operator][]. `NaN` is
specially handled and treated as being identical if both sides are `NaN`.

> A quote says it in other words first, then once more. `NaN` is specially handled
> and treated as being identical if both sides are `NaN`.

[`!=` operator]: https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/Inequality
"""
    findings = lint_findings(text, ["DUP005"], path="post.md")
    assert [(f.line, f.column) for f in findings] == [(5, 64), (8, 57)]
    assert text.split("\n")[4][63:68] == "`NaN`" and text.split("\n")[7][56:61] == "`NaN`"
    assert [(r.line, r.column) for f in findings for r in f.related] == [(3, 1), (3, 1)]


def test_myst_embeds_are_no_images() -> None:
    # Jupyter Book 2.1.7's docs: MyST embeds a target of the page or of another project.
    text = """---
title: Embeds
---

Read the tutorial's notes first:

![](#lookout-for-tutorial-actions)

![A cool figure with two subfigures](xref:guide#subfigure)

![A real one](https://example.org/sunset.png)
"""
    article = parse_bytes(text.encode(), "post.md", FORMATS["markdown"])
    assert [(i.url.value, i.line) for i in article.images] == [("https://example.org/sunset.png", 11)]
    assert md(text, ["IMG001", "IMG009"]) == []


def test_attribute_lists_are_no_words() -> None:
    # jekyll-theme-chirpy 5.3.21's _tabs/about.md and a post (kramdown's attribute lists), fastapi's docs
    # (Python-Markdown's attr_list); set as code, or a template's `{{ .Date }}`, they stay text.
    text = """---
title: About
---

> Add Markdown syntax content to file `_tabs/about.md`{: .filepath } and it will show up on this page.
{: .prompt-tip }

```go
package main
```
{: file="HelloWorld.go" }

Two links: [Project Generators](project-generation.md){.internal-link target=_blank} and `{: .class }`.

Built on {{ .Date }} from the [Get started](start.md){ .md-button } page.
"""
    article = parse_bytes(text.encode(), "post.md", FORMATS["markdown"])
    read = [ln.text for block in article.prose() for ln in block.lines]
    assert read == [
        "Add Markdown syntax content to file _tabs/about.md and it will show up on this page.",
        "Two links: Project Generators and {: .class }.",
        "Built on from the Get started page.",
    ]


def test_myst_roles_display_math_and_mdx_comments_are_no_words() -> None:
    # Jupyter Book 2.1.7's mystmd.md and math.md, Ax's intro-to-bo.mdx, create-docusaurus's blog posts.
    myst = """---
title: MyST
---

{abbr}`MyST (Markedly Structured Text)` is designed for {term}`structured content`, not `{term}` alone.

$$
\\int_0^\\infty \\frac{x^3}{e^x-1}\\,dx = \\frac{\\pi^4}{15}
$$ (my_label)

If $$f^+$$ is the best outcome so far, the expected improvement is
$$
\\text{EI}(x) = \\mathbb{E}\\bigl[\\max(f(x) - f^*, 0)\\bigr]
$$
and so on.
"""
    article = parse_bytes(myst.encode(), "post.md", FORMATS["markdown"])
    assert [ln.text for block in article.prose() for ln in block.lines] == [
        "MyST (Markedly Structured Text) is designed for structured content, not {term} alone.",
        "If $$f^+$$ is the best outcome so far, the expected improvement is",
        "and so on.",
    ]
    mdx = "---\ntitle: Welcome\n---\n\nBlog posts support Docusaurus Markdown features.\n\n{/* truncate */}\n\nMore.\n"
    article = parse_bytes(mdx.encode(), "blog/post.mdx", FORMATS["markdown"])
    assert [ln.text for block in article.prose() for ln in block.lines] == [
        "Blog posts support Docusaurus Markdown features.",
        "More.",
    ]


def test_jsx_attributes_may_hold_a_closing_angle_bracket() -> None:
    # create-docusaurus 3.10.2's templates/shared/blog/2021-08-01-mdx-blog-post.mdx
    text = """---
title: MDX Blog Post
---

Blog posts support [Docusaurus Markdown features](https://docusaurus.io/docs/markdown-features), such as MDX.

<button onClick={() => alert('button clicked!')}>Click me!</button>

Style it: <span style={{color: 'red'}}>red</span> text.
"""
    article = parse_bytes(text.encode(), "blog/post.mdx", FORMATS["markdown"])
    assert [ln.text for block in article.prose() for ln in block.lines] == [
        "Blog posts support Docusaurus Markdown features, such as MDX.",
        "Click me!",
        "Style it: red text.",
    ]


def test_code002_reads_the_document_a_here_document_hands_over() -> None:
    """Cilium's network policies: a block marked `yaml` that pipes its manifest to kubectl as a here-document,
    perhaps after another command; the manifest is checked, at its own lines, the commands are not (4 false
    CODE002 in one post)."""
    manifest = 'apiVersion: "cilium.io/v2"\nkind: CiliumNetworkPolicy\nmetadata:\n  name: "allow-within-namespace"\n'
    piped = GOOD + "\n```YAML\nkubectl create -f prometheus.yaml\ncat <<EOF | kubectl create -n empire -f -\n"
    assert md(piped + manifest + "EOF\n```\n", ["CODE002"]) == []
    broken = piped + manifest.replace("kind: CiliumNetworkPolicy", "kind: Cilium: Policy") + "EOF\n```\n"
    assert md(broken, ["CODE002"]) == [("CODE002", 37)]
    # Not closed by its word: the block as written, which is no YAML.
    assert md(piped + manifest + "```\n", ["CODE002"]) != []
