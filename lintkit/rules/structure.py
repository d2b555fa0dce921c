"""Structure rules (STR): can the file be read, and does it have the article's parts?"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from lintkit.fixes import delete_line
from lintkit.formats.alphanode import export
from lintkit.formats.alphanode.heading_lines import CHANGE_ENTRY
from lintkit.formats.markdown import front_matter
from lintkit.model import Applicability, Article, Line, ProblemKind, Role, Section, Severity
from lintkit.rules.base import Category, Context, Hit, rule
from lintkit.text import shorten, word_count

# A stray meta line of this many words is prose pasted into the meta block
# (STR005); a shorter one reads as a field lintkit does not know (META002).
PROSE_MIN_WORDS = 6


def is_prose_line(line: Line) -> bool:
    return word_count(line.text) >= PROSE_MIN_WORDS


def first_content_line(article: Article) -> int:
    for i in range(article.body_start - 1, len(article.lines)):
        if article.lines[i].strip():
            return i + 1
    return 1


@rule(
    code="STR001",
    name="unreadable-file",
    category=Category.STRUCTURE,
    severity=Severity.ERROR,
    summary="The file is empty, binary, not UTF-8, or has no article structure",
    on_unreadable=True,
)
def unreadable_file(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    Whether lintkit can read the file as an article: it must not be empty or
    whitespace only, must not hold NUL or other binary bytes, must be UTF-8
    (a byte-order mark is fine), and must have some article structure: a
    heading or an `alphanode post meta` block. When the file is not UTF-8,
    the message names the encoding it looks like (UTF-16, Latin-1,
    Windows-1252).

    Why it matters
    A file lintkit cannot read is a file nobody checked. Exports in the wrong
    encoding show mojibake on the site; binary files in a content folder are
    usually an accident.

    Example
    A file saved by a Windows editor as UTF-16, or a `.txt` file that is
    really a PNG.

    Fix
    Re-export or re-save the file as UTF-8, or remove it from the content folder.

    Options
    None. Other rules do not run on a file this rule reports.
    """
    for problem in article.problems:
        if problem.kind is ProblemKind.UNREADABLE:
            yield Hit(problem.message, problem.line, problem.column)


