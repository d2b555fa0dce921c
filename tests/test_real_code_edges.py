"""Real posts' code at its edges (issue 13, sixteenth round): a block's last line set
apart by a blank one, and one-line commands, read where they stand in the export."""

from __future__ import annotations

from helpers import lint
from test_real_articles import line_of, post, shape

from lintkit.formats.code import ends_code_block, is_shell_command, looks_like_code


def test_a_blocks_last_line_after_a_blank_one_is_the_blocks() -> None:
    """dstack's fleet file ends on `placement: cluster` after a blank line, outlines' imports on
    `import outlines`, instructor's snippet on `# rest of code`: each is the block's last line,
    not a heading over the paragraph after it."""
    body = """\
Proxy jump

type: fleet
name: my-lambda-fleet

ssh_config:
  user: ubuntu
  identity_file: ~/.ssh/lambda_node_id_rsa
  proxy_jump:
    hostname: 12.34.567.890
    user: ubuntu

placement: cluster

When you run dstack apply, dstack creates an SSH fleet and connects to the configured hosts through the login node.

Imports

import json
from dataclasses import dataclass
from enum import Enum

import outlines

The model is loaded once and the generator is reused for every prompt.

Anthropic

from anthropic import Anthropic
from instructor import from_anthropic

client = from_anthropic(Anthropic())

# rest of code

The client is patched once and takes a response model on every call.
"""
    assert shape(post(body, 4, "yaml"))[:3] == [
        ("Proxy jump", ["code", "paragraph"]),
        ("Imports", ["code", "paragraph"]),
        ("Anthropic", ["code", "paragraph"]),
    ]


def test_a_heading_after_code_stays_a_heading() -> None:
    """A section's heading after a block is capitalised or says something in words, and a
    line ending in `:` introduces what follows: none is the block's last line."""
    yaml = "type: fleet\nname: my-lambda-fleet\n\nnodes: 2"
    python = "import json\n\nimport outlines"
    for code, line in (
        (yaml, "Placement: cluster"),
        (yaml, "Next steps"),
        (yaml, "resources:"),
        (python, "Import settings"),
        (python, "None of the above"),
        (python, "Why we import outlines"),
    ):
        assert not ends_code_block(code, line), line
    assert ends_code_block(yaml, "placement: cluster")
    assert ends_code_block(python, "import outlines")


def test_one_line_commands_after_a_step_are_code() -> None:
    """dstack's AMD benchmark numbers its steps as list items without a colon, each over its
    command (`dstack apply -f perf.dstack.yml`, `docker network create vllm_nginx`); docker's
    builder reference elides a command's arguments (`$ docker run -p 80:80/tcp -p 80:80/udp ...`)
    after `For example` without its colon; ragas' notebook writes its shell escape apart
    (`! git clone ...`). Each was a heading over the paragraph after it, or a paragraph."""
    body = """\
Performance tests

  • Run the task

dstack apply -f perf.dstack.yml

To enable the bidirectional mode, add the -b flag to both the server and client commands.

  • Create the Docker network

docker network create vllm_nginx

Regardless of the EXPOSE settings, you can override them at runtime by using the -p flag. For example

$ docker run -p 80:80/tcp -p 80:80/udp ...

To set up port redirection on the host system, see using the -P flag.

Run the command below to download the dummy Ragas Airline dataset and load the documents using LangChain.

! git clone https://huggingface.co/datasets/vibrantlabsai/ragas-airline-dataset

The documents are loaded from the cloned folder.
"""
    assert shape(post(body, 5, "shell"))[0] == (
        "Performance tests",
        [
            "list",
            "code",
            "paragraph",
            "list",
            "code",
            "paragraph",
            "code",
            "paragraph",
            "paragraph",
            "code",
            "paragraph",
        ],
    )


def test_a_commands_name_as_a_heading_stays_a_heading() -> None:
    """Docker's reference pages head a section with the command's name alone, and a heading may
    open on a tool's name: neither is a command run."""
    for line in ("docker network create", "docker volume basics", "dstack apply for fleets"):
        assert not looks_like_code([line]), line
    assert is_shell_command("docker network create vllm_nginx")
    assert is_shell_command("dstack apply -f perf.dstack.yml")


