"""The line patterns of each language that unfenced code is recognised by,
with their weights: lintkit.formats.code scores a run of lines against them
to tell code from prose and to name its language. Kept apart from the reading
itself so that each stays a module one can read through.
"""

from __future__ import annotations

import re

from lintkit.compiled import pattern as _compile
from lintkit.formats.alone import OTHER_CODE
from lintkit.formats.printed import PROGRESS_BAR
from lintkit.formats.sql_words import SQL_CLAUSE, SQL_STATEMENT

# Longer lines are never code: nobody pastes a 2,000-character statement, and megabyte lines cost time.
MAX_CODE_LINE = 2000

# Code of any language: evidence that a line is code, naming no language.
GENERIC_CODE = (
    _compile(r"[;{}]\s*$"),
    _compile(r"^\s*[})\]]++[;,)]*+\s*$"),  # possessive: `)` is in both runs, and giving it back never helps
    # `#> 42`: output shown as a comment; `|> list.map(f)`: a pipeline (Gleam, F#, R); `  -> JobMaster`: a call path
    _compile(r"^\s*(//|/\*|\*/|#\s|#!|#>|\|>\s*[\w.(])|^\s+(->|=>|→) ?[A-Za-z_][\w.]*( / [A-Za-z_][\w.]*)*\s*$"),
    _compile(r"^\s*[\w.\[\]{}'\"$]+\s*[+\-*/.]?=\s*\S"),  # `lookupTable[[]int{}] = "slice"`, `} = require(...)`
    _compile(r"^\s*[\w.$]+\(.*\)\s*;?\s*((#|//)\s.*)?$"),  # a call, perhaps with a comment after it
    _compile(r"^(\s{2,}|\t)[^\s•*-]"),  # indented lines that are not sentences: the body of a block
    _compile(r"<\?php|\?>"),
    # A command continued on the next line (`docker run -it \`), and the options that continue it (`  --hostfile
    # hostfile \`, `--max-model-len 4096`): no sentence ends in a backslash or opens on `--`.
    _compile(r"\S\s+\\$"),
    _compile(r"^\s*--[a-z][\w-]*(=\S|\s+\S)"),
    # A line ending in a written newline (`printf("Hello, World\n");` without its `;`, a server-sent event's
    # `data: My message\n\n`): 393 lines of the corpora's code, no heading (10 paragraphs, sentences all).
    _compile(r"\\n[\"'`]?[,;)]*$"),
    OTHER_CODE,  # TidalCycles, Haskell's types, F#'s opens, a shell alias (lintkit.formats.alone)
    # Text aligned in columns: three blanks or more between two words (`ID   NAME   CREATED`, a table a command
    # printed). A page's paragraph or heading collapses its blanks. Kept last: lintkit.formats.code reads it alone too.
    _compile(r"\S {3,}\S"),
)

# A string of words alone in single quotes (Weaviate's `'question McDonald\'s ...'`): 153 code lines, no prose.
QUOTED_WORDS = _compile(r"^\s*'(?=.*\S\s+\S.*')[^']*(\\'[^']*)*'\s*[,;)]?\s*$")

# A macro's signature with words for its arguments, as a reference page writes it in bold (Catch2's `INFO( message
# expression )`, `CAPTURE( expression1, expression2, ... )`): 6 paragraphs of the seven stand-ins, no line of code.
SIGNATURE = _compile(r"^[A-Z][A-Z0-9_]*\( [a-z]+\d?(,? [a-z]+\d?)+(, \.\.\.)? \)$")

# A diff's removed or added line, its sign against the text (not `- item`, not `--flag`): no paragraph of
# the six stand-ins' Markdown is made of them, 39 chunks of their code are.
DIFF_LINE = _compile(r"^[-+](?![-+\s])\S")
# A here-document's opening (`cat <<EOF`, `<<'COMMENT'`), at the end of its line.
HEREDOC = _compile(r"<<-?\s*['\"]?([A-Z][A-Z0-9_]*)['\"]?\s*$")
# A formula in TeX alone on its line (`$p(\tilde{x}_{n+1} | x_1, ..., x_n)$`): a paragraph (1 of the corpora, no code).
MATH = _compile(r"^\$\$?[^$\s][^$]*[\\_^][^$]*\$\$?$")
# A field of an API reference, capitalised, one blank after its colon (`Default: JSON.parse()`): prose however much
# code its value holds (808 lines of the corpora's prose, 1 of code: IPython's `Type:      builtin_function`, aligned).
API_FIELD = _compile(r"^(Returns|Type|Default|Since|Throws|Raises|Yields|Deprecated|Aliases?): \S")
# A heading's hashes written without their blank (Selenium's `###Customization###`): Markdown shows it as a paragraph.
HASHED_TEXT = _compile(r"^#{2,6}[A-Z][^#]*#{2,6}$")
# A line alone that is never code, whatever it holds: such a field, such a formula, a draft's placeholder (`[WIP]`),
# hashes around text.
NOT_CODE = _compile(f"{API_FIELD.pattern}|{MATH.pattern}|^\\[(WIP|TODO|TBD|TBA)\\]$|{HASHED_TEXT.pattern}")

