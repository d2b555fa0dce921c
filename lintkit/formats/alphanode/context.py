"""Reading the export's chunks in their context.

The parser classifies each blank-line separated chunk alone (memoised: a
corpus repeats its paragraphs). A code block with blank lines inside
arrives as several chunks, and some cannot be told alone: `import griffe`
reads as a heading, `routes = ...` or a docstring's paragraph as prose.
These passes, over the whole body's blocks in order, read them where they
stand: a string opened in code runs on until it closes, a chunk that reads
as code beside code is code, a line after a lead-in ending in `:` is the
code it introduces, and the chunks of one code block are joined. Then the
heading-like lines that are sentences where they stand are made paragraphs
(`prose_lines`).
"""

from __future__ import annotations

import re

from lintkit.compiled import pattern as _compile
from lintkit.formats.alphanode.chunks import (
    chunk_rows,
    ends_in_colon,
    final_char,
    is_code,
    is_known_heading,
    is_one_line,
    make_block,
)
from lintkit.formats.alphanode.lead_ins import is_sentence_lead_in
from lintkit.formats.alphanode.programs import commands_of_programs_run
from lintkit.formats.alphanode.prose_lines import read_prose_lines
from lintkit.formats.alphanode.session import session_output
from lintkit.formats.alphanode.steps import read_credited_headings, read_step_headings
from lintkit.formats.code import (
    MAX_CODE_LINE,
    code_after_lead_in,
    code_beside_code,
    comment_of_block,
    ends_code_block,
    looks_like_code,
)
from lintkit.formats.commands import FUNCTION_WORDS
from lintkit.formats.printed import opens_on_printed
from lintkit.model import Block, BlockKind, Line


