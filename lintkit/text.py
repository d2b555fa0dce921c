"""Small text helpers shared by the parser, the rules and the scores."""

from __future__ import annotations

import functools
import math
import re
import sys
from collections.abc import Iterator
from typing import Any

from lintkit.compiled import pattern as _compile
from lintkit.memo import large_text_memo

# Invisible characters that change no meaning but break comparisons: zero-width
# spaces and joiners, word joiner, BOM, and the bidirectional marks/overrides.
_INVISIBLE = _compile("[\u200b-\u200f\u2060\ufeff\u202a-\u202e\u2066-\u2069]")
# Terminal colour codes pasted from a console.
_ANSI = _compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
_SPACE_LIKE = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\t": " "})
_WS = _compile(r"\s+")
# The indentation of a line that has tabs in it (Go's, a Makefile's) is kept as written, so
# that code indented with one tab keeps an indentation and every column stays the file's
# (the tabs inside a line are one space each, which keeps the columns too).
_LEADING_TABS = _compile(r"^[ \t]*\t")
_WORD = _compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
# The same words in ASCII text, found a fifth faster (a letter or digit of ASCII is
# one in Unicode too: the classes agree there). tests/test_properties.py checks.
_ASCII_WORD = _compile(r"[^\W_]+(?:['’.-][^\W_]+)*", re.ASCII)
# A sentence ends at . ! or ? followed by whitespace (or the end of the text).
_SENTENCE_END = _compile(r"(?<=[.!?])\s+")


# What `clean_line` changes in a line besides its trailing blanks: a tab and an
# escape are the only ASCII characters among them (has_special).
_SPECIAL = _compile("[\x1b\t\u00a0\u2007\u202f\u200b-\u200f\u2060\ufeff\u202a-\u202e\u2066-\u2069]")


def has_special(text: str) -> bool:
    """Whether `clean_line` has more to do in this text than drop trailing blanks.
    In ASCII text only a tab or an escape can be (ten times faster to rule out
    than the pattern, which a line of prose asked at every character)."""
    if text.isascii():
        return "\t" in text or "\x1b" in text
    return _SPECIAL.search(text) is not None


def clean_line(raw: str) -> str:
    """A line as the rules see it: no trailing blanks, no invisible marks,
    no colour codes, no-break spaces and tabs as spaces (but those of the
    indentation, kept)."""
    if not has_special(raw):  # the common case: nothing to clean
        return raw.rstrip()
    text = _ANSI.sub("", raw)
    text = _INVISIBLE.sub("", text)
    lead = _LEADING_TABS.match(text)
    rest = text[lead.end() :] if lead else text
    rest = rest.translate(_SPACE_LIKE).rstrip()
    return lead.group(0) + rest if lead and rest else rest


def plural(n: int, word: str, many: str | None = None) -> str:
    """`1 warning`, `6 warnings`, `0 infos`: a count and its noun, agreed."""
    return f"{n} {word if n == 1 else many or word + 's'}"


def fold(text: str) -> str:
    """Fold case and collapse whitespace: the identity of a paragraph or item."""
    return " ".join(text.split()).casefold()


def words(text: str) -> list[str]:
    return (_ASCII_WORD if text.isascii() else _WORD).findall(text)


def word_count(text: str) -> int:
    return len(words(text))


def sentences(text: str) -> Iterator[tuple[int, str]]:
    """Split prose into sentences, yielding (offset in text, sentence)."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        chunk = text[start : m.start()]
        if chunk.strip():
            yield start, chunk
        start = m.end()
    tail = text[start:]
    if tail.strip():
        yield start, tail.rstrip()


def sentence_key(sentence: str) -> str:
    """A sentence's identity: folded, without its final punctuation."""
    return fold(sentence).rstrip(".!?;: ")


def shorten(text: str, width: int = 60) -> str:
    """One line of at most `width` characters, for quoting in a message."""
    flat = _WS.sub(" ", text).strip()
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


_TOKEN = _compile(r"[\w'’#.-]*\w")
_NEGATIONS = frozenset(
    "not no never none nothing nobody neither nor without cannot can't won't don't doesn't didn't isn't "
    "aren't wasn't weren't hasn't haven't hadn't shouldn't wouldn't couldn't mustn't".split()
)