def test_what_a_snippet_prints_after_it_is_its_output() -> None:
    """ragas' RAG how-to prints `Answer: ...` and `Results: 58/66 passed (87.9%)` right after the
    code that prints them (`print(f"Answer: {result['answer']}")`): the output, code that CODE001
    leaves out of the Python before it, not a paragraph or a heading. A sentence after code
    that opens otherwise stays prose, and so does one after a print without a label."""
    body = """\
Run it

# Query the system
question = "What architecture is the `tokenizers-linux-x64-musl` binary designed for?"
result = asyncio.run(rag.query(question))
print(f"Answer: {result['answer']}")

Answer: It's built for the x86_64 architecture (specifically the x86_64-unknown-linux-musl target).

The code above uses a simple RAG class that demonstrates the core RAG pattern.

Evaluate

results = await run_agentic_evaluation()
print(f"Results: {pass_count}/{total_count} passed ({pass_rate:.1f}%)")

Results: 58/66 passed (87.9%)

Excellent! We achieved a significant improvement from 65.2% (naive) to 87.9% (agentic) with the agentic RAG approach!

Compare

answer = compare(naive, agentic)
print(f"The better mode is {answer}")

The better mode is the agentic one, as the pass rates above already showed.
"""
    text = post(body, 4)
    assert shape(text)[:3] == [
        ("Run it", ["code", "paragraph"]),
        ("Evaluate", ["code", "paragraph"]),
        ("Compare", ["code", "paragraph"]),
    ]
    assert lint(text, ["CODE001"]) == []


def test_output_shown_as_comments_is_code() -> None:
    """instructor's caching post shows what its snippet printed as `#>` comments, as knitr and
    reprex posts do: a chunk of them after a blank line is the snippet's, not a paragraph."""
    lines = ["#> Time taken: 0.104s", "#> Time taken: 0.000s # (3)", "#> Speed improvement: 207,636x faster!"]
    assert looks_like_code(lines)
    body = """\
Caching

start = time.perf_counter()
model = extract("Extract jason is 25 years old")  # (2)
print(f"Time taken: {time.perf_counter() - start}")

#> Time taken: 0.104s
#> Time taken: 0.000s # (3)
#> Speed improvement: 207,636x faster!

The second call returns from the cache without a request to the model.
"""
    assert shape(post(body, 2))[0] == ("Caching", ["code", "paragraph"])


def test_the_reading_a_command_prints_last_is_its_output() -> None:
    """docker's `image prune` session ends on `Total reclaimed space: 16.43 MB` after a blank
    line: what the command printed, not a heading over the next section's paragraph."""
    body = """\
Examples

$ docker image prune -a

WARNING! This will remove all images without at least one container associated to them.
Are you sure you want to continue? [y/N] y
Deleted Images:
untagged: alpine:latest
deleted: sha256:2c675ee9ed53425e31a13e3390bf3f539bf8637000e4bcfbb85ee03ef4d910a1

Total reclaimed space: 16.43 MB

Filtering (--filter)

The filtering flag (--filter) format is of "key=value". If there is more than one filter, then pass multiple flags.
"""
    assert shape(post(body, 2, "shell"))[:2] == [("Examples", ["code"]), ("Filtering (--filter)", ["paragraph"])]


def test_a_tools_diagnostic_is_code() -> None:
    """PyO3's guide shows what static linking fails with: `lto1: fatal error: ...` and the linker's
    `/usr/bin/ld: ...: relocation R_X86_64_32 ...`, each a block of its own after a list item. A tool's
    name or path, then its diagnostic, is output, not a paragraph."""
    lto = (
        "lto1: fatal error: bytecode stream in file 'rust-numpy/target/release/deps/libpyo3-6a7fb2ed970dbf26.rlib'"
        " generated with LTO version 6.0 instead of the expected 6.2"
    )
    ld = (
        "/usr/bin/ld: /usr/lib/gcc/x86_64-linux-gnu/9/../../../x86_64-linux-gnu/libpython3.9.a(zlibmodule.o):"
        " relocation R_X86_64_32 against `.data' can not be used when making a PIE object; recompile with -fPIE"
    )
    body = f"""\
Statically embedding the Python interpreter

The known complications are:

  • The C compiler and flags which were used to create libpython.a must be compatible with your Rust compiler.
  • Significantly different compiler versions may see errors like this:

{lto}

  • Mismatching flags may lead to errors like this:

{ld}

If you encounter these or other complications when linking the interpreter statically, discuss them on issue 416.
"""
    assert shape(post(body, 3, "rust"))[0] == (
        "Statically embedding the Python interpreter",
        ["paragraph", "list", "code", "list", "code", "paragraph"],
    )
    assert looks_like_code(["collect2: error: ld returned 1 exit status"])
    assert not looks_like_code(["Note: the linker reports an error when the flags do not match."])


