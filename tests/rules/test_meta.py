"""META rules: failing and passing fixtures, asserted exactly."""

from __future__ import annotations

import pytest
from helpers import lint, lint_findings, replace_once, seed

S0, S1, S3 = seed("000"), seed("001"), seed("003")


def test_meta001_missing_field() -> None:
    findings = lint_findings(replace_once(S0, "hashcc0a1f826f61f941ef046578\n", ""), ["META001"])
    assert [(f.code, f.line, f.message) for f in findings] == [("META001", 34, "meta field 'hash' is missing")]
    assert lint(S0, ["META001"]) == []


def test_meta001_required_fields_option() -> None:
    text = replace_once(S0, "hashcc0a1f826f61f941ef046578\n", "")
    assert lint(text, ["META001"], options={"required_fields": ["topic"]}) == []


def test_meta002_unknown_field() -> None:
    text = replace_once(S0, "flags\n", "authorjane doe\nflags\n")
    findings = lint_findings(text, ["META002", "STR005"])
    assert [(f.code, f.line) for f in findings] == [("META002", 70)]
    assert findings[0].message == "unknown meta field line 'authorjane doe'"
    assert lint(S0, ["META002"]) == []


@pytest.mark.parametrize(
    ("old", "new", "line", "says"),
    [
        ("last reviewed: 2024-09-21", "last reviewed: 2024-02-30", 67, "not a real date"),
        ("version: 1.6.4", "version: 1.6", 66, "not a version X.Y.Z"),
        ("hashcc0a1f826f61f941ef046578", "hashCC0A1F826F61F941EF046578", 69, "24 lowercase hex"),
        ("quality: 97", "quality: 120", 60, "out of range"),
        ("has images: 1", "has images: 2", 72, "not one of 0, 1"),
        ("difficultyintermediate", "difficultyexpert", 56, "not one of beginner"),
        ("status: drafted", "status: archived", 65, "not one of drafted"),
        ("reading time9", "reading time0", 57, "out of range"),
        ("reading time9", "reading timeten", 57, "not an integer"),
        ("view count464139", "view count-5", 58, "out of range"),
        ("referenceanp-ref-025014-6767", "referenceanp-ref-12345-1", 68, "anp-ref-DDDDDD-DDDD"),
        ("reading time9", "reading time", 57, "has no value"),
    ],
)
def test_meta003_invalid_value(old: str, new: str, line: int, says: str) -> None:
    findings = lint_findings(replace_once(S0, old, new), ["META003"])
    assert [(f.code, f.line) for f in findings] == [("META003", line)]
    assert says in findings[0].message


def test_meta003_passes_the_seeds() -> None:
    for text in (S0, S1, S3):
        assert lint(text, ["META003"]) == []


def test_meta004_topic_and_places_that_name_another_problem() -> None:
    topic = replace_once(S0, "topicreducing build time", "topicimproving asset delivery")
    findings = lint_findings(topic, ["META004"])
    assert [(f.code, f.line) for f in findings] == [("META004", 36)]
    assert findings[0].message == (
        "topic is 'improving asset delivery / python services' but the ai outline gives "
        "'reducing build time / python services'"
    )
    title = replace_once(S0, "practical guide to reducing build time", "practical guide to improving asset delivery")
    assert lint(title, ["META004"]) == [("META004", 3)]
    entity = replace_once(S0, "name: reducing build time", "name: improving asset delivery")
    assert lint(entity, ["META004"]) == [("META004", 86)]
    summary = replace_once(S0, "in python services, with", "in php applications, with")
    assert lint(summary, ["META004"]) == [("META004", 37)]
    assert lint(S0, ["META004"]) == []


def test_meta005_identifier_mismatch() -> None:
    findings = lint_findings(replace_once(S0, "seed: 25014", "seed: 25015"), ["META005"])
    assert [(f.code, f.line) for f in findings] == [("META005", 97)]
    assert findings[0].message == "payload seed 025015 disagrees with the reference id 025014 (line 68)"
    picsum = replace_once(S3, "/seed/anp-022072/", "/seed/anp-022073/")
    assert lint(picsum, ["META005"]) == [("META005", 110)]
    assert lint(S0, ["META005"]) == [] and lint(S3, ["META005"]) == []


def test_meta006_paragraph_count() -> None:
    findings = lint_findings(replace_once(S0, "paragraphs: 5", "paragraphs: 6"), ["META006"])
    assert [(f.code, f.line) for f in findings] == [("META006", 95)]
    assert "says 6 paragraphs but the article has 5" in findings[0].message
    assert lint(S0, ["META006"]) == [] and lint(S3, ["META006"]) == []


