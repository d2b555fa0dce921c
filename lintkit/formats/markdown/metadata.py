"""Front matter that is not YAML or TOML between fences: MultiMarkdown metadata and templates.

MultiMarkdown metadata is the `Key: value` lines that open a page, up to
its first blank line, with no `---` around them (a value goes on over lines
indented by four spaces): Pelican reads a Markdown article's title, date,
tags and summary from them, and MkDocs (Python-Markdown's `meta`) a page's
too. They are read as front matter only when every line of that first block
is one (a key of letters, digits, `-` and `_`, then a colon) and one key is
`title`: a page that opens with `Note: ...` is prose, as it is to every
generator that wants fences. Keys are case-folded, as Pelican and
Python-Markdown fold them (`Title:` is `title`); values are text.

A template's front matter (a Hugo archetype's `date = {{ .Date }}`, a Hexo
scaffold's `title: {{ title }}`, Liquid's `{% ... %}`) is YAML or TOML once
each template expression is set aside: `templated` reads it so, each
expression back in its value as written, and names the keys that hold one.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

from lintkit.compiled import pattern as _compile
from lintkit.formats.markdown.frontmatter import NONE, YAML, Block, FrontMatter, Key

MULTIMARKDOWN = "multimarkdown"

_KEY = _compile(r"^([A-Za-z][A-Za-z0-9_-]*):(?:[ \t]+(.*?))?[ \t]*$")
_MORE = _compile(r"^(?: {4,}|\t)(\S.*?)\s*$")


def split(lines: list[str]) -> Block | None:
    """The MultiMarkdown metadata block that opens the file (its first line is a key), if it is one."""
    if not lines or _KEY.match(lines[0]) is None:
        return None
    end = len(lines)
    names = []
    for i, line in enumerate(lines):
        if not line.strip():
            end = i
            break
        m = _KEY.match(line)
        if m is not None:
            names.append(m.group(1).lower())
        elif _MORE.match(line) is None:
            return None  # a line that is neither a key nor a value going on: the page opens with prose
    if "title" not in names:
        return None
    return Block(MULTIMARKDOWN, "\n".join(lines[:end]), 1, end, True)


# -- Hexo's front matter without its opening fence ------------------------------------

HEXO = "hexo"
_YAML_MORE = _compile(r"^(?:[ \t]+\S|- )")  # a YAML value going on: indented, or a list's item


def split_hexo(lines: list[str]) -> Block | None:
    """Hexo's YAML front matter written without its opening `---` (hexo-front-matter reads the lines up to
    the first `---` line as such; Hexo 2's `hexo new` wrote them so): when every line from the first
    to a `---` line is a key or a YAML value going on (no blank line) and one key is `title`. Else the
    lines are what CommonMark makes of them (a setext heading)."""
    names = []
    for i, line in enumerate(lines):
        if line.rstrip() == "---":
            return Block(HEXO, "\n".join(lines[:i]), 0, i + 1, True) if "title" in names else None
        m = _KEY.match(line)
        if m is not None:
            names.append(m.group(1))
        elif _YAML_MORE.match(line) is None:
            return None
    return None


def read_hexo(block: Block, reader: Callable[[Block], FrontMatter]) -> FrontMatter:
    """The block read as YAML from the file's first line; no front matter when it does not parse."""
    front = reader(Block(YAML, block.text, 0, block.end, True))  # no fence line: its text starts at line 1
    if front.error is not None:
        return NONE  # not YAML after all: the lines are the body's
    return dataclasses.replace(front, start=1)


def read(block: Block) -> FrontMatter:
    """Each key at its line, a key written again kept as a duplicate; values as text."""
    found: list[Key] = []
    for i, line in enumerate(block.text.split("\n")):
        m = _KEY.match(line)
        if m is not None:
            found.append(Key(m.group(1).lower(), block.start + i, (m.group(2) or "").strip()))
        elif found:  # a value going on (split saw only keys and such lines)
            last = found[-1]
            found[-1] = Key(last.name, last.line, f"{last.value} {line.strip()}".strip())
    keys: dict[str, Key] = {}
    duplicates = []
    for key in found:
        if key.name in keys:
            duplicates.append(key)
        else:
            keys[key.name] = key
    data = {name: key.value for name, key in keys.items()}
    return FrontMatter(MULTIMARKDOWN, block.start, block.end, keys, tuple(duplicates), data=data)


# -- templates ---------------------------------------------------------------------

# An expression is short: 500 characters at most are looked through for its end (a line of unclosed `{{` was
# quadratic).
TEMPLATE = _compile(r"\{\{.{0,500}?\}\}|\{%.{0,500}?%\}")
_TOKEN = "lintkit-template-expression-{}"
_TOKENS = _compile(r"lintkit-template-expression-(\d+)")


def templated(block: Block, reader: Callable[[Block], FrontMatter]) -> FrontMatter | None:
    """The front matter read with each template expression set aside (a word, or in TOML a quoted
    string where it stands for a value), then put back; None when it does not parse even so."""
    expressions: list[str] = []

    def aside(m: re.Match[str]) -> str:
        expressions.append(m.group(0))
        token = _TOKEN.format(len(expressions) - 1)
        if block.kind == YAML:
            return token  # a plain scalar wherever it stands (`title: {{ a }} and {{ b }}` is text)
        before = m.string[: m.start()].rstrip()  # TOML: a value of its own after `=`, `[` or `,` is quoted
        return f'"{token}"' if before.endswith(("=", "[", ",")) else token

    text = TEMPLATE.sub(aside, block.text)
    if not expressions:
        return None
    front = reader(Block(block.kind, text, block.start, block.end, block.closed))
    if front.error is not None:
        return None

    def back(value: Any) -> Any:
        if isinstance(value, str):
            return _TOKENS.sub(lambda m: expressions[int(m.group(1))], value)
        if isinstance(value, list):
            return [back(v) for v in value]
        if isinstance(value, dict):
            return {k: back(v) for k, v in value.items()}
        return value

    keys = {name: Key(k.name, k.line, back(k.value), k.item_lines) for name, k in front.keys.items()}
    duplicates = tuple(Key(k.name, k.line, back(k.value), k.item_lines) for k in front.duplicates)
    return marked(FrontMatter(front.kind, front.start, front.end, keys, duplicates, data=back(front.data)))


def marked(front: FrontMatter) -> FrontMatter:
    """The front matter with `templated` naming the keys whose value holds a template expression."""
    names = frozenset(name for name, k in front.keys.items() if _holds_template(k.value))
    if not names:
        return front
    return dataclasses.replace(front, templated=names)


def _holds_template(value: Any) -> bool:
    if isinstance(value, str):
        return TEMPLATE.search(value) is not None
    if isinstance(value, list):
        return any(_holds_template(v) for v in value)
    if isinstance(value, dict):
        return any(_holds_template(v) for v in value.values())
    return False
