"""The eighth stand-in's misreadings that any blog shows (issue 13, after the eighth stand-in): a
reference's entry for one case beside its general one, ..."""

from __future__ import annotations

from helpers import lint
from test_real_articles import paragraph_range, post, shape

from lintkit.near import differs_in_what_matters

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


# Phaser's v4 guide: each game object's section ends on a pointer to its source, a section's first line points to
# the full reference; the next heading follows.
POINTERS = """\
New Game Objects

Phaser 4 adds several game objects that render on the GPU, each with its own shader.

CaptureFrame

Captures the current framebuffer contents to a texture at the point in the display list where it sits.

Key details:

  • Requires camera.setForceComposite(true) or a framebuffer context
  • The texture is updated once per frame

Source: src/gameobjects/captureframe/CaptureFrame.js

Gradient

Displays GPU-rendered color gradients. Extends Shader.

Source: src/gameobjects/gradient/Gradient.js

New Components

Full component reference: game-object-components.md

Lighting Component

Replaces the v3 approach of assigning a lighting pipeline. WebGL only.

DEP0016: GLOBAL/root

The GLOBAL and root aliases for the global property were deprecated in Node.js 6.0.0.
"""


def test_a_labelled_pointer_to_a_file_is_a_paragraph() -> None:
    """`Source: src/gameobjects/gradient/Gradient.js` and `Full component reference: game-object-components.md`
    point to a file: paragraphs (72 lines of the corpora's Markdown, no heading), so the heading after them
    (`Gradient`, `New Components`) stays one. A code's label over a name (Node's `DEP0016: GLOBAL/root`) stays a
    heading."""
    text = post(POINTERS, 10, "javascript")
    assert [h for h, _ in shape(text)][:7] == [
        "New Game Objects",
        "CaptureFrame",
        "Gradient",
        "New Components",
        "Lighting Component",
        "DEP0016: GLOBAL/root",
        "implementation checklist",
    ]
    low, high = paragraph_range(text)
    assert low <= 10 <= high
    assert lint(text, ["META006", "STR004"]) == []


# MongoDB's README: a blockquote whose bold first line is a callout's label and its title.
TITLED_CALLOUT = """\
Connect to MongoDB

Create a new app.js file and add the following code to try out some basic CRUD operations using the MongoDB driver.

NOTE: Resolving DNS Connection issues

Node.js 18 changed the default DNS resolution ordering from always prioritizing IPv4 to the DNS provider's.

This can be resolved by:

  • specifying the IP address family using the MongoClient family option
  • using a host of 127.0.0.1 in place of localhost

Insert a Document

Add to app.js the following function which uses the insertMany method to add three documents.
"""


def test_a_callouts_label_before_its_title_is_doubtful() -> None:
    """`NOTE: Resolving DNS Connection issues` is a boxed aside's bold first line as often as a heading (105
    paragraphs of the corpora's Markdown open so, 3 headings): doubtful, so the payload's count, which
    calls it a paragraph, is allowed."""
    text = post(TITLED_CALLOUT, 6, "javascript")
    low, high = paragraph_range(text)
    assert low <= 6 <= high
    assert lint(text, ["META006"]) == []


# eslint-plugin-security's command-injection article: each sample's system call, as strace printed it, under a label.
SYSTEM_CALLS = """\
child_process.execFile

var child_process = require('child_process');

var path = '.';
child_process.execFile('/bin/ls', ['-l', path], function (err, result) {
  console.log(result);
});

System call that is run

[pid 25565] execve("/bin/ls", ["/bin/ls", "-l", "."], [/* 16 vars */]

Why it is safe

When using spawn or execFile, our target program is the first argument to execve.

System call that is run

[pid 26883] execve("/bin/ls", ["/bin/ls", "-l", "."], [/* 16 vars */
"""


def test_a_system_call_as_strace_prints_it_is_code() -> None:
    """`[pid 25565] execve("/bin/ls", ...` is what strace printed, whole or cut: code, so the label over it
    (`System call that is run`) has something under it (no STR004)."""
    text = post(SYSTEM_CALLS, 2, "javascript")
    sections = shape(text)
    assert sections[1] == ("System call that is run", ["code"])
    assert sections[3] == ("System call that is run", ["code"])
    assert lint(text, ["STR004", "META006"]) == []


# eslint-plugin-security's article on square brackets: its headings are numbered findings, each a long sentence.
NUMBERED_TITLES = """\
Issue #1: Bracket object notation with user input grants access to every property available on the object

exampleClass[userInput[0]] = userInput[1];

I won't spend much time here, as I believe this is fairly well known.

Issue #2: Bracket notation with user input grants access to every property on the object, including prototypes.

userInput = ['constructor', '{}'];
exampleClass[userInput[0]] = userInput[1];

This looks pretty innocuous, even if it is an uncommon pattern.

Exploitation

In order to exploit the above code, we need a two stage exploit function.
"""


def test_numbered_titles_too_long_for_a_heading_are_doubtful() -> None:
    """`Issue #1: ...` and `Issue #2: ...`, a label, its number and a colon, then a sentence too long for a
    heading: the post's headings as often as paragraphs, doubtful, so the payload's count (which calls them
    headings) is allowed. One such line alone stays a paragraph."""
    text = post(NUMBERED_TITLES, 4, "javascript")
    low, high = paragraph_range(text)
    assert low <= 4 <= high
    assert lint(text, ["META006"]) == []
    alone = NUMBERED_TITLES.replace("Issue #2", "Then, as a second point")
    assert paragraph_range(post(alone, 6, "javascript"))[0] == 6


