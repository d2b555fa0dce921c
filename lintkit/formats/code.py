"""Recognise unfenced code by what it looks like.

Articles carry code without fences, so the parser asks two questions of a run
of lines: is this code rather than prose (here), and which language is it
(lintkit.formats.detect)? Both are answered with line patterns of the
languages real posts use (Python, JavaScript, PHP, shell, Rust, Go, TOML... in
lintkit.formats.code_patterns); here with a guard against prose too, which is
long, ends with a full stop, and has few symbols.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lintkit.compiled import pattern as _compile
from lintkit.formats.alone import ALONE, CODE_ALONE, ELIDED_VALUE
from lintkit.formats.code_patterns import (
    _PATTERNS,  # the line patterns, by language
    DIFF_LINE,
    HEREDOC,
    MAX_CODE_LINE,
    NOT_CODE,
    QUOTED_WORDS,
    SIGNATURE,
)
from lintkit.formats.code_patterns import GENERIC_CODE as _GENERIC_CODE
from lintkit.formats.commands import (
    _ARGUMENT,
    _CAPITALISED,
    _ENV_ASSIGNMENT,
    _PROGRAM,
    _PROMPT,
    _SESSION,
    _SHELL_COMMANDS,
    _SUBCOMMANDS,
    _VERSION,
    FUNCTION_WORDS,
    REPL_PROMPT,
    data_rows,
    is_prompted_command,
    is_root_command,
    is_shell_command,
    usage_lines,
)
from lintkit.formats.comments import COMMENT as _COMMENT
from lintkit.formats.comments import COMMENTED_CODE as _COMMENTED_CODE
from lintkit.formats.comments import IMPORT_COMMENT as _IMPORT_COMMENT
from lintkit.formats.comments import IMPORT_SPEC as _IMPORT_SPEC
from lintkit.formats.comments import RESULT_COMMENT as _RESULT_COMMENT
from lintkit.formats.comments import STATEMENT_COMMENT as _STATEMENT_COMMENT
from lintkit.formats.comments import TRAILING_COMMENT as _TRAILING_COMMENT
from lintkit.formats.detect import detect_language, language_scores
from lintkit.formats.markup import is_markup
from lintkit.formats.printed import ERROR_CHAIN, NEVER_PROSE, OUTPUT_HEAD, OUTPUT_LINE, TIMED_RECORD

# Evidence that a line is code at all, in any language.
_SYMBOLS = _compile(r"[(){}\[\];=<>$@#|&\\]")
_WORDS = _compile(r"[A-Za-z]+")
_NAMES = _compile(r"[A-Za-z_]\w*")
_STOPS = ".!?:"
_CLOSERS = "\"')"
# A Python block's opening line (`for item in items(x):`), which ends in `:` as
# a lead-in does: told apart by the code inside it (a call, an index, `=`, `a.b`, a `snake_case` name).
_BLOCK_OPENER = _compile(
    r"^\s*(for|while|if|elif|with|def|class|async (def|for|with)|except)\b"
    r".*(\w\(|\[|=|[A-Za-z_]\.[A-Za-z_]|[a-z]_[a-z]).*:$"
)


def is_prose(line: str) -> bool:
    """A sentence-like line: several words, a final stop (perhaps in a closing quote or bracket), few symbols."""
    stripped = line.strip()
    if not stripped or not (
        stripped[-1] in _STOPS or (stripped[-1] in _CLOSERS and len(stripped) > 1 and stripped[-2] in _STOPS)
    ):
        # `..., then attaches to the container;`, `Or, using the xargs Linux utility;`
        return stripped[-1:] == ";" and (_mostly_words(stripped) or _joined_sentence(stripped))
    if len(_SYMBOLS.findall(stripped)) > max(2, len(stripped) // 40) and not _mostly_words(stripped):
        return False
    if stripped[-1] == ":" and _BLOCK_OPENER.match(stripped):
        return False
    if "    " in stripped or (stripped.endswith((" .", "/...", "/…")) and is_shell_command(stripped)):
        return False  # columns aligned (a help screen's), or `pip install -e .`: the stop is the command's argument
    if is_prompted_command(stripped):
        return False  # `$ docker run -p 80:80/tcp ...`: a prompt's command, its stop an elision
    if (code := _TRAILING_COMMENT.sub("", stripped)) != stripped and code[-1] not in _STOPS + _CLOSERS:
        return False  # `ruff check path/  # Lint the files below path.`: the sentence is a comment
    if _IMPORT_SPEC.match(stripped) or _RESULT_COMMENT.match(stripped) or _IMPORT_COMMENT.match(stripped):
        return False  # `_ "google.golang.org/grpc/xds" // To install ...`, `x.current // => 'small', etc.`
    if any(p.search(line) for p, w in _PATTERNS["output"] if w >= 2):
        return False  # a diagnostic or a log line that ends in a full stop
    if ELIDED_VALUE.match(stripped):
        return False  # `const outputString = // ... received over network, read from disk, etc...`
    if _STRING_ASSIGNMENT.match(stripped) or stripped.startswith("assert "):
        return False  # `chunk = "The revenue grew by 3% over the quarter."`, `assert x, "Please set ..."`: a string's
    if _SYNOPSIS.search(stripped):
        return False  # `python -m black {source_file_or_directory}...`: the stop is the argument's repeat
    if is_markup(stripped):
        return False  # Markdown or HTML as written: a page shows its text, so this is a snippet of markup
    return len(_WORDS.findall(stripped)) >= 6


# A sentence's word: letters, perhaps capitalised, perhaps before a comma or a stop.
_PLAIN_WORD = _compile(r"^[A-Za-z][a-z]*('[a-z]{1,2})?[,.;:]?$")  # `let's`, `don't` too
# A capitalised name, a sentence's subject (`PyO3 will automatically convert a Result<T, E> ...`, `GitHub`).
_CAPITALISED_NAME = _compile(r"^[A-Z][A-Za-z0-9]*$")
# A line of this many words, most of them plain, is a sentence whatever names and types it cites.
SENTENCE_TOKENS = 10


def _mostly_words(stripped: str) -> bool:
    """A sentence that cites code (`The Rust binding of std::vector<T> is called CxxVector<T>. See
    ...`): ten words or more, two thirds of them plain, opening on a capitalised one, or on a name
    when two more sentences follow (`js_sys::Iterator can be converted ... The Rust iterator ...`), or
    one when it is as long as a paragraph (`state == 'running' is the right check for a long-running
    unit (Type=simple or exec). A Type=oneshot unit ...`, after a playbook)."""
    tokens = stripped.lstrip('("\u201c').split()  # `(It even accepts non-strings such as panic!(123), ...)`
    long = len(tokens) >= LONG_SENTENCE_TOKENS
    return (
        len(tokens) >= SENTENCE_TOKENS
        and (
            (tokens[0][:1].isupper() and bool(_PLAIN_WORD.match(tokens[0]) or _CAPITALISED_NAME.match(tokens[0])))
            or len(_NEXT_SENTENCE.findall(stripped)) >= (1 if long else 2)
            or (long and _NEXT_SENTENCE_ON_A_NAME.search(stripped) is not None)
        )
        and sum(1 for t in tokens if _PLAIN_WORD.match(t)) * (5 if long else 3) >= len(tokens) * (3 if long else 2)
    )


# A line of this many words is a sentence with three fifths of them plain: it cites more (`This example will
# provide the command "pyproject-before && pyproject && pyproject-after" on Python 3.11, and will have ...`).
LONG_SENTENCE_TOKENS = 20


# A word that joins a sentence to the one before it or orders the steps, and its comma (`Or, using ...`,
# `Then, run:`, `First, let's create some volumes to illustrate this;`): no line of code opens so.
CONNECTIVE = _compile(
    r"^(Or|Then|Alternatively|Otherwise|Next|Finally|Similarly|However|Instead|Also|Now|Additionally|Likewise"
    r"|First|Second|Lastly|Afterwards|Meanwhile),\s+[a-z]"
)


def _joined_sentence(stripped: str) -> bool:
    """Plain words opening on a word that joins them to the last (`Or, using the xargs Linux utility;`)."""
    return bool(CONNECTIVE.match(stripped)) and all(_PLAIN_WORD.match(t) for t in stripped.split())


# A sentence's end and the next one's start (`... js_sys::IntoIter). The Rust iterator`), or on a scoped or dotted
# name (`... before awaiting baz. std::sync::MutexGuard<u32> does not implement Send ...`).
_NEXT_SENTENCE = _compile(r"[a-z)][.!?] ([A-Z][a-z]|A )")
_NEXT_SENTENCE_ON_A_NAME = _compile(r"[a-z)][.!?] [a-z_]\w*+(::|\.)\w")


def _code_evidence(line: str) -> bool:
    """Code-like patterns in a line that is not prose (the caller has asked `is_prose`)."""
    if len(line) > MAX_CODE_LINE:
        return False
    if any(p.search(line) for p in _GENERIC_CODE) or _COMMENTED_CODE.search(line) or _STATEMENT.match(line):
        return True
    if _IMPORT_COMMENT.match(line) or OUTPUT_LINE.match(line):
        return True  # `import sys #To ensure we're using the right version of python, ...`; `;; ANSWER SECTION:`
    if _RULE.match(line) or is_markup(line) or _DIRECT_REFERENCE.match(line) or _AT_RULE.match(line):
        return True  # front matter's `---`, markup as written, a requirement's direct reference, a style sheet's import
    if is_shell_command(line):
        return True  # a command line as a session runs it unprompted (`./vcpkg install catch2`)
    return any(p.search(line) for patterns in _PATTERNS.values() for p, w in patterns if w >= 1.5)


def code_beside_code(lines: Sequence[str]) -> bool:
    """Whether a chunk too short to tell alone (`import griffe`, `routes = ...`)
    reads as code when it stands next to code: every line has code evidence,
    none is a sentence, and none ends in `:` as a lead-in or a heading does
    (`Add this to Cargo.toml:`)."""
    return bool(lines) and all(
        not is_prose(line)
        and not _unstopped_sentence(line)
        and (_COMMENT.match(line) or not line.rstrip().endswith(":"))
        and _code_evidence(line)
        for line in lines
    )  # a comment may end in `:` (`# out:`): a lead-in is never written as one


def _unstopped_sentence(line: str) -> bool:
    """A sentence running on into the code after it, its stop or `:` left out (Go's `... But if the function
    instead returns fmt.Errorf("accessing DB: %w", err), then a caller could reasonably write`): twenty words or
    more at the margin, opening on a capitalised plain word, most of them plain. 15 paragraphs of the corpora's
    Markdown, 1 line of code (a struct printed with its fields)."""
    tokens = line.split()
    return (
        len(tokens) >= LONG_SENTENCE_TOKENS
        and line[:1].isupper()
        and _PLAIN_WORD.match(tokens[0]) is not None
        and _mostly_words(line)
    )


def ends_code_block(code: str, line: str) -> bool:
    """Whether a line alone right after a code block, before prose or a heading, is the block's
    last line set apart by a blank one: a line of the block's own language (a YAML file's last key,
    `placement: cluster`; Python's last import, `import outlines`; `echo "exited $0"`) or a comment
    as that language writes one (`# rest of code`). A section's heading after code is capitalised
    or says something in words (`Import settings`, `Next steps`), none of these."""
    stripped = line.strip()
    if not stripped or len(line) > MAX_CODE_LINE or is_prose(stripped):
        return False
    comment = _COMMENT.match(line)
    if comment is None:
        if stripped.endswith(":") or (stripped[0].isupper() and not _SYMBOLS.search(stripped)):
            return False  # a lead-in, or a heading's words (`Next steps`): the cheapest tests first
        scores = language_scores([line])  # the line's own first: most headings show no language at all
        if max(scores.values()) < _OWN_LINE:
            return False
    language = detect_language(code)
    if language is None:
        return False
    if comment is not None:
        return comment.group(1) == _COMMENT_MARK.get(language)
    return scores[language] >= _OWN_LINE and scores[language] >= max(scores.values())


def comment_of_block(code: str, line: str) -> bool:
    """Whether a line is a comment as the block's language writes one (`// a function with a signature but
    without docs. ...` in Rust): set apart by blank lines inside the block, a sentence all the same."""
    comment = _COMMENT.match(line)
    return comment is not None and comment.group(1) == _COMMENT_MARK.get(detect_language(code) or "")


# How much of its block's own language a line after the block must show to be its last line.
_OWN_LINE = 1.5
# The comment mark of each language whose comments open on one.
_COMMENT_MARK = {
    **dict.fromkeys(("python", "shell", "yaml", "toml", "ruby", "dockerfile"), "#"),
    **dict.fromkeys(("javascript", "rust", "go", "java", "c", "php"), "//"),
    "sql": "--",
}


def code_after_lead_in(line: str) -> bool:
    """Whether a line a heading would be (`import os`, `griffe dump pkg -o api.json`,
    `uv self update`) is the code a lead-in (`Run the server with:`) introduces:
    no sentence, and code evidence or the shape of a command: a lower-case
    program (a version such as `v2.1` is a heading), no capitalised or
    function word, and a program lintkit knows, a path, or an argument
    (`--trust`, `api.json`, `size=5`). A lone unknown word (`pipx`,
    `pre-commit`) stays a heading: a section may be named after a tool."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_CODE_LINE or is_prose(stripped) or stripped[-1] in "?!:":
        return False
    if (
        _code_evidence(line)
        or is_shell_command(stripped)
        or _DOTTED_KEY.match(stripped)
        or _HTTP_REQUEST.match(stripped)
    ):
        return True
    parts = _PROMPT.sub("", stripped).split()
    while len(parts) > 1 and _ENV_ASSIGNMENT.match(parts[0]):
        parts = parts[1:]
    if not parts or not _PROGRAM.match(parts[0]) or _VERSION.match(parts[0]):
        return False
    if any(_CAPITALISED.match(p) or p in FUNCTION_WORDS for p in parts):
        return False
    if len(parts) == 1:
        return "/" in parts[0]  # `bin/bump_version.py`; a lone word (`pip`, `docker`) names a section
    known = parts[0] in _SHELL_COMMANDS or parts[1] in _SUBCOMMANDS  # `ollama run llama2`
    known = known or any(
        "_" in p.strip("_") or _HEX_COLOUR.match(p) for p in parts[1:]
    )  # `critcmp my_baseline main`, `stripe #fff #000` (a mixin given colours): a name a heading never has
    return known or "/" in parts[0] or any(_ARGUMENT.match(p) for p in parts[1:])


# A dotted name in lower case and its value (OpenTelemetry's `sql.conn.query: select current_timestamp`, a span's
# name; `alertmanager.url: "http://localhost:9093"`): 4 lines of the corpora's code, 2 headings (change logs'
# `m.censor: work around a bunder bug`), none after a lead-in.
_DOTTED_KEY = _compile(r"^[a-z_]+(\.[a-z_]+)+: \S")
# A request to an HTTP API (OpenSearch's `POST /_flush`, `GET _cluster/health`): 608 lines of the corpora's code, no
# paragraph; 16 headings, an API reference's endpoints (`POST /login`), none after a lead-in.
_HTTP_REQUEST = _compile(r"^(GET|POST|PUT|DELETE|PATCH|HEAD) (/|_|[a-z][\w.-]*/|https?://)\S*( HTTP/\d(\.\d)?)?$")


def looks_like_code(lines: Sequence[str]) -> bool:
    """Whether a run of non-blank lines is code rather than prose."""
    lines = [ln for ln in lines if ln.strip()]
    if not lines:
        return False
    if len(lines) > 1 and all(_NAME_LINE.match(ln) for ln in lines):
        return True  # names listed one a line (`hatch-test.py3.12`, `src/lib.rs`): output, a paragraph is one line
    if usage_lines(lines) or data_rows(lines):
        return True  # a program's usage, an option after it on each line (`goroutines -with label key`); a CSV
    if len(lines) > 1 and _KEY_ALONE.match(lines[0]) and all(ln[:1].isspace() for ln in lines[1:]):
        return True  # a key over its indented entries (`check-statefulset-namespace:`, then its rule's message)
    if len(lines) > 1 and all(_LIST_MARKER.match(ln) for ln in lines):
        return True  # an ordered list as written (`i.  item i`, `iv. item iv`): an export renders items as bullets
    if any(_ERLANG.match(ln) for ln in lines):
        return True  # Erlang's attribute (`-module(trivial).`, no diff's line), term or shell banner
    if len(lines) > 1 and all(DIFF_LINE.match(ln) for ln in lines) and {ln[0] for ln in lines} == {"-", "+"}:
        return True  # a diff's lines removed and added (etcd's `-etcd_debugging_mvcc_txn_total`, `+etcd_mvcc_...`)
    if len(lines) > 1 and any(DIFF_LINE.match(ln) for ln in lines):
        # A diff among its context lines, or of one sign (`-cfg.SnapCount = 1`, `+etcd --logger=zap`): judged
        # as the lines it removes and adds (a line without its sign is no diff line: asked once).
        return looks_like_code([ln[1:] if DIFF_LINE.match(ln) else ln for ln in lines])
    opened = next((m.group(1) for ln in lines if (m := HEREDOC.search(ln))), None)
    if opened and any(ln.strip() == opened for ln in lines):
        return True  # a here-document to its closing word (etcd's `<<COMMENT`, the output, `COMMENT`)
    if len(lines) == 1:
        line = lines[0]
        if NOT_CODE.match(line):
            return False  # a reference's field, whatever code its value holds (`Default: JSON.parse()`); a formula
        if _RULE.match(line) or REPL_PROMPT.match(line) or is_markup(line) or _RESULT_COMMENT.match(line):
            return True  # `---` alone, a prompt's statement (`>>> import os`), markup, a `// =>` result
        if ERROR_CHAIN.match(line.strip()) or _AT_RULE.match(line) or CODE_ALONE.match(line) or ALONE.match(line):
            return True  # an error chain, a style sheet's import (`@import 'mixins/vendor'`), `'use strict'`
        if TIMED_RECORD.match(line):
            return True  # a log's record, its time to the second (kapp's `11:31:28AM: packageinstall/simple-app ...`)
        if _KEY_VALUES.search(line) and not _LABELLED.match(line):
            return True  # a record's fields in brackets: Falco's alert `File /etc/hosts opened ... (user=root ...)`
        return (
            not is_prose(line) and not SIGNATURE.match(line) and (is_shell_command(line) or _strong_single_line(line))
        )
    if _HTTP_REQUEST.match(lines[0]):
        return True  # a request and its headers (Electric's `POST /v1/stream/{service}/x`, `Content-Type: ...`)
    if is_root_command(lines[0]) or (
        _SESSION.match(lines[0]) and (not is_prose(lines[0]) or is_shell_command(_PROMPT.sub("", lines[0])))
    ):
        return True  # a session: a prompt (`$ `, `>>> `, root's `# `) and its command, then what it printed
    if OUTPUT_HEAD.match(lines[0]):
        return True  # a program's failure, then what it printed after (`note: run with ...`, `Aborted`)
    if any(NEVER_PROSE.search(ln) or ERROR_CHAIN.match(ln.strip()) for ln in lines):
        return True  # a cell's output with its progress bar, a chat template's prompt (`<|im_start|>user`)
    # A comment among code lines is the code's, however much it reads as a sentence.
    prose = [is_prose(ln) and not _COMMENT.match(ln) and not _DOCSTRING.match(ln) for ln in lines]
    if sum(prose) * 2 >= len(lines):
        return False
    evidence = sum(1 for ln, p in zip(lines, prose, strict=True) if not p and _code_evidence(ln))
    # The export writes a paragraph on one line: three lines and more, none a sentence, one of them code, are code.
    return evidence * 2 >= len(lines) or (len(lines) >= 3 and evidence > 0 and not any(prose))


# Two words in title case, side by side, outside a string: a heading's (`Multiple Signals Per map()`), no
# statement's (a name before a call or a dot is no such word).
_TITLE_WORDS = _compile(r"(?<![\w.$])[A-Z][a-z]+ [A-Z][a-z]+(?![\w(.\[<])")


def _strong_single_line(line: str) -> bool:
    if len(line) > MAX_CODE_LINE:
        return False
    scores = language_scores([line])
    if scores["output"] >= 3:
        return True  # `Traceback (most recent call last):` ends in `:` as a lead-in does
    if _TITLE_WORDS.search(_STRING.sub('""', line)):
        return False  # a heading in title case naming calls (`save() Before filter() on Expensive Operations`)
    if _LEAD_IN.match(line):
        return False
    if max(scores.values()) >= 3 or scores["output"] >= 2:
        # No sentence citing code (`Catch2 ... on std::vector. These are`), no heading opening so, but for marks.
        opens = _OPENS_AS_SENTENCE.match(line) and not _STATEMENT_MARK.search(line)
        return ";" in line or not (opens or _mostly_words(line.strip()))
    if _OPENS_AS_SENTENCE.match(line) and _mostly_words(line.strip()):
        return False  # `Mentions ... use the format @:{user}`: a sentence, whatever it cites at its end
    if _SYNOPSIS.search(line) or _USAGE.match(line) or _INLINE_TABLE.match(line) or _DIRECT_REFERENCE.match(line):
        return True  # `black {source_file_or_directory}...`, `{ identifier = "cp315", version = "3.15" },`
    if QUOTED_WORDS.match(line):
        return True  # a string alone, in single quotes: `'question McDonald\'s In 1963, ...'`
    if _STATEMENT.match(line) or _STATEMENT_COMMENT.search(line):
        return True  # `conn, err := grpc.Dial(...)`, `x, y = point`, `--type container|image`, `f(&e); // why`
    if _GENERIC_CODE[-1].search(line.strip()):
        return True  # columns (`CONTAINER ID        IMAGE       COMMAND`): output, or code aligned by hand
    if _LITERAL.match(_CONSTANTS.sub("0", _STRING.sub('""', line))):
        return True  # a value as Python prints it: `(1, 2)`, `[42, "Jane"]`
    code = _TRAILING_COMMENT.sub("", line)  # `f(x)  # error: [rule]`: the comment says nothing of the line
    if any(p.search(line) for p in _GENERIC_CODE[:2]) or _ASSIGNMENT.match(code) or _DOCSTRING.match(line):
        return True
    if code != line and code.strip() and _code_evidence(code) and len(_NAMES.findall(code)) <= 8:
        # `import os  # unused`, `set_edit_path(full_doc_path, Path("../") / path)  # (1)!`: a comment
        # two spaces after code, as code is written (its names counted whole: `full_doc_path` is one)
        return True
    # The words of a call's string arguments are no prose: `print("Hello, World!", x)`.
    bare = _PLURAL.sub("s", _STRING.sub('""', code))  # `sponsor(s)` is a plural, not a call
    if _OPENS_AS_SENTENCE.match(line) or _READS_AS_SENTENCE.match(line):
        return False  # `How to use #[structopt(flatten)]`, `How #[structopt(rename_all)] works.`: a sentence
    return bool(re.search(r"\w\(.*\)", bare) and _SYMBOLS.search(bare) and len(_NAMES.findall(bare)) <= 8)


# A command's synopsis: a placeholder its argument repeats (`black {source_file_or_directory}...`).
_SYNOPSIS = _compile(r"^\S+ .*[{<\[][\w-]+[}>\]]\.\.\.$")
# A command's usage: a program in lower case (and its subcommands), then its options' placeholder
# (`wasm-bindgen [options] ./target/wasm32-unknown-unknown/release/crate.wasm`, `cargo fuzz run [OPTIONS] <TARGET>`).
_USAGE = _compile(
    r"^[a-z][\w.-]*( [a-z][\w-]*){0,2} \[(options|OPTIONS|flags|FLAGS|args|ARGS)\]"
    r"( (<[\w-]+>|\[[\w-]+\](\.\.\.)?|[\w-]*[./][\w./-]*|-{1,2}\w\S*))*\s*$"
)
# An inline table or a record of `key = value` pairs in braces, perhaps an array's item.
_INLINE_TABLE = _compile(r"^\s*\{\s*[\w.-]+\s*=\s*\S.*\}\s*,?\s*$")
# A requirement's direct reference (PEP 508): `black @ https://...zip`, `<NAME> @ <SCHEME>://<PATH>`.
# A style sheet's import of a file (`@import "reset.css"`, Sass's `@use 'base'`): 324 lines of the stand-ins' code,
# no heading or paragraph (`@import and @require` is a heading). A colour written in hex (`#fff`, `#A7A7A7`).
_AT_RULE = _compile(r"""^\s*@(import|use|forward|require|charset|namespace)\s+(["']|url\()""")
_HEX_COLOUR = _compile(r"^#([0-9a-fA-F]{3}){1,2}$")
_DIRECT_REFERENCE = _compile(r"^\s*(<[A-Z_]+>|[A-Za-z][\w.-]*)(\[[\w,-]+\])? @ (<[A-Z_]+>|\{|[a-z][a-z+]*://)\S*$")
# A capitalised word, then a plain one: a sentence's opening (`How to use ...`), never a line of code.
_OPENS_AS_SENTENCE = _compile(r"^[A-Z][a-z]+ [a-z]+ ")
_STATEMENT_MARK = _compile(r"[;={}]|\s(->|=>|&&|\|\|)\s")
# A capitalised word, then whatever it cites, then a plain word and a stop: `How #[structopt(rename_all)] works.`
_READS_AS_SENTENCE = _compile(r"^[A-Z][a-z]+ \S.* [a-z]+\.$")


# Lines only code is: Go's `conn, err := grpc.Dial(...)`, a tuple unpacked (`x, y = point`), an option and its
# values (`--type container|image`), a template string (`"table {{.ID}}"`), a call returned (`return f(ctx)`: 481
# lines of the corpora's code, no prose) or made of a bracket's value (`(await f)(x)`), a MANIFEST.in command.
_STATEMENT = _compile(
    r"^\s*([\w.]+(\s*,\s*[\w.]+)*\s*:=\s*\S|\w+(\s*,\s*\w+)+\s*=\s*[\w(\[]"
    r"|--[a-z][\w-]*[= ]\S*[|<\[{]|--[A-Za-z][\w.-]*=\S+$|\"[^\"]*\{\{[^\"]*\"$"  # `--fatal-deprecations=1.79.0,...`
    r"|return\s+[\w.&*]+\(.*\)\s*;?\s*$|\(.*\)\(.*\)\s*;?\s*$"
    r"|(graft|prune|(global|recursive)-(include|exclude)) [\w*./\[\]-]+( [\w*./\[\]-]+)*$)"
)
# A capitalised word, a blank and more, ending in `:`: a lead-in (`Use functools.wraps():`),
# never a statement, which starts with a keyword or a name (`with open(p) as f:`).
_LEAD_IN = _compile(r"^\s*[A-Z][a-z]+\s+\S.*:\s*$")
_LIST_MARKER = _compile(r"^\s*(\d+|[a-zA-Z]|[ivxlcdm]+|[IVXLCDM]+|#)[.)]\s+\S")
# A line of three or more `-`, `*`, `_` or `=` alone: front matter's fence, a separator between samples.
_RULE = _compile(r"^\s*([-*_=])\1{2,}\s*$")
# One word with a dot, slash, dash, underscore or `@` inside it, and nothing else on its line.
_NAME_LINE = _compile(r"^\s*[\w~]+([./_@:-]+[\w~]+)+/?\s*$")
# A collection of numbers and strings (already blanked to `""`), as a REPL prints it.
_LITERAL = _compile(r"^\s*[(\[{](?=.*,)[\d\s,.:+\-\"()\[\]{}]*[)\]}]\s*$")
_CONSTANTS = _compile(r"\b(None|True|False|NULL|null|nil)\b|…")  # `['apple', NULL, …]`
_PLURAL = _compile(r"(?<=[a-z])\((s|es)\)")
_KEY_ALONE = _compile(r"^[\w.-]+:$")  # a YAML key, or a report's name, its entries indented under it
# Three fields or more in brackets, each `key=value` (Falco's alert, `... (user=root user_loginuid=-1 command=...)`):
# 169 lines of the corpora's code, 2 paragraphs, both labelled (`Signature: StaticFiles(directory=None, ...)`).
_KEY_VALUES = _compile(r"\(\w[\w.]*=\S+( \w[\w.]*=\S+){2,}\)")
_LABELLED = _compile(r"^[A-Z]\w*: ")
# Erlang's own lines: a module's attribute (`-module(trivial).`, `-export([example/4]).`), a term alone (a BEAM
# instruction, `{move,{x,0},{y,0}}.`), the shell's banner (`Eshell V9.3  (abort with ^G)`, `Erlang/OTP 25 . . .`):
# 158 lines of the corpora's code, no heading or paragraph.
_ERLANG = _compile(r"^\s*-[a-z_]+\(.*\)\.\s*$|^\s*\{[^ ].*\}\.\s*$|^Eshell V\d|^Erlang/OTP \d+ (\[|\. \. \.)")
_DOCSTRING = _compile(r'^\s*[rbu]?"""[^"]*"""\s*$')
_STRING = _compile(r'"[^"]*"|\'[^\']*\'')
# `name = value` (`X = 0`, `lint.select = ["F401"]`, `id: UUID = Field(...)`) with a value
# only code has: a literal, a collection, a call, an attribute or an index; never `a = b`.
# Possessive blanks and annotation: a long run of blanks is read once.
_ASSIGNMENT = _compile(
    r"^\s*(\w[\w.\-]*(\[[^\]]*\])*|\"[^\"]+\")(\s*+:\s*+[\w.\[\]]++(?:(?:,\s*+|\s*+\|\s*+)[\w.\[\]]++)*+)?\s*+[-+*/|]?=\s*"
    r"(-?\d|\"|'|[rbf]\"|[\[{(]|True\b|False\b|None\b|\.\.\.|\w[\w.]*(\(|\.\w|\[)|not\s)"
)


# A name given a string that holds the whole rest of the line (`summary="Gemini 1.5 Pro is ..."`).
_STRING_ASSIGNMENT = _compile(r"^[A-Za-z_][\w.]*\s*=\s*[rbfu]?(\"[^\"]*\"|'[^']*')$")
