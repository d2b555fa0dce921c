"""The alphanode article export (../shared/FORMAT.md): `*.txt`, unfenced code, a meta block.

Everything that is alphanode lives in this package: the headings and their
roles, the bullets, the meta labels and their canonical keys (schema), the
meta block as written (meta), and the parser of the whole text (parser).
The parser (and the code patterns it uses) is imported on the first parse:
the rules of this format import this package, and a run on Markdown alone,
or one whose results all come from the cache, never parses an export.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from lintkit.model import Article, Problem, ProblemKind

if TYPE_CHECKING:
    from lintkit.formats.alphanode.parser import Export

__all__ = ["ALPHANODE", "Alphanode", "export"]


class Alphanode:
    """The alphanode export as an input format."""

    name = "alphanode"
    suffixes = (".txt",)

    def configured(self, options: Mapping[str, Any]) -> Alphanode:
        return self  # the export reads no option

    def parse(self, text: str, path: str) -> Article:
        from lintkit.formats.alphanode.parser import parse

        article = parse(text, path, self.name)
        if not article.sections and article.meta_line is None:
            problem = Problem(
                ProblemKind.UNREADABLE,
                "no article structure: no section headings and no `alphanode post meta` block",
            )
            return replace(article, readable=False, problems=(problem, *article.problems))
        return article


ALPHANODE = Alphanode()


def export(article: Article) -> Export:
    """What only the export has, for the rules declared for this format."""
    from lintkit.formats.alphanode.parser import Export

    syntax = article.syntax
    if not isinstance(syntax, Export):  # an unreadable file: none of it
        return Export(None, None, None)
    return syntax
