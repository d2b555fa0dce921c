"""Command lines as posts show them unfenced: a command alone on its line
(`npm run build`, `(.venv)$ tox -e py`, `RUST_LOG=debug cargo run`), told
from a heading that opens on a tool's name (`git workflow tips`). Apart
from lintkit.formats.code, which reads a run of lines as code or prose and
asks this module about a line that may be a command.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from lintkit.compiled import pattern as _compile

_SHELL_COMMANDS = frozenset(
    (
        "sudo npm npx uvx bunx pnpx yarn pnpm pip pip3 git docker kubectl curl wget rsync systemctl apt-get brew "
        "composer chmod mkdir uvicorn gunicorn pytest ruff php node python python3 terraform helm "
        "cargo rustup rustc go mvn gradle javac gcc clang cmake meson make ninja poetry uv uvx pipx conda hatch tox "
        "nox maturin deno bun bundle gem dotnet black fastapi pdm rye gh mypy pre-commit sphinx-build mkdocs "
        "twine flit pyenv virtualenv export powershell pwsh "
        # Containers' tools beside Docker (buildah's and podman's tutorials: `podman ps -a`, `oc create -f -`).
        "podman podman-remote buildah skopeo nerdctl oc "
        # Distributions' package managers (`apt install libbtrfs-dev ...`, `yum install git`).
        "apt dnf yum zypper apk pacman "
        # Cloud and cluster tools (`istioctl experimental describe pod $RATINGS_POD`, `eksctl create cluster`).
        "istioctl linkerd kind minikube kustomize eksctl gcloud aws az argocd flux vault etcdctl crictl "
        # Databases' command lines (`duckdb region.parquet -c 'FROM region;'`, `sqlite3 app.db .tables`).
        "duckdb sqlite3 "
        # JavaScript's tools (`prettier --write '{**/*,*}.{js,jsx,json}'`, `webpack --profile --json > stats.json`).
        "prettier eslint tsc jest vitest webpack rollup esbuild vite babel "
        # Cluster launchers (Dask's `mpirun -np 5 python my_dask_script.py`).
        "mpirun mpiexec srun sbatch"
    ).split()
)
_SUBCOMMANDS = frozenset(
    (
        "install ci run test build start add commit push pull tag checkout clone fetch merge rebase "
        "status diff log compose exec up down require update restart reload apply -m -c -r -v -y -f "
        "check clippy fmt doc new init get mod tidy vet publish package clean sync lock serve dev lint "
        "env generate upgrade remove uninstall verify dump tool self repo venv wheel download freeze login deploy"
    ).split()
)


_ENV_ASSIGNMENT = _compile(r"^[A-Z_][A-Z0-9_]*=\S*$")
# A variable in lower case set for a known program's run (CloudNativePG's `registry=your/registry:5000 docker buildx
# bake -f docker-bake.hcl --push`).
_LOWER_ASSIGNMENT = _compile(r"^[a-z_][a-z0-9_]*=\S+$")
# A prompt drawn with a glyph, as zsh themes draw it (Conan's `⇒  conan profile show default`, `❯ cargo run`), before a
# program in lower case and its arguments.
_GLYPH_PROMPT = _compile(r"^\s*[⇒❯➜]\s+(?=[a-z])")
# kubectl's verbs: with a kind and a name, or more, a command (`kubectl delete pod cluster-example-1`); a docs page's
# heading names the verb alone (`kubectl delete`).
_KUBECTL_VERBS = frozenset(
    "get describe delete logs edit scale rollout port-forward exec create patch label annotate expose cordon drain "
    "uncordon top wait cp debug attach".split()
)


# A prompt before a command: `$ `, `$> ` (set_user's), `% `, a virtual environment's `(.venv)$ `, ruff's `∴ `, a
# host's or a folder's (`root@30aa0cfaf1b5:/# `, `[root@localhost ~]# `, `cxx-demo$ `, `~/work/MyGreeter$ `, `/ # `),
# PowerShell's (`PS E:\\myproject> `).
PROMPT_FORMS = (
    r"(\([\w.-]+\)\s*)?(\$>|[$%∴]|[\w.-]+@[\w.-]+:\S*[$#]|\[[\w.-]+@[\w.-]+ [^\]]*\][$#]|[a-z][\w.~-]*\$|~[\w./-]*\$"
    r"|PS [A-Za-z]:\\[^>\s]*>|/ #)"
)
_PROMPT = _compile(rf"^\s*{PROMPT_FORMS}\s+(?=\S)")
# A language's interactive prompt and what is typed at it: Python's `>>> `, `julia> `, `scala> `, Elixir's
# `iex(1)> `, Ruby's `irb(main):001:0> `, sbt's, `ghci> `, `sqlite> `, `mysql> `, IPython's `In [1]: ` (739 lines of the
# corpora's code, no heading or paragraph: `>>> import os` alone between paragraphs had been read as a heading),
# Erlang's numbered `1> ` (165 lines of code, none of prose).
REPL_FORMS = (
    r"(>>>|julia>|scala>|sbt(:[\w-]+)?>|iex(\(\d+\))?>|irb\(\w+\):\d+:\d+[>*]|ghci>|sqlite>|mysql>|In \[\d+\]:"
    r"|\d{1,4}>) \S"
)
REPL_PROMPT = _compile(rf"^\s*{REPL_FORMS}")
# A session's line: a prompt and its command, or a language's prompt and its statement.
_SESSION = _compile(rf"^\s*({PROMPT_FORMS}\s+\S|{REPL_FORMS})")


def is_prompt_line(line: str) -> bool:
    """Whether a line is a prompt and the command typed after it (`$ docker ps`, `root@host:/# ls`)."""
    return bool(_SESSION.match(line)) and not REPL_PROMPT.match(line)


# An argument only a command line has: an option, a path, a file name, `.`, `key=value`, `module:app`.
_ARGUMENT = _compile(
    r"^(-{1,2}[A-Za-z]|\.{1,2}/|~|/\w|\.$|[\w.-]+/[\w.-]|[\w-]+(\.[\w-]+)*\.(py|toml|ya?ml|jsonl?|txt|md|cfg|ini|sh|rs|lock|whl|csv|ipynb|sql|env|[cm]?js|tsx?|go|rb|php|jar)$"
    r"|[\w.-]+=\S|[a-z_][\w.]*:[a-z_]\w*$|&&|\|\|?|>>?|2>&1|[a-z][\w+.-]*://\S|\"?\$\{?[A-Za-z_]|@[\w.-]+/[\w.-])"
)


def is_shell_command(line: str) -> bool:
    """One line that is clearly a command (`npm run build`, `(.venv)$ tox -e py`,
    `export CIBW_SKIP=pp*`), not a heading that happens to start with a tool's
    name (`git workflow tips`)."""
    if _PROMPT.match(line):
        return len(line.split()) >= 2 or line.lstrip()[0] == "$"
    if _ROOT_PROMPT.match(line):
        return is_root_command(line)
    parts = line.split()
    if len(parts) >= 2 and parts[-1] in ("./...", "./…") and _PROGRAM.match(parts[0]):
        return True  # any program run on Go's packages (`govulncheck ./...`, `staticcheck ./...`)
    if parts and (_RELATIVE_RUN.match(parts[0]) or (len(parts) == 2 and parts[0] == "cd" and _PATH.match(parts[1]))):
        # A program run by its path (`./bootstrap-vcpkg.sh`, `./vcpkg install catch2`) and a change of folder
        # (`cd vcpkg`, Catch2's unprompted session): no heading, paragraph or list item of the seven stand-ins'
        # Markdown opens so; 8 and 20 lines of their code do.
        return True
    if (_SYNOPSIS.match(line.strip()) or _SERVICE.match(line.strip())) and parts[0] not in FUNCTION_WORDS:
        return True  # `whatis <expression>`, `service postgresql-9.4 restart`: no heading or paragraph is written so
    if parts and parts[0][:1] in "%!" and parts[0][1:] in _SHELL_COMMANDS:
        parts[0] = parts[0][1:]  # a notebook's `%pip install ...`, `!uv pip install ...`
    if len(parts) > 2 and parts[0] == "!" and parts[1] in _SHELL_COMMANDS:
        parts = parts[1:]  # `! git clone https://...`: the escape written apart
    if len(parts) > 2 and _LOWER_ASSIGNMENT.match(parts[0]) and parts[1] in _SHELL_COMMANDS:
        return is_shell_command(" ".join(parts[1:]))  # `registry=your/registry:5000 docker buildx bake ... --push`
    if (glyph := _GLYPH_PROMPT.match(line)) is not None:
        rest = line[glyph.end() :].split()
        return len(rest) >= 2 and bool(_PROGRAM.match(rest[0])) and rest[0] not in FUNCTION_WORDS
    if len(parts) >= 3 and parts[0] == "kubectl" and parts[1] in _KUBECTL_VERBS:
        return True  # `kubectl delete pod cluster-example-1`, `kubectl port-forward svc/app 8080:80`
    assigned = False
    while len(parts) > 2 and _ENV_ASSIGNMENT.match(parts[0]):
        parts, assigned = parts[1:], True  # `RUST_LOG=debug cargo run`
    if assigned and _PROGRAM.match(parts[0]) and parts[0] not in FUNCTION_WORDS and line.rstrip()[-1:] != ".":
        # Any program run with its environment set (APISIX's `PATH=... PERL5LIB=.:$PERL5LIB FLUSH_ETCD=1 prove -Itest-
        # nginx/lib -r t/admin`): 51 lines of the corpora's code, 1 paragraph (`ETCDCTL_API=3 is now the default.`).
        return True
    if len(parts) >= 2 and _SCRIPT.match(parts[0]):
        return any(_ARGUMENT.match(p) for p in parts[1:])  # `hack\\make.ps1 -DCO -GoFormat`
    if len(parts) >= 3 and parts[1] in _SUBCOMMANDS and parts[0] not in FUNCTION_WORDS and _PROGRAM.match(parts[0]):
        # Any program's subcommand run on a folder (`bentoml serve .`, `kyverno test ./test-dir`) or with an option
        # and another argument (`vllm serve meta-llama/Llama-3.1-8B-Instruct --max-model-len 4096`, `dstack apply -f
        # perf.dstack.yml`): no heading is written so.
        args = [p for p in parts[2:] if _ARGUMENT.match(p)]
        on_folder = parts[-1] == "." or parts[-1].startswith(("./", "../"))
        if on_folder or (len(args) >= 2 and any(p.startswith("-") for p in args)):
            return True
    if (
        len(parts) >= 3
        and _PROGRAM.match(parts[0])
        and parts[0] not in FUNCTION_WORDS
        and _OPTION.match(parts[1])
        and any(_OPTION.match(p) for p in parts[2:])
    ):
        return True  # any program, an option first and another after (`branchcmp --rounds 2 --script "npm run
        # benchmark"`): in the five stand-ins' Markdown no heading or paragraph of prose is written so
    if _optioned_run(parts):
        return True  # any program's subcommand with two options or more, each other part a path, a name's file or
        # an assignment (`wac encode --dep demo:cli=./cli/cli.wasm -o composed.wasm composition.wac`)
    if _NOUN_VERB_RUN.match(line.strip()) and not (set(parts) & FUNCTION_WORDS):
        return True  # a program's noun and verb, then an option and its value (Jenkins X's `jx changelog create
        # --tag-prefix ns-`): no heading or paragraph of the corpora's Markdown is written so
    if _SHORT_RUN.match(line.strip()) and not (set(parts[:2]) & FUNCTION_WORDS):
        # Any program with a subcommand and one option (`molecule test --all`), or an option and the file it
        # reads (`stylus -m style.styl`): in the eight stand-ins' Markdown (real-md-src, real-more-src, the
        # blogs), 57 lines of code and 34 indented are written so, no heading and one paragraph (Stylus's).
        return True
    if _any_program_run(parts, line):
        return True
    if (
        len(parts) >= 2
        and _PROGRAM.match(parts[0])
        and not (parts[0] in FUNCTION_WORDS or _FILE_ARGUMENT.match(parts[0]))
        and all(_FILE_ARGUMENT.match(p) for p in parts[1:])
    ):
        # Any program given files alone (React Native's `diff before.txt after.txt`, web.dev's `touch
        # lighthouserc.js`): 498 lines of the corpora's code, no heading or paragraph (a version is no file: `husky
        # v1.x`; nor are files listed, `links.md abbr.md`, a program).
        return True
    if _SUBSTITUTED.match(line.strip()) and not (set(parts[:2]) & FUNCTION_WORDS):
        return True  # any program with a command's output in its arguments or its own sent to a file (`jq --arg image
        # $(cat image.txt) '...' container.template.json > container.json`)
    if len(parts) >= 2 and (parts[:2] == ["php", "artisan"] or _HTTPIE.match(line.strip())):
        return True  # Laravel's `php artisan migrate:rollback`, httpie's `http POST http://127.0.0.1:8000/register ...`
    if len(parts) < 2 or parts[0] not in _SHELL_COMMANDS:
        return False
    if parts[0] == "sudo" and len(parts) >= 3 and _PROGRAM.match(parts[1]):
        parts = parts[1:]  # `sudo port install hatch`: any program, run as root, with its subcommand
    if parts[0] in ("npm", "pnpm", "bun") and parts[1] == "i":
        return True  # npm's short `install` (`npm i graphql`)
    if parts[0] in _PACKAGE_MANAGERS and parts[1] in _PACKAGE_VERBS:
        return True  # `zypper in libbtrfs-devel ...`, `apk add git`, `pacman -S go`
    if parts[0] in _DOCKER_LIKE and parts[1] in _DOCKER_VERBS:
        return True  # `docker rmi nativebuildimage`, `podman ps`
    if (
        parts[0] in _DOCKER_LIKE
        and len(parts) >= 4
        and parts[1] in _DOCKER_OBJECTS
        and parts[2] in _DOCKER_OBJECT_VERBS
    ):
        return True  # `docker network create vllm_nginx` (not its reference page's heading, `docker network create`)
    if parts[0] in _PACKAGE_RUNNERS or (len(parts) <= 3 and ":" not in line and parts[1] in _LESS_USED):
        return True  # a package run by name (`npx is-my-node-vulnerable`), `npm shrinkwrap` alone on its line
    if parts[1] in _SHELL_COMMANDS and len(parts) >= 3:
        parts = parts[1:]  # a tool run through another: `uv pip install ...`, `poetry run pytest`
    return parts[1] in _SUBCOMMANDS or any(_ARGUMENT.match(p) for p in parts[1:]) or _names_run(parts)


def _names_run(parts: list[str]) -> bool:
    """Names in lower case only, a subcommand after the first (`rustup component add clippy-preview`, `yarn workspace
    example add gatsby react react-dom`), or a folder made (`mkdir gatsby-theme-example example`): 9 lines of the
    corpora's code, no heading or paragraph."""
    if not _names_only(parts):
        return False
    if len(parts) == 3 and "-" in parts[2] and "-" not in parts[1]:
        return True  # a subcommand on a hyphenated name (`terraform output azure-storage-account-key`): 0 headings
    return any(p in _SUBCOMMANDS for p in parts[2:4]) or (parts[0] == "mkdir" and any("-" in p for p in parts[1:]))