def test_a_comment_between_two_chunks_of_code_is_the_blocks() -> None:
    """PyO3's Rust block sets `// a function with a signature but without docs. ...` apart by blank
    lines between two functions: a sentence, but a comment as Rust writes one, so the block's line."""
    body = """\
Making the function signature available to Python

#[pyo3(text_signature)] should be preferred, since it will override automatically generated signatures.

use pyo3::prelude::*;

/// add(a, b, /)
/// --
///
/// This function adds two unsigned 64-bit integers.
#[pyfunction]
fn add(a: u64, b: u64) -> u64 {
    a + b
}

// a function with a signature but without docs. Both blank lines after the `--` are mandatory.

/// sub(a, b, /)
#[pyfunction]
fn sub(a: u64, b: u64) -> u64 {
    a - b
}

When annotated like this, signatures are also correctly displayed in IPython.
"""
    assert shape(post(body, 3, "rust"))[0] == (
        "Making the function signature available to Python",
        ["paragraph", "code", "paragraph"],
    )


def test_any_program_with_two_options_is_a_command() -> None:
    """fastify's benchmarking guide runs `branchcmp`, a program lintkit does not know, under each `###`
    heading: an option first and another after is a command, so the heading over it stays a heading
    (it was read as the command's lead-in, and the command as a heading)."""
    body = """\
Advanced

Run the test in different branches

branchcmp --rounds 2 --script "npm run benchmark"

Compare current branch with main (Gitflow)

branchcmp --rounds 2 --gitflow --script "npm run benchmark"

or

npm run bench
"""
    assert shape(post(body, 1, "javascript"))[:3] == [
        ("Advanced", []),
        ("Run the test in different branches", ["code"]),
        ("Compare current branch with main (Gitflow)", ["code", "paragraph", "code"]),
    ]
    assert is_shell_command('rust-gdb --args python -c "import my_package; my_package.sum_to_string(1, 2)"')
    assert not is_shell_command("the --rounds and --script options")


def test_a_sentence_opening_on_a_capitalised_name_is_prose() -> None:
    """PyO3's guide opens sentences on its own name and cites Rust's types in them (`PyO3 will
    automatically convert a Result<T, E> returned by a #[pyfunction] into a PyResult<T> ...`): most of
    the words plain, so a paragraph, as one opening on a capitalised word is, not code."""
    line = (
        "PyO3 will automatically convert a Result<T, E> returned by a #[pyfunction] into a PyResult<T> as long"
        " as there is an implementation of std::from::From<E> for PyErr. Many error types in the Rust standard"
        " library have a From conversion defined in this way."
    )
    assert not looks_like_code([line])
    body = f"""\
Custom Rust error types

{line}

If the type you want to convert to a Python error is defined in your own crate, implement From<E> for PyErr.
"""
    assert shape(post(body, 3, "rust"))[0] == ("Custom Rust error types", ["paragraph", "paragraph"])


def test_a_diffs_removed_and_added_lines_are_code() -> None:
    """etcd's upgrade guide shows what changed as a diff, unfenced in the export: a metric's
    name removed and added, an image's tag. Read as paragraphs, each pair was a near duplicate
    of the next (DUP002). No paragraph of the six stand-ins' Markdown is made of such lines;
    a sign with a blank after it (a list's `- item`) is no diff's."""
    body = """\
Metrics changes

v3.4 promotes etcd_debugging_mvcc_txn_total Prometheus metrics to etcd_mvcc_txn_total.

-etcd_debugging_mvcc_txn_total
+etcd_mvcc_txn_total

Latest and minor version images tags are deprecated:

-docker pull gcr.io/etcd-development/etcd:v3.4
+docker pull gcr.io/etcd-development/etcd:v3.4.1

-docker pull gcr.io/etcd-development/etcd:v3.4
+docker pull gcr.io/etcd-development/etcd:v3.4.2

Note that etcd_debugging_* namespace metrics have been marked as experimental.
"""
    text = post(body, 3, "go")
    assert shape(text)[0] == ("Metrics changes", ["paragraph", "code", "paragraph", "code", "paragraph"])
    assert lint(text, ["DUP002"]) == []
    assert not looks_like_code(["- the old way", "+ the new way"])  # a blank after the sign: no diff


