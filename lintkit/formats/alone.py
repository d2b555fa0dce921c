"""Lines that are code alone on their line, with few of code's marks: each shape is written so in code only (a
Dockerfile's instruction, a C preprocessor's directive, psql's meta-command, a call left open). lintkit.formats.code
asks them of a one-line chunk before it asks whether the line reads as a sentence.
"""

from __future__ import annotations

from lintkit.compiled import pattern as _compile

# A declaration whose value a comment elides (`let c: Column = // Snip...`): never a sentence, whatever the comment.
ELIDED_VALUE = _compile(r"^\s*(?:let|const|var)\s+(?:mut\s+)?[\w$]+(?:\s*:\s*[^=]+?)?\s*=\s*//")
_ADDRESS = r"(\d{1,3}(\.\d{1,3}){3}|[0-9a-f]*::[0-9a-f]+)"  # an IP address, 4 or 6

# Lines of languages lintkit has no patterns for, code wherever they stand (lintkit.formats.code_patterns' GENERIC_CODE
# holds it too): TidalCycles' pattern sent to its orbit (`d1 $ s "BMDrums:1" # gain 1.1`, `fast 16 $ slow 128 $ n "0
# .. 127" # s "midi"`) and its tempo (`setcps (120/60/4)`), Haskell's types (`newtype AbletonLink = ...`, `data
# SessionStateImpl`), F#'s and OCaml's modules opened (`open Feliz.JSX`, `open Elmish`), a shell alias (`alias
# k=kubectl`): no heading or paragraph of the corpora's Markdown.
OTHER_CODE = _compile(
    r"^\s*(?:d\d{1,2}\s*\$\s*\S|.*\bsetcps\s*\(|.*?\S\s\$\s[a-z].*\s#\s[a-z]+\s[\"\d]|(?:newtype|data) [A-Z]\w*\b"
    r"|alias [\w.-]+=\S|open [A-Z]\w*(?:\.[A-Z]\w*)*\s*$)"
)
# A line alone that is code with few of code's marks, each written so in code only (of the corpora's Markdown, no
# heading or paragraph; 36, 168, 12, 426, 84, 3, 1, 64, 3, 3 and 301 lines of code): a JavaScript directive (`'use
# strict'`), a name given another, one with an underscore or in camel case (`MANAGER_CLASS = FixedManager`: not `X =
# y`, nor Node's heading `NODE_OPTIONS=options`), tasks chained by `>>` (`do_emr >> load`), a TypeScript declaration
# (`declare function useRef<T>: RefObject<T>`), a variable exported with blanks around its `=`, a shell's `eval
# "$(direnv hook bash)"`, a Java or Kotlin file's package and dotted import (`import android.app.Activity`), a shell's
# loop on one line (`while true; do ...; done`), a record of traffic between addresses (Cilium's drop records), a C
# preprocessor's directive, a Mermaid diagram's head or edge (Flux's `flowchart LR`, `a --> b`: 215 lines of code, 1
# paragraph), a command's question (9, none), kubectl's refusal or a program's error (131, none), a row of six values
# or more (23, none), a subscript computed (8, none), a diagnostic's header ruled with `━` or its message indented
# (Biome's `Button.jsx:4:28 lint/... ━━━`, `  i Checked import tree:`: 15 and 9, none), a Dockerfile's instruction
# with its arguments' shape (`COPY requirements.txt .`, `WORKDIR /app`, `EXPOSE 8000`, `CMD ["uvicorn", ...]`,
# `FROM python:3.11-slim AS base`: 243, none), fields in lower case printed on one line (APISIX's `n: 15, offset:
# 3`: 14, none), a Kotlin class with its modifier (`annotation class X`: 18, none), a Scala case class or generic
# class (`final case class IOf2[A](f: IOf[IOf[A]])`: 73, 2), psql's meta-command (`\\c postgres`), a JSX element with
# an expression (`<Table scroll={{ y: 500 }} />`), a declaration whose value a comment elides (`let c: Column = //
# Snip...`), each no heading or paragraph of the corpora's Markdown. Not `return` alone: the generated corpus splits
# at one.
CODE_ALONE = _compile(
    r"""^\s*(['"])use [a-z]+( [a-z]+)?\1;?\s*$|^\s*//(?!/)\s*\S"""  # and a `//` comment (`// +kubebuilder:...`)
    r"|^(annotation|data|sealed|enum|abstract|open|inline|value|internal) (class|interface|object) [A-Z]\w*\b"
    r"|^\s*((final|sealed|abstract|implicit) )*(case (class|object) [A-Z]\w*\s*[\[(]|(class|trait) [A-Z]\w*\s*\[)"
    r"|^\s*(?=.*(_|[a-z][A-Z]))[A-Za-z_]\w*\s+=\s+[A-Za-z_][\w.]*;?\s*$|^\s{2,}[iℹ×✖⚠] \S|.*━{3}"
    r"|^\s*\[?[a-z_]\w*(, [a-z_]\w*)*\]?(\s*(>>|<<)\s*\[?[a-z_]\w*(, [a-z_]\w*)*\]?)+\s*$"
    r"|^\s*(export( default)?|declare) (type|interface|const|let|function|class|enum|async function|default|namespace"
    r"|module) |^\s*export\s+[A-Za-z_]\w*\s*=\s*\S|^\s*eval\s+[\"`]|^\s*package [a-z]\w*(\.[a-z_]\w*)+;?\s*$"
    r"|^\s*import [a-z]\w*(\.[A-Za-z_]\w*)+(\.\*)?;?\s*$|^\s*(while|until|for|if) [^;]+; (do|then)\b.*\b(done|fi);?\s*$"
    rf"|^.*?{_ADDRESS}(:\d+)? -> {_ADDRESS}|^\s*#\s*(define|undef|include|pragma|ifdef|ifndef|endif|elif|error)\b"
    r"|^\s*\S+ --> \S+|^\s*(flowchart|graph|sequenceDiagram|classDiagram|erDiagram|gantt)( (TD|TB|BT|RL|LR))?\s*$"
    r"|^\? [A-Z].*\?|^(Error from server\b|[Ee]rror(\[[A-Z]?\d+\])?: \S)"  # `? What would you like to call it?`
    r"|^[\w.-]+(,[\w.-]*){5,}$|^[A-Za-z_]\w*\[[^\]]*[-+*/<>=]+[^\]]*\]$"  # a CSV row, `HEAP32[(ptr + offset) >> 2]`
    r"|^((COPY|ADD) [\w./*-]+ [\w./-]+|WORKDIR /\S*|EXPOSE \d+(/tcp|/udp)?|(CMD|ENTRYPOINT|RUN) \[\".*\]"
    r"|FROM [a-z][\w./-]*(:[\w.-]+)?( [Aa][Ss] \w+)?)\s*$|^[a-z_]\w*: [\w.-]+(, [a-z_]\w*: [\w.-]+)+$"
    r"|^\\(?:[a-z]{1,8}\+?|\?)(?: [^\s{}\\]+)*\s*$"  # psql's meta-command (`\c postgres`, `\d my_schema.t`, `\?`)
    r"|^\s*<[A-Z][\w.]*(?=[^<>]*(=\{|\{\.\.\.))[^<>]*/>;?\s*$"  # a JSX element (`<Table virtual scroll={{ x: 2 }} />`)
    rf"|{ELIDED_VALUE.pattern}"  # a declaration whose value a comment elides
    r"|^\s*[─━═│┃┄┅┈┉╌╍]{3,}\s*$"  # a rule a program drew (OpenTofu's `────` under a plan)
    r"|^@[a-z_]\w* :[a-z_]\w*$|^gist:[\w-]+/[0-9a-f]{20,}"  # Elixir's `@behaviour :rabbit_exchange_type`, a gist embed
    r"|^[a-z][\w-]*( [a-z][\w-]*){0,3} -[a-zA-Z] [\w.-]+$"  # a command, a short option (`describe coll -c car`)
    r"|^type [a-z_]\w* = [\[{(<|#'\"]|^\([^()]*\) => \S"  # ReScript's `type t = [ #"a" | #"b" ]`, `(. x) => ()`
    # An S-expression of a few atoms in lower case, one of them a name's or a number, or nested (Dune's `(lang dune
    # 2.0)`, `(copy_files ./mirage/*)`, `(context (default))`): 2 paragraphs of the corpora's Markdown have the shape
    # without (`(for compact entity)`), no heading.
    r"|^\((?=.*(?:[_/\d(]|\w\.\w))[a-z][\w.-]*(?:\s+(?:[^\s()A-Z]+|\([^()A-Z]*\))){1,5}\)$"
    r"|^def [A-Za-z_]\w*[\[(]"  # a definition, whatever follows (Scala's `def derived[T] given Generic[T] = ...`)
    r"|^(include|extend|prepend) [A-Z]\w*(::[A-Z]\w*)*(\[|\(|$)"  # Ruby's mixin (`include Deps['app.logger']`)
    r"|^\{ ?[a-z][\w-]*(, ?[a-z][\w-]*)*(, ?\.\.\.)? ?\}:$"  # a Nix function's head (devenv's `{ pkgs, ... }:`)
    # A diagram of bracketed entries joined by arrows (BuildBuddy's `Most Recent → [Entry A] ↔ [Entry B] ↔ … ← Least
    # Recent`), a pattern of no letter with a class and its quantifier (Bridgetown's `<[^ !>]*?-`).
    r"|^(?=(?:.*?[↔→←]){2}).*\[[^\]]{1,30}\]\s*[↔→←]\s*\[|^(?!.*[A-Za-z]).*\[[^\]]+\][*+?{]"
    # A condition comparing in brackets (`if (obj.constructor == Array) // ...`), a template's blank to fill (`-Your
    # answer-`): no heading or paragraph.
    r"|^if \(.*(==|!=).*\)\s*(//.*|\{)?$|^-[A-Za-z][^-]*-$"
    r"|^namespace [A-Z]\w*(\.[A-Z]\w*)*$|^let (inline|private|rec|mutable) "  # F#'s (and C#'s) namespace, a binding
    # A page's doctype, Python's items listed by index (`gs[0], gs[1], gs[2]`): no heading or paragraph.
    r"|^<!DOCTYPE |^\w+\[\d+\](, \w+\[\d+\])+$"
    r"|^\d+( ?[-+*/×] ?\d+)+ ?= ?\d+$"  # a sum worked out in numbers (Excalibur's `2 + 8 + 32 = 42`): no prose
    rf"|{OTHER_CODE.pattern}"
    # An image pinned by its digest (Kubewarden's `ghcr.io/viccuad/app-example:v0.1.0@sha256:d97d00f6...`), PowerShell's
    # variable set (Porter's `$env:PORTER_EXPERIMENTAL="..."`), a here-document's end alone (`EOF`): no prose.
    r"|^\S+@sha256:[0-9a-f]{16,}|^\$env:\w+\s*=|^EOF$"
    # A Prometheus query, a metric's labels matched in braces inside a function (Fission's
    # `sum(fission_function_calls_total{name="hello"}) without (...)`): no heading or paragraph.
    r'|^[a-z_]\w*\(.*\b[a-z_:][\w:]*\{[a-z_]\w*(=|!=|=~|!~)"[^"]*"'
    # An Objective-C message (CocoaPods' `[NSBundle bundleForClass:<#ClassFromPodspec#>]`): no heading or paragraph.
    r"|^\[+[A-Za-z_][\w.]* [a-z]\w*(:\S+( [a-z]\w*:\S+)*|[a-z][A-Z]\w*)\]+;?$"
)
# A call left open at the end of its line (`game.state.add('setup',`, `REQUIRE_THAT( str,`), a Go type's declaration
# (`type T = pkg1.T`, `type Set[K comparable] = Map[K, bool]`): 82 and 37 lines of the corpora's code, no prose.
ALONE = _compile(r"^\s*[\w.$]+\([^()]*[,(]$|^\s*type [A-Z]\w*(\[[^\]]+\])?\s+(=\s+)?[\w.*]+(\[[\w.*, ]+\])?$")