def _names_only(parts: list[str]) -> bool:
    """Three parts or more, each a name in lower case, none a sentence's function word."""
    return len(parts) >= 3 and not set(parts) & FUNCTION_WORDS and all(_NAME_TOKEN.match(p) for p in parts)


_NAME_TOKEN = _compile(r"^[a-z0-9@][\w@./:=+~-]*$")


def runs_subcommand(line: str) -> bool:
    """Two names in lower case, a program's and its subcommand's (Feast's `feast apply`): too short to tell from a
    heading alone, a command among others (`is_shell_command` is the test alone)."""
    parts = line.split()
    return (
        len(parts) == 2
        and parts[0] not in FUNCTION_WORDS
        and all(_NAME_TOKEN.match(p) for p in parts)
        and parts[1] in _VERB_SUBCOMMANDS
    )


def _any_program_run(parts: list[str], line: str) -> bool:
    """Any program's subcommand among names in lower case (`nimble install prologue@0.4.0`, `ko build
    cmd/mqttsource/main.go`, `jupyter labextension install dask-labextension`, `k get pods`): 118 lines of the
    corpora's code, no heading or paragraph (not `package` or `log`: `slices package function signatures`)."""
    if line.rstrip().endswith(":") or not _names_only(parts):
        return False
    return any(p in _VERB_SUBCOMMANDS for p in parts[1:4]) or any(map(_VERSION_SPEC.search, parts[1:]))


