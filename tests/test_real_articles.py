"""Real technical posts in the export format: headings, titles, asides, code in
many languages and repeats, as real writers set them (issue 13). Each fixture
is a seed's frame (title, intro, caption, checklist, meta) around a body
written as real posts are."""

from __future__ import annotations

from helpers import lint, lint_findings, replace_once, seed

from lintkit.formats import parse_bytes
from lintkit.formats.code import looks_like_code
from lintkit.formats.detect import detect_language, is_python
from lintkit.near import differs_in_what_matters

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


def test_a_line_ending_in_a_colon_right_after_a_heading_is_its_first_paragraph() -> None:
    """As in black's README: a section opens with a line introducing a quote;
    read as headings, such lines left `Testimonials` and `Upgrading` empty.
    After a paragraph a line with a comma introduces a quote as well
    (`Dusty Phillips, writer:`); a short one is a heading (`Known limitations:`)."""
    body = """\
Testimonials

Mike Bayer, creator of SQLAlchemy:

I can't think of any single tool in my entire programming career that has given me a bigger productivity increase.

Dusty Phillips, writer:

Black is opinionated so you don't have to be.

Upgrading

From the release notes of version 24:

The old configuration file keeps working, but the loader now reads environment variables first.
"""
    text = post(body, 7)
    assert shape(text)[:2] == [
        ("Testimonials", ["paragraph", "paragraph", "paragraph", "paragraph"]),
        ("Upgrading", ["paragraph", "paragraph"]),
    ]
    assert lint(text, ["STR", "META006"]) == [("STR006", 1)]


def test_a_sentence_without_a_full_stop_that_closes_a_section_is_its_last_paragraph() -> None:
    """Real READMEs end a section with a one-line sentence before the next
    heading: ending in `!` (perhaps before an emoji), or long (griffe's
    `Sphinx AutoAPI is considering ...`). A full stop before an emoji is a
    full stop. Read as headings, they were empty sections."""
    body = """\
Support

If you need help with the tool, ask in the discussions forum or in the chat.

Make sure to stick around to answer some questions as well!

Run a particular session

The session name is the function's name in the noxfile, as nox --list shows it.

Checkout the docs for more! 🎉

Other alternatives

Sphinx AutoAPI parses the sources without importing them, which suits large code bases.

Sphinx AutoAPI is considering Griffe as a data extraction backend

Deploy to other cloud providers

You can also deploy the application to any cloud provider that runs containers.

Follow your cloud provider's guides to deploy FastAPI apps with them. 🤓
"""
    text = post(body, 9)
    assert shape(text)[:4] == [
        ("Support", ["paragraph", "paragraph"]),
        ("Run a particular session", ["paragraph", "paragraph"]),
        ("Other alternatives", ["paragraph", "paragraph"]),
        ("Deploy to other cloud providers", ["paragraph", "paragraph"]),
    ]
    assert lint(text, ["STR", "META006"]) == [("STR006", 1)]


def test_a_short_heading_with_nothing_under_it_is_still_empty() -> None:
    """The generated defects' shape: a short heading after a section's content,
    right before the next heading, stays a heading with nothing under it."""
    body = """\
Support

If you need help with the tool, ask in the discussions forum or in the chat.

Further reading

Other alternatives

Sphinx AutoAPI parses the sources without importing them, which suits large code bases.
"""
    text = post(body, 3)
    assert lint(text, ["STR004", "META006"]) == [("STR004", line_of(text, "Further reading"))]


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


def test_a_heading_that_names_its_first_subsection_is_not_empty() -> None:
    body = """\
Installation and usage

Installation

The package is on the index; a virtual environment keeps it away from the system interpreter.

security notes

operational notes

Rotate the signing key every quarter and keep the old one for a week of overlap.
"""
    text = post(body, 2)
    # `Installation and usage` names `Installation`: a parent. `security notes` and
    # `operational notes`, in lower case as the export's headings, share only a word
    # and name different things: siblings.
    assert lint(text, ["STR004"]) == [("STR004", line_of(text, "security notes"))]


def test_a_one_word_topic_or_the_first_of_two_steps_or_subtopics_opens_subsections() -> None:
    """As pdm's and black's pages write them: `Quickstart`, then the steps
    `Create a new PDM project` and `Install dependencies`; `Integrations`,
    then `pre-commit` and `GitHub Actions`. Two steps under a longer heading
    too (`Getting the project running`), and a run of one-word subtopics
    (`Comparisons to other alternatives`, then `Pipenv`, `Poetry`)."""
    body = """\
Integrations

pre-commit

Simply replace the black hook with black-jupyter in the configuration of the hooks.

GitHub Actions

The action runs the formatter in check mode on every push and pull request.

Getting the project running

Create a new PDM project

The init command asks a few questions and writes the pyproject file for you.

Install dependencies

The add command resolves the new package with the others and updates the lock file.

Comparisons to other alternatives

Pipenv

Pipenv is a dependency manager that combines pip and venv, as the name implies.

Poetry

Poetry manages environments and dependencies in a similar way to Pipenv.

maintainer notes

testing sample configs

The example configurations are tested on a small project whenever the minimal configs change.
"""
    text = post(body, 7)
    # Two headings of two words or more in lower case, as the export's are, with nothing else to go by: a
    # parent or an empty sibling, still reported (capitalised, they are a post's parent and its subsection).
    assert lint(text, ["STR004"]) == [("STR004", line_of(text, "maintainer notes"))]


def test_an_emptied_one_word_section_that_stands_alone_is_still_empty() -> None:
    """`Background` and `Conclusion` head sections of their own in a post, not
    subsections: emptied, they are reported though another heading follows."""
    body = """\
Background

Results

The median cold start is now 480 milliseconds across the three regions we measured.

Conclusion

Next steps

We will move the remaining two services to the new loader before the end of the quarter.
"""
    text = post(body, 3)
    assert lint(text, ["STR004"]) == [
        ("STR004", line_of(text, "Background")),
        ("STR004", line_of(text, "Conclusion")),
    ]


def test_a_short_line_alone_between_two_headings_is_the_first_ones_paragraph() -> None:
    body = """\
Benchmarks

The median cold start is now 480 milliseconds across the three regions we measured.

License

MIT

Thanks

Happy hacking!
"""
    text = post(body, 4)
    # Read as headings, `MIT` and `Happy hacking!` would leave `License` and `Thanks` empty.
    assert shape(text)[:3] == [("Benchmarks", ["paragraph"]), ("License", ["paragraph"]), ("Thanks", ["paragraph"])]
    assert lint(text, ["STR004", "META006"]) == []


def test_a_date_alone_under_a_heading_is_its_dateline() -> None:
    """cibuildwheel's changelog: each version's heading, then its date in
    italics, then the changes. Read as a heading, the date left every version
    empty and the count short by one a version."""
    body = """\
Changelog

The changes of each release, newest first.

v4.3.5

27 October 2026

  • Stops passing the target build environment to the host virtualenv call, regression in v4.3.4 (#3023)
  • Updates dependencies and constraints (pyodide-build 0.39.3, CPython 3.15.2, etc) (#3024, #3027)

v4.3.4

22 October 2026

  • Warns when a uv build frontend is selected and the host uv is older than 0.13.4 (#3021)
"""
    text = post(body, 4)
    assert shape(text)[:3] == [
        ("Changelog", ["paragraph"]),
        ("v4.3.5", ["paragraph", "list"]),
        ("v4.3.4", ["paragraph", "list"]),
    ]
    assert lint(text, ["STR004", "META006"]) == []
    # A date heading over content of its own, after a paragraph, is still a heading.
    log = body.replace(
        "The changes of each release, newest first.\n\nv4.3.5\n\n", "The changes of each release, newest first.\n\n"
    )
    assert ("27 October 2026", ["list"]) in shape(post(log, 2))


def test_a_changelog_heading_right_over_a_version_and_its_date() -> None:
    """cibuildwheel's README: `Changelog` with nothing of its own, then each
    version's heading and its date. The version is not `Changelog`'s one-line
    paragraph over a heading `27 October 2026`: the date is the dateline."""
    body = """\
Changelog

v4.3.5

27 October 2026

  • Stops passing the target build environment to the host virtualenv call, regression in v4.3.4 (#3023)
  • Updates CI actions (#3025)

v4.3.4

22 October 2026

  • Warns when a uv build frontend is selected and the host uv is older than 0.13.4 (#3021)
"""
    text = post(body, 3)
    assert shape(text)[:3] == [("Changelog", []), ("v4.3.5", ["paragraph", "list"]), ("v4.3.4", ["paragraph", "list"])]
    assert lint(text, ["META006"]) == []


def test_a_lead_in_ending_on_a_dash_before_a_list() -> None:
    """cibuildwheel writes a dash for the colon of a lead-in (`Massive props
    also to-`, `A few notes-`): a paragraph leading into its list, not a
    heading over it. A heading with a dash inside stays one."""
    body = """\
Credits

cibuildwheel stands on the shoulders of giants.

  • @matthew-brett for multibuild and matthew-brett/delocate
  • @PyPA for the manylinux Docker images pypa/manylinux

Massive props also to-

  • @zfrenchee for help debugging many issues
  • @mattip for his help with adding PyPy support to cibuildwheel

Running the tests

A few notes-

  • Because they run inside a container, Linux tests can run on all platforms where Docker is installed.

Step-by-step setup

  • Install Docker and the Python versions the tests use.
"""
    text = post(body, 4)
    assert shape(text)[:3] == [
        ("Credits", ["paragraph", "list", "paragraph", "list"]),
        ("Running the tests", ["paragraph", "list"]),
        ("Step-by-step setup", ["list"]),
    ]
    assert lint(text, ["META006", "STR004"]) == []


def test_a_scene_setting_clause_then_the_sentence_before_code() -> None:
    """A lead-in without its `:` that opens on a clause and a comma, then the
    sentence's own subject or verb (proptest's `In Cargo.toml, add`, cbindgen's
    `To install cbindgen, you just need to run`, instructor's `To get guaranteed
    structured outputs with Cerebras Inference, you`), is a sentence whatever
    its length; a line running on (`Licensed under either of`) is too. A
    heading with a comma (`Lists, tuples and sets`) stays a heading."""
    body = """\
Getting started

Tests pass, deploy to production! But now your application starts crashing, and people are upset.

In Cargo.toml, add

[dev-dependencies]
proptest = "1.0.0"

Quick Start

To install cbindgen, you just need to run

cargo install --force cbindgen

Basic Usage

To get guaranteed structured outputs with Cerebras Inference, you

  • Create a new Instructor client with the from_cerebras method
  • Define a Pydantic model to pass into the response_model parameter

License

Licensed under either of

  • Apache License, Version 2.0 (LICENSE-APACHE or http://www.apache.org/licenses/LICENSE-2.0)
  • MIT license (LICENSE-MIT or http://opensource.org/licenses/MIT)

Lists, tuples and sets

  • A list keeps its order and may change.
  • A tuple keeps its order and may not.
"""
    text = post(body, 6, language="rust")
    assert shape(text)[:5] == [
        ("Getting started", ["paragraph", "paragraph", "code"]),
        ("Quick Start", ["paragraph", "code"]),
        ("Basic Usage", ["paragraph", "list"]),
        ("License", ["paragraph", "list"]),
        ("Lists, tuples and sets", ["list"]),
    ]
    assert lint(text, ["META006", "STR004"]) == []


BULLETED_PARAGRAPHS = """\
The Basics: Yielding Values

A generator function in Python uses the yield keyword. It yields values one at a time.

def count_to_3():
    yield 1
    yield 2
    yield 3

for num in count_to_3():
    print(num)

1
2
3

Scenario

Imagine an e-commerce platform where we have:

• a customer profile: this includes a detailed history of purchases, browsing behavior, product ratings, preferences.

• a list of candidate products: these could be some shortlisted products we think the customer would like.

Our goal is to re-rerank these candidate products for the best conversion and we'll use an LLM!
"""


def test_paragraphs_opening_on_a_bullet_and_printed_numbers() -> None:
    """As in instructor's generator post: a paragraph the post opens with a literal `•`, alone on
    its line at the margin, is a paragraph (the export indents its list items: `  • item`); and
    `1`, `2`, `3` after the loop that printed them are its output, not a paragraph of several
    lines. A short bullet at the margin stays a list item."""
    text = post(BULLETED_PARAGRAPHS, 6)
    assert shape(text)[:2] == [
        ("The Basics: Yielding Values", ["paragraph", "code"]),
        ("Scenario", ["paragraph", "paragraph", "paragraph", "paragraph"]),
    ]
    assert lint(text, ["META006"]) == []
    short = BULLETED_PARAGRAPHS.split("• a list")[0] + "• a list of products\n"
    assert shape(post(short, 4))[1] == ("Scenario", ["paragraph", "paragraph", "list"])


COMMAND_NAMED_BEFORE = """\
Fine-tuning

Run a finetune like this:

All of the instructor jobs commands assume you've set an environment variable of OPENAI_API_KEY in your shell.

instructor jobs create-from-file math_finetunes.jsonl

Next Steps and Future Plans

Here's a sneak peek of what I'm planning for the next release of the distillation tooling.
"""


def test_a_command_the_paragraph_before_names_is_code() -> None:
    """As in instructor's distillation post: a note between the lead-in and its command (`All of the
    instructor jobs commands assume ...`), then `instructor jobs create-from-file math_finetunes.jsonl`:
    the paragraph calls the line's first words a command, so the line is that command, not a heading
    over nothing. A heading a paragraph merely mentions stays a heading."""
    text = post(COMMAND_NAMED_BEFORE, 4)
    assert shape(text)[:2] == [
        ("Fine-tuning", ["paragraph", "paragraph", "code"]),
        ("Next Steps and Future Plans", ["paragraph"]),
    ]
    assert lint(text, ["STR004", "META006"]) == []
    mention = COMMAND_NAMED_BEFORE.replace("instructor jobs create-from-file math_finetunes.jsonl", "Jobs and files")
    assert ("Jobs and files", []) in shape(post(mention, 4))


FAQ_QUESTIONS_AND_ANSWERS = """\
Interoperability

Q: What is the risk of lock-in?

A: Not much! Other than the plugin system, everything uses Python's established standards by default.

Q: Must one use all features?

A: No, all features are optional! You can use just the build system, or only use the environment management.

Libraries vs applications

Q: Are workflows for both libraries and applications supported?

A: Yes, mostly! Applications can utilize environment management just like libraries.
"""


