"""The shape of the package (docs/architecture.md): no import cycle, small modules,
reporters that do not import the pipeline, and format labels read in one place."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from helpers import ROOT

from lintkit.rules import registry

PACKAGE = ROOT / "lintkit"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports() -> dict[str, set[str]]:
    """module -> the lintkit modules it imports when it is imported (module level, not
    under TYPE_CHECKING, not inside functions: those import when called)."""
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found: set[str] = set()
        body = list(tree.body)
        while body:
            node = body.pop(0)
            if isinstance(node, ast.If) and not _type_checking(node):
                body += node.body + node.orelse
            elif isinstance(node, ast.Try):
                body += node.body
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("lintkit"))
            elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("lintkit"):
                for alias in node.names:
                    sub = f"{node.module}.{alias.name}"
                    found.add(sub if sub in modules else node.module)
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def test_no_import_cycle() -> None:
    graph = imports()
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> None:
        if node in path:
            raise AssertionError("import cycle: " + " -> ".join([*path[path.index(node) :], node]))
        if node in done:
            return
        for nxt in sorted(graph[node]):
            visit(nxt, [*path, node])
        done.add(node)

    for node in sorted(graph):
        visit(node, [])


def test_modules_outside_rules_stay_small() -> None:
    big = {
        str(p.relative_to(ROOT)): n
        for p in PACKAGE.rglob("*.py")
        if "rules" not in p.relative_to(PACKAGE).parts and (n := len(p.read_text(encoding="utf-8").splitlines())) > 450
    }
    assert big == {}


def test_reporters_and_rules_do_not_import_the_pipeline() -> None:
    graph = imports()
    for name, targets in graph.items():
        if name.startswith(("lintkit.reports", "lintkit.rules", "lintkit.results", "lintkit.audit")):
            assert not {t for t in targets if t.startswith(("lintkit.pipeline", "lintkit.store", "lintkit.cli"))}, name


def test_only_the_format_and_its_syntax_rules_read_its_labels() -> None:
    """A format's syntax (the alphanode meta block as written, its labels) is read by
    the format and by the rules declared for it; everything else asks lintkit.facts."""
    graph = imports()
    readers = {n for n, targets in graph.items() if any(t.startswith("lintkit.formats.alphanode") for t in targets)}
    readers -= {n for n in readers if n.startswith("lintkit.formats")}
    assert readers == {"lintkit.rules.structure", "lintkit.rules.meta"}
    for r in registry().values():
        source = inspect.getsource(r.check)
        if "export(" in source or "_fields(" in source:  # the export's meta block as written
            assert r.formats is not None and "alphanode" in r.formats, r.code
            # A rule for both formats reads the export only past its Markdown branch.
            assert r.formats == frozenset({"alphanode"}) or 'if article.format == "markdown"' in source, r.code
        if "front_matter(" in source:  # Markdown's front matter as written
            assert r.formats == frozenset({"markdown"}), r.code
