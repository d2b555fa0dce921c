"""Lines a heading would be that real posts write as paragraphs (issue 13, sixteenth round):
a closing call to action (dstack's blog ends its posts on a question and a `Join Discord`
button, both paragraphs of the post), a page's closing navigation link (Catch2's `Home`) and a
sentence whose subject is the writer or the reader."""

from __future__ import annotations

from helpers import lint
from test_real_articles import line_of, post, shape

SKY = """\
Configure backends

To use your own cloud account, open the project settings and edit the corresponding backend.

Seeking the cheapest on-demand and spot cloud GPUs? dstack Sky has you covered!

Need help, have a question, or just want to stay updated?

Join Discord
"""

SKY_LAUNCH = """\
Getting started

Now, you can choose — either use dstack via the open-source version or via dstack Sky, or even use them side by side.

dstack Sky is live on Product Hunt. Support it by giving it your vote!

Join Discord
"""


def test_a_button_closing_the_post_and_its_question_are_paragraphs() -> None:
    """dstack Sky's two posts: the question and the button after the last paragraph are the
    post's paragraphs (the converter counts both), not a heading over an empty section."""
    text = post(SKY, 5)
    assert shape(text)[0] == ("Configure backends", ["paragraph"] * 4)
    assert lint(text, ["STR004", "META006"]) == []
    text = post(SKY_LAUNCH, 4)
    assert shape(text)[0] == ("Getting started", ["paragraph"] * 3)
    assert lint(text, ["STR004", "META006"]) == []


def test_an_empty_last_section_that_calls_no_one_to_act_is_still_empty() -> None:
    """The generated defect's shape, and a real heading whose content the export left out,
    stay empty sections; a section that calls to act over its content is a section."""
    body = SKY.replace("Need help, have a question, or just want to stay updated?\n\nJoin Discord", "Further reading")
    text = post(body, 4)
    assert lint(text, ["STR004"]) == [("STR004", line_of(text, "Further reading"))]
    body = SKY.replace("Join Discord", "Join the community\n\nThe forum and the chat are open to everyone.")
    assert shape(post(body, 5))[-3][0] == "Join the community"


def test_a_navigation_link_closing_the_page_is_a_paragraph() -> None:
    """Catch2's docs (the fourth stand-in, judged before any tuning) end each page on its
    navigation link, `[Home](Readme.md#top)`, after a rule: alone after the last paragraph,
    `Home` read as a heading with nothing under it (STR004 on 19 pages) and one paragraph
    less (META006). In the six stand-ins' Markdown such a label is a page's last paragraph 21
    times and never its last heading (8 headings named so, `Contents`, all inside a page)."""
    body = """\
Who else is using Catch?

See the list of open source projects using Catch.

See the tutorial to get more of a taste of using Catch in practice

Home
"""
    text = post(body, 3)
    assert shape(text)[0] == ("Who else is using Catch?", ["paragraph"] * 3)
    assert lint(text, ["STR004", "META006"]) == []
    text = post(body.replace("Home\n", "↑ Back to top\n"), 3)
    assert lint(text, ["STR004", "META006"]) == []


def test_a_before_or_after_label_over_code_is_a_paragraph() -> None:
    """etcd's upgrade guide (the fourth stand-in) shows each change as `Before` over the old Go
    and `After` over the new: labels the post counts as paragraphs, read as headings of
    sections holding only code. In the six stand-ins' Markdown such a label (`Before`, `After`,
    `Before and after`, `Output`) right over code is a paragraph 80 times and a heading never;
    a heading `Output` over prose stays one."""
    body = """\
Changed grpclog.Logger to grpclog.LoggerV2

grpclog.Logger has been deprecated in favor of grpclog.LoggerV2. clientv3.Logger is now grpclog.LoggerV2.

Before

import "github.com/coreos/etcd/clientv3"
clientv3.SetLogger(log.New(os.Stderr, "grpc: ", 0))

After

import "github.com/coreos/etcd/clientv3"
import "google.golang.org/grpc/grpclog"
clientv3.SetLogger(grpclog.NewLoggerV2(os.Stderr, os.Stderr, os.Stderr))

Output

The logger writes to the standard error of the process, as before.
"""
    text = post(body, 5, "go")
    assert shape(text)[0] == (
        "Changed grpclog.Logger to grpclog.LoggerV2",
        ["paragraph", "paragraph", "code", "paragraph", "code"],
    )
    assert shape(text)[1] == ("Output", ["paragraph"])
    assert lint(text, ["STR004", "META006"]) == []


def test_a_line_whose_subject_is_the_writer_or_the_reader_is_a_sentence() -> None:
    """outlines' workflow example: `With our prompt ready we can now generate 10 example phone
    numbers` before its code, and `As we can see, none of these outputs are even phone numbers!`
    after the output, both paragraphs (eight words or more, `we can`: no heading of the stand-ins
    is written so). A heading naming what the reader uses stays one (wasm-bindgen's `Enable the
    cargo features for the APIs you're using`), and so does a question."""
    body = """\
Generating phone numbers

With our prompt ready we can now generate 10 example phone numbers

phone_generator_unstruct = outlines.Generator(model)
for _ in range(3):
    print(phone_generator_unstruct(prompt_phone, max_new_tokens=12))

As we can see, none of these outputs are even phone numbers!

Let's see if we can improve this using structured generation.

Enable the cargo features for the APIs you're using

For example, if we're looking for the window.resizeTo function, we would search for it in the docs.

How can we make sure the numbers are valid for the state?

The regular expression below only accepts area codes that exist in Washington State.
"""
    assert shape(post(body, 7))[:3] == [
        ("Generating phone numbers", ["paragraph", "code", "paragraph", "paragraph"]),
        ("Enable the cargo features for the APIs you're using", ["paragraph"]),
        ("How can we make sure the numbers are valid for the state?", ["paragraph"]),
    ]


def test_a_clause_whose_subject_is_the_reader_makes_a_sentence() -> None:
    """fastify's getting-started guide leaves the stop out of `Plugin loading starts when you call
    fastify.listen(), fastify.inject() or fastify.ready()`: a paragraph between two, not a heading
    (`when you call`: no heading of the stand-ins' Markdown holds such a clause). A question that
    does stays a heading."""
    body = """\
Your first plugin

This is one of the best features of Fastify, it will load your plugins in the same order you declare them.

Plugin loading starts when you call fastify.listen(), fastify.inject() or fastify.ready()

The MongoDB plugin uses the decorate API to add custom objects to the Fastify instance.

What happens when you call fastify.ready()?

Every plugin registered so far is loaded, in the order it was registered.
"""
    assert shape(post(body, 5, "javascript"))[:2] == [
        ("Your first plugin", ["paragraph", "paragraph", "paragraph"]),
        ("What happens when you call fastify.ready()?", ["paragraph"]),
    ]
