"""Blog posts kept in public repositories, fetched by commit: stand-ins for the
hidden corpus that no package registry ships (a project's blog lives in its
website's repository, not in its releases).

    .venv/bin/python benchmarks/fetch_github_posts.py --blog-tenth   (or any manifest's name: --blog-twelfth, ...)
    .venv/bin/python benchmarks/real_articles.py --src benchmarks/corpus/real-blog-tenth-src --posts --count 1000
    .venv/bin/python benchmarks/real_articles.py --src benchmarks/corpus/real-blog-goals-src --posts \
        --count 1000 --max-words 60000   (the Rust project goals updates are long)

Each stand-in is a manifest in benchmarks/github_posts/ (`<name>.json`): a list of
posts, each its repository, the commit it was read at, its path there, the
folder it goes into (its first part names the stack for real_articles.py:
`rust-blog` is `rust`), its file name there when not its own (`name`: two
posts of one name) and the sha256 of its bytes. A post is downloaded from
`--base` (GitHub's raw file host by default) at that commit and kept only when
its digest is the manifest's: the text judged is the text fetched. Written to
benchmarks/corpus/real-<name>-src/ (git-ignored, never committed).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fetch_markdown_docs import _get

HERE = Path(__file__).resolve().parent
MANIFESTS = HERE / "github_posts"
RAW = "https://raw.githubusercontent.com/"


def manifests() -> dict[str, Path]:
    """The stand-ins by name (`blog-tenth`), from the manifests' file names."""
    return {p.stem: p for p in sorted(MANIFESTS.glob("*.json"))}


def fetch(manifest: Path, out: Path, base: str = RAW) -> tuple[int, list[str]]:
    """Every post of `manifest` into `out`: how many were written, and what
    went wrong with the others (a download that failed, a digest that differs)."""
    posts = json.loads(manifest.read_text(encoding="utf-8"))
    written, problems = 0, []
    for post in posts:
        url = urllib.parse.urljoin(base, f"{post['repo']}/{post['commit']}/{urllib.parse.quote(post['path'])}")
        try:
            data = _get(url)
        except OSError as exc:
            problems.append(f"{post['repo']}:{post['path']}: {exc}")
            continue
        digest = hashlib.sha256(data).hexdigest()
        if digest != post["sha256"]:
            problems.append(f"{post['repo']}:{post['path']}: sha256 {digest}, the manifest says {post['sha256']}")
            continue
        target = out / post["folder"] / post.get("name", Path(post["path"]).name)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written += 1
    return written, problems


def main(argv: list[str] | None = None) -> int:
    found = manifests()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    for name in found:
        parser.add_argument(f"--{name}", action="store_true", help=f"the posts of github_posts/{name}.json")
    parser.add_argument("--base", default=RAW, help="where `<repo>/<commit>/<path>` is fetched from")
    parser.add_argument("--out", type=Path, help="instead of benchmarks/corpus/real-<name>-src/")
    args = parser.parse_args(argv)
    chosen = [name for name in found if getattr(args, name.replace("-", "_"))]
    if not chosen:
        parser.error(f"name a stand-in: {', '.join('--' + n for n in found)}")
    status = 0
    for name in chosen:
        out = args.out or HERE / "corpus" / f"real-{name}-src"
        written, problems = fetch(found[name], out, args.base)
        print(f"{name}: {written} posts into {out}")
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        status = status or (1 if problems else 0)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
