"""The alphanode export's vocabulary (../shared/FORMAT.md): headings, bullets, meta labels,
and how its meta labels map to lintkit's canonical keys (lintkit.facts)."""

from __future__ import annotations

import enum
import re

from lintkit.model import Role

CHECKLIST_HEADING = "implementation checklist"
FINAL_NOTES_HEADING = "final notes"
META_HEADING = "alphanode post meta"
TRAILER = "similar posts"

KNOWN_HEADINGS = frozenset(
    {
        "why this matters",
        "the practical approach",
        "production checks",
        "security and maintenance notes",
        CHECKLIST_HEADING,
        FINAL_NOTES_HEADING,
    }
)
# A section's role by its (normalised) heading; any other heading is body.
ROLES = {CHECKLIST_HEADING: Role.CHECKLIST, FINAL_NOTES_HEADING: Role.FINAL_NOTES}

BULLETS = "•‣◦▪*-"

# The export's identifiers: each carries the article's six-digit id (META005).
REFERENCE = re.compile(r"^anp-ref-(\d{6})-(\d{4})$")
SOURCE_ID = re.compile(r"^alphanode-(\d{6})$")
PICSUM_SEED = re.compile(r"/seed/anp-(\d+)(?:/|$)")


class FieldKind(enum.Enum):
    SCALAR = "scalar"
    LIST = "list"
    KEY_VALUE = "key-value"
    RECORDS = "records"


# Meta labels in FORMAT.md order, with the shape each takes.
META_FIELDS: dict[str, FieldKind] = {
    "topic": FieldKind.SCALAR,
    "summary": FieldKind.SCALAR,
    "ai outline": FieldKind.KEY_VALUE,
    "ai brief": FieldKind.SCALAR,
    "stack": FieldKind.LIST,
    "tools": FieldKind.LIST,
    "code language": FieldKind.SCALAR,
    "difficulty": FieldKind.SCALAR,
    "reading time": FieldKind.SCALAR,
    "view count": FieldKind.SCALAR,
    "score": FieldKind.KEY_VALUE,
    "revision": FieldKind.KEY_VALUE,
    "reference": FieldKind.SCALAR,
    "hash": FieldKind.SCALAR,
    "flags": FieldKind.KEY_VALUE,
    "checklist": FieldKind.LIST,
    "entities": FieldKind.RECORDS,
    "image sources": FieldKind.RECORDS,
    "payload": FieldKind.KEY_VALUE,
    "notes": FieldKind.LIST,
}

# Canonical keys (lintkit.facts), from the first occurrence of each label, as
# readers of the export take it:
# - a one-line field's value, when it is written on the label's line;
SCALAR_KEYS = {
    "topic": "topic",
    "summary": "summary",
    "ai brief": "brief",
    "code language": "code_language",
    "difficulty": "difficulty",
    "reading time": "reading_time",
    "view count": "view_count",
    "reference": "reference",
    "hash": "hash",
}
# - the first `key: value` item with that key of a key-value field;
ITEM_KEYS = {
    ("ai outline", "problem"): "outline_problem",
    ("ai outline", "stack"): "outline_stack",
    ("score", "quality"): "declared_quality",
    ("score", "freshness"): "declared_freshness",
    ("score", "depth"): "declared_depth",
    ("score", "clarity"): "declared_clarity",
    ("revision", "status"): "status",
    ("revision", "version"): "version",
    ("revision", "last reviewed"): "last_reviewed",
    ("flags", "has images"): "has_images",
    ("flags", "image heavy"): "image_heavy",
    ("payload", "paragraphs"): "paragraph_count",
    ("payload", "seed"): "seed",
    ("payload", "source id"): "source_id",
}
# - a list (its items), or records (their keys): the label's own text when written on one line.
LIST_KEYS = {"stack": "stack", "tools": "tools", "checklist": "checklist", "notes": "notes"}
RECORD_KEYS = {"entities": ("entities", "name")}  # label -> (canonical key, the key a record starts with)
# The image records: each becomes an Image of the article (its source, url and caption).
IMAGE_RECORDS = ("image sources", "source")


def bullet(line: str) -> tuple[int, str] | None:
    """A bullet line's indentation and its text after the bullet (no regex: every line asks)."""
    body = line.lstrip()
    if len(body) < 2 or body[0] not in BULLETS or not body[1].isspace():
        return None
    return len(line) - len(body), body[1:].lstrip()


def strip_bullet(text: str) -> str:
    s = text.lstrip()
    if s and s[0] in BULLETS:
        return s[1:].strip()
    return s.strip()


def normalize_heading(text: str) -> str:
    return " ".join(text.split()).casefold()