def test_faq_questions_labelled_as_their_answers_are_paragraphs() -> None:
    """As in hatch's FAQ (`***Q***: Must one use all features?`, `***A***: No, ...`): a question
    opening on `Q:` where the answers open on `A:` is a paragraph as its answer is, not a heading
    over it. Kubernetes' spotlights set the same shape as headings (`### Q. ...?` over `A. ...`), so
    the count allows either reading: 4 (questions as headings) to 7. Without `A:` answers a question
    stays a heading."""
    text = post(FAQ_QUESTIONS_AND_ANSWERS, 7)
    assert shape(text)[:2] == [
        ("Interoperability", ["paragraph"] * 4),
        ("Libraries vs applications", ["paragraph", "paragraph"]),
    ]
    assert lint(text, ["META006"]) == [] and lint(post(FAQ_QUESTIONS_AND_ANSWERS, 4), ["META006"]) == []
    for declared in (3, 8):
        assert lint(post(FAQ_QUESTIONS_AND_ANSWERS, declared), ["META006"]) != []
    unlabelled = FAQ_QUESTIONS_AND_ANSWERS.replace("A: ", "")
    assert ("Q: Are workflows for both libraries and applications supported?", ["paragraph"]) in shape(
        post(unlabelled, 5)
    )


TABLE_FOOTNOTE = """\
Storage Requirements

Kura currently supports three forms of checkpoints - Parquet, Jsonl and Hugging Face's arrow dataset.

*Extrapolated from observed scaling

With this automatic caching, we can resume interrupted jobs immediately without any additional effort.

*Emphasis kept by the converter*

A bold or italic label, closed, stays a heading-like line.
"""


def test_a_footnote_under_a_table_left_out_is_a_paragraph() -> None:
    """As in kura's benchmarking post: `*Extrapolated from observed scaling`, the note under a table
    the export left out, opens on a footnote's mark glued to its word and never closed: a one-line
    paragraph, not a heading. A label the converter kept in stars (`*Emphasis kept by the converter*`)
    is not a footnote."""
    text = post(TABLE_FOOTNOTE, 5)
    assert shape(text)[:2] == [
        ("Storage Requirements", ["paragraph", "paragraph", "paragraph"]),
        ("*Emphasis kept by the converter*", ["paragraph"]),
    ]
    assert lint(text, ["META006"]) == []


def test_an_empty_heading_before_a_sibling_section_is_still_empty() -> None:
    """`Further reading` is a section of its own, never a parent; the last heading has nothing after it."""
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


# -- 3, 4, 9. code in the languages real posts use ---------------------------------------

RUST_IMPL = """\
#[derive(Debug, Default)]
pub struct Counter {
    count: u32,
}

impl Counter {
    pub fn incr(&mut self) {
        self.count += 1;
    }

    pub fn get(&self) -> u32 {
        self.count
    }
}"""
CARGO_TOML = """\
[package]
name = "counter"
version = "0.1.0"
edition = "2021"

[dependencies]
serde = { version = "1.0", features = ["derive"] }"""
RUST_MAIN = """\
use std::collections::HashMap;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for word in std::env::args().skip(1) {
        *seen.entry(word).or_default() += 1;
    }
    println!("{:?}", seen);
    Ok(())
}"""
GO = """\
package main

import "fmt"

func main() {
    total, err := sum([]int{1, 2, 3})
    if err != nil {
        panic(err)
    }
    fmt.Println(total)
}"""
JAVA = """\
public class Greeter {
    private final String name;

    public Greeter(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return "Hello, " + name;
    }
}"""
C = """\
#include <stdio.h>

int main(void) {
    printf("%d\\n", 42);
    return 0;
}"""
YAML = """\
name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: cargo test --all-features"""
JSON = """\
{
  "name": "counter",
  "version": "0.1.0",
  "private": true
}"""
DIFF = """\
--- a/src/lib.rs
+++ b/src/lib.rs
@@ -1,4 +1,4 @@
 pub fn greet(name: &str) -> String {
-    format!("Hello {}", name)
+    format!("Hello, {name}!")
 }"""
RUSTC = """\
error[E0382]: borrow of moved value: `v`
 --> src/main.rs:4:20
  |
2 |     let v = vec![1, 2, 3];
  |         - move occurs because `v` has type `Vec<i32>`, which does not implement the `Copy` trait
3 |     let w = v;
  |             - value moved here
4 |     println!("{:?}", v);
  |                    ^ value borrowed here after move

error: could not compile `counter` due to 1 previous error."""
LOG = """\
2024-05-02T10:14:03Z INFO server listening on 0.0.0.0:8080.
2024-05-02T10:14:09Z WARN slow request took 2.3 seconds to answer.
2024-05-02T10:14:11Z ERROR upstream closed the connection before the response was sent."""
COMMANDS = ("$ cargo build --release", "VAR=1 make test", "RUST_LOG=debug cargo run", "go test ./...")

SNIPPETS = {
    "rust": (RUST_IMPL, RUST_MAIN),
    "toml": (CARGO_TOML,),
    "go": (GO,),
    "java": (JAVA,),
    "c": (C,),
    "yaml": (YAML,),
    "json": (JSON,),
    "output": (DIFF, RUSTC, LOG),
}


LEAD_INS = (
    "The next listing is the part that changes in this step of the build",
    "Here is what the compiler and the tools show at this point",
    "This is the whole file as it stands after the change",
    "Paste this into the project and run it once before moving on",
    "Everything else in the repository stays as it was before",
    "Read it top to bottom, the order matters for what comes next",
    "We keep this one short on purpose so the change stands out",
)


def code_post(snippets: list[str], language: str = "rust") -> tuple[str, list[str]]:
    """A post with each snippet after a lead-in paragraph of its own section."""
    sections = []
    for k, snippet in enumerate(snippets, 1):
        lead = f"{LEAD_INS[k % len(LEAD_INS)]} ({len(snippet.splitlines())} lines):"
        sections.append(f"Step {k} of the walkthrough\n\n{lead}\n\n{snippet}")
    return post("\n\n".join(sections), 1 + len(snippets), language=language), snippets


def test_code_in_many_languages_is_read_as_code_whole() -> None:
    snippets = [s for group in SNIPPETS.values() for s in group] + list(COMMANDS)
    text, _ = code_post(snippets)
    a = parse_bytes(text.encode(), "a.txt")
    body = [s for s in a.sections if s.heading.text.startswith("Step ")]
    assert [[b.kind.value for b in s.blocks] for s in body] == [["paragraph", "code"]] * len(snippets)
    assert [s.blocks[1].text for s in body] == snippets
    assert lint(text, ["STR", "META006", "DUP", "CODE001", "META013"]) == [("STR006", 1)]


def test_language_detection_names_the_language_and_never_calls_it_python() -> None:
    for lang, group in SNIPPETS.items():
        for snippet in group:
            assert detect_language(snippet) == lang, snippet
            assert not is_python(snippet, declared_python=True), snippet
    assert detect_language("let x = 5;") is None  # Rust as much as JavaScript
    assert detect_language(PYTHON_SNIPPET) == "python" and is_python(PYTHON_SNIPPET)


PYTHON_SNIPPET = """\
from fastapi import FastAPI
app = FastAPI()

@app.get('/health')
def health():
    return {'ok': True}"""


def test_a_rust_impl_in_a_python_post_is_neither_a_syntax_error_nor_javascript() -> None:
    text, _ = code_post([RUST_IMPL, "let x = 5;"], language="python")
    assert lint(text, ["CODE001", "META013"]) == []
    text, _ = code_post(["let x = 5;", "const y = x + 1;"], language="javascript")
    assert lint(text, ["META013"]) == []


def test_a_file_tree_before_a_snippet_is_no_python_syntax_error() -> None:
    """griffe's recommendations show a package's tree, then the import it
    allows: in the export the two run into one block, which is no Python to
    parse. A broken snippet in the same post is still reported (the
    documentation's own missing `]`)."""
    body = """\
Prefer canonical imports

Given the following tree:

package/
    __init__.py
    module_a.py
    module_b.py

from package.module_b import thing

Documenting parameters

The Doc annotation documents a parameter where it is declared:

from typing_extensions import Annotated, Doc

def greet(
    name: Annotated[str, Doc("The name to greet."),
    end: Annotated[str, Doc("The punctuation mark at the end.")] = "!",
) -> None:
    \"\"\"Greet someone.\"\"\"
    print(f"Hey {name}{end}")
"""
    text = post(body, 3)
    assert lint(text, ["CODE001"]) == [("CODE001", line_of(text, ") -> None:"))]


def test_a_lead_in_naming_a_call_and_a_rest_directive_are_no_python() -> None:
    """mkdocstrings' troubleshooting page: `Use functools.wraps():` introduces
    the snippet, it is no line of it (read as code, it made the snippet a
    syntax error); black's page on doctests shows reStructuredText markup."""
    body = """\
My wrapped function shows the documentation of its wrapper

Use functools.wraps():

from functools import wraps

def my_decorator(function):
    @wraps(function)
    def wrapped_function(*args, **kwargs):
        return function(*args, **kwargs)
    return wrapped_function

Formatting doctests

In reStructuredText files the directive holds the code:

.. code-block:: python
    print("Hello world!")
"""
    text = post(body, 3)
    assert shape(text)[:2] == [
        ("My wrapped function shows the documentation of its wrapper", ["paragraph", "code"]),
        ("Formatting doctests", ["paragraph", "code"]),
    ]
    assert lint(text, ["CODE001", "STR", "META006"]) == [("STR006", 1)]


def test_the_same_snippet_twice_in_a_row_is_two_blocks() -> None:
    body = f"Running it\n\nBuild and run the binary twice to see the cache at work.\n\n{RUST_MAIN}\n\n{RUST_MAIN}\n"
    text = post(body, 2, language="rust")
    a = parse_bytes(text.encode(), "a.txt")
    assert [b.text for b in a.sections[0].blocks[1:]] == [RUST_MAIN, RUST_MAIN]  # each keeps its inner blank line
    code_line = line_of(text, "use std::collections::HashMap;")
    assert lint(text, ["DUP003"]) == [("DUP003", code_line + len(RUST_MAIN.splitlines()) + 1)]


# Snippets with blank lines inside whose chunks are too short to tell alone
# (from the Markdown documentation of real packages: griffe, starlette).
CHUNKED_SNIPPETS = [
    """\
import griffe

previous = griffe.load_git("mypackage", ref="0.2.0")
current = griffe.load("mypackage")

for breakage in griffe.find_breaking_changes(previous, current):
    print(breakage.explain())""",
    """\
from starlette.applications import Starlette
from starlette.middleware import Middleware

routes = ...

app = Starlette(routes=routes, middleware=[Middleware(CORSMiddleware)])""",
    """\
__all__ = ["Hello"]

class Hello:
    ...""",
    # a linter's documentation: each call followed by the diagnostic it gets
    """\
import os

follow = True

os.stat("foo", follow_symlinks=follow)  # snapshot: os-stat""",
    # a docstring of several paragraphs: its chunks are the string's, not prose or headings
    'def load(path):\n    """Load a package.\n\n    Parameters:\n        path: Where it is.\n\n'
    '    Returns:\n        The package.\n    """\n    return Package(path)',
    # the same, when the docstring's first line reads as a sentence (griffe's recommendations)
    'def yield_athletes(quantity: int) -> Iterator[Ghost]:\n    """Yield a certain quantity of athletes.\n\n'
    "    Parameters:\n        quantity: How many ghost athletes you want.\n\n"
    '    Yields:\n        Ghost athletes. They\'re just regular ghosts.\n    """\n    ...',
    'GHOST_MASS_CONSTANT: float = 1e-100\n"""The ghost mass constant.\n\nThis is a very small number. '
    'Use it scientifically\nfor all ghost-related things.\n"""',
]


def test_a_short_chunk_inside_a_snippet_stays_in_the_code_block() -> None:
    """`import griffe` alone is no heading, nor `routes = ...` a paragraph,
    when a blank line parts them from the rest of their snippet."""
    text, _ = code_post(CHUNKED_SNIPPETS)
    a = parse_bytes(text.encode(), "a.txt")
    body = [s for s in a.sections if s.heading.text.startswith("Step ")]
    assert [[b.kind.value for b in s.blocks] for s in body] == [["paragraph", "code"]] * len(CHUNKED_SNIPPETS)
    assert [s.blocks[1].text for s in body] == CHUNKED_SNIPPETS
    # Prose beside code stays prose, and a lead-in stays a lead-in.
    prose = (
        "Running it\n\nAdd this to settings.py:\n\nDEBUG = True\nALLOWED_HOSTS = []\n\n"
        "Then restart the server so that the new settings take effect.\n"
    )
    shaped = shape(post(prose, 3))
    assert shaped[0] == ("Running it", ["paragraph", "code", "paragraph"])
    # A section's heading after a code block stays a heading, even one that reads like code; a
    # statement of the block's own language there is the block's last line (test_real_code_edges.py).
    after = "Running it\n\nThe listing below is what matters:\n\nfrom x import y\nz = y()\n\nImport settings\n\n"
    after += "The settings come from the environment, as the next part shows.\n"
    assert shape(post(after, 3))[:2] == [("Running it", ["paragraph", "code"]), ("Import settings", ["paragraph"])]
    statement = after.replace("Import settings", "import settings")
    assert shape(post(statement, 3))[0] == ("Running it", ["paragraph", "code", "paragraph"])


# Sessions and annotated command lists, as real documentation writes them (hatch, attrs, ruff).
SESSIONS = [
    "$ hatch version major,rc\nOld: 0.2.0\nNew: 1.0.0rc0",
    ">>> import attrs\n>>> attrs.asdict(C(1, 2))\n{'x': 1, 'y': 2}",
    "ruff check                          # Lint all files in the current directory.\n"
    "ruff check path/to/code/            # Lint all files in `/path/to/code` (and any subdirectories).\n"
    "ruff check path/to/code/to/file.py  # Lint `file.py`.",
]


def test_a_session_with_its_output_and_commented_commands_are_code() -> None:
    text, _ = code_post(SESSIONS, language="shell")
    body = [s for s in parse_bytes(text.encode(), "a.txt").sections if s.heading.text.startswith("Step ")]
    assert [[b.kind.value for b in s.blocks] for s in body] == [["paragraph", "code"]] * len(SESSIONS)
    assert [s.blocks[1].text for s in body] == SESSIONS


