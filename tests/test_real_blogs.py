"""Engineering blogs' posts (issue 13, the tenth and eleventh stand-ins: the Rust, Go, Kubernetes and Tokio
blogs, read from their repositories): a row of links, a pointer led by an arrow, a quotation set as its own
paragraph, a sentence that opens on a scoped name after code, two products named in one sentence's two
copies, and reading time counted as a blog engine counts it."""

from __future__ import annotations

from helpers import lint
from test_real_articles import paragraph_range, post, shape

from lintkit.formats import parse_bytes
from lintkit.formats.alphanode.heading_lines import is_heading_like
from lintkit.formats.code import looks_like_code
from lintkit.formats.detect import detect_language
from lintkit.near import differs_in_what_matters

# Tokio's dial9 post: a row of links under the announcement, then the post goes on.
LINK_BAR = """\
Introducing dial9

dial9 is on crates.io, you can try it right now.

We'll be at TokioConf! Come find us at our booth and look out for our dial9 lightning talk!

Github | crates.io | docs.rs

The common issues teams hit running Tokio at scale can sometimes be deduced from aggregate metrics.

Spotting kernel scheduling delay

A task that is ready to run but waits for a thread shows up as a gap between its wake and its poll.
"""


def blocks_of(body: str, heading: str) -> list[str]:
    """The kinds of the blocks under `heading` in a post whose body is `body`."""
    return next(kinds for text, kinds in shape(post(body, 5)) if text == heading)


def test_a_row_of_links_is_a_paragraph_and_a_pipeline_stays_code() -> None:
    """`Github | crates.io | docs.rs` is what a page shows of a row of links, a one-line paragraph;
    a union type in a signature and a shell pipeline are not rows of links."""
    assert not is_heading_like("Github | crates.io | docs.rs")
    assert not is_heading_like("Website • API Docs • Features Tutorial • Playground")
    assert is_heading_like("string.min(limit: number | Ref, message?: string | function): Schema")
    assert blocks_of(LINK_BAR, "Introducing dial9") == ["paragraph", "paragraph", "paragraph", "paragraph"]
    assert [f for f in lint(post(LINK_BAR, 6, "rust")) if f[0] in ("META006", "STR004")] == []
    # The Singer SDK's state guide: a pipeline after its lead-in is the lead-in's command.
    pipeline = LINK_BAR.replace(
        "Github | crates.io | docs.rs", "Run the tap and keep its last state:\n\ntap | target | tail -n 1 > state.json"
    )
    assert blocks_of(pipeline, "Introducing dial9")[2:4] == ["paragraph", "code"]


# fastapi-users' configuration overview: each step points to its page with an arrow.
ARROW_POINTERS = """\
Configuration

You can configure the library step by step, in the order below.

User model and database adapters

FastAPI Users is compatible with various databases and ORM. To build the interface, you'll need to create a model.

➡️ I'm using SQLAlchemy

➡️ I'm using Beanie

Authentication backends

Authentication backends define the way users sessions are managed in your app.

➡️ Configure the authentication backends
"""


def test_a_pointer_led_by_an_arrow_is_a_paragraph() -> None:
    """`➡️ I'm using SQLAlchemy` is a link to another page (28 lines of the corpora's Markdown are written
    so, 2 headings): a paragraph, so the last section is not empty and the count is the page's."""
    assert not is_heading_like("➡️ Configure the authentication backends")
    assert not is_heading_like("👉 See https://typescript-eslint.io/packages/parser for documentation.")
    assert blocks_of(ARROW_POINTERS, "User model and database adapters") == ["paragraph"] * 3
    assert [f for f in lint(post(ARROW_POINTERS, 7)) if f[0] in ("META006", "STR004")] == []


# The State of Rust Survey 2016: respondents' comments, each a quoted paragraph of its own.
QUOTATIONS = """\
Learning curve

In total, 1 in 4 people commented on the learning curve when talking about Rust's challenges.

"Borrow checker is hard to grasp for a beginner."

"Steep learning curve at the beginning"

The proverbial gauntlet has been thrown. For Rust to do well, it will need to retain the power it has.

Immaturity of the language and libraries

I'll let some of the quotes speak for themselves:

"Thank you for making Rust awesome!"

"Working in the Rust community has been an amazing experience."
"""


def test_a_quotation_alone_on_its_line_reads_either_way() -> None:
    """A quoted line without a stop is a heading by its shape, and a paragraph that quotes by its page
    (the corpora's Markdown write the shape 19 times as a paragraph, 14 as a heading): META006 allows
    both, so the survey's count (8 paragraphs, the two quotations included) is within."""
    low, high = paragraph_range(post(QUOTATIONS, 8, "rust"))
    assert low <= 8 <= high and low < high
    assert [f for f in lint(post(QUOTATIONS, 8, "rust")) if f[0] == "META006"] == []


# The Rust blog's post on `Future is not Send` diagnostics: a paragraph right after a snippet, opening on the
# function's name and naming a scoped type, is prose, not the snippet's last part.
AFTER_CODE = """\
Well, which type is the problem in the example?

Returning to our example, the future must be holding a type across an .await point that doesn't implement Send.

async fn bar(x: &Mutex<u32>) {
    let g: MutexGuard<u32> = x.lock().unwrap();
    baz().await
} // <- `g` is dropped here

{after}

That wasn't obvious from the error: we had to know that futures might implement Send depending on what they hold.
""".replace(
    "{after}",
    "bar locks the mutex before awaiting baz. std::sync::MutexGuard<u32> does not implement Send and lives "
    "across the baz().await point (because g is dropped at the end of the scope) which causes the entire future "
    "not to implement Send.",
)


def test_a_sentence_opening_on_a_scoped_name_after_code_is_prose() -> None:
    assert blocks_of(AFTER_CODE, "Well, which type is the problem in the example?") == [
        "paragraph",
        "code",
        "paragraph",
        "paragraph",
    ]
    assert [f for f in lint(post(AFTER_CODE, 4, "rust")) if f[0] == "META006"] == []


