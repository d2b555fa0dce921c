"""Front matter: YAML between `---` lines or TOML between `+++` lines, each key with its line.

`split` finds the block at the top of the file (after a byte-order mark,
which decoding already dropped); `read` parses it and never raises: a block
that does not parse gives `FrontMatter.error` (the parser's message and the
line it points at, in the file) and no keys, and the body is read all the
same. YAML is read with PyYAML's safe loader (the C one when PyYAML has it);
the node tree gives every top-level key's line, and a key written twice is
kept as `duplicates` rather than silently overwritten. TOML is read with
`tomllib`, which gives no positions: a key's line is found by its
`key =` line at the top level, before the first table header.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from collections.abc import Mapping
from dataclasses import field
from typing import Any

from lintkit import compiled
from lintkit.compiled import pattern as _compile
from lintkit.model import Edit, Field
from lintkit.structs import dataclass

YAML = "yaml"
TOML = "toml"
_FENCES = {"---": YAML, "+++": TOML}
_YAML_END = ("---", "...")


@dataclass(frozen=True)
class Block:
    """Where the front matter is: its kind, its text, and the lines it spans (1-based, fences included)."""

    kind: str
    text: str
    start: int  # the opening fence's line
    end: int  # the closing fence's line (the last line of the file when it is not closed)
    closed: bool


@dataclass(frozen=True)
class Key:
    name: str
    line: int
    value: Any  # as the parser gave it (str, int, float, bool, date, list, dict, None)
    # Lines of a list's items when the source gives them (YAML always, TOML when written one per line).
    item_lines: tuple[int, ...] = ()


@dataclass(frozen=True)
class FrontMatter:
    kind: str | None = None  # YAML, TOML, or None: the file has no front matter
    start: int = 0
    end: int = 0
    keys: Mapping[str, Key] = field(default_factory=dict)  # each key's first occurrence
    duplicates: tuple[Key, ...] = ()  # later occurrences of a key (YAML; TOML refuses them)
    error: tuple[str, int] | None = None  # (message, line) when the block does not parse
    data: Any = None  # the parsed document, for a JSON Schema
    # Keys whose value holds a template expression (a Hugo archetype's, a Hexo scaffold's): no value yet.
    templated: frozenset[str] = frozenset()

    def field(self, name: str) -> Field | None:
        key = self.keys.get(name)
        return None if key is None else field_of(key)


NONE = FrontMatter()


def split(lines: list[str]) -> Block | None:
    """The front matter block at the top of the file, if it opens one: on its
    first line that is not blank (Hugo skips blank lines before it, and so do
    real exports: Docker's reference pages start with one); without one,
    MultiMarkdown metadata on the first line, or Hexo's YAML with no opening
    fence (lintkit.formats.markdown.metadata)."""
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].rstrip() not in _FENCES:
        from lintkit.formats.markdown import metadata

        return (metadata.split(lines) or metadata.split_hexo(lines)) if first == 0 else None
    fence = lines[first].rstrip()
    kind = _FENCES[fence]
    ends = _YAML_END if kind == YAML else (fence,)
    for i in range(first + 1, len(lines)):
        if lines[i].rstrip() in ends:
            return Block(kind, "\n".join(lines[first + 1 : i]), first + 1, i + 1, True)
    return Block(kind, "\n".join(lines[first + 1 :]), first + 1, len(lines), False)


def read(block: Block | None) -> FrontMatter:
    if block is None:
        return NONE
    if not block.closed:
        fence = "---" if block.kind == YAML else "+++"
        message = f"the front matter opened here is never closed (no {fence} line)"
        # Where it should end is unknown: the body is read from the next line.
        return FrontMatter(block.kind, block.start, block.start, error=(message, block.start))
    from lintkit.formats.markdown import metadata

    if block.kind == metadata.MULTIMARKDOWN:
        return metadata.read(block)
    if block.kind == metadata.HEXO:
        return metadata.read_hexo(block, _read_yaml)
    reader = _read_yaml if block.kind == YAML else _read_toml
    front = reader(block)
    if front.error is not None and metadata.TEMPLATE.search(block.text):
        # A template's front matter (`title: {{ title }}`): read with its expressions set aside.
        return metadata.templated(block, reader) or front
    if front.keys and metadata.TEMPLATE.search(block.text):
        return metadata.marked(front)  # `title: "{{ title }}"`, quoted: YAML, but a template all the same
    return front


# -- YAML --------------------------------------------------------------------------


@functools.cache
def _yaml() -> tuple[Any, Any]:
    """PyYAML and its safe loader, imported on first use (a run without YAML never pays for it):
    the C loader when PyYAML was built with libyaml, about ten times faster."""
    with compiled.imports():  # PyYAML's reader and resolver compile their patterns on import
        import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):  # type: ignore[misc, valid-type]
        """The safe loader, but a value YAML types as a date it cannot build
        (`2024-13-45`) is kept as written, wherever it is: one bad date in a
        table must not cost the whole front matter (the schema rules judge it)."""

    def timestamp(loader: Any, node: Any) -> Any:
        try:
            return loader.construct_yaml_timestamp(node)
        except ValueError:
            return node.value

    Loader.add_constructor("tag:yaml.org,2002:timestamp", timestamp)
    return yaml, Loader


def _read_yaml(block: Block) -> FrontMatter:
    offset = block.start + 1  # line of the block's first text line
    yaml, loader_class = _yaml()
    loader = loader_class(block.text)
    try:
        node = loader.get_single_node()
        if node is None:
            return FrontMatter(YAML, block.start, block.end, data={})
        if not isinstance(node, yaml.MappingNode):
            kind = {"ScalarNode": "a single value", "SequenceNode": "a list"}.get(type(node).__name__, "no mapping")
            message = f"front matter must be a mapping of keys to values, not {kind}"
            return FrontMatter(YAML, block.start, block.end, error=(message, node.start_mark.line + offset))
        keys: dict[str, Key] = {}
        duplicates: list[Key] = []
        data: dict[str, Any] = {}
        for key_node, value_node in node.value:
            name = loader.construct_object(key_node, deep=True)
            try:
                value = loader.construct_object(value_node, deep=True)
            except (ValueError, TypeError):
                # A value YAML types but cannot build (`date: 2024-13-45`): kept as written, for the schema rules.
                if not isinstance(value_node, yaml.ScalarNode):
                    raise
                value = value_node.value
            items: tuple[int, ...] = ()
            if isinstance(value_node, yaml.SequenceNode):
                items = tuple(n.start_mark.line + offset for n in value_node.value)
            key = Key(str(name), key_node.start_mark.line + offset, value, items)
            if key.name in keys:
                duplicates.append(key)
            else:
                keys[key.name] = key
                data[key.name] = value
        return FrontMatter(YAML, block.start, block.end, keys, tuple(duplicates), data=data)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + offset if mark is not None else block.start
        message = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        return FrontMatter(YAML, block.start, block.end, error=(f"invalid YAML: {message}", line))
    except (yaml.YAMLError, ValueError, TypeError, RecursionError) as exc:
        # A constructor error without a mark (an unhashable key, a bad timestamp), or aliases too deep.
        return FrontMatter(YAML, block.start, block.end, error=(f"invalid YAML: {exc}", block.start))
    finally:
        loader.dispose()


# -- TOML --------------------------------------------------------------------------

_TOML_KEY = _compile(r"""^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))\s*=""")
_TOML_TABLE = _compile(r"^\s*\[")
_TOML_AT = _compile(r"\s*\((?:at line (\d+), column \d+|at end of document)\)$")


def toml_error(message: str, last_line: int) -> tuple[str, int]:
    """tomllib's message without its position, and the line of the TOML text
    it names: `last_line` at the end of the document, 0 when it names none."""
    at = _TOML_AT.search(message)
    line = (int(at.group(1)) if at.group(1) else last_line) if at else 0
    return _TOML_AT.sub("", message).strip(), line


def _read_toml(block: Block) -> FrontMatter:
    offset = block.start + 1
    try:
        data = tomllib.loads(block.text)
    except tomllib.TOMLDecodeError as exc:
        message, line = toml_error(str(exc), block.text.count("\n") + 1)
        return FrontMatter(TOML, block.start, block.end, error=(f"invalid TOML: {message}", line - 1 + offset))
    lines = block.text.split("\n")
    found: dict[str, int] = {}
    in_string = False  # inside a multi-line string, where `key =` is text
    for i, text in enumerate(lines):
        if not in_string:
            if _TOML_TABLE.match(text):
                break  # keys under a [table] belong to it, not to the top level
            m = _TOML_KEY.match(text)
            if m:
                found.setdefault(m.group(1) or m.group(2) or m.group(3), i)
        if (text.count('"""') + text.count("'''")) % 2:
            in_string = not in_string
    keys: dict[str, Key] = {}
    for name, value in data.items():
        index = found.get(name)
        if index is None:  # a [table] or a dotted key: the line of its header or first mention
            index = next((i for i, t in enumerate(lines) if name in t), 0)
        items: tuple[int, ...] = ()
        if isinstance(value, list):
            items = _toml_item_lines(lines, index, value)
        keys[name] = Key(name, index + offset, value, tuple(i + offset for i in items))
    return FrontMatter(TOML, block.start, block.end, keys, data=data)


