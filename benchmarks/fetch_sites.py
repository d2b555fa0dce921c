"""Fetch real site-generator Markdown (Docusaurus, Jekyll, Hugo, VitePress, Hexo, MyST, Pelican), reproducibly.

    .venv/bin/python benchmarks/fetch_sites.py [DIR] [--jobs 4]

The pages that static-site generators' own starters, themes and documentation ship, as PyPI, npm and
Debian publish them, into DIR (default benchmarks/corpus/real-sites-src/, git-ignored: the text is never
committed) as `DIR/<package>-<version>/<path in the archive>`, with `DIR/SOURCES.json` listing each
archive, its sha256 and file count. Each archive is pinned: npm's and Debian's by the sha256 of the
tarball or .deb as downloaded, PyPI's checked against the one the index publishes. No round of fixes was
tuned on these pages before they were judged (docs/markdown.md, "Judged on pages never tuned on").

- Docusaurus / MDX: create-docusaurus's templates (blog posts in `.md` and `.mdx`, `:::tip` admonitions,
  `import` lines, JSX, `<!-- truncate -->`, docs with `sidebar_position`) and Ax's documentation
  (ax-platform: a Docusaurus site's `docs/`, front matter `id` / `title`, LaTeX, Python).
- Jekyll: jekyll-theme-chirpy's posts (`_posts/YYYY-MM-DD-*.md`, Liquid, Go) and tabs, Jekyll's own
  Markdown and the minima theme's README as Debian ships them.
- Hugo: Cloudflare's Hugo docs theme (its exampleSite's content and archetypes: shortcodes `{{< >}}`).
- VitePress: the template `vitepress init` writes (`::: tip` containers, `<script setup>`, Vue).
- Hexo: the starter `hexo init` writes (`{% %}` tags, scaffolds with `{{ title }}`).
- MyST: Jupyter Book 2's documentation (`:::{note}` directives, roles, YAML front matter).
- Node.js's API reference (nodejs-doc): `<!-- YAML -->` history comments, JavaScript, C++, shell.
- Node.js's API reference (nodejs-doc): `<!-- YAML -->` history comments, JavaScript, C++, shell.
- Pelican: its test site's articles (Pelican's `Title:` metadata, typogrify, footnotes, Markdown extensions).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fetch_markdown_docs import HERE, fetch_pinned

DEFAULT_DIR = HERE / "corpus" / "real-sites-src"

# (spec, the folders kept)
SITES_PYPI = (
    ("ax-platform==1.3.1", "docs/"),
    ("jupyter-book==2.1.7", "docs/"),
    ("pelican==4.12.0", ("pelican/tests/content/", "samples/content/")),
)
# (package, version, sha256 of the tarball, the folders kept)
SITES_NPM = (
    (
        "create-docusaurus",
        "3.10.2",
        "49c322e8e0a2763948d3390d8074ebb93542baf3d3f39db922dc1050459687c2",
        "templates/",
    ),
    (
        "jekyll-theme-chirpy",
        "5.3.21",
        "6ea7bfe8c8f4110433a43eca8f7ed24e73cea5f4ec1d67ec13c03e07ad3446b3",
        ("_posts/", "_tabs/"),
    ),
    (
        "@cloudflare/hugo-cloudflare-docs",
        "1.0.4",
        "038b0d7a398be1ff612b9760709a3e4c1c94770ff05d1351adbaa47ab13dcb17",
        ("exampleSite/", "archetypes/"),
    ),
    ("vitepress", "1.6.4", "37f38a64e1e8ea1e9db68ad201488327c8df1303d3cdb2ceb0e3754259d65114", "template/"),
    (
        "hexo-starter",
        "0.0.0",
        "0233e823f4ba41314c4de71781871f5d9a83b063963ee984d80f95ca22ba9ade",
        ("source/", "scaffolds/"),
    ),
)
# (package, version, sha256 of the .deb, the project's folder, the folders kept or None for all)
SITES_DEB = (
    # Node.js's API reference as its own doc tooling reads it: `<!-- YAML -->` history comments, `.mjs` / `.cjs`
    # twin blocks, C++ addons, console sessions: not a site generator's, but a docs site's source
    (
        "nodejs-doc",
        "18.20.4+dfsg-1~deb12u3",
        "d2fbd4f3aecccea9d901a03842ef8380379e0d33010a48af5e797ed68ae874ce",
        "nodejs",
        "api/",
    ),
    (
        "jekyll",
        "4.3.1+dfsg-3+deb12u1",
        "9bc095fb673699262901b182aa0e147c189708caa21dccaca21d86592be85984",
        "jekyll",
        None,
    ),
    (
        "jekyll-theme-minima",
        "2.5.1-2",
        "f2f1429c61d843db2830ad1e646e2730933321c6a4fad76af5c0b1244d85c2dc",
        "minima",
        None,
    ),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fetch site generators' real Markdown from pinned archives")
    parser.add_argument("out_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--jobs", type=int, default=4, help="parallel downloads (default 4)")
    args = parser.parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    return fetch_pinned(args.out_dir, args.jobs, "archives", SITES_PYPI, SITES_NPM, SITES_DEB)


if __name__ == "__main__":
    raise SystemExit(main())