@large_text_memo  # a paragraph is compared with many others: its tokens are found once
def meaning(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """A text's tokens (case folded) as two sets: those without a digit (its
    words) and those with one (its numbers: a date, a version, `#12`), with
    the operators it names among the numbers (rspec's `supports the ==
    matcher` / `the =~ matcher`: the words alike, the point the operator).

    What `differs_in_what_matters` compares. Two texts with the same words
    differ in what matters exactly when their numbers differ, so a family of
    templated paragraphs (`status update 41: ...`, `status update 42: ...`)
    is grouped by its words and never compared pair by pair (see
    lintkit.analysis and lintkit.corpus.update)."""
    folded = text.casefold()
    tokens = set(_TOKEN.findall(folded))
    numbers = frozenset(t for t in tokens if _has_digit(t))
    if "=" in folded or "~" in folded or "&&" in folded or "||" in folded:
        numbers |= frozenset(_OPERATOR.findall(folded))
    return frozenset(tokens - numbers), numbers


# An operator a text names, two signs or more: `==`, `=~`, `!=`, `<=`, `&&` (not a dash's `--`).
_OPERATOR = _compile(r"[=!<>~]{2,}|&&|\|\|")


def _has_digit(token: str) -> bool:
    # Most tokens are words (no digit, said in C); then a regular expression
    # for an ASCII token. A loop over the characters was a tenth of a cold run.
    if token.isalpha():
        return False
    if token.isascii():
        return _ASCII_DIGIT(token) is not None
    return any(map(str.isdigit, token))


_ASCII_DIGIT = _compile(r"[0-9]").search


def near_matches(query: str, choices: list[str | None], threshold: float) -> list[tuple[str, float, int]]:
    """(text, score, position) of the choices at least `threshold` alike to
    `query` by rapidfuzz's `fuzz.ratio` (None choices skipped), best first, the
    first of equals first: what DUP002 and the corpus index call near."""
    process, fuzz = _rapidfuzz()
    return process.extract(query, choices, scorer=fuzz.ratio, processor=None, score_cutoff=threshold, limit=None)  # type: ignore[no-any-return]


@functools.cache
def _rapidfuzz() -> tuple[Any, Any]:
    """rapidfuzz's `process` and `fuzz`, imported by the first comparison, not
    at start-up (a run may make none), and found once: an import statement at
    every comparison cost 1,000 generated posts 57,000 module lookups."""
    from rapidfuzz import fuzz, process

    return process, fuzz


def lengths_within(length: int, threshold: float) -> tuple[int, int]:
    """The shortest and longest text that can be at least `threshold` alike to
    one of `length` characters by rapidfuzz's `fuzz.ratio`, which is 200 times
    their longest common subsequence over their summed lengths: at most
    200 * shorter / (shorter + longer). A pair outside is never a near match,
    so it is not handed to rapidfuzz (in a bucket shared by hundreds of
    paragraphs, most of them)."""
    if threshold <= 0:
        return 0, sys.maxsize
    # Rounded outwards (a borderline pair is left to rapidfuzz): exact whatever the float.
    return (
        math.floor(length * threshold / (200 - threshold) - 1e-6),
        math.ceil(length * (200 - threshold) / threshold + 1e-6),
    )


def differs_in_what_matters(a: str, b: str) -> bool:
    """Whether two near-identical texts differ where the meaning is: a negation
    (`has made` / `has not made`), a word and its opposite (`valid` /
    `invalid`, `enabled` / `disabled`), or only in numbers (a date, a
    version, an issue number, a count). Such a pair is not a near duplicate."""
    (words_a, numbers_a), (words_b, numbers_b) = meaning(a), meaning(b)
    changed = (words_a ^ words_b) | (numbers_a ^ numbers_b)
    if not changed:
        return False
    if any(t.replace("’", "'") in _NEGATIONS or t.endswith(("n't", "n’t")) for t in changed):
        return True
    if numbers_a == numbers_b and _opposite(words_a - words_b, words_b - words_a):
        return True
    if _names(a) != _names(b):
        return True  # entries about two APIs or paths (`remote.require()` / `remote.getGlobal()`)
    if len(changed) == 1 and _case_added(a, b):
        return True  # `Make a Http Request` / `Make a Http GET Request`: one case of the other's general one
    return words_a == words_b or _one_template(a, b)  # every token changed has a digit, or a template's name


# A name only code has: a call (`remote.getGlobal()`, `require()`), a scoped name (`std::vector`), a path of
# three parts or from a root (`platform/xcode/macosx`, `/etc/hosts`), a name with an underscore (`max_retries`) or
# in camel case (`preventDefault`); not a product's `Node.js`, `iOS`, `macOS`, `iPhone`, nor `and/or`, `e.g.`.
_NAME = _compile(
    r"\b[A-Za-z_][\w.]*\(|\b\w+::\w+|(?<![\w/])(?:[.~]?/)?[\w.-]+(?:/[\w.-]+){2,}|(?<![\w/])[.~]?/[\w.-]+(?:/[\w.-]+)*"
    r"|\b[A-Za-z]\w*_\w+|\b[a-z]{2,}[A-Z][a-z]\w*"
)


def _names(text: str) -> frozenset[str]:
    """The code names a text holds (`_NAME`): an edit copies them, entries written from one
    template differ in them. (The generated near duplicates change plain words only.)"""
    if not ("." in text or "_" in text or ":" in text or "/" in text or not text.islower()):
        return frozenset()
    return frozenset(m for m in _NAME.findall(text) if m.casefold() not in _NOT_NAMES)


_NOT_NAMES = frozenset(("e.g", "i.e", "etc"))


def _one_template(a: str, b: str) -> bool:
    """Whether two texts are one template filled with two names: every difference is the same word for
    the same other word, in two places at least (Foundation's `Add the .hollow class to a button to give
    it a hollow style ...` / `Add the .clear class ... a clear style ...`): a reference's entries, not a
    paragraph copied and edited, whose edits each change one place."""
    tokens_a = [t.lstrip(".#$-") for t in _TOKEN.findall(a.casefold())]
    tokens_b = [t.lstrip(".#$-") for t in _TOKEN.findall(b.casefold())]
    if len(tokens_a) != len(tokens_b):
        return False
    swaps = {(x, y) for x, y in zip(tokens_a, tokens_b, strict=True) if x != y}
    places = sum(x != y for x, y in zip(tokens_a, tokens_b, strict=True))
    return len(swaps) == 1 and places >= 2


def _case_added(a: str, b: str) -> bool:
    """Whether one text is the other with one word added, a member of a set (`_SETS`), as a reference names a
    case (Capacitor's `Make a Http Request ...` / `Make a Http GET Request ...`): the entry for one case
    beside the general one. (An edit adds a plain word; the generated near duplicates do.)"""
    tokens_a, tokens_b = a.split(), b.split()
    if abs(len(tokens_a) - len(tokens_b)) != 1:
        return False
    short, long_ = (tokens_a, tokens_b) if len(tokens_a) < len(tokens_b) else (tokens_b, tokens_a)
    at = next((i for i, (x, y) in enumerate(zip(short, long_, strict=False)) if x != y), len(short))
    added = long_[at]
    return short == long_[:at] + long_[at + 1 :] and len(added) >= 3 and added.casefold() in _SET_OF


def _opposite(only_a: frozenset[str], only_b: frozenset[str]) -> bool:
    """Whether some word that only one text has and one that only the other has are opposites (`add` /
    `remove 1 replica`, `ingress` / `egress traffic`, `co-locate` / `separate`, `valid` / `invalid`), or two
    members of one set (`red` / `green`, `sine` / `cosine`, `update` / `delete`, a token good for `one
    minute` / `one hour`), whatever other words changed with them (git-lfs's `push access ... before they
    can create locks` / `pull access ... before they can list locks`): two cases written in the same
    words, not a repeat. (An edit puts a word for its like, never for its opposite.)"""
    pairs = [(a, b) for a in only_a for b in only_b if _opposite_words(a, b) or _one_set(a, b)]
    return bool(pairs)


def _opposite_words(a: str, b: str) -> bool:
    """A known pair (`_OPPOSITES`), or a word and its opposite made by a prefix (`valid` / `invalid`,
    `able` / `unable`, `allowed` / `disallowed`) for words of four letters or more (`put` is not the
    opposite of `input`), or names that differ in one part, that part so (`process.stdout` /
    `process.stderr`)."""
    if (a, b) in _OPPOSITES:
        return True
    if "." in a and "." in b:  # names that differ in one part (`process.stdout` / `process.stderr`)
        parts_a, parts_b = a.split("."), b.split(".")
        changed = [(x, y) for x, y in zip(parts_a, parts_b, strict=False) if x != y]
        return len(parts_a) == len(parts_b) and len(changed) == 1 and _opposite_words(*changed[0])
    if _affixed_pair(a, b):  # `.dropstart` / `.dropend`, `fixed-top` / `fixed-bottom`, `dropup-center`
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 4 and long_.endswith(short) and long_[: -len(short)] in _NEGATING_PREFIXES


def _affixed_pair(a: str, b: str) -> bool:
    """Whether two words are one known pair (`_OPPOSITES`) or two members of one set (`_SETS`) with the same word
    parts around them: a class name's (`dropleft` / `dropright`, `fixed-top` / `fixed-bottom`, `dropup-center` /
    `dropdown-center`), a build target's (LÖVE's `love-macosx` / `love-ios`)."""
    prefix = _shared(a, b)
    suffix = _shared(a[prefix:][::-1], b[prefix:][::-1])
    for i in range(prefix + 1):  # the pair's words may share letters with the parts around them
        for j in range(suffix + 1):
            core_a, core_b = a[i : len(a) - j], b[i : len(b) - j]
            if (i or j) and ((core_a, core_b) in _OPPOSITES or _one_set(core_a, core_b) or _platforms(core_a, core_b)):
                return True
    return False


def _platforms(a: str, b: str) -> bool:
    """Two platforms' names (`macosx` / `ios`), inside a name only: a product's name alone is none (the export's
    boilerplate names its stack so, and a paragraph about another product stays a near repeat)."""
    return a != b and a in _PLATFORMS and b in _PLATFORMS


_PLATFORMS = frozenset("windows linux macos macosx osx ios android freebsd".split())


def _shared(a: str, b: str) -> int:
    """How many characters two words begin with alike."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


_NEGATING_PREFIXES = frozenset(("in", "un", "dis", "non-", "non", "im", "ir", "il"))
# Sets whose members are each a case of their own, none the other's opposite: units of one measure (a token good
# for `one minute` / `one hour`), and what a reference's templated entries name (Stylus's `Return the red component
# of the given color` / `... green component ...`, `sine` / `cosine`, sqlframe's `update` / `delete` method,
# HTTP's `GET` / `PUT` request, a weekday, a month). A word may be in two sets (`read`).
_SETS = tuple(
    frozenset(members.split())
    for members in (
        "ms millisecond milliseconds second seconds minute minutes hour hours day days week weeks month months "
        "year years byte bytes kb mb gb tb kib mib gib tib",
        "red green blue alpha hue saturation lightness cyan magenta yellow",
        "sin cos tan sine cosine tangent asin acos atan arcsine arccosine arctangent sinh cosh tanh",
        "get put post patch delete head create read update insert select upsert",
        "http https ssh ftp sftp ws wss",
        "read write execute",
        "monday tuesday wednesday thursday friday saturday sunday",
        "january february april june july august september october november december",
    )
)
_SET_OF: dict[str, frozenset[int]] = {}
for _index, _members in enumerate(_SETS):
    for _member in _members:
        _SET_OF[_member] = _SET_OF.get(_member, frozenset()) | {_index}


def _one_set(a: str, b: str) -> bool:
    """Whether two words are members of one set (`_SETS`)."""
    return a != b and bool(_SET_OF.get(a, frozenset()) & _SET_OF.get(b, frozenset()))


_OPPOSITES = {
    (a, b)
    for pair in (
        "add remove",
        "adds removes",
        "added removed",
        "adding removing",
        "enable disable",
        "enables disables",
        "enabled disabled",
        "allow deny",
        "allows denies",
        "allowed denied",
        "ingress egress",
        "incoming outgoing",
        "inbound outbound",
        "input output",
        "upload download",
        "uploads downloads",
        "uploading downloading",
        "push pull",
        "pushes pulls",
        "pushed pulled",
        "start stop",
        "started stopped",
        "increase decrease",
        "increases decreases",
        "minimum maximum",
        "min max",
        "include exclude",
        "included excluded",
        "import export",
        "encrypt decrypt",
        "lock unlock",
        "accept reject",
        "grant revoke",
        "install uninstall",
        "co-locate separate",
        "colocate separate",
        "co-location separation",
        "colocation separation",
        "attract repel",
        "success failure",
        "true false",
        "pass fail",
        "passes fails",
        "passed failed",
        "accepted rejected",
        "always never",
        "upper lower",
        "higher lower",
        "above below",
        "ascending descending",
        # A reference's symmetric entries (Node's: `Reads a signed, little-endian ...` / `... big-endian`,
        # `process.stdout` / `process.stderr`, `readable` / `writable` streams, `cipher` / `decipher`).
        "little-endian big-endian",
        "synchronous asynchronous",
        "synchronously asynchronously",
        "sync async",
        "stdout stderr",
        "stdin stdout",
        "request response",
        "requests responses",
        "stdin stderr",
        "readable writable",
        "read write",
        "reads writes",
        "reading writing",
        "request response",
        "requests responses",
        "public private",
        "sign verify",
        "cipher decipher",
        "encoder decoder",
        "encode decode",
        "encoding decoding",
        "compress decompress",
        "serialize deserialize",
        "client server",
        "get set",
        "gets sets",
        "before after",
        "first last",
        "open close",
        "opened closed",
        # Directions and visibility, what a UI framework's docs describe in symmetric entries (Bootstrap's
        # `Position an element at the top` / `bottom of the viewport`, `.dropstart` / `.dropend`,
        # `Cycles to the previous` / `next item`, `Shows` / `Hides a collapsible element`).
        "top bottom",
        "left right",
        "up down",
        "start end",
        "previous next",
        "prev next",
        "horizontal vertical",
        "horizontally vertically",
        "show hide",
        "shows hides",
        "shown hidden",
        "expand collapse",
        "expanded collapsed",
    )
    for x, y in [pair.split()]
    for a, b in ((x, y), (y, x))
}