def _toml_item_lines(lines: list[str], start: int, items: list[Any]) -> tuple[int, ...]:
    """The line of each string item of an array written one item per line; the key's line otherwise."""
    out = []
    at = start
    for item in items:
        needle = item if isinstance(item, str) else None
        line = start
        if needle:
            for j in range(at, min(len(lines), at + 50)):
                if needle in lines[j]:
                    line = at = j
                    break
        out.append(line)
    return tuple(out)


# -- values ------------------------------------------------------------------------


def field_of(key: Key) -> Field:
    """A key as a model Field: a list becomes a tuple of item Fields; a
    datetime keeps its date; anything else is kept as parsed (strings stripped)."""
    return Field(_value(key.value, key.item_lines, key.line), key.line)


# A date-time written as text: `2024-01-01 10:00:00 +0000` (Jekyll), `"2025-10-01T09:00:00Z"`.
_DATE_TIME = _compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$")


def _value(value: Any, item_lines: tuple[int, ...], line: int) -> Any:
    if isinstance(value, str):
        text = value.strip()
        m = _DATE_TIME.match(text)
        if m:  # a date-time's date, as a site generator reads it
            try:
                return dt.date.fromisoformat(m.group(1))
            except ValueError:
                return text
        return text
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, list):
        lines = item_lines if len(item_lines) == len(value) else (line,) * len(value)
        return tuple(Field(_value(v, (), n), n) for v, n in zip(value, lines, strict=True))
    return value