# Kubernetes' 1.31 deprecations post: each removed plugin gets the same closing sentence.
TWO_PLUGINS = """\
Removal of the CephFS volume plugin

The v1.31 release will remove the CephFS volume plugin and its CSI migration support.

CephFS volume plugin was formally marked as deprecated in v1.28.

Removal of Ceph RBD volume plugin

The v1.31 release will remove the Ceph RBD volume plugin and its CSI migration support (the rbd volume type).

The Ceph RBD volume plugin was formally marked as deprecated in v1.28.
"""


def test_two_products_named_in_one_sentence_are_no_near_repeat() -> None:
    """Every word one copy has and the other lacks is a name in it (capitalised inside its sentence,
    or with two capitals): two products' entries (`CephFS` / `Ceph RBD`, `Params` / `Page` classes).
    A plain word put for its like, as an edit does (and the generated near duplicates), is still one."""
    assert [f for f in lint(post(TWO_PLUGINS, 5)) if f[0] == "DUP002"] == []
    assert differs_in_what_matters(
        "Here is an example of available Params classes:", "Here is an example of available Page classes:"
    )
    assert differs_in_what_matters(
        "Running docker stats on all running containers against a Linux daemon.",
        "Running docker stats on all running containers against a Windows daemon.",
    )
    for a, b in [
        ("The team made quick progress on this goal.", "The team made steady progress on this goal."),
        ("Check the logs before you restart the server.", "Verify the logs before you restart the server."),
        ("We moved the build to GitHub Actions last month.", "We moved the builds to GitHub Actions last month."),
    ]:
        assert not differs_in_what_matters(a, b), (a, b)


# Rust 1.75.0's stabilized APIs: a list of scoped names, one word each for a blog engine.
API_LIST = """\
Stabilized APIs

These APIs are now stable in this release, and can be called from any crate that builds on it:

  • Atomic*::from_ptr
  • FileTimes
  • File::set_times
  • File::set_modified
  • Ipv6Addr::to_ipv4_mapped
  • MaybeUninit::assume_init_read
  • pointer::byte_offset_from
  • pointer::wrapping_byte_offset
  • pointer::wrapping_byte_add
  • pointer::wrapping_byte_sub
"""


def test_reading_time_counts_words_between_blanks() -> None:
    """`pointer::wrapping_byte_offset` is one word for Hugo's or Jekyll's reading time, as code's words
    already were, not three: the body's count is what the post's engine declared from."""
    from lintkit import facts
    from lintkit.formats import parse_bytes

    article = parse_bytes(post(API_LIST, 2, "rust").encode(), "a.txt")
    entries = next(s for s in article.sections if s.heading.text == "Stabilized APIs").blocks[1]
    assert sum(len(item.text.split()) for item in entries.items) == 10
    before = facts.body_words(article)
    longer = parse_bytes(post(API_LIST.replace("FileTimes", "FileTimes::new"), 2, "rust").encode(), "a.txt")
    assert facts.body_words(longer) == before  # a name made longer is still one word


# Rust 1.85.0's announcement: a heading naming a function, opening as a sentence does.
HEADING_NAMING_A_FUNCTION = """\
Other changes

Check out everything that changed in Rust, Cargo, and Clippy.

Updates to std::env::home_dir()

std::env::home_dir() has been deprecated for years, because it can give surprising results on Windows.

Contributors to 1.85.0

Many people came together to create Rust 1.85.0. We couldn't have done it without all of you. Thanks!
"""


def test_a_heading_opening_as_a_sentence_and_naming_a_function_is_no_code() -> None:
    """`Updates to std::env::home_dir()` scores as Rust by its scoped name, but opens as a sentence
    (a capitalised word, then a plain one) and has no statement's mark (`;`, `=`, braces, `->`): a
    heading. A statement that opens so (`Some text with foo::bar() = 3;`) is still code."""
    sections = shape(post(HEADING_NAMING_A_FUNCTION, 4, "rust"))
    assert ("Updates to std::env::home_dir()", ["paragraph"]) in sections
    from lintkit.formats.code import looks_like_code

    assert looks_like_code(["Some text with foo::bar() = 3;"])
    assert [f for f in lint(post(HEADING_NAMING_A_FUNCTION, 4, "rust")) if f[0] in ("META006", "STR004")] == []


# PyTorch's and Node's posts end with a signature; Ruby's advisories give a patch's address and checksum.
SIGNED = """\
Tutorial updates

Making these improvements is just the first step of improving PyTorch.org for the community.

Cheers,

Joe, Greg, Woo & Jessica

Patches

A patch from ruby-1.8.2.tar.gz is also provided at the following location:

ftp://ftp.ruby-lang.org/pub/ruby/1.8/1.8.2-patch1.gz

md5sum: 4f32bae4546421a20a9211253da103d3

Please upgrade to the patched version as soon as you can, and report anything that breaks.

Team PyTorch
"""


def test_a_signature_an_address_and_a_checksum_are_no_headings() -> None:
    """A post's signature under its last paragraph (a team's, or names after `Cheers,`) is its last
    paragraph, not an empty section; an address or a checksum alone on its line (32 and 2 paragraphs of
    the corpora's Markdown, no heading) is a paragraph. A `Team` heading with its section under it stays one."""
    assert not is_heading_like("ftp://ftp.ruby-lang.org/pub/ruby/1.8/1.8.2-patch1.gz")
    assert not is_heading_like("md5sum: 4f32bae4546421a20a9211253da103d3")
    text = post(SIGNED, 9)
    assert [f for f in lint(text) if f[0] in ("STR004", "META006")] == []
    assert [h for h, _ in shape(text)][:2] == ["Tutorial updates", "Patches"]
    team = "Team\n\nThe core team reviews every change before it lands, and rotates the release duty.\n"
    assert ("Team", ["paragraph"]) in shape(post(SIGNED + "\n" + team, 10))


# Node's posts: a one-line command after its lead-in, the lead-in's colon left out.
COMMANDS = """\
Checking your version

You can also run is-my-node-vulnerable to check if you are using an EOL version or any version with a CVE.

npx is-my-node-vulnerable

Locking the versions

In this case, A's author can use

npm shrinkwrap

This generates npm-shrinkwrap.json, which will look something like this when it is done.
"""


