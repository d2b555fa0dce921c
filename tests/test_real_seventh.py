"""The seventh stand-in's misreadings that any blog shows (issue 13, after the seventh stand-in): a link's
text or a sample's label alone on its line, one-line code, JavaScript one-liners with their `// =>`
results, and prose set one blank line under code."""

from __future__ import annotations

from helpers import lint
from test_real_articles import paragraph_range, post, shape

# Foundation's guides: an icon link's text alone over each sample; Stylus's guide: each sample labelled with its
# language, bold, and a link to a playground after the output.
LINK_AND_LABELS = """\
Making Closable

Pair the callout with the close button component and data-closable attribute to create a dismissable alert box.

Watch this part in video

<div class="callout alert" data-closable>
  <h5>This is Important!</h5>
  <button class="close-button" aria-label="Dismiss alert" type="button" data-close>&times;</button>
</div>

Basic lists

For a simple one-dimensional list, a space character should be good enough to define a list.

Stylus

div {
    border-width: border-items-list[0]
    border-style: border-items-list[1]
}

CSS

div {
    border-width: 1px
    border-style: solid
}

Help yourself: test it online

Nested lists

To make a nested list, there are two ways to do it.

Stylus: parentheses style

mother-list = (1px solid #000) (2px solid #321) none (3px solid #341)
"""


def test_a_links_text_is_a_paragraph_and_a_samples_language_label_is_doubtful() -> None:
    """`Watch this part in video` (an icon link's text) and `Help yourself: test it online` are
    paragraphs, as `Watch the video` is in three READMEs; a language's name over a sample (`Stylus`,
    `CSS`, `Stylus: parentheses style`) is a bold label or a tab as often as a heading: doubtful, so
    the payload's count, which calls them paragraphs, is allowed."""
    text = post(LINK_AND_LABELS, 8, "css")
    sections = shape(text)
    assert sections[0] == ("Making Closable", ["paragraph", "paragraph", "code"])
    assert ("Stylus", ["code"]) in sections and ("CSS", ["code", "paragraph"]) in sections
    low, high = paragraph_range(text)
    assert low <= 8 <= high
    assert lint(text, ["META006", "STR004"]) == []
    # A sentence ending on the address it points to is a paragraph too (Foundation's starter projects).
    served = "Running the template\n\nOnce compiled, you project is viewable at: http://localhost:8000\n\nDone.\n"
    assert shape(post(served, 3))[0] == ("Running the template", ["paragraph", "paragraph"])
    # A heading that only starts so stays one.
    assert shape(post("Watch mode\n\nThe compiler rebuilds on every save.\n", 2))[0] == ("Watch mode", ["paragraph"])


# Molecule's collection guide, Stylus's sourcemap, import and mixin pages: one-line code alone between prose.
ONE_LINE_CODE = """\
Per-Scenario Resources (Without shared_state)

molecule test --all

Each scenario manages its own lifecycle and creates and destroys its own independent resources.

Create a sourcemap

stylus -m style.styl

You can also run this command while watching a file, and the sourcemap is updated on every save.

Literal CSS

Any filename with the extension .css will become a literal. For example:

 @import "reset.css"

Mixins as properties

If we wished, we could invoke stripe() as if it were a property:

stripe #fff #000

Block mixins take a block of declarations after their name.
"""


def test_one_line_code_is_code_not_a_heading() -> None:
    """A program with a subcommand and one option (`molecule test --all`), with an option and the file
    it reads (`stylus -m style.styl`), a style sheet's import (`@import "reset.css"`) and a mixin given
    colours after a lead-in (`stripe #fff #000`) are code: no heading of the stand-ins' Markdown is
    written so. Headings that only look alike stay headings."""
    text = post(ONE_LINE_CODE, 6, "shell")
    assert shape(text)[:4] == [
        ("Per-Scenario Resources (Without shared_state)", ["code", "paragraph"]),
        ("Create a sourcemap", ["code", "paragraph"]),
        ("Literal CSS", ["paragraph", "code"]),
        ("Mixins as properties", ["paragraph", "code", "paragraph"]),
    ]
    assert lint(text, ["STR004", "META006"]) == []
    alike = "@import and @require\n\nStylus imports a sheet once.\n\nIn #957\n\nThe fix landed in the next release.\n"
    assert [s[0] for s in shape(post(alike, 3))][:2] == ["@import and @require", "In #957"]


# Foundation's JavaScript guide and its media query helpers: a call, then what it does or gives in a comment.
ONE_LINERS = """\
Media Query Helpers

Get the name of the current breakpoint with MediaQuery.current.

Foundation.MediaQuery.current // => 'small', 'medium', etc.

To get the media query of a breakpoint, use MediaQuery.get.

Foundation.MediaQuery.get('medium') // => only screen and (min-width: 640px)

Programmatic Use

Invoking methods is easy as pie:

$('#reveal').foundation('open'); //will open a Reveal modal with id `reveal`.

Any plugin's methods can be called so once it is initialised.
"""


def test_a_javascript_one_liner_with_its_result_in_a_comment_is_code() -> None:
    """An expression and the value it gives after `// =>` (Ruby writes `# =>`) is code, however the
    comment ends (`etc.`); so is a statement and its comment glued to `//` (`//will open ...`)."""
    text = post(ONE_LINERS, 5, "javascript")
    assert shape(text)[:2] == [
        ("Media Query Helpers", ["paragraph", "code", "paragraph", "code"]),
        ("Programmatic Use", ["paragraph", "code", "paragraph"]),
    ]
    assert lint(text, ["META006", "DUP"]) == []
    assert shape(post("Ruby\n\nnumbers.sum # => 6\n\nThe sum of an empty array is zero.\n", 2, "ruby"))[0] == (
        "Ruby",
        ["code", "paragraph"],
    )


