"""The alphanode format (lintkit.formats.alphanode): structure, roles, fields, lines, and tolerance of
real-export noise."""

from __future__ import annotations

import datetime as dt

from helpers import lint, seed

from lintkit import facts
from lintkit.formats import parse_bytes
from lintkit.formats.alphanode import export
from lintkit.formats.code import looks_like_code
from lintkit.formats.detect import detect_language
from lintkit.model import BlockKind, Field, ImageOrigin, Role

S3 = seed("003")


def structure(article):  # what the parser made of an article, line numbers included
    return (
        export(article),
        article.title,
        [(b.kind, b.line, b.end_line, b.text) for b in article.lead],
        article.images,
        [(s.heading, s.role, [(b.kind, b.line, b.end_line, b.text) for b in s.blocks]) for s in article.sections],
        repr(article.fields),
        article.meta_line,
        article.body_start,
    )


def test_seed_003_structure() -> None:
    a = parse_bytes(S3.encode(), "003.txt")
    assert export(a).breadcrumb.line == 1 and a.body_start == 2 and a.title.line == 3
    assert a.lead[0].line == 5 and a.lead[0].kind is BlockKind.PARAGRAPH
    [shown] = facts.body_images(a)
    caption = "building safer deployment steps with python services visual reference 1"
    assert (shown.line, shown.caption, shown.source, shown.repeated) == (
        7,
        Field(caption, 7),
        Field("picsum.photos", 8),
        Field(caption, 8),
    )
    assert [(s.heading.text, s.heading.line, s.role) for s in a.sections] == [
        ("why this matters", 10, Role.BODY),
        ("security and maintenance notes", 25, Role.BODY),
        ("implementation checklist", 42, Role.CHECKLIST),
        ("final notes", 50, Role.FINAL_NOTES),
    ]
    why = a.sections[0]
    assert [b.kind for b in why.blocks] == [BlockKind.PARAGRAPH] * 3 + [BlockKind.CODE]
    code = why.code_blocks[0]
    # the snippet's inner blank line keeps the block whole
    assert (code.line, code.end_line, len(code.lines)) == (18, 23, 6)
    assert code.text.splitlines()[2] == ""
    assert [i.text for i in a.checklist.list_items][:2] == ["inspect cache headers", "test logged-in traffic"]
    meta = export(a).meta
    assert a.meta_line == meta.line == 54 and export(a).trailer_line == 123
    assert [f.name for f in meta.fields][:3] == ["topic", "summary", "ai outline"]
    assert meta.get("reading time").value == "10" and a.fields.get("reading_time") == Field("10", 77)
    assert facts.value(a, "outline_problem") == "building safer deployment steps"
    assert facts.recency(a) == (dt.date(2024, 8, 12), 87, "last reviewed") and facts.value(a, "status") == "drafted"
    assert facts.declared_scores(a) == {
        # value, line, and the columns of the number on its line (`  • quality: 73`)
        "quality": (73, 80, 14, 16),
        "freshness": (90, 81, 16, 18),
        "depth": (93, 82, 12, 14),
        "clarity": (91, 83, 14, 16),
    }
    [record] = facts.image_records(a)
    assert (record.origin, record.source.value, record.url.value[:28]) == (
        ImageOrigin.RECORD,
        "picsum.photos",
        "https://picsum.photos/seed/a",
    )
    assert meta.stray == ()


def test_export_noise_changes_nothing() -> None:
    """CRLF, a BOM, trailing spaces, no-break spaces and a missing trailer."""
    clean = parse_bytes(S3.encode(), "a.txt")
    noisy_text = S3.replace("\n", "  \r\n").replace("a small verified change", "a\u00a0small verified change")
    noisy = parse_bytes(b"\xef\xbb\xbf" + noisy_text.encode(), "a.txt")
    assert structure(noisy) == structure(clean)
    mixed = "".join(line + ("\r\n" if i % 2 else "\n") for i, line in enumerate(S3.split("\n"))).rstrip("\r\n")
    assert structure(parse_bytes(mixed.encode(), "a.txt")) == structure(clean)
    no_trailer = parse_bytes(S3.replace("\nSimilar Posts", "").encode(), "a.txt")
    assert export(no_trailer).trailer_line is None
    assert export(no_trailer).meta.fields == export(clean).meta.fields
    assert repr(no_trailer.fields) == repr(clean.fields)
    assert lint(S3.replace("\n", "\r\n")) == lint(S3)


def test_invisible_characters_do_not_break_matching() -> None:
    text = S3.replace("building safer", "building\u200b safer\u200f").replace("| | |", "\x1b[31m| | |\x1b[0m")
    assert lint(text) == lint(S3)


JS = """const express = require('express');
const app = express();

app.get('/health', (req, res) => {
  res.json({ ok: true });
});"""
PHP = """<?php
add_action('init', function () {
    $cache = wp_cache_get('route');
    echo $cache;
});"""
SHELL = """#!/usr/bin/env bash
set -euo pipefail
npm ci
npm run build && rsync -av dist/ deploy@host:/srv/app/"""
PYTHON = """from fastapi import FastAPI
app = FastAPI()

@app.get('/health')
def health():
    return {'ok': True}"""


def test_code_detection_and_language() -> None:
    for snippet, lang in ((JS, "javascript"), (PHP, "php"), (SHELL, "shell"), (PYTHON, "python")):
        assert looks_like_code(snippet.splitlines()), lang
        assert detect_language(snippet) == lang
    prose = S3.splitlines()[11]
    assert not looks_like_code([prose])
    assert looks_like_code(["npm run build"])
    assert not looks_like_code(["git workflow tips"])


def test_code_blocks_of_other_languages_stay_whole() -> None:
    for snippet in (JS, PHP, SHELL):
        text = S3.replace(PYTHON, snippet)
        a = parse_bytes(text.encode(), "a.txt")
        blocks = list(a.code_blocks())
        assert [b.text for b in blocks] == [snippet, snippet]


def test_meta_labels_parse_by_longest_prefix() -> None:
    a = parse_bytes(S3.encode(), "a.txt")
    assert export(a).meta.get("ai brief").value.startswith("the article is written")
    assert export(a).meta.get("code language").value == "python" and facts.value(a, "code_language") == "python"
    assert export(a).meta.get("stack").items[0].text == "python services"


def test_detection_cases_found_by_the_accuracy_benchmark() -> None:
    loop = (
        "#!/usr/bin/env bash\nset -euo pipefail\nfor host in web01 web02; do\n"
        "  ssh \"$host\" 'sudo systemctl reload nginx'\ndone"
    )
    assert looks_like_code(loop.splitlines()) and detect_language(loop) == "shell"
    broken = "@app.route('/health'\ndef health()\n    if x < 0\n        abort(413)\n    return jsonify(ok=True)"
    assert looks_like_code(broken.splitlines()) and detect_language(broken) == "python"
    php = "$query = new WP_Query([\n    'post_type' => 'post',\n    'posts_per_page' => 10,\n]);"
    assert looks_like_code(php.splitlines()) and detect_language(php) == "php"