# Code the real documentation of packages writes that was read as headings or
# prose (fastapi, black, griffe, cibuildwheel, hatch, ruff, starlette, mkdocs,
# scikit-build-core), each after a lead-in ending in `:` as in the posts.
REAL_COMMANDS = [
    "fastapi dev my_app/main.py",  # a tool lintkit knows, with a path
    "uvicorn main:app",  # a module:app argument
    "(.venv)$ tox -e py -- --no-cov",  # a virtual environment's prompt
    "pip install --no-build-isolation -Cbuild-dir=build -ve .",  # ends in `.`, its argument
    "export CIBW_DEBUG_KEEP_CONTAINER=TRUE",
    "griffe dump my_package --prefer-stubs-docstrings",  # a tool lintkit does not know, with an option
    "make release version=7.8.9",
    "uv self update",
    "bin/bump_version.py",
]
REAL_ONE_LINERS = [
    'this = "code"',
    'lint.select = ["B006", "B008"]',
    "[tool.hatch.envs.<ENV_NAME>]",
    'title = "TOML Example"  # Title of the document',
    "import os  # error: [unused-import]",
    'yield ServerSentEvent(raw_data="plain text line", event="log")',
    'CIBW_PROJECT_REQUIRES_PYTHON: ">=3.12"',
    '"""Generate the code reference pages."""',
]
REAL_CHUNKED = [
    # a return indented as the block's last line, after a blank line
    "def foo(a, b):\n    def inner(c, d):\n        ...\n\n    return inner",
    # comments that read as sentences, among code
    "import griffe\n\n# Here Griffe will fall back on dynamic analysis and import `itertools`.\n"
    'griffe.load("itertools")',
    "# in:\n\nj = [1,\n     2,\n     3\n]\n\n# out:\n\nj = [1, 2, 3]",
    # YAML whose keys are environment variables, and a workflow's first lines
    'CIBW_BEFORE_ALL_LINUX: yum install -y libffi-devel\nCIBW_INHERIT: "before-all-linux: prepend"',
    "name: Lint\n\non: [push, pull_request]\n\njobs:\n  lint:\n    runs-on: ubuntu-latest",
    # a session with a CLI's framed help after it
    "$ uv run python main.py hello --help\n\n Usage: main.py hello [OPTIONS] {name}\n\n"
    "╭─ Arguments ──────────────────────╮\n│ *    name      <str>  [required] │\n╰──────────────────────────────────╯",
]


def test_real_commands_one_liners_and_chunked_snippets_are_code_whole() -> None:
    groups = [(REAL_COMMANDS, "shell"), (REAL_ONE_LINERS, "python"), (REAL_CHUNKED, "python")]
    # At most as many snippets as lead-ins in a post: a lead-in written twice is a repeat.
    for snippets, language in [(g[k : k + len(LEAD_INS)], lang) for g, lang in groups for k in range(0, len(g), 7)]:
        text, _ = code_post(snippets, language=language)
        body = [s for s in parse_bytes(text.encode(), "a.txt").sections if s.heading.text.startswith("Step ")]
        assert [[b.kind.value for b in s.blocks] for s in body] == [["paragraph", "code"]] * len(snippets)
        assert [s.blocks[1].text for s in body] == snippets
        assert lint(text, ["STR", "META006", "DUP"]) == [("STR006", 1)]


def test_a_command_run_with_sudo_is_code_wherever_it_stands() -> None:
    """hatch's installation page: each system's command follows a sentence that
    is no lead-in; read as headings they left `MacPorts` and `Fedora` empty."""
    body = """\
MacPorts

See the port for more details.

sudo port install hatch

Fedora

The minimum supported version is 37, currently in development as Rawhide.

sudo dnf install hatch

Sudo access for the deploy user

The deploy user runs the service and nothing else, so it needs no password.
"""
    text = post(body, 4)
    assert shape(text)[:3] == [
        ("MacPorts", ["paragraph", "code"]),
        ("Fedora", ["paragraph", "code"]),
        ("Sudo access for the deploy user", ["paragraph"]),
    ]
    assert lint(text, ["STR", "META006"]) == [("STR006", 1)]


def test_a_heading_after_a_lead_in_stays_a_heading_unless_shaped_as_code() -> None:
    """Real headings seldom follow a line ending in `:`; when one does, a lone
    tool's name, a version or words stay a heading, as do the section's paragraphs."""
    headings = ["pip", "pre-commit", "v2.14.0 (2026-10-08)", "Installation", "the next step", "macOS architectures"]
    body = "".join(
        f"Part {k}\n\nThe steps below come in this order:\n\n{h}\n\nEach step says what it changes and why.\n\n"
        for k, h in enumerate(headings, 1)
    )
    shaped = shape(post(body, 1 + len(headings)))
    assert [h for h, _ in shaped if h in headings] == headings
    assert not any("code" in kinds for _, kinds in shaped)


# -- 5. near duplicates that differ in the word that matters -----------------------------


def test_lines_differing_in_a_negation_or_a_number_are_not_near_duplicates() -> None:
    body = """\
Status

The team has made progress on this goal.

The team has not made any progress on this goal.

Release 1.4.2 shipped on 2024-03-02 with the fix for issue #4127 in the scheduler.

Release 1.4.3 shipped on 2024-03-19 with the fix for issue #4188 in the scheduler.

We are releasing the new scheduler to every customer in the first week of March.

We are releasing the new scheduler to every customer in the first week of April.

We are shipping the reworked scheduler to every customer in the second week of May.

We are shipping the reworked scheduler to all customers in the second week of May.
"""
    text = post(body, 9)
    # A date written in words (`March` / `April`, capitalised names) is what matters too; a word changed is not.
    assert lint(text, ["DUP001", "DUP002"]) == [("DUP002", line_of(text, body.splitlines()[-1]))]


def test_differs_in_what_matters() -> None:
    assert differs_in_what_matters("it works on linux.", "it doesn't work on linux.")
    assert differs_in_what_matters("fixed in 2.0.1 (#12)", "fixed in 2.0.3 (#19)")
    assert not differs_in_what_matters("collect the error rate first", "collect the failure rate first")
    # A word and its opposite (eslint-plugin-import's rule pages: `... this will be considered valid:`, then
    # `... considered invalid:`), by a prefix or as a known pair; `put` / `input` is no such pair.
    valid = "With considerComments set to true this will be considered valid:"
    assert differs_in_what_matters(valid, valid.replace("valid", "invalid"))
    assert differs_in_what_matters("caching is enabled by default here", "caching is disabled by default here")
    assert differs_in_what_matters("the request is allowed when signed", "the request is disallowed when signed")
    assert not differs_in_what_matters("put the file in the folder first", "input the file in the folder first")
    # A reference's symmetric entries, articles and all (Node's buffer and process pages).
    reads = "Reads a signed, little-endian 32-bit integer from buf at the specified offset."
    assert differs_in_what_matters(reads, reads.replace("a signed, little", "an unsigned, big"))
    assert differs_in_what_matters(
        "Writes the data to process.stdout as is.", "Writes the data to process.stderr as is."
    )


# -- 6. short exact repeats ----------------------------------------------------------------


def test_a_short_label_repeated_under_two_headings_is_no_duplicate_paragraph() -> None:
    label = "See the release notes for details."  # six words
    long = "Upgrade the workers before the scheduler, never the other way around."
    body = f"Upgrading workers\n\n{label}\n\n{long}\n\nUpgrading the scheduler\n\n{label}\n\n{long}\n"
    text = post(body, 5)
    second = [i for i, ln in enumerate(text.splitlines(), 1) if ln == long][1]
    assert lint(text, ["DUP001", "DUP002"]) == [("DUP001", second)]


# -- lines real pages set between snippets, lead-ins and listings (issue 13, 2026-11 round) ----------


def test_a_line_of_two_sentences_is_a_paragraph_not_a_heading() -> None:
    """black's guide opens with `This guide is incomplete. Contributions are
    welcomed and would be deeply appreciated!`: two sentences, the second
    ending in `!`, short enough for a heading. `Node.js vs. Deno` (an
    abbreviation) and `Why spaces? I prefer tabs` (a question) stay headings."""
    body = """\
Node.js vs. Deno

This guide is incomplete. Contributions are welcomed and would be deeply appreciated!

Why spaces? I prefer tabs

Tabs are shown at different widths by different editors, so the layout changes with the reader.
"""
    text = post(body, 3)
    assert shape(text)[:2] == [("Node.js vs. Deno", ["paragraph"]), ("Why spaces? I prefer tabs", ["paragraph"])]
    assert lint(text, ["STR", "META006"]) == [("STR006", 1)]


def test_lines_joining_two_snippets_are_paragraphs() -> None:
    """attrs' `why` page and hatch's build hook reference set `or:`, `?`,
    `is roughly` and `or` between two snippets, and print a tuple as the
    REPL does (`(1, 2)`): read as headings, they opened empty sections."""
    body = """\
Why not tuples

What makes more sense while debugging:

Point(x=1, y=2)

or:

(1, 2)

?

The names say what the values mean, where the tuple only says where they are.

>>> SmartClass(1, 2)
SmartClass(a=1, b=2)

is roughly

>>> class ArtisanalClass:
...     def __init__(self, a, b):
...         self.a = a

Including files

build_data['force_include']['src/lib.so'] = 'src/lib.so'

or

build_data['force_include']['/absolute/path/to/src/lib.so'] = 'src/lib.so'
"""
    text = post(body, 7)
    assert shape(text)[:2] == [
        (
            "Why not tuples",
            ["paragraph", "code", "paragraph", "code", "paragraph", "paragraph", "code", "paragraph", "code"],
        ),
        ("Including files", ["code", "paragraph", "code"]),
    ]
    assert lint(text, ["STR", "META006"]) == [("STR006", 1)]


def test_a_lead_in_sentence_before_a_quote_or_a_left_out_table_is_a_paragraph() -> None:
    """hatch's dependency page: `All direct reference types are prefixed by
    the package name like:` before a snippet the page wrote as a paragraph;
    pymdown's `The available key word options are found below:` before a
    table the export leaves out. Five words or more, or a comma, ending in
    `:` is a sentence leading in; `Known limitations:` stays a heading."""
    body = """\
Direct references

Direct references are usually not meant to be used for dependencies of a published project.

All direct reference types are prefixed by the package name like:

The package name comes first, then the at sign, then the reference itself.

Slug options

The slugify option takes various parameters to control how casing is performed in slugs.

The available key word options are found below:

Case options are described below:

The case option lowers every letter unless it is set to keep or to fold.

Known limitations:

The loader does not yet expand variables inside values.
"""
    text = post(body, 9)
    assert shape(text)[:3] == [
        ("Direct references", ["paragraph", "paragraph", "paragraph"]),
        ("Slug options", ["paragraph", "paragraph", "paragraph", "paragraph"]),
        ("Known limitations:", ["paragraph"]),
    ]
    assert lint(text, ["STR", "META006"]) == [("STR006", 1)]


def test_chained_tracebacks_type_aliases_and_reprs_are_code() -> None:
    """griffe's pages: a chained traceback's `The above exception was the
    direct cause of the following exception:` between its two parts; a
    PEP 695 `type` statement with its docstring; expressions followed by
    the value they give as a comment (`...resolved  # True`)."""
    body = """\
Resolving aliases

Loading the package alone fails when the alias points into another package:

Traceback (most recent call last):
  File "griffe/_internal/dataclasses.py", line 1310, in target
KeyError: 'package1'

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "<stdin>", line 1, in <module>
griffe.AliasResolutionError: Could not resolve alias package2.X pointing at package1.X

Type aliases

A docstring may follow a type alias as it follows an assignment:

type X = dict[str, int]
\"\"\"This is a type alias docstring.\"\"\"

Resolving them

With resolution on, the alias knows its target:

my_package = griffe.load("my_package", resolve_aliases=True)
my_package["my_function"].resolved  # True
my_package["my_function"].target is my_package["my_module.my_function"]  # True
"""
    text = post(body, 4)
    assert shape(text)[:3] == [
        ("Resolving aliases", ["paragraph", "code"]),
        ("Type aliases", ["paragraph", "code"]),
        ("Resolving them", ["paragraph", "code"]),
    ]
    assert lint(text, ["STR", "META006", "CODE"]) == [("STR006", 1)]


def test_a_plural_in_brackets_is_prose_not_a_call() -> None:
    body = """\
Sponsors

Thanks to everyone who funds the project's maintenance through the sponsorship program.

And 4 more private sponsor(s).
"""
    text = post(body, 3)
    assert shape(text)[0] == ("Sponsors", ["paragraph", "paragraph"])
    assert lint(text, ["STR", "META006", "CODE"]) == [("STR006", 1)]


def test_yaml_sequences_name_listings_quoted_toml_keys_and_cli_help_are_code() -> None:
    """mkdocs' `plugins:` then `- search` lines; hatch's environment names
    one a line; hatch's TOML with quoted keys; markdown-it's `--help`."""
    body = """\
Configuration

Add the plugin to your configuration file, after the search plugin:

plugins:
- search
- mkdocstrings

The matrix would indicate the following unique environments:

hatch-test.py3.12
hatch-test.py3.11-foo

Files outside the project are included with their paths quoted:

[tool.hatch.build.targets.wheel.force-include]
"../artifacts" = "pkg"
"~/lib.h" = "pkg/lib.h"

Command-line usage

Render markdown to HTML from the command line:

usage: markdown-it [-h] [-v] [--stdin] [filenames ...]

options:
  -h, --help       show this help message and exit
  -v, --version    show program's version number and exit
"""
    text = post(body, 5, language="yaml")
    assert shape(text)[:2] == [
        ("Configuration", ["paragraph", "code", "paragraph", "code", "paragraph", "code"]),
        ("Command-line usage", ["paragraph", "code"]),
    ]
    assert lint(text, ["STR", "META006", "CODE"]) == [("STR006", 1)]


# -- real blog posts as clean articles (issue 13, blog round: great-tables, hatch, instructor, kura, pointblank) --


def test_a_lead_in_sentence_without_its_colon_is_a_paragraph() -> None:
    """instructor's posts lead into code and lists without a colon; a topic heading before code stays a heading."""
    body = """\
Automatic Validation and Retries

The model is validated as it comes back, and a failed validation is sent back to the model with the error.

Let's see this in action below

user = client.create(response_model=User, messages=messages)

Key questions

We had two key questions on hand that we wanted to answer

  • Do bad schemas lower the accuracy of the answers?
  • Does the mode of the call change that?

Basic usage

client = instructor.from_provider("cerebras/llama3.1-70b")
"""
    text = post(body, 4)
    assert shape(text)[:-2] == [
        ("Automatic Validation and Retries", ["paragraph", "paragraph", "code"]),
        ("Key questions", ["paragraph", "list"]),
        ("Basic usage", ["code"]),
    ]
    assert lint(text, ["STR004", "META006"]) == []


