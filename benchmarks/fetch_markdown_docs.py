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
converts and lints them. `--blog-more` fetches the posts in `BLOGS_MORE` (other
projects, other blog engines' habits) into benchmarks/corpus/real-blog-more-src/,
which `real_articles.py --blog-more` converts and lints the same way.
`--blog-third` fetches `BLOGS_THIRD` (PyPI), `BLOGS_THIRD_NPM` (npm, through
`npm pack`) and `BLOGS_THIRD_DEB` (Debian) into
benchmarks/corpus/real-blog-third-src/, for `real_articles.py --blog-third`: text
no round of fixes was tuned on (JavaScript, TypeScript, Rust, Python).
`--blog-fourth` fetches `BLOGS_FOURTH_NPM` and `BLOGS_FOURTH_DEB` into
benchmarks/corpus/real-blog-fourth-src/, for `real_articles.py --blog-fourth`: a
fourth stand-in, stacks the others lack (Go, C++, JavaScript again from another project).
`--blog-fifth` fetches `BLOGS_FIFTH*` into benchmarks/corpus/real-blog-fifth-src/: SQL
(PostgreSQL extensions' guides, SQL tools) and Kubernetes (cdk8s-plus, kr8s, kubeclient,
Ansible's collections). `--blog-sixth` fetches `BLOGS_SIXTH_DEB` (Debian) into
benchmarks/corpus/real-blog-sixth-src/: buildah's release announcements and tutorials, podman's guides (root's
`#` sessions and their output, Dockerfiles), C and C++ notes and READMEs (libgit2, zstd, googletest,
nlohmann-json), git-lfs's specs, Go READMEs, Ruby guides (grape, capybara, rspec, dry-types) and hlint's
(Haskell). `--blog-seventh` fetches `BLOGS_SEVENTH*` into
benchmarks/corpus/real-blog-seventh-src/: web front-end (Foundation's guides, Stylus, PostCSS, Storybook's
docs addon: HTML, Sass, Stylus, JSX, MDX), data work with printed tables (dplyr, tibble, skimr's posts,
sqlframe, skimpy, datacompy: R, PySpark, pandas) and infrastructure (Molecule, ansible-navigator's FAQ,
ansible-lint's rules, mkosi, Alertmanager, gixy: Ansible, Docker, systemd, nginx, YAML). `--blog-eighth`
fetches `BLOGS_EIGHTH*` into benchmarks/corpus/real-blog-eighth-src/: game and graphics (Phaser 4's guides and
how-tos, LYGIA, regl, LÖVE, awesome: JavaScript, GLSL, Lua), mobile and desktop (Capacitor's guides,
agent-flutter's Dart how-tos, Electron's READMEs), security (eslint-plugin-security's articles, detect-secrets,
fail2ban), databases other than PostgreSQL (MongoDB, Redis, MySQL, SQLite drivers) and machine learning
(Flax's NNX tutorials and examples, einops, torchmetrics, keras, mlxtend, equinox). `--blog-ninth`
fetches `BLOGS_NINTH*` into benchmarks/corpus/real-blog-ninth-src/: migration guides, a release post and
tutorials across stacks (fastapi-users, fastapi-pagination, taskiq; the Singer SDK, DataChain, pandera;
Mithril's recent changes, undici; copier, Posting, direnv; NAPI-RS' CLI, ureq). `STAND_INS`
names each stand-in's folder and pinned sources.

`--more` fetches instead the Debian packages in `MORE` (bookworm; through
`apt-get download`, each `.deb` checked against its pinned sha256) and keeps
their Markdown (`*.md`, and `*.md.gz` unpacked) into
benchmarks/corpus/real-more-src/<project>-<version>/ (git-ignored): Rust
crates' guides and books (cxx, criterion, wasm-bindgen, async-std, cbindgen,
rayon, regex, tokio, nom, clap's examples...), gRPC-Go's docs and Docker's
documentation: Rust, Go, C++, TOML, Dockerfiles, JSON, shell sessions and
compiler output. `real_articles.py --src benchmarks/corpus/real-more-src`
converts and lints them.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import gzip
import hashlib
import io
import json
import posixpath
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_DIR = HERE / "corpus" / "real-md-src"
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

# A second blog stand-in (`--blog-more`), from projects the first does not use: dstack's MkDocs Material
# blog (47 posts: YAML, shell sessions, Python), Python-Markdown's release announcements written as
# prose (`What's new in 2.x`: Markdown, HTML, Python), and the articles distilabel, ragas and outlines
# write as posts (a paper reproduced, a how-to, a worked example: Python, JSON, shell, SQL).
BLOGS_MORE = (
    ("distilabel==1.5.3", ("docs/sections/pipeline_samples/papers/", "docs/sections/pipeline_samples/examples/")),
    ("dstack==0.22.5", "mkdocs/blog/posts/"),
    ("markdown==3.11.3", "docs/change_log/release-"),
    ("outlines==1.3.3", "docs/examples/"),
    ("ragas==0.4.3", ("docs/howtos/applications/", "docs/tutorials/")),
)

# A third blog stand-in (`--blog-third`), measured before any tuning. Few releases on the three registries
# ship dated posts: isort's major release announcements (PyPI), fastify's guides (npm: two of them written
# as posts, Prototype-Poisoning and Delay-Accepting-Requests, and its migration guides, announcements of
# what a major release changes: JavaScript, TypeScript, shell) and PyO3's guide as its crate ships it
# (Debian: Rust, Python, TOML, shell sessions, rustc's diagnostics). npm and Debian archives are pinned by
# the sha256 of the tarball or .deb as downloaded; PyPI's is checked against the index.
BLOGS_THIRD = (("isort==9.0.2", "docs/major_releases/"),)
BLOGS_THIRD_NPM = (
    ("fastify", "5.12.8", "459048aabd9311309f4f95b36e8ca065e3a4613ded292bcf50442926931e4748", "docs/Guides/"),
)
BLOGS_THIRD_DEB = (
    (
        "librust-pyo3-dev",
        "0.17.3-1",
        "2e6029d460bad99d6723b66af0937c5d7e371394cfe4a7b871498e94f9908eab",
        "pyo3",
        "guide/src/",
    ),
)

# A fourth blog stand-in (`--blog-fourth`), measured before any tuning, from stacks the others lack: etcd's
# upgrade guides (what each release from 3.0 to 3.5 changes, Go, shell sessions, etcd's flags), Delve's
# documentation (the Go debugger: getting started, its client how-to, FAQ: Go, shell sessions, a debugger's
# output), Catch2's documentation (C++: a tutorial, why Catch, benchmarks, matchers, CMake) and pino's
# guides (npm: JavaScript, TypeScript, JSON logs). Each archive is pinned by the sha256 of the .deb or
# tarball as downloaded; `under` None keeps all of the package's Markdown.
BLOGS_FOURTH_NPM = (("pino", "10.4.0", "f745d3dee0bddd39f11226335ee6dbbe3d49cc037168f2b31a8cdbe78f0e6216", "docs/"),)
BLOGS_FOURTH_DEB = (
    ("catch2", "2.13.10-1", "0b32d3017609fecef1ecb0827729c2f3cda61332dd1f50da73ea9066fb4fc7ca", "catch2", None),
    ("delve", "1.20.2-1+deb12u1", "0972f31d491e9c7f412bc134039945229c0032f7c5d500e2fbc087ac40e4edc6", "delve", None),
    (
        "etcd-server",
        "3.4.23-4+b4",
        "3a9445d4560ad6de1c375756b2a17d97713df44cbd20a658c871fe108af7ef5d",
        "etcd",
        "upgrades/",
    ),
)


# A fifth blog stand-in (`--blog-fifth`), measured before any tuning, for what the other four lack: SQL and
# Kubernetes. PostgreSQL extensions' guides as Debian ships them (pg_partman's how-tos, pg_cron, periods,
# pgaudit, plpgsql_check, PL/Proxy's tutorial and FAQ...: SQL, psql sessions and their output, server
# configuration), SQL tools on npm and PyPI (graphile-migrate's migrations, pg-promise, pg-mem,
# sql-formatter, sqlglot: SQL inside JavaScript, TypeScript and Python), and Kubernetes: cdk8s-plus's
# guides to each resource (TypeScript), kr8s's documentation (Python, kubectl sessions, YAML manifests),
# ruby-kubeclient's guide (Ruby) and Ansible's kubernetes.core, postgresql, mysql and grafana collections
# (YAML playbooks). Each archive pinned by the sha256 of the tarball or .deb as downloaded (PyPI's
# checked against the index).
BLOGS_FIFTH = (("kr8s==0.20.15", "docs/"), ("sqlglot==30.30.0", "README.md"))
BLOGS_FIFTH_NPM = (
    ("cdk8s-plus-30", "2.4.10", "77e9471a4c97488f750db63cac76c4ecd997b185a8c48d6b9e39bbc1db9e422a", "docs/plus/"),
    ("graphile-migrate", "1.4.1", "1558487c62c368e35c2bcd9a064c2a237e3fbb8e4190bcd8bd781c21e4092afc", "README.md"),
    ("pg-mem", "3.0.14", "2214fed1e0bb7484e18547ab8b0bdb3ad9867efc6b6cef9bc1b753dc63e5ef2f", "readme.md"),
    ("pg-promise", "12.7.1", "59bd54008660cb2555591d9b2766fc46f2c2f3be04dacb5160eecb23b2000e1e", "README.md"),
    ("sql-formatter", "15.9.0", "ca4475f0c03b22c8803dcd05f13c02961dd8363ae4f112b2a3d071edf5fa095f", "README.md"),
)
# (package, version, sha256 of the .deb, the project's folder, the folders kept or None for all its Markdown):
# PostgreSQL 15's extensions, their package named without its `postgresql-15-`, then the others.
COLLECTIONS = tuple(
    f"ansible_collections/{c}/" for c in ("kubernetes", "community/postgresql", "community/mysql", "grafana")
)
BLOGS_FIFTH_DEB = (
    *(
        (f"postgresql-15-{name}", version, sha256, project, None)
        for name, version, sha256, project in (
            line.split()
            for line in """
    cron 1.4.2-2+b1 517a508b75775758a53d568aa2f0658fa9c5661cb9815e525f69b4dd0d13d59d pg_cron
    decoderbufs 2.1.2-1 be36635e05fc0fe9d2ffb905e9f01d0344fed92c5a107876f10e416a0b957e51 decoderbufs
    dirtyread 2.5-1+b1 f8d71301aadce7ad4c24fd6c882c401624f47b5c2e395c06c79f706893238681 pg_dirtyread
    hll 2.17-1+b1 b1e97554d2b4aabc8a00e6a3d0d5c2c5482cff1300f4dbced1d0dc2295c2e751 postgresql-hll
    hypopg 1.3.1-2+b1 92b898008162782ac6dd29081031455c3dc9ff088b88e33b430cb04c7c5705cb hypopg
    icu-ext 1.6.2-4+b2 1eacec620e1483704c0d9503dc68f192599407884479ac64e5abe362c4c3c271 icu_ext
    jsquery 1.1.1-6+b1 30eddca0d0286429c9af1681312956b7726acb6c3aa17d2fbde463962f7e4817 jsquery
    mimeo 1.5.1-14 e2b4df2d3216078b2790223dd4b6748a51df9916af8f6d09e0c372f510ed9b57 mimeo
    mysql-fdw 2.8.0-4 beedf9ed2af768ffd9d8c52dc303cf21ee5ff8db1d7cd31d6877081791359968 mysql_fdw
    partman 4.7.2-1 ffb6e6befd4d6e19d0f93e92517aee482f5394f1850d63052530e81893fa927c pg_partman
    periods 1.2.2-1+b1 e30625510ad1039cc899b1c97e4c48b1ff579fe3c0fb377fda1b492bf3686bf9 periods
    pg-qualstats 2.0.4-2+b1 a15131e064450f6969f0215071abcd94cb4a7aab6e283777dfbee98d6eae6300 pg_qualstats
    pg-wait-sampling 1.1.4-2+b1 f77a3e1366e9a07f3b4aa1640194c4bfc08e1d6ba2ecca52f16af644ff16d665 pg_wait_sampling
    pgaudit 1.7.0-2 f57f1675627485d115d09e7dbb92c2e1d14f0680ca56077803750d96f64f0824 pgaudit
    pgl-ddl-deploy 2.1.0-3+b1 78d53d094e79043ac624660d254c1818863c48c71187bf62ea81aa4d292fa745 pgl_ddl_deploy
    pglogical 2.4.2-3 8da04a6ba59b5d486c82325a1bce7dc4d65052410566ed76ce503041f2c74454 pglogical
    plpgsql-check 2.3.0-1 30cd7b9402bc4566d347e8a2915bc0ad3cd9276cdc0f8d61fac3a07b89342092 plpgsql_check
    plproxy 2.10.0-8+b1 74f3042b0725bf998ae51edf634d6b94535893574c1ed50ce48225866eb7101b plproxy
    powa 4.1.4-2+b1 42403970e93b0d1f8cb5868df1ffb955999c618290bf9fbe6f64092bb44b73ae powa
    q3c 2.0.0-7+b1 c8e65ea10de0796a217f8ffa326b621888984241507a9b7dd62ecd15cc8f0f12 q3c
    semver 0.32.0-1+b1 7b7b230d685684e50325ee82fe916e7bb4a15b41f92878291813c7af1205019f semver
    set-user 4.0.1-1 1180f2783824606b77d3ea7ada8d3746141872968940f743b985b78b701a2d32 set_user
    tdigest 1.4.0-2+b1 9cbc3b5ff2602865b76836a6555386210e4438d13e4c9f77df2c61d4c6093820 tdigest
    tds-fdw 2.0.3-1+b1 168fa77bcd53cd24c0d0d6e6a5f5d4ac3aa7508208faa2bf10f6986c4e270c41 tds_fdw
    toastinfo 1.4-3+b1 f60b7d7c9b776bbee5cb90d8daa6ffd1ca943464d328e95f223e2cbd30c25ebd toastinfo
    unit 7.7-1 a632a24ddfc446071ea5b299e5daea5bd6f899df92ed2100ef8c4671e199f4a2 postgresql-unit
""".strip().splitlines()
        )
    ),
    (
        "ansible",
        "7.7.0+dfsg-3+deb12u1",
        "625d3724fe2e75bfcdf8710a1549af473163cc5971350ac5d785c6ad1dec4af3",
        "ansible",
        COLLECTIONS,
    ),
    (
        "node-sqlite3",
        "5.1.5+ds1-1",
        "7cee9e215989fc1407e1bbcc7fc6ca3e497e659b903d1b3f654e98b38d9eaaad",
        "node-sqlite3",
        None,
    ),
    (
        "ruby-kubeclient",
        "4.9.3-2",
        "1dfe0adc75dfabf4e66e7e90ae48165a02aafca84d81ca2d4fcf19adfcee539f",
        "kubeclient",
        None,
    ),
)


# A sixth blog stand-in (`--blog-sixth`), measured before any tuning, for the languages and formats the other
# five have least of, all from Debian (bookworm), each .deb pinned by its sha256 as downloaded: buildah's
# release announcements and tutorials and podman's tutorials and troubleshooting guide (shell sessions with
# their output, Dockerfiles, YAML), libgit2's and zstd's and bpfcc's notes (C), googletest's, nlohmann-json's
# and cxxopts's READMEs (C++, CMake), git-lfs's specs (HTTP, JSON, shell), Go packages' READMEs (gorilla/mux,
# sqlx, logrus, urfave/cli), Ruby's (grape's README and upgrading guide, sinatra, capybara, faraday, rspec's
# features, dry-types' guide) and hlint's README (Haskell). (package, version, sha256, project, folders or
# files kept, `SIXTH_KEPT`, or else all the package's Markdown.)
SIXTH_KEPT = {
    "buildah": ("release-announcements/", "tutorials/"),
    "urfave-cli": ("README.md",),
    "libgit2": (
        "api-stability",
        "buffers",
        "checkout-internals",
        "coding-style",
        "conventions",
        "diff-internals",
        "differences-from-git",
        "error-handling",
        "fuzzing",
        "projects",
        "release.md",
        "threading",
        "troubleshooting",
        "win32-longpaths",
        "examples/",
    ),
    "podman": ("podman_tutorial.md", "rootless", "remote_client", "transfer", "troubleshooting", "commands-demo"),
    "zstd": ("README.md", "TESTING.md"),
}
BLOGS_SIXTH_DEB = tuple(
    (package, version, sha256, project, SIXTH_KEPT.get(project))
    for package, version, sha256, project in (
        line.split()
        for line in """
bpfcc-tools 0.26.0+ds-1 3bfd46b0da684620edbc54b840e5ef06815bc853d4bb8213a0edc0d5f1801782 bcc
buildah 1.28.2+ds1-3+deb12u1+b3 d12d6017f6ba04d8e0f9c3327fc39375f866b05a731522be211057f6df63fbf5 buildah
git-lfs 3.3.0-1+deb12u2 56804e8b1bdbf5703c27eb078e1e31ad7bd4083b69bbb4d5574c6784816452b3 git-lfs
golang-github-gorilla-mux-dev 1.8.0-1 0880a4019fe68496a0e0a749c2948c029e489f49edd448bed2fedaba33f848c2 gorilla-mux
golang-github-jmoiron-sqlx-dev 1.3.5-1 6172e08bab1955867f3ad2aece8b01a7056a94d6698c026b6cf8ac6db2661c64 sqlx
golang-github-sirupsen-logrus-dev 1.9.0-1 51fb87b05452e96be38b97c03d5f997f6ce3a144421f911338d6c4ea2e8aa118 logrus
golang-github-urfave-cli-v2-dev 2.3.0-2 13d2a5cdf924d4c161d2f75d173888fc4dd4b1d0e04f64418f915979c811aa53 urfave-cli
googletest 1.12.1-0.2 927be72067517da503b6538026d451455c9e860f5dbfe237f792543db7d5a928 googletest
hlint 3.3.6-1+b4 143775ac227079804e29618f3ed2e55dd619dea98226eb62cda97a6598be9170 hlint
libcxxopts-dev 3.1.1-1 f630f681cf07f5c8438241983ddd27e97fce36a1ef3c7d8b954a88e8de3d8417 cxxopts
libgit2-dev 1.5.1+ds-1+deb12u2 b2edeb232dfb007d9555bca1b20385b36f6c40710a38c315ad00e699414eaa81 libgit2
nlohmann-json3-dev 3.11.2-2 ec57940def6b6186c30be0e0ee81d1e58f86d11a54a145b28686a1e3e4aae801 nlohmann-json
podman 4.3.1+ds1-8+deb12u1+b3 881ab556a1df5b911359c83a647597eb36c156a8615e754436e520a6ae0661ab podman
ruby-capybara 3.36.0+ds-2 2ee33b3496d38b327dbc3d39a0e3369bae495aa3eb51aa36afd6279c5adfe7b6 capybara
ruby-dry-types 1.2.2-2 3066af2a33352393d8ef1b1dc1985b9e32d24af029ebe83d2796b912a55a56cf dry-types
ruby-faraday 1.1.0-7 67e17b9012a198443552c9df47a8cbcea4285aba06c48cc2b772792d3c57e4c0 faraday
ruby-grape 1.6.2-3 46d100d431d3f311b03677947832ddb565963fe92a73320db18760bc38fc0117 grape
ruby-rspec-core 3.12.0c0e1m1s0-1 67a0563cc9b164b8c1209468e24bd6e3c8d84a7ea5ad03c755a19ef988b40bd2 rspec-core
ruby-rspec-expectations 3.12.0c0e1m1s0-1 977b0b597763eefe04b0f9a7485e90a1c6ffb3965ee182d36987e9045c52713e rspec-expect
ruby-rspec-mocks 3.12.0c0e1m1s0-1 6aaa254eeab1c5c32a40aebdbe7a16bd5699b057707d8b9e007a5d4c1e704d9b rspec-mocks
ruby-sinatra 3.0.5-3+deb12u1 7980ec9e78c5e48bf9062111c68296c183c8fb2bb0b522f85e3dc04129221323 sinatra
zstd 1.5.4+dfsg2-5+deb12u1 59fd093988b4b7f17cb10329ce6dd080ace367cd3b7928d6145012cb7fc3a334 zstd
""".strip().splitlines()
    )
)


# A seventh blog stand-in (`--blog-seventh`), measured before any tuning, from domains the other six lack.
# Web front-end: Foundation's component guides (npm `foundation-sites`: HTML, Sass, JavaScript),
# Stylus's language guide and PostCSS's guides (Debian `node-stylus`, `node-postcss`: CSS, Stylus,
# JavaScript) and Storybook's docs addon for each framework (npm: React, Vue, Angular, Ember, web
# components, MDX). Data work with printed tables: dplyr's and tibble's READMEs and skimr's two blog posts
# (Debian `r-cran-*`: R and its printed tibbles), sqlframe's blog post and engine guides (PyPI: PySpark's
# DataFrame API, SQL, `+---+` tables), skimpy's and datacompy's READMEs (PyPI: pandas and its printed
# summaries). Infrastructure: Molecule's guides (PyPI: Ansible, Docker, Podman, systemd, CI configs),
# ansible-navigator's FAQ (questions as headings), ansible-lint's longer rules (Debian: YAML playbooks,
# each wrong then right), mkosi's README, Alertmanager's README (Debian: YAML) and gixy's README (PyPI: nginx
# configuration). Each archive pinned by the sha256 of the tarball or .deb as downloaded (PyPI's checked
# against the index).
FOUNDATION_PAGES = tuple(
    f"docs/pages/{name}.md"
    for name in (
        "accessibility button callout card flexbox-mode forms installation javascript media-queries motion-ui "
        "off-canvas panini responsive-navigation reveal rtl sass starter-projects tabs top-bar "
        "typography-base visibility xy-grid"
    ).split()
)
# ansible-lint's rules of 230 words or more (each a rule's reason, its wrong and right playbooks).
ANSIBLE_LINT_RULES = tuple(
    f"ansiblelint/rules/{name}.md"
    for name in (
        "args fqcn galaxy jinja key_order loop_var_prefix name no_free_form no_relative_paths no_same_owner "
        "package_latest risky_file_permissions run_once schema syntax_check yaml"
    ).split()
)
SQLFRAME_PAGES = (
    "blogs/",
    *(f"docs/{name}.md" for name in "bigquery duckdb engines postgres quickstart spark".split()),
)
BLOGS_SEVENTH = (
    ("ansible-navigator==26.10.0", ("docs/faq.md", "docs/installation.md")),
    ("datacompy==1.1.0", "README.md"),
    ("gixy==0.1.21", "README.md"),
    ("molecule==26.10.0", ("docs/ci.md", "docs/examples/", "docs/faq.md", "docs/getting-started", "docs/guides/")),
    ("skimpy==0.0.21", "README.md"),
    ("sqlframe==4.10.0", SQLFRAME_PAGES),
)
BLOGS_SEVENTH_NPM = (
    ("@storybook/addon-docs", "6.5.16", "23ef3e180b593b8ae7ededa3c558ed15c6889a5bc317a08b8caad1c5a5073e8e", ""),
    ("foundation-sites", "6.9.0", "947855ed0db6ee70ea7904d428a599fb1b010d9a2fbb8a981cc5bf762f53aad5", FOUNDATION_PAGES),
)
BLOGS_SEVENTH_DEB = (
    (
        "ansible-lint",
        "6.13.1-1",
        "489e2b30575be68eafd4101f7f845b78a385597fcedf1984b042b88c25e81cc3",
        "ansible-lint",
        ANSIBLE_LINT_RULES,
    ),
    ("mkosi", "14-2", "5edcac14775aca5e68651a744eb7b804bffe65ccf3926ff11ca6de8d0d3560cb", "mkosi", "README.md"),
    (
        "node-postcss",
        "8.4.20+~cs8.0.23-1+deb12u1",
        "333cf293225bd4c199207ea0ded9219ef9aad65584bd3e2895efc1782cd9d6d3",
        "postcss",
        ("docs/architecture", "docs/guidelines/", "docs/syntax", "docs/writing-a-plugin"),
    ),
    (
        "node-stylus",
        "0.59.0+~0.48.38-2",
        "55794d0a7cab55b7ca1ab5247435e4051163565ac2b041c1a1985dd709bce251",
        "stylus",
        "docs/",
    ),
    (
        "prometheus-alertmanager",
        "0.25.0-1+b4",
        "4fb9aed15cfe8e0c32408e643ab32a1e41ee87d2cc26f18aeba928b1b0b98ae7",
        "alertmanager",
        "README.md",
    ),
    (
        "r-cran-dplyr",
        "1.0.10-1",
        "0fab87f28f87bf17c8356e24ebcf00db295bceb9b2ba38e05413c7347581a15f",
        "dplyr",
        "README.md",
    ),
    (
        "r-cran-skimr",
        "2.1.5+dfsg-1",
        "21100387ba74d0d6caa59ad0c278418bef7c24ab571863c73122130f70b0c16c",
        "skimr",
        "other_docs/blog",
    ),
    (
        "r-cran-tibble",
        "3.1.8+dfsg-1",
        "2bdf5433afb3f52d6e16056c2832963c1bf0ebfe832158e77801134faf59a13a",
        "tibble",
        "README.md",
    ),
)


# An eighth blog stand-in (`--blog-eighth`), measured before any tuning, from domains the other seven lack.
# Game and graphics: Phaser 4's guides (npm `phaser`: shaders in GLSL, pixel art, lighting, compressed
# textures, a texture atlas format, its v3-to-v4 migration guide and twelve of its how-tos: JavaScript,
# TypeScript, GLSL), LYGIA's
# shader library READMEs (GLSL, WGSL, Metal), regl's README (WebGL), LÖVE's README (Debian: Lua) and
# awesome's (Debian: Lua). Mobile and desktop: Capacitor's cookie, HTTP and system-bars guides (npm
# `@capacitor/core`: TypeScript, iOS and Android settings), agent-flutter's Flutter how-tos (npm: Dart),
# Electron's remote, store, signing, notarizing and fuses READMEs (npm). Security: eslint-plugin-security's
# articles and longer rules (npm: command injection, ReDoS, CSRF, bracket notation, invisible characters),
# detect-secrets' README (PyPI), fail2ban's README (Debian). Databases other than PostgreSQL: MongoDB
# (npm `mongoose`, `mongodb`; Debian `node-mongodb`), Redis (npm `ioredis`, Debian `node-redis` and its
# examples), MySQL (npm `mysql2`, Debian `node-mysql`), SQLite (npm `sql.js`, Debian `sqlite-utils`).
# Machine learning: Flax's NNX tutorials and worked examples (PyPI: MyST notebooks, JAX, printed shapes,
# losses and warnings), einops', torchmetrics', keras', mlxtend's and equinox's READMEs (PyPI: PyTorch, JAX).
# Each archive pinned by the sha256 of the tarball or .deb as downloaded (PyPI's checked against the index).
PHASER_PAGES = (
    "docs/Phaser ",
    "docs/WebGL Compressed Textures/",
    "changelog/v4/4.0/MIGRATION-GUIDE.md",
    *(
        f"skills/{name}/SKILL.md"
        for name in (
            "cameras filters-and-postfx game-setup-and-config input-keyboard-mouse-touch particles physics-arcade "
            "render-textures scenes tilemaps tweens v3-to-v4-migration v4-new-features"
        ).split()
    ),
)
AGENT_FLUTTER_PAGES = (
    "templates/shared/rules/integration-api.md",
    "templates/shared/rules/ui.md",
    *(
        f"templates/shared/skills/{name}/SKILL.md"
        for name in (
            "dart-language-patterns dart-model-reuse flutter-assets-management flutter-bloc-state-management "
            "flutter-dependency-injection-injectable flutter-error-handling flutter-navigation-manager "
            "flutter-standard-lib-src-architecture flutter-ui-widgets getx-localization-standard"
        ).split()
    ),
)
ESLINT_SECURITY_PAGES = tuple(
    f"docs/{name}.md"
    for name in (
        "avoid-command-injection-node bypass-connect-csrf-protection-by-abusing regular-expression-dos-and-node "
        "the-dangers-of-square-bracket-notation rules/detect-bidi-characters rules/detect-invisible-characters "
        "rules/detect-object-injection"
    ).split()
)
# Flax's NNX tutorials and worked examples (MyST notebooks: JAX, printed shapes, losses and tables).
FLAX_PAGES = (
    "docs_nnx/examples/",
    *(
        f"docs_nnx/{name}.md"
        for name in (
            "mnist_tutorial guides/checkpointing guides/data_loaders guides/optimization_cookbook "
            "guides/performance guides/randomness"
        ).split()
    ),
)
BLOGS_EIGHTH = (
    ("detect-secrets==1.5.0", "README.md"),
    ("einops==0.8.2", "README.md"),
    ("equinox==0.13.8", "README.md"),
    ("flax==0.12.12", FLAX_PAGES),
    ("keras==3.15.1", "README.md"),
    ("mlxtend==0.25.0", "README.md"),
    ("torchmetrics==1.9.0", "README.md"),
)
BLOGS_EIGHTH_NPM = (
    (
        "@capacitor/core",
        "8.5.2",
        "e2e5fbc94369b32ec1a4a1803a456b680d188a3ca23796e268f6f8112b2e24ce",
        ("cookies.md", "http.md", "system-bars.md"),
    ),
    ("@electron/fuses", "1.8.0", "7e787845e9a18cd11bab38848c59ab29aa49091742a3b85578d9c10b38abe74b", "README.md"),
    ("@electron/notarize", "2.5.0", "8e779716646f70cddf1d9d92dd7dfff9a751a1d047ca01e5f379af6588b9b7d7", "README.md"),
    ("@electron/osx-sign", "1.3.3", "9b34492011e681d960bd8b915eddca3ec1cd7f589e215fa5a05808064a89bf68", "README.md"),
    ("@electron/remote", "2.1.3", "2ac4c625c5c920a84b780b4a981882bac0aef2a4888fc980742aed276e306782", "README.md"),
    (
        "agent-flutter",
        "0.1.33",
        "98841f1971a4f57f62b0a6182f98bf6d446ab5b8d9d3707968dd95d60856b0d2",
        AGENT_FLUTTER_PAGES,
    ),
    ("electron-store", "11.0.2", "7ae3d687d209ae97af3c6cde8797cfbfe603f735413139ccfc90300123fb45e2", "readme.md"),
    (
        "eslint-plugin-security",
        "4.1.0",
        "42e049a3c262178022d9071d8adae9f9d9adf93426e20c82ac5d3bff5ba5a277",
        ESLINT_SECURITY_PAGES,
    ),
    ("ioredis", "6.0.0", "cf5ee4c5ef1d53ba60dd4f976ae467135162cd85ab8f3fc92c65441751fb589b", "README.md"),
    (
        "lygia",
        "1.4.1",
        "665a21fd2c273c941dd686586027c04b9d4b57ecb52c3c3ef85309583f5bdeff",
        ("README.md", "README_GLSL.md", "DESIGN.md", "EXAMPLES.md"),
    ),
    ("mongodb", "7.9.0", "f66e692646d2678dd4281fc2e8637493d79e8732df128c61e9214a35b147bb03", "README.md"),
    ("mongoose", "9.12.1", "de332a61c69faea1f9775291a984a9391a985e0b452d51c55b6458796de7d04b", "README.md"),
    ("mysql2", "3.24.6", "4df878c91ac1f2de183626919ac31056df49a3dd1a561e8efb6f6e05c92c833b", "README.md"),
    ("phaser", "4.2.1", "10c483ef182f0e2aafdc2a11b3bcf86cedb02a4b62a14cfce673b2f9b714318b", PHASER_PAGES),
    ("regl", "2.1.1", "cff2389d59585bf3635302712ead044d989253a3d64c7415a5e7fdea43abc634", "README.md"),
    ("sql.js", "1.17.0", "0764479cba502816fe07510a9499a941899fe3bd71c51ccf56bb8a7afdc293bc", "README.md"),
)
# (package, version, sha256 of the .deb, the project's folder, the files kept or None for all its Markdown)
BLOGS_EIGHTH_DEB = tuple(
    (package, version, sha256, project, None if kept == "-" else kept)
    for package, version, sha256, project, kept in (
        line.split()
        for line in """
awesome 4.3-7 22805bf78d0c6b45965d00050901fe5a3c6d45ff2e12367d935e78500a317a59 awesome 01-readme.md
fail2ban 1.0.2-2 9717b7aeef7b00f0df4c76045cd6dab2755cbe9fc99dbfe3cd114126880ec7f7 fail2ban README.md
love 11.4-1 b93515ca45020ee06b97eee286f3952d4157d3e6b1e5ff23d4f40934ec3c92f9 love readme.md
node-mongodb 3.6.4+~cs11.13.19-2 81809f30faa983e1594f30097fc9ddcab3ebf7d94085e66bce55447ba5c75dc2 node-mongodb README.md
node-mysql 2.18.1+~2.3.2-2 3a7263e58351e7d28176979ad289476c98f4a3a460e9550cdec7a27000342c51 node-mysql Readme.md
node-redis 4.5.1+~1.1.2-1+deb12u1 e151430c23522c05b4447d51f4376def1cb41982852648d437fdeb72e6456882 node-redis -
sqlite-utils 3.30-1+deb12u1 52104e04dc69c7000d311da6d35f091b2ef44c1fa34606d152b78f4b24536700 sqlite-utils README.md
""".strip().splitlines()
    )
)


# A ninth blog stand-in (`--blog-ninth`), measured before any tuning, as close to blog posts as the registries
# allow: migration guides, a release post, tutorials and how-tos across stacks. Python web: fastapi-users'
# migration guides (what each major version changes), usage pages, OAuth and user-manager guides and a cookbook
# recipe, fastapi-pagination's tutorial and a migration guide, taskiq's guide and its FastAPI and aiohttp
# integrations (PyPI). Data engineering: the Meltano Singer SDK's guides (porting a tap, SQL taps and targets,
# pagination, incremental replication), DataChain's guide (checkpoints, delta, retries, scaling, remotes),
# pandera's Polars, PySpark SQL, Ibis, Narwhals and FastAPI pages (PyPI). JavaScript front-end and Node:
# Mithril's recent changes written as prose, undici's getting started and best practices (npm). DevOps and
# command-line tools: copier's guides (templates, updating a project), Posting's 2.11.0 release post, roadmap
# and guide (an HTTP client in the terminal), direnv's README, hook and Ruby pages (Debian: Go). Rust tools:
# NAPI-RS' CLI guides and its WASI design note (npm), ureq's README (Debian).
FASTAPI_USERS_PAGES = (
    "docs/migration/",
    "docs/usage/",
    "docs/cookbook/",
    "docs/configuration/oauth.md",
    "docs/configuration/user-manager.md",
    "docs/configuration/overview.md",
)
SINGER_SDK_PAGES = (
    "docs/guides/",
    "docs/incremental_replication.md",
    "docs/parent_streams.md",
    "docs/batch.md",
    "docs/implementation/at_least_once.md",
    "docs/implementation/state.md",
)
DATACHAIN_PAGES = tuple(
    f"docs/guide/{name}.md"
    for name in (
        "best-practices checkpoints datasets delta exporting-data namespaces operations python-engine reading-data "
        "remotes retry scaling"
    ).split()
)
PANDERA_PAGES = tuple(
    f"docs/source/{name}.md"
    for name in "polars pyspark_sql ibis narwhals_backend fastapi lazy_validation drop_invalid_rows".split()
)
BLOGS_NINTH = (
    ("copier==9.19.1", ("docs/creating.md", "docs/updating.md", "docs/generating.md", "docs/faq.md")),
    ("datachain==0.62.0", DATACHAIN_PAGES),
    ("fastapi-pagination==0.16.1", ("docs/learn/", "docs/v0_13_migration.md")),
    ("fastapi-users==15.0.5", FASTAPI_USERS_PAGES),
    ("pandera==0.35.0", PANDERA_PAGES),
    ("posting==2.11.1", ("docs/releases/", "docs/roadmap.md", "docs/guide/scripting.md", "docs/guide/environments.md")),
    ("singer-sdk==0.54.9", SINGER_SDK_PAGES),
    ("taskiq==0.13.0", ("docs/guide/", "docs/framework_integrations/taskiq-with-")),
)
BLOGS_NINTH_NPM = (
    ("@napi-rs/cli", "3.10.12", "f259154dad617c2057fc47d5a2c93eea891498a5650bba989ed9aa7f6987ecaf", "docs/"),
    ("mithril", "2.3.8", "b50a8fe03ab083c899f325644adf2743a4cc8eca048e3cdf9b779290e8a1a298", "docs/recent-changes.md"),
    (
        "undici",
        "8.12.4",
        "26058cdb2174623666e823e6b44ccfef8d5c1955107f979b8083904b61a0ce6e",
        ("docs/docs/best-practices/", "docs/docs/getting-started.md"),
    ),
)
BLOGS_NINTH_DEB = (
    (
        "direnv",
        "2.32.1-2+b4",
        "9b46634d3591a4347e6c6e3ec741619c3d7c4538dfc2a02ca31e7182e2a02798",
        "direnv",
        ("README.md", "hook.md", "installation.md", "ruby.md"),
    ),
    (
        "librust-ureq-dev",
        "2.6.2-3",
        "68bcf04ef9e8fa9ab3e91ef1f2e5a591501e855bada609557e263235224b2004",
        "ureq",
        "README.md",
    ),
)


@dataclass(frozen=True)
class StandIn:
    """A blog stand-in: its folder below benchmarks/corpus/ and the pinned sources it is made of,
    PyPI's `(spec, under)`, npm's `(package, version, sha256, under)` and Debian's
    `(package, version, sha256, project, under)`."""

    folder: str
    pypi: tuple[tuple[str, object], ...] = ()
    npm: tuple[tuple[str, str, str, object], ...] = ()
    deb: tuple[tuple[str, str, str, str, object], ...] = ()

    @property
    def path(self) -> Path:
        return HERE / "corpus" / self.folder


# The blog stand-ins by the option that fetches them (`--blog-fourth`) and `real_articles.py` lints.
STAND_INS = {
    "blog": StandIn("real-blog-src", BLOGS),
    "blog-more": StandIn("real-blog-more-src", BLOGS_MORE),
    "blog-third": StandIn("real-blog-third-src", BLOGS_THIRD, BLOGS_THIRD_NPM, BLOGS_THIRD_DEB),
    "blog-fourth": StandIn("real-blog-fourth-src", (), BLOGS_FOURTH_NPM, BLOGS_FOURTH_DEB),
    "blog-fifth": StandIn("real-blog-fifth-src", BLOGS_FIFTH, BLOGS_FIFTH_NPM, BLOGS_FIFTH_DEB),
    "blog-sixth": StandIn("real-blog-sixth-src", (), (), BLOGS_SIXTH_DEB),
    "blog-seventh": StandIn("real-blog-seventh-src", BLOGS_SEVENTH, BLOGS_SEVENTH_NPM, BLOGS_SEVENTH_DEB),
    "blog-eighth": StandIn("real-blog-eighth-src", BLOGS_EIGHTH, BLOGS_EIGHTH_NPM, BLOGS_EIGHTH_DEB),
    "blog-ninth": StandIn("real-blog-ninth-src", BLOGS_NINTH, BLOGS_NINTH_NPM, BLOGS_NINTH_DEB),
}


def npm_tarball(package: str, version: str, sha256: str) -> tuple[bytes, str, str]:
    """One pinned npm package's tarball as `npm pack` downloads it: (bytes, file name, sha256), checked
    against the pinned sha256."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", f"{package}@{version}", "--silent"], cwd=tmp, check=True, capture_output=True)
        (tgz,) = Path(tmp).glob("*.tgz")
        data = tgz.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != sha256:
        raise RuntimeError(f"{package}@{version}: sha256 {digest} is not the pinned {sha256}")
    return data, tgz.name, digest


def fetch_npm(package: str, version: str, sha256: str, under: str | tuple[str, ...], out: Path) -> dict[str, object]:
    """Download one pinned npm package with `npm pack`, check its sha256 and keep its
    Markdown below `under` (a folder of the package, or the paths it begins with) in
    `out/<package>-<version>/` (a scoped package's `@scope/name` as `scope-name`)."""
    target = out / f"{package.lstrip('@').replace('/', '-')}-{version}"
    marker = target / ".complete"
    if marker.exists():
        return json.loads(marker.read_text(encoding="utf-8"))
    data, name, digest = npm_tarball(package, version, sha256)
    kept = []
    for path, body in _members(data, name, BLOG_SUFFIXES):
        rel = _safe(path)  # without npm's `package/`
        if rel and rel.startswith(under):
            kept.append((rel, body))
    return _keep(target, kept, {"name": package, "version": version, "archive": name, "sha256": digest})


# Debian (bookworm) packages whose Markdown is long-form documentation beyond Python:
# (package, version, sha256 of the .deb, the project's name for its folder).
MORE_DIR = HERE / "corpus" / "real-more-src"
MORE = tuple(
    tuple(line.split())
    for line in """
    docker-doc 20.10.24+dfsg1-1+deb12u1 b665c4be8746a496c8f561d42ff8026fbed2ee6581e53fa63df40656a9d80eeb docker
    golang-google-grpc-dev 1.33.3-2 d6f918cc84a7186d5bf08d21bd3b210db5fb68b34887dca2ff89d47ca37b8749 grpc-go
    librust-anyhow-dev 1.0.69-1 f877f024d95d8af3c3f62e2cf74e6ba5eb976a3cf27c920bda786cd32029b79d anyhow
    librust-async-std-dev 1.12.0-12 4a51f1252c7152469ebcdb04faf576924923123f76fe728e2200ebd6e2ef2d32 async-std
    librust-bindgen-dev 0.60.1-2+b2 867271d1768823422063710ad0784e7db12639998154a836bc8ff936fa3ceeeb bindgen
    librust-cbindgen-dev 0.24.3-2+b2 1f75f00d01dda0b9750e7b1264fe296e36b08fd2a0eb901de2edab7b4f74179a cbindgen
    librust-chrono-dev 0.4.23-2 e3d5c2220c1441bdbe550cece4480b70863c39f2856cf8c7b39b2aeb7c47606c chrono
    librust-clap-dev 4.0.32-1 00922f24c3eb5a899ae4438ebf7be2e82085559ee45055dbc856cdb113de9ebb clap
    librust-criterion-dev 0.3.6-4 2a1323d5fdb0ec702e32e7b0e49844b7bea4b08e75cd7b29a7627024f47dfde8 criterion
    librust-crossbeam-dev 0.8.1-1 eb6f4d20882aec8ef104c1ada0e73e51f17d6d2a20078fdb3dc688adc3caf352 crossbeam
    librust-cursive-dev 0.20.0-1 db0ac17c76e548cbe4c85cbe6b9d9d08a5f354fbfcd2e7a95cf597a66d460765 cursive
    librust-cxx-dev 1.0.87-1 b753286f3f8291acf51c22eb76a67e88cd87be4f0f44be1e9db99df5af7f23f8 cxx
    librust-gtk4-dev 0.3.1-1+b1 79ec11f9285741e55f5a7aad61004122a02c5be2427fb29889f25e7ec607f4d8 gtk4-rs
    librust-insta-dev 1.21.0-1 f97e9f0f536c616fb7c0a552cc10d9befa8e7a76039e8751a9c8c5a6d1430aae insta
    librust-mio-dev 0.8.4-1 1fb9aaa8e0f4ddff55917fe3181dbbc85d0fa03ffc5ba43dbc939e70dd0460c9 mio
    librust-nom-dev 7.1.1-1 a11f91ec226f23f28046a928fbfbb7cae1d2915fab071ccdf14c6d61572aa114 nom
    librust-pest-dev 2.5.2-1 993e2e8ddd5ad17435456d6f419de3c7268b15c4ebcafcea10e6ef853c97fffe pest
    librust-proptest-dev 1.0.0-1 a2080d0a3c6336e36ef7394934301dc4c6e54fc526e320c49cf8ff6dfc30f9eb proptest
    librust-rand-dev 0.8.5-1 78f80e1538969f798bd5aa3fa5a362b77ce28793d8d324f8ac4e8a693b90cae0 rand
    librust-rayon-dev 1.6.1-1 2f04ea06c755036d57b9e6b297bc3457bc86058f459fc1ee8d4ec51db5d640b2 rayon
    librust-regex-dev 1.7.1-1 9b8c87bb5aa87c0095f4cc36ed829c80e815c2f71337325bd6e25f8de1fba7f7 regex
    librust-reqwest-dev 0.11.13-1 f7cb9988a97c1ac17a5729b7d3900ee5419e15954f55677c8a4f1ba9af44f749 reqwest
    librust-sequoia-openpgp-dev 1.12.0-2 a4d5cf5e1a3f781f6f9235d0a57f7d881ef01814bc996faf6232e5b355734dd5 sequoia
    librust-serde-json-dev 1.0.87-1 2d053de630af6649c40a39d9ab6268d5469385289016a1205d0dec196e7b77d2 serde-json
    librust-structopt-dev 0.3.26-2 245b19e437fa6fd3e34936498e7a596e17353bdab88f4774cb73e3ddfdc04baa structopt
    librust-syn-dev 1.0.107-1 64bfca244ab8ec45a4da1f5d64411af34f2d6eac7ac094f4f1dce9bf0b8a3699 syn
    librust-tokio-dev 1.24.2-1 8b6d6c9cbfcf1980136c4a1472c31053c3282bcd905b73f5201292c62fb5f873 tokio
    librust-tower-dev 0.4.13-2 34c4b5485085944a2152a9fb97bbcc965795d5e6f4e0ed24684423d3a66b0093 tower
    librust-tracing-dev 0.1.37-1 220725b575b35a566891d404dbab66cf8ab22a1e3e905431e5ba74e7cc1d9b50 tracing
    librust-trybuild-dev 1.0.76-1 0230ca421d5d22043a47eb2d07af598bfd75f9a9b68c14141a3e1fac9d8c22c3 trybuild
    librust-tui-dev 0.19.0-1 971a127546133b502e99e33b1b6c5515c0b04567a98d019c7ec1740a5c5d98d0 tui
    librust-wasm-bindgen-dev 0.2.83-1 4c46f12a780fcc5c72fa38b4ff71dd6f708b1ca439adb192bee850b87d007081 wasm-bindgen
    librust-zbus-dev 1.9.2-4 fa81f24189cb1f4c71809d4676119f66b8664a1f260dd8b63ab2afa9b11a55ec zbus
""".strip().splitlines()
)


def fetch_deb(
    package: str, version: str, sha256: str, project: str, out: Path, under: str | tuple[str, ...] | None = None
) -> dict[str, object]:
    """Download one pinned Debian package with apt-get, check its sha256 and keep its
    Markdown (`*.md`, `*.md.gz` unpacked) below `out/<project>-<upstream version>/`;
    with `under`, only the files below a folder of that name (`guide/src/`) or of those names."""
    folders = (under,) if isinstance(under, str) else under
    upstream = version.rsplit("-", 1)[0].split(":")[-1]
    target = out / f"{project}-{upstream}"
    marker = target / ".complete"
    if marker.exists():
        return json.loads(marker.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["apt-get", "download", f"{package}={version}"], cwd=tmp, check=True, capture_output=True)
        (deb,) = Path(tmp).glob("*.deb")
        digest = hashlib.sha256(deb.read_bytes()).hexdigest()
        if digest != sha256:
            raise RuntimeError(f"{package}={version}: sha256 {digest} is not the pinned {sha256}")
        root = Path(tmp) / "root"
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        kept, seen = [], set()
        for path in sorted(root.rglob("*.md*")):
            if not path.is_file() or path.name.endswith(".md.gz") == path.name.endswith(".md"):
                continue
            body = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
            if body in seen:
                continue  # the same file twice (a crate's README in its doc folder too)
            seen.add(body)
            rel = path.relative_to(root).as_posix().removesuffix(".gz")
            # usr/share/cargo/registry/<crate>-<version>/..., usr/share/doc/<package>/...
            parts = rel.split("/")
            rel = "/".join(parts[4:] if parts[:3] in (["usr", "share", "cargo"], ["usr", "share", "doc"]) else parts)
            if len(body) <= MAX_FILE_BYTES and rel and (folders is None or any(f"/{u}" in f"/{rel}" for u in folders)):
                kept.append((rel, body))
    return _keep(target, kept, {"name": package, "version": version, "archive": deb.name, "sha256": digest})


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


def fetch(spec: str, out: Path, index: str = INDEX, under: str | tuple[str, ...] | None = None) -> dict[str, object]:
    """Extract the release's Markdown files into `out`; with `under`, only its blog
    posts: the files below that folder or those folders (Quarto's `.qmd` too)."""
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
    kept = []
    for path, body in _members(data, sdist["filename"], SUFFIXES if under is None else BLOG_SUFFIXES):
        rel = _safe(path)
        if rel and (under is None or rel.startswith(under)):
            kept.append((rel, body))
    return _keep(target, kept, {"name": name, "version": version, "archive": sdist["filename"], "sha256": digest})


def _keep(target: Path, files: list[tuple[str, bytes]], record: dict[str, object]) -> dict[str, object]:
    """Write a release's kept files (path below `target`, content), then its record
    with their count as `target/.complete`, which marks the release fetched."""
    for rel, body in files:
        dest = target / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(body)
    record = {**record, "files": len(files)}
    target.mkdir(parents=True, exist_ok=True)
    (target / ".complete").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return record


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fetch real Markdown docs from pinned PyPI source archives")
    parser.add_argument("out_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--jobs", type=int, default=4, help="parallel downloads (default 4)")
    parser.add_argument("--index", default=INDEX, help=f"the JSON API's base url (default {INDEX})")
    for name, stand_in in STAND_INS.items():
        parser.add_argument(f"--{name}", action="store_true", help=f"fetch that stand-in (default DIR {stand_in.path})")
    parser.add_argument("--more", action="store_true", help=f"fetch MORE's Debian packages (default DIR {MORE_DIR})")
    args = parser.parse_args(argv)
    chosen = next((s for name, s in STAND_INS.items() if getattr(args, name.replace("-", "_"))), None)
    if args.out_dir == DEFAULT_DIR and (chosen or args.more):
        args.out_dir = chosen.path if chosen else MORE_DIR
    args.out_dir.mkdir(parents=True, exist_ok=True)
    if args.more and not chosen:
        deb = tuple((*pin, None) for pin in MORE)
        return fetch_pinned(args.out_dir, args.jobs, "releases", deb=deb)
    pypi = chosen.pypi if chosen else [(spec, None) for spec in PACKAGES]
    npm, deb = (chosen.npm, chosen.deb) if chosen else ((), ())
    return fetch_pinned(args.out_dir, args.jobs, "releases", pypi, npm, deb, args.index)


def fetch_pinned(
    out_dir: Path,
    jobs: int,
    what: str,
    pypi: Sequence[tuple[str, Any]] = (),
    npm: Sequence[tuple[str, str, str, Any]] = (),
    deb: Sequence[tuple[str, str, str, str, Any]] = (),
    index: str = INDEX,
) -> int:
    """Fetch pinned PyPI releases `(spec, under)`, npm packages `(package, version, sha256, under)` and
    Debian packages `(package, version, sha256, project, under)` into `out_dir`, `jobs` at a time, and
    `collect` their records (what the other fetch scripts share)."""
    with concurrent.futures.ThreadPoolExecutor(max(1, jobs)) as pool:
        futures = {pool.submit(fetch, spec, out_dir, index, under): spec for spec, under in pypi}
        for package, version, sha256, under in npm:
            futures[pool.submit(fetch_npm, package, version, sha256, under, out_dir)] = f"{package}@{version}"
        for package, version, sha256, project, under in deb:
            job = pool.submit(fetch_deb, package, version, sha256, project, out_dir, under)
            futures[job] = f"{package}={version}"
        return collect(futures, out_dir, what)


def collect(futures: dict[concurrent.futures.Future[dict[str, object]], str], out_dir: Path, what: str) -> int:
    """Each fetch's record as it ends (one that fails is said, and does not stop
    the others), all of them in `out_dir/SOURCES.json`; 1 when any failed."""
    records, failed = [], []
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
    (out_dir / "SOURCES.json").write_text(json.dumps(records, indent=1) + "\n", encoding="utf-8")
    total = sum(int(r["files"]) for r in records)  # type: ignore[call-overload]
    print(f"{len(records)} {what}, {total} Markdown files in {out_dir}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
