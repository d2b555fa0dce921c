"""A command of a program the article runs elsewhere, alone on its line: code, where the line alone reads
as a heading or a paragraph.

A command with a program no list knows and a subcommand no list names (`velad uninstall`, `wash down`,
`vela workflow logs chat-gpt-diagnose`) cannot be told from a heading in lower case by its shape
(lintkit.formats.commands). The article tells: its code runs the same program on other lines (`velad
uninstall -n foo`, `wash app delete wadm.yaml`). Such a line is the code it stands in when it also stands
where a command does: after a lead-in ending in `:` (`You can test connectivity at any time by running:`),
after code or a list (a step's instruction) and before a heading, more code, the next step or the body's end
(a last clean-up command before `What's More?`), or beside another command of the program (`nx build`, then
`nx test`). A heading there would be over nothing (STR004), a paragraph a miscount (META006).

Words only a command has: names in lower case, options, paths and placeholders (`ghcr.io/<your-org>/app`);
no function word of a sentence (`vela is the CLI`), no capital (`vela Addons`), no closing stop or colon.
"""

from __future__ import annotations

from collections.abc import Sequence

from lintkit.compiled import pattern as _compile
from lintkit.formats.alphanode.chunks import (
    chunk_rows,
    ends_in_colon,
    is_code,
    is_known_heading,
    is_one_line,
    make_block,
)
from lintkit.formats.commands import FUNCTION_WORDS, is_shell_command
from lintkit.model import Block, BlockKind, Line

# A part of a command: a name in lower case, an option, a path, a placeholder, an assignment.
_PART = _compile(r"^(?!.*[A-Z][a-z])[\w@./:=+~<>{}$,\"'*-]+$")
_PROGRAM = _compile(r"^[a-z][a-z0-9_.-]*$")
_SUBSTITUTED = _compile(r"\$\(([a-z][a-z0-9_.-]*)\s")  # a command run for its output: `$(velad kubeconfig ...)`
_PROMPT = _compile(r"^\$\s+")  # a prompt before the command


def programs_run(blocks: Sequence[Block | Line]) -> frozenset[str]:
    """The programs the article's code runs: the first word of each of its lines that is a command (after a
    prompt, or shaped as one: `velad uninstall -n foo`), but a statement's keyword (`import os`, `return x`);
    and each command substituted (`export KUBECONFIG=$(velad kubeconfig --name default)`)."""
    found = set()
    for item in blocks:
        if not is_code(item):
            continue
        for ln in item.lines:
            text = ln.text.strip()
            prompted = _PROMPT.match(text)
            text = text[prompted.end() :] if prompted else text
            parts = text.split()
            if not parts or not _PROGRAM.match(parts[0]) or parts[0] in _NOT_PROGRAMS:
                continue
            if prompted or is_shell_command(text) or _command_shaped(text, parts):
                found.add(parts[0])
        found.update(m for m in _SUBSTITUTED.findall(item.text) if m not in _NOT_PROGRAMS)
    return frozenset(found)


def _command_shaped(text: str, parts: list[str]) -> bool:
    """A program's name and its arguments: two parts or more, each a command's, no sentence's word, no stop."""
    return (
        len(parts) >= 2
        and _PROGRAM.match(parts[0]) is not None
        and text.rstrip()[-1] not in ".:!?"
        and not set(parts) & FUNCTION_WORDS
        and all(_PART.match(p) for p in parts)
    )


# Statements' first words, which a line of code opens on without running a program.
_KEYWORDS = frozenset(
    "import from return yield await raise print use let const var def class if for while else elif try except "
    "with pass break continue assert del global local fn func function package module type new go defer".split()
)
_NOT_PROGRAMS = FUNCTION_WORDS | _KEYWORDS


def commands_of_programs_run(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """Each heading-like line or one-line paragraph that is a command of a program the article runs
    elsewhere, where a command stands (the module's docstring), made a code block."""
    programs: frozenset[str] | None = None
    out = list(blocks)
    for k, item in enumerate(out):
        if not is_one_line(item):
            continue
        text = item.text if isinstance(item, Line) else item.lines[0].text
        parts = text.split()
        if k == 0 or not _command_shaped(text, parts) or (isinstance(item, Line) and is_known_heading(text)):
            continue
        before = out[k - 1]
        after = out[k + 1] if k + 1 < len(out) else None
        step = is_code(before) or (isinstance(before, Block) and before.kind is BlockKind.LIST)
        ends = after is None or isinstance(after, Line) or after.kind in (BlockKind.CODE, BlockKind.LIST)
        if not (ends_in_colon(before) or (step and ends) or _beside_its_like(out, k, parts[0])):
            continue
        if programs is None:
            programs = programs_run(out)
        if parts[0] in programs:
            out[k] = make_block(BlockKind.CODE, lines, chunk_rows(item))
    return out


def _beside_its_like(out: list[Block | Line], k: int, program: str) -> bool:
    """Whether a neighbour of `out[k]` is a command of the same program, code or shaped as one (Nx's `nx build`,
    `nx test`, `nx test feature-users`, each alone after a sentence ending in `!`): a run of commands."""
    own = out[k].text
    for item in out[max(k - 1, 0) : k] + out[k + 1 : k + 2]:
        text = item.text if isinstance(item, Line) else item.lines[0].text if len(item.lines) == 1 else ""
        parts = text.split()
        # (Not the same command again: a reference's heading over its usage, `graphile-migrate init` twice.)
        if parts and parts[0] == program and text != own and (is_code(item) or _command_shaped(text, parts)):
            return True
    return False