def test_an_exclamation_opening_a_section_is_its_first_paragraph() -> None:
    """great-tables' `What's next?`, then a sentence ending in `!` before a list; `Let's LaTeX!` stays a heading."""
    body = """\
What's next?

Currently, we're really excited about using Great Tables in different ways!

  • Pointblank: validate your DataFrames and database tables.
  • reactable: create interactive tables.

Let's LaTeX!

While this is an early preview of a new rendering capability, we are optimistic that it can be greatly improved.
"""
    text = post(body, 3)
    assert [h for h, _ in shape(text)[:-2]] == ["What's next?", "Let's LaTeX!"]
    assert lint(text, ["STR004", "META006"]) == []


def test_a_capitalised_parent_before_a_run_of_subsections_is_not_empty() -> None:
    """instructor's `Real-World Examples` opens its subsections, and cibuildwheel's `Maintainer
    notes` its one (`Testing sample configs`); a lower-case empty heading (the generated
    defect's shape) stays reported."""
    body = """\
Real-World Examples

Content Moderation

The validator rejects a reply that breaks the community guidelines and asks the model again.

Fact-Checking

The claims in the answer are checked against the retrieved documents before it is returned.

further reading

production checks

Watch the error rate for a day after the change and compare it with the week before.

Maintainer notes

Testing sample configs

The example configurations are tested on a small project whenever the minimal configs change.
"""
    text = post(body, 4)
    assert lint(text, ["STR004"]) == [("STR004", line_of(text, "further reading"))]


def test_a_capitalised_heading_over_its_one_subsection_is_a_parent() -> None:
    """great-tables' `Appendix: analysis and code` over `Method`, the post's last section, and
    hatch's `Feature flags` over `Command line interface`: a capitalised heading that is no
    section of its own, right before one capitalised section with content, is its parent (in
    the stand-ins' Markdown, 218 such pairs beyond the runs of three are parents, 3 emptied).
    `Further reading` stands alone, as `Conclusion` does: emptied, it stays reported."""
    body = """\
Go forth and win the respect of your coworkers

To learn more about how we analyzed the data, along with the code, see the appendix below!

Appendix: analysis and code

Method

In order to calculate the probability of a given square winning, we focused on the joint probability.

Feature flags

Command line interface

The --cli flag adds a CLI backed by Click that can also be invoked with python -m <PKG_NAME>.

Further reading

Next steps

Try the template on a small project first.
"""
    text = post(body, 5)
    assert lint(text, ["STR004"]) == [("STR004", line_of(text, "Further reading"))]


def test_a_release_heading_and_a_heading_over_a_one_word_subsection_are_parents() -> None:
    """PyO3's migration guide, never tuned on before (the third blog stand-in): `from 0.16.* to
    0.17` opens its first change, and `Features for embedding Python in Rust` its first feature,
    `auto-initialize`. In the real pages' Markdown a heading naming a version right before a
    section with content is its parent 1,039 times and an emptied section once; a heading of one
    word or name right under another is a first subsection 833 times, 6 times the next section
    (change logs' `Added` then `Changed`). A lower-case empty heading before a sibling of
    several words, the generated defect's shape, stays reported."""
    body = """\
from 0.16.* to 0.17

Type checks have been changed for PyMapping and PySequence types

PyO3 0.17 changes these downcast checks to test if the type is a subclass of the abstract base class.

Features for embedding Python in Rust

auto-initialize

This feature changes Python::with_gil to initialize a Python interpreter when needed.

further reading

production checks

Watch the error rate for a day after the change and compare it with the week before.
"""
    text = post(body, 3)
    assert lint(text, ["STR004"]) == [("STR004", line_of(text, "further reading"))]


def test_a_command_block_run_into_the_python_after_it_is_no_syntax_error() -> None:
    """instructor's posts: a `bash` block, then a `python` block; the export runs them together."""
    body = """\
Groq

Groq's platform offers a unique approach to processing with its tensor architecture.

export GROQ_API_KEY="your-api-key"

import os
import instructor

client = instructor.from_groq(groq.Groq(api_key=os.environ["GROQ_API_KEY"]))

Distillation

Make sure you have the latest version of the client before you start.

pip install -U openai

import instructor
from pydantic import BaseModel

class UserDetail(BaseModel):
    name: str

client = instructor.from_provider("openai/gpt-4o"
"""
    text = post(body, 3)
    # The second snippet's own error is still reported, at its line.
    assert lint(text, ["CODE001"]) == [("CODE001", line_of(text, 'client = instructor.from_provider("openai/gpt-4o"'))]


def test_rules_and_commands_in_a_blog_post_are_not_headings() -> None:
    """A `---` between texts in a snippet names nothing: it is the snippet's, code (a page
    never writes its rules out); `instructor jobs create-from-file data.jsonl` and
    `ollama run llama2` after a lead-in are commands."""
    body = """\
Fine-tuning

Now we can use instructor to fine-tune the model:

instructor jobs create-from-file finetune.jsonl

Running locally

Start the model server first, then point the client at it:

ollama run llama2

Samples

The first sample is in Armenian and the second in Tagalog, as the model read them.

---

The samples end here, and the summaries follow in the next section.
"""
    text = post(body, 5)
    assert shape(text)[:-2] == [
        ("Fine-tuning", ["paragraph", "code"]),
        ("Running locally", ["paragraph", "code"]),
        ("Samples", ["paragraph", "code", "paragraph"]),
    ]


# -- what the text cannot settle: the paragraph count as a range (issue 13, META006 round) --------------

LABELS_AND_OUTPUT = """\
Example 1: Simple Substring Check

In this example, we use the Statements class to verify if a given substring quote exists within a text chunk.

Code Example:

from pydantic import BaseModel, ValidationInfo, field_validator
import instructor

Error Message Example:

answer.0.substring_quote
  Value error, Could not find substring_quote `Paris is the capital of France` in contexts [type=value_error]

When to Use Each Method

Use asyncio.gather when:

  • You need results in the same order as input
  • All tasks must complete successfully

Expected output (will vary based on real-time web search data):

Response:
The latest UFC event was UFC Fight Night: Sandhagen vs Figueiredo held on May 3, 2025, in Des Moines, Iowa.
"""


def test_a_short_label_ending_in_a_colon_or_prose_on_several_lines_leaves_the_count_open() -> None:
    """As in instructor's blog: `Code Example:` and `Use asyncio.gather when:` were
    headings in the post (`####`), read as lead-ins before code or a list; the
    expected output was a code block of prose on two lines. The text cannot tell
    either way, so META006 takes any count between the two readings (here 3 to 7),
    and still reports one outside them, without a fix."""
    for declared in (3, 5, 7):
        assert lint(post(LABELS_AND_OUTPUT, declared), ["META006"]) == []
    for declared in (2, 8):
        found = lint_findings(post(LABELS_AND_OUTPUT, declared), ["META006"])
        assert [f.code for f in found] == ["META006"]
        assert "the article has 3 to 7" in found[0].message and found[0].fix is None
    # Without them, one count: a label of five words or with a comma is a sentence leading in
    # (and a heading that exclaims is doubtful too: `test_bold_lines_...`).
    plain = post(QUESTION_HEADINGS.replace("Known limitations:", "Known limitations").replace("this!", "this"), 6)
    assert [f.message for f in lint_findings(plain, ["META006"])] == [
        "payload says 6 paragraphs but the article has 5 (the intro plus the body sections' prose paragraphs)"
    ]


def test_a_one_line_intro_ending_in_an_exclamation_is_the_intro() -> None:
    """As in great-tables' release posts: the intro is one line ending in `!`
    (`Let's look at each of these in turn!`), before the image caption. Read as
    a heading, it left the article without an intro and the count one short."""
    intro = S0.splitlines()[4]
    text = replace_once(post(QUESTION_HEADINGS, 5), intro + "\n", "Let's look at each of these in turn!\n")
    a = parse_bytes(text.encode(), "a.txt")
    assert [b.text for b in a.lead][:1] == ["Let's look at each of these in turn!"]
    assert a.sections[0].heading.text == "What changes for you?"
    assert lint(text, ["STR", "META006"]) == [("STR006", 1)]


STRINGS_AND_LEAD_INS = """\
Anthropic's Solution: Contextual Retrieval

Contextual Retrieval solves this by adding chunk-specific explanatory context before embedding.

original_chunk = "The company's revenue grew by 3% over the previous quarter."

Generating the cards

We ask for question-answer pairs with a short system prompt:

system_prompt = \"\"\"Analyze the given YouTube transcript and generate question-answer pairs
to help study and understand the topic better. Please rate all questions from 1 to 5
based on their difficulty.\"\"\"

text_block = \"\"\"
In our recent online meeting, participants from various backgrounds joined to discuss the upcoming tech conference.

During the meeting, we agreed on several key points. The conference will be held on March 15th, 2024.
\"\"\"

This will output the following

Provider-Agnostic API

For example, the switch from OpenAI to Anthropic requires only three adjustments

  • Import the Anthropic client
  • Update the model name

By the end of these experiments, we had the following takeaways

  • Claude Models excel at complex tasks
"""


def test_a_string_given_to_a_name_is_code_and_a_lead_in_without_its_colon_is_prose() -> None:
    """As in instructor's blog: a sentence assigned as a string (`original_chunk = "..."`),
    a prompt in a triple-quoted string, closed in its chunk or a few chunks on, are code;
    a line pointing at an output the export left out (`This will output the following`,
    before a heading), or giving an example before a list, is a paragraph."""
    text = post(STRINGS_AND_LEAD_INS, 6)
    assert shape(text)[:3] == [
        ("Anthropic's Solution: Contextual Retrieval", ["paragraph", "code"]),
        ("Generating the cards", ["paragraph", "code", "paragraph"]),
        ("Provider-Agnostic API", ["paragraph", "list", "paragraph", "list"]),
    ]
    assert lint(text, ["STR", "META006"]) == [("STR006", 1)]


# -- markup and rules written out, and the labels a post sets in bold (issue 13, third round) ----------

MARKUP_AND_RULES = """\
Using LaTeX output from Great Tables in Quarto

Here's an example .qmd file with these pieces in place:

---
format: pdf
---

```{{python}}
#| output: asis
print(gt_tbl.as_latex())
```

The returned LaTeX table code shows how some of the structural components are represented.

\\fontsize{12.0pt}{14.4pt}\\selectfont

\\begin{tabular*}{\\linewidth}{@{\\extracolsep{\\fill}}llrrr}
\\toprule
mfr & model & hp & trq & msrp \\\\
\\midrule\\addlinespace[2.5pt]
Ford & GT & 647 & 550 & \\$447,000.00 \\\\
\\bottomrule
\\end{tabular*}

Show your style

Use the badge in your project's README.md:

[![Code style: black](https://img.shields.io/badge/code%20style-black-000000.svg)](https://github.com/psf/black)

In Python Markdown, both of these are treated as headers:

## Header

##Also a Header

Then we will have to change our set_edit_path call to:

mkdocs_gen_files.set_edit_path(full_doc_path, Path("../") / path)  # (1)!
"""


def test_markup_and_rules_written_out_are_code() -> None:
    """As in great-tables' LaTeX post, black's README and pymdown's and mkdocstrings'
    pages: a page shows none of front matter's `---`, a fence, a LaTeX command, a
    badge or a Markdown heading as written, so they are code (a snippet of markup),
    not headings or paragraphs; so is a call before a two-blank comment."""
    text = post(MARKUP_AND_RULES, 6)
    assert shape(text)[:2] == [
        ("Using LaTeX output from Great Tables in Quarto", ["paragraph", "code", "paragraph", "code"]),
        ("Show your style", ["paragraph", "code", "paragraph", "code", "paragraph", "code"]),
    ]
    assert lint(text, ["STR", "META006"]) == [("STR006", 1)]


SAMPLES_BETWEEN_RULES = """\
The Problem

Consider the following example where we ask a language model to summarize text in various languages:

Mga modelo ng wika ay naging mas sopistikado sa nagdaang mga taon, na nagbibigay-daan sa pagbuo ng teksto.

---

Ngaahi motuʻa lea kuo nau hoko ʻo fakaʻofoʻofa ange ʻi he ngaahi taʻu fakamuimui ni.

---

Dil modelleri son yıllarda daha da gelişti, akıcı ve doğal metinler üretmeyi mümkün kılıyor.

If we use a simple instructor prompt, even when we ask for the language to be correct, we often get English.
"""


def test_texts_between_rules_are_a_snippet_and_the_ones_beside_them_are_doubtful() -> None:
    """As in instructor's multilingual post: samples separated by `---` in a code block.
    The one between two rules is the snippet's; the first and the last may be the
    snippet's or the post's prose, so the count is a range (here 3 to 5). A `---`
    alone again is no repeated code block."""
    text = post(SAMPLES_BETWEEN_RULES, 3)
    assert shape(text)[:1] == [("The Problem", ["paragraph", "paragraph", "code", "paragraph", "paragraph"])]
    for declared in (3, 5):
        assert lint(post(SAMPLES_BETWEEN_RULES, declared), ["STR", "META006", "DUP003"]) == [("STR006", 1)]
    assert "the article has 3 to 5" in lint_findings(post(SAMPLES_BETWEEN_RULES, 6), ["META006"])[0].message


BOLD_LABELS = """\
Putting it all together

Finally, we'll combine everything from the sections above into a single block of code.

Not too bad!

Table styling is a surprisingly deep topic, and we've only scratched the surface.

Few-shot results

Here were our results for the Claude Family of models

Here were our results for 4o-mini

It's clear here that Claude models consistently show significant improvement with few-shot examples.

Query understanding

response = client.create(model="gpt-4o", response_model=SearchQuery)

Example Output

{"rewritten_query": "novel developments advancements ai", "domains_allow_list": ["arxiv.org"]}

Summarization cost and latency

Understanding where computational resources are allocated is crucial for optimizing the pipeline.

Cost Breakdown ($)

Time Breakdown (seconds)

We can see that summarisation is the primary bottleneck in the pipeline.

Using the new opt_*() methods to do more complex tasks with table options

Great Tables has a few new methods that make it easy to set several options at once.
"""


