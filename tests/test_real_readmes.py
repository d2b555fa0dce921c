"""npm packages' README.md never tuned on (benchmarks/fetch_readmes.py: 265 popular packages): what their
first contact showed misread, as realistic fixtures."""

from __future__ import annotations

from helpers import lint

from lintkit.formats import FORMATS, parse_bytes

# A README's opening as zod, msw, next and some forty others write it: a centred logo, the title as an HTML
# `<h1>`, badges, then the sections at the second level.
CENTRED = """<p align="center">
  <img src="https://example.com/logo.svg" width="200px" align="center" alt="Zod logo" />
  <h1 align="center">Zod</h1>
  <p align="center">TypeScript-first schema validation with static type inference</p>
</p>
<br/>

<p align="center">
<a href="https://example.com/actions"><img src="https://example.com/badge.svg" alt="CI status" /></a>
</p>

## Installation

```sh
npm install zod
```
"""

# chalk's and fast-check's: the `<h1>` holds the logo only, its alt text the name; gatsby's: a blank line
# ends the HTML block, the name on a line of its own.
LOGO_ONLY = """<h1 align="center">
	<br>
	<img width="320" src="media/logo.svg" alt="Chalk">
	<br>
</h1>

> Terminal string styling done right

## Install
"""


def test_a_readme_title_written_as_an_html_h1_is_its_title() -> None:
    """STR002 said `no title` for 40 of 98 READMEs whose title is an `<h1 align="center">` (GitHub and npm
    show it as the page's heading; markdownlint's first-line-heading takes it as one)."""
    article = parse_bytes(CENTRED.encode(), "README.md", FORMATS["markdown"])
    assert (article.title.text, article.title.line) == ("Zod", 3)
    assert [s.heading.text for s in article.sections] == ["Installation"]
    assert lint(CENTRED, ["STR002"], path="README.md") == []
    article = parse_bytes(LOGO_ONLY.encode(), "README.md", FORMATS["markdown"])
    assert (article.title.text, article.title.line) == ("Chalk", 1)
    gatsby = '<h1 align="center">\n  <a href="https://www.gatsbyjs.com"><img src="logo.svg" width="60" /></a>\n'
    gatsby += "\n  Gatsby\n</h1>\n\nIntro.\n\n## Start\n"
    assert lint(gatsby, ["STR002"], path="README.md") == [("STR002", 1)]  # no alt, no text in its block


def test_an_html_h1_after_prose_or_a_heading_is_not_the_title() -> None:
    """An `<h1>` after prose is an example's markup (Bootstrap's jumbotron inside `{{< example >}}`), one
    after a Markdown heading is that page's second heading; in a fence it is code. None is the title."""
    jumbotron = 'Intro to the component.\n\n<div class="jumbotron">\n  <h1 class="display-4">Hello</h1>\n</div>\n'
    assert lint(jumbotron, ["STR002"], path="README.md") == [("STR002", 1)]
    after = "# pkg\n\n<h1>Other</h1>\n\n## Use\n\nText.\n"
    article = parse_bytes(after.encode(), "README.md", FORMATS["markdown"])
    assert article.title.text == "pkg"
    fenced = "```jsx\n<h1>{bears} around here ...</h1>\n```\n\n## Use\n"
    assert lint(fenced, ["STR002"], path="README.md") == [("STR002", 1)]
    # fastify's guides: the site's banner `<h1>` straight above the page's own `# Title`, which is the title.
    guide = '<h1 align="center">Fastify</h1>\n\n# Delay Accepting Requests\n\n## Introduction\n\nText.\n'
    article = parse_bytes(guide.encode(), "Delay.md", FORMATS["markdown"])
    assert (article.title.text, article.title.line) == ("Delay Accepting Requests", 3)
    assert [s.heading.text for s in article.sections] == ["Introduction"]
    # A README with a logo and no heading but second-level ones has no title: STR002 stays.
    no_title = '<p align="center"><img src="logo.svg" alt="ahooks"></p>\n\n## Documentation\n\nText.\n'
    assert lint(no_title, ["STR002"], path="README.md") == [("STR002", 1)]


# ky's, ora's and meow's API: overloads or aliases stacked, one description under the last; Node's API docs
# write theirs the same way (`### new Console(stdout[, stderr][, ignoreErrors])`, `### new Console(options)`).
OVERLOADS = """# ky

## API

### ky(input, options?)

The `input` and `options` are the same as `fetch`.

### ky.get(input, options?)
### ky.post(input, options?)
### ky.put(input, options?)

Sets `options.method` to the method name and makes a request.

### Body

#### body.arrayBuffer()

#### body.text()

Reads the body.

### ky.extend(defaults)

### ky.stop
"""


def test_stacked_signatures_share_the_description_under_the_last() -> None:
    """STR004 said 31 of 50 empty sections were empty: each overload or alias above the last of its stack
    (ky, ora, meow, query-string, axios's request aliases, node-fetch's body methods). A signature with
    nothing under it and no signature after it at its level (`ky.extend(defaults)` above `ky.stop`, a
    name) is still empty."""
    assert lint(OVERLOADS, ["STR004"], path="README.md") == [("STR004", 23), ("STR004", 25)]


def test_a_heading_that_holds_a_link_is_a_call_to_action() -> None:
    """pinia's `## 👉 [Demo with Vue 3 on StackBlitz](...)`, TanStack's `### [Become a Sponsor!](...)`,
    webpack-dev-server's `#### [MIT](./LICENSE)`, hapi's `### Visit [hapi.dev](...) Developer Portal`:
    11 of the 50 empty sections. A heading without a link and nothing under it is still reported."""
    text = """# pinia

Intro.

## 👉 [Demo with Vue 3 on StackBlitz](https://stackblitz.com/github/piniajs/example-vue-3-vite)

## Help me keep working on this project 💚

### <a href="https://tanstack.com/table">Read the Docs →</a>

### [Become a Sponsor!][sponsor]

## FAQ

## What is a store?

A store is an entity holding state.

## License

#### [MIT](./LICENSE)

[sponsor]: https://github.com/sponsors/posva
"""
    assert lint(text, ["STR004"], path="README.md") == [("STR004", 13)]  # `FAQ`; `Help me` opens subsections


def test_a_heading_inside_a_list_item_is_the_items_text() -> None:
    """openai's `### Why is this dangerous?` inside a list item's `<details>` was a section with nothing
    under it (STR004): the paragraph after it, in the same item, went to the list, read before it.
    PostCSS's `- #### Parser [lib/parse.js](...)` entries are the same shape. A section cannot begin
    inside a list item and go on outside it: the heading is the item's text."""
    text = """# openai

## Requirements

- Web browsers: disabled by default.
  <details>
    <summary>More explanation</summary>

  ### Why is this dangerous?

  Enabling the `dangerouslyAllowBrowser` option exposes your secret API credentials.

  </details>

## Semantic versioning

Text.
"""
    article = parse_bytes(text.encode(), "README.md", FORMATS["markdown"])
    assert [s.heading.text for s in article.sections] == ["Requirements", "Semantic versioning"]
    assert "Why is this dangerous?" in [item.text for item in article.sections[0].blocks[0].items]
    assert lint(text, ["STR004"], path="README.md") == []