def test_a_package_run_by_name_and_a_lead_in_that_runs_on_into_its_command() -> None:
    """`npx is-my-node-vulnerable` and `npm shrinkwrap` alone on their lines are commands (no heading);
    `In this case, A's author can use` runs on into the command after it (a modal and a verb, as `The
    response will be` ends on its copula: 23 paragraphs of the corpora's Markdown end so, 3 headings, each
    opening on `What`), a paragraph."""
    from lintkit.formats.commands import is_shell_command

    assert is_shell_command("npx is-my-node-vulnerable") and is_shell_command("npm shrinkwrap")
    assert not is_shell_command("cargo audit fix: automatically update vulnerable dependencies")
    assert blocks_of(COMMANDS, "Checking your version") == ["paragraph", "code"]
    assert blocks_of(COMMANDS, "Locking the versions") == ["paragraph", "code", "paragraph"]
    assert [f for f in lint(post(COMMANDS, 4, "javascript")) if f[0] in ("STR004", "META006")] == []


# Swift's post on SwiftPM's REPL: a session, the post's lead-in, then the REPL's numbered prompts.
REPL = """\
Vapor's HTTP

The Vapor project has a HTTP package built on top of SwiftNIO package.

Clone the package and launch REPL using swift run --repl:

$ git clone https://github.com/vapor/http
$ cd http
$ swift run --repl

Let's make a GET request using the HTTPClient type:

  1> import HTTP
  2> let worker = MultiThreadedEventLoopGroup(numberOfThreads: 1)
  3> let client = HTTPClient.connect(hostname: "httpbin.org", on: worker).wait()

We can use Foundation's JSONSerialization to parse the response, as the next session shows.
"""


def test_a_lead_in_between_a_session_and_a_repl_is_the_posts() -> None:
    """A line ending in `:` right after a command, before indented lines, was read as the command's
    message (`To add a worker to this swarm, run the following command:`); one that speaks to the
    reader (`Let's make a GET request ...:`), or before a REPL's numbered prompts, is the post's."""
    assert blocks_of(REPL, "Vapor's HTTP") == ["paragraph", "paragraph", "code", "paragraph", "code", "paragraph"]
    assert [f for f in lint(post(REPL, 5, "swift")) if f[0] == "META006"] == []


# The Go blog's govulncheck and module posts, Rust 1.38.0's: a command on Go's packages, a session's last
# prompt alone, a snippet's elision alone between its parts.
CODE_MARKS = """\
Getting started

Then, run govulncheck inside your module:

govulncheck ./…

See the govulncheck tutorial for additional information on how to get started with using the tool.

Publishing

func TestProverb(t *testing.T) {
\tif got := Proverb(); got != want {
\t\tt.Errorf("Proverb() = %q, want %q", got, want)
\t}
}

$

Next, create a new git repository and add an initial commit, then change to the directory containing go.mod.

Uninitialized values

struct CannotBeZero {
    outer: Outer,
    foo: i32,
}

...

let bad_value: CannotBeZero = unsafe { std::mem::uninitialized() };

Astute readers may note that Rust has more types that cannot be zero, notably NonNull<T> and NonZero<T>.
"""


def test_a_command_on_gos_packages_a_lone_prompt_and_an_elision_are_code() -> None:
    """`govulncheck ./…` ends on Go's package pattern, not a stop; `$` and `...` alone on their lines
    are a session's and a snippet's, never a paragraph's words. (`?` alone after a snippet, asking the
    reader, and a notebook's `+++` kept by a converter are written as paragraphs: left so.)"""
    assert blocks_of(CODE_MARKS, "Getting started") == ["paragraph", "code", "paragraph"]
    assert blocks_of(CODE_MARKS, "Publishing")[-1] == "paragraph"
    assert blocks_of(CODE_MARKS, "Uninitialized values")[-1] == "paragraph"
    assert [f for f in lint(post(CODE_MARKS, 5, "go")) if f[0] == "META006"] == []


def test_two_generic_types_are_what_matters() -> None:
    """Rust 1.51.0's const generics: `If we then use FixedArray<u8>, ...` / `Now if we then used
    Array<u8, 32>, ...`, two examples about two types (a generic type is a code name)."""
    assert differs_in_what_matters(
        "If we then use FixedArray<u8>, the compiler will make a monomorphic version of FixedArray that looks like:",
        "Now if we then used Array<u8, 32>, the compiler will make a monomorphic version of Array that looks like:",
    )


# The Go blog's post on alias names: the conversation goes on with a question, a paragraph of its own.
ASKS_ON = """\
Background

Type aliases were introduced so that a type could be moved from one package to another without breaking clients.

But what about moving a type?

In contrast to a regular type definition, an alias declaration does not create a new type, it only names one.
"""


def test_a_question_that_goes_on_from_the_last_paragraph_reads_either_way() -> None:
    """`But what about moving a type?` is a heading by its shape, and a paragraph that asks by its
    opening (`But`, `And`, `So`, `Or`, `Well`: 23 paragraphs of the corpora's Markdown ask so, 6 headings,
    `So, why doesn't my future implement Send?`): META006 allows both."""
    low, high = paragraph_range(post(ASKS_ON, 4, "go"))
    assert low <= 4 <= high and low < high
    assert [f for f in lint(post(ASKS_ON, 4, "go")) if f[0] == "META006"] == []


# Rust's 2021 edition post: an aside in brackets after a snippet, a sentence citing a macro's call.
ASIDE_AFTER_CODE = """\
Panic macro consistency

The panic!() macro only uses string formatting when it's invoked with more than one argument.

let a = "{";
println!(a); // Error: First argument must be a format string literal
panic!(a); // Ok: The panic macro doesn't care

(It even accepts non-strings such as panic!(123), which is uncommon and rarely useful.)

This will especially be a problem once implicit format arguments are stabilized in a later release.
"""


def test_a_sentence_in_brackets_after_code_is_prose() -> None:
    """A sentence of plain words opening inside a bracket (`(It even accepts ...)`) is the post's, not
    the snippet's last line: its first word is read without the bracket."""
    assert blocks_of(ASIDE_AFTER_CODE, "Panic macro consistency") == ["paragraph", "code", "paragraph", "paragraph"]
    assert [f for f in lint(post(ASIDE_AFTER_CODE, 4, "rust")) if f[0] == "META006"] == []