def test_bold_lines_that_speak_exclaim_or_label_leave_the_count_open() -> None:
    """As in great-tables', instructor's and kura's posts: a line the post set in bold
    reads as a heading in the export: one that exclaims (`Not too bad!`) or speaks
    (`Here were our results for 4o-mini`), a label between two code blocks (`Example
    Output`) or over a table the export left out (`Cost Breakdown ($)`, then a
    heading, and that heading its sibling: `Time Breakdown (seconds)`); and a heading
    of thirteen words reads as a paragraph. Each may be either, so the count is a
    range (here 8 to 14; the post has 12)."""
    for declared in (8, 12, 13):
        assert lint(post(BOLD_LABELS, declared), ["META006"]) == []
    found = lint_findings(post(BOLD_LABELS, 7), ["META006"])
    assert "the article has 8 to 14" in found[0].message


def test_a_lead_in_before_a_line_read_as_a_paragraph_and_before_a_heading_is_a_paragraph() -> None:
    """As in black's README: a testimonial's lead-in before a quote that exclaims
    (`... Xmas!`), and `Looks like this:` (its badge left out) before `License`
    and its one line `MIT`."""
    body = """\
Testimonials

Dusty Phillips, writer:

Black is opinionated so you don't have to be.

Hynek Schlawack, creator of attrs, core developer of Twisted and CPython:

An auto-formatter that doesn't suck is all I want for Xmas!

Show your style

Use the badge in your project's README.md:

[![Code style: black](https://img.shields.io/badge/code%20style-black-000000.svg)](https://github.com/psf/black)

Looks like this:

License

MIT
"""
    text = post(body, 8)
    assert shape(text)[:3] == [
        ("Testimonials", ["paragraph", "paragraph", "paragraph", "paragraph"]),
        ("Show your style", ["paragraph", "code", "paragraph"]),
        ("License", ["paragraph"]),
    ]
    assert lint(text, ["STR", "META006"]) == [("STR006", 1)]


# -- command output in columns, Go indented with tabs, a CLI's usage (Docker, gRPC-Go, clap) ---------


def test_output_in_columns_go_indented_with_tabs_and_usage_lines_are_code() -> None:
    # From Docker's `docker trust` and `docker plugin ls` pages and gRPC-Go's encoding doc.
    body = """\
Inspect the signatures

The output lists the signed tags and who signed them:

SIGNED TAG          DIGEST                                                             SIGNERS
red                 852cc04935f930a857b630edc4ed6131e91b22073bcc216698842e44f64d2943   alice

List the plugins

Usage:  docker plugin ls [OPTIONS]

ID                  NAME                DESCRIPTION         ENABLED
69553ca1d123        tiborvass/sample    A test plugin       true

Read the logs

Implement the reader with this configuration:

type ReadConfig struct {
\tSince  time.Time
\tTail   int
\tFollow bool
}
"""
    text = post(body, 3, language="go")
    assert shape(text)[:3] == [
        ("Inspect the signatures", ["paragraph", "code"]),
        ("List the plugins", ["code"]),  # the usage and the table: code beside code is one block
        ("Read the logs", ["paragraph", "code"]),
    ]
    assert lint(text, ["STR004", "META006", "DUP"]) == []


def test_a_sessions_output_after_blank_lines_stays_in_its_snippet() -> None:
    # From Docker's `docker trust revoke` and `docker commit` pages: a command, its table, a label
    # ending in `:` and more output, the keys' lines; the lead-in after a bare command is the post's.
    body = """\
Revoke a signature

Here's an example of a repo with two signed tags:

$ docker trust inspect --pretty example/trust-demo
SIGNED TAG          DIGEST                                                              SIGNERS
red                 852cc04935f930a857b630edc4ed6131e91b22073bcc216698842e44f64d2943    alice

List of signers and their keys for example/trust-demo:

SIGNER              KEYS
alice               05e87edcaecb

Administrative keys for example/trust-demo:
Repository Key: ecc457614c9fc399da523a5f4e24fe306a0a6ee1cc79a10e4555b3c6ab02f71e
Root Key:       3cb2228f6561e58f46dbc4cda4fcaff9d5ef22e865a94636f82450d1d2234949

When alice, one of the signers, runs docker trust revoke:

$ docker trust revoke example/trust-demo:red
Enter passphrase for delegation key with ID 27d42a8:
Successfully deleted signature for example/trust-demo:red

Commit a container

$ docker commit c3f279d17e0a svendowideit/testimage:version3

f5283438590d

$ docker network inspect simple-network

The output is in JSON format, for example:

[
  {
    "Name": "simple-network"
  }
]

label

The label filter matches networks based on the presence of a label.
"""
    text = post(body, 5, language="shell")
    assert shape(text)[:3] == [
        ("Revoke a signature", ["paragraph", "code", "paragraph", "code"]),
        ("Commit a container", ["code", "paragraph", "code"]),
        ("label", ["paragraph"]),  # a filter's section after a session is a heading still
    ]
    assert lint(text, ["STR004", "META006", "DUP"]) == []


def test_one_line_commands_statements_and_markup_are_code_and_openings_of_sentences_are_prose() -> None:
    # Docker's Windows build page, gRPC-Go's retry README, wasm-bindgen's guide, black's docs,
    # pymdown's caret page; Docker's plugin index and black's README for the sentences.
    body = """\
Remove the image

It may be useful to keep this image around if you need to build multiple times.

docker rmi nativebuildimage

Provide the policy

To use the above service config, pass it with grpc.WithDefaultServiceConfig to grpc.Dial.

conn, err := grpc.Dial(ctx,grpc.WithInsecure(), grpc.WithDefaultServiceConfig(retryPolicy))

Coerce to a parent

let element: &Element = ...;

method_expecting_a_node(&element); // coerce to `&Node` implicitly

Unpack a point

x, y = point

Insert text

^^Insert me^^

Call a method

  • output:

message: "Hello gRPC CLI"

Use the API

When using curl 7.5 and above, the URL should be of the form http://hostname/APICall.

For example, http://localhost/VolumeDriver.List

Authors

Glory goes to a few people.

See AUTHORS.md
"""
    text = post(body, 7, language="go")
    assert [kinds for _, kinds in shape(text)[:8]] == [
        ["paragraph", "code"],
        ["paragraph", "code"],
        ["code"],
        ["code"],
        ["code"],
        ["list", "code"],
        ["paragraph", "paragraph"],
        ["paragraph", "paragraph"],
    ]
    assert lint(text, ["STR004"]) == []


def test_a_callouts_title_alone_leaves_the_count_open() -> None:
    # Docker's `> **Note**` asides, written as a line alone: a heading, or the aside's bold first line.
    body = """\
Description

Lists all the nodes that the Docker Swarm manager knows about.

Note

This is a cluster management command, and must be executed on a swarm manager node.
"""
    text = post(body, 4, language="shell")  # the page counted the title as a paragraph
    assert shape(text)[:2] == [("Description", ["paragraph"]), ("Note", ["paragraph"])]
    assert lint(text, ["META006"]) == []
    assert lint(post(body, 3, language="shell"), ["META006"]) == []


def test_the_first_lines_a_command_prints_are_its_output() -> None:
    # From Docker's `docker stack deploy`, `docker trust signer add` and `docker system prune` pages.
    body = """\
Deploy a stack

The deploy command supports compose file version 3.0 and above.

$ docker stack deploy --compose-file docker-compose.yml vossibility

Ignoring unsupported options: links

Creating network vossibility_vossibility
Creating service vossibility_nsqd

Inspect a repository

$ docker trust inspect --pretty example/trust-demo

No signatures for example/trust-demo

Prune the system

$ docker system prune

Are you sure you want to continue? [y/N] y

Add a signer

$ docker trust signer add alice example/unauthorized --key alice.crt

Adding signer "alice" to example/unauthorized...
you are not authorized to perform this operation: server returned 401.

Failed to add signer to: example/unauthorized
"""
    text = post(body, 2, language="shell")
    assert [kinds for _, kinds in shape(text)[:4]] == [["paragraph", "code"], ["code"], ["code"], ["code"]]
    assert lint(text, ["STR004", "META006", "DUP"]) == []


def test_go_imports_for_side_effects_and_map_types_are_code() -> None:
    # From gRPC-Go's compression and metadata docs.
    body = """\
Register the compressor

Import the package in your client:

package myclient

import _ "google.golang.org/grpc/encoding/gzip"

Read the metadata

Metadata is a map from keys to lists of values:

type MD map[string][]string
"""
    text = post(body, 3, language="go")
    assert shape(text)[:2] == [
        ("Register the compressor", ["paragraph", "code"]),
        ("Read the metadata", ["paragraph", "code"]),
    ]
    assert lint(text, ["STR004", "META006", "DUP"]) == []


def test_sentences_that_cite_types_and_paths_are_prose() -> None:
    """As in cxx's book and docker's reference: a paragraph full of generic types
    (`std::vector<T>`, `CxxVector<T>`) or ending in `;` is a sentence, not code."""
    body = """\
Binding

The Rust binding of std::vector<T> is called CxxVector<T>. See the link for documentation of the Rust API.

Example

The following example starts an ubuntu container running top in detached mode, then attaches to the container;

$ docker run -d --name topdemo ubuntu /usr/bin/top -b
"""
    text = post(body, 3, language="rust")
    assert shape(text)[:2] == [("Binding", ["paragraph"]), ("Example", ["paragraph", "code"])]
    assert lint(text, ["META006"]) == []


def test_a_one_line_question_before_its_answer_leaves_the_count_open() -> None:
    """As in criterion's and rayon's FAQs: a question heading too long for one (two
    sentences, `... in performance. Why?`) reads as a paragraph; it may be either."""
    body = """\
Questions

I made a trivial change to my source and Criterion.rs reports a large change in performance. Why?

Small changes to a function can move its code in memory, which changes how the caches treat it.

What should I do if I use Rc, Cell, RefCell or other non-Send-and-Sync types?

Use the threadsafe versions: Arc, Mutex and RwLock, or an atomic type.
"""
    for declared in (3, 5):
        assert lint(post(body, declared), ["META006"]) == []
    assert "the article has 3 to 5" in lint_findings(post(body, 2), ["META006"])[0].message


def test_text_with_dash_items_and_a_prompted_commit_are_a_session_s_output() -> None:
    """As in docker's `system prune` and `set-up-git` pages: what a command printed,
    lines of text with `- ` items among them (the export writes its own items with
    `•`, a blank line after their lead-in), and a prompt before a command whose
    message ends in a stop, are code, not paragraphs."""
    body = """\
Examples

$ docker system prune

WARNING! This will remove:
- all stopped containers
- all networks not used by at least one container
Are you sure you want to continue? [y/N] y

Commit

$ git commit -s -m "Making a dry run test."
[dry-run-test 6e728fb] Making a dry run test
1 file changed, 1 insertion(+)
"""
    text = post(body, 1, language="shell")
    assert shape(text)[:2] == [("Examples", ["code"]), ("Commit", ["code"])]
    assert lint(text, ["META006"]) == []


def test_a_file_name_over_code_leaves_the_count_open_and_a_line_that_runs_on_leads_in() -> None:
    """As in cibuildwheel's CI pages (a tab named `.gitlab-ci.yml` over its file) and
    docker's glossary (`The term Docker can refer to`, then a list): the file's name
    is a heading or a label; the line that runs on is the list's lead-in."""
    body = """\
Configuration

Add a job to your CI configuration.

.gitlab-ci.yml

linux:
  image: python:3.12
  script:
    - pipx run cibuildwheel

Docker

The term Docker can refer to

  • The Docker project as a whole
  • The docker daemon process running on the host
"""
    text = post(body, 3, language="yaml")
    assert shape(text)[2] == ("Docker", ["paragraph", "list"])
    for declared in (3, 4):
        assert lint(post(body, declared, language="yaml"), ["META006"]) == []


def test_a_message_ending_in_a_colon_before_indented_output_is_the_command_s() -> None:
    """As in docker's `swarm join-token` page: what the command prints, a line ending
    in `:` and the join command indented under it, is its output, not a lead-in."""
    body = """\
Examples

$ docker swarm join-token worker

To add a worker to this swarm, run the following command:

    docker swarm join \\
    --token SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-1awxwuwd3z9j1z3puu7rcgdbx \\
    172.17.0.2:2377

$ docker swarm join-token manager

To add a manager to this swarm, run the following command:

    docker swarm join \\
    --token SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-7p73s1dx5in4tatdymyhg9hu2 \\
    172.17.0.2:2377
"""
    text = post(body, 1, language="shell")
    assert shape(text)[0] == ("Examples", ["code"])
    assert lint(text, ["META006", "DUP"]) == []


def test_a_file_name_over_nothing_leaves_the_count_open() -> None:
    """As in wasm-bindgen's hello-world page: file names whose contents the page
    included (`webpack.config.js`, then `package.json`) read as a heading and its
    one-line paragraph; each may be a label either way (here 2 to 4 with the intro)."""
    body = """\
Configuration

And finally here's the Webpack configuration and package.json for this project

webpack.config.js

package.json
"""
    for declared in (2, 3, 4):
        assert lint(post(body, declared), ["META006"]) == []
    assert "the article has 2 to 4" in lint_findings(post(body, 5), ["META006"])[0].message


def test_what_a_bare_command_reports_or_prints_back_is_its_output() -> None:
    """As in docker's swarm and volume pages: right after a command, a line holding an
    id, a short report of what it did, the argument it prints back, and a message
    quoting the next command to run are its output, not the post's paragraphs or
    headings; the post's sentences and headings after a command stay."""
    body = """\
Examples

$ docker swarm init --advertise-addr 192.168.99.121

Swarm initialized: current node (bvz81updecsj6wjz393c09vti) is now a manager.

To add a worker to this swarm, run the following command:

    docker swarm join \\
    --token SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-1awxwuwd3z9j1z3puu7rcgdbx \\
    172.17.0.2:2377

To add a manager to this swarm, run 'docker swarm join-token manager' and follow the instructions.

docker swarm init generates two random tokens, a worker token and a manager token.

Rotate

$ docker swarm join-token --rotate worker

Successfully rotated worker join token.

To add a worker to this swarm, run the following command:

    docker swarm join \\
    --token SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-b30ljddcqhef9b9v4rs7mel7t \\
    172.17.0.2:2377

The -q (or --quiet) flag only prints the token:

$ docker swarm join-token -q worker

SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-b30ljddcqhef9b9v4rs7mel7t

Leave

$ docker swarm leave

Node left the default swarm.

The node will still appear in the node list, and marked as down.

Volumes

$ docker volume create hello

hello

$ ls -sh busybox.tar

2.7M busybox.tar

Registry

$ docker image pull myregistry.local:5000/testing/test-image

Registry credentials are managed by docker login.

$ docker container run -it --volume volumename:/data busybox

--volume

The flag mounts a volume.
"""
    text = post(body, 6, language="shell")
    assert shape(text)[:6] == [
        ("Examples", ["code", "paragraph"]),
        ("Rotate", ["code", "paragraph", "code"]),
        ("Leave", ["code", "paragraph"]),
        ("Volumes", ["code"]),
        ("Registry", ["code", "paragraph", "code"]),
        ("--volume", ["paragraph"]),
    ]
    assert lint(text, ["META006", "DUP"]) == []


