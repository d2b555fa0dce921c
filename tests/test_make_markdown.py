"""Tests for benchmarks/make_markdown.py, the generator of the Markdown corpus.

They read what it writes with parsers of their own (PyYAML's safe_load,
tomllib, ast, json), not with lintkit: the corpus is the ground truth
lintkit's Markdown format is measured against.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import struct
import sys
import tomllib
import zlib
from pathlib import Path
from types import ModuleType

import pytest

yaml = pytest.importorskip("yaml")

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "make_markdown.py"
COUNT = 48
SEED = 3
# Every kind the brief names, listed here rather than read from the module so
# that dropping one from the generator fails a test.
KINDS = {
    "duplicate-paragraph",
    "http-image",
    "missing-alt",
    "broken-local-image",
    "bad-front-matter",
    "lastmod-before-date",
    "short-description",
    "python-syntax-error",
    "json-invalid",
}
FENCE = re.compile(r"^(`{3,}|~{3,})\s*([^\s{]*)")


@pytest.fixture(scope="module")
def mm() -> ModuleType:
    # benchmarks/ is not a package: load the script by path, registered
    # before exec so that its dataclasses resolve their annotations.
    spec = importlib.util.spec_from_file_location("make_markdown", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_markdown"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def site(mm: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    mm.write_site(out, COUNT, seed=SEED, defect_rate=0.5)
    return out


@pytest.fixture(scope="module")
def manifest(site: Path) -> dict:
    return json.loads((site / "manifest.json").read_text(encoding="utf-8"))


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def text_of(path: Path) -> str:
    """The file as a Markdown reader sees it: no BOM, LF line ends."""
    return path.read_bytes().decode("utf-8").removeprefix("\ufeff").replace("\r\n", "\n")


def split_front_matter(text: str) -> tuple[str, str, str]:
    """(format, front matter source, body)."""
    fence = text.split("\n", 1)[0]
    assert fence in ("---", "+++"), fence
    end = text.index(f"\n{fence}\n", 3)
    return ("yaml" if fence == "---" else "toml"), text[len(fence) + 1 : end + 1], text[end + len(fence) + 2 :]


def code_blocks(text: str) -> list[tuple[int, str, str]]:
    """(line of the opening fence, language, body) of each fenced block."""
    out, lines, i = [], text.split("\n"), 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if m:
            start, marker, lang, body = i + 1, m.group(1), m.group(2), []
            i += 1
            while not lines[i].startswith(marker):
                body.append(lines[i])
                i += 1
            out.append((start, lang, "\n".join(body) + "\n"))
        i += 1
    return out


def defects_of(manifest: dict, rel: str) -> list[dict]:
    return [d for d in manifest["defects"] if d["file"] == rel]


def test_the_same_arguments_give_the_same_bytes(mm: ModuleType, site: Path, tmp_path: Path) -> None:
    mm.write_site(tmp_path / "again", COUNT, seed=SEED, defect_rate=0.5)
    assert tree(tmp_path / "again") == tree(site)
    mm.write_site(tmp_path / "other", 6, seed=SEED + 1, defect_rate=0.5)
    assert tree(tmp_path / "other") != tree(site)


def test_a_clean_post_does_not_depend_on_the_defect_rate(mm: ModuleType, manifest: dict, site: Path) -> None:
    clean = {g.rel: g.data for g in mm.generate(COUNT, SEED, 0.0)}
    assert list(clean) == [p["file"] for p in manifest["posts"]]
    for post in manifest["posts"]:
        if not post["defects"]:
            assert (site / post["file"]).read_bytes() == clean[post["file"]], post["file"]


def test_it_writes_the_files_it_claims(manifest: dict, site: Path) -> None:
    assert manifest["generator"] == "lintkit make_markdown"
    assert (manifest["count"], manifest["seed"]) == (COUNT, SEED)
    assert len(manifest["posts"]) == COUNT
    posts = {p["file"] for p in manifest["posts"]}
    assert len(posts) == COUNT
    written = {p.relative_to(site).as_posix() for p in (site / "content").rglob("*") if p.is_file()}
    markdown = {p for p in written if p.endswith((".md", ".markdown"))}
    assert markdown == posts
    for post in manifest["posts"]:
        if post["bundle"]:
            assert post["file"].endswith("/index.md")
            assert (site / post["file"]).with_name("cover.png").is_file()
        else:
            assert re.fullmatch(r"content/posts/[a-z0-9-]+\.(md|markdown)", post["file"])
    # Everything else under content/ is an image of a page bundle.
    assert all(p.endswith(".png") and p.rsplit("/", 1)[0] + "/index.md" in posts for p in written - markdown)
    assert sorted(manifest["static_images"]) == sorted(
        p.relative_to(site).as_posix() for p in (site / "static").rglob("*") if p.is_file()
    )


def test_the_images_are_valid_pngs(site: Path) -> None:
    images = sorted(site.rglob("*.png"))
    assert len(images) > 20
    for path in images:
        data = path.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n", path
        pos, chunks, idat = 8, [], b""
        while pos < len(data):
            (length,) = struct.unpack(">I", data[pos : pos + 4])
            tag, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
            assert struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])[0] == zlib.crc32(tag + body)
            chunks.append(tag)
            idat += body if tag == b"IDAT" else b""
            pos += 12 + length
        assert chunks == [b"IHDR", b"IDAT", b"IEND"], path
        width, height = struct.unpack(">II", data[16:24])
        assert len(zlib.decompress(idat)) == height * (1 + 3 * width)


def test_the_front_matter_parses(manifest: dict, site: Path) -> None:
    formats = set()
    for post in manifest["posts"]:
        fmt, source, _ = split_front_matter(text_of(site / post["file"]))
        assert fmt == post["front_matter"]
        formats.add(fmt)
        if "bad-front-matter" in post["defects"]:
            with pytest.raises((yaml.YAMLError, tomllib.TOMLDecodeError)):
                yaml.safe_load(source) if fmt == "yaml" else tomllib.loads(source)
            continue
        data = yaml.safe_load(source) if fmt == "yaml" else tomllib.loads(source)
        assert {"title", "date", "description", "draft", "tags"} <= set(data), post["file"]
        assert isinstance(data["title"], str) and data["title"]
        assert isinstance(data["draft"], bool)
        assert isinstance(data["tags"], list) and all(isinstance(t, str) for t in data["tags"])
        assert isinstance(data.get("checklist", []), list)
        assert isinstance(data.get("reading_time", 1), int)
        day = str(data["date"])[:10]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", day)
        if "lastmod" in data and "lastmod-before-date" not in post["defects"]:
            assert str(data["lastmod"])[:10] >= day, post["file"]
        if "short-description" not in post["defects"]:
            assert len(data["description"]) >= 50, post["file"]
    assert formats == {"yaml", "toml"}


def test_line_ends_and_bom_follow_the_manifest(mm: ModuleType, manifest: dict, site: Path) -> None:
    for post in manifest["posts"]:
        data = (site / post["file"]).read_bytes()
        assert data.startswith(b"\xef\xbb\xbf") == post["bom"]
        assert (b"\r\n" in data) == post["crlf"]
        if post["crlf"]:
            assert data.count(b"\n") == data.count(b"\r\n")
    # Over a longer run, about 5 % CRLF and 3 % BOM, a quarter TOML, both layouts.
    many = [g.post for g in mm.generate(200, 11)]
    assert 3 <= sum(p.crlf for p in many) <= 25
    assert 1 <= sum(p.bom for p in many) <= 15
    assert 30 <= sum(p.fm_format == "toml" for p in many) <= 75
    assert 50 <= sum(p.bundle for p in many) <= 110


def test_every_kind_is_injected_where_the_manifest_says(manifest: dict, site: Path) -> None:
    defects = manifest["defects"]
    assert {d["kind"] for d in defects} == KINDS
    assert sum(1 for p in manifest["posts"] if p["defects"]) == len(defects)
    for d in defects:
        path = site / d["file"]
        lines = text_of(path).split("\n")
        line = lines[d["line"] - 1]
        kind = d["kind"]
        if kind == "http-image":
            assert re.search(r"!\[[^\]]+\]\(http://", line), line
        elif kind == "missing-alt":
            assert line.startswith("![](") or (line.startswith("<img ") and "alt=" not in line), line
        elif kind == "broken-local-image":
            src = re.search(r"\]\(([^)]+)\)", line).group(1)
            target = site / "static" / src[1:] if src.startswith("/") else path.parent / src
            assert not target.exists(), line
        elif kind == "bad-front-matter":
            assert re.match(r"(title|description|tags) ?[:=]", line), line
        elif kind == "lastmod-before-date":
            assert re.match(r"lastmod ?[:=]", line), line
        elif kind == "short-description":
            assert re.match(r"description ?[:=]", line) and len(line) < 30, line
        elif kind in ("python-syntax-error", "json-invalid"):
            blocks = {start: (lang, body) for start, lang, body in code_blocks("\n".join(lines))}
            lang, body = blocks[d["line"]]
            if kind == "json-invalid":
                assert lang == "json"
                with pytest.raises(ValueError):
                    json.loads(body)
            else:
                assert lang == "python"
                with pytest.raises(SyntaxError):
                    ast.parse(body)
        elif kind == "duplicate-paragraph":
            paragraph = []
            for text in lines[d["line"] - 1 :]:
                if not text:
                    break
                paragraph.append(text)
            copy = "\n".join(paragraph)
            body = "\n".join(lines[: d["line"] - 1])
            assert len(copy.split()) >= 12 and f"\n{copy}\n" in body, copy


def test_clean_code_blocks_parse(manifest: dict, site: Path) -> None:
    languages = set()
    for post in manifest["posts"]:
        text = text_of(site / post["file"])
        broken = {d["line"] for d in defects_of(manifest, post["file"])}
        for start, lang, body in code_blocks(text):
            languages.add(lang)
            if start in broken:
                continue
            if lang in ("python", "py"):
                ast.parse(body)
            elif lang == "json":
                json.loads(body)
            elif lang == "toml":
                tomllib.loads(body)
            elif lang in ("yaml", "yml"):
                yaml.safe_load(body)
    assert {"python", "go", "toml", "diff"} <= languages


def test_local_images_of_clean_posts_exist(manifest: dict, site: Path) -> None:
    checked = 0
    for post in manifest["posts"]:
        if "broken-local-image" in post["defects"]:
            continue
        path = site / post["file"]
        _, _, body = split_front_matter(text_of(path))
        body = re.sub(r"(?ms)^(```|~~~).*?^\1", "", body)  # code blocks hold no images
        for src in re.findall(r'!\[[^\]]*\]\(([^)\s]+)|<img src="([^"]+)"|figure src="([^"]+)"', body):
            src = next(s for s in src if s)
            if src.startswith(("http://", "https://")):
                continue
            target = site / "static" / src[1:] if src.startswith("/") else path.parent / src
            assert target.is_file(), (post["file"], src)
            checked += 1
    assert checked > COUNT


def test_the_body_has_what_a_blog_post_has(manifest: dict, site: Path) -> None:
    text = "\n".join(text_of(site / p["file"]) for p in manifest["posts"])
    for needle in (
        "\n## ",
        "\n### ",
        "\n- [ ] ",
        "\n| --- |",
        "\n> ",
        "[^1]",
        "\n[^1]: ",
        "](https://",
        "](/images/",
        "{{< figure",
        "{{% notice",
        "{% raw %}",
        "\n    ",
        "\n1. ",
        "\n$ ",
    ):
        assert needle in text, needle
    assert re.search(r"^#{2,4} .*[?!:]$", text, re.MULTILINE)
    assert re.search(r"^\[[\w-]+\]: https://", text, re.MULTILINE)


def test_real_material_is_used_deterministically(mm: ModuleType, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "guide").mkdir(parents=True)
    prose = [
        "The resolver reads every requirement once and keeps the first version that satisfies all of them.",
        "A lock file records the exact versions, so a later install on another machine gets the same set.",
        "Plugins register themselves through an entry point and are loaded the first time a command needs them.",
    ]
    (docs / "index.md").write_text(
        f"# Guide\n\n{prose[0]}\n\n```python\nimport sys\nprint(sys.argv)\n```\n\n"
        f"## Installing it\n\n{prose[1]}\n\n```python\n>>> broken(\n```\n\n```json\n{{'a': 1}}\n```\n",
        encoding="utf-8",
    )
    (docs / "guide" / "plugins.md").write_text(
        f'---\ntitle: Plugins\n---\n\n{prose[2]}\n\n```toml\n[tool.demo]\nplugins = ["a"]\n```\n\n'
        "- a list item that is not a paragraph of prose at all\n",
        encoding="utf-8",
    )
    pool = mm.load_real(docs)
    assert sorted(pool.paragraphs) == sorted(prose)
    assert sorted(info for info, _ in pool.code) == ["python", "toml"]
    assert pool.excluded_code == 2
    mm.write_site(tmp_path / "a", 6, seed=1, real_dir=docs)
    mm.write_site(tmp_path / "b", 6, seed=1, real_dir=docs)
    assert tree(tmp_path / "a") == tree(tmp_path / "b")
    text = "\n".join(
        text_of(p) for p in sorted((tmp_path / "a" / "content").rglob("*")) if p.suffix in (".md", ".markdown")
    )
    assert all(p in text for p in prose)
    assert "broken(" not in text
    header = json.loads((tmp_path / "a" / "manifest.json").read_text(encoding="utf-8"))
    assert header["real"]["files"] == 2 and header["real"]["paragraphs"] == 3


def test_the_command_line(mm: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cli"
    assert mm.main([str(out), "--count", "3", "--seed", "2", "--defect-rate", "1"]) == 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["posts"]) == 3 and len(manifest["defects"]) == 3
    assert "wrote 3 posts" in capsys.readouterr().err
    # A rerun replaces the previous site; a folder it did not write is refused.
    assert mm.main([str(out), "--count", "1"]) == 0
    assert len(list((out / "content").rglob("*.md*"))) == 1
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine\n")
    with pytest.raises(SystemExit):
        mm.main([str(foreign), "--count", "1"])
    with pytest.raises(SystemExit):
        mm.main([str(out), "--count", "1", "--defect-rate", "2"])