def test_a_diff_among_its_context_lines_or_of_one_sign_is_code() -> None:
    """etcd's upgrade guides also show diffs with the lines around them (`cfg := embed.NewConfig()`
    over `-cfg.SnapCount = 100000`), of one sign only (`+# to write logs to stderr ...` over
    `+etcd --logger=zap ...`), or of a session (`-$ curl ...`): read as the lines they remove and
    add, they are code; unread, each was a paragraph (6 of the fourth stand-in's 42 such blocks)."""
    body = """\
Logging changes

The flag was renamed in v3.4, and the embedded configuration follows it:

cfg := embed.NewConfig()
-cfg.SnapCount = 100000
+cfg.SnapshotCount = 100000

Writing to several outputs takes the new logger:

+# to write logs to stderr and a.log file at the same time
+# only "--logger=zap" supports multiple writers
+etcd --logger=zap --log-outputs=stderr,a.log

The endpoint to change the level at run time is gone:

-$ curl http://127.0.0.1:2379/config/local/log -XPUT -d '{"Level":"DEBUG"}'
-# debug logging enabled

 # Specify 'stdout' or 'stderr' to skip journald logging even when running under systemd.
-log-output: default
+log-outputs: [default]

The old flag is rejected from v3.5 on.
"""
    text = post(body, 4, "go")
    kinds = ["paragraph", "code", "paragraph", "code", "paragraph", "code", "paragraph"]  # the last two: one block
    assert shape(text)[0] == ("Logging changes", kinds)
    # Prose that only opens on a sign is still prose, whatever its lines.
    assert not looks_like_code(
        ["+1 to the idea of keeping the old flag for a release", "and a warning when it is read"]
    )


def test_a_here_document_to_its_closing_word_is_code() -> None:
    """etcd's upgrade guide writes each command's output as a here-document (`<<COMMENT`, the
    output, `COMMENT`), unfenced in the export: read as paragraphs, the two health checks before
    and after the upgrade were near duplicates of each other (DUP002). No paragraph of the six stand-ins'
    Markdown holds a here-document; 10 of their code blocks do."""
    body = """\
Step 1: check upgrade requirements

Check the health of the cluster before the upgrade.

endpoint health --endpoints=localhost:2379,localhost:22379,localhost:32379
<<COMMENT
localhost:2379 is healthy: successfully committed proposal: took = 2.118638ms
localhost:22379 is healthy: successfully committed proposal: took = 3.631388ms
localhost:32379 is healthy: successfully committed proposal: took = 2.157051ms
COMMENT

And again after the upgrade of the last member.

endpoint health --endpoints=localhost:2379,localhost:22379,localhost:32379
<<COMMENT
localhost:2379 is healthy: successfully committed proposal: took = 492.834µs
localhost:22379 is healthy: successfully committed proposal: took = 1.015025ms
localhost:32379 is healthy: successfully committed proposal: took = 1.853077ms
COMMENT

Step 2: download snapshot backup from leader

Download the snapshot backup to provide a downgrade path should any problems occur.
"""
    text = post(body, 4, "shell")
    assert shape(text)[0] == ("Step 1: check upgrade requirements", ["paragraph", "code", "paragraph", "code"])
    assert lint(text, ["DUP002"]) == []


LABEL_KEY_LEAD_IN = "To only display goroutines that have (or do not have) the specified label key, use:"