# Molecule's systemd container guide: a paragraph opening on the check it explains, one blank line under the
# playbook that makes it.
AFTER_A_PLAYBOOK = """\
Verify the unit

verify.yml asserts that systemd actually brought the role's unit up:

# verify.yml
---
- name: Verify
  hosts: molecule
  tasks:
    - name: Confirm systemd is running the managed service
      ansible.builtin.assert:
        that:
          - "ansible_facts.services['demo.service'].state == 'running'"

state == 'running' is the right check for a long-running unit (Type=simple or exec). A Type=oneshot unit that \
finished cleanly reports stopped, so for those assert on enablement or on the effect the unit produced instead.

Extended privileges

Most systemd workloads run under the default container above; some need more.
"""


def test_a_paragraph_opening_on_code_under_code_is_a_paragraph() -> None:
    """A line as long as a paragraph, three fifths of its words plain and a second sentence after the
    first, is prose though it opens on code (`state == 'running' is the right check ...`): not the
    last lines of the playbook one blank line above it."""
    text = post(AFTER_A_PLAYBOOK, 4, "yaml")
    assert shape(text)[0] == ("Verify the unit", ["paragraph", "code", "paragraph"])
    assert lint(text, ["META006"]) == []


# Stylus's executable guide: a command, then the lead-ins to the sheet it reads and to the CSS it writes.
LEAD_INS_AFTER_A_COMMAND = """\
Using plugins

So, what we need to do is use the --use flag, which requires the module and calls the function it exports.

$ stylus < test.styl --use ../nib/lib/nib

Yielding the expected result:

body {
  background: linear-gradient(top, #fff 0%, #000 100%);
}

Prefixing classes

The executable can prefix all the generated styles with the --prefix option.

$ stylus --prefix foo-

used with this code:

.bar
  width: 10px

Every class of the sheet is prefixed, interpolated and extended ones too.
"""


def test_a_lead_in_after_a_command_is_the_posts_not_its_output() -> None:
    """A line ending in `:` after a command, before code at the margin, is the post's lead-in when it
    opens as a sentence does, in lower case or on what the command yields; a program's label (`Images
    space usage:`, then its table) stays its output."""
    text = post(LEAD_INS_AFTER_A_COMMAND, 5, "shell")
    assert shape(text)[:2] == [
        ("Using plugins", ["paragraph", "code", "paragraph", "code"]),
        ("Prefixing classes", ["paragraph", "code", "paragraph", "code", "paragraph"]),
    ]
    assert lint(text, ["META006"]) == []
    table = "REPOSITORY          TAG                 IMAGE ID\nalpine              latest              4e38e38c8ce0"
    usage = "Running it\n\nThe listing below is the part that matters here:\n\n$ docker system df -v\n\n"
    usage += f"Images space usage:\n\n{table}\n\nThe images take most of the space.\n"
    assert shape(post(usage, 3))[0] == ("Running it", ["paragraph", "code", "paragraph"])


# skimr's blog post: its team, one line each, a name and two fields; git-lfs's examples of a remote and its server.
FIELDS = """\
Our awesome team

This was the original team in alphabetical order, and many more have contributed since.

Eduardo Arino de la Rubia Job Title: Chief Data Scientist at Domino Data Lab Project Contributions: Coder

Hope McLeod Job Title: Data Engineer at Kobalt Music Project Contributions: Documentation

Amelia McNamara Job Title: Visiting Assistant Professor of Statistical and Data Sciences at Smith College Project \
Contributions: Coder

Michael Quinn Job Title: Quantitative Analyst at Google Project Contributions: Coder

Elin Waring Job Title: Professor at Lehman College Sociology Department, City University of New York Project \
Contributions: Coder

Discovery

Git Remote: https://git-server.com/foo/bar LFS Server: https://git-server.com/foo/bar.git/info/lfs

The server is found from the remote's address.
"""


def test_two_fields_on_a_line_are_doubtful() -> None:
    """A line of two fields, each a label and its value, is a table's or a list's row written out as
    often as a heading: doubtful, so the payload's count, which calls the rows paragraphs, is allowed."""
    text = post(FIELDS, 9, "shell")
    low, high = paragraph_range(text)
    assert low <= 9 <= high
    assert lint(text, ["META006"]) == []


def test_one_programs_subcommand_on_each_line_and_an_import_alone_are_code() -> None:
    """Molecule's `ansible-creator add resource role role1` / `role2` / `role3` (a run of one program's
    subcommand, none ending as a sentence) and Stylus's ` @import 'mixins/vendor'` alone are code."""
    body = """\
Adding roles

Add three roles to the collection:

ansible-creator add resource role role1
ansible-creator add resource role role2
ansible-creator add resource role role3

Each role gets its own folder under roles.

Vendor mixins

 @import 'mixins/vendor'

The mixins are imported once for every sheet.
"""
    assert shape(post(body, 4, "shell"))[:2] == [
        ("Adding roles", ["paragraph", "code", "paragraph"]),
        ("Vendor mixins", ["code", "paragraph"]),
    ]
