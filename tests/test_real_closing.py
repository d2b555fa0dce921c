"""A post's closing call to action (issue 13, sixteenth round): dstack's blog ends its
posts on a question and a `Join Discord` button, both paragraphs of the post."""

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