# electron-store's options, each with its type and default on one line, the default a call or a function.
API_FIELDS = """\
cwd

Type: string Default: app.getPath('userData')

Storage file location. Don't specify this unless absolutely necessary!

serialize

Type: Function Default: value => JSON.stringify(value, null, '\\t')

Function to serialize the config object to a UTF-8 string when writing the config file.

deserialize

Type: Function Default: JSON.parse

Function to deserialize the config object from a UTF-8 string when reading the config file.
"""


def test_an_api_field_whose_value_is_code_is_a_paragraph() -> None:
    """`Type: string Default: app.getPath('userData')` is a reference's fields, prose however much code the
    default holds (808 lines of the corpora's Markdown prose open on such a field, 1 inside code)."""
    text = post(API_FIELDS, 7, "javascript")
    assert [kinds for _, kinds in shape(text)][:3] == [["paragraph", "paragraph"]] * 3
    assert lint(text, ["META006", "CODE001"]) == []


# LÖVE's README: the build instructions per platform, one heading `*nix`.
STAR_NIX = """\
Windows

Follow the instructions at the megasource repository page.

*nix

Run platform/unix/automagic from the repository root, then run ./configure and make.

$ platform/unix/automagic
$ ./configure
$ make

Notes

*Extrapolated from observed scaling on two machines
"""


def test_a_word_glued_to_a_star_is_no_footnote() -> None:
    """`*nix` (Unix and its likes) is a heading; a footnote's mark glued to a phrase (`*Extrapolated from
    observed scaling ...`) stays a paragraph."""
    text = post(STAR_NIX, 4, "shell")
    assert [h for h, _ in shape(text)][:3] == ["Windows", "*nix", "Notes"]
    assert shape(text)[2] == ("Notes", ["paragraph"])


# Flax's randomness guide: one heading written with a stop, between two paragraphs.
GERUND_TITLE = """\
Rngs, RngStream, and RngState

To generate new keys, you can access one of the streams and use its __call__ method with no arguments.

Note that the key attribute does not change when new PRNG keys are generated.

Using random state with flax Modules.

Almost all flax Modules require a random state for initialization.

linear = nnx.Linear(20, 10, rngs=rngs)

Setting the version is supported.
"""


def test_a_phrase_on_an_ing_form_with_a_stop_is_doubtful() -> None:
    """`Using random state with flax Modules.` is a heading written with a stop as often as a sample's
    caption (3 headings, 19 paragraphs of the corpora's Markdown): doubtful, so the payload's count, which
    calls it a heading, is allowed. A sentence on its verb (`Setting the version is supported.`) stays a
    paragraph."""
    text = post(GERUND_TITLE, 5)
    low, high = paragraph_range(text)
    assert (low, high) == (5, 6)
    assert lint(text, ["META006"]) == []


def test_build_steps_for_two_platforms_differ_in_what_matters() -> None:
    """LÖVE's `... to build the love-macosx target.` / `... the love-ios target.`: one step per platform, the
    platform inside the target's name (`_affixed_pair`). A platform's name alone is a product's, as the export's
    boilerplate names its stack: that paragraph stays a near repeat."""
    assert differs_in_what_matters(
        "then use the xcode project found at platform/xcode/love.xcodeproj to build the love-macosx target.",
        "then use the xcode project found at platform/xcode/love.xcodeproj to build the love-ios target.",
    )
    assert not differs_in_what_matters(
        "build the app for ios and keep the signing keys in one place.",
        "build the app for macos and keep the signing keys in one place.",
    )


# Phaser's tweens how-to: its first sample opens on a comment saying where it goes, then a blank line.
OPENING_COMMENT = """\
Quick Start

// In a Scene's create() method:

const logo = this.add.image(100, 300, 'logo');

this.tweens.add({
    targets: logo,
    x: 600,
    duration: 2000
});

this.tweens is the scene's TweenManager instance, available in every Scene.
"""


def test_a_comment_opening_a_sample_is_its_code() -> None:
    """`// In a Scene's create() method:`, set apart by a blank line, opens the sample: a comment as the
    JavaScript after writes one, code, not a paragraph (eighth stand-in: 3 JavaScript blocks more read
    whole)."""
    text = post(OPENING_COMMENT, 2, "javascript")
    assert shape(text)[0] == ("Quick Start", ["code", "paragraph"])
    assert lint(text, ["META006"]) == []


# einops' README: how an import changes, written as before => after inside a python block.
RESULT_ARROW = """\
Array API

einops supports frameworks that follow the Python array API standard.

from einops import rearrange
=> from einops.array_api import rearrange

But actually it is even better: einops can be used with any framework that supports the standard.

Broken

def health()
    return 200
"""


def test_a_line_opening_on_an_arrow_is_a_notation_not_python() -> None:
    """`=> from einops.array_api import rearrange` under the import it replaces shows what the line becomes,
    as Ruby's and Stylus' results do: no Python to parse (CODE001). Python that is broken stays reported."""
    text = post(RESULT_ARROW, 3, "python")
    assert [line for code, line in lint(text, ["CODE001"])] == [text.splitlines().index("def health()") + 1]
