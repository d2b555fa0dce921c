"""What makes two near-identical texts differ in what matters, so that they are not near
duplicates (DUP002 inside an article, DUP004 across the corpus): a negation, a word and its opposite,
two members of one set, numbers, operators or code names they name, a template filled with other names.
The generated near duplicates of benchmarks/make_corpus.py (a word put for its like, each in one place)
are none of these; tests/test_real_opposites.py holds the real pairs each rule was made from.
"""

from __future__ import annotations

from collections import Counter

from lintkit.compiled import pattern as _compile
from lintkit.memo import large_text_memo, text_memo
from lintkit.text import _NEGATIONS, _TOKEN, meaning


def differs_in_what_matters(a: str, b: str) -> bool:
    """Whether two near-identical texts differ where the meaning is: a negation
    (`has made` / `has not made`), a word and its opposite (`valid` /
    `invalid`, `enabled` / `disabled`), or in numbers (a date, a version,
    an issue number, a count), whatever else changed: two entries of a
    template, each its own. Such a pair is not a near duplicate."""
    (words_a, numbers_a), (words_b, numbers_b) = meaning(a), meaning(b)
    changed = (words_a ^ words_b) | (numbers_a ^ numbers_b)
    if not changed:
        # The same words, put elsewhere: two addresses of one host (git-lfs's `Git Remote: https://git-server.com/
        # foo/bar.git` / `Git Remote: git@git-server.com:foo/bar.git`), or two of a set swapped (TiKV's `1.14x better
        # read performance while under a 50% read / 50% update workload` / `... better update performance ...`).
        return _names(a) != _names(b) or _swapped_pair(a, b)
    if any(t.replace("’", "'") in _NEGATIONS or t.endswith(("n't", "n’t")) for t in changed):
        return True
    if _letters_put_for_letters(a, b):
        return True  # Dragonfly's `Create dragonfly cluster A using the configuration file:` / `... cluster B ...`
    if numbers_a != numbers_b:
        # A date, a version, an issue's number, a count, an operator: the two say it of two things, whatever words
        # changed beside it (Dask's release posts thank who `contributed to the dask/dask repository since the
        # 0.14.1 release` and `... dask/distributed ... 1.16.1 ...`; Arrow's `The IO APIs ... (ARROW-7235).` /
        # `The CSV APIs ... (ARROW-7236).`). A copy edited into a near duplicate keeps its numbers.
        return True
    if _opposite(words_a - words_b, words_b - words_a):
        return True
    if _names(a) != _names(b):
        return True  # entries about two APIs or paths (`remote.require()` / `remote.getGlobal()`)
    if len(changed) == 1 and _case_added(a, b):
        return True  # `Make a Http Request` / `Make a Http GET Request`: one case of the other's general one
    if _swapped_pair(a, b):
        return True  # `The leader served read requests.` / `The follower served read requests.`, both named in each
    if _names_put_for_names(a, b, words_a - words_b, words_b - words_a):
        return True  # `CephFS volume plugin was ...` / `The Ceph RBD volume plugin was ...`
    return _one_template(a, b)  # a template filled with other names


def _letters_put_for_letters(a: str, b: str) -> bool:
    """Whether the texts differ only where each has a capital letter alone, one put for the other (`cluster A` /
    `cluster B`, `Option X` / `Option Y`): two things named by letters, as two numbered ones are."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b):
        return False
    changed = [(x, y) for x, y in zip(words_a, words_b, strict=True) if x != y]
    return bool(changed) and all(_LETTER.fullmatch(x) and _LETTER.fullmatch(y) for x, y in changed)


_LETTER = _compile(r"[A-Z][.,:;)]?")


def _names_put_for_names(a: str, b: str, only_a: frozenset[str], only_b: frozenset[str]) -> bool:
    """Whether every word one text has and the other lacks is a name in it, on both sides (an article left
    out): capitalised inside a sentence, or with two capitals (`CephFS`, `RBD`). Kubernetes' `CephFS volume
    plugin was formally marked as deprecated in v1.28.` / `The Ceph RBD volume plugin ...`, fastapi-pagination's
    `available Params classes:` / `available Page classes:`: two products or classes, each its own entry. (An
    edit puts a plain word for its like; the generated near duplicates put a word in lower case.)"""
    only_a, only_b = only_a - _ARTICLES, only_b - _ARTICLES
    return bool(only_a and only_b) and _all_names(a, only_a) and _all_names(b, only_b)


def _all_names(text: str, words: frozenset[str]) -> bool:
    """Whether each of `words` (case folded) is written as a name somewhere in `text`."""
    named = set()
    for m in _WORD.finditer(text):
        word = m.group()
        folded = word.casefold()
        if folded in words and folded not in named:
            before = m.start() - 1  # what stands before the word, blanks passed over
            while before >= 0 and text[before] in " \t\n":
                before -= 1
            at_start = before < 0 or text[before] in ".!?:"
            # A capital at a sentence's start names nothing, but before a number (`Llama 7b ...`, `Mistral 7b ...`:
            # a product and its size, as Hugging Face lists notebooks) it does.
            versioned = text[m.end() : m.end() + 2].strip()[:1].isdigit()
            if sum(c.isupper() for c in word) >= 2 or (word[0].isupper() and (not at_start or versioned)):
                named.add(folded)
    return len(named) == len(words)


_ARTICLES = frozenset(("the", "a", "an"))
_WORD = _compile(r"[A-Za-z][A-Za-z0-9]*+")


# A name only code has: an address (`https://jsbin.com/henuyiw/edit`), a call (`remote.getGlobal()`), a scoped
# name (`std::vector`), a path of three parts or from a root (`platform/xcode/macosx`, `/etc/hosts`), a name with an
# underscore (`max_retries`) or in camel case (`preventDefault`), a generic type (`FixedArray<u8>`), a source file's
# name (`Host.cs`, `Allocator.cs`: the Bytecode Alliance's .NET post creates one, then the other), a scoped package or
# its rule (Ember's `@typescript-eslint/no-namespace`, then `.../no-empty-interface`), a handle (Volcano's credits,
# `Sincerely thanks to community developer: @Rui-Gan ...` / `... @william-wang ...`); not a product's
# `Node.js`, `iOS`, `macOS`, `iPhone`, nor `and/or`, `e.g.`. Each alternative starts where its run of characters
# starts, possessive: a long line is read once, not from each character.
_NAME = _compile(
    r"(?<![\w.+-])[a-z][a-z0-9+.-]*+://[^\s)\]>\"']++|(?<![\w.])\.?[A-Za-z_][\w.]*+\(|\b\w+::\w+"
    r"|(?<![\w/.~-])(?:[.~]?/)?[\w.-]++(?:/[\w.-]++){2,}|(?<![\w/.~-])[.~]?/[\w.-]++(?:/[\w.-]++)*"
    r"|\b[A-Za-z]\w*_\w+|\b[a-z]{2,}[A-Z][a-z]\w*|\b[A-Za-z]\w*+<[\w:,& ']{1,40}>"
    r"|\b[\w-]+\.(?:cs|py|rs|go|rb|java|kt|swift|toml|ya?ml|json|wasm|wit|wat|sh|sql|cpp|hpp|cc|lock|cfg|ini|xml)\b"
    r"|(?<![\w@])@[\w.-]+/[\w.-]+|(?<![\w@.])@[A-Za-z0-9][\w-]*"
)


