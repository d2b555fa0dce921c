"""Code rules (CODE): the article's code blocks."""

from __future__ import annotations

import ast
import re
import tomllib
import warnings
from collections.abc import Iterator

from lintkit import facts
from lintkit.compiled import pattern as _compile
from lintkit.model import Article, Block, Severity
from lintkit.rules.base import Category, Context, Hit, rule
from lintkit.text import brackets_opened


def python_blocks(article: Article) -> Iterator[Block]:
    """Blocks that say they are Python (a fenced block's language); of the
    others, those that are Python beyond doubt (`is_python`): a Rust `impl`
    with `self.` lines is not. None of the others in an article whose `code
    language` names another language (`kotlin`, `groovy`, `javascript`):
    Groovy's `def parse(Closure wf) {`, Kotlin's `class PostalAddress(`, Nim's
    `proc` have Python's look, and a post in one of them with a Python snippet
    is rarer than its own code taken for Python (21 of 899 snippets in forty
    other languages, docs/accuracy.md)."""
    blocks = tuple(article.code_blocks())
    if not blocks:
        return
    from lintkit.formats.languages import canonical_language

    named = facts.value(article, "code_language")
    declared = canonical_language(named) if named is not None else None
    other_language = bool(named and named.strip()) and declared != "python"
    for block in blocks:
        if block.language is not None:
            if canonical_language(block.language) == "python":
                yield block
            continue
        if other_language:
            continue
        # its ~140 patterns: only for a block that does not say its language
        from lintkit.formats.detect import is_python

        if is_python(block.text, declared == "python"):
            yield block


