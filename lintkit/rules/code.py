"""Code rules (CODE): the article's code blocks."""

from __future__ import annotations

import ast
import warnings
from collections.abc import Iterator

from lintkit import facts
from lintkit.formats.code import canonical_language, detect_language
from lintkit.model import Article, Block, Severity
from lintkit.rules.base import Category, Context, Hit, rule


def python_blocks(article: Article) -> Iterator[Block]:
    """Blocks that say they are Python (a fenced block's language); of the
    others, those detected as Python, or undetected in an article declaring Python."""
    declared = facts.value(article, "code_language")
    declared = canonical_language(declared) if declared is not None else None
    for block in article.code_blocks():
        if block.language is not None:
            if canonical_language(block.language) == "python":
                yield block
            continue
        detected = detect_language(block.text)
        if detected == "python" or (detected is None and declared == "python"):
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
    block's language; otherwise detected as Python, or of no recognised
    language in an article whose `code language` is python) parses with
    Python's own parser (`ast.parse`, which runs nothing). A common
    indentation is removed first; fragments such as a top-level `return` or
    `await` are accepted. The finding points at the offending line of the
    article.

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
        texts = [ln.text for ln in block.lines]
        indent = min((len(t) - len(t.lstrip()) for t in texts if t.strip()), default=0)
        source = "\n".join(t[indent:] for t in texts)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # SyntaxWarning for odd escapes is not an error
                ast.parse(source)
        except SyntaxError as exc:
            index = min(max((exc.lineno or 1) - 1, 0), len(block.lines) - 1)
            column = max(1, (exc.offset or 1) + indent)
            yield Hit(f"Python code does not parse: {exc.msg}", block.lines[index].line, column)
        except (ValueError, RecursionError, MemoryError) as exc:
            yield Hit(f"Python code cannot be parsed: {exc}", block.line)


RULES = (code_syntax_error,)