def test_a_commands_usage_and_a_services_restart_are_code() -> None:
    """Delve's command reference ends on the usage `whatis <expression>`, and shows two lines of
    `goroutines -with label key` / `-without label key`; set_user's README runs each build step after a
    `$> ` prompt; powa's install notes end on `service postgresql-9.4 restart`. Read as headings over
    nothing (STR004) or as a paragraph beside its near twin (DUP002). No heading or paragraph of the
    seven stand-ins' Markdown is written so; 48 lines of their code are usage lines."""
    body = """\
goroutines

To only display goroutines that have (or do not have) the specified label key and value, use:

goroutines -with label key=value
goroutines -without label key=value

To only display goroutines that have (or do not have) the specified label key, use:

goroutines -with label key
goroutines -without label key

Build set_user:

$> make

Install set_user:

$> make install

whatis

Prints type of an expression.

whatis <expression>

Upgrading

As root, run the following command:

service postgresql-9.4 restart
"""
    text = post(body, 7, "shell")
    assert [kinds for _, kinds in shape(text)[:3]] == [
        ["paragraph", "code", "paragraph", "code", "paragraph", "code", "paragraph", "code"],
        ["paragraph", "code"],
        ["paragraph", "code"],
    ]
    assert lint(text, ["STR004"]) == []
    # The page's own near repeat stays (`... the specified label key, use:` after `... key and value, use:`).
    assert lint(text, ["DUP002"]) == [("DUP002", line_of(text, LABEL_KEY_LEAD_IN))]
    assert is_shell_command("whatis <expression>") and is_shell_command("$> make install")
    assert not is_shell_command("Install set_user") and not is_shell_command("service mesh basics")


def test_three_lines_none_a_sentence_one_of_them_code_are_code() -> None:
    """The export writes a paragraph on one line, so a chunk of three lines or more, none of them a
    sentence, with code in one of them, is code whatever its language: Erlang's module header, a Clojure
    function and its call (lintkit knows neither language). Pygments' example files in forty-two languages
    (benchmarks/fetch_code_samples.py) read whole 85.2 -> 89.6 %, no stand-in's paragraph read as code.
    Lines that are no sentence and hold no code stay what they were (an address, a short verse)."""
    erlang = ["-module(hello).", "-export([start/0]).", "start() ->", '    io:format("hello~n").']
    clojure = ["(defn greet [name]", '  (str "Hello, " name))', '(greet "world")']
    assert looks_like_code(erlang) and looks_like_code(clojure)
    assert not looks_like_code(["Jane Doe", "42 Main Street", "Springfield"])
    assert not looks_like_code(["Roses are red", "Violets are blue", "Sugar is sweet"])
    body = "Start it\n\nThe module exports one function:\n\n" + "\n".join(erlang) + "\n\nThen call it from the shell.\n"
    assert shape(post(body, 3, "erlang"))[0] == ("Start it", ["paragraph", "code", "paragraph"])


def test_a_post_declaring_another_language_has_no_python_syntax_error() -> None:
    """Groovy's `def parse(Closure wf) {`, Kotlin's `class PostalAddress(` and Nim's `proc` look like Python
    enough to be taken for it beyond doubt (21 of 899 snippets in forty other languages), and do not parse as
    Python: in a post whose `code language` names another language, an unfenced block is never checked as
    Python. A post declaring Python, or `py3`, still is."""
    groovy = """\
Parsing the workflow

The builder hands the closure to the parser:

def parse(Closure wf) {
    wf.delegate = this
    wf.resolveStrategy = Closure.DELEGATE_FIRST
    wf()
    map
}

It returns the map of activities.
"""
    assert lint(post(groovy, 3, "groovy"), ["CODE001"]) == []
    broken = """\
Starting the app

The entry point reads its settings first:

def main()
    settings = load_settings()
    return run(settings)

It returns the exit status.
"""
    for language in ("python", "py3"):
        assert lint(post(broken, 3, language), ["CODE001"]) == [("CODE001", line_of(post(broken, 3), "def main()"))]


def test_a_lead_in_between_two_commands_at_roots_prompt_is_the_posts() -> None:
    """buildah's tutorials run `$ sudo -s`, then say `Then install Buildah by running:` before
    `# dnf -y install buildah`: the next command is typed at root's prompt, so the line before it is
    the post's lead-in, not what `sudo -s` printed (as it already was before a `$ ` command). Read as
    output, the paragraph was lost to the count (a false META006 in two tutorials)."""
    body = """\
Setup

Run as root because you will need to be root for installing the Buildah package:

$ sudo -s

Then install Buildah by running:

# dnf -y install buildah

After installing Buildah check to see that there are no images installed.
"""
    assert shape(post(body, 4, "shell"))[0] == ("Setup", ["paragraph", "code", "paragraph", "code", "paragraph"])