@rule(
    code="CODE001",
    name="code-syntax-error",
    category=Category.CODE,
    severity=Severity.ERROR,
    summary="A Python code block that does not parse",
)
def code_syntax_error(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    Every code block that is Python (marked so, when the format declares a
    block's language; otherwise Python beyond doubt: its Python evidence at
    least three times any other language's, or, in an article whose `code
    language` is python, Python evidence and none of another language; never
    in an article whose `code language` names another one) parses with
    Python's own parser (`ast.parse`, which runs nothing). A common
    indentation is removed first; fragments such as a top-level `return` or
    `await` are accepted. An interactive session is read by its prompts
    (`>>> `, `... `), notebook magics and the shell commands that open a
    block (`pip install ...`, run together with the snippet after it) are
    skipped, and so is what an unfenced snippet printed after it (a chunk
    with a progress bar or a chat template's tokens, of log records
    (`WARNING:absl:...`), error chains or tests' outcomes, a table under its
    head in capitals (`NAME  READY  STATUS`), a closing table of
    values in columns, a chunk opening on what its `print` calls write:
    `Answer: ...` after `print(f"Answer: {x}")`), and a
    diff of Python (a line removed, then the line added) and a
    snippet with an
    elision (`...`) that does not parse is not reported: real posts write
    both, fenced or not. Nor is a listing of signatures without bodies
    (`def get(key: str) -> bytes`, as API documentation writes them): a
    `def` or `class` line with nothing indented under it; one whose body
    follows and that lacks its colon is an error.
    The finding points at the offending line of the article.

    Why it matters
    Readers copy snippets; one that does not even parse costs them time and
    the article its credibility.

    Example
    `def health()` without its colon.

    Fix
    Correct the snippet and run it once before publishing.

    Options
    None.
    """
    for block in python_blocks(article):
        texts = _session_code([ln.text for ln in block.lines])  # a console session or notebook lines
        if block.language is None:  # unfenced: a command block, or what it printed, may have run into the snippet
            texts = _without_output(_without_trailing_commands(_without_leading_commands(texts)))
        indent = min((len(t) - len(t.lstrip()) for t in texts if t.strip()), default=0)
        source = "\n".join(t[indent:] for t in texts)
        if _DIFF_PAIR.search(source):
            continue  # a diff of Python (a line removed, then the line added), not Python
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # SyntaxWarning for odd escapes is not an error
                ast.parse(source)
        except SyntaxError as exc:
            if "..." in source or "…" in source or _NEWER.search(source):
                continue  # elided (`def f(self, ...):`), or syntax of a newer Python than this one
            if _parses(_with_bodies(source)):
                continue  # signatures listed without bodies, as API documentation shows them
            index = min(max((exc.lineno or 1) - 1, 0), len(block.lines) - 1)
            column = max(1, (exc.offset or 1) + indent)
            yield Hit(f"Python code does not parse: {exc.msg}", block.lines[index].line, column)
        except (ValueError, RecursionError, MemoryError) as exc:
            yield Hit(f"Python code cannot be parsed: {exc}", block.line)


# Syntax that Pythons newer than 3.11 accept and this one's parser refuses: type
# aliases and parameters (3.12), lazy imports (3.15). Only looked for when a block fails.
# A line's indent is `[^\S\n]*`, not `\s*`: with re.M, `^\s*` ran on from each line
# start over every blank line after it (10,000 empty lines took 9 s). Whether a
# block matches is the same: a line found past blank lines has its own `^`.
_NEWER = _compile(
    r"^[^\S\n]*(?:type\s+\w+\s*(?:\[.*\])?\s*=|lazy\s+(?:import|from)\s)|^[^\S\n]*(?:class|def)\s+\w+\[", re.M
)


# A line removed, then a line added in its place, as a diff shows them (Hypothesis' `-  return ExamInstance(...)`, then
# `+  return exam, student, ExamInstance(...)`, its signs before the indent).
_DIFF_PAIR = _compile(r"^-(?!-)[^\n]*\S[^\n]*\n\+(?!\+)[^\n]*\S", re.M)
# A `def` or `class` line (a signature when nothing indented follows it).
_HEADER = _compile(r"^([^\S\n]*)(?:async[^\S\n]+)?(?:def|class)[^\S\n]+\w+")


def _with_bodies(source: str) -> str | None:
    """The source with a body (`...`) under each `def` or `class` line that has
    none, its colon added where it lacks one; None when every one has a body.
    API documentation lists signatures so (`def get(key: str) -> bytes`); a
    header whose body follows, indented, is left as written (its missing colon
    is an error)."""
    lines = source.split("\n")
    changed = False
    for i, line in enumerate(lines):
        m = _HEADER.match(line)
        if m is None:
            continue
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        after = lines[j] if j < len(lines) else None
        if after is not None and len(after) - len(after.lstrip()) > len(m.group(1)):
            continue  # its body follows
        head = line.rstrip()
        lines[i] = head + (" ..." if head.endswith(":") else ": ...")
        changed = True
    return "\n".join(lines) if changed else None


def _parses(source: str | None) -> bool:
    if source is None:
        return False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return True


_IPYTHON_IN = _compile(r"^\s*In \[\d*\]: ?(.*)$")
_IPYTHON_MORE = _compile(r"^\s*\.\.\.+: ?(.*)$")
# A notebook's magic: `%timeit`, `%%time`, `!pip install`; not `% (a, b))`, the modulo operator opening a line
# that continues the one before it (Conan's `                        % (self.conanfile_directory, ...))`).
_MAGIC = _compile(r"\s*(?:%%?[A-Za-z]|!\s*[A-Za-z./~$])")
# What a value printed looks like after the code, marked `>> ` as some posts mark a result (Haystack's `len(docs)`,
# then `>> 2225`): no statement opens so, and a line inside brackets that does continues a shift.
_RESULT_MARK = _compile(r"\s*>> (?!>)")


def _session_code(texts: list[str]) -> list[str]:
    """The code of an interactive session (`>>> ` and `... ` prompts, or
    IPython's `In [1]: ` and `...: `, output left out) and no notebook magics
    (`%timeit`, `!pip`); each line keeps its place."""
    if any(t.lstrip().startswith(">>>") for t in texts):
        prompts = (">>> ", "... ")
        return [t.lstrip()[4:] if t.lstrip().startswith(prompts) else "" for t in texts]  # output and bare prompts: ""
    if any(_IPYTHON_IN.match(t) for t in texts):  # IPython: `In [1]: code`, `   ...: more`, `Out[1]: value`
        out = []
        for t in texts:
            m = _IPYTHON_IN.match(t) or _IPYTHON_MORE.match(t)
            code = m.group(1) if m else ""
            out.append("" if _MAGIC.match(code) else code)  # `In [18]: %time x = f()`: a magic
        return out
    out, depth = [], 0  # depth: brackets left open by the lines before
    for t in texts:
        shown = _MAGIC.match(t) or (not depth and _RESULT_MARK.match(t))
        out.append("" if shown else t)
        if not shown:
            depth = max(depth + brackets_opened(t), 0)
    return out


def _without_leading_commands(texts: list[str]) -> list[str]:
    """The lines without the shell commands that open them (`pip install -U
    openai`, `export GROQ_API_KEY="..."`, Feast's `feast apply` before
    another), each kept as a blank line: the export runs a post's command
    block and the Python block after it together (a fenced block says its
    language, and is not read so)."""
    from lintkit.formats.code import is_shell_command
    from lintkit.formats.commands import runs_subcommand

    out = list(texts)
    for k, t in enumerate(texts):
        if t.strip() and not is_shell_command(t.strip()) and not (runs_subcommand(t) and k + 1 < len(texts)):
            break
        out[k] = ""
    return out


def _without_trailing_commands(texts: list[str]) -> list[str]:
    """The lines without the shell commands that close them, after a blank line, each kept as a blank line:
    Dask's preload script, then `dask-scheduler --preload scheduler-setup.py` that runs it, one blank apart."""
    from lintkit.formats.code import is_shell_command

    k = len(texts)
    while k > 0 and (not texts[k - 1].strip() or is_shell_command(texts[k - 1].strip())):
        k -= 1
    if k < len(texts) and k > 0 and texts[k].strip():
        return texts  # a command run into the snippet's last line, no blank between: left as written
    return [*texts[:k], *[""] * (len(texts) - k)]


# A row of a table a program printed: values in columns, two blanks or more apart (`0  2024    60922`).
_TABLE_ROW = _compile(r"^\s*[\w.%+-]+(\s{2,}[\w.%+-]+)+\s*$")


# A test's outcome as pytest prints it, one a line.
_TEST_RESULT = _compile(r"^\S+\.py::\S+\s+(PASSED|FAILED|SKIPPED|ERROR|XFAIL|XPASS)\b")
_NOT_A_STATEMENT = frozenset(":|│┃┌┏└┗├┣╭╰")
_COLUMN_HEAD = _compile(
    r"^\s*[A-Z][A-Z0-9_()/.-]*( [A-Z][A-Z0-9_()/.-]*)?(\s{2,}[A-Z][A-Z0-9_()/.-]*( [A-Z][A-Z0-9_()/.-]*)?){2,}\s*$"
)
_AT_ADDRESS = _compile(r"<[\w.]+( object)? at 0x[0-9a-f]+>")
_REPR = _compile(r"^<[A-Za-z_][\w.]*[\s,:>]")


def _without_output(texts: list[str]) -> list[str]:
    """The lines without what the snippet printed, each kept as a blank line: the
    export runs a snippet and the output block after it together. Output is a
    chunk (between blank lines) with a progress bar in it (`Evaluating: 100%|███|
    50/50 [...]`) or a chat template's tokens (`<|user|>`, what `print(prompt)`
    shows), or a table of two rows or more closing the block (`print(df)`, then
    `   year  revenue  net_income` and its rows), or a chunk opening on what the
    code before it prints (`print(f"Answer: {x}")`, then `Answer: It targets
    x86_64 ...`): ragas' and outlines' posts; or a chunk of log records or error
    chains after the code (`WARNING:absl:...`: Flax's notebooks), or of tests'
    outcomes (`test_uname.py::test_uname_board PASSED [100%]`); or an object's repr
    after the code (`<xarray.Dataset>`); or a line opening on `=> `, a result."""
    from lintkit.formats.printed import ERROR_CHAIN, NEVER_PROSE, opens_on_printed

    out = list(texts)
    chunks: list[tuple[int, int]] = []
    k = 0
    while k < len(texts):
        if not texts[k].strip():
            k += 1
            continue
        j = k
        while j < len(texts) and texts[j].strip():
            j += 1
        chunks.append((k, j))
        k = j
    for n, (a, b) in enumerate(chunks):
        rows = texts[a:b]
        # No quote, call or assignment: a chunk of a string that holds a template stays the code's.
        printed = any(NEVER_PROSE.search(t) for t in rows) and not any(c in t for t in rows for c in "\"'(=")
        table = n == len(chunks) - 1 and n > 0 and len(rows) >= 2 and all(_TABLE_ROW.match(t) for t in rows)
        # A chunk opening on what the code before it prints (`print(f"Answer: {x}")`, then `Answer: ...`).
        printed = printed or (n > 0 and opens_on_printed(rows[0], "\n".join(texts[:a])))
        # What the run logged or failed with (`WARNING:absl:...`, `runc create failed: ...: ...: ...`), after the code.
        printed = printed or (n > 0 and all(ERROR_CHAIN.match(t.strip()) for t in rows))
        # What a test run printed (Espressif's `test_directory.py::test_dir_create_delete PASSED   [ 50%]`).
        printed = printed or (n > 0 and all(_TEST_RESULT.match(t) for t in rows))
        # Lines no Python statement opens on (MLflow's `:     0`, `: 0  30`; a frame's `│ ... │`): a print's table.
        printed = printed or (n > 0 and all(t.lstrip()[:1] in _NOT_A_STATEMENT for t in rows))
        # An object's repr as a notebook shows it (xarray's `<DataArrayGroupBy, grouped over 2 grouper(s), ...`, then
        # its indented lines and `...>`): no Python statement opens on `<`.
        printed = printed or (n > 0 and bool(_REPR.match(rows[0])) and not any('"""' in t or "'''" in t for t in rows))
        # A table a command printed, its head in capitals (`kubectl get all`'s `NAME  READY  STATUS  RESTARTS  AGE`).
        printed = printed or (len(rows) >= 2 and bool(_COLUMN_HEAD.match(rows[0])))
        # Objects shown with their addresses, one a line (`(<matplotlib.gridspec.SubplotSpec at 0x127d5c6d0>,`).
        printed = printed or all(_AT_ADDRESS.search(t) for t in rows)
        if printed or table:
            out[a:b] = [""] * (b - a)
    # A line opening on `=> `, what the line before returns or becomes (einops' `from einops import rearrange`, then
    # `=> from einops.array_api import rearrange`): a notation beside the code, as Ruby's and Stylus' results are.
    return ["" if t.startswith("=> ") else t for t in out]


DATA_LANGUAGES = {"json": "JSON", "yaml": "YAML", "yml": "YAML", "toml": "TOML"}
# What documentation writes inside data to show a shape, not a document: elisions,
# placeholders, template tags, comments in JSON. Such a block is not checked.
_NOT_DATA = _compile(r"^[^\S\n]*(?:\.\.\.|…|//|/\*)|\{\{|\{%|<[A-Za-z_-]+>|\.\.\.\s*[,\]}]?\s*$", re.M)


@rule(
    code="CODE002",
    name="data-snippet-syntax-error",
    category=Category.CODE,
    severity=Severity.WARNING,
    summary="A fenced `json`, `yaml` / `yml` or `toml` block that does not parse",
)
def data_snippet_syntax_error(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    Each code block marked `json`, `yaml` / `yml` or `toml` parses (`json`,
    PyYAML's safe loader, `tomllib`). A block that shows a shape rather than
    a document is skipped: elisions (`...`), placeholders (`<your-token>`),
    template tags (`{{ }}`, `{% %}`) and comments in JSON. A block that hands
    its document to a command as a here-document (`cat <<EOF | kubectl apply
    -f -`, the manifest, `EOF`) is checked for that document. The finding points
    at the line the parser names (a trailing comma in JSON: the comma's line).

    Why it matters
    Readers paste configuration as it is; a stray comma or a tab in YAML
    breaks their setup, not the article's.

    Example
    A `json` block with a trailing comma after the last item.
    (A block of an object's members alone, `"afterReset": ["reset.sql"]`,
    shows a piece of a document: it is read as those members. A TOML block
    that sets a key twice with comments among its lines shows alternatives,
    each explained: it is not reported.)

    Fix
    Correct the snippet, or mark it as what it is (`jsonc`, `text`).

    Options
    None.
    """
    for block in article.code_blocks():
        kind = DATA_LANGUAGES.get(block.language or "")
        text, first = _inside_heredoc(block.text)
        if kind is None or _NOT_DATA.search(text) or _fragment(kind, text):
            continue
        # An object's members that do not parse in their braces either: their error, not the unwrapped text's.
        members = kind == "JSON" and _JSON_MEMBER.match(text) is not None
        problem = _data_problem(kind, "{" + text + "}" if members else text)
        if problem is not None and not (kind == "TOML" and _alternatives(problem[0], text)):
            index = min(max(first + problem[1] - 1, 0), len(block.lines) - 1)
            yield Hit(f"{kind} does not parse: {problem[0]}", block.lines[index].line)


def _inside_heredoc(text: str) -> tuple[str, int]:
    """The document a command hands over as a here-document, closing the block, and where it starts in the block
    (Cilium's `cat <<EOF | kubectl create -f -`, the manifest, `EOF`, in a block marked `yaml`, perhaps after
    other commands); else the block, at 0."""
    lines = text.split("\n")
    opened = next(((k, m) for k, line in enumerate(lines[:-2]) if (m := _HEREDOC.search(line))), None)
    if opened is not None and lines[-1].strip() == opened[1].group(1):
        return "\n".join(lines[opened[0] + 1 : -1]), opened[0] + 1
    return text, 0


# A here-document's opening, perhaps piped on (`cat <<EOF | kubectl create -f -`, `<<'YAML'`).
_HEREDOC = _compile(r"<<-?\s*['\"]?([A-Za-z_]\w*)['\"]?(?=\s|$)")


_JSON_COMMENT = _compile(r"^[^\S\n]*#|(?:^|\s)//|/\*", re.M)


def _fragment(kind: str, text: str) -> bool:
    """JSON with comments (`#`, `//`, `/* */`: a commented example), an object's members
    out of their braces (`"key": value`, a piece of a configuration shown alone), a TOML
    inline table out of its document."""
    if kind == "JSON":
        return _JSON_COMMENT.search(text) is not None or (
            _JSON_MEMBER.match(text) is not None and _data_problem(kind, "{" + text + "}") is None
        )
    return kind == "TOML" and text.lstrip().startswith("{")


def _alternatives(message: str, text: str) -> bool:
    """A TOML block that sets a key or a table twice with comments among its lines:
    alternatives, each explained (cibuildwheel's `# Skip building on CPython 3.9`,
    `skip = "cp39-*"`, then `# Skip CPython 3.9 on Windows`, `skip = "cp39-win*"`)."""
    return message.startswith(("Cannot overwrite a value", "Cannot declare")) and _TOML_COMMENT.search(text) is not None


_TOML_COMMENT = _compile(r"^[^\S\n]*#", re.M)
_JSON_MEMBER = _compile(r'\s*"(?:[^"\\\n]|\\.)*"\s*:')


def _data_problem(kind: str, text: str) -> tuple[str, int] | None:
    """(message, line in the block) when the text does not parse."""
    if kind == "JSON":
        import json  # only an article with a JSON block needs it

        try:
            json.loads(text)
        except ValueError as exc:
            if isinstance(exc, json.JSONDecodeError):
                before = text[: exc.pos].rstrip()
                if before.endswith(",") and exc.msg.startswith(("Expecting property name", "Expecting value")):
                    return "trailing comma", before.count("\n") + 1  # the comma's line, not the bracket's after it
                return exc.msg, exc.lineno
            return str(exc), 1
        except RecursionError:
            return "nested too deep", 1
        return None
    if kind == "TOML":
        try:
            tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            from lintkit.formats.markdown.frontmatter import toml_error

            return toml_error(str(exc), text.count("\n") + 1)
        return None
    import yaml

    try:  # the syntax only: composed, not built (a `!!python/name:` tag is a reader's business)
        for _ in yaml.compose_all(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            pass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        return " ".join(str(p) for p in (exc.context, exc.problem) if p), (mark.line + 1 if mark else 1)
    except (yaml.YAMLError, ValueError, TypeError, RecursionError) as exc:
        return str(exc).splitlines()[0] if str(exc) else type(exc).__name__, 1
    return None


RULES = (code_syntax_error, data_snippet_syntax_error)
