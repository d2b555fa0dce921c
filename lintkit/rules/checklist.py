"""Checklist rules (CHK): the `implementation checklist` section and the meta `checklist`."""

from __future__ import annotations

from collections.abc import Iterator

from lintkit import facts
from lintkit.compiled import pattern as _compile
from lintkit.fixes import delete_line, replace_lines, source_lines
from lintkit.formats.markdown import CHECKLIST_HEADINGS as CHECKLIST_NAMES
from lintkit.formats.markdown import front_matter
from lintkit.model import Applicability, Article, Fix, Line, Location, Severity
from lintkit.rules.base import Category, Context, Hit, Option, rule
from lintkit.text import fold, shorten

MIN_ITEMS = Option("min_checklist_items", 3, "fewest checklist items an article should have", maximum=1000)
REQUIRE_CHECKLIST = Option(
    "require_checklist", False, "whether a Markdown article must have a checklist (the export always must)"
)
CHECKLIST_HEADINGS = Option(
    "checklist_headings",
    CHECKLIST_NAMES,
    "Markdown headings whose list is the checklist (case and final punctuation ignored); a task list always is",
)


_ITEM_START = _compile(r"^\s*(?:[-*+•]|\d+[.)])\s")


def _one_line(article: Article, item: Line) -> bool:
    """Whether an item is its line alone: the export writes one per line; a
    Markdown item is when the next line is blank or starts another item."""
    if article.format == "alphanode":
        return True
    following = article.lines[item.line] if item.line < len(article.lines) else ""
    return not following.strip() or _ITEM_START.match(following) is not None


def body_items(article: Article) -> tuple[Line, ...]:
    section = article.checklist
    return section.list_items if section is not None else ()


def meta_items(article: Article) -> tuple[Line, ...] | None:
    """The meta checklist's items, or None when it is absent or not a list."""
    found = facts.items(article, "checklist")
    return found[0] if found is not None else None


def _quote(items: list[str]) -> str:
    return ", ".join(repr(shorten(i, 40)) for i in items)