def test_a_chain_of_errors_as_printed_is_code() -> None:
    """Go's wrapped errors, and many CLIs', print a chain: `runc create failed: unable to start container
    process: exec: "java": executable file not found in $PATH`. After a post's sentence saying a message
    like it comes back, the line is that output, not a paragraph (88 such lines inside code in the eleven
    real corpora's Markdown, one outside)."""
    body = """\
Running Java

Oops. Java is not installed. A message containing something like the following was returned.

runc create failed: unable to start start container process: exec: "java": executable file not found in $PATH

Let's try installing it inside the container.
"""
    assert shape(post(body, 3, "shell"))[0] == ("Running Java", ["paragraph", "code", "paragraph"])
    assert not looks_like_code(["Note: the flag is new: it replaces --old: see the release notes."])


def test_html_written_out_is_code() -> None:
    """Foundation's guides show their HTML: `<p><button class="button" data-open="exampleModal1">Click me
    for a modal</button></p>`, `<hr>`, `<h3>Foundation for Sites <small>Version 6.6.1</small></h3>`. A
    converter drops a post's own tags, so a line opening with an element (or an HTML comment, or a
    component) is a sample's: code (the seventh stand-in's HTML blocks read whole 122 -> 148 of 149).
    A type's `<T>` opening a sentence stays prose."""
    for sample in (
        ['<p><button class="button" data-open="exampleModal1">Click me for a modal</button></p>'],
        ["<hr>"],
        ["<h3>Foundation for Sites <small>Version 6.6.1</small></h3>"],
        ['<div data-accordion data-slide-speed="500" data-multi-expand="true"></div>'],
        ["<!-- The rest of your HTML is down here. -->"],
        ['<Button variant="primary" onClick={save} />'],
        [
            "<label>",
            "  What books did you read over summer break?",
            '  <textarea placeholder="None"></textarea>',
            "</label>",
        ],
    ):
        assert looks_like_code(sample), sample
    assert not looks_like_code(["<T> stands for the element type of the collection you pass in."])


def test_a_log_record_after_a_snippet_is_its_output_not_python() -> None:
    """Flax's checkpointing notebook shows what a restore logged, `WARNING:absl:...`, right after the code
    (one blank line apart in the export): a log record as Python's logging prints it is code, no
    paragraph (a false DUP001 and META006 when the notebook shows it twice), and it is what the snippet
    printed, not Python that fails to parse (CODE001)."""
    body = """\
Restoring

Restore the state into the abstract model:

graphdef, abstract_state = nnx.split(abstract_model)
model = nnx.merge(graphdef, abstract_state)
assert model(x).shape == (3, 4)  # The model still works!

WARNING:absl:`StandardCheckpointHandler` expects a target tree to be provided for restore. Not doing so is UNSAFE.

The model is ready to use again.
"""
    text = post(body, 3, "python")
    assert shape(text)[0] == ("Restoring", ["paragraph", "code", "paragraph"])
    assert lint(text, ["CODE001", "DUP001"]) == []
    assert not looks_like_code(["INFO: the server starts on port 8000 when the flag is set."])


def test_an_api_references_fields_are_paragraphs_not_headings() -> None:
    """Capacitor's and electron-store's references write each field on a line of its own:
    `Returns: Promise<HttpResponse>`, `Since: 8.0.0`, `Type: object`, `Default: 'config'` (581
    paragraphs of the eleven corpora's Markdown, no heading). Read as headings they split the entry
    into empty sections and the paragraph count fell short (META006)."""
    from lintkit.formats.alphanode.heading_lines import is_heading_like

    for line in ("Returns: Promise<HttpResponse>", "Since: 8.0.0", "Type: object", "Default: 'config'"):
        assert not is_heading_like(line), line
    assert is_heading_like("Optional: Re-generating ProtoBuf code")  # the one heading of that shape


def test_a_heading_in_title_case_naming_calls_is_no_code() -> None:
    """DataChain's best practices title each section with the calls it is about, in title case: `save()
    Before filter() on Expensive Operations`, `Use settings(parallel=True) for Expensive Operations`,
    `Multiple Signals Per map()`. Read as one-line code, each was a Python block that does not parse
    (six false CODE001 on the ninth stand-in). Two title-case words side by side, outside a string,
    are no statement's; `print("Hello World")` and `public async Task Run()` stay code."""
    for heading in (
        "save() Before filter() on Expensive Operations",
        "Use settings(parallel=True) for Expensive Operations",
        "Multiple Signals Per map()",
    ):
        assert not looks_like_code([heading]), heading
    for code in ('print("Hello World")', "public async Task Run()", 'raise ValueError("Bad Value Here")'):
        assert looks_like_code([code]), code