# -- writing a list ----------------------------------------------------------------

_YAML_ITEM = _compile(r"^(\s*-\s+)(\S.*)$")
_TOML_ITEM = _compile(r"""^(\s*)("(?:[^"\\]|\\.)*"|'[^']*')\s*(,?)\s*$""")
_TOML_CLOSE = _compile(r"^\s*\]\s*(?:#.*)?$")
_YAML_PLAIN = _compile(r"""^[^\s\-?:,\[\]{}#&*!|>'"%@`][^\n]*$""")


def list_edit(front: FrontMatter, raw: list[str], name: str, values: list[str]) -> Edit | None:
    """An edit that writes the value of the top-level key `name` as the list
    `values`, in the style the key has: a YAML block list item for item, a
    flow list (`[a, b]`) or a TOML array on the key's line, a TOML array one
    item per line; a value written as one string becomes a YAML block list
    or a TOML array. `raw` are the file's lines. None when the value is
    written in a way that cannot be rewritten for certain (an item over
    several lines, a comment on the line, a multi-line string)."""
    key = front.keys.get(name)
    if key is None or front.kind not in (YAML, TOML) or front.error is not None or not values:
        return None
    lines = key.item_lines
    if isinstance(key.value, list) and lines and lines[0] != key.line:
        if list(lines) != list(range(lines[0], lines[0] + len(lines))):
            return None  # items over several lines, or comments between them
        write = _yaml_lines if front.kind == YAML else _toml_lines
        return write(front, raw, lines[0], lines[-1], values)
    if isinstance(key.value, list) or (isinstance(key.value, str) and "\n" not in key.value):
        return _on_key_line(front, raw, key, values)
    return None