def test_a_panic_an_example_after_e_g_and_link_lines_are_read_as_written() -> None:
    """As in async-std's tasks page, sequoia's benches README and wasm-bindgen's guide:
    a Rust panic and the runtime's note after it are output (not a paragraph the
    page repeats), a command after a sentence ending in `e.g.` is the example it
    gives, and a link alone on its line (`Get geckodriver here`, `View full source
    code`) is a one-line paragraph, not a heading over nothing."""
    body = """\
Panics

Panics behave like Rust's threads do when spawned with the default settings:

task::block_on(async {
    panic!("test");
});

thread 'async-task-driver' panicked at 'test', examples/panic.rs:8:9
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace.

While panicking a spawned task will abort:

task::spawn(async {
    panic!("test");
});

thread 'async-task-driver' panicked at 'test', examples/panic.rs:8:9
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace.
Aborted (core dumped)

Critcmp

If you'd like to compare more than two stored baselines, or see a report on the command line, use critcmp, e.g.

critcmp my_baseline my_other_baseline main

Using the older --target no-modules

View full source code

The older version of using wasm-bindgen without a bundler is to use the --target no-modules flag.

GECKODRIVER=path/to/geckodriver

The firefox binary must be on your $PATH.

Get geckodriver here

CHROMEDRIVER=path/to/chromedriver

The chrome binary must be on your $PATH.
"""
    text = post(body, 9, language="rust")
    assert shape(text)[:5] == [
        ("Panics", ["paragraph", "code", "paragraph", "code"]),
        ("Critcmp", ["paragraph", "code"]),
        ("Using the older --target no-modules", ["paragraph", "paragraph"]),
        ("GECKODRIVER=path/to/geckodriver", ["paragraph", "paragraph"]),
        ("CHROMEDRIVER=path/to/chromedriver", ["paragraph"]),
    ]
    assert lint(text, ["META006", "DUP", "STR004"]) == []


def test_indented_dash_items_under_code_a_version_note_and_powershell_are_read_as_written() -> None:
    """As in pymdown-extensions' tabbed page and pdm's README: `- ` items indented
    under code are the sample's (the second sample, longer, no longer splits into a
    copy of the first), a callout's `... is new in 10.1` is a one-line paragraph,
    not a heading over nothing, and a `powershell ...` line is code."""
    body = """\
Syntax

Tabs start with === to signify a tab followed by a quoted title.

=== "Tab 1"
    Markdown **content**.

=== "Tab 2"
    More Markdown **content**.

    - list item a
    - list item b

You can explicitly mark the start of a new tab set with !.

=== "Tab 1"
    Markdown **content**.

=== "Tab 2"
    More Markdown **content**.

    - list item a
    - list item b

===! "Tab A"
    Different tab set.

With combine_header_slug enabled, the content tab slug would be header-tab.

combine_header_slug is new in 10.1

For Windows

powershell -ExecutionPolicy ByPass -c "irm https://pdm-project.org/install.ps1 | iex"
"""
    text = post(body, 5, language="markdown")
    assert shape(text)[:2] == [
        ("Syntax", ["paragraph", "code", "paragraph", "code", "paragraph", "paragraph"]),
        ("For Windows", ["code"]),
    ]
    assert lint(text, ["META006", "DUP", "STR004"]) == []


def test_a_go_import_spec_with_its_comment_is_code_and_a_sentence_citing_an_attribute_is_prose() -> None:
    """As in grpc-go's xds example and structopt's examples README: an import spec
    and its comment (`_ "google.golang.org/grpc/xds" // To install ...`) is Go, and
    `How to use #[structopt(flatten)]` is a one-line paragraph citing an attribute."""
    body = """\
The client

The client application needs to import the xDS package to install the resolver and balancers:

_ "google.golang.org/grpc/xds" // To install the xds resolvers and balancers.

Then, use xds target scheme for the ClientConn.

Flatten

How to use #[structopt(flatten)]

Skip

How to use #[structopt(skip)].
"""
    text = post(body, 5, language="go")
    assert shape(text)[:3] == [
        ("The client", ["paragraph", "code", "paragraph"]),
        ("Flatten", ["paragraph"]),
        ("Skip", ["paragraph"]),
    ]
    assert lint(text, ["META006"]) == []


def test_a_purpose_sentence_a_sentence_citing_an_attribute_and_a_many_sentence_paragraph_are_prose() -> None:
    """As in insta's CONTRIBUTING, structopt's examples README and wasm-bindgen's guide:
    `To run all tests a makefile is provided` before `make test` is a paragraph, and so
    are `How #[structopt(rename_all)] works.` and a paragraph of four sentences that
    opens on a name (`js_sys::Iterator can be converted ...`)."""
    body = """\
Running the Tests

To run all tests a makefile is provided

make test

Rename all

How #[structopt(rename_all)] works.

Iterating

{iterators}

#[wasm_bindgen]
pub fn count_strings_in_set(set: &js_sys::Set) -> u32 {
    let mut count = 0;
    count
}
"""
    iterators = (
        "js_sys::Iterator can be converted into a Rust iterator either by reference (into js_sys::Iter<'a>) or by"
        " value (into js_sys::IntoIter). The Rust iterator will yield items of type Result<JsValue>. If it yields"
        " an Ok(...), then the JS iterator protocol returned an element. If it yields an Err(...), then the JS"
        " iterator protocol threw an exception."
    )
    text = post(body.replace("{iterators}", iterators), 4, language="rust")
    assert shape(text)[:3] == [
        ("Running the Tests", ["paragraph", "code"]),
        ("Rename all", ["paragraph"]),
        ("Iterating", ["paragraph", "code"]),
    ]
    assert lint(text, ["META006"]) == []


def test_headings_written_with_a_stop_and_snippet_labels_may_be_either() -> None:
    """As in Docker's `docker save` and metrics plugin pages and criterion's migration
    notes: a short sentence with a stop right after a heading and over code (`Create a
    backup ...`), a snippet's label over it (`Request`, `Response`), and, when the body's
    first heading has a stop, each such sentence over more of its section, are
    headings or paragraphs: the count allows for either."""
    body = """\
Examples

Create a backup that can then be used with docker load.

$ docker save busybox > busybox.tar

MetricsCollector.StartMetrics

Signals to the plugin that the metrics socket is now available for scraping

Request

{}

The request has no playload.

Response

{
	"Err": ""
}
"""
    assert lint(post(body, 3), ["META006"]) == []  # the sentence as a heading
    assert lint(post(body, 6), ["META006"]) == []  # the labels as paragraphs
    assert lint(post(body, 7), ["META006"]) != []
    stopped = """\
External program benchmarks have been removed.

These were deprecated in version 0.2.6, as they were not used widely enough to justify the extra work.

The format of the raw.csv file has changed to accommodate custom measurements.

The sample_time_nanos field has been split into sample_measured_value and unit.

Throughput has been expanded to u64

Existing benchmarks with u32 Throughputs will need to be changed.
"""
    assert lint(post(stopped, 4), ["META006"]) == []
    assert lint(post(stopped, 6), ["META006"]) == []


REFERENCE_EXAMPLES = """\
Description

The docker commit command creates a new image from a container's changes.

Examples

Commit a container

Commit the container's file changes into a new image.

docker commit c3f279d17e0a  svendowideit/testimage:version3
"""


def test_a_reference_pages_examples_over_its_first_sub_heading_is_a_parent_heading() -> None:
    """As in docker's command-line reference: `Examples`, then `Commit a container`, is the
    parent of the headings below it, not a bold label over a table left out: it no longer
    widens the range, so a count one more is reported (the range is 2 to 3: the sentence
    with a stop over the command may still be a sub-heading)."""
    assert lint(post(REFERENCE_EXAMPLES, 3), ["META006"]) == []
    found = lint_findings(post(REFERENCE_EXAMPLES, 4), ["META006"])
    assert "the article has 2 to 3 (" in found[0].message


SENTENCE_LEAD_INS = """\
Wrapping long comprehension in clauses

When a list or dictionary comprehension has a long in clause, Black will wrap it across multiple lines.

For example:

# Before
result = [
    very_very_very_very_very_long_item
    for very_very_very_very_very_long_item in some_very_very_very_very_very_very_long_function_name
]

will be formatted to:

# After
result = [
    very_very_very_very_very_long_item
    for very_very_very_very_very_long_item in (
        some_very_very_very_very_very_very_long_function_name
    )
]

Named tuples

The instance is written out with its field names, and as a tuple without them.

Point(x=1, y=2)

or:

(1, 2)
"""


def test_lead_ins_no_heading_writes_are_paragraphs_for_certain() -> None:
    """As in Black's preview style and attrs' examples: `For example:`, `will be formatted
    to:` and `or:` are sentences leading into code (lower case, an example given), never
    a heading's `Code Example:`: they no longer widen the range, so a count one off
    either way is reported."""
    assert [kinds for _, kinds in shape(post(SENTENCE_LEAD_INS, 6))[:2]] == [
        ["paragraph", "paragraph", "code", "paragraph", "code"],
        ["paragraph", "code", "paragraph", "code"],
    ]
    assert lint(post(SENTENCE_LEAD_INS, 6), ["META006"]) == []
    for declared in (5, 7):
        found = lint_findings(post(SENTENCE_LEAD_INS, declared), ["META006"])
        assert "the article has 6 (" in found[0].message


OUTLINE_AND_OPTIONS = """\
Caching Performance Comparison

These numbers demonstrate that caching isn't just a nice-to-have optimization.

Advanced Caching Patterns

1. Hierarchical Caching

Combine fast in-memory caching with persistent storage for the best of both worlds.

Remove all stopped containers

$ docker rm $(docker ps --filter status=exited -q)

Remove a container and its volumes (-v, --volumes)

$ docker rm --volumes redis
redis

This command removes the container and any volumes associated with it.
"""


def test_a_parent_over_a_numbered_run_and_a_heading_naming_its_options_are_headings() -> None:
    """As in instructor's caching post and docker's `rm` reference: `Advanced Caching Patterns`
    over `1. Hierarchical Caching` is the parent of a numbered run, and `Remove a container and
    its volumes (-v, --volumes)` between two commands names the options its example shows:
    headings for certain, so neither widens the range and a count one more is reported."""
    assert [heading for heading, _ in shape(post(OUTLINE_AND_OPTIONS, 4))[:5]] == [
        "Caching Performance Comparison",
        "Advanced Caching Patterns",
        "1. Hierarchical Caching",
        "Remove all stopped containers",
        "Remove a container and its volumes (-v, --volumes)",
    ]
    assert lint(post(OUTLINE_AND_OPTIONS, 4), ["META006"]) == []
    for declared in (3, 5):
        found = lint_findings(post(OUTLINE_AND_OPTIONS, declared), ["META006"])
        assert "the article has 4 (" in found[0].message


JOINED_SENTENCE_AFTER_SESSION = """\
Remove all stopped containers

The example below uses docker ps -q to print the IDs of all containers that have exited:

$ docker rm $(docker ps --filter status=exited -q)

Or, using the xargs Linux utility;

$ docker ps --filter status=exited -q | xargs docker rm
"""


def test_a_sentence_joined_to_the_last_by_or_is_a_paragraph_between_commands() -> None:
    """As in docker's `rm` reference: `Or, using the xargs Linux utility;` ends as a
    statement does, but a line opening on `Or,` and words alone is the post's sentence,
    not the session's output: a paragraph, and the count is that of the source."""
    assert shape(post(JOINED_SENTENCE_AFTER_SESSION, 3))[:1] == [
        ("Remove all stopped containers", ["paragraph", "code", "paragraph", "code"])
    ]
    assert lint(post(JOINED_SENTENCE_AFTER_SESSION, 3), ["META006"]) == []


STEPS_BEFORE_A_SESSION = """\
label

The label filter matches volumes based on the presence of a label alone or a label and a value.

First, let's create some volumes to illustrate this;

$ docker volume create the-doctor --label is-timelord=yes

the-doctor
$ docker volume create daleks --label is-timelord=no

daleks

The following example filter matches volumes with the is-timelord label regardless of its value.

$ docker volume ls --filter label=is-timelord
"""


def test_a_step_opening_on_first_is_a_paragraph_and_the_name_printed_back_output() -> None:
    """As in docker's `volume ls` reference: `First, let's create some volumes to illustrate this;`
    ends as a statement does, but a line opening on `First,` and words alone (`let's` one of them) is
    the post's sentence, not code; and `daleks`, alone after `docker volume create daleks --label
    is-timelord=no`, is the name the command printed back, not a heading."""
    assert shape(post(STEPS_BEFORE_A_SESSION, 4))[:1] == [
        ("label", ["paragraph", "paragraph", "code", "paragraph", "code"])
    ]
    assert lint(post(STEPS_BEFORE_A_SESSION, 4), ["META006", "STR004"]) == []


MARKDOWN_HEADINGS_SAMPLE = """\
Documentation

  • If you start a new section, add two blank lines before and one blank line after the header:

# Main Header

Last line of previous section.

## Header of New Top Section

### Header of New Section

First line of new section.

  • If you add a new feature, demonstrate its awesomeness on the examples page!
"""


def test_a_line_between_markdown_headings_written_out_is_the_samples() -> None:
    """As in attrs' CONTRIBUTING: `Last line of previous section.` between `# Main Header`
    and `## Header of New Top Section`, headings a page would have rendered, is the text
    of the Markdown sample they open and close, one code block with them."""
    assert shape(post(MARKDOWN_HEADINGS_SAMPLE, 2))[:1] == [("Documentation", ["list", "code", "paragraph", "list"])]
    assert lint(post(MARKDOWN_HEADINGS_SAMPLE, 2), ["META006"]) == []


CALLOUT_ASIDES = """\
Description

Note

This is a cluster management command, and must be executed on a swarm manager node.

Examples

You can update a container's kernel memory limit only on a container that has specified --kernel-memory on creation.

Note

The --kernel-memory option has been deprecated since Docker 20.10.

For example, if you started a container with this command:

$ docker run -dit --name test --kernel-memory 50M ubuntu bash
"""