# A package's version with a pre-release after a `~` or a build after a `+` (opam's `opam switch create
# 5.3.0~alpha1+flambda+nffa ocaml-variants.5.3.0~alpha1+options ...`): among names in lower case, 16 lines of the
# corpora's code, no heading or paragraph.
_VERSION_SPEC = _compile(r"\d\.\d+[\w.]*[~+][a-z\d]")


# A request made with httpie or its like, to an address (`http POST http://127.0.0.1:8000/register username=...`,
# `http localhost:8321/v1/version`): 10 lines of the corpora's code, no heading or paragraph; and Laravel's artisan
# run by PHP (`php artisan migrate`: 16 lines of code, none of prose).
_HTTPIE = _compile(r"^(https?|xh) (-\S+ )*((GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) )?(https?://|:\d|localhost|127\.)")


# A command substituted into a program's arguments, or the program's output sent to a file: among lines opening on a
# name in lower case, 95 lines of the corpora's code, no heading or paragraph.
_SUBSTITUTED = _compile(r"^[a-z][\w.-]* .*(\$\([a-z][^)]*\)|\s>>?\s*[\w./-]+\.\w+\s*$)")


# Subcommands that are nouns as often, in a heading's words (`slices package function signatures`).
_NOUN_SUBCOMMANDS = frozenset(("package", "log"))
_VERB_SUBCOMMANDS = _SUBCOMMANDS - _NOUN_SUBCOMMANDS  # built once: `_any_program_run` asks it for every command


