"""The eighth stand-in's misreadings that any blog shows (issue 13, after the eighth stand-in): a
reference's entry for one case beside its general one, ..."""

from __future__ import annotations

from helpers import lint
from test_real_articles import post

from lintkit.text import differs_in_what_matters

# Capacitor's generated HTTP reference: the general request and one entry per HTTP verb, written to one template.
HTTP_REFERENCE = """\
Methods

The plugin sends requests through the platform's own networking stack, so cookies behave as in a native app.

request(options: HttpOptions) => Promise<HttpResponse>

Make a Http Request to a server using native libraries.

get(options: HttpOptions) => Promise<HttpResponse>

Make a Http GET Request to a server using native libraries.

post(options: HttpOptions) => Promise<HttpResponse>

Make a Http POST Request to a server using native libraries.

delete(options: HttpOptions) => Promise<HttpResponse>

Make a Http DELETE Request to a server using native libraries.
"""


def test_an_entry_for_one_case_beside_the_general_one_is_no_near_repeat() -> None:
    """`Make a Http GET Request ...` is `Make a Http Request ...` with the case it is about added (a
    member of a set, `_SETS`): a reference's entries, not a paragraph copied and edited. A plain word
    added (`the REST API`, `a new request`) stays a near repeat."""
    text = post(HTTP_REFERENCE, 6, "typescript")
    assert [f for f in lint(text) if f[0] in ("DUP001", "DUP002")] == []
    assert differs_in_what_matters(
        "make a http request to a server using native libraries.",
        "make a http patch request to a server using native libraries.",
    )
    for a, b in [
        ("use the api to fetch the user's settings.", "use the rest api to fetch the user's settings."),
        ("send a request to the server and wait.", "send a new request to the server and wait."),
        ("make a http request to a server using native libraries.", "make a http request to a server using libraries."),
    ]:
        assert not differs_in_what_matters(a, b), (a, b)