# Ruby 3.3.0's release post: a parent heading over its first subsection, named by a library's path.
PARENT_OVER_A_PATH = """\
Stdlib compatibility issues

ext/readline is retired

  • We have reline that is pure Ruby implementation compatible with ext/readline API.
  • We no longer need to install libraries like libreadline or libedit.

Standard library updates

RubyGems and Bundler warn if users do gem install or require the gems that will become bundled gems.
"""


def test_a_parent_over_a_subsection_named_by_a_path_is_not_empty() -> None:
    """A subsection's heading opening on a path or a scoped name (`ext/readline is retired`) is written as
    a post's own headings are, like a capitalised one: the heading above it is its parent."""
    assert [f for f in lint(post(PARENT_OVER_A_PATH, 2, "ruby")) if f[0] == "STR004"] == []


# Swift's ArgumentParser announcement: a command's help screen, its parts apart.
HELP_SCREEN = """\
Validating input

Our tool is now smarter about the values it can accept and includes rich documentation in its help screen:

USAGE: random <high-value>

ARGUMENTS:
  <high-value>            The highest value to pick.

OPTIONS:
  -h, --help              Show help information.

Using subcommands

Modern command-line tools use subcommands to group related tools in a command tree.

USAGE: random <subcommand>

OPTIONS:
  -h, --help              Show help information.

SUBCOMMANDS:
  number                  Chooses a random number between 1 and your chosen value.
"""


def test_a_help_screen_is_one_block_of_output() -> None:
    """A help screen's parts in capitals (`USAGE: ...`, `ARGUMENTS:`, `OPTIONS:`) and its lines aligned in
    columns (no paragraph or heading of the corpora's Markdown has four blanks inside it) are the program's
    output: one block each, so two screens that end alike are no repeated snippet (DUP003)."""
    assert blocks_of(HELP_SCREEN, "Validating input") == ["paragraph", "code"]
    assert blocks_of(HELP_SCREEN, "Using subcommands") == ["paragraph", "code"]
    assert [f for f in lint(post(HELP_SCREEN, 3, "swift")) if f[0] in ("DUP003", "META006", "STR004")] == []


# Electron 25's breaking changes, Svelte's monthly news, the Go blog's post on comparable types.
LAST_BLOGS = """\
Breaking changes

Below are the breaking changes introduced in this release, and how to move off each.

Deprecated: BrowserWindow.getTrafficLightPosition()

BrowserWindow.getTrafficLightPosition() has been deprecated, use BrowserWindow.getWindowButtonPosition() instead.

Satisfying a constraint

Go 1.20 relaxes what it takes to satisfy the comparable constraint, for any type parameter list.

A type T satisfies a constraint C if

  • T implements C; or
  • C can be written in the form interface{ comparable; E }, where E is a basic interface and T is comparable.

That's all for this month. Let us know if we missed anything on Reddit or Discord.

Until next month 👋
"""


def test_a_deprecation_heading_a_run_on_if_and_a_farewell() -> None:
    """`Deprecated: BrowserWindow.getTrafficLightPosition()` heads an entry (an API reference's field
    `Deprecated: ...` gives no dotted name); a lead-in ending on `if` runs on into its list; a farewell
    closing the post (`Until next month 👋`) is its last paragraph, not an empty section."""
    assert is_heading_like("Deprecated: BrowserWindow.getTrafficLightPosition()")
    assert not is_heading_like("Deprecated: since 2.0, use the new loader instead")
    text = post(LAST_BLOGS, 7, "go")
    assert [h for h, _ in shape(text)][:3] == [
        "Breaking changes",
        "Deprecated: BrowserWindow.getTrafficLightPosition()",
        "Satisfying a constraint",
    ]
    assert [f for f in lint(text) if f[0] in ("META006", "STR004")] == []


# Crystal's posts: a question over its snippet, a question heading over its sub-heading, a closing question.
QUESTIONS = """\
Type inference rules

Crystal infers the type of a variable from every assignment to it, branch by branch.

What type has the following if (and consequently the a variable)?

if some_condition
  a = 1
else
  a = "hello"
end

What we did and what surprises we found along the way?

Hello CircleCI 2.0

The first step was to move the release scripts from a laptop to the CI, one job per platform.

You can make your specs run continuously, as long as you also watch the spec files.

How would you adapt it to your own projects and their tests?
"""


def test_questions_over_code_over_a_heading_and_closing_a_post() -> None:
    """A question over a snippet reads either way (a FAQ's heading, or the post's question leading into
    the code); a long question right over the post's next heading heads a part (not a paragraph closing
    the last); one over the export's own heading closes the post."""
    text = post(QUESTIONS, 5, "crystal")
    low, high = paragraph_range(text)
    assert low <= 5 <= high
    headings = [h for h, _ in shape(text)]
    assert "What we did and what surprises we found along the way?" in headings
    assert "How would you adapt it to your own projects and their tests?" not in headings
    assert [f for f in lint(text) if f[0] in ("META006", "STR004")] == []


# Rust 1.76.0's announcement: a program, what it prints said, then its output, a sentence.
PRINTS = """\
Type names from references

For debugging purposes, any::type_name::<T>() has been available since Rust 1.38 to return a string.

fn main() {
    let iter = get_iter();
    let sum: i32 = iter.sum();
    println!("The sum of the `{iter_name}` is {sum}.");
}

This currently prints:

The sum of the `core::array::iter::IntoIter<i32, 3>` is 6.

Stabilized APIs

These APIs are now stable in this release, and can be called from any crate that builds on it.
"""


def test_the_line_after_what_a_program_prints_is_its_output() -> None:
    """After code and a lead-in saying what it prints (`This currently prints:`; 24 paragraphs of the
    corpora's Markdown end so, no heading), the one line that follows is the output, code, however much it
    reads as a sentence."""
    assert blocks_of(PRINTS, "Type names from references") == ["paragraph", "code", "paragraph", "code"]
    assert [f for f in lint(post(PRINTS, 4, "rust")) if f[0] == "META006"] == []


