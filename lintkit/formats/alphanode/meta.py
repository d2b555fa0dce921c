"""The alphanode meta block: its syntax as written, and its canonical fields and image records.

The block is kept as written (`Meta`: each field with its label, its shape,
its inline value and its list items, and the lines that are no field), for
the rules on the export's syntax (META001-META003, META009, META014,
STR005). What it says is also given as `Fields` by canonical key and as the
article's record `Image`s, which every other rule reads through lintkit.facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from lintkit.formats.alphanode.schema import (
    IMAGE_RECORDS,
    ITEM_KEYS,
    LIST_KEYS,
    META_FIELDS,
    RECORD_KEYS,
    SCALAR_KEYS,
    FieldKind,
    bullet,
)
from lintkit.memo import text_memo
from lintkit.model import Field, Fields, Image, ImageOrigin, Line

# Longest first, so `ai outline` wins over a shorter label it starts with.
_LABELS = sorted(META_FIELDS, key=len, reverse=True)


class MetaItem(NamedTuple):
    """One `  • value` or `    • key: value` line under a list field."""

    text: str
    line: int
    indent: int
    key: str | None = None
    value: str | None = None


@dataclass(frozen=True)
class MetaField:
    """A field of the meta block as written.

    `value` is the text after the label on the label's own line (scalar form);
    `items` are the bullet lines under it (list form). A field meant to be a
    list but written inline keeps its inline text in `value`, so rules can say
    so instead of the parser guessing.
    """

    name: str
    kind: FieldKind
    line: int
    value: str
    items: tuple[MetaItem, ...] = ()

    @property
    def end_line(self) -> int:
        return self.items[-1].line if self.items else self.line

    def get(self, key: str) -> MetaItem | None:
        """The first `key: value` item with this key."""
        for item in self.items:
            if item.key == key:
                return item
        return None

    def records(self, first_key: str) -> tuple[tuple[MetaItem, ...], ...]:
        """Group `key: value` items into records; a record starts at `first_key`
        or when a key repeats within the current record."""
        out: list[tuple[MetaItem, ...]] = []
        current: list[MetaItem] = []
        for item in self.items:
            keys = {i.key for i in current}
            if current and (item.key == first_key or item.key in keys):
                out.append(tuple(current))
                current = []
            current.append(item)
        if current:
            out.append(tuple(current))
        return tuple(out)


@dataclass(frozen=True)
class Meta:
    """The `alphanode post meta` block."""

    line: int
    fields: tuple[MetaField, ...]
    # Lines inside the block that are neither a known field nor a list item.
    stray: tuple[Line, ...] = ()
    end_line: int = 0

    def get(self, name: str) -> MetaField | None:
        for f in self.fields:
            if f.name == name:
                return f
        return None

    def scalar(self, name: str) -> MetaField | None:
        """The field if it is present and written on one line with a value."""
        f = self.get(name)
        return f if f is not None and f.value else None


# One alternation, longest label first, so the longest prefix wins in one match.
_LABEL = re.compile("|".join(re.escape(label) for label in _LABELS), re.IGNORECASE)


def match_label(line: str) -> tuple[str, str] | None:
    """The meta label a line starts with (longest wins) and the rest of it."""
    m = _LABEL.match(line)
    if m is None:
        return None
    return m.group().lower(), line[m.end() :].strip().lstrip(":").strip()


@text_memo
def _meta_line(text: str) -> tuple[str, int | None, str, str | None, str | None, tuple[str, str] | None] | None:
    """What a line of the meta block is, from its text alone (memoised: meta
    blocks repeat most of their lines): None when blank, otherwise (stripped
    text, bullet indentation or None, item text, `key: value` split, label
    match for a line that is not a bullet)."""
    body = text.strip()
    if not body:
        return None
    found = bullet(text)
    if found is None:
        return body, None, "", None, None, match_label(body)
    indent, item = found
    item = item.strip()
    if ":" not in item:
        return body, indent, item, None, None, None
    key, _, val = item.partition(":")
    return body, indent, item, key.strip().casefold(), val.strip(), None


def parse_meta(lines: list[str], start: int, end: int) -> Meta:
    """The meta block from its heading (line index `start`) to `end`, as written."""
    fields: list[MetaField] = []
    stray: list[Line] = []
    # The field being filled: its name, kind, line and value, and its items.
    name, kind, line, value = "", FieldKind.SCALAR, 0, ""
    items: list[MetaItem] | None = None  # None: no field open
    keyed = False  # the open field's items are `key: value`
    skipping = False  # list items of an unknown field belong to it, not to us

    for i in range(start + 1, end):
        parsed = _meta_line(lines[i])
        if parsed is None:
            continue
        body, indent, item, key, val, label = parsed
        if indent is not None:
            if items is None:
                if not skipping:
                    stray.append(Line(body, i + 1))
                continue
            if keyed and key is not None:
                items.append(MetaItem(item, i + 1, indent, key, val))
            else:
                items.append(MetaItem(item, i + 1, indent))
            continue
        if items is not None:
            fields.append(MetaField(name, kind, line, value, tuple(items)))
        if label is None:
            items, skipping = None, True
            stray.append(Line(body, i + 1))
            continue
        name, value = label
        kind, line, items, skipping = META_FIELDS[name], i + 1, [], False
        keyed = kind in (FieldKind.KEY_VALUE, FieldKind.RECORDS)
    if items is not None:
        fields.append(MetaField(name, kind, line, value, tuple(items)))
    return Meta(line=start + 1, fields=tuple(fields), stray=tuple(stray), end_line=end)


def _item_field(item: MetaItem) -> Field:
    return Field(item.value if item.value is not None else item.text, item.line)


def canonical_fields(meta: Meta) -> Fields:
    """What the block says, by canonical key (schema.SCALAR_KEYS and the others):
    each label's first occurrence, and in it each item key's first item."""
    out: dict[str, Field] = {}
    seen: set[str] = set()
    for f in meta.fields:
        if f.name in seen:
            continue
        seen.add(f.name)
        if f.name in SCALAR_KEYS:
            if f.value:
                out[SCALAR_KEYS[f.name]] = Field(f.value, f.line)
        elif f.name in LIST_KEYS:
            value = f.value or tuple(Field(i.text, i.line) for i in f.items)
            out[LIST_KEYS[f.name]] = Field(value, f.line)
        elif f.name in RECORD_KEYS:
            key, first = RECORD_KEYS[f.name]
            records = tuple({i.key: _item_field(i) for i in record if i.key is not None} for record in f.records(first))
            out[key] = Field(f.value or records, f.line)
        for item in f.items:
            canonical = ITEM_KEYS.get((f.name, item.key or ""))
            if canonical is not None and canonical not in out:
                out[canonical] = _item_field(item)
    return Fields(out)


def record_images(meta: Meta) -> tuple[Image, ...]:
    """The image records of the first `image sources` field: source, url and caption each."""
    label, first = IMAGE_RECORDS
    f = meta.get(label)
    if f is None:
        return ()
    images = []
    for record in f.records(first):
        parts: dict[str, Field] = {}
        for item in record:
            if item.key in ("source", "url", "caption") and item.key not in parts:
                parts[item.key] = _item_field(item)
        images.append(
            Image(ImageOrigin.RECORD, record[0].line, parts.get("url"), parts.get("source"), parts.get("caption"))
        )
    return tuple(images)