def test_meta007_reading_time() -> None:
    findings = lint_findings(S0, ["META007"])
    assert [(f.code, f.line) for f in findings] == [("META007", 57)]
    assert findings[0].message == (
        "reading time says 9 minutes but the body has 320 words, about 1.4 minutes at 230 words per minute "
        "(tolerance 1.0)"
    )
    assert lint(replace_once(S0, "reading time9", "reading time1"), ["META007"]) == []
    assert lint(S0, ["META007"], options={"words_per_minute": 40}) == []


def test_meta008_flags() -> None:
    assert lint(replace_once(S0, "has images: 1", "has images: 0"), ["META008"]) == [("META008", 72)]
    heavy = lint_findings(replace_once(S0, "image heavy: 0", "image heavy: 1"), ["META008"])
    assert [(f.line, f.message) for f in heavy] == [
        (73, "flag `image heavy` is 1 but the article has 1 image (heavy from 3)")
    ]
    assert lint(S0, ["META008"]) == []


def test_meta009_array_not_list() -> None:
    tools = "tools\n  • fastapi\n  • pytest\n  • uvicorn\n  • ruff\n  • git\n  • logs\n"
    joined = replace_once(S0, tools, "toolsfastapi, pytest, uvicorn, ruff, git, logs\n")
    assert lint(joined, ["META009"]) == [("META009", 48)]
    single = replace_once(S0, tools, "tools\n  • fastapi, pytest, uvicorn\n")
    assert lint(single, ["META009"]) == [("META009", 49)]
    assert lint(S0, ["META009"]) == []


def test_meta011_future_review_date() -> None:
    text = replace_once(S0, "last reviewed: 2024-09-21", "last reviewed: 2027-01-15")
    findings = lint_findings(text, ["META011", "META012"])
    assert [(f.code, f.line, f.message) for f in findings] == [
        ("META011", 67, "last reviewed 2027-01-15 is after the as-of date 2026-11-24")
    ]
    assert lint(S0, ["META011"]) == []


def test_meta012_stale_review_depends_on_as_of() -> None:
    findings = lint_findings(S0, ["META012"])
    assert [(f.code, f.line, f.message) for f in findings] == [
        ("META012", 67, "last reviewed 2024-09-21 is 794 days before 2026-11-24 (stale after 730 days)")
    ]
    assert lint(replace_once(S0, "2024-09-21", "2026-01-01"), ["META012"]) == []
    import datetime as dt

    assert lint(S0, ["META012"], as_of=dt.date(2025, 1, 1)) == []


def test_meta013_code_language_mismatch() -> None:
    text = replace_once(S1, "code languagepython", "code languagejavascript")
    findings = lint_findings(text, ["META013"])
    assert [(f.code, f.line) for f in findings] == [("META013", 18)]
    assert findings[0].message == "code block looks like python but `code language` says 'javascript'"
    assert lint(S1, ["META013"]) == []
    assert lint(replace_once(S1, "code languagepython", "code languagepy"), ["META013"]) == []


def test_meta013_a_post_mixing_languages_is_no_mismatch() -> None:
    """Real posts install and run things: a shell command in a Python post, or
    a JavaScript config beside the post's Python, is no wrong `code language`."""
    shell = "Install it first:\n\npip install fastapi uvicorn\n\n"
    js = "The front end calls it like this:\n\nconst res = await fetch('/health');\nconsole.log(res.status);\n\n"
    text = replace_once(S1, "implementation checklist\n", shell + js + "implementation checklist\n")
    assert lint(text, ["META013"]) == []
    # A post whose only code is commands declares the language it is about.
    snippet = "from fastapi import FastAPI\napp = FastAPI()\n\n@app.get('/health')\ndef health():\n"
    snippet += "    return {'ok': True}"
    only_shell = replace_once(S1, snippet, "composer require guzzlehttp/guzzle\nphp artisan migrate")
    assert lint(replace_once(only_shell, "code languagepython", "code languagephp"), ["META013"]) == []
    # A PHP snippet in a post declaring Python is still reported, beside a command or not.
    php = replace_once(S1, snippet, "<?php\n$app = new App();\necho $app->run();")
    assert lint(php, ["META013"]) == [("META013", 18)]
    assert lint(replace_once(php, "implementation checklist\n", shell + "implementation checklist\n"), ["META013"]) == [
        ("META013", 18)
    ]


def test_meta014_duplicate_field() -> None:
    text = replace_once(S0, "difficultyintermediate\n", "difficultyintermediate\ndifficultyadvanced\n")
    findings = lint_findings(text, ["META014"])
    assert [(f.code, f.line, f.message) for f in findings] == [
        ("META014", 57, "meta field 'difficulty' appears again (first at line 56)")
    ]
    assert lint(S0, ["META014"]) == []
