"""Markdown with YAML or TOML front matter: `*.md`, `*.markdown`, `*.mdx`.

The front matter (frontmatter) gives the meta: its keys are mapped to
canonical keys by name (schema, or the config's `markdown_keys`); the body
is read with markdown-it-py (parser). What only Markdown has (the front
matter as written: its kind, every key with its line, keys written twice,
the parse error) is `Article.syntax`, a `FrontMatter`, for the rules
declared for this format. The parser and the front matter reader are
imported on the first parse (or the first look at a front matter): the
rules of this format import this package, and a run on the export alone, or
one whose results all come from the cache, never parses Markdown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from lintkit.formats.decode import split_lines
from lintkit.formats.markdown import schema
from lintkit.model import Article, Field, Fields, Line, Problem, ProblemKind
from lintkit.text import clean_line, has_special

if TYPE_CHECKING:
    from lintkit.formats.markdown.frontmatter import FrontMatter

__all__ = ["MARKDOWN", "Markdown", "front_matter"]

# The options the format reads (declared with the rules that use them, in lintkit.rules).
CHECKLIST_HEADINGS: tuple[str, ...] = ("checklist", "implementation checklist")


class Markdown:
    """Markdown as an input format; `configured` gives one that reads the config's options."""

    name = "markdown"
    suffixes = (".md", ".markdown", ".mdx")

    def __init__(
        self,
        keys: Mapping[str, Sequence[str]] = schema.KEYS,
        checklist_headings: Sequence[str] = CHECKLIST_HEADINGS,
        require_checklist: bool = False,
    ) -> None:
        # The config's names for a key are tried before the defaults.
        self.keys = MappingProxyType({k: (*keys.get(k, ()), *names) for k, names in schema.KEYS.items()})
        self.checklist_headings = tuple(checklist_headings)
        self.require_checklist = require_checklist

    def configured(self, options: Mapping[str, Any]) -> Markdown:
        return Markdown(
            options.get("markdown_keys", {}),
            options.get("checklist_headings", CHECKLIST_HEADINGS),
            bool(options.get("require_checklist", False)),
        )

    def parse(self, text: str, path: str) -> Article:
        from lintkit.formats.markdown import frontmatter, parser
        from lintkit.formats.markdown.sections import cut, front_fields, suppressions

        raw = split_lines(text)
        lines = [clean_line(line) for line in raw] if has_special(text) else [line.rstrip() for line in raw]
        front = frontmatter.read(frontmatter.split(raw))
        found = parser.walk(parser.body_source(raw, front, path.lower().endswith(".mdx")))
        fields = front_fields(front, self.keys)
        titled = fields["title"].value if "title" in fields and isinstance(fields["title"].value, str) else ""
        title, lead, sections = cut(found, self.checklist_headings, titled)
        # A page is published unless its front matter says it is a draft (the revision status freshness reads).
        draft = fields.get("draft")
        fields["status"] = Field(
            "drafted" if draft is not None and draft.value is True else "published",
            (draft.line if draft is not None else max(front.start, 1)),
        )
        if title is None and "title" in fields and isinstance(fields["title"].value, str) and fields["title"].value:
            title_field = fields["title"]
            title = Line(title_field.value, title_field.line)
        return Article(
            path=path,
            lines=tuple(lines),
            text=text,
            format=self.name,
            title=title,
            lead=lead,
            sections=sections,
            images=tuple(found.images),
            fields=Fields(fields),
            meta_line=front.start if front.kind else None,
            body_start=front.end + 1 if front.kind else 1,
            checklist_required=self.require_checklist,
            suppressions=suppressions(found.comments),
            syntax=front,
            problems=(Problem(ProblemKind.UNPARSED_META, *front.error),) if front.error is not None else (),
        )


MARKDOWN = Markdown()


def front_matter(article: Article) -> FrontMatter:
    """The front matter as written, for the rules declared for this format."""
    from lintkit.formats.markdown import frontmatter
    from lintkit.formats.markdown.frontmatter import FrontMatter

    syntax = article.syntax
    return syntax if isinstance(syntax, FrontMatter) else frontmatter.NONE
