"""Catch2's notes and sentences (issue 13, the fourth stand-in's last misreadings): a quoted note of
the version that brought a name, and a sentence that cites C++, are paragraphs."""

from __future__ import annotations

from helpers import lint
from test_real_articles import post, shape

from lintkit.formats.code import looks_like_code


def test_a_note_of_the_version_that_brought_a_name_is_a_paragraph() -> None:
    """Catch2's matchers page quotes `> WithinRel matcher was introduced in Catch 2.10.0` under the
    matcher it names: read as a heading, the payload's count was off (META006). 12 paragraphs of the
    seven stand-ins are written so (pymdown's `combine_header_slug is new in 10.1` too), no heading."""
    body = """\
Floating point matchers

The WithinRel matcher accepts a margin relative to the magnitude of the compared numbers.

WithinRel matcher was introduced in Catch 2.10.0

Exception matchers

The ExceptionMessageMatcher checks the message of a thrown std::exception exactly.

ExceptionMessageMatcher was introduced in Catch 2.10.0

range() for floating point numbers has been introduced in Catch 2.11.0
"""
    text = post(body, 6, "c")
    assert shape(text)[:2] == [
        ("Floating point matchers", ["paragraph", "paragraph"]),
        ("Exception matchers", ["paragraph", "paragraph", "paragraph"]),
    ]
    assert lint(text, ["META006", "STR004"]) == []


def test_a_sentence_citing_code_without_its_stop_is_prose() -> None:
    """`Catch2 currently provides 5 built-in matchers that work on std::vector. These are`, a list after
    it: `std::` made it C++ (3 paragraphs of the seven stand-ins read so, no line of code but statements
    ending in `;`, `SELECT fx(10); -- run functions - function is checked before runtime starts it`)."""
    assert not looks_like_code(["Catch2 currently provides 5 built-in matchers that work on std::vector. These are"])
    assert looks_like_code(["SELECT fx(10); -- run functions - function is checked before runtime starts it"])
    assert looks_like_code(["std::vector<int> v = make_vector();"])


def test_a_pointer_to_more_without_its_stop_is_a_paragraph() -> None:
    """pg-promise's README closes on `See the relevant API: pgp.end, Database.$pool`, Catch2's page on test
    cases points on with `For more detail on command line selection see the command line docs`: read as
    headings, one over nothing (STR004), both off the payload's count (META006). 21 paragraphs of the seven
    stand-ins are written so; the headings that open on `See` are `See also` and `See you on GitHub!`."""
    body = """\
Shutdown

Once you have shut down the pool associated with your Database object, you can no longer use the object.

See the relevant API: pgp.end, Database.$pool

Tags

Tags are a way of associating test cases with each other, to filter them on the command line.

For more detail on command line selection see the command line docs

See also

The tutorial shows the same in practice.
"""
    text = post(body, 6)
    assert shape(text)[:3] == [
        ("Shutdown", ["paragraph", "paragraph"]),
        ("Tags", ["paragraph", "paragraph"]),
        ("See also", ["paragraph"]),
    ]
    assert lint(text, ["META006", "STR004"]) == []


def test_a_macros_signature_in_words_is_a_paragraph() -> None:
    """Catch2's logging page writes each macro's signature as a bold paragraph, its arguments in words
    (`INFO( message expression )`, `CAPTURE( expression1, expression2, ... )`): read as code or as headings,
    the payload's count was off (META006). 6 paragraphs of the seven stand-ins are written so, no line of
    code (`CATCH_REGISTER_LISTENER( MyListener )`, `CHECK( 2 == 2 )` stay code)."""
    body = """\
Logging macros

These macros come in three forms that give you different lifetimes for the logged messages.

WARN( message expression )

The message is always reported but does not fail the test.

FAIL( message expression )

The message is reported and the test case fails.

Quickly capture value of variables or expressions

CAPTURE( expression1, expression2, ... )

Sometimes you just want to log a value of variable, or expression.
"""
    text = post(body, 8, "c")
    assert shape(text)[:2] == [
        ("Logging macros", ["paragraph"] * 5),
        ("Quickly capture value of variables or expressions", ["paragraph", "paragraph"]),
    ]
    assert lint(text, ["META006", "STR004"]) == []
    assert looks_like_code(["CATCH_REGISTER_LISTENER( MyListener )"]) and looks_like_code(["CHECK( 2 == 2 )"])


def test_a_lead_in_that_points_at_its_example_without_its_colon_is_a_paragraph() -> None:
    """PL/Proxy's tutorial leads into its function with `The following is an example`, mimeo's README into
    `make` with `In directory where you downloaded mimeo to run`: read as headings over the code, the
    payload's count was off (META006). No heading of the seven stand-ins' Markdown is written so."""
    body = """\
Configuration

When a query needs to be forwarded to a remote database the function plproxy.get_cluster_partitions is called.

The following is an example

CREATE OR REPLACE FUNCTION plproxy.get_cluster_partitions(cluster_name text)
RETURNS SETOF text AS $$
BEGIN
    RETURN NEXT 'dbname=part00 host=127.0.0.1';
    RETURN;
END;
$$ LANGUAGE plpgsql;

Installation

In directory where you downloaded mimeo to run

make
make install
"""
    text = post(body, 4)
    assert shape(text)[:2] == [
        ("Configuration", ["paragraph", "paragraph", "code"]),
        ("Installation", ["paragraph", "code"]),
    ]
    assert lint(text, ["META006"]) == []