def _following(front: FrontMatter, raw: list[str], line: int) -> str | None:
    """The text of the line after `line` inside the front matter; None at its closing fence."""
    return raw[line] if line + 1 < front.end else None


def _yaml_lines(front: FrontMatter, raw: list[str], first: int, last: int, values: list[str]) -> Edit | None:
    found = [_YAML_ITEM.match(raw[n - 1]) for n in range(first, last + 1)]
    after = _following(front, raw, last)
    if not all(found) or (after is not None and not re.match(r"[^\s#-]", after)):
        return None  # an item that is not one line, or a last item that goes on
    prefix = found[0].group(1)  # type: ignore[union-attr]
    quoted = all(m.group(2)[0] in "'\"" for m in found if m)  # the file quotes every item
    new = [prefix + (_json(v) if quoted else _yaml_scalar(v)) for v in values]
    return Edit(first, 1, last, len(raw[last - 1]) + 1, "\n".join(new))


def _toml_lines(front: FrontMatter, raw: list[str], first: int, last: int, values: list[str]) -> Edit | None:
    found = [_TOML_ITEM.match(raw[n - 1]) for n in range(first, last + 1)]
    after = _following(front, raw, last)
    if not all(found) or after is None or not _TOML_CLOSE.match(after):
        return None
    indent = found[0].group(1)  # type: ignore[union-attr]
    end = found[-1].group(3)  # type: ignore[union-attr]  # the last item's comma, if it has one
    new = [indent + _json(v) + ("," if i < len(values) - 1 else end) for i, v in enumerate(values)]
    return Edit(first, 1, last, len(raw[last - 1]) + 1, "\n".join(new))


def _on_key_line(front: FrontMatter, raw: list[str], key: Key, values: list[str]) -> Edit | None:
    """A value written on the key's line: a flow list or TOML array, or a string."""
    text = raw[key.line - 1]
    separator = ":" if front.kind == YAML else "="
    m = re.match(rf"""^(["']?){re.escape(key.name)}\1\s*{separator}[ \t]*""", text)
    after = _following(front, raw, key.line)
    if m is None or (front.kind == YAML and after is not None and not re.match(r"[^\s#-]", after)):
        return None  # not found as written, or a YAML value that goes on over the next lines
    rest = text[m.end() :].rstrip()
    if isinstance(key.value, list):
        if not (rest.startswith("[") and rest.endswith("]")):
            return None  # a comment after the list, or a list over several lines
        content = "[" + ", ".join(_json(v) for v in values) + "]"
    else:
        if "#" in rest or rest.startswith(('"""', "'''", "|", ">")):
            return None  # a comment, or a block scalar: which text is the value is not certain
        if front.kind == YAML:
            content = "".join(f"\n  - {_yaml_scalar(v)}" for v in values)
            return Edit(key.line, len(text[: m.end()].rstrip()) + 1, key.line, len(text) + 1, content)
        content = "[" + ", ".join(_json(v) for v in values) + "]"
    return Edit(key.line, m.end() + 1, key.line, len(text) + 1, content)


def _json(text: str) -> str:
    """A double-quoted string, as JSON, YAML and TOML all read it (TOML also wants DEL escaped)."""
    import json  # only a fix writes front matter: reading it never needs json

    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _yaml_scalar(text: str) -> str:
    """The text as a plain YAML scalar when YAML reads it back as this same text, else double-quoted."""
    if _YAML_PLAIN.match(text) and ": " not in text and " #" not in text and not text.endswith((":", " ")):
        yaml, loader = _yaml()
        try:
            if yaml.load(text, Loader=loader) == text:
                return text
        except yaml.YAMLError:
            pass
    return _json(text)