# The crates.io postmortem on the Rust blog: a timeline's dates head its events.
TIMELINE = """\
Timeline

2023-07-19

  • 12:32 UTC – the pull request migrating the remaining uploaders code was opened
  • 17:41 UTC – it was merged, deploying to the staging environment

2023-07-20

  • 10:00 UTC – the fix for the readme field parsing was opened
  • 12:17 UTC – the deployment to production started

Lessons learned

We will test the download endpoints end to end before any deployment reaches production again.
"""


def test_a_timelines_first_date_heads_its_events() -> None:
    """A date alone right under a heading is a dateline (cibuildwheel's changelog), unless another date
    stands as a heading after content below it: then the dates are a timeline's headings, the first too."""
    text = post(TIMELINE, 2, "rust")
    assert [h for h, _ in shape(text)][:4] == ["Timeline", "2023-07-19", "2023-07-20", "Lessons learned"]
    assert [f for f in lint(text) if f[0] == "META006"] == []


# Kubernetes' SIG spotlights (an interview), a release post's stages, Helm's and Istio's posts.
INTERVIEW = """\
Getting to know SIG Storage

Frederico talked with the SIG's chairs about what the group does and how to take part in it.

FSM: That's where CSI enters the game?

Yes. The Container Storage Interface lets storage vendors write one driver that works with every orchestrator.

FSM: Any closing thoughts you would like to add?

Come to a meeting: the agenda is open, and new contributors are always welcome to ask questions there.

Run the checks

Describe the pod to see what the mesh thinks of it:

istioctl experimental describe pod $RATINGS_POD

And much more...

Happy Helm v3 sailing
"""


def test_an_interviews_turns_a_trailing_line_a_cluster_tool_and_a_farewell() -> None:
    """A speaker's turn that asks (`FSM: That's where CSI enters the game?`) and a short line trailing off
    (`And much more...`) read either way for META006; a cluster tool's command with a shell variable is
    code; `Happy Helm v3 sailing` signs the post off; a feature's stages (`now beta` / `now stable`) are
    what matters."""
    text = post(INTERVIEW, 8)
    low, high = paragraph_range(text)
    assert low <= 8 <= high
    assert blocks_of(INTERVIEW, "Run the checks")[:2] == ["paragraph", "code"]
    assert [f for f in lint(text) if f[0] in ("META006", "STR004")] == []
    assert differs_in_what_matters(
        "This is a selection of some of the improvements that are now beta following the v1.30 release.",
        "This is a selection of some of the improvements that are now stable following the v1.30 release.",
    )


# The Go blog's generics posts and Julia's thread-local state PSA (code detection over the blog stand-ins, fenced
# blocks read through the export's frame): a generic signature, a generic type, an assignment into a composite
# literal's key, a statement at a language's prompt and a module's names brought in, each alone between
# paragraphs, had been read as headings; a pipe's second line, a returned call after a blank line, as prose.
ONE_LINE_CODE = """\
Generic functions

Clone takes a slice of any type and returns a copy of it.

func Clone4[S []E, E any](s S) S

The constraint says that S must be a slice whose elements are of type E.

type genericLookupTable[K comparable, V any] map[K]V

A key that is not comparable panics at run time:

lookupTable[[]int{}] = "slice"  // PANIC: runtime error: hash of unhashable type []int

The same holds in a session of the language's own prompt.

julia> using NullableArrays

Bring the names you need into scope first.

using Base.Threads: nthreads, @threads, threadid

The above could be expressed as

using Transducers
itr |> Map(f) |> foldxt(op; init=some_initial_value)

Then apply the configuration and return what the server says.

return hpav1client.Apply(ctx, hpaApplyConfig, metav1.ApplyOptions{FieldManager: "mycontroller", Force: true})

That is all it takes.
"""


def test_one_line_code_between_paragraphs_is_code() -> None:
    """Each line of code alone between paragraphs is code (694 lines of the corpora's code open on a language's
    prompt, 86 on a generic `func`, 481 return a call; no heading or paragraph does), and the blog's Go is Go."""
    kinds = ["paragraph", "code", "paragraph", "code"] + ["paragraph", "code"] * 5 + ["paragraph"]
    assert blocks_of(ONE_LINE_CODE, "Generic functions") == kinds
    assert [f for f in lint(post(ONE_LINE_CODE, 9, "go")) if f[0] in ("META006", "STR004", "CODE001")] == []
    # A method of a generic type and a variable declared with its type are Go's, not JavaScript's `var`.
    generic_tree = "func (t *Tree[T]) Lookup(x T) *Tree[T] { ... }\n\nvar stringTree Tree[string]"
    assert detect_language(generic_tree) == "go"
    # PyTorch's two tuples unpacked, one line after the other (`_STATEMENT` is code evidence: 196 lines, no prose).
    assert looks_like_code(["B, M, N = 100, 128, 100", "I, W1, B1 = torch.randn(B, M).cuda(), torch.randn(N).cuda()"])
    # What stays prose: a heading that names a module, a syntax written as a sentence's words.
    named = ONE_LINE_CODE.replace("using Base.Threads: nthreads, @threads, threadid", "using XMLHttpRequest")
    assert "using XMLHttpRequest" in [h for h, _ in shape(post(named, 9, "go"))]


def test_entries_about_two_components_with_their_own_issue_numbers_are_two_entries() -> None:
    """Arrow 0.16.0's release notes: one entry per component, each with its issue's number. The components are
    names (capitals), so the two are two entries; so are the entries of any two components, each with its own
    issue's number; with the same number, a component in lower case or a plain word changed is a near repeat."""
    entry = (
        "The IO APIs now use Result<T> when returning both a Status and result value, rather than taking a "
        "pointer-out function parameter (ARROW-7235)."
    )
    assert differs_in_what_matters(entry, entry.replace("IO", "CSV").replace("7235", "7236"))
    assert differs_in_what_matters(entry, entry.replace("IO", "Tensor").replace("7235", "7420"))
    assert differs_in_what_matters(entry, entry.replace("IO", "filesystem").replace("7235", "7161"))
    assert not differs_in_what_matters(entry, entry.replace("IO", "filesystem"))
    assert not differs_in_what_matters(entry, entry.replace("both", "each"))
    # Arrow's Parquet encoding post: three levels explained alike, each its level's number and its path (`d.d2`).
    assert differs_in_what_matters(
        "A definition level of 0 would imply a null at the level of d:",
        "A definition level of 1 would imply a null at the level of d.d2",
    )


