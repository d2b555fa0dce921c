"""Names of code languages: what a fence's info string or a `code language`
field says, in the names lintkit.formats.detect uses.

Apart from the patterns of lintkit.formats.code, so that a run whose code
blocks all declare their language (most Markdown) never compiles them.
"""

from __future__ import annotations

# The languages `code language` is checked against (META013); the others are
# recognised so that their code is read as code and never taken for one of these.
CHECKED_LANGUAGES = frozenset({"python", "javascript", "php", "shell"})

LANGUAGE_ALIASES = {
    "python": "python",
    "py": "python",
    "python3": "python",
    "py3": "python",
    "pycon": "python",
    "ipython": "python",
    "ipython3": "python",
    "javascript": "javascript",
    "js": "javascript",
    "node": "javascript",
    "node.js": "javascript",
    "nodejs": "javascript",
    "typescript": "javascript",
    "ts": "javascript",
    "php": "php",
    "shell": "shell",
    "bash": "shell",
    "sh": "shell",
    "zsh": "shell",
    "console": "shell",
}


def canonical_language(name: str) -> str | None:
    """A declared `code language` in the names `detect_language` uses."""
    return LANGUAGE_ALIASES.get(name.strip().casefold())
