"""Which front matter keys mean what: the names static site generators use.

Each canonical key (what lintkit.facts reads) lists the front matter keys
that mean it, first match wins: Hugo (`title`, `date`, `lastmod`,
`description`, `draft`), Jekyll (`last_modified_at`, `excerpt`), Zola
(`updated`, `description`, `draft`), Docusaurus (`last_update`, `description`),
Astro (`pubDate`, `updatedDate`) and common custom keys (`reading_time`,
`checklist`). A project names its own in `[tool.lintkit.markdown] keys`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

KEYS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "title": ("title",),
        "published": ("date", "publishDate", "published", "pubDate", "created"),
        "updated": ("lastmod", "updated", "last_modified_at", "lastModified", "updatedDate", "modified"),
        "description": ("description", "summary", "excerpt"),
        "draft": ("draft",),
        "reading_time": ("reading_time", "readingTime", "reading-time", "read_time"),
        "checklist": ("checklist",),
    }
)

# The canonical keys whose value is a date (META003 says so when it is not one).
DATES = ("published", "updated")