def test_a_callout_title_over_its_aside_is_a_paragraph_where_the_text_tells() -> None:
    """As in docker's reference pages, whose `> **Note**` the page shows as a bold line: `Note`
    between `Description` and `Examples` would be the one sub-heading of an empty section, and
    `Note` over its aside with more prose after would own prose that goes on with what came
    before. Both are the aside's one-line paragraph, so a count one off either way is reported."""
    assert [kinds for _, kinds in shape(post(CALLOUT_ASIDES, 7))[:2]] == [
        ["paragraph", "paragraph"],
        ["paragraph", "paragraph", "paragraph", "paragraph", "code"],
    ]
    assert lint(post(CALLOUT_ASIDES, 7), ["META006"]) == []
    for declared in (6, 8):
        found = lint_findings(post(CALLOUT_ASIDES, declared), ["META006"])
        assert "the article has 7 (" in found[0].message


MARKDOWN_MARKUP_SAMPLES = """\
Overview

Python Markdown is an old-school parser that aims to follow the original Markdown specification.

> This is a paragraph

> This is another paragraph.

The problem with this approach is that if you have a need to have two separate blockquotes, this becomes difficult.

Usage

To insert or remove text you can use {++insert me++} and {--remove me--}.

{--

* test remove
* test remove

--}

Generic list items inherit type from the current list and if starting a new list, the type is decimal.

i.  item i
#.  item ii
#.  item iii
iv. item iv

Roman Numeral Rules

When Roman numerals are chained in descending order according to denomination, the values are added.

iii. Item 3
iv.  Item 4
v.   Item 5

For more information on demos, try:

> cd rayon-demo
> cargo run --release -- --help
"""


def test_markdown_markup_written_out_at_a_lines_start_is_code() -> None:
    """As in pymdown-extensions' pages on quotes, critic marks and fancy lists, and rayon's README:
    a quote's `> `, a critic mark opening a line (`{--`), an ordered list written out (`i.  item i`,
    `#.  item ii`, `iv. item iv`): an export renders a quote as its text and a list's items as
    bullets, so these lines are a sample's code, not the post's paragraphs."""
    assert [kinds for _, kinds in shape(post(MARKDOWN_MARKUP_SAMPLES, 7))[:3]] == [
        ["paragraph", "code", "paragraph"],
        ["paragraph", "code", "list", "code", "paragraph", "code"],  # the list between the marks stays one
        ["paragraph", "code", "paragraph", "code"],
    ]
    assert lint(post(MARKDOWN_MARKUP_SAMPLES, 7), ["META006"]) == []


LABEL_SERIES = """\
Content of code blocks

Do not translate the content of code blocks, except for comments in the language which the code block uses.

Examples:

Source (English) - The code block is a bash code example with one comment:

# Print greeting
echo "Hello, World!"

Result (German):

# Gruß ausgeben
echo "Hello, World!"

Keep these translations, do not revert them back to the English source.

Example:

Source (English):

flowchart LR
    subgraph global[global env]
    end

Result (German):

flowchart LR
    subgraph global[globale Umgebung]
    end

Tab blocks

There are special blocks surrounded by four slashes. They mark text, which will be rendered as part of a tab.

Examples:

Source (English):

Hello

Result (German):

Hallo

Source (English) - Here there is nothing to translate in the tab title:

Hello again

Result (German):

Hallo wieder

Headings

Every Markdown heading in the English text (all levels) ends with a part inside curly brackets.

Examples of how to translate a heading:

Source (English):

## Alternative API docs { #alternative-api-docs }

Result (Spanish):

## Documentación de la API alternativa { #alternative-api-docs }
"""


def test_labels_an_article_repeats_read_one_way_and_a_series_leads_into_its_sample() -> None:
    """As in fastapi's translation prompt: `Examples:` and `Example:` recur, read once as a paragraph
    (over a label, after a list item), so every one is; `Source (English):` / `Result (German):`,
    a series of labels, each lead into a sample, so `Hello` and `Hallo` between them (a tab's text the
    page shows) are paragraphs, not headings. `Tab blocks`, owning a paragraph of its own, stays one."""
    assert [heading for heading, _ in shape(post(LABEL_SERIES, 23))] == [
        "Content of code blocks",
        "Tab blocks",
        "Headings",
        "implementation checklist",
        "final notes",
    ]
    assert lint(post(LABEL_SERIES, 23), ["META006"]) == []


REFERENCE_SAMPLES = """\
Mentions

Mentions of other users are performed with the following syntax: @. To reference a provider, use the format @:{user}

@facelessuser

@x:x

For code repository providers, you can also mention repositories with a syntax much like the user's.

@facelessuser/pymdown-extensions

@gitlab:pycqa/flake8-engine

Issues, Pull Requests, and Discussions

Issues, pull requests, and GitHub discussions are specified with #, !, and ?{num} respectively.

#1

backrefs#1

Python-Markdown/markdown#1

gitlab:pycqa/flake8-engine#21

!13

backrefs!4

Commits

Commit shorthand syntax is simply the 40 character commit hash value, and much like issues it takes a repository.

181c06d1f11fa29961b334e90606ed1f1ec7a7cc

backrefs@cb4ecc5e7d8f7cdff0bb4482174f2ff0dcc35c61

Diff/Compare

GitLab offers a useful shorthand to specify links to compare differences between two commits.
"""


def test_a_run_of_references_alone_is_a_sample_not_headings_or_paragraphs() -> None:
    """As in pymdown-extensions' MagicLink page: references one a line (`backrefs#1`, `!13`,
    `@x:x`, a commit's hash), each in its own chunk, are the sample of what the extension links:
    code, not headings over one-word paragraphs, and no Python for their `@`. A sentence of plain
    words that ends on what it cites (`... use the format @:{user}`) stays a paragraph; `Diff/Compare`,
    one token with no reference in it, stays a heading."""
    text = post(REFERENCE_SAMPLES, 6, language="javascript")
    assert [(h, kinds) for h, kinds in shape(text)][:4] == [
        ("Mentions", ["paragraph", "code", "paragraph", "code"]),
        ("Issues, Pull Requests, and Discussions", ["paragraph", "code"]),
        ("Commits", ["paragraph", "code"]),
        ("Diff/Compare", ["paragraph"]),
    ]
    assert lint(text, ["META006", "META013", "CODE001"]) == []


CRITIC_AND_BLOCK_SAMPLES = """\
Usage

You can also highlight specific text with {==highlight me==}. Or even comment on the text you highlight.

Here is some {--*incorrect*--} Markdown.  I am adding this{++ here++}.

~>  ~~}Paragraph was deleted and replaced with some spaces.{~~  ~>

~~}Spaces were removed and a paragraph was added.

Definition

The Definition block allows for the creation of definition lists, one term over its definitions.

/// define
Apple

- Pomaceous fruit of plants of the genus Malus in the family Rosaceae.

///

Also, multiple terms can be associated with the same definition.
"""


def test_critic_marks_and_block_fences_opening_a_line_are_code() -> None:
    """As in pymdown-extensions' critic and definition pages: a line opening on a critic mark's
    end (`~~}Spaces were removed ...`, `~>`) or a block's fence (`///`, `/// define`) is the sample's,
    markup a page renders, not a heading or the post's paragraph."""
    text = post(CRITIC_AND_BLOCK_SAMPLES, 5)
    assert [(h, kinds) for h, kinds in shape(text)][:2] == [
        ("Usage", ["paragraph", "paragraph", "code"]),
        ("Definition", ["paragraph", "code", "list", "code", "paragraph"]),  # the `- ` item stays a list
    ]
    assert lint(text, ["META006"]) == []


SYNOPSIS_AND_INLINE_TABLE = """\
Basic usage

To get started right away with sensible defaults:

black {source_file_or_directory}...

You can run Black as a package if running it as a script doesn't work:

python -m black {source_file_or_directory}...

Add the new Python configuration

In cibuildwheel/resources/build-platforms.toml, add an entry under [pyodide]:

{ identifier = "cp315-pyodide_wasm32", version = "3.15", node_version = "v24", sha256 = "SHA256" },

version is the CPython version string, and default_pyodide_version is the Pyodide release to use.
"""


def test_a_synopsis_with_a_repeated_placeholder_and_an_inline_table_are_code() -> None:
    """As in black's getting started and cibuildwheel's Pyodide notes: `black
    {source_file_or_directory}...` (its `...` the argument's repeat, no sentence's stop) and `{
    identifier = "cp315-pyodide_wasm32", ... },` (an inline table, an array's item) are code after
    their lead-ins, not paragraphs."""
    text = post(SYNOPSIS_AND_INLINE_TABLE, 5)
    assert [(h, kinds) for h, kinds in shape(text)][:2] == [
        ("Basic usage", ["paragraph", "code", "paragraph", "code"]),
        ("Add the new Python configuration", ["paragraph", "code", "paragraph"]),
    ]
    assert lint(text, ["META006"]) == []


USAGE_WITH_OPTIONS = """\
Installation

cargo install -f wasm-bindgen-cli

Usage

wasm-bindgen [options] ./target/wasm32-unknown-unknown/release/crate.wasm

Options

The --out-dir flag sets the directory where the JavaScript files are written.
"""


def test_a_usage_line_with_its_options_placeholder_is_code() -> None:
    """As in wasm-bindgen's command-line reference: `wasm-bindgen [options] ./target/.../crate.wasm`
    under `Usage` is the command's usage, code, not a paragraph; a line citing `[options]` among
    words (`the [options] table`) is not."""
    text = post(USAGE_WITH_OPTIONS, 2, language="rust")
    assert shape(text)[:3] == [("Installation", ["code"]), ("Usage", ["code"]), ("Options", ["paragraph"])]
    assert lint(text, ["META006"]) == []
    assert not looks_like_code(["the [options] table"])


LINKS_WITH_ATTRIBUTES = """\
Links

Do not translate anchor fragments in links, as they must remain the same to work correctly.

Existing wrong translation (German) - notice the wrongly translated anchor fragment:

[Body - Mehrere Parameter: Werte im Body](body-multiple-params.md#einzelne-werte-im-body){.internal-link target=_blank}.

Result (German) - you fix the anchor fragment:

[Body - Mehrere Parameter: Werte im Body](body-multiple-params.md#singular-values-in-body){.internal-link target=_blank}
"""


def test_a_link_with_its_attribute_list_written_out_is_a_sample() -> None:
    """As in fastapi's translation prompt: a Markdown link with its attribute list (`{.internal-link
    target=_blank}`), which a page renders and never shows, is the sample's Markdown as written,
    code, not the post's paragraph (two of them, one anchor apart, were a near-repeat). A link in a
    sentence (`[Parea](https://parea.ai) is a platform ...`) stays prose."""
    text = post(LINKS_WITH_ATTRIBUTES, 4)
    assert shape(text)[:1] == [("Links", ["paragraph", "paragraph", "code", "paragraph", "code"])]
    assert lint(text, ["META006", "DUP002"]) == []
    assert not looks_like_code(["[Parea](https://www.parea.ai) is a platform for debugging and monitoring LLM apps."])


MANIFEST_BETWEEN_CODE = """\
Build system

from setuptools import find_packages, setup

setup(
    name='foo',
    packages=find_packages(where='src'),
)

graft tests

global-exclude *.py[cod] __pycache__

[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"
"""


def test_manifest_in_commands_between_code_are_code() -> None:
    """As in hatch's FAQ: the `setup.py`, `MANIFEST.in` and `pyproject.toml` of a project side by side;
    `graft tests` and `global-exclude *.py[cod] __pycache__` are the manifest's commands, one code block
    with the files around them, not two headings over nothing."""
    text = post(MANIFEST_BETWEEN_CODE, 1)
    assert shape(text)[:1] == [("Build system", ["code"])]
    assert lint(text, ["STR004", "META006"]) == []


EXAMPLE_EXPLAINED_AFTER_ITS_CODE = """\
Overrides

Examples:

[[tool.cibuildwheel.overrides]]
select = "cp311*"
inherit.test-command = "append"
test-command = ["pyproject-after"]

This example will provide the command "pyproject-before && pyproject && pyproject-after" on Python 3.11, and will \
have environment = .

Option inheritance

As cibuildwheel reads its configuration, each layer normally replaces the value from the previous layer.
"""


def test_a_long_sentence_citing_commands_after_code_is_prose() -> None:
    """As in cibuildwheel's configuration page (the stand-in's converter drops the braces of
    `environment = {FOO="BAZ", ...}`) and cxx's slice page: a sentence of twenty words or more,
    three fifths of them plain, is prose whatever commands and types it cites, not the last lines of
    the TOML before it."""
    text = post(EXAMPLE_EXPLAINED_AFTER_ITS_CODE, 4, language="toml")
    assert shape(text)[:2] == [("Overrides", ["paragraph", "code", "paragraph"]), ("Option inheritance", ["paragraph"])]
    assert lint(text, ["META006"]) == []
    cxx = (
        "Only rust::Slice<const T> is copy-assignable, not rust::Slice<T>. (Both are move-assignable.) You'll need "
        "to write std::move occasionally as a reminder that accidentally exposing overlapping &mut [T] to Rust is UB."
    )
    assert not looks_like_code([cxx])


DIRECT_REFERENCES = """\
Version control systems

VCS direct references are defined using one of the following formats:

<NAME> @ <SCHEME>://<PATH>
<NAME> @ <SCHEME>://<PATH>@<REVISION>

For more information, refer to this.

Remote

You can install source archives and wheels by simply referring to a URL:

black @ https://github.com/psf/black/archive/refs/tags/21.10b0.zip
pytorch @ https://download.pytorch.org/whl/cu102/torch-1.10.0%2Bcu102-cp39-cp39-linux_x86_64.whl

If the hash differs from the expected hash, the installation will fail.
"""


def test_a_requirements_direct_references_are_code() -> None:
    """As in hatch's dependency page: `black @ https://...zip`, `<NAME> @ <SCHEME>://<PATH>`,
    requirements with a direct reference one a line, are code, not a paragraph of several lines."""
    text = post(DIRECT_REFERENCES, 5)
    assert [(h, kinds) for h, kinds in shape(text)][:2] == [
        ("Version control systems", ["paragraph", "code", "paragraph"]),
        ("Remote", ["paragraph", "code", "paragraph"]),
    ]
    assert lint(text, ["META006"]) == []


# -- 14th round: a second blog stand-in (dstack, ragas, outlines, distilabel, Python-Markdown) --