@rule(
    code="CHK001",
    name="missing-checklist",
    category=Category.CHECKLIST,
    severity=Severity.ERROR,
    summary="No `implementation checklist` section (Markdown: no checklist where the config requires one)",
    options=(REQUIRE_CHECKLIST, CHECKLIST_HEADINGS),
)
def missing_checklist(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    That the body has an `implementation checklist` section.

    Why it matters
    The checklist is what readers act on; the site renders it as the
    article's call to action, and the meta `checklist` mirrors it.

    On Markdown, only where the config asks for one (`require_checklist`,
    settable per glob in `[[tool.lintkit.overrides]]`): a checklist there is a task
    list (`- [ ] item`) or the list under a heading named in
    `checklist_headings`.

    Example
    An article that goes from its last body section straight to `final notes`.

    Fix
    Add the heading and its items (`  • item`), the same as the meta `checklist`.

    Options
    `require_checklist` (false; the export always requires one),
    `checklist_headings` (`checklist`, `implementation checklist`).
    """
    if article.checklist is None and (article.checklist_required or ctx.value(REQUIRE_CHECKLIST)):
        if article.format != "alphanode":
            yield Hit("no checklist: no task list and no section under a `checklist_headings` heading", 1)
            return
        notes = article.final_notes
        line = notes.heading.line if notes else (article.meta_line or article.line_count)
        yield Hit(
            "no `implementation checklist` section (expected one before `final notes`)",
            line,
            anchor="missing-checklist",
        )


@rule(
    code="CHK002",
    name="empty-checklist",
    category=Category.CHECKLIST,
    severity=Severity.ERROR,
    summary="The checklist heading with no items",
)
def empty_checklist(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    That the `implementation checklist` heading is followed by at least one
    item (`  • item`).

    Why it matters
    An empty checklist renders as a heading over nothing.

    Example
    `implementation checklist` followed directly by `final notes`.

    Fix
    Add the items, the same as the meta `checklist`.

    Options
    None.
    """
    section = article.checklist
    if section is not None and not section.list_items:
        name = "`implementation checklist`" if article.format == "alphanode" else repr(section.heading.text)
        yield Hit(f"{name} has no items", section.heading.line)


@rule(
    code="CHK003",
    name="checklist-mismatch",
    category=Category.CHECKLIST,
    severity=Severity.WARNING,
    summary="The body's checklist items and the meta `checklist` differ",
    fixes=(Applicability.SAFE,),
)
def checklist_mismatch(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    That the meta `checklist` lists the body's checklist items, item for
    item (case and spacing folded). The message lists what each side is
    missing, or says that the order differs. It needs both lists: a missing
    meta field is META001, an empty body checklist CHK002.

    Why it matters
    The meta list feeds the site's checklist box; when it drifts from the
    body, readers see two different checklists.

    Example
    The body has `run linting`, the meta list `run the linter`.

    Fix
    Make both lists the same, item for item.

    Options
    None.
    """
    body = body_items(article)
    meta = meta_items(article)
    if not body or meta is None:
        return
    body_keys = [fold(i.text) for i in body]
    meta_keys = [fold(i.text) for i in meta]
    if body_keys == meta_keys:
        return
    field = facts.field(article, "checklist")
    line = field.line if field else body[0].line
    only_body = [i.text for i in body if fold(i.text) not in set(meta_keys)]
    only_meta = [i.text for i in meta if fold(i.text) not in set(body_keys)]
    parts = []
    if only_body:
        parts.append(f"meta `checklist` lacks {_quote(only_body)}")
    if only_meta:
        parts.append(f"the body checklist lacks {_quote(only_meta)}")
    if not parts:
        if sorted(body_keys) == sorted(meta_keys):
            parts.append("the same items in a different order")
        else:
            parts.append(f"{len(body)} body items but {len(meta)} meta items")
    yield Hit(
        "body checklist and meta `checklist` differ: " + "; ".join(parts),
        line,
        related=(Location(article.path, body[0].line),),
        fix=_meta_from_body(article, meta, [i.text for i in body]),
    )


def _meta_from_body(article: Article, meta: tuple[Line, ...], values: list[str]) -> Fix | None:
    """The meta checklist written again from the body's items, in its own
    style; None when its items are not one line each, one after the other."""
    raw = source_lines(article)
    message = "write the body's checklist items into the meta `checklist`"
    if article.format == "markdown":
        front, found = front_matter(article), facts.field(article, "checklist")
        key = next((k for k in front.keys.values() if found is not None and k.line == found.line), None)
        from lintkit.formats.markdown.frontmatter import list_edit  # imported only for a fix

        edit = list_edit(front, raw, key.name, values) if key is not None else None
        return Fix(message, Applicability.SAFE, (edit,)) if edit is not None else None
    # The export: one `  • item` line per item, under the label.
    first, last = meta[0].line, meta[-1].line
    if [i.line for i in meta] != list(range(first, last + 1)) or last > len(raw):
        return None
    prefixes = set()
    for item in meta:
        text = raw[item.line - 1].rstrip()
        if not item.text or not text.endswith(item.text):
            return None
        prefixes.add(text[: -len(item.text)])
    prefix = prefixes.pop() if len(prefixes) == 1 else ""
    if prefix.strip() not in ("•", "-", "*"):
        return None
    return replace_lines(raw, first, last, [prefix + v for v in values], message, Applicability.SAFE)


@rule(
    code="CHK004",
    name="duplicate-checklist-item",
    category=Category.CHECKLIST,
    severity=Severity.WARNING,
    summary="The same checklist item twice",
    fixes=(Applicability.SAFE,),
)
def duplicate_checklist_item(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    That no item appears twice in the body checklist or in the meta
    `checklist` (case and spacing folded). The later copy is reported.

    Why it matters
    A repeated step pads the checklist and makes readers wonder whether they
    misread it.

    Example
    `  • run unit tests` on two lines of the same checklist.

    Fix
    Delete the copy.

    Options
    None.
    """
    for where, items in (("checklist", body_items(article)), ("meta `checklist`", meta_items(article) or ())):
        seen: dict[str, int] = {}
        for item in items:
            key = fold(item.text)
            if key in seen:
                yield Hit(
                    f"{where} item {shorten(item.text, 50)!r} repeats line {seen[key]}",
                    item.line,
                    related=(Location(article.path, seen[key]),),
                    fix=delete_line(item.line, "delete the repeated item") if _one_line(article, item) else None,
                )
            else:
                seen[key] = item.line


@rule(
    code="CHK005",
    name="short-checklist",
    category=Category.CHECKLIST,
    severity=Severity.WARNING,
    summary="Fewer checklist items than `min_checklist_items`",
    options=(MIN_ITEMS,),
)
def short_checklist(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    That the body checklist has at least `min_checklist_items` distinct
    items. An empty checklist is CHK002.

    Why it matters
    A one- or two-item checklist rarely covers an implementation; it is
    usually a truncated list.

    Example
    A checklist with `run linting` and `tag the release` only.

    Fix
    Complete the checklist (and the meta `checklist`).

    Options
    `min_checklist_items` (3).
    """
    section = article.checklist
    items = body_items(article)
    minimum = ctx.value(MIN_ITEMS)
    distinct = len({fold(i.text) for i in items})
    if section is not None and 0 < distinct < minimum:
        yield Hit(
            f"checklist has {distinct} item{'s' if distinct != 1 else ''}, fewer than {minimum}",
            section.heading.line,
        )


RULES = (missing_checklist, empty_checklist, checklist_mismatch, duplicate_checklist_item, short_checklist)