@text_memo  # a paragraph is compared with many others (linking a corpus): found once
def _names(text: str) -> frozenset[str]:
    """The code names a text holds (`_NAME`): an edit copies them, entries written from one
    template differ in them. (The generated near duplicates change plain words only.)"""
    if not ("." in text or "_" in text or ":" in text or "/" in text or "@" in text or not text.islower()):
        return frozenset()
    return frozenset(m for m in _NAME.findall(text) if m.casefold() not in _NOT_NAMES)


_NOT_NAMES = frozenset(("e.g", "i.e", "etc"))


def _one_template(a: str, b: str) -> bool:
    """Whether two texts are one template filled with a few names: every difference is a word put for
    one other word only (three pairs at most), one of them in two places at least (Foundation's `Add
    the .hollow class to a button to give it a hollow style ...` / `Add the .clear class ... a clear
    style ...`): a reference's entries, not a paragraph copied and edited, whose edits each change one
    place."""
    tokens_a, tokens_b = _tokens(a), _tokens(b)
    if len(tokens_a) != len(tokens_b):
        return False
    changed = [(x, y) for x, y in zip(tokens_a, tokens_b, strict=True) if x != y]
    swaps = set(changed)
    # Each word put for one other word only, and one of them in two places at least (DataChain's `uses gcsfs to
    # interact with Google Cloud Storage ... gcsfs documentation` / `adlfs ... Azure Blob Storage ... adlfs`).
    consistent = len({x for x, _ in swaps}) == len({y for _, y in swaps}) == len(swaps)
    return bool(swaps) and consistent and len(swaps) <= 3 and len(changed) > len(swaps)


def _swapped_pair(a: str, b: str) -> bool:
    """Whether one text holds a word more often, and the other a word of its pair or set more often (a known pair,
    `_OPPOSITES`, `_SETS`), though each text may hold both: one put for the other, two cases of one template. Counted,
    not aligned: a pair of texts is asked this for every near duplicate the corpus links."""
    count_a, count_b = Counter(_tokens(a)), Counter(_tokens(b))
    more_a = [t for t in count_a if t in _PAIRED and count_a[t] > count_b[t]]
    if not more_a:
        return False  # most texts hold no word of a known pair
    more_b = [t for t in count_b if t in _PAIRED and count_b[t] > count_a[t]]
    return any((x, y) in _OPPOSITES or _one_set(x, y) for x in more_a for y in more_b)


@large_text_memo
def _tokens(text: str) -> tuple[str, ...]:
    """A text's tokens in order, case folded, a name's leading `.`, `#`, `$` or `-` left out."""
    return tuple(t.lstrip(".#$-") for t in _TOKEN.findall(text.casefold()))


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
        "alpha beta stable ga deprecated experimental preview",  # a feature's stage (`now beta` / `now stable`)
        "platinum gold silver bronze",  # a sponsor's tier (ESLint's funding posts: `silver ...` / `bronze ...`)
        "dev test staging prod production",  # an environment (KubeVela's `Namespace: test | ...` / `... prod ...`)
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
        "leader follower",
        "leaders followers",
        "insertion deletion",  # Vitess's `Deletion of ... through the Post connection.` / `Insertion ... Pre ...`
        "insertions deletions",
        "pre post",
        # A reference's symmetric entries (Node's: `Reads a signed, little-endian ...` / `... big-endian`,
        # `process.stdout` / `process.stderr`, `readable` / `writable` streams, `cipher` / `decipher`).
        "little-endian big-endian",
        "synchronous asynchronous",
        "synchronously asynchronously",
        "sync async",
        "stdout stderr",
        "stdin stdout",
        "request response",
        "login logout",
        "log-in log-out",
        "signin signout",
        "sign-in sign-out",
        "requests responses",
        "stdin stderr",
        "readable writable",
        "read write",
        "reads writes",
        "reading writing",
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
# Every word of a known pair or set, to tell at once a text that holds none.
_PAIRED = frozenset(w for pair in _OPPOSITES for w in pair) | frozenset(_SET_OF)
