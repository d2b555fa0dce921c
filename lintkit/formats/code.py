"""Recognise unfenced code by what it looks like, and name its language.

Articles carry code without fences, so the parser asks two questions of a run
of lines: is this code rather than prose, and which language is it? Both are
answered with line patterns of the four languages the corpus uses (Python,
JavaScript, PHP, shell) and a guard against prose, which is long, ends with a
full stop, and has few symbols.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lintkit.memo import text_memo

# Lines longer than this are never treated as code: nobody pastes a
# 2,000-character statement, and scanning megabyte lines costs time.
MAX_CODE_LINE = 2000

_PATTERNS: dict[str, list[tuple[re.Pattern[str], float]]] = {
    "python": [
        (re.compile(r"^\s*from\s+[\w.]+\s+import\s+[\w*(]"), 3),
        (re.compile(r"^\s*import\s+[\w.]+(\s+as\s+\w+)?(\s*,\s*[\w.]+)*\s*$"), 2),
        # No colon required: a `def` missing its colon is still Python (CODE001 says so).
        (re.compile(r"^\s*(async\s+)?def\s+\w+\s*\("), 3),
        (re.compile(r"^\s*class\s+\w+\s*[(:]"), 3),
        (re.compile(r"^\s*@[\w.]+(\(.*)?$"), 2),
        (re.compile(r"^\s*(if|elif|while|for|with|try|except|else|finally)\b.*:\s*$"), 2),
        (re.compile(r"\b(self\.|None\b|True\b|False\b|print\(|lambda\b|\bf['\"])"), 1),
        (re.compile(r"^\s*return\b(?!.*;\s*$)"), 1),
    ],
    "javascript": [
        (re.compile(r"^\s*(const|let|var)\s+[\w{\[]"), 3),
        # An arrow function; PHP's `'key' => value` has a quote before the arrow.
        (re.compile(r"(\)|\b[A-Za-z_]\w*)\s*=>"), 1.5),
        (re.compile(r"^\s*(async\s+)?function\b[\s\w]*\("), 3),
        (re.compile(r"\brequire\(['\"]"), 3),
        (re.compile(r"\bconsole\.\w+\("), 3),
        (re.compile(r"^\s*(module\.exports|exports\.)"), 3),
        (re.compile(r"^\s*import\s+.*\s+from\s+['\"]"), 3),
        (re.compile(r"^\s*export\s+(default\s+|const\s+|function\s+|async\s+)"), 3),
        (re.compile(r"===|!=="), 2),
        (re.compile(r"^\s*\}\)*;?\s*$"), 0.5),
        (re.compile(r"\b(req|res)\.\w+"), 1),
    ],
    "php": [
        (re.compile(r"<\?php"), 5),
        (re.compile(r"^\s*\$[A-Za-z_]\w*\s*="), 3),
        (re.compile(r"\$[A-Za-z_]\w*\s*(->|\[)"), 2),
        (re.compile(r"['\"][\w.-]+['\"]\s*=>"), 2),
        (re.compile(r"->\w+\("), 1.5),
        (re.compile(r"\w::\w+\("), 1.5),
        (re.compile(r"^\s*(public|private|protected)\s+(static\s+)?function\b"), 3),
        (re.compile(r"^\s*function\s+\w+\s*\([^)]*\$"), 3),
        (re.compile(r"^\s*(namespace|use)\s+[\w\\]+;"), 3),
        (re.compile(r"^\s*echo\s+['\"$]"), 1),
        (re.compile(r"\b(add_action|add_filter|wp_\w+|Route::|Schema::)"), 3),
    ],
    "shell": [
        (re.compile(r"^#!.*\b(ba|z|da|k)?sh\b"), 5),
        (re.compile(r"^\s*set\s+-[euxo]"), 3),
        (
            re.compile(
                r"^\s*(\$\s+)?(sudo|npm|npx|yarn|pnpm|pip3?|git|docker|kubectl|curl|wget|"
                r"rsync|systemctl|apt-get|apt|brew|composer|chmod|chown|mkdir|tar|scp|ssh|"
                r"export|source|cd|ls|cp|mv|rm|echo|cat|grep|sed|awk|make|uvicorn|gunicorn|"
                r"pytest|ruff|psql|mysql|redis-cli|wp|php|node|python3?|terraform|helm|find|"
                r"pg_dump|gzip|crontab)\s"
            ),
            1.5,
        ),
        (re.compile(r"(&&|\|\||\s\|\s)"), 1.5),
        (re.compile(r"\s--?[a-zA-Z][\w-]*"), 1),
        (re.compile(r"^\s*(for|while|until|if|elif)\b.*;\s*(do|then)\s*$"), 2),
        (re.compile(r"^\s*(done|fi|esac|then|do|else)\s*;?\s*$"), 2),
        (re.compile(r"\$\{?\w+\}?"), 0.5),
    ],
}

# Evidence that a line is code at all, in any language.
_GENERIC_CODE = (
    re.compile(r"[;{}]\s*$"),
    re.compile(r"^\s*[})\]]++[;,)]*+\s*$"),  # possessive: `)` is in both runs, and giving it back never helps
    re.compile(r"^\s*(//|/\*|\*/|#\s|#!)"),
    re.compile(r"^\s*[\w.\[\]'\"$]+\s*[+\-*/.]?=\s*\S"),
    re.compile(r"^\s*[\w.$]+\(.*\)\s*;?\s*$"),
    # Indented lines that are not sentences: the body of a block.
    re.compile(r"^(\s{2,}|\t)[^\s•*-]"),
    re.compile(r"<\?php|\?>"),
)
_SYMBOLS = re.compile(r"[(){}\[\];=<>$@#|&\\]")
_WORDS = re.compile(r"[A-Za-z]+")
_SHELL_COMMANDS = frozenset(
    (
        "sudo npm npx yarn pnpm pip pip3 git docker kubectl curl wget rsync systemctl apt-get brew "
        "composer chmod mkdir uvicorn gunicorn pytest ruff php node python python3 terraform helm"
    ).split()
)
_SUBCOMMANDS = frozenset(
    (
        "install ci run test build start add commit push pull tag checkout clone fetch merge rebase "
        "status diff log compose exec up down require update restart reload apply -m -c -r -v -y -f"
    ).split()
)


_STOPS = ".!?:"
_CLOSERS = "\"')"


def is_prose(line: str) -> bool:
    """A sentence-like line: several words, a final stop, few symbols."""
    stripped = line.strip()
    # A final stop, perhaps inside a closing quote or bracket (the cheapest test first).
    if not stripped or not (
        stripped[-1] in _STOPS or (stripped[-1] in _CLOSERS and len(stripped) > 1 and stripped[-2] in _STOPS)
    ):
        return False
    if len(_SYMBOLS.findall(stripped)) > max(2, len(stripped) // 40):
        return False
    return len(_WORDS.findall(stripped)) >= 6


def _language_scores(lines: Sequence[str]) -> dict[str, float]:
    scores = dict.fromkeys(_PATTERNS, 0.0)
    for line in lines:
        if not line.strip() or len(line) > MAX_CODE_LINE:
            continue
        for lang, patterns in _PATTERNS.items():
            for pattern, weight in patterns:
                if pattern.search(line):
                    scores[lang] += weight
    return scores


def _code_evidence(line: str) -> bool:
    """Code-like patterns in a line that is not prose (the caller has asked `is_prose`)."""
    if len(line) > MAX_CODE_LINE:
        return False
    if any(p.search(line) for p in _GENERIC_CODE):
        return True
    return any(p.search(line) for patterns in _PATTERNS.values() for p, w in patterns if w >= 1.5)


def is_shell_command(line: str) -> bool:
    """One line that is clearly a command (`npm run build`), not a heading
    that happens to start with a tool's name (`git workflow tips`)."""
    parts = line.split()
    if len(parts) < 2 or parts[0].lstrip("$ ") not in _SHELL_COMMANDS:
        return False
    return parts[1] in _SUBCOMMANDS or any(
        p.startswith(("-", "/", "./", "~")) or p in ("&&", "|", ">", ">>") for p in parts[1:]
    )