# Runners of a package by its name (`npx is-my-node-vulnerable`, `uvx ruff check`): no heading or paragraph of the
# corpora's Markdown opens so. Subcommands that a heading names with more after them (`cargo audit fix: ...`): a
# command when alone on their line.
_PACKAGE_RUNNERS = frozenset("npx uvx bunx pnpx".split())
_LESS_USED = frozenset("shrinkwrap audit outdated prune pack dedupe rebuild link ls version view".split())


# Distributions' package managers and their verbs, short ones too (zypper's `in`, `rm`, pacman's `-S`).
_PACKAGE_MANAGERS = frozenset("apt apt-get dnf yum zypper apk pacman".split())
_PACKAGE_VERBS = frozenset("in install rm remove up update upgrade add del search info -S -Syu -R".split())
# Docker and the tools that take its commands (`podman ps`, `nerdctl images`).
_DOCKER_LIKE = frozenset(("docker", "podman", "podman-remote", "nerdctl"))
# Docker's verbs that no heading opens with after `docker` (not `network`, `image`: `docker network basics`).
_DOCKER_VERBS = frozenset("rmi rm ps inspect logs stop kill attach cp images pause unpause".split())
# Docker's objects and what its commands do to them: `docker volume create hello`, `docker network connect ...`.
_DOCKER_OBJECTS = frozenset(
    "network volume container image node service stack secret config plugin system context builder buildx swarm "
    "trust manifest".split()
)
_DOCKER_OBJECT_VERBS = frozenset(
    "create ls rm inspect prune connect disconnect update ps push pull build tag save load import history logs "
    "start stop restart kill exec run install enable disable use init join leave deploy scale rollback upgrade "
    "set".split()
)