_PROTO_SCALAR = r"double|float|bool|string|bytes|[su]?int(32|64)|s?fixed(32|64)"
_PATTERNS: dict[str, list[tuple[re.Pattern[str], float]]] = {
    "python": [
        # `lazy` imports are new syntax (PEP 810) that linters' documentation already shows.
        (_compile(r"^\s*(lazy\s+)?from\s+[\w.]+\s+import\s+[\w*(]"), 3),
        (_compile(r"^\s*(lazy\s+)?import\s+[\w.]+(\s+as\s+\w+)?(\s*,\s*[\w.]+(\s+as\s+\w+)?)*\s*$"), 2),
        # No colon required: a `def` missing its colon is still Python (CODE001 says so).
        (_compile(r"^\s*(async\s+)?def\s+\w+\s*\("), 3),
        (_compile(r"^\s*class\s+\w+\s*[(:]"), 3),
        (_compile(r"^\s*@[\w.]+(\(.*)?$"), 2),
        (_compile(r"^\s*(if|elif|while|for|with|try|except|else|finally)\b.*:\s*$"), 2),
        # Not a name holding `lambda` (Pulumi's `aws:lambda:Function`, `lambda-role`: a table it prints).
        (_compile(r"\b(self\.|None\b|True\b|False\b|print\(|(?<![:/.-])lambda\b(?![-/.]|:\w)|\bf['\"])"), 1),
        (_compile(r"^\s*return\b(?!.*;\s*$)"), 1),
        # A type alias statement (PEP 695); TypeScript's ends in `;` (`type Move = 'rock' | 'paper';`).
        (_compile(r"^\s*type\s+\w+(\[[^\]]*\])?\s*=\s*(?!.*;[ \t]*(//.*)?$)\S"), 2),
        (_compile(r"^\s*assert\s+[\w.\[\]()'\"]+\s*(==|!=|<=|>=|<|>|\bis\b|\bin\b)\s*\S"), 3),  # `assert a == b`
    ],
    "javascript": [
        (_compile(r"^\s*(const|var)\s+[\w{\[]"), 3),
        # `let x = 5;` is Rust as much as JavaScript: half the weight, and none for `let mut`.
        (_compile(r"^\s*let\s+(?!mut\b)[\w{\[]"), 1.5),
        # An arrow function; PHP's `'key' => value` has a quote before the arrow.
        (_compile(r"(\)|\b[A-Za-z_]\w*)\s*=>"), 1.5),
        # A function's declaration, its body opening or its parameters going on (not psql's `function avg(unit)`).
        (_compile(r"^\s*(async\s+)?function\b[\s\w]*\((?:[^)]*\)\s*\{|[^)]*$)"), 3),
        (_compile(r"\brequire\(['\"]"), 3),
        (_compile(r"\bconsole\.\w+\("), 3),
        (_compile(r"^\s*(module\.exports|exports\.)"), 3),
        (_compile(r"^\s*import\s+.*\s+from\s+['\"]"), 3),
        (_compile(r"^\s*export\s+(default\s+|const\s+|function\s+|async\s+)"), 3),
        (_compile(r"(?<!=)(===|!==)(?!=)"), 2),  # not a rule of `=` signs (`==============`)
        (_compile(r"^\s*\}\)*;?\s*$"), 0.5),
        (_compile(r"\b(req|res)\.\w+"), 1),
        (_compile(r"^\s*type\s+\w+\s*(<|=.*;[ \t]*(//.*)?$)"), 2),  # TypeScript's type alias: generic, or ending in `;`
    ],
    "php": [
        (_compile(r"<\?php"), 5),
        (_compile(r"^\s*\$[A-Za-z_]\w*\s*="), 3),
        (_compile(r"\$[A-Za-z_]\w*\s*(->|\[)"), 2),
        (_compile(r"['\"][\w.-]+['\"]\s*=>"), 2),
        (_compile(r"->\w+\("), 1.5),
        (_compile(r"\w::\w+\("), 1.5),
        (_compile(r"^\s*(public|private|protected)\s+(static\s+)?function\b"), 3),
        (_compile(r"^\s*function\s+\w+\s*\([^)]*\$"), 3),
        (_compile(r"^\s*(namespace|use)\s+[\w\\]+;"), 3),
        (_compile(r"^\s*echo\s+['\"$]"), 1),
        (_compile(r"\b(add_action|add_filter|wp_\w+|Route::|Schema::)"), 3),
    ],
    "shell": [
        (_compile(r"^#!.*\b(ba|z|da|k)?sh\b"), 5),
        # A notebook's magic (`%load_ext sql`, `%sqlplot boxplot --table t`, `%%sql`): 26 lines of code, no prose;
        # not Haml's tags (`%h1 Hello From Haml!`, `%p= markdown(:greetings)`).
        (_compile(r"^\s*%%?(?!(h[1-6]|p|div|span|ul|ol|li|a|table|tr|td|th|section|nav)\b)[a-z_]\w*(\s|$)"), 3),
        (_compile(r"^\s*set\s+-[euxo]"), 3),
        (
            _compile(
                r"^\s*(\$\s+|[%!])?(sudo|npm|npx|yarn|pnpm|pip3?|git|docker|kubectl|curl|wget|"
                r"rsync|systemctl|apt-get|apt|brew|composer|chmod|chown|mkdir|tar|scp|ssh|"
                r"export|source|cd|ls|cp|mv|rm|echo|cat|grep|sed|awk|make|uvicorn|gunicorn|"
                r"pytest|ruff|psql|mysql|redis-cli|wp|php|node|python3?|terraform|helm|find|"
                r"pg_dump|gzip|crontab|cargo|rustup|rustc|go|mvn|gradle|javac|gcc|clang|cmake|ninja|poetry|"
                r"uv|uvx|pipx|conda|hatch|tox|nox|maturin|deno|bun|bundle|gem|dotnet|touch|ln)\s"
            ),
            1.5,
        ),
        (_compile(r"(&&|\|\||\s\|\s)"), 1.5),
        (_compile(r"\s--?[a-zA-Z][\w-]*"), 1),
        (_compile(r"^\s*(for|while|until|if|elif)\b.*;\s*(do|then)\s*$"), 2),
        (_compile(r"^\s*(done|fi|esac|then|do|else)\s*;?\s*$"), 2),
        (_compile(r"\$\{?\w+\}?"), 0.5),
        # A prompt, and a command run with variables set before it (`RUST_LOG=debug cargo run`).
        (_compile(r"^\s*\$\s+[\w./-]"), 3),
        (_compile(r"^\s*[A-Z_][A-Z0-9_]*=\S*\s+[a-z][\w.-]*(\s|$)"), 2),
        # A here-document (`cat > hostfile <<EOF`) and the line that closes it.
        (_compile(r"<<-?\s*['\"]?[A-Z_]+['\"]?\s*$"), 3),
        (_compile(r"^(EOF|EOT|END)$"), 1.5),
    ],
    "rust": [
        (_compile(r"^\s*(pub(\([\w:]+\))?\s+)?(const\s+)?(async\s+)?(unsafe\s+)?fn\s+\w+\s*[<(]"), 3),
        (_compile(r"^\s*let\s+mut\s+\w"), 3),
        (_compile(r"^\s*let\s+(mut\s+)?\w+\s*:\s*[&\w<\[(]"), 2),
        (_compile(r"^\s*(pub(\([\w:]+\))?\s+)?(struct|enum|trait|mod)\s+\w+"), 2),
        (_compile(r"^\s*(unsafe\s+)?impl\b(<.*>)?\s*[\w:<>]*"), 3),
        (_compile(r"^\s*(pub\s+)?use\s+\w+(::[\w{*]+)+"), 3),
        (_compile(r"^\s*#!?\[\w+(\(.*\))?\]?\s*$"), 3),
        (_compile(r"\b[a-z_]\w*!\s*[(\[{]"), 2),
        (_compile(r"&(mut\s+)?self\b|\bSelf\b(?!-)|&'\w+|&str\b|\bString::|\bVec<|\bOption<|\bResult<|\bBox<"), 2),
        (_compile(r"\b(Ok|Err|Some)\(|\.unwrap\(\)|\?;\s*$"), 1.5),
        (_compile(r"^\s*match\s+.*\{\s*$"), 2),
        (_compile(r"\)\s*->\s*[\w&(\[<]+.*\{\s*$"), 1.5),
    ],
    "go": [
        (_compile(r"^\s*package\s+\w+\s*$"), 3),
        # A function, perhaps a method or generic (`func Clone4[S []E, E any](s S) S`: 86 lines of the corpora's
        # code, no heading or paragraph).
        (_compile(r"^\s*func\s+(\(\w+\s+\*?\w+(\[[^()]*\])?\)\s*)?\w+\s*(\[[^()]*\])?\s*\("), 3),
        # A variable declared with its type (`var stringTree Tree[string]`; JavaScript's has `=` or `;`).
        (_compile(r"^\s*var\s+\w+(\s*,\s*\w+)*\s+[\w*.\[\]]+(\[[\w, .*]+\])?\s*$"), 2),
        (_compile(r"\w\s*:=\s*\S"), 2),
        (_compile(r"\berr\s*!=\s*nil\b"), 3),
        (_compile(r"\bfmt\.\w+\("), 3),
        (_compile(r"^\s*type\s+\w+(\[[^=()]*\])?\s+(struct|interface|map\[|\[\]|func\()"), 3),  # generic too
        # `import "fmt"`, `import (`, and an import for its side effects or under a name (`import _ "path"`).
        (_compile(r'^\s*import\s+(\(\s*$|([_.]|[a-z]\w*)?\s*"[\w./-]+"\s*$)'), 3),
        # An import spec inside `import (`: `_ "google.golang.org/grpc/xds" // To install the xds resolvers.`
        (_compile(r'^\s*([_.]|[a-z]\w*)\s+"[\w.-]+(/[\w.-]+)+"\s*(//.*)?$'), 3),
        (_compile(r"^\s*defer\s+\w"), 2),
    ],
    # Julia: names brought in from a module (`using Base.Threads: nthreads, @threads`; 4 lines of the corpora's
    # code, no heading or paragraph), a pipe (`itr |> Map(f)`, Elixir's too: 25 lines of code, no prose).
    "julia": [
        (_compile(r"^\s*using\s+[A-Z]\w*(\.\w+)*:\s*@?\w+(,\s*@?\w+)*\s*$"), 3),
        (_compile(r"^\s*julia> "), 5),
        (_compile(r"[\w)\]]\s*\|>\s*[\w(@.]"), 1.5),
    ],
    "java": [
        (
            _compile(
                r"^\s*((public|private|protected)\s+)(static\s+)?(final\s+)?(abstract\s+)?"
                r"(class|interface|enum|record|void|int|long|boolean|String|[A-Z]\w*(<.*>)?)\s+\w+"
            ),
            3,
        ),
        (_compile(r"^\s*package\s+[\w.]+;\s*$"), 3),
        (_compile(r"^\s*import\s+(static\s+)?[\w.]+(\.\*)?;\s*$"), 3),
        (_compile(r"\bSystem\.(out|err)\.print"), 3),
        (_compile(r"^\s*@(Override|Test|Autowired|Bean|Component|Service|Entity|RestController)\b"), 2),
    ],
    "c": [
        (_compile(r"^\s*#\s*include\s*[<\"]"), 5),
        (_compile(r"^\s*#\s*(define|ifdef|ifndef|endif|pragma)\b"), 3),
        (
            _compile(
                r"^\s*(static\s+)?(const\s+)?(unsigned\s+)?(int|void|char|long|double|float|size_t|"
                r"bool|struct\s+\w+)\s*\*?\s*\w+\s*\(.*\)\s*[{;]?\s*$"
            ),
            3,
        ),
        (_compile(r"\b(printf|fprintf|malloc|free|sizeof|memcpy|strlen)\s*\("), 2),
        (_compile(r"\bstd::\w+"), 3),
        # A definition for the compiler or CMake alone on its line (googletest's `-DGTEST_HAS_PTHREAD=1`).
        (_compile(r"^\s*-D[A-Z][A-Z0-9_]*(=\S*)?\s*$"), 3),
    ],
    "toml": [
        # A table's name, keys bare or quoted, blanks only around dots: no placeholder (`[screen recording]`).
        (
            _compile(
                r"^\s*\[\[?[A-Za-z_][\w\-<>]*(?:\s*\.\s*(?:[A-Za-z_<][\w\-<>]*|\"[^\"]*\"|'[^']*'))*\]\]?\s*(#.*)?$"
            ),
            3,
        ),
        (
            _compile(
                r"^\s*([A-Za-z_][\w.\-]*|\"[^\"]+\")\s*=\s*(\"[^\"]*\"|'[^']*'|-?\d[\d._]*|true|false|\[.*\]|\{.*\})\s*(#.*)?$"
            ),
            2,
        ),
    ],
    "yaml": [
        (_compile(r"^---\s*$"), 1),
        (_compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)+:\s*$"), 3),  # a key in snake case over its block: 48 lines, no prose
        (_compile(r"^\s*-\s+[\w.\-\"]+:(\s|$)"), 2),
        (_compile(r"^\s*(?!(if|elif|else|try|except|finally|for|while|with|def|class)\b)[\w.\-]+:\s*$"), 1.5),
        (_compile(r"^\s+[\w.\-]+:\s+[\w\"'$.{\[/~-]"), 1),
        (_compile(r"^\s*[A-Z][A-Z0-9]*(_[A-Z0-9]+)+:(\s|$)"), 2),  # `CIBW_SKIP: pp*`
        (_compile(r"^\s*[a-z][a-z0-9]*([_-][a-z0-9]+)+:\s+\S"), 1.5),  # `runs-on: ubuntu-latest`
        (_compile(r"^[a-z_][\w-]*:\s+\S+$"), 1.5),  # `name: Lint`: a lower-case key, one word
        (_compile(r"^\s*[a-z_][\w.\-]*:\s+(\[.*\]|\{.*\}|\"[^\"]*\"|'[^']*')\s*(#.*)?$"), 2),  # `on: [push]`
    ],
    "json": [
        (_compile(r'^\s*"[^"]+"\s*:\s*("|\d|-\d|true|false|null|\[|\{)'), 2),
    ],
    # SQL as real posts write it, keywords in capitals, and psql's sessions: in the seven stand-ins' Markdown a
    # statement's opening with what only a statement has after it, a clause with a symbol, a psql prompt, its
    # `(1 row)`, a table's rule and its messages open no heading or paragraph; 601 lines of code open so.
    "sql": [
        # A command of DuckDB's or SQLite's shell (`.timer on`, `.mode line`, `.schema`): 6 lines of code, no prose.
        (
            _compile(
                r"^\.(schema|timer|mode|tables|sh|read|open|import|output|once|headers|maxrows|maxwidth|columns|"
                r"databases|echo|bail|changes|nullvalue|separator|show|width|excel|indexes|dump|load|prompt|stats)(\s|$)"
            ),
            3,
        ),
        (
            _compile(
                rf"^\s*({SQL_STATEMENT})\b(?=.*(;\s*(--\s.*)?$|[(*=]|\s(FROM|WHERE|SET|VALUES|INTO|ON|TO|AS|CLONE)\s))(?!.*[.:]$)"
            ),
            3,
        ),
        (_compile(rf"^\s*({SQL_STATEMENT})\b(?!.*[.:]$)"), 1),
        (_compile(rf"^\s*{SQL_CLAUSE}\b\s+\S(?=.*[=<>(),;*'\"]|.*\w_\w)(?!.*[.:]$)"), 1.5),
        (_compile(r"^\s*\w[\w-]*(=[#>]|-#)(\s|$)"), 3),  # `postgres=# SELECT ...`, `destinationdb=# ...`
        # A statement in lower case, as many posts write it, with its object (`select * from t where id = 3;`,
        # `create table users (...)`): 42 lines of the stand-ins' code, no heading or paragraph.
        (
            _compile(
                r"^\s*(select\s+[\w*.,() ]+\s+from\s+[\w.\"]+|insert\s+into\s+[\w.\"]+"
                r"|update\s+[\w.\"]+\s+set\s+\w+\s*="
                r"|delete\s+from\s+[\w.\"]+|create\s+(or\s+replace\s+)?(table|index|view|extension|function|schema)\s+\w"
                r"|alter\s+table\s+[\w.\"]+|drop\s+(table|index|view)\s+(if\s+exists\s+)?[\w.\"]+)"
            ),
            3,
        ),
        # A statement as a string a REPL printed (sqlglot's `'SELECT FROM_UNIXTIME(1618088028295 / POW(10, 3))'`).
        (_compile(r"^(['\"])(SELECT|INSERT|UPDATE|DELETE|CREATE|WITH|ALTER|DROP)\b.*\1$"), 3),
        (_compile(r"^\s*\(\d+ rows?\)\s*$|^\s*-+(\+-+)+\s*$|^Time: \d+(\.\d+)? ms"), 3),
        (_compile(r"^(NOTICE|ERROR|WARNING|DETAIL|HINT|CONTEXT|INFO):  \S"), 2),
        (_compile(r";\s*--\s|^\s*--(\s+\S|[A-Z][a-z]+\s)"), 1.5),  # a comment after a statement, or on its own line
    ],
    # Ruby as kubeclient's guide writes it: a block's parameters (`client.watch_pods do |notice|`), a library
    # required (`require 'googleauth'`), a line printed, a block's `end`.
    "ruby": [
        (_compile(r"(\bdo|\{)\s*\|[\w, ]+\|"), 3),  # `{ |b| ... }` too: no word before its brace
        # A call that takes a block, its arguments in brackets, a symbol or a string (capybara's `within_table(
        # 'Employee') do`, grape's `params do`, `get :hello do`, rspec's `it 'adds' do`); a predicate called
        # (`page.has_xpath?('a')`, `.visible?`); what a line evaluates to, `# =>`; a Gemfile's `gem 'rack'`.
        (_compile(r"^\s*[A-Za-z_][\w.:]*[?!]?(\(.*\)|\s+(:\w+|'[^']*'|\"[^\"]*\")(,\s*\S.*)?)?\s+do\s*$"), 2),
        (_compile(r"[\w)]\.[a-z_]\w*\?\(|\)\.(?!await\?)[a-z_]\w*\?(\s|$)|\.[a-z]+_\w+\?(\s|$)"), 2),
        (_compile(r"\S\s+#\s?=>\s"), 2),
        (_compile(r"^\s*gem\s+['\"][\w-]+['\"]"), 3),
        # A DSL's call given a symbol or a quoted string first (a Podfile's `install! 'cocoapods'`, `platform :ios,
        # '9.0'`, `pod 'Alamofire'`): 2 headings of the corpora's Markdown open on a word and a string, each in double
        # quotes (Rust's `extern "C++"`), no paragraph.
        (_compile(r"^\s*[a-z_]\w*!?\s+(:\w+|'[^']*')(,\s*(:\w+|'[^']*'|\"[^\"]*\"|\w+:\s?\S+))*\s*$"), 2),
        # RSpec's expectations (`expect(actual).to be > expected`, `expect { ... }.to raise_error`, `actual.should eq
        # expected`: not chai's `.to.equal`), an error raised by its constant's path (`raise Grape::Exceptions::
        # Validation, ...`), a class method's call with a symbol and keywords (`requires :values, type: Array`,
        # `has_many :posts, dependent: :destroy`).
        (_compile(r"\bexpect\s*(\(.*\)|\{.*\})\.(to|not_to|to_not)\s|\.should(_not)?\s+[\w(]"), 2),
        (_compile(r"^\s*(raise|fail)\s+[A-Z]\w*(::[A-Z]\w*)+"), 3),
        (_compile(r"^\s*[a-z_]\w*\s+:\w+,\s*[a-z_]\w*:\s"), 2),
        (_compile(r"^\s*require(_relative)?\s+['\"][\w/.-]+['\"]\s*$"), 3),
        (_compile(r"^\s*puts\s+[\w'\"]"), 2),
        (_compile(r"^\s*(unless|elsif)\s+\S"), 2),
        (_compile(r"^\s*end\s*$"), 1.5),
    ],
    # Kotlin: a function (`fun main() {`, `suspend fun load(id: Long): User`), a class whose constructor holds
    # its properties (`data class User(val id: Long, val name: String)`), a read-only value. No heading,
    # paragraph or line of code of the seven stand-ins' Markdown opens so.
    "kotlin": [
        (_compile(r"^\s*((private|internal|override|suspend|inline|public)\s+)*fun\s+(<[^>]+>\s*)?[\w.]+\s*\("), 3),
        (
            _compile(
                r"^\s*((data|sealed|open|abstract|enum)\s+)?class\s+\w+(<[^>]*>)?\s*\(\s*(private\s+)?(val|var)\s"
            ),
            3,
        ),
        (_compile(r"^\s*val\s+\w+(\s*:\s*[\w<>?, ]+)?\s*=\s*\S"), 2),
    ],
    # Scala as its blog writes it (the twenty-second stand-in): a case class with typed fields, a method defined with
    # `=` (never Python's `def f():`), a value, a trait or an object, a parameter section alone (`(implicit ctx:
    # Context)`); 8, 41, 34, 54 and 2 lines of the corpora's code, no heading or paragraph. Kotlin's `val` is its too.
    "scala": [
        (_compile(r"^\s*(case\s+)?class\s+[A-Z]\w*(\[.*\])?\((val |var )?\w+\s*:\s*[A-Z]"), 3),
        (_compile(r"^\s*def\s+\w+(\[[^\]]*\])?(\([^)]*\))*\s*(:\s*[\w\[\], .]+)?\s*=(?!=)"), 3),
        (_compile(r"^\s*(lazy\s+)?val\s+\w+(\s*:\s*[\w\[\], .]+)?\s*=\s*\S"), 2),
        (_compile(r"^\s*(sealed\s+)?(trait|object)\s+[A-Z]\w*(\[.*\])?(\s+extends\s+[\w\[\], ]+)?\s*[:{]?\s*$"), 2),
        (_compile(r"^\s*\((implicit|using)\s+\w+\s*:\s*[\w\[\], .]+\)\s*$"), 3),
    ],
    # A Dockerfile's instructions, each with the argument only it takes (`FROM fedora:latest`, `EXPOSE 80`, `CMD
    # ["/usr/sbin/httpd", "-DFOREGROUND"]`), not a heading in capitals (`USER GUIDE`, `ADD ONS`).
    "dockerfile": [
        (_compile(r"^FROM\s+[a-z0-9$][\w./:@${}-]*(\s+(AS|as)\s+[\w-]+)?\s*$"), 3),
        # Not the reference's prose about them (`RUN has 2 forms:`, `COPY has two forms:`).
        (_compile(r"^(RUN|CMD|ENTRYPOINT|SHELL)\s+(\[\s*\"|[./$]|[a-z][\w.+-]*(\s+[-a-z./$\"'{]|\s*$))(?!.*:\s*$)"), 2),
        (_compile(r"^(COPY|ADD)\s+(--[a-z]+=\S+\s+)*\S*[./*$]\S*\s+[\w./$-]+(?!.*:\s*$)"), 2),
        (
            _compile(
                r"^(WORKDIR\s+[/$]|EXPOSE\s+\d+|ENV\s+[A-Z_][A-Z0-9_]*[= ]|ARG\s+[A-Z_][A-Za-z0-9_]*"
                r"|USER\s+[a-z0-9_$]|LABEL\s+[\w.-]+=|VOLUME\s+[\[/\"]|MAINTAINER\s+[^\s(].*@)"
            ),
            2,
        ),
    ],
    # Diffs, compiler diagnostics, logs and test runs: output pasted as code.
    # Protocol Buffers' schema (`syntax = "proto3";`, `string id = 1;`): told apart, never taken for JavaScript.
    "protobuf": [
        (_compile(r'^syntax = "proto[23]";'), 5),
        (_compile(r"^\s*(message|service|enum) [A-Z]\w* \{$"), 2),
        (_compile(rf"^\s*((repeated|optional|required) [\w.]+|{_PROTO_SCALAR}) [a-z_]\w* = \d+;"), 2),
    ],
    "output": [
        # An object as Python prints it (`<AxesSubplot: title={...}, ylabel='Count'>`, `<Foo object at 0x7f...>`).
        (_compile(r"^<[A-Z][\w.]*(: | object | at 0x)[^>]*>$"), 3),
        (
            _compile(r"^(diff --git |index [0-9a-f]+\.\.[0-9a-f]+|@@ -\d+(,\d+)? \+\d+|(\+\+\+|---) [ab]/)"),
            8,
        ),  # a diff of any language
        (_compile(r"^(error|warning)(\[[A-Z]?\d+\])?: \S"), 2),
        # A tool's diagnostic, its program or path first (`lto1: fatal error: bytecode stream ...`, `/usr/bin/ld:
        # /usr/lib/.../libpython3.9.a(zlibmodule.o): relocation R_X86_64_32 ...`, `collect2: error: ld returned 1
        # exit status`): no paragraph or heading of the five stand-ins' Markdown opens so (2 code lines, PyO3's).
        (_compile(r"^[\w.+-]+: (fatal error|error|warning): \S|^(/[\w.+-]+){2,}: \S"), 2),
        (_compile(r"^\s*(-->|= (note|help):)\s*\S"), 3),
        (_compile(r"^\s*\d*\s+\|(\s|$)"), 1),
        (_compile(r"^\S+\.(rs|go|c|h|cc|cpp|py|js|ts|java|rb|php|kt|swift):\d+(:\d+)?:"), 3),
        (_compile(r"^\s+(Compiling|Finished|Running|Downloaded|Updating|Checking|Installing|Fresh)\s+\S"), 3),
        (_compile(r"^\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|^HTTP/\d(\.\d)? \d{3} [A-Z]|^[A-Z]{3,7} /\S* HTTP/\d"), 3),
        (_compile(r"^\s*\[?(INFO|WARN|WARNING|ERROR|DEBUG|TRACE|FATAL|CRITICAL)\]?[\s:]"), 1.5),
        (_compile(r"^(INFO|WARN|WARNING|ERROR|DEBUG|TRACE|FATAL) \[[\w.-]+\] \S"), 3),  # `WARN [runner] Can't run ...`
        # An Erlang/OTP report's banner (RabbitMQ's `=INFO REPORT==== 12-Sep-2012::14:21:26 ===`).
        (_compile(r"^=[A-Z]+ REPORT={3,} .* ===$"), 3),
        # A MySQL client's summary (`1 row in set. Elapsed: 0.009 sec.`, `Query OK, 1 row affected (0.01 sec)`).
        (_compile(r"^\d+ rows? in set\b|^Query OK, \d+ rows? affected"), 3),
        (_compile(r"^Traceback \(most recent call last\):|^\s+File \"[^\"]+\", line \d+"), 3),
        (PROGRESS_BAR, 3),
        # A Rust panic and the runtime's note after it.
        (_compile(r"^thread '[^']*' panicked at |^note: run with `RUST_BACKTRACE=1`"), 3),
        # The line between two chained tracebacks.
        (
            _compile(
                r"^(The above exception was the direct cause of the following exception"
                r"|During handling of the above exception, another exception occurred):$"
            ),
            3,
        ),
        # Qualified too (`org.apache.hudi.exception.HoodieException: ...`, `sqlglot.errors.ParseError: ...`: 7 lines of
        # the corpora's code, no heading or paragraph).
        (_compile(r"^([a-z_]\w*\.)*[A-Z]\w*(Error|Exception|Warning): "), 2),
        # A command's help screen, its parts in capitals (Swift's ArgumentParser: `USAGE: random <high-value>`,
        # `ARGUMENTS:`, `OPTIONS:`, `SUBCOMMANDS:`; clap's `FLAGS:`): no heading or paragraph of the corpora's
        # Markdown is written so.
        (
            _compile(
                r"^(USAGE|OPTIONS|ARGUMENTS|ARGS|SUBCOMMANDS|COMMANDS|FLAGS|OVERVIEW|POSITIONAL ARGUMENTS"
                r"|GLOBAL OPTIONS|GLOBAL FLAGS):( \S.*)?$"
            ),
            3,
        ),
        (_compile(r"^test [\w:]+ \.\.\. (ok|FAILED|ignored)|^test result: |^(=== RUN|--- (PASS|FAIL):)"), 3),
        (_compile(r"^(commit [0-9a-f]{7,40}$|Author: .+ <.+@.+>$|Date:\s+\w{3} )"), 3),
        # What `kubectl` or `oc` prints of each object it changed: `deploymentconfig.apps.openshift.io/buildah
        # created`, `serviceaccount/buildah-sa created`.
        (
            _compile(
                r"^[a-z][a-z0-9.-]*/[a-z0-9][\w.-]* (created|configured|unchanged|deleted|patched|labeled"
                r"|annotated|scaled|exposed|restarted|rolled back)( \(dry run\))?$"
            ),
            3,
        ),
        (_compile(r"^\s*[╭╰│├└┌┐┘┤┃┏┓┗┛━═║╔╗╚╝]"), 3),  # a CLI's framed help or banner
        # A CLI's plain help: `usage: prog [-h] ...`, then its options (`  -h, --help   show this help...`).
        (_compile(r"^usage: [\w.-]+ (\[-|<|[a-z])"), 3),
        # clap's and Docker's: `Usage: git[EXE] add <PATH>...`, `Usage:  docker inspect [OPTIONS] NAME`.
        (_compile(r"^\s*Usage:\s+[\w.\[\]/-]+(\s+[\w.-]+)*\s+(\[|<|\{|-{1,2}\w)"), 2),
        (_compile(r"^For more information,? try '?--help'?\.?$"), 2),
        (_compile(r"^\s+-{1,2}\w[\w-]*(,\s*-{1,2}\w[\w-]*)*(\s\S+)?\s{2,}\S"), 2),
    ],
}