def test_a_title_written_as_a_name_and_what_it_is_may_end_in_a_stop() -> None:
    """DuckDB's and Scala's blogs title posts as a name, then what it is, with a stop (twentieth and
    twenty-second stand-ins: each read as no title, STR002, and counted as a paragraph, META006). An intro
    opening on a label in capitals (`TLDR: ...`) in the title's place is still no title."""
    for title in (
        "DuckDB - The Lord of Enums: The Fellowship of the Categorical and Factors.",
        "From Waddle to Flying: Quickly expanding DuckDB's functionality with Scalar Python UDFs.",
        "Introducing Scastie - An interactive playground for Scala.",
    ):
        text = post(LINK_BAR, 6, "rust", title=title)
        assert parse_bytes(text.encode(), "a.txt").title.text == title
        assert [f for f in lint(text) if f[0] in ("STR002", "META006")] == []
    for intro in (
        "TLDR: The DuckDB ICU extension now provides time zone support.",
        "Update: we moved the nightly builds to a new server last week.",
    ):
        assert parse_bytes(post(LINK_BAR, 6, "rust", title=intro).encode(), "a.txt").title is None


# The twentieth to twenty-second stand-ins (DuckDB's, Arrow's, Scala's and Babel's blogs): code alone between
# paragraphs, each had been read as a paragraph or a heading.
MORE_ONE_LINE_CODE = [
    "(await f)(x)",  # Babel's pipeline proposal: a bracket's value called
    "(implicit thisTransaction: Transaction)",  # Scala's implicit function types: a parameter section
    "def Test = summon[InvF[B] =:= String] // was error: selector B does not uniquely determine parameter x",
    "case class User(id: Int, name: String, surname: String)",
    "sbt> scalafix github:olafurpg/FinalCaseClass/v1",  # sbt's prompt
    "['apple', 'orange', 'apple', NULL, …]",  # Arrow's dictionary encoding, a column's values
    "<AxesSubplot: title={'center': \"'trip_distance' from 'no-outliers'\"}, xlabel='trip_distance', ylabel='Count'>",
    "duckdb region.parquet -c 'FROM region;'",  # a database's command line
]


def test_more_code_alone_between_paragraphs_is_code() -> None:
    """Scala (a case class with typed fields, a method defined with `=`, a parameter section alone), sbt's prompt,
    a bracket's value called, a column's values with NULL and an elision, an object as Python prints it, DuckDB's
    command line; and a CSV file's rows (DuckDB's sniffer post), which the export writes as lines of values."""
    for code in MORE_ONE_LINE_CODE:
        body = ONE_LINE_CODE.split("\n\n")[0] + "\n\nThe snippet below is what the post shows.\n\n" + code
        assert blocks_of(body + "\n\nThat is all it takes.\n", "Generic functions") == [
            "paragraph",
            "code",
            "paragraph",
        ], code
    assert looks_like_code(["A,B,C", "1, 2, 3", "4, 5, 6"])
    assert looks_like_code(
        ["Name, Height, Vegetarian, Birthday", '"Pedro", 1.73, False, 30-07-92', "...", '"Mark", 1.72, N/A, 20-09-92']
    )
    assert (
        detect_language('case class User(name: String, age: Int)\ndef greet(u: User): String = s"hi ${u.name}"')
        == "scala"
    )
    # Arrow's `For example` alone over its snippet is a lead-in, as `For example,` is (15 paragraphs, no heading).
    assert not is_heading_like("For example") and not is_heading_like("For instance")
    # Lines of prose with commas are no rows: a sentence ends each.
    assert not looks_like_code(["First, install it.", "Then, run it.", "Finally, check it."])


# Arrow's query-result post heads its parts with numbered sentences; Babel's babel-eslint post labels each
# package manager's commands with its name, as a tabbed sample does.
NUMBERED_AND_TABBED = """\
Why Arrow is fast

The format was designed for moving results between systems.

1. The Arrow format is columnar.

Columnar data formats hold the values for each column in contiguous blocks of memory.

2. The Arrow format is self-describing and type-safe.

Every batch carries its schema, so the receiver never guesses the types.

3. The Arrow format enables zero-copy.

A receiver can read the buffers in place instead of copying them.

Upgrading

Run the following commands to upgrade to the new packages:

npm

npm uninstall babel-eslint babel-eslint-plugin
npm install --save-dev @babel/eslint-parser @babel/eslint-plugin

Yarn

yarn remove babel-eslint babel-eslint-plugin
yarn add --dev @babel/eslint-parser @babel/eslint-plugin

That is all it takes to move over.
"""


def test_numbered_sentences_and_a_package_managers_tab_read_either_way() -> None:
    """A run of numbered sentences short enough for headings (6 headings of the corpora's Markdown, 5 longer
    paragraphs) and a package manager's name over its commands are read either way for META006."""
    # Six paragraphs and the intro; the numbered sentences as paragraphs, three more; the tabs', two more.
    assert paragraph_range(post(NUMBERED_AND_TABBED, 7, "javascript")) == (7, 12)
    for paragraphs in (7, 10, 12):
        text = post(NUMBERED_AND_TABBED, paragraphs, "javascript")
        assert [f for f in lint(text) if f[0] in ("META006", "STR004")] == [], paragraphs


def test_a_notebooks_magic_a_databases_error_and_dot_command_and_a_yaml_key_are_code() -> None:
    """DuckDB's posts (the twentieth stand-in): a notebook's magics (26 lines of the corpora's code, no prose), a
    database's error heading its message, its shell's dot commands, a YAML key in snake case alone over its
    indented block (48 lines, no prose); Haml's tags are not magics."""
    for code in (
        "%sqlplot boxplot --table no-outliers --column trip_distance --with no-outliers",
        ".timer on",
        ".schema",
        "dutch_railway_network:",
    ):
        assert looks_like_code([code]), code
    assert looks_like_code(["%load_ext sql", "%sql duckdb://"])
    assert looks_like_code(["Binder Error:", "*COLUMNS() can not be used in this place"])
    assert detect_language("%h1 Hello From Haml!\n%p= markdown(:greetings)") != "shell"
    assert not looks_like_code(["Binder errors"]) and not looks_like_code(["Project name:"])


