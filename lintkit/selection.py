"""Which rules run: select / ignore by code or prefix, the longest prefix wins.

`ALL` selects everything. A code matched by a select and an ignore prefix of
the same length is ignored (the explicit "no" wins the tie), as in ruff.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Collection, Iterable, Sequence

from lintkit.compiled import pattern as _compile
from lintkit.structs import dataclass

_SELECTOR = _compile(r"^(ALL|[A-Z]{2,5}[0-9]{0,3})$")


def is_selector(text: str) -> bool:
    return bool(_SELECTOR.match(text))


def check_selectors(selectors: Iterable[str], codes: Collection[str]) -> list[str]:
    """The selectors that name no known rule (a typo is a config error)."""
    return [s for s in selectors if not is_selector(s) or (s != "ALL" and not any(c.startswith(s) for c in codes))]


def _specificity(code: str, selectors: Iterable[str]) -> int:
    """Length of the longest selector matching `code` (ALL counts as 0), or -1."""
    best = -1
    for s in selectors:
        if s == "ALL":
            best = max(best, 0)
        elif code.startswith(s):
            best = max(best, len(s))
    return best


@dataclass(frozen=True)
class Selection:
    """Which rules run: select, ignore and extend-select, by code or prefix."""

    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()

    def enabled(self, code: str, default_enabled: bool = True) -> bool:
        """Whether `code` runs. A rule that is off by default runs only when a
        selector names it more specifically than `ALL`."""
        chosen = _specificity(code, self.select + self.extend_select)
        dropped = _specificity(code, self.ignore)
        if chosen < 0 or dropped >= chosen:
            return False
        return default_enabled or chosen > 0


@dataclass(frozen=True)
class PerFileIgnore:
    """Codes ignored in the files a glob pattern matches."""

    pattern: str
    codes: tuple[str, ...]

    def matches(self, path: str) -> bool:
        return glob_match(path, self.pattern)


def glob_match(path: str, pattern: str) -> bool:
    """A glob against a path (POSIX separators), its file name, or, for a
    pattern ending in `/`, any folder on the path."""
    posix = path.replace("\\", "/").removeprefix("./")
    if pattern.endswith("/"):
        folder = pattern.rstrip("/")
        return any(fnmatch.fnmatchcase(part, folder) for part in posix.split("/")[:-1]) or (
            fnmatch.fnmatchcase(posix, folder + "/*")
        )
    name = posix.rsplit("/", 1)[-1]
    return fnmatch.fnmatchcase(posix, pattern) or fnmatch.fnmatchcase(name, pattern)


def ignored_for(path: str, rules: Sequence[PerFileIgnore], code: str) -> bool:
    return any(r.matches(path) and _specificity(code, r.codes) >= 0 for r in rules)