CONTINUED_COMMANDS = """\
Benchmark methodology

We ran the collective tests on two nodes; the hostfile lists them.

cat > hostfile <<EOF
100.64.129.30 slots=8
100.64.129.62 slots=8
EOF

mpirun --allow-run-as-root \\
  --hostfile hostfile \\
  -N 8 \\
  -n 16 \\
  -x NCCL_IB_GID_INDEX=3 \\
  ./build/all_gather_perf -b 4 -e 16G -f 2 -g 1 -w 5 --iters 100 -c 0

To run the vLLM benchmark on default mode we used a single GPU with below vLLM launch command on baremetal.

docker run -itd \\
  --ipc host \\
  --device=/dev/kfd \\
  -p 8081:8000 \\
  rocm/vllm:latest \\
  vllm serve meta-llama/Llama-3.1-8B-Instruct \\
    --max-model-len 4096

Setup your environment

We've created a simple module you can install and run so that you can focus on the evaluation.

uv pip install "ragas-examples[text2sql]"

Install Dependencies

%pip install --upgrade --user --quiet langchain-core langchain-google-vertexai langchain ragas

Download the model

The quantised weights are a single file.

    wget https://hf.co/NousResearch/Hermes-2-Pro-Llama-3-8B-GGUF/resolve/main/Hermes-2-Pro-Llama-3-8B-Q4_K_M.gguf

Playing chess

%pip install outlines -q
%pip install chess -q
"""


def test_commands_continued_by_a_backslash_heredocs_and_notebook_installs_are_code() -> None:
    """As dstack's benchmark posts and ragas' and outlines' notebooks write them: a command continued
    line after line by a backslash (`mpirun ... \\`, `--hostfile hostfile \\`), a here-document and its
    `EOF`, an install run through another tool (`uv pip install`), a notebook's `%pip install`, a
    download from a url. Read as paragraphs or headings they left `Setup your environment` and
    `Install Dependencies` empty."""
    text = post(CONTINUED_COMMANDS, 5, language="shell")
    assert shape(text)[:5] == [
        ("Benchmark methodology", ["paragraph", "code", "paragraph", "code"]),
        ("Setup your environment", ["paragraph", "code"]),
        ("Install Dependencies", ["code"]),
        ("Download the model", ["paragraph", "code"]),
        ("Playing chess", ["code"]),
    ]
    assert lint(text, ["STR004", "META006", "DUP"]) == []


PARENTS_IN_A_BENCHMARK_POST = """\
Introduction

What is Prefill-Decode disaggregation?

LLM inference has two distinct phases: prefill and decode, and each has its own bottleneck.

What is the prefill-decode ratio?

The ratio is how many prefill workers serve the cluster for each decode worker.

Benchmark setup

Hardware configurations

  • AMD 8xMI300x
  • NVIDIA 8xH200 SXM5

Benchmark methodology

Online inference

We utilized SGLang's bench_serving.py script, modified to incorporate TensorRT-LLM.

Offline inference

For offline inference, we used the benchmark_throughput.py script of each engine.

Backwards-incompatible Changes

safe_mode Deprecated

Both safe_mode and the associated html_replacement_text keywords are deprecated in version 2.6.

Positional Arguments Deprecated

Positional arguments on the markdown.Markdown() class are deprecated as of version 2.6.

Acknowledgments

Hot Aisle

Big thanks to Hot Aisle for providing the compute power behind these benchmarks.
"""


def test_a_standalone_or_thanking_heading_over_its_subsections_is_a_parent() -> None:
    """As dstack's benchmark posts and Python-Markdown's release notes write them, their levels lost in
    the export: `Introduction` over two questions, `Benchmark setup` over `Hardware configurations` and
    `Benchmark methodology`, itself a parent; `Backwards-incompatible Changes` over `safe_mode
    Deprecated` (a heading opening on a name of code is a post's own); `Acknowledgments` over the one
    sponsor it thanks. `Background` emptied before `Results` stays reported
    (test_an_emptied_one_word_section_that_stands_alone_is_still_empty)."""
    text = post(PARENTS_IN_A_BENCHMARK_POST, 8)
    assert lint(text, ["STR004", "META006"]) == []


NOTEBOOK_OUTPUT = """\
Helper functions

Below are some helper functions for plotting the evaluation results.

def plot_radar_plot(eval_results, max_score=5, metrics=None):
    fig = go.Figure()

    for eval_result in eval_results:
        title, summary_metrics, report_df = eval_result

        if metrics:
            summary_metrics = {k: summary_metrics[k] for k in metrics}
        fig.add_trace(go.Scatterpolar(r=list(summary_metrics.values()), name=title))

    fig.show()

Evaluate the prompts

The incentive prompt is evaluated on the same questions as the base prompt.

eval_dataset_base = create_ragas_evaluation_dataset(eval_df, prompt=diabetes_assistant_prompt)

Generating responses for base prompt...
Processing samples: 100%|██████████| 15/15 [00:43<00:00,  2.88s/it]

print("Generating responses for incentive prompt...")
eval_dataset_incentive = create_ragas_evaluation_dataset(eval_df, prompt=incentive_prompt)

Generating responses for incentive prompt...
Processing samples: 100%|██████████| 15/15 [00:39<00:00,  2.63s/it]

Load it into pandas

You can even load this into a pandas DataFrame for further analysis:

import pandas as pd
from io import StringIO

df = pd.read_csv(StringIO(csv_data))
print(df)

   year  revenue  operating_income  net_income
0  2024    60922             32972       29760
1  2023    26974              4224        4368
"""


def test_a_notebooks_loop_over_snake_case_names_and_what_its_cells_print_are_code() -> None:
    """As ragas' and outlines' notebooks write them: `for eval_result in eval_results:` opens a
    block (a lead-in never names `snake_case` names), the lines a cell printed with its progress
    bar are output (read as paragraphs, `Generating responses for base prompt...` and `... for
    incentive prompt...` were near repeats), and neither they nor the DataFrame `print(df)` shows
    after the snippet are Python that fails to parse."""
    text = post(NOTEBOOK_OUTPUT, 4)
    assert shape(text)[:3] == [
        ("Helper functions", ["paragraph", "code"]),
        ("Evaluate the prompts", ["paragraph", "code"]),
        ("Load it into pandas", ["paragraph", "code"]),
    ]
    assert lint(text, ["CODE001", "META006", "DUP"]) == []


SERVING_POST = """\
Run locally for testing and debugging

Then you can run a server locally by:

bentoml serve .

The server is now active at port 3000, and you can interact with it using the Swagger UI.

Deploy to the cloud

Make sure you have logged in to BentoCloud, then run the following command to deploy it.

bentoml deploy .

Once the application is up and running, you can access it via the exposed URL.

Prompting the model

Outlines adds no instruction tokens by default, so we use the tokenizer's chat template to add them.

def add_instruction(prompt):
    return tokenizer.apply_chat_template([{"role": "user", "content": prompt}], tokenize=False)

print(add_instruction("Howdy"))

<|user|>
Howdy<|end|>
<|assistant|>

If you are curious, the final prompt that is sent to the model looks (roughly) like this:

<|im_start|>system
You are a helpful assistant.<|im_end|>
<|im_start|>user
You are an expert at extracting information from receipts.
Please extract the information from the receipt. Be as detailed as possible.

Default mode

To run the vLLM benchmark on default mode we used a single GPU with below vLLM launch command on baremetal.

vllm serve meta-llama/Llama-3.1-8B-Instruct --max-model-len 4096

Tensor parallel

For partitioned mode we used the following steps.
"""


def test_a_subcommand_run_on_the_folder_and_a_chat_templates_prompt_are_code() -> None:
    """As outlines' examples write them: `bentoml serve .` (any program's subcommand, run on `.`:
    no sentence ends on a lone stop), and what a chat template makes of a prompt (`<|im_start|>user`,
    then the prompt's sentences): code, not paragraphs; printed after a snippet, no Python to parse.
    As dstack's benchmark post writes it, a subcommand with an option and another argument (`vllm
    serve meta-llama/Llama-3.1-8B-Instruct --max-model-len 4096`) is no heading over `Tensor parallel`."""
    text = post(SERVING_POST, 9)
    assert shape(text)[:5] == [
        ("Run locally for testing and debugging", ["paragraph", "code", "paragraph"]),
        ("Deploy to the cloud", ["paragraph", "code", "paragraph"]),
        ("Prompting the model", ["paragraph", "code", "paragraph", "code"]),
        ("Default mode", ["paragraph", "code"]),
        ("Tensor parallel", ["paragraph"]),
    ]
    assert lint(text, ["CODE001", "META006", "STR004", "DUP"]) == []


QUESTIONS_AND_CONTEXTS = '''\
Questions and contexts

We ask three questions, each about a short biography given as its context.

question1 = "Where was John born?"
context1 = """
John Doe is a software engineer who was born in New York, USA.
He studied Computer Science at the Massachusetts Institute of Technology.
"""

question2 = "What did Emily study in university?"
context2 = """
Emily Smith is a data scientist from London, England.
She attended the University of Cambridge where she studied Statistics and Machine Learning.
"""

The model answers each question with a citation of the sentence it relies on.
'''


def test_a_triple_quoted_string_opened_on_a_chunks_second_line_is_code() -> None:
    """As outlines' citations example writes it: a string given to a name on the chunk's second
    line, after a line of code (`question1 = "..."`, then `context1 = '''` in triple double quotes
    and the biography's sentences), is code, not a paragraph of several lines."""
    text = post(QUESTIONS_AND_CONTEXTS, 3)
    assert shape(text)[:1] == [("Questions and contexts", ["paragraph", "code", "paragraph"])]
    assert lint(text, ["META006", "DUP"]) == []


# -- bold labels of a series: stacked siblings, steps written as instructions, a label repeated (fifteenth round)


def paragraph_range(text: str) -> tuple[int, int]:
    from lintkit import facts

    return facts.body_paragraph_range(parse_bytes(text.encode(), "a.txt"))


TABLE_TITLES = """\
Summarization cost and latency

Understanding where computational resources are allocated is crucial for optimizing Kura's pipeline.

Cost Breakdown ($)

Time Breakdown (seconds)

We can see that summarisation is the primary bottleneck in the pipeline. It takes up roughly 70-90% of the time.
"""

STEPS = """\
What this looks like with dstack

The way to read dstack is as a CLI with a small set of abstractions that line up with the requirements above.

Step 1: treat available compute as queryable state

dstack exposes offers as a way to query available hardware configurations from configured backends.

Step 2: define capacity pools and provisioning bounds

Fleets are dstack's way to make capacity explicit, as elastic capacity or a pre-provisioned pool.
"""

REPEATED_LABELS = """\
Time to First Token (TTFT)

NVIDIA H200 performance

TensorRT-LLM maintained the lowest and most consistent TTFT up to concurrency 64.

AMD MI300X performance

vLLM achieved the lowest TTFT at concurrency 128. Below 128, vLLM and SGLang had similar TTFT.

Time Per Output Token (TPOT)

NVIDIA H200 performance

vLLM maintained the lowest TPOT across all request concurrencies.

Prefix caching

NVIDIA H200 performance

vLLM outperformed SGLang in online throughput, TTFT, and end-to-end latency with prefix caching enabled.
"""


def test_labels_of_a_series_leave_the_count_open() -> None:
    """As in kura's and dstack's posts, bold labels the export reads as headings, which the converter counts as
    paragraphs: the lower of two stacked headings with the same head word (`Cost Breakdown ($)` over `Time
    Breakdown (seconds)`: siblings, so both label tables the export left out), numbered steps written as
    instructions (`Step 1: treat available compute as queryable state`), and a label written three times, once
    right under another heading (`NVIDIA H200 performance` under each metric's heading)."""
    assert paragraph_range(post(TABLE_TITLES, 4)) == (3, 5)  # the intro, two paragraphs, and the two titles
    assert lint(post(TABLE_TITLES, 5), ["META006"]) == []
    assert paragraph_range(post(STEPS, 4)) == (4, 6)
    assert lint(post(STEPS, 6), ["META006"]) == []
    # Five paragraphs; the three metrics' headings, over a heading, may be labels too, and the three labels.
    assert paragraph_range(post(REPEATED_LABELS, 5)) == (5, 11)
    assert lint(post(REPEATED_LABELS, 8), ["META006"]) == []


def test_a_parent_over_its_child_steps_as_titles_and_a_heading_written_twice_are_headings() -> None:
    """Without the series' evidence, one reading: a parent over a child heading of another head word
    (`Benchmarks`, then `Summarization cost`), steps titled in capitals (`Step 1: Install the CLI`), a
    heading a reference writes twice (`Unary call` under sending and receiving)."""
    body = """\
Client side

The client sends metadata with each call and reads what the server sends back.

Unary call

The metadata is attached to the context before the call is made.

Step 1: Install the CLI

Run the installer and check that the command is on your path.

Step 2: Configure the backend

Write the project's settings in one file next to the code.

Server side

The server reads the metadata from the incoming context.

Unary call

The metadata is read from the context in the handler.
"""
    assert paragraph_range(post(body, 7)) == (7, 7)
    found = lint_findings(post(body, 8), ["META006"])
    assert "payload says 8 paragraphs but the article has 7" in found[0].message


def test_a_faq_whose_first_heading_exclaims_writes_its_questions_so() -> None:
    """PyO3's FAQ opens each question on a heading ending in `!` (`I'm experiencing deadlocks using PyO3
    with lazy_static or once_cell!`): a later one-line exclamation over its answer (`I want to use the
    pyo3 crate re-exported from from dependency but the proc-macros fail!`) may be a heading too, so a
    count that reads it as one is not reported. A post whose first heading does not exclaim keeps it a
    paragraph for sure."""
    body = """\
I'm experiencing deadlocks using PyO3 with lazy_static or once_cell!

lazy_static and once_cell::sync both use locks to ensure that initialization is performed only by a single thread.

I want to use the pyo3 crate re-exported from from dependency but the proc-macros fail!

All PyO3 proc-macros expect the pyo3 crate to be available under that name in your crate root.
"""
    text = post(body, 3, "rust")
    assert shape(text)[0][0] == "I'm experiencing deadlocks using PyO3 with lazy_static or once_cell!"
    assert "META006" not in {code for code, _ in lint(text)}
    plain = body.replace("I'm experiencing deadlocks using PyO3 with lazy_static or once_cell!", "Deadlocks")
    assert "META006" in {code for code, _ in lint(post(plain, 3, "rust"))}
