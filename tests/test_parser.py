"""The alphanode parser: structure, lines, and tolerance of real-export noise."""

from __future__ import annotations

from helpers import lint, seed

from lintkit.model import BlockKind
from lintkit.parsing import parse_bytes
from lintkit.parsing.code import detect_language, looks_like_code

S3 = seed("003")


def structure(article):  # what the parser made of an article, line numbers included
    return (
        article.breadcrumb,
        article.title,
        [(b.kind, b.line, b.end_line, b.text) for b in article.lead],
        article.captions,
        [(s.heading, [(b.kind, b.line, b.end_line, b.text) for b in s.blocks]) for s in article.sections],
        article.meta,
        article.trailer_line,
    )


def test_seed_003_structure() -> None:
    a = parse_bytes(S3.encode(), "003.txt")
    assert a.breadcrumb.line == 1 and a.title.line == 3
    assert a.intro.line == 5
    assert [(c.text, c.line, c.source, c.source_line) for c in a.captions] == [
        ("building safer deployment steps with python services visual reference 1", 7, "picsum.photos", 8)
    ]
    assert [(s.name, s.heading.line) for s in a.sections] == [
        ("why this matters", 10),
        ("security and maintenance notes", 25),
        ("implementation checklist", 42),
        ("final notes", 50),
    ]
    why = a.sections[0]
    assert [b.kind for b in why.blocks] == [BlockKind.PARAGRAPH] * 3 + [BlockKind.CODE]
    code = why.code_blocks[0]
    # the snippet's inner blank line keeps the block whole
    assert (code.line, code.end_line, len(code.lines)) == (18, 23, 6)
    assert code.text.splitlines()[2] == ""
    assert [i.text for i in a.checklist.list_items][:2] == ["inspect cache headers", "test logged-in traffic"]
    assert a.meta.line == 54 and a.trailer_line == 123
    assert [f.name for f in a.meta.fields][:3] == ["topic", "summary", "ai outline"]
    assert a.meta.get("reading time").value == "10"
    assert a.meta.get("ai outline").get("problem").value == "building safer deployment steps"
    records = a.meta.get("image sources").records("source")
    assert [[i.key for i in r] for r in records] == [["source", "url", "caption"]]
    assert a.meta.stray == ()


def test_export_noise_changes_nothing() -> None:
    """CRLF, a BOM, trailing spaces, no-break spaces and a missing trailer."""
    clean = parse_bytes(S3.encode(), "a.txt")
    noisy_text = S3.replace("\n", "  \r\n").replace("a small verified change", "a\u00a0small verified change")
    noisy = parse_bytes(b"\xef\xbb\xbf" + noisy_text.encode(), "a.txt")
    assert structure(noisy) == structure(clean)
    mixed = "".join(line + ("\r\n" if i % 2 else "\n") for i, line in enumerate(S3.split("\n"))).rstrip("\r\n")
    assert structure(parse_bytes(mixed.encode(), "a.txt")) == structure(clean)
    no_trailer = parse_bytes(S3.replace("\nSimilar Posts", "").encode(), "a.txt")
    assert no_trailer.trailer_line is None
    assert no_trailer.meta.fields == clean.meta.fields
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
    assert a.meta.get("ai brief").value.startswith("the article is written")
    assert a.meta.get("code language").value == "python"
    assert a.meta.get("stack").items[0].text == "python services"


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
