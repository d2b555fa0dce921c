"""Tests for benchmarks/make_corpus.py, the synthetic corpus generator.

The format checks here are written independently of lintkit (which is built
in parallel): a small parser of our own, validated on the real seed exports
first, then applied to generated clean articles.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "make_corpus.py"
SEEDS = sorted((ROOT / "tests" / "data" / "seeds").glob("*.txt"))

# Every code the brief asks for, listed here rather than read from the module
# so that dropping a case from the generator fails this test.
REQUIRED_CODES = {
    "STR001", "STR002", "STR003", "STR004", "STR005",
    "DUP001", "DUP002", "DUP003", "DUP005",
    "CHK001", "CHK002", "CHK003", "CHK004", "CHK005",
    "IMG001", "IMG002", "IMG003", "IMG004", "IMG005", "IMG007",
    "META001", "META002", "META003", "META004", "META005", "META006", "META008",
    "META009", "META011", "META013", "META014",
    "CODE001",
}  # fmt: skip
META_LABELS = (
    "topic", "summary", "ai outline", "ai brief", "stack", "tools", "code language",
    "difficulty", "reading time", "view count", "score", "revision", "reference", "hash",
    "flags", "checklist", "entities", "image sources", "payload", "notes",
)  # fmt: skip
BREADCRUMB = re.compile(r"\|( \|)*")
BULLET_ITEM = re.compile(r"^( {2}| {4})\u2022 (.*)$")


@pytest.fixture(scope="module")
def mc() -> ModuleType:
    # benchmarks/ is not a package; load the script by path. It must be in
    # sys.modules before exec so that its dataclasses can resolve annotations.
    spec = importlib.util.spec_from_file_location("make_corpus", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_corpus"] = module
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------------------
# A minimal independent parser for clean articles
# ---------------------------------------------------------------------------


def normalise(data: bytes) -> str:
    """Undo the format noise: BOM, CRLF, trailing blanks, no-break spaces."""
    text = data.decode("utf-8-sig").replace("\r\n", "\n").replace("\u00a0", " ")
    return "\n".join(line.rstrip(" \t") for line in text.split("\n"))


def parse_meta(lines: list[str]) -> dict[str, object]:
    meta: dict[str, object] = {}
    order: list[str] = []
    current: list[str] | None = None
    for line in lines:
        item = BULLET_ITEM.match(line)
        if item:
            assert current is not None, f"item outside a list: {line!r}"
            current.append(item.group(2))
            continue
        label = max((lb for lb in META_LABELS if line.startswith(lb)), key=len, default=None)
        assert label is not None, f"unknown meta line {line!r}"
        assert label not in meta, f"duplicate field {label}"
        order.append(label)
        value = line[len(label) :]
        if value:
            meta[label], current = value, None
        else:
            current = []
            meta[label] = current
    meta["_order"] = order
    return meta


def kv(items: object) -> dict[str, str]:
    assert isinstance(items, list)
    return dict(item.split(": ", 1) for item in items)


def parse_article(text: str, headings: set[str]) -> dict[str, object]:
    lines = text.split("\n")
    i = 2 if BREADCRUMB.fullmatch(lines[0]) else 0
    assert lines[i + 1] == lines[i + 3] == lines[i + 6] == ""
    title, intro, caption, caption_line = lines[i], lines[i + 2], lines[i + 4], lines[i + 5]
    checklist_at = lines.index("implementation checklist")
    sections: list[dict[str, list[str]]] = []
    for n, line in enumerate(lines[i + 7 : checklist_at], start=i + 7):
        if not line:
            continue
        if line in headings and lines[n - 1] == "" and lines[n + 1] == "":
            sections.append({"heading": [line], "paragraphs": [], "code": []})
        elif line.endswith(".") and not sections[-1]["code"]:
            sections[-1]["paragraphs"].append(line)
        else:
            code = sections[-1]["code"]
            if code and lines[n - 1] == "":
                code.append("")  # the one blank line a snippet may have inside
            code.append(line)
    assert lines[checklist_at + 1] == ""
    end = lines.index("", checklist_at + 2)
    checklist = [BULLET_ITEM.match(ln).group(2) for ln in lines[checklist_at + 2 : end]]
    assert lines[end + 1 : end + 3] == ["final notes", ""] and lines[end + 4] == ""
    final_notes = lines[end + 3]
    assert lines[end + 5 : end + 7] == ["alphanode post meta", ""]
    assert lines[-2:] == ["", "Similar Posts"]
    return {
        "title": title,
        "intro": intro,
        "caption": caption,
        "caption_line": caption_line,
        "sections": sections,
        "checklist": checklist,
        "final_notes": final_notes,
        "meta": parse_meta(lines[end + 7 : -2]),
    }


def sentences(paragraph: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=\.)\s+", paragraph) if s.strip()]


def check_facts(text: str, headings: set[str], generated: bool = True) -> None:
    """The facts FORMAT.md says all five seeds obey."""
    assert text.endswith("\nSimilar Posts")
    art = parse_article(text, headings)
    meta = art["meta"]
    assert isinstance(meta, dict)
    assert meta["_order"] == list(META_LABELS)
    outline, payload = kv(meta["ai outline"]), kv(meta["payload"])
    problem, stack = outline["problem"], outline["stack"]
    assert meta["topic"] == f"{problem} / {stack}"
    for part in (art["title"], meta["summary"], art["caption"]):
        assert problem in part and stack in part, part
    assert meta["entities"][0::2] == [f"name: {stack}", f"name: {meta['stack'][1]}", f"name: {problem}"]
    assert meta["entities"][1::2] == ["type: stack", "type: area", "type: problem"]
    assert meta["stack"][0] == stack and meta["stack"][2] == meta["code language"]
    # identifiers
    ident = re.fullmatch(r"anp-ref-(\d{6})-\d{4}", meta["reference"]).group(1)
    assert payload["source id"] == f"alphanode-{ident}"
    assert payload["seed"] == str(int(ident))
    image = kv(meta["image sources"])
    if image["source"] == "picsum.photos":
        assert image["url"] == f"https://picsum.photos/seed/anp-{ident}/1200/630"
    else:
        assert image["source"] == "unsplash"
        assert re.fullmatch(
            r"https://images\.unsplash\.com/photo-\d+-[0-9a-f]+\?auto=format&fit=crop&w=1200&q=80",
            image["url"],
        )
    assert image["caption"] == art["caption"]
    assert art["caption_line"] == f"{art['caption']}. image source: {image['source']}"
    # counts and lists
    sections = art["sections"]
    body = [p for s in sections for p in s["paragraphs"]]
    assert int(payload["paragraphs"]) == 1 + len(body)
    assert meta["checklist"] == art["checklist"]
    assert 3 <= len(art["checklist"]) <= 6
    # value formats
    flags, revision, score = kv(meta["flags"]), kv(meta["revision"]), kv(meta["score"])
    assert flags["has images"] == "1" and flags["image heavy"] == "0"
    assert re.fullmatch(r"[0-9a-f]{24}", meta["hash"])
    assert re.fullmatch(r"\d+\.\d+\.\d+", revision["version"])
    assert revision["status"] in {"drafted", "expanded", "reviewed"}
    assert date(2021, 1, 1) <= date.fromisoformat(revision["last reviewed"]) <= date(2026, 10, 31)
    assert meta["difficulty"] in {"beginner", "intermediate", "advanced"}
    assert 4 <= int(meta["reading time"]) <= 12 and int(meta["view count"]) >= 0
    assert all(0 <= int(v) <= 100 for v in score.values())
    # code
    blocks = ["\n".join(s["code"]) for s in sections if s["code"]]
    assert all(3 <= len(b.split("\n")) <= 10 for b in blocks)
    if meta["code language"] == "python":
        for block in blocks:
            ast.parse(block)
    if not generated:
        return  # seed 003 repeats its block and seeds share some sentences
    assert len(set(blocks)) == len(blocks)
    # notes, standard posts and guides (make_corpus.SIZES)
    assert 1 <= len(sections) <= len(headings) and all(1 <= len(s["paragraphs"]) <= 4 for s in sections)
    check_prose(art["intro"], body, art["final_notes"], stack)


def check_prose(intro: str, body: list[str], final_notes: str, stack: str) -> None:
    owner = f"for this {stack} case, keep the owner, expected result, and rollback note in the same place."
    alphanode = "the alphanode approach is to prefer a small verified change over a broad rewrite."
    prose = [intro, *body, final_notes]
    assert len(set(prose)) == len(prose)
    for n, a in enumerate(body):
        for b in body[n + 1 :]:
            assert fuzz.ratio(a, b) < 90
    seen = [s for p in prose for s in sentences(p) if len(s.split()) >= 8]
    counts = {s: seen.count(s) for s in seen}
    assert 1 <= counts.pop(owner) <= 2
    assert counts.pop(alphanode, 0) <= 1
    assert all(c == 1 for c in counts.values()), [s for s, c in counts.items() if c > 1]


# ---------------------------------------------------------------------------
# Tests
# ---------------------------------------------------------------------------


def test_parser_accepts_the_real_seeds(mc: ModuleType) -> None:
    assert len(SEEDS) == 5
    for seed in SEEDS:
        check_facts(normalise(seed.read_bytes()), set(mc.HEADINGS), generated=False)


def test_pools_are_internally_consistent(mc: ModuleType) -> None:
    for stack in mc.STACKS:
        for framework in stack.frameworks:
            for snippet in framework.snippets:
                lines = snippet.split("\n")
                assert 3 <= len(lines) <= 10, snippet
                assert not any(line.endswith(".") for line in lines)
                assert "\n\n\n" not in snippet
                if stack.language == "python":
                    ast.parse(snippet)
    pool = [*mc.PARAGRAPHS, mc.FINAL_NOTES, *mc.INTRO_TEMPLATES]
    long_sentences = [s for p in pool for s in sentences(p) if len(s.split()) >= 8]
    assert len(long_sentences) == len(set(long_sentences))
    for p in mc.PARAGRAPHS:
        assert any(len(s.split()) >= 8 for s in sentences(p))
    assert len(mc.PARAGRAPHS) >= 12 + 30
    assert len(mc.UNSPLASH_URLS) == len(set(mc.UNSPLASH_URLS)) == 30


def test_same_seed_gives_identical_bytes(mc: ModuleType, tmp_path: Path) -> None:
    first = list(mc.generate(120, seed=11, defect_rate=0.6, noise_rate=0.5))
    second = list(mc.generate(120, seed=11, defect_rate=0.6, noise_rate=0.5))
    assert first == second
    other = list(mc.generate(120, seed=12, defect_rate=0.6, noise_rate=0.5))
    assert [a.data for a in first] != [a.data for a in other]
    m1 = mc.write_corpus(tmp_path / "a", 60, seed=5)
    m2 = mc.write_corpus(tmp_path / "b", 60, seed=5)
    assert m1.read_bytes() == m2.read_bytes()
    for path in (tmp_path / "a").glob("*.txt"):
        assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes()


def test_every_code_is_injected(mc: ModuleType) -> None:
    articles = list(mc.generate(400, seed=2026, defect_rate=0.9))
    defects = [d for a in articles for d in a.defects]
    assert all(len(a.defects) <= 1 for a in articles)
    assert 320 <= len(defects) <= 400
    assert not REQUIRED_CODES - {d.code for d in defects}
    assert {(c.code, c.name) for c in mc.CASES} == {(d.code, d.case) for d in defects}
    for d in defects:
        assert d.code not in d.allow and all(re.fullmatch(r"[A-Z]+\d{3}", c) for c in d.allow)


def test_clean_articles_follow_the_format(mc: ModuleType) -> None:
    articles = [a for a in mc.generate(300, seed=7, defect_rate=0.3, noise_rate=0.5) if not a.defects]
    assert len(articles) > 150
    headings = set(mc.HEADINGS)
    for article in articles:
        check_facts(normalise(article.data), headings)
    # Some variety the corpus rules rely on.
    stacks = {a.stack for a in articles}
    assert stacks == {s.name for s in mc.STACKS}
    assert {n for a in articles for n in a.noise} == set(mc.NOISE_KINDS)
    starts = {normalise(a.data).split("\n", 1)[0] for a in articles}
    assert {"|", "| |", "| | |"} <= starts and len(starts) > 3  # some start with the title


def test_noise_only_changes_bytes(mc: ModuleType) -> None:
    plain = list(mc.generate(80, seed=3, defect_rate=0.0, noise_rate=0.0))
    noisy = list(mc.generate(80, seed=3, defect_rate=0.0, noise_rate=1.0))
    assert all(a.noise for a in noisy)
    for quiet, loud in zip(plain, noisy, strict=True):
        # Same article skeleton; noise draws random numbers only after the content.
        assert normalise(quiet.data) == normalise(loud.data)


def _python_blocks(text: str, headings: set[str]) -> list[str]:
    art = parse_article(text, headings)
    return ["\n".join(s["code"]) for s in art["sections"] if s["code"]]


def test_defects_are_where_the_manifest_says(mc: ModuleType) -> None:
    headings = set(mc.HEADINGS) | set(mc.EMPTY_HEADINGS)
    seen: set[str] = set()
    for article in mc.generate(400, seed=99, defect_rate=1.0, noise_rate=0.3):
        (defect,) = article.defects
        key = f"{defect.code}/{defect.case}"
        seen.add(key)
        data = article.data
        if defect.code == "STR001":
            if defect.case in {"empty", "whitespace-only"}:
                assert not data.strip()
            elif defect.case in {"binary", "nul-bytes"}:
                assert b"\x00" in data
            elif defect.case == "latin1":
                with pytest.raises(UnicodeDecodeError):
                    data.decode("utf-8")
            elif defect.case == "utf16":
                assert data.startswith(b"\xff\xfe")
            else:
                assert "alphanode post meta" not in normalise(data)
            continue
        text = normalise(data)
        if defect.code == "CODE001":
            broken = 0
            for block in _python_blocks(text, headings):
                try:
                    ast.parse(block)
                except SyntaxError:
                    broken += 1
            assert broken == 1, key
        elif defect.code == "DUP002":
            body = [p for s in parse_article(text, headings)["sections"] for p in s["paragraphs"]]
            norm = [" ".join(p.casefold().split()) for p in body]
            assert len(set(norm)) == len(norm)
            assert any(fuzz.ratio(a, b) >= 90 for n, a in enumerate(norm) for b in norm[n + 1 :])
        elif defect.code == "DUP001":
            norm = [" ".join(p.casefold().split()) for p in text.split("\n") if p.endswith(".")]
            assert len(set(norm)) < len(norm)
        elif defect.code == "IMG002":
            assert "    \u2022 url: http://" in text
        elif defect.code == "META011":
            found = re.search(r"last reviewed: (\S+)", text)
            assert found and found.group(1) > "2026-11-24"
        elif defect.code == "CHK005":
            assert len(parse_article(text, headings)["checklist"]) == 2
        elif key == "STR005/after-trailer":
            assert not text.endswith("Similar Posts") and "\nSimilar Posts\n\n" in text
        elif key == "STR003/no-meta":
            assert "alphanode post meta" not in text and text.endswith("\n\nSimilar Posts")
    assert len(seen) == len(mc.CASES)


def test_cli_writes_files_and_manifest(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    cmd = [sys.executable, str(SCRIPT), str(out), "--count", "25", "--seed", "4"]
    subprocess.run(cmd, check=True, capture_output=True)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    files = sorted(p.name for p in out.glob("*.txt"))
    assert len(files) == 25
    assert manifest["generator"] == "lintkit make_corpus" and manifest["version"] == 1
    assert (manifest["seed"], manifest["count"], manifest["as_of"]) == (4, 25, "2026-11-24")
    assert manifest["natural"] == ["STR006", "META007", "META012", "DUP005"]
    assert sorted(a["path"] for a in manifest["articles"]) == files
    assert all(re.fullmatch(r"\d{5}_[0-9a-f]{16}\.txt", name) for name in files)
    entry = manifest["articles"][0]
    assert set(entry) == {"path", "stack", "code_language", "noise", "defects", "natural"}
    # A smaller rerun into the same directory leaves no stale articles.
    subprocess.run([*cmd[:4], "10"], check=True, capture_output=True)
    assert len(list(out.glob("*.txt"))) == 10
    bad = subprocess.run([*cmd, "--defect-rate", "1.5"], capture_output=True)
    assert bad.returncode == 2