@rule(
    code="STR002",
    name="missing-title",
    category=Category.STRUCTURE,
    severity=Severity.ERROR,
    summary="The article has no title line",
)
def missing_title(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    That the first non-empty line after the breadcrumb residue is a title:
    one short line, not a sentence ending in a full stop (a title in title
    case may end in one), not a heading such as `why this matters`, not a
    list item or an image caption. On Markdown:
    a front matter `title` (MultiMarkdown's `Title:` line too, as Pelican
    and MkDocs read it; a template's `title: {{ title }}` is one) or a
    first-level heading. Not where the front matter does not parse: META015
    reports that, and a title written there is unknown.

    Why it matters
    The title is what readers and search engines see first; without it the
    page renders with its intro paragraph as a heading.

    Example
    A file that starts with `| |`, a blank line, then the intro paragraph.

    Fix
    Add the title on its own line before the intro.

    Options
    None.
    """
    if any(p.kind is ProblemKind.UNPARSED_META for p in article.problems):
        return  # META015 says why the front matter, and any title in it, could not be read
    if article.title is None and not _templated_title(article):
        line = first_content_line(article)
        found = shorten(article.lines[line - 1]) if article.lines else ""
        if article.format == "alphanode":
            yield Hit(f"no title line: the article starts with {found!r}", line)
        else:
            yield Hit(f"no title: no front matter `title` and no first-level heading (it starts with {found!r})", line)


def _templated_title(article: Article) -> bool:
    """A template's front matter sets the title (a Hugo archetype's `title = "{{ .Name }}"`, a Hexo
    scaffold's `title: {{ title }}`): the page has one once the generator fills it in."""
    return article.format == "markdown" and any(k.lower() == "title" for k in front_matter(article).templated)


@rule(
    code="STR003",
    name="missing-section",
    category=Category.STRUCTURE,
    severity=Severity.ERROR,
    summary="No `final notes` section, or no `alphanode post meta` block",
    formats={"alphanode"},
)
def missing_section(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    That the article has the two parts every export ends with: a
    `final notes` section and the `alphanode post meta` block.

    Why it matters
    Without the meta block the article has no topic, scores or image records;
    without final notes it ends abruptly. Both usually mean a truncated export.

    Example
    An article whose text stops after the implementation checklist.

    Fix
    Re-export the article, or add the missing part.

    Options
    None.
    """
    if article.final_notes is None:
        line = article.meta_line or article.line_count
        yield Hit("no `final notes` section (expected a `final notes` heading before the meta block)", line)
    if article.meta_line is None:
        line = export(article).trailer_line or article.line_count
        yield Hit("no `alphanode post meta` block (expected it after the final notes)", line)


@rule(
    code="STR004",
    name="empty-section",
    category=Category.STRUCTURE,
    severity=Severity.WARNING,
    summary="A heading with nothing under it",
)
def empty_section(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    Every section heading is followed by at least one paragraph, code block
    or list before the next heading of the same or a higher level (a Markdown
    heading followed by its own sub-heading is not empty). The export has no
    heading levels: there a heading followed at once by the heading of its
    first subsection is not empty either, when that subsection has content
    and reads as one (numbered: `Step 1: ...`, `2.1 ...`; named by the parent
    or naming it: `Installation and usage`, then `Installation`; the first
    of a series of headings starting with the same word, `Using pip` ...
    `Using conda`; or the first of two steps, `Create a new project`, then
    `Install dependencies`, or of two one-word headings, `Pipenv`, then
    `Poetry`), or when the parent ends with `:` or is a single word naming
    a topic (`Usage`, `Integrations`; not a section that stands alone, such
    as `Conclusion` or `Background`), or when it and the two headings after
    it are capitalised as a post's own are (or open on a name of code:
    `safe_mode Deprecated`) and those two have content or open subsections
    in turn (`Real-World Examples`, then `Content Moderation`,
    `Fact-Checking`; `Introduction`, then two questions), not lower case as
    the export's (`the practical approach`), or when it and the next, with
    content, are capitalised and it is no section of its own (`Maintainer
    notes`, then `Testing sample configs`; not `Conclusion` or `Further
    reading`), or when it names a version (a release's or a migration's:
    `v0.9.13`, then `Fixes`; `from 0.16.* to 0.17`), or the next is one word
    or name (`auto-initialize` under `Features for embedding Python in
    Rust`; not `Conclusion`), or when it thanks and the next names who
    (`Acknowledgments`, then `Hot Aisle`), or when the next heading, as
    capitalised, is itself such a parent (three levels lost: `Sending
    Procedures`, then `1. Connect to network`, then `Set Provider` and its
    text; not two numbered siblings, `2.1 Hive` then `2.2 Spark SQL`). In
    Markdown, a call's signature
    followed by another at its level is not empty (overloads or aliases
    sharing the description under the last: `### ky.get(input, options?)`,
    `### ky.post(input, options?)`), nor is a heading that holds a link (a
    call to action set large: `## [Demo on StackBlitz](...)`). An empty
    checklist is left to CHK002.

    Why it matters
    An empty heading renders as a dangling title and usually marks content
    lost in an edit or an export.

    Example
    `further reading` followed directly by `final notes`.

    Fix
    Write the section or delete its heading.

    Options
    None.
    """
    sections = article.sections
    for i, section in enumerate(sections):
        if section.blocks or section.role is Role.CHECKLIST:
            continue
        # A heading followed by its own sub-heading (a deeper level) is not empty.
        if i + 1 < len(sections) and sections[i + 1].level > section.level:
            continue
        if article.format == "alphanode" and _opens_subsections(sections, i):
            continue
        if article.format == "markdown" and (_overload(sections, i) or _link_heading(article, section)):
            continue
        yield Hit(f"section {section.heading.text!r} has nothing under it", section.heading.line)


# A heading that is a call's signature (`ky.get(input, options?)`, `axios#post(url[, data])`, `.pick(url, keys)`).
_SIGNATURE = re.compile(r"\.?[A-Za-z_$][\w$]*(?:[.#][\w$]+)*\s*\(.*\)\s*\??")


def _overload(sections: Sequence[Section], i: int) -> bool:
    """A signature's heading followed by another's at its level: overloads or aliases that share the
    description under the last (`### ky.get(input, options?)`, `### ky.post(input, options?)`, ...)."""
    after = sections[i + 1] if i + 1 < len(sections) else None
    return (
        after is not None
        and after.level == sections[i].level
        and all(_SIGNATURE.fullmatch(s.heading.text.strip()) for s in (sections[i], after))
    )


# A Markdown link or an HTML anchor in a heading's source line.
_HEADING_LINK = re.compile(r"\]\(|\]\[|<a\s[^>]*href", re.I)


def _link_heading(article: Article, section: Section) -> bool:
    """A heading that holds a link is a call to action set large (`## 👉 [Demo on StackBlitz](...)`,
    `### [Become a Sponsor!](...)`, `#### [MIT](./LICENSE)`): the link is its content."""
    line = section.heading.line
    return 0 < line <= len(article.lines) and _HEADING_LINK.search(article.lines[line - 1]) is not None


# A heading that numbers a step or part: `2.1 Install`, `3a. Project events`, `(1) kube-batch image`, `Step 1:
# build`, `Option B`. A version in a heading: a release's (`v0.9.13`, `26.1.0 - 2026-03-19`), a migration's (`from
# 0.16.* to 0.17`).
_VERSION = re.compile(r"\d+\.\d+|\bv\d+\b", re.I)
_NUMBERED = re.compile(
    r"^\s*(\d+[a-z]?(\.\d+)*[.):]?\s|\((\d+|[a-z]|[ivx]+)\)\s|(step|part|option|phase|stage)\s+(\d+|[a-z])\b)", re.I
)


# A category of a release's changes, which opens with its first entry (Dragonfly's `New features and enhancements`,
# then `load-aware scheduling algorithm` and its text; Nushell's `New commands`, then `uniq (notryanb)`; a change log
# Changesets writes, `Patch Changes`).
_RELEASE_CATEGORY = re.compile(
    r"^(new features|features|bug fixes|fixes|improvements|enhancements|breaking changes|deprecations|highlights"
    r"|what's new|other changes|new [a-z]+s|(patch|minor|major) changes)"
    r"( and (enhancements|improvements|fixes|bug fixes))?$",
    re.I,
)


def _numbered_under(parent: str, child: str) -> bool:
    """Whether the child's number is the parent's with one more part (`2. Setup`, then `2.1 Install`)."""
    numbered = _SECTION_NUMBER.match(parent)
    return bool(numbered) and child.startswith(numbered[1] + ".") and bool(_SECTION_NUMBER.match(child))


_SECTION_NUMBER = re.compile(r"^(\d+(?:\.\d+)*)\.?\s")


def _bare(heading: str) -> str:
    """A heading without the symbols that open it (an emoji, an arrow: `⚠️ Deprecations`)."""
    words = heading.split()
    while words and not any(c.isalnum() for c in words[0]):
        words.pop(0)
    return " ".join(words)


def _first_word(section: Section) -> str:
    words = section.heading.text.split()
    return words[0].casefold() if words else ""


_CODE_ARROW = re.compile(r"[\w.]+( (->|→|=>) [\w.]+)+")

# Words that say nothing of a heading's subject, left out when two headings are compared.
_HEADING_FILLERS = frozenset("the and for with your you how what why when from into this that its are our".split())
_HEADING_WORD = re.compile(r"[^\W\d_]{3,}")


def _one_names_the_other(parent: str, child: str) -> bool:
    """Whether every subject word of one heading is in the other (a word of five
    letters or more matching by its first five: `install` and `installation`):
    `Installation and usage` then `Installation`, `Sponsors` then `Silver
    sponsors`. Siblings name different things (`Security notes`, `Operational
    notes`)."""
    a, b = ({w for w in _HEADING_WORD.findall(t.casefold()) if w not in _HEADING_FILLERS} for t in (parent, child))
    if not a or not b:
        return False

    def found(word: str, among: set[str]) -> bool:
        return word in among or (len(word) >= 5 and any(len(v) >= 5 and v[:5] == word[:5] for v in among))

    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return all(found(w, large) for w in small)


def _opens_on_last_word(parent: Section, child: Section) -> bool:
    """Whether the child opens on the parent's last word (`Flume mpmc`, then `mpmc - multi producer, multi
    consumer`): the kind the parent names, the child one of them."""
    a, b = parent.heading.text.casefold().split(), child.heading.text.casefold().split()
    return len(a) > 1 and len(b) > 1 and a[-1] == b[0]


def _opens_subsections(sections: Sequence[Section], i: int, depth: int = 0) -> bool:
    """Whether an empty heading, in a format without heading levels, is a parent
    whose first subsection follows at once: the next heading has content and
    reads as a child (numbered under it: `2. Setup` then `2.1 Install`, or a
    step: `Step 1: ...`; or one heading names the other's subject:
    `Installation and usage` then `Installation`), or the parent ends with
    `:`, or the next heading starts a series of sibling headings (`Using
    pip`, ..., `Using conda`) before the next heading of a section of another
    role or level, or it and the heading after it are steps (`Create a new
    PDM project`, `Install dependencies`) or single words naming subtopics
    (`Pipenv`, `Poetry` under `Comparisons to other alternatives`).

    A parent of one word names a topic (`Usage`, `Installation`,
    `Integrations`, `Vim`), which real pages open with its subsections far
    more often than they leave it empty; an empty section's heading says
    what was to be written (`further reading`, `the practical approach`),
    and a capitalised heading before two capitalised sections with content
    is a post's own parent, its levels lost in the export (`Real-World
    Examples`, then `Content Moderation`, `Fact-Checking`), even one that
    otherwise stands alone (`Introduction`, then `What is ...?` twice), and
    so is a heading that thanks over a name (`Acknowledgments`, then `Hot
    Aisle`). A capitalised heading that is no section of its own before one
    capitalised section with content is a parent too (`Maintainer notes`,
    then `Testing sample configs`; `Appendix: analysis and code`, then
    `Method`): in the Markdown of the real pages measured, such a pair is a
    parent over its first subsection 860 times and an emptied section 8
    (218 and 3 beyond the runs of three above: change logs' entries, a
    heading that is a link). So is a heading that names a version before a
    section with content (`v0.9.13`, then `Fixes`; PyO3's `from 0.16.* to
    0.17`): 1,039 parents to 1 emptied section there; and a heading right
    before a one-word one that is no section of its own (`auto-initialize`
    under `Features for embedding Python in Rust`): 833 first subsections to
    6 next sections (change logs' `Added` then `Changed`), measured beside a
    blog stand-in no rule was tuned on. Otherwise, between two headings of
    two words or more in lower case, as the export's are, nothing else
    tells a parent from an empty sibling (`further reading`, then
    `production checks`): those stay reported."""
    if i + 1 >= len(sections):
        return False
    parent, child = sections[i], sections[i + 1]
    if child.level != parent.level or child.role is not Role.BODY:
        return False
    if not child.blocks and _numbered_under(parent.heading.text, child.heading.text):
        return True  # `2. Achieve the effect`, then `2.1 Hive`: its subsection, however empty (STR004 says so there)
    if _RELEASE_CATEGORY.match(parent.heading.text):
        return True  # a release's category over its first entry (`New features and enhancements`, then its name)
    if not child.blocks:
        # The child a parent of its own, two levels lost in the export (Prettier's `Highlights`, then
        # `JavaScript`, then `Break nested ternaries (#4120 by @duailibe)` and its text): a category's first entry.
        # (An entry may be a parent too: `Support TypeScript 4.1 (#9473 ...)`, then `Key Remapping In Mapped Types`.)
        grand = sections[i + 2] if i + 2 < len(sections) else None
        category = grand is not None and len(child.heading.text.split()) <= 3 and CHANGE_ENTRY.match(grand.heading.text)
        # Or three levels of a post's own headings (ethereum.org's `Sending Procedures`, then `1. Connect to network
        # (testnet)`, then `Set Provider (Infura)` and its text): a parent over a child that is a parent in turn.
        entry = bool(CHANGE_ENTRY.match(child.heading.text) or category)
        # (Not two numbered siblings: Hudi's `2.1 Hive`, emptied, then `2.2 Spark SQL`.)
        numbers = [_SECTION_NUMBER.match(s.heading.text) for s in (parent, child)]
        siblings = all(numbers) and not _numbered_under(parent.heading.text, child.heading.text)
        own = _capitalised(child.heading.text) and not _stands_alone(child) and not siblings and depth < 3
        return (entry or own) and _capitalised(parent.heading.text) and _opens_subsections(sections, i + 1, depth + 1)
    if parent.heading.text.endswith(":") or _NUMBERED.match(child.heading.text):
        return True
    if _subsections_follow(sections, i):
        return True  # a real post's heading levels, lost in the export (`Introduction`, then two questions)
    if _thanks_by_name(parent, child):
        return True
    if _stands_alone(parent):  # `Background`, `Conclusion`: a section of its own, not a parent of one
        return False
    if _capitalised(parent.heading.text) and _capitalised(child.heading.text):
        return True  # a post's own parent over its first subsection (`Maintainer notes`, `Testing sample configs`)
    if _VERSION.search(parent.heading.text):
        return True  # a release's changes, or a migration's steps (`v0.9.13`, `Fixes`; `from 0.16.* to 0.17`)
    if len(child.heading.text.split()) == 1 and not _stands_alone(child):
        return True  # a first subsection named in a word (`auto-initialize` under `Features for embedding ...`)
    if len(_bare(parent.heading.text).split()) == 1:  # a topic: `Usage`, `Installation`, Nuxt's `⚠️ Deprecations`
        return True
    if _one_names_the_other(parent.heading.text, child.heading.text) or _opens_on_last_word(parent, child):
        return True
    first = _first_word(child)
    siblings = []
    for later in sections[i + 2 :]:
        if later.role is not Role.BODY or later.level != parent.level:
            break
        if _first_word(later) == first:
            return True
        siblings.append(later)
    if not siblings:
        return False
    # The first two steps of a procedure: `Create a new PDM project`, then `Install dependencies`.
    if first in _STEP_VERBS and _first_word(siblings[0]) in _STEP_VERBS:
        return True
    # The first two of a run of named subtopics: `Pipenv`, `Poetry` under `Comparisons to other alternatives`.
    # (Not `Results`, then `Conclusion`: sections of their own.)
    pair = (child, siblings[0])
    return all(len(s.heading.text.split()) == 1 and not _stands_alone(s) for s in pair)


def _subsections_follow(sections: Sequence[Section], i: int, depth: int = 0) -> bool:
    """Whether an empty heading and the two after it are capitalised, as a
    post's own headings are, and those two have content: a run of
    subsections under their parent (`Real-World Examples`, then `Content
    Moderation` and `Fact-Checking`; `How we got there`, then `First
    contact: Polars discord` and `Jerry Wu: power contributor`), which real
    posts write far more often than they leave a heading empty. The
    export's own headings are lower case (`why this matters`, `the
    practical approach`), and so is an empty heading written among them
    (`further reading`); one section with content after an empty heading
    (`Maintainer notes`, then `Testing sample configs`, then nothing) is
    no run, and stays reported."""
    run = sections[i : i + 3]
    return (
        len(run) == 3
        and all(_capitalised(s.heading.text) for s in run)
        and all(s.role is Role.BODY and s.level == run[0].level for s in run[1:])
        and bool(run[1].blocks)
        # The second may be a parent of its own (`Benchmark setup`, `Hardware configurations`, then
        # `Benchmark methodology` over `Online inference` and `Offline inference`).
        and (bool(run[2].blocks) or (depth < 3 and _subsections_follow(sections, i + 2, depth + 1)))
    )


# A setting and its value as a heading names it: `generate-setup-file = false`, `max_connections = 100`.
_SETTING = re.compile(r"[A-Za-z][\w.-]* ?= ?[\w.\"'-]+")


def _capitalised(heading: str) -> bool:
    """Whether a heading is written as a post's own are: capitalised, or opening on
    a name of code (`safe_mode Deprecated`, `__init__.py files`, Ruby 3.3's `ext/readline
    is retired`, `std::env changes`) or on a name with a capital inside (Cilium's `eBPF,
    part 1: Past, Present, and Future`, `iOS support`, `gRPC`), or with a digit (`x86`)."""
    words = heading.split()
    if words and ("_" in words[0] or words[0].endswith("()") or "/" in words[0] or "::" in words[0]):
        return True
    if _SETTING.fullmatch(heading):
        return True  # a setting and its value, its backticks lost (Poetry's `generate-setup-file = false`)
    if words and not words[0].islower() and not words[0][:1].isupper() and words[0][:1].isalpha():
        return True
    if words and words[0][:1].isalpha() and any(c.isdigit() for c in words[0]):
        return True  # a name with a digit in it (TVM's `x86` beside `Raspberry Pi`, `arm64`, `k8s`)
    if _CODE_ARROW.fullmatch(heading):
        return True  # names of code joined by arrows, its backticks lost (ReScript's `when -> if`)
    if len(words) >= 3 and all(w[:1].isupper() for w in words[1:]):
        return True  # a name of code in lower case, its backticks lost, then the title (`import Plugin Rules`)
    first = next((c for c in heading if c.isalpha()), "")
    return first.isupper()


# The words of a heading that thanks: its sub-headings name who is thanked.
_THANKS = frozenset("acknowledgments acknowledgements thanks credits sponsors partners".split())


def _thanks_by_name(parent: Section, child: Section) -> bool:
    """Whether an empty heading that thanks (`Acknowledgments`, `Thanks to our
    partners`) opens a sub-heading for each it thanks, a name of one to three
    capitalised words with content under it (dstack's posts: `Acknowledgments`,
    then `Hot Aisle`; `Thanks to our partners`, then `Jarvislabs`)."""
    if not _THANKS.intersection(w.strip(":!.").casefold() for w in parent.heading.text.split()):
        return False
    words = child.heading.text.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not _stands_alone(child)


def _stands_alone(section: Section) -> bool:
    return section.heading.text.casefold().strip(" :.!?") in _STANDALONE


# Headings of sections that stand on their own in a post, never a parent of
# subsections: emptied, they are reported even before another heading.
_STANDALONE = frozenset(
    """abstract acknowledgements acknowledgments background conclusion conclusions credits discussion
    epilogue introduction motivation outro recap references results summary takeaways thanks
    tl;dr tldr""".split()
) | {"further reading", "see also", "learn more", "related posts", "related reading"}


# Verbs a heading starts with when it names a step for the reader to take.
_STEP_VERBS = frozenset(
    """add build call check choose clone configure connect create define deploy disable download enable
    generate get import initialize install list load make migrate prepare publish register remove run
    set start try update upgrade use verify write""".split()
)


@rule(
    code="STR005",
    name="misplaced-content",
    category=Category.STRUCTURE,
    severity=Severity.WARNING,
    summary="Content the parser could not place: prose in the meta block, text after `Similar Posts`",
    formats={"alphanode"},
)
def misplaced_content(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    Text in places where an article has none: a prose line (six words or
    more) inside the meta block, where only fields and their list items
    belong, and any text after the `Similar Posts` trailer.

    Why it matters
    The site drops or mangles such text: prose in the meta block is lost,
    text after the trailer shows under the related-posts box.

    Example
    `this paragraph was pasted into the meta block by mistake.` between the
    `hash` and `flags` fields.

    Fix
    Move the text into the body, or delete it.

    Options
    None. Shorter unknown lines in the meta block are META002.
    """
    for problem in article.problems:
        if problem.kind is ProblemKind.MISPLACED:
            yield Hit(problem.message, problem.line, problem.column)
    meta = export(article).meta
    if meta is not None:
        for line in meta.stray:
            if is_prose_line(line):
                yield Hit(
                    f"prose inside the meta block, which holds only fields: {shorten(line.text)!r}",
                    line.line,
                )


@rule(
    code="STR006",
    name="stray-separator",
    category=Category.STRUCTURE,
    severity=Severity.INFO,
    summary="The breadcrumb residue line of `|` characters",
    formats={"alphanode"},
    fixes=(Applicability.SAFE,),
)
def stray_separator(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    Whether the file starts with the residue of the page's breadcrumb
    navigation: a line of `|` characters separated by spaces.

    Why it matters
    It is noise from the export, not content; it shows as a row of pipes if
    the text is republished.

    Example
    `| | |` on the first line.

    Fix
    Delete the line (or strip it in the exporter).

    Options
    None.
    """
    crumb = export(article).breadcrumb
    if crumb is not None:
        yield Hit(
            f"breadcrumb residue {crumb.text!r} left over from the page navigation",
            crumb.line,
            fix=delete_line(crumb.line, "delete the residue line"),
        )


RULES = (
    unreadable_file,
    missing_title,
    missing_section,
    empty_section,
    misplaced_content,
    stray_separator,
)
