"""Fetch content teams' Markdown (Hugo and Jekyll docs, Astro, Eleventy and Hexo blogs), reproducibly.

    .venv/bin/python benchmarks/fetch_content.py [DIR] [--jobs 4]

Pages written by a site's content team, as committed to its content tree and as npm and Debian ship them,
into DIR (default benchmarks/corpus/real-content-src/, git-ignored: the text is never committed) as
`DIR/<package>-<version>/<path in the archive>`, with `DIR/SOURCES.json` listing each archive, its sha256
and file count. Each archive is pinned by the sha256 of the tarball or .deb as downloaded. No round of fixes
was tuned on these pages before they were judged (docs/markdown.md, "Judged on pages never tuned on").

- Hugo: Bootstrap 5.2's documentation (libjs-bootstrap5-doc: upstream's `site/content/docs/5.2/`, 102 pages:
  YAML front matter, paired shortcodes `{{< example >}}` ... `{{< /example >}}` and `{{< callout >}}`,
  `{{< docsref >}}` and `{{< param >}}` in link destinations, `{{< partial >}}`, inline shortcodes
  `{{< flex.inline >}}` holding Go templates, `{{< bs-table >}}` around Markdown tables, HTML, Sass,
  JavaScript, shell).
- Hugo again, a major version earlier: Bootstrap 4.6's documentation (libjs-bootstrap4, 73 pages).
- Astro: AstroPaper's blog (astro-paper, `src/content/blog/`: posts with `pubDatetime`, `postSlug`,
  `featured`, `draft`, `tags`, a remark-toc `## Table of contents`, tables, remote images, TypeScript, shell).
- Eleventy: eleventy-base-blog's posts and pages (`{% %}` Nunjucks, `eleventyNavigation`, images under `/img/`).
- Astro again: astro-accelerator's sample site (`pubDate`, `keywords`, `bannerImage`, `navOrder`, `navMenu`).
- Hexo: hexo-theme-reimu's example site (`_posts/hello-world.md` with no opening `---`, page bundles
  `about/index.md` and `friend/index.md`, a `{% friendsLink %}` tag, Chinese text).

No footnotes among them; the two Bootstrap trees are two sites in one folder (their titles and boilerplate
repeat across versions: META017, DUP004 and DUP006 say so, true to the corpus as linted).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fetch_markdown_docs import HERE, fetch_pinned

DEFAULT_DIR = HERE / "corpus" / "real-content-src"

# (package, version, sha256 of the tarball, the folders kept)
CONTENT_NPM = (
    ("astro-paper", "2.2.0", "4f515dfea4a19e8351e4f544dc9347e61a6b35db881651b276e84599936146b6", "src/"),
    (
        "eleventy-base-blog",
        "5.0.2",
        "66d2ec0ce3af4172dcd6b5850d4685f40801f9ac451a6edd601bd9a686d5fff6",
        ("posts/", "about/", "404.md"),
    ),
    (
        "astro-accelerator",
        "7.1.22",
        "6dbad4644331939d6c2761ff19562322c0d9b6f345f9e63d956bb6463cbc5aff",
        ("sample/src/pages/", "src/pages/"),
    ),
    ("hexo-theme-reimu", "1.12.6", "474696b768d2b3f259229e9d87f31fcb8053276b7299c42d66fd132fa008ccff", "_example/"),
)
# (package, version, sha256 of the .deb, the project's folder, the folders kept or None for all)
CONTENT_DEB = (
    (
        "libjs-bootstrap5-doc",
        "5.2.3+dfsg-8",
        "7c11f1d50fb6b9ad421c1321d133c77f798c781d2f19dd24fdfb74d3e11a720e",
        "bootstrap-docs",
        None,
    ),
    (
        "libjs-bootstrap4",
        "4.6.1+dfsg1-4+deb12u1",
        "975b5761281c694676757aa48c5f9a5e4d093c8d661b885221eaccce811bc58b",
        "bootstrap-docs",
        None,
    ),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fetch content teams' real Markdown from pinned archives")
    parser.add_argument("out_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--jobs", type=int, default=4, help="parallel downloads (default 4)")
    args = parser.parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    return fetch_pinned(args.out_dir, args.jobs, "archives", npm=CONTENT_NPM, deb=CONTENT_DEB)


if __name__ == "__main__":
    raise SystemExit(main())