def test_sponsor_tiers_and_a_version_note_heading() -> None:
    """ESLint's blog (the twenty-third stand-in): a funding post's two tiers, each its sums, are two entries, not a
    near repeat; a heading written as a callout's version note reads either way for META006."""
    silver = (
        "The following sponsors have joined the ESLint Collective at the silver sponsor level, donating between "
        "$500 and $999 per month:"
    )
    bronze = "And t" + silver[1:].replace("silver", "bronze").replace("$500 and $999", "$200 and $499")
    assert differs_in_what_matters(silver, bronze)
    body = LINK_BAR.replace("Spotting kernel scheduling delay", "eslintrc removed in ESLint v10.0.0")
    assert [f for f in lint(post(body, 6, "rust")) if f[0] == "META006"] == []
    assert [f for f in lint(post(body, 7, "rust")) if f[0] == "META006"] == []


# Prettier's release posts (the twenty-fifth stand-in): `## Highlights`, `### JavaScript`, then each change as a
# `####` heading naming its pull requests and authors, over its text and its `// Input` / `// Output` code.
CHANGE_LOG = """\
Highlights

TypeScript

Support TypeScript 4.1 (#9473, #9636 by @sosukesuzuki)

Key Remapping In Mapped Types

Mapped types can now remap their keys with an as clause.

type Getters<T> = { [K in keyof T as `get${Capitalize<string & K>}`]: () => T[K] };

Other Changes

JavaScript

Don't let trailing template literal comments escape (#1580, #1713, #1598, #1713) by @josephfrazier and @k15a

A comment after the last expression of a template literal now stays inside it.

Address parentheses bugs for edge cases with call and new. (#6148 by @bakkot)

Calls inside new expressions keep the parentheses they need.

It was already possible to have multiple glob patterns in one run:

prettier --write '{**/*,*}.{js,jsx,json}' '!vendor/**'

Fix docblock parsing (#13054 by @fisker)

Docblocks that hold a pragma are now parsed the way the rest of the tooling reads them.
"""


def test_a_change_logs_categories_entries_and_commands() -> None:
    """A change log's entry is a heading however long (388 headings of the corpora's Markdown, 13 paragraphs,
    each a sentence ending before its reference), and the category over it (`JavaScript`, between two headings)
    a heading too, as `Highlights` over both is a parent, not an empty section; an entry with a stop before its
    reference reads either way; `prettier --write ...` is a command."""
    headings = [h for h, _ in shape(post(CHANGE_LOG, 7, "javascript"))]
    assert headings[:7] == [
        "Highlights",
        "TypeScript",
        "Support TypeScript 4.1 (#9473, #9636 by @sosukesuzuki)",
        "Key Remapping In Mapped Types",
        "Other Changes",
        "JavaScript",
        "Don't let trailing template literal comments escape (#1580, #1713, #1598, #1713) by @josephfrazier and @k15a",
    ]
    assert blocks_of(CHANGE_LOG, "Fix docblock parsing (#13054 by @fisker)") == ["paragraph"]
    low, high = paragraph_range(post(CHANGE_LOG, 7, "javascript"))
    assert low <= 6 and high >= 7  # the entry with a stop either way (and other doubts)
    for paragraphs in (6, 7):
        text = post(CHANGE_LOG, paragraphs, "javascript")
        assert [f for f in lint(text) if f[0] in ("META006", "STR004")] == [], paragraphs


def test_two_files_lead_ins_and_a_long_subcommand_run() -> None:
    """The Bytecode Alliance's blog (the twenty-fourth stand-in): one lead-in for each of two source files is two
    entries (a file's name is a name code has); a program's subcommand with options and their paths is a command
    however long (35 lines of the corpora's code, no heading or paragraph)."""
    host = "Create a file named Host.cs in the project directory and add the following content:"
    assert differs_in_what_matters(host, host.replace("Host.cs", "Allocator.cs"))
    run = (
        "wac encode --dep demo:terminal=./terminal/target/wasm32-wasi/debug/terminal.wasm "
        "--dep demo:golang=./golang/build/greeter.wasm -o composed.wasm composition.wac"
    )
    assert looks_like_code([run])
    assert not looks_like_code(["wac encode takes --dep and -o options"])


# pandas' blog (the twenty-fifth stand-in): a grant's report writes its headings with a colon.
COLON_HEADINGS = """\
Challenges:

My greatest challenge in the first weeks of the project was right within me, fear of breaking things.

git checkout master # make sure you are in the master branch

Learning from the source code:

I was able to learn a lot from the source code and gained immense knowledge about testing.

Teamwork and collaboration:

For this project, I had an amazing mentor who was always willing to help.
"""


def test_a_line_ending_like_the_posts_headings_reads_either_way() -> None:
    """Where two headings or more end in `:`, a line ending so over a paragraph is a heading as often as a
    lead-in (`Learning from the source code:`, five words, had been a lead-in for certain)."""
    for paragraphs in (4, 5):
        assert [f for f in lint(post(COLON_HEADINGS, paragraphs, "shell")) if f[0] == "META006"] == [], paragraphs


def test_a_snippet_then_the_command_that_runs_it() -> None:
    """Dask's release post (the twenty-sixth stand-in): a preload script, then, one blank line apart, the command
    that runs it, read as one block: the script is checked as Python, the command is not (a false CODE001); a
    cluster launcher's run is a command."""
    script = PRELOAD.replace("{command}", "dask-scheduler --preload scheduler-setup.py")
    assert [f for f in lint(post(script, 4)) if f[0] == "CODE001"] == []
    broken = script.replace("def add_worker(", "def add_worker")  # the script's own error is still found
    assert [f[0] for f in lint(post(broken, 4)) if f[0] == "CODE001"] == ["CODE001"]
    assert looks_like_code(["mpirun -np 5 python my_dask_script.py"])


PRELOAD = """\
Preload scripts

Now you can write your custom code as a separate standalone script and ask the command line interface to run it:

# scheduler-setup.py
from distributed.diagnostics.plugin import SchedulerPlugin

class MyPlugin(SchedulerPlugin):
    def add_worker(self, scheduler=None, worker=None, **kwargs):
        print("Added a new worker at", worker)

{command}

This makes it easier for people to adapt Dask to their particular institution.
"""