def read_in_context(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """The body's headings (Line) and blocks after the passes above."""
    blocks = _prompts_brought(_code_after_lead_ins(_strings_across_chunks(blocks, lines), lines), lines)
    blocks = commands_of_programs_run(blocks, lines)
    blocks = _between_rules(session_output(_printed_output(_code_in_context(blocks, lines), lines), lines), lines)
    blocks = _merge_code(_reference_runs(blocks, lines), lines)
    return read_credited_headings(read_step_headings(read_prose_lines(blocks, lines), lines))


# A run of quotes: three to five are one triple quote (`"""`, a string's own quote before it, `""""`), six an empty
# string's two; a longer run is drawn (Porter's cowsay whale, `/""""""""""""""""___/`), no string's.
_QUOTE_RUN = _compile("\"{3,}|'{3,}")
_STRING_OPENERS = ('"""', "'''", 'r"""', "r'''")
# A name given a triple-quoted string, or a call passed one: `text_block = """`, `prompt = f"""Analyze ...`.
_OPENS_STRING = _compile(
    r"^\s*[\w.\[\]'\"]+\s*(:[^=]*)?=\s*[rbfu]{0,2}(\"\"\"|''')|^\s*[\w.]+\(\s*[rbfu]{0,2}(\"\"\"|''')"
)
# How many chunks a string opened in code may run on for (a docstring of many paragraphs).
MAX_STRING_CHUNKS = 30


def _odd_quotes(text: str) -> bool:
    return sum(1 if len(run) <= 5 else 2 if len(run) == 6 else 0 for run in _QUOTE_RUN.findall(text)) % 2 == 1


def _strings_across_chunks(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """A triple-quoted string (a docstring) opened in code, or on a line that
    starts with one, and closed a few chunks later: the chunks between are
    the string's paragraphs, code of the same block, not the article's prose
    or headings. Left as they are when no chunk closes it, or when a known
    heading comes first."""
    out = list(blocks)
    k = 0
    while k < len(out):
        item = out[k]
        # Only the first line can open the string, or the second after a line of code
        # (`def load(path):`, then `    """Load a package.`): a prose block's text is not joined for nothing.
        first = item.text if isinstance(item, Line) else item.lines[0].text
        # Or the second, after a line of code (`question1 = "Where was John born?"`, then `context1 = """`).
        second = item.lines[1].text if isinstance(item, Block) and len(item.lines) > 1 else ""
        assigns = bool(_OPENS_STRING.match(first)) or bool(
            _OPENS_STRING.match(second) and looks_like_code([lines[item.lines[0].line - 1]])
        )
        if assigns and not is_code(item) and not _odd_quotes(item.text):
            out[k] = make_block(BlockKind.CODE, lines, chunk_rows(item))  # the string closes in its own chunk
            k += 1
            continue
        opens = (
            is_code(item)
            or assigns
            or first.lstrip().startswith(_STRING_OPENERS)
            or (
                isinstance(item, Block)
                and len(item.lines) > 1
                and item.lines[1].text.lstrip().startswith(_STRING_OPENERS)
                and looks_like_code([lines[item.lines[0].line - 1]])
            )
        )
        close = None
        if opens and _odd_quotes(item.text):
            for j in range(k + 1, min(len(out), k + 1 + MAX_STRING_CHUNKS)):
                nxt = out[j]
                if isinstance(nxt, Line) and is_known_heading(nxt.text):
                    break
                if _odd_quotes(nxt.text):
                    close = j
                    break
        if close is None:
            k += 1
            continue
        for j in range(k, close + 1):
            if not is_code(out[j]):
                out[j] = make_block(BlockKind.CODE, lines, chunk_rows(out[j]))
        k = close + 1
    return out


def _is_lead_in(item: Block | Line) -> bool:
    """A line, paragraph or list item ending in `:` (`Run the server with:`, `• output:`), not a known
    heading, or a paragraph running on into an example (`..., use critcmp, e.g.`)."""
    colon = ends_in_colon(item)
    if colon or isinstance(item, Line):
        return colon
    return item.kind in (BlockKind.PARAGRAPH, BlockKind.LIST) and bool(_RUNS_ON.search(item.lines[-1].text))


_RUNS_ON = _compile(r"\b(e\.g|i\.e|for example|for instance)[.,]?$", re.I)


def _code_after_lead_ins(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """A one-line chunk right after a lead-in that reads as a heading
    (`fastapi dev`, `import os`, `nox`) is the code the lead-in introduces
    when it is shaped as code (`code.code_after_lead_in`): a real heading
    seldom follows a line ending in `:`, and then it is capitalised
    (`StaticFiles`, `Plugins`)."""
    out = list(blocks)
    for k in range(1, len(out)):
        item = out[k]
        if (
            isinstance(item, Line)
            and not is_known_heading(item.text)
            and not is_code(out[k - 1])
            and (_is_lead_in(out[k - 1]) or _names_its_command(out[k - 1], item.text))
            and (
                code_after_lead_in(lines[item.line - 1])
                or ((k + 1 == len(out) or isinstance(out[k + 1], Line)) and _bare_command(item.text))
            )
        ):
            out[k] = make_block(BlockKind.CODE, lines, [item.line - 1])
    return out


def _prompts_brought(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """A one-line chunk between a lead-in and code opening on a template's placeholder alone is the prompt the
    lead-in brings (Promptfoo's `Let's begin with a shiny new system prompt:`, `You're an assistant for Aperture
    Science.`, then `{{input}}`): code with its placeholder, not a sentence of the post."""
    out = list(blocks)
    for k in range(1, len(out) - 1):
        nxt = out[k + 1]
        if is_code(nxt) and _TEMPLATE_SLOT.match(nxt.lines[0].text) and is_one_line(out[k]) and _is_lead_in(out[k - 1]):
            out[k] = make_block(BlockKind.CODE, lines, chunk_rows(out[k]))
    return out


_TEMPLATE_SLOT = _compile(r"^\{\{\s*[\w.]+\s*\}\}$")  # `{{input}}`, `{{ query }}`


def _bare_command(text: str) -> bool:
    """Two or three words in lower case, a program's name first, no function word (Promptfoo's `promptfoo eval`
    after `Run:`): over nothing, before the next heading, the command the lead-in brings, not a section."""
    words = text.split()
    return 2 <= len(words) <= 3 and all(_BARE_WORD.match(w) for w in words) and not FUNCTION_WORDS.intersection(words)


_BARE_WORD = _compile(r"[a-z][a-z0-9_.-]*")


def _names_its_command(before: Block | Line, line: str) -> bool:
    """A paragraph that calls the line's first words a command (`All of the instructor jobs commands
    assume you've set an environment variable ...`, then `instructor jobs create-from-file
    math_finetunes.jsonl`): it introduces the command as a lead-in does."""
    words = line.split()
    if isinstance(before, Line) or before.kind is not BlockKind.PARAGRAPH or len(words) < 2:
        return False
    name = re.escape(" ".join(words[:2]) if words[1][:1].isalpha() else words[0])
    return re.search(rf"\b{name} (command|commands|subcommand|CLI|cli)\b", before.text) is not None


def _code_in_context(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """A chunk of a code block with blank lines inside that cannot be told
    from a heading or prose alone (`import griffe`, `routes = ...`) is code
    where it stands next to code and reads as code (`code_beside_code`):
    otherwise it split the block, or opened a section. A heading-like line
    must come right before code (a section's heading after a code block
    stays a heading: `Import settings`) or be indented as the lines of a
    block are, or be a line of the block's own language after it, set apart
    by a blank line (`placement: cluster` closing a YAML file, `import
    outlines` after other imports: `code.ends_code_block`); known headings
    stay headings.
    Two passes, so that a run of such chunks follows code either way."""
    out = list(blocks)
    for order in (range(len(out)), range(len(out) - 1, -1, -1)):
        for k in order:
            item = out[k]
            before_code = is_code(out[k + 1] if k + 1 < len(out) else None)
            if is_code(item) or not (before_code or is_code(out[k - 1] if k else None)):
                continue
            # An indented line after code is the block's (`    return inner`); a heading never is.
            indented = isinstance(item, Line) and lines[item.line - 1][:1].isspace()
            if isinstance(item, Line) and (not (before_code or indented) or is_known_heading(item.text)):
                if order.step == 1 and not is_known_heading(item.text) and _ends_block(out, k, lines[item.line - 1]):
                    out[k] = make_block(BlockKind.CODE, lines, [item.line - 1])
                continue
            rows = chunk_rows(item)
            if isinstance(item, Block) and item.kind is BlockKind.LIST and is_code(out[k - 1] if k else None):
                # `- ` items indented under code are a sample's (Markdown, YAML); the export writes `  • item`.
                if all(lines[i].startswith("    ") and lines[i].lstrip()[:2] in ("- ", "* ") for i in rows):
                    out[k] = make_block(BlockKind.CODE, lines, rows)
                continue
            if isinstance(item, Block) and item.kind is not BlockKind.PARAGRAPH:
                continue
            if all(len(lines[i]) <= MAX_CODE_LINE for i in rows) and (
                code_beside_code([lines[i] for i in rows])
                or _comment_between(out, k, [lines[i] for i in rows])
                or _parent_key(out, k, [lines[i] for i in rows])
            ):
                out[k] = make_block(BlockKind.CODE, lines, rows)
    return out


def _comment_between(out: list[Block | Line], k: int, texts: list[str]) -> bool:
    """A chunk of comments as the code beside it writes them, set apart by blank lines: between two chunks of
    code (PyO3's `// a function with a signature but without docs. Both blank lines after the `--` are
    mandatory.`, inside a Rust block), opening a sample or closing one (the branches below): the block's, not
    a paragraph. No paragraph of the five stand-ins' Markdown stands between two code blocks opening so."""
    if k and is_code(out[k - 1]) and (k == len(out) - 1 or not is_code(out[k + 1])):
        # Or closing the code before, a blank line after its last line (the Azure SDK blog's `#If you hit
        # permission issues when running this command, your kernel may be set to system python. ...` after pip
        # commands): comments as that code writes them.
        return all(comment_of_block(_code_before(out, k), t) for t in texts)
    if k < len(out) - 1 and is_code(out[k + 1]) and not (k and is_code(out[k - 1])):
        # Or opening a sample, a blank line before its code (Phaser's `// In a Scene's create() method:`): `//`
        # comments as the code after writes them.
        after = out[k + 1].text
        return all(t.startswith("// ") and comment_of_block(after, t) for t in texts)
    return (
        0 < k < len(out) - 1
        and is_code(out[k + 1])
        and is_code(out[k - 1])
        and all(comment_of_block(_code_before(out, k), t) for t in texts)
    )


def _parent_key(out: list[Block | Line], k: int, texts: list[str]) -> bool:
    """A YAML key alone between two chunks of code, over its children indented (a compose file's `services:`,
    set apart by blank lines): the file's, not a lead-in (`or:`), a word leading to the output below, nor a
    label naming the function shown (Stylus's `join:`, then `  join(delim, args)`)."""
    key = _PARENT_KEY.match(texts[0]) if len(texts) == 1 else None
    if key is None or not (0 < k < len(out) - 1 and is_code(out[k - 1]) and is_code(out[k + 1])):
        return False
    name, first = key.group(1), out[k + 1].lines[0].text  # type: ignore[union-attr]
    return (
        not is_sentence_lead_in(name + ":")
        and name not in _LEADS_TO_OUTPUT
        and not name.endswith("ing")
        and first[:1].isspace()
        and not first.strip().startswith(name + "(")
    )


# A key in lower case alone (`services:`, `spec:`, `build_args:`); but a word leading to the output below (Stylus's
# `yields:`, `yielding:`, `becomes:`: the corpora's Markdown writes 25 words alone so, paragraphs all).
_PARENT_KEY = _compile(r"^([a-z_][\w-]*):\s*$")
_LEADS_TO_OUTPUT = frozenset(
    "yields becomes result results returns gives outputs output prints produces to into".split()
)


def _ends_block(out: list[Block | Line], k: int, line: str) -> bool:
    """A line alone after code that is the block's last line (`code.ends_code_block`): `placement:
    cluster` after a YAML file, `import outlines` after Python's other imports. The block is the run of
    code chunks right before the line (`out[k]`), which `_merge_code` joins."""
    code = _code_before(out, k)
    return bool(code) and ends_code_block(code, line)


def _code_before(out: list[Block | Line], k: int) -> str:
    """The text of the run of code chunks right before `out[k]`, as `_merge_code` joins them ("" for none)."""
    start = k
    while start and is_code(out[start - 1]):
        start -= 1
    return "\n\n".join(out[i].text for i in range(start, k))


def _printed_output(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """A chunk right after code that opens on what the code prints (`print(f"Answer: {result['answer']}")`,
    then `Answer: It's built for the x86_64 architecture ...`; `print(f"Results: {n}/{total} passed")`, then
    `Results: 58/66 passed (87.9%)`: `printed.opens_on_printed`) is that output, code, not a paragraph or a
    heading. In the stand-ins' Markdown, a block after such code opening so is always the output's block."""
    out = list(blocks)
    for k in range(1, len(out)):
        item = out[k]
        if is_code(item) or not is_code(out[k - 1]) or is_known_heading(item.text):
            continue
        if isinstance(item, Block) and item.kind is BlockKind.LIST:
            continue
        if opens_on_printed(lines[item.line - 1], _code_before(out, k)):
            out[k] = make_block(BlockKind.CODE, lines, chunk_rows(item))
    # The one line after a lead-in saying what the code above it prints (Rust 1.76.0's `This currently prints:`,
    # then `The sum of the core::array::iter::IntoIter<i32, 3> is 6.`): the output, however much it reads as a sentence.
    for k in range(2, len(out)):
        before, item = out[k - 1], out[k]
        if (
            is_code(out[k - 2])
            and (isinstance(before, Line) or before.kind is BlockKind.PARAGRAPH)  # a lead-in, not read as one yet
            and _SAYS_WHAT_IT_PRINTS.search(before.text)
            and not is_code(item)
            and not (isinstance(item, Block) and item.kind is BlockKind.LIST)
            and len(chunk_rows(item)) == 1
            and (k + 1 == len(out) or not is_code(out[k + 1]))
        ):
            out[k] = make_block(BlockKind.CODE, lines, chunk_rows(item))
    # One line between two chunks of output, set apart by blank lines: what a failure announces (kubectl's `Error
    # from server: ... denied the request:`, then `resource Pod/qa/extrabadpod was blocked due to the following
    # policies`), or a program's progress (`Applying 1 policy rule(s) to 1 resource(s)...`, `Copying sysroot
    # headers...`: 80 lines of the corpora's code, 3 paragraphs and 2 headings, none between code).
    for k in range(1, len(out) - 1):
        item = out[k]
        if is_code(item) or not (is_code(out[k - 1]) and is_code(out[k + 1])) or len(chunk_rows(item)) != 1:
            continue
        text = lines[item.line - 1].strip()
        announces = _ANNOUNCES.search(out[k - 1].lines[-1].text) and final_char(text) not in ".?!:"
        if (announces or _PROGRESS.match(text)) and not is_known_heading(text):
            out[k] = make_block(BlockKind.CODE, lines, chunk_rows(item))
    return out


_ANNOUNCES = _compile(r"^\s*(Error|error)\b.*:$")
_PROGRESS = _compile(r"^[A-Z][a-z]+ing\b.*[^.\s]\.\.\.$")
_SAYS_WHAT_IT_PRINTS = _compile(r"\b(prints|outputs|will print|will output|displays)( something like| out)?:$", re.I)


def is_rule_line(text: str) -> bool:
    """A line of `---` (or `***`, `___`, `===`) alone: code, for a page's rule is not written out."""
    return bool(_RULE.match(text))


def is_rule(item: Block | Line | None) -> bool:
    """A chunk of one rule line (`is_rule_line`)."""
    return is_code(item) and len(item.lines) == 1 and is_rule_line(item.text)  # type: ignore[union-attr]


_RULE = _compile(r"^\s*([-*_=])\1{2,}\s*$")


def _between_rules(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """A paragraph between two `---` lines is a sample of the snippet they
    separate (texts in several languages, each after a `---`), not prose; so
    is one between two Markdown headings written out (`# Main Header`, then
    `Last line of previous section.`, then `## Header of New Top Section`):
    a page renders a heading, so one shown as written is a sample's, and the
    line between them is that sample's text."""
    out = list(blocks)
    for k in range(1, len(out) - 1):
        item, before, after = out[k], out[k - 1], out[k + 1]
        samples = (is_rule(before) and is_rule(after)) or (
            is_code(before)
            and is_code(after)
            and bool(MARKDOWN_HEADING.match(before.lines[-1].text))  # type: ignore[union-attr]
            and bool(MARKDOWN_HEADING.match(after.lines[0].text))  # type: ignore[union-attr]
        )
        if samples and isinstance(item, Block) and item.kind is BlockKind.PARAGRAPH:
            out[k] = make_block(BlockKind.CODE, lines, chunk_rows(item))
    return out


# A Markdown heading written out: `# Main Header`, `### Header of New Section`.
MARKDOWN_HEADING = _compile(r"^#{1,6} [A-Z][\w ]*$")


def _reference_runs(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """Two or more lines in a row, each a reference alone (`backrefs#1`, `!13`, `@facelessuser`,
    `gitlab:pycqa/flake8-engine@ee18ac9...`), are a sample of the references a page links: code, not
    headings or one-word paragraphs; a heading or a paragraph is never one such token."""
    out = list(blocks)
    k = 0
    while k < len(out):
        end = k
        while end < len(out) and _is_reference(out[end]):
            end += 1
        if end - k >= 2:
            for i in range(k, end):
                out[i] = make_block(BlockKind.CODE, lines, chunk_rows(out[i]))
        k = max(end, k + 1)
    return out


def _is_reference(item: Block | Line) -> bool:
    if isinstance(item, Block) and (item.kind is BlockKind.LIST or len(item.lines) > 1):
        return False
    return bool(_REFERENCE.match(item.text)) and not is_known_heading(item.text)


# One token that names an issue, a pull request, a user or a commit: `#1`, `backrefs!4`, `@x:x`, a hash.
_COMMENT_LINE = _compile(r"\s*(//|/\*|\*|#\s)")
_REFERENCE = _compile(r"^(?=\S*([#@!]\w|(?<![0-9a-z])(?=[0-9a-f]*\d)[0-9a-f]{7,}))[\w.~/:#@!-]+$")


def _merge_code(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """Code with blank lines inside arrives as several chunks: join them,
    keeping the blank lines so the block's text is the code as written."""
    out: list[Block | Line] = []
    first_chunk: Block | None = None  # the first chunk of the code block being joined
    for item in blocks:
        prev = out[-1] if out else None
        if (
            isinstance(item, Block)
            and item.kind is BlockKind.CODE
            and isinstance(prev, Block)
            and prev.kind is BlockKind.CODE
            # A chunk that is the block's first chunk again starts a copy: the
            # same snippet twice in a row is two blocks (DUP003 sees the repeat);
            # a `---` again separates the snippet's parts, and a comment again
            # elides another (`//...other code...` before and after the lines shown).
            and not (
                first_chunk is not None
                and item.text == first_chunk.text
                and not is_rule(item)
                and not all(_COMMENT_LINE.match(ln.text) for ln in item.lines)
            )
        ):
            gap = tuple(Line("", i + 1) for i in range(prev.end_line, item.line - 1))
            out[-1] = Block(BlockKind.CODE, prev.lines + gap + item.lines)
        else:
            out.append(item)
            first_chunk = item if isinstance(item, Block) and item.kind is BlockKind.CODE else None
    return out