# A command's synopsis, a program in lower case and its placeholders (Delve's `whatis <expression>`, `frame <m>
# <command>`): 48 lines of the seven stand-ins' code, no heading or paragraph; not a chat's name and date (Vitess's
# Slack digest, `sjmudd [Sep 26th]`). A service's start, stop or restart.
_SYNOPSIS = _compile(r"^[a-z][\w-]*( [a-z][\w-]*)*( (<[\w.-]+>|\[(?![A-Z][a-z]+ \d)[^\]]+\])(\.\.\.)?)+$")
_SERVICE = _compile(r"^(sudo )?service [\w.@-]+ (start|stop|restart|reload|status)$")
# A program in lower case and an option right after it (`goroutines -with label key`).
_SAME_RUN = _compile(r"^([a-z][\w.-]*) ([a-z][\w.-]*)( \S+)+$")
_OPTION_FIRST = _compile(r"^([a-z][\w.-]*) -{1,2}[a-z][\w-]*(\s|=|$)")


def usage_lines(lines: Sequence[str]) -> bool:
    """Two lines or more that run one program, each with an option right after it (Delve's `goroutines -with
    label key`, `goroutines -without label key`): a command's usage set out as code, which no paragraph is."""
    firsts = {m.group(1) if (m := _OPTION_FIRST.match(ln.strip())) else None for ln in lines}
    if len(lines) > 1 and None not in firsts and len(firsts) == 1 and not firsts <= FUNCTION_WORDS:
        return True
    # Or one program's subcommand run on each line (`ansible-creator add resource role role1`, `... role2`), none
    # ending as a sentence: the stand-ins' Markdown writes 43 runs so, all code.
    heads = {m.group(1, 2) if (m := _SAME_RUN.match(ln.strip())) else None for ln in lines}
    return (
        len(lines) > 1
        and None not in heads
        and len(heads) == 1
        and not set(next(iter(heads))) & FUNCTION_WORDS
        and not any(ln.rstrip()[-1] in ".!?" for ln in lines)
    )