def looks_like_code(lines: Sequence[str]) -> bool:
    """Whether a run of non-blank lines is code rather than prose."""
    lines = [ln for ln in lines if ln.strip()]
    if not lines:
        return False
    if len(lines) == 1:
        line = lines[0]
        return not is_prose(line) and (is_shell_command(line) or _strong_single_line(line))
    prose = [is_prose(ln) for ln in lines]
    if sum(prose) * 2 >= len(lines):
        return False
    evidence = sum(1 for ln, p in zip(lines, prose, strict=True) if not p and _code_evidence(ln))
    return evidence * 2 >= len(lines)


def _strong_single_line(line: str) -> bool:
    if len(line) > MAX_CODE_LINE:
        return False
    scores = _language_scores([line])
    if max(scores.values()) >= 3:
        return True
    return any(p.search(line) for p in _GENERIC_CODE[:2]) or bool(
        re.search(r"\w\(.*\)", line) and _SYMBOLS.search(line) and len(_WORDS.findall(line)) <= 8
    )


@text_memo
def detect_language(text: str) -> str | None:
    """The block's language, or None when the evidence is thin or split."""
    scores = _language_scores(text.splitlines())
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < 2 or top < 1.5 * second:
        return None
    return best


LANGUAGE_ALIASES = {
    "python": "python",
    "py": "python",
    "python3": "python",
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