def test_reading_time_counts_code_as_a_blog_engine_does() -> None:
    """fastapi-pagination's tutorial and Singer SDK's pagination guide declare one minute: their prose is
    short, their code long. Split at punctuation, `chain.map(emb=compute_embedding)` was four words and the
    page 482 (META007); a blog engine counts code's runs between blanks, about 300 here."""
    from lintkit.facts import body_words
    from lintkit.formats import parse_bytes
    from lintkit.text import word_count

    code = "\n".join(f"page = paginate(items.filter(Item.id > {i}), params=Params(size=10))" for i in range(60))
    text = post(
        "Paginate\n\nThe helper takes the query and the page's parameters:\n\n" + code + "\n\nIt returns the page.\n", 3
    )
    article = parse_bytes(text.encode(), "a.txt")
    code_words = len(code.split())  # 6 a line: `page`, `=`, `paginate(items.filter(Item.id`, `>`, `0),`, `params=...`
    assert code_words == 6 * 60 < word_count(code)  # split at punctuation, half as many again
    prose_only = body_words(
        parse_bytes(
            post(
                "Paginate\n\nThe helper takes the query and the page's parameters:\n\nIt returns the page.\n", 3
            ).encode(),
            "a.txt",
        )
    )
    assert body_words(article) == prose_only + code_words


def test_a_label_written_five_times_is_a_series_label_for_the_count() -> None:
    """fastapi-users' user manager documents ten methods, each with its `Arguments` and `Example` set in
    bold, one-line paragraphs to the converter and headings by their shape: 53 paragraphs declared, 32 to
    34 read (META006). A heading a post writes five times or more is a series' label, either reading
    counted; written once, a heading stays a heading."""
    sections = []
    for name in ("create", "update", "delete", "get", "list"):
        sections.append(
            f"{name}\n\nThe {name} method of the manager runs the hooks around the {name} of a user.\n\n"
            f"Arguments\n\nThe user to {name}, and the request it came with, if any.\n\n"
            f"Example\n\nuser = await user_manager.{name}(user_create, safe=True)\n"
        )
    body = "\n".join(sections)
    # Paragraphs: the intro, and per method its description, `Arguments`, its text and `Example`: 1 + 5 * 4.
    assert lint(post(body, 21, "python"), ["META006"]) == []
    assert lint(post(body, 11, "python"), ["META006"]) == []  # the labels read as headings: 1 + 5 * 2
    assert lint(post(body, 30, "python"), ["META006"]) != []  # outside either reading


def test_an_assertion_on_a_comparison_is_python() -> None:
    """pandera's docs close a sample on `assert schema1 == schema2`, alone on its line after a blank one:
    read as a heading, it opened a section with nothing under it (STR004). No sentence asserts so."""
    assert looks_like_code(["assert schema1 == schema2"])
    assert looks_like_code(["assert response.status_code == 200"])
    assert not looks_like_code(["assert that the schema is right"])


def test_a_labelled_address_is_a_paragraph() -> None:
    """GitHub's release notes end on `**Full Changelog**: https://github.com/.../compare/2.10.0...2.11.0`
    (Posting's 2.11.0 post): a pointer, a paragraph (92 such lines in the corpora's Markdown, no heading),
    not a heading over nothing (STR004)."""
    from lintkit.formats.alphanode.heading_lines import is_heading_like

    assert not is_heading_like("Full Changelog: https://github.com/darrenburns/posting/compare/2.10.0...2.11.0")
    assert not is_heading_like("Source: src/gameobjects/gradient/Gradient.js")
    assert is_heading_like("Full Changelog")


def test_see_and_a_verb_is_a_heading_not_a_pointer() -> None:
    """Posting's 2.11.0 post titles a section `See and edit your variables`: two imperatives joined, a
    heading; a pointer says what to see (`See the relevant API: pgp.end, Database.$pool`)."""
    from lintkit.formats.alphanode.heading_lines import is_heading_like

    assert is_heading_like("See and edit your variables")
    assert not is_heading_like("See the relevant API: pgp.end, Database.$pool")