def test_a_heading_naming_an_argument_and_a_lettered_subsection() -> None:
    """PyPI's blog (the twenty-eighth stand-in): an audit's finding titled `TOB-PYPI-17: Use of shell=True in
    subprocesses` is a heading, not an annotated assignment (a false CODE001); `3. Connection records` over
    `3a. Project events` is a parent over its first subsection, not an empty section (a false STR004)."""
    assert not looks_like_code(["TOB-PYPI-17: Use of shell=True in subprocesses"])
    assert looks_like_code(["id: UUID = Field(default_factory=uuid4)"]) and looks_like_code(["y: int | None = None"])
    body = LINK_BAR.replace("Spotting kernel scheduling delay", "3. Connection records\n\n3a. Project events")
    assert [f for f in lint(post(body, 6, "rust")) if f[0] == "STR004"] == []


def test_a_one_word_parent_after_its_emoji() -> None:
    """Nuxt's blog (the twenty-ninth stand-in): `⚠️ Deprecations` over its one subsection is a topic's parent, as
    `Deprecations` is (the emoji is no word): not an empty section."""
    body = LINK_BAR.replace(
        "Spotting kernel scheduling delay", "⚠️ Deprecations\n\nstatusCode → status, statusMessage → statusText"
    )
    assert [f for f in lint(post(body, 6, "rust")) if f[0] == "STR004"] == []


def test_a_resource_named_then_here_and_a_formula_are_paragraphs() -> None:
    """Hugging Face's blog (the thirty-first stand-in): notebooks listed one a line, each `... colab example here`
    (5 paragraphs of the corpora's Markdown, no heading), and a formula in TeX alone on its line, which the page
    renders as math, are paragraphs."""
    assert not is_heading_like("Mistral 7b Free Tesla T4 colab example here")
    # Two of them, each a model and its size: two entries, not a near repeat.
    assert differs_in_what_matters(
        "Llama 7b Free Tesla T4 colab example here", "Mistral 7b Free Tesla T4 colab example here"
    )
    assert is_heading_like("Where to go from here")
    assert not looks_like_code([r"$p(\tilde{x}_{n+1} | x_1, ..., x_n)$"])
    assert looks_like_code(["$ cargo build --release"])


def test_a_process_record_and_the_posts_own_final_notes() -> None:
    """Apache Airflow's blog (the thirty-second stand-in): two records an Objective-C runtime printed are output, not
    a sentence written twice (a false DUP005); a post's own `Final notes` section is the post's, the export's is the
    last one (its paragraphs had been left out of the count: a false META006)."""
    record = "objc[1873]: +[__NSPlaceholderDate initialize] may have been in progress in another thread when fork()."
    assert looks_like_code([record, record.replace("1873", "1874")])
    body = LINK_BAR.replace("Spotting kernel scheduling delay", "Final notes")
    text = post(body, 6, "rust")
    assert [f for f in lint(text) if f[0] == "META006"] == []
    article = parse_bytes(text.encode(), "a.txt")
    assert [s.heading.text for s in article.sections if s.role.value == "final notes"] == ["final notes"]


# Fastify's and Airflow's posts, and Dask's blog: a file's directive over its code, tasks chained at a DAG's end,
# a setting given a class at a config's end, and an IPython session.
STATEMENTS_ALONE = """\
Writing the plugin

Start the server file with the directive, then register the plugin:

'use strict'

const fastify = require('fastify')()

fastify.register(require('@fastify/redis'), { host: '127.0.0.1' })

Group the tasks, then chain the groups at the end of the DAG file:

with TaskGroup("do_emr") as do_emr:
    create_cluster_task = create_cluster()

with TaskGroup("load") as load:
    create_config_task = create_configuration()

do_emr >> load

Set the security manager in webserver_config.py:

from airflow.www.security import AirflowSecurityManager

SECURITY_MANAGER_CLASS = FixedAirflowSecurityManager

Reading the data

Dask reads the whole folder in one call:

In [1]: import dask.dataframe as dd

In [2]: df = dd.read_parquet('nyc-2016.parquet/')

The frame is lazy until it is computed.
"""


def test_a_directive_a_chain_of_tasks_an_assignment_and_an_ipython_session_are_code() -> None:
    """Each of them closed or opened its snippet and was read as a heading (of the blog stand-ins' 7,839 code
    blocks, 17 more are read whole: 96.2 % to 96.5 %). Of the corpora's Markdown, 36 lines of code are a
    directive, 168 a name given another with an underscore or in camel case, 12 tasks chained by `>>`, 45
    IPython's `In [1]: `; no heading or paragraph."""
    assert blocks_of(STATEMENTS_ALONE, "Writing the plugin") == ["paragraph", "code"] * 3
    assert blocks_of(STATEMENTS_ALONE, "Reading the data") == ["paragraph", "code", "paragraph"]
    assert [f for f in lint(post(STATEMENTS_ALONE, 6, "javascript")) if f[0] in ("META006", "STR004")] == []
    # Declarations alone on their lines: TypeScript's, an exported variable's, a shell's eval, a Kotlin file's head.
    for line in (
        "export type FeedbackInput = z.infer<typeof feedbackSchema>",
        "declare function useRef<T>: RefObject<T>",
        'export OTEL_EXPORTER_OTLP_ENDPOINT = "YOUR_OTELCOL_URL:4318"',
        'eval "$(direnv hook bash)"',
        "package com.plugin.example",
        "import android.app.Activity",
        "flowchart LR",  # a Mermaid diagram's head and edge (Flux's blog, the forty-fourth stand-in)
        "libgit2 --> libssh2 --> OpenSSL",
        "? What would you like to call this machine? (elegant-pitta) >",  # a command asking (VS Code's blog)
    ):
        assert looks_like_code([line]), line
    # What stays no code: Node's reference heads a variable's section with it and its value (15 headings).
    assert not looks_like_code(["NODE_EXTRA_CA_CERTS=file"])
    assert not looks_like_code(["Settings >> Advanced"])