# Root's prompt, `# `, before a command: sysadmins' tutorials show sessions so (buildah's `# buildah run $container
# bash`, `# dnf -y install buildah`, `# newcontainer=$(buildah from scratch)`).
_ROOT_PROMPT = _compile(r"^\s*# (?=[a-z])")
_SHELL_VARIABLE = _compile(r"^[a-z_]\w*=\S")


def is_root_command(line: str) -> bool:
    """Root's prompt, then a command: a lower-case program, no function word after it nor a capitalised one next, and a
    subcommand, an argument or a variable (`# podman run --rm newimage`, `# buildah images`), or a shell
    variable set (`# container=$(buildah from fedora)`). A comment of a script says something in words
    (`# install the updates`, `# Base on Fedora`). No heading or paragraph of the eight stand-ins' Markdown
    (real-md-src, real-more-src, the six blog stand-ins) opens so, 151 lines of their code do."""
    if not (m := _ROOT_PROMPT.match(line)):
        return False
    rest = line[m.end() :].strip()
    parts = rest.split()
    if _SHELL_VARIABLE.match(rest):
        return True
    if (
        len(parts) == 1
        or not _PROGRAM.match(parts[0])
        or _CAPITALISED.match(parts[1])
        or any(p in FUNCTION_WORDS for p in parts)
    ):
        return False
    return (
        is_shell_command(rest)
        or parts[0] in _SHELL_COMMANDS
        or parts[1] in _SUBCOMMANDS
        or any(_ARGUMENT.match(p) or p.startswith("$") for p in parts[1:])
    )


