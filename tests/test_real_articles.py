"""Real technical posts in the export format: headings, titles, asides, code in
many languages and repeats, as real writers set them (issue 13). Each fixture
is a seed's frame (title, intro, caption, checklist, meta) around a body
written as real posts are."""

from __future__ import annotations

from helpers import lint, replace_once, seed

from lintkit.formats import parse_bytes

S0 = seed("000")
BODY_START = "\nwhy this matters\n"
BODY_END = "\nimplementation checklist\n"


def post(body: str, paragraphs: int, language: str = "python", title: str | None = None) -> str:
    """Seed 000 with `body` as its sections, `paragraphs` prose paragraphs (intro included)
    in its payload, and `language` as its code language."""
    start, end = S0.index(BODY_START), S0.index(BODY_END)
    text = S0[: start + 1] + body.strip("\n") + "\n" + S0[end:]
    text = replace_once(text, "  • paragraphs: 5\n", f"  • paragraphs: {paragraphs}\n")
    text = replace_once(text, "code languagepython\n", f"code language{language}\n")
    if title is not None:
        text = replace_once(text, "practical guide to reducing build time with python services\n", title + "\n")
    return text


def shape(text: str) -> list[tuple[str, list[str]]]:
    """Each section's heading with the kinds of its blocks."""
    a = parse_bytes(text.encode(), "a.txt")
    return [(s.heading.text, [b.kind.value for b in s.blocks]) for s in a.sections]


def line_of(text: str, line: str) -> int:
    return text.splitlines().index(line) + 1


# -- 1. headings that end in `?`, `!` or `:` ----------------------------------------

QUESTION_HEADINGS = """\
What changes for you?

The old configuration file keeps working, but the new loader reads environment variables first and warns.

Why did we do this!

Most deployments already set their secrets through the environment, and two sources in no set order surprised people.

Known limitations:

The loader does not yet expand variables inside values, so a path built from the home directory is written out.

What's next?

We plan to deprecate the file format in the next minor release and remove it a year later.
"""


def test_headings_ending_in_question_exclamation_or_colon_open_sections() -> None:
    text = post(QUESTION_HEADINGS, 5)
    assert shape(text)[:4] == [
        ("What changes for you?", ["paragraph"]),
        ("Why did we do this!", ["paragraph"]),
        ("Known limitations:", ["paragraph"]),
        ("What's next?", ["paragraph"]),
    ]
    assert lint(text, ["STR", "META006", "DUP"]) == [("STR006", 1)]


def test_a_common_question_heading_in_two_sections_is_no_repeat() -> None:
    body = QUESTION_HEADINGS + "\nWhat's next?\n\nThe migration guide lists every renamed key with its replacement.\n"
    assert lint(post(body, 6), ["DUP", "META006", "STR004"]) == []


def test_a_line_ending_in_a_colon_before_code_or_a_list_is_a_lead_in_paragraph() -> None:
    body = """\
Installing the tool

Add the dependency to your manifest:

[dependencies]
serde = { version = "1.0", features = ["derive"] }

The supported platforms are:

  • Linux on x86-64 and arm64
  • macOS 12 and later
"""
    text = post(body, 3, language="rust")
    assert shape(text)[0] == ("Installing the tool", ["paragraph", "code", "paragraph", "list"])
    assert lint(text, ["STR", "META006"]) == [("STR006", 1)]


# -- 2. a title that ends in `!` or `?` ----------------------------------------------


def test_a_title_ending_in_an_exclamation_or_question_mark_is_the_title() -> None:
    for title in ("version 2 is out!", "Is the cache still worth it?"):
        text = post(QUESTION_HEADINGS, 5, title=title)
        a = parse_bytes(text.encode(), "a.txt")
        assert a.title is not None and a.title.text == title
        assert lint(text, ["STR002", "META006"]) == []


# -- 8. a one-line aside in brackets ---------------------------------------------------


def test_a_parenthesised_sentence_is_a_paragraph_not_a_heading() -> None:
    body = """\
Measuring the cold start

The first request after a deploy took four seconds, almost all of it spent importing the plugin modules.

(Thanks to the reviewers for this write-up.)

"Lazy imports cut it to half a second."

Results

The median cold start is now 480 milliseconds across the three regions we measured.
"""
    text = post(body, 5)
    assert shape(text)[:2] == [
        ("Measuring the cold start", ["paragraph", "paragraph", "paragraph"]),
        ("Results", ["paragraph"]),
    ]
    assert lint(text, ["STR", "META006"]) == [("STR006", 1)]


# -- 7. a parent heading whose first subsection follows at once ------------------------


def test_a_heading_followed_by_its_first_subsection_is_not_empty() -> None:
    body = """\
Installation

Using pip

The package is on the index; a virtual environment keeps it away from the system interpreter.

Using conda

The conda-forge channel carries the same release a day or two after it lands on the index.

Configuration

Step 1: create the file

The tool looks for its settings in the project root before the user's home directory.

Step 2: set the token

Tokens are read from the environment only, never from the settings file.
"""
    text = post(body, 5)
    assert [h for h, _ in shape(text)][:7] == [
        "Installation",
        "Using pip",
        "Using conda",
        "Configuration",
        "Step 1: create the file",
        "Step 2: set the token",
        "implementation checklist",
    ]
    assert lint(text, ["STR004"]) == []


def test_an_empty_heading_before_a_sibling_section_is_still_empty() -> None:
    body = """\
Further reading

Benchmarks

The median cold start is now 480 milliseconds across the three regions we measured.

Open questions
"""
    text = post(body, 2)
    assert lint(text, ["STR004"]) == [
        ("STR004", line_of(text, "Further reading")),
        ("STR004", line_of(text, "Open questions")),
    ]
