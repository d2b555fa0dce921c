"""Name a block's language: the weight of each language's line patterns
(lintkit.formats.code_patterns) its lines match, the best first; and
whether a block is Python beyond doubt, so that CODE001 parses it.

Apart from the reading of code (lintkit.formats.code), which asks only
whether lines are code; META013 and CODE001 ask which language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lintkit.compiled import pattern as _compile
from lintkit.formats.code_patterns import _PATTERNS, MAX_CODE_LINE
from lintkit.memo import text_memo


def language_scores(lines: Sequence[str]) -> dict[str, float]:
    """The weight of each language's line patterns the lines match (a line too long for code matches none)."""
    scores = dict.fromkeys(_PATTERNS, 0.0)
    for line in lines:
        if not line.strip() or len(line) > MAX_CODE_LINE:
            continue
        for lang, patterns in _PATTERNS.items():
            for pattern, weight in patterns:
                if pattern.search(line):
                    scores[lang] += weight
    return scores


@text_memo
def ranked(text: str) -> tuple[tuple[str, float], ...]:
    """Each language with the weight of its patterns the text's lines match, the best first;
    a program written inside a template literal is the string's, not the block's (`_EMBEDDED`)."""
    if "`" in text:
        text = _EMBEDDED.sub(r"\1\3", text)
    scores = language_scores(text.splitlines())
    return tuple(sorted(scores.items(), key=lambda kv: kv[1], reverse=True))


# A program another language runs, written in a JavaScript template literal (Pyodide's release notes: `await
# pyodide.loadPackage("requests")`, `pyodide.runPython(` and a backtick, Python's lines, then a backtick and `)`):
# the lines between the backticks, which had made two JavaScript blocks Python (META013).
_EMBEDDED = _compile(r"^([^`\n]*[(=,:]\s*`[ \t]*\n)((?:[^`\n]*\n)+?)([ \t]*`[^`\n]*)$", re.M)


def detect_language(text: str) -> str | None:
    """The block's language, or None when the evidence is thin or split."""
    (best, top), (_, second) = ranked(text)[:2]
    if top < 2 or top < 1.5 * second or (best == "python" and _NOT_PYTHON.search(text)):
        return None
    return best


# Lines never Python: a directory's name alone (`package/`, `./`: a file tree), a reStructuredText directive
# (`.. code-block:: python`: markup that shows code), a Markdown fence, a reference no decorator is (`@x:x`),
# Erlang's shell (`Eshell V9.3`, `1> msacc:start(10000),msacc:print().`).
_NOT_PYTHON = _compile(
    r"^[ \t]*([\w.-]*/|\.\. [\w:-]+::.*|```.*|@[\w.-]+[/:][\w./:-]*|[\w./:-]*![0-9]+)[ \t]*$|^Eshell V\d|^\d{1,4}> \S",
    re.M,
)
# A label alone at the margin (Kubeflow's Katib output: `Current Optimal Trial:`, then a dict's repr; `Experiment
# conditions:`): no statement is written so; in the corpora's Python blocks only inside docstrings (22 blocks, all
# parsing, so no CODE001 is lost), and in 6 that do not parse, output all.
#
# And a table a program printed, after the call, a blank line between (the Delta Lake blog's `df.show()`, then
# Spark's `+------+----+` and `|name|age|` rows, Polars' `+=====+`, pandas' `0     1` rows): a border of a table or
# a row opening on its index; in the corpora's Python blocks 1 that parses holds one (in a string), 23 that do not.
_PRINTED = _compile(
    r"^[A-Z][a-z]+( [A-Za-z]+){0,4}:[ \t]*$"
    r"|^[ \t]*[+|\u250c\u251c\u2514\u255e\u256d][-=\u2500\u2501\u252c\u253c\u2534+\u256a\u2550]{3,}"
    r".*[+|\u2510\u2524\u2518\u2561\u256e][ \t]*$"
    r"|^\d+[ \t]{2,}[^\s#]",
    re.M,
)
# A list of handles, one a line (Doris' release notes thank `@adonis0147` ... `@zy-kkk`): decorators over nothing.
_HANDLES = _compile(r"(?:\s*@[\w.-]+[ \t]*(?:\n|$))+")


def is_python(text: str, declared_python: bool = False) -> bool:
    """Whether a block is Python beyond doubt, so that its syntax can be checked
    (CODE001): Python's evidence three times any other language's; or, in an
    article declaring Python, some Python evidence and none of another language
    (a snippet broken badly enough to lose its own)."""
    if _NOT_PYTHON.search(text) or _HANDLES.fullmatch(text.strip()) or _PRINTED.search(text):
        return False  # a file tree (`package/`, then its files), perhaps run into the snippet after it; handles;
        # a program's output: labelled around Python's reprs, or a table printed after the call
    scores = dict(ranked(text))
    python = scores.pop("python")
    other = max(scores.values())
    if python >= 2 and python >= 3 * other:
        return True
    return declared_python and python > 0 and other < 1.5 and detect_language(text) is None