def is_prompted_command(line: str) -> bool:
    """A prompt, then a program in lower case (`$ docker run -p 80:80/tcp -p 80:80/udp ...`): a command,
    though it ends on a stop; a sentence never opens so (`% of the runs`: a function word after it)."""
    if not (m := _PROMPT.match(line)):
        return False
    first = line[m.end() :].split(maxsplit=1)[0]
    return bool(_PROGRAM.match(first)) and first not in FUNCTION_WORDS


# A script run by its path: `./build.sh`, `hack\\make.ps1`, `tools/gen.py`.
_SCRIPT = _compile(r"^[\w.\\/-]+\.(sh|ps1|py|exe|bat|cmd)$")
_RELATIVE_RUN = _compile(r"^(\.{1,2}|s?bin)/[\w.+-][\w./+-]*$")  # and `bin/pulsar-admin ...`: 5 lines of code, no prose
_PATH = _compile(r"^[\w.~/-]+$")
_PROGRAM = _compile(r"^([a-z][a-z0-9_.+-]*|\.{0,2}/[\w./-]+|[a-z_][a-z0-9_-]*/[\w./-]+|\.)$")
_VERSION = _compile(r"^v?\d")
_FILE_ARGUMENT = _compile(r"^[\w./-]*[A-Za-z_]\.[a-z][a-z0-9]{0,4}$")
_OPTION = _compile(r"^--?[A-Za-z][\w.-]*(=\S*)?$")  # dotted too: geth's `--metrics.influxdb.endpoint`


def _optioned_run(parts: list[str]) -> bool:
    """A program's subcommand (or a path), then two options or more, each other part a path, a file's name or an
    assignment."""
    if len(parts) < 4 or not _PROGRAM.match(parts[0]) or parts[0] in FUNCTION_WORDS:
        return False
    # Its subcommand, or a path it reads first (KCL's `kcl workload-kcl/service.k -Y workload-kcl/kcl.yaml -D s=None`).
    rest = parts[2:] if _WORD.match(parts[1]) else parts[1:] if _CODE_PART.search(parts[1]) else None
    if rest is None:
        return False
    return sum(p.startswith("-") for p in rest) >= 2 and all(p.startswith("-") or _CODE_PART.search(p) for p in rest)


_WORD = _compile(r"^[a-z][a-z-]*$")
_CODE_PART = _compile(r"[/=:]|\.[a-z0-9]{1,6}$")
# (A short option in capitals too: APISIX's `useradd nobody -U`.)
_SHORT_RUN = _compile(r"^[a-z][\w.-]* ([a-z][\w-]* (--?[a-z][\w-]*|-[A-Z])|-{1,2}[a-z][\w-]* [\w./-]+\.[a-z]{1,5})$")
_NOUN_VERB_RUN = _compile(r"^[a-z][\w.-]* (?:[a-z][\w-]* ){1,2}--[a-z][\w-]*(?:[ =][\w./-]+)?$")
_CAPITALISED = _compile(r"^[A-Z][a-z]+$")
FUNCTION_WORDS = frozenset(
    "a an the and or but of to in on at for with from by is are was be how what why when where your you we "
    "our this that it its".split()
)


def data_rows(lines: Sequence[str]) -> bool:
    """Rows of comma-separated values (`A,B,C`, `1, 2, 3`; DuckDB's posts show the files they read): three lines
    or more, two in three of them the same number of fields, two or more, none a sentence's end. The export writes
    a paragraph on one line, so a run of lines is never one; a list is bulleted."""
    rows = [ln for ln in lines if ln.strip() not in ("...", "…") and not ln.lstrip().startswith(("...", "…"))]
    if len(rows) < 3 or any(ln.rstrip().endswith((".", "!", "?", ":")) for ln in rows):
        return False
    counts = Counter(ln.count(",") for ln in rows)
    fields, most = counts.most_common(1)[0]
    return fields >= 1 and most * 3 >= len(rows) * 2
