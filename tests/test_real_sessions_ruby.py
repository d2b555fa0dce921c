"""Shell sessions at root's prompt, container tools' commands, what `oc` prints, and Ruby's blocks, as the sixth
blog stand-in's tutorials write them (issue 13: buildah's and podman's tutorials, capybara's and grape's guides)."""

from __future__ import annotations

from helpers import lint
from test_real_articles import QUESTION_HEADINGS, post, shape

from lintkit.formats import parse_bytes
from lintkit.formats.code import looks_like_code
from lintkit.formats.commands import is_root_command, is_shell_command
from lintkit.formats.detect import detect_language, is_python


def test_a_session_at_roots_prompt_and_what_it_printed_is_code() -> None:
    """buildah's tutorial runs each command at root's `# ` prompt and shows its output after it: the chunk was
    read as a paragraph, twice beside its near twin (a false DUP002), and lone commands as headings."""
    session = ["# podman run --rm newimage"] + [f"This is a new container from ipbabble [ {i} ]" for i in range(10)]
    assert looks_like_code(session)
    assert looks_like_code(["# buildah run $newcontainer bash"])
    assert looks_like_code(["# newcontainer=$(buildah from scratch)"])
    assert is_root_command("# dnf -y install buildah")
    # A script's comment says something in words: not a command.
    for comment in ("# install the updates first", "# Base on the most recently released Fedora", "# todo"):
        assert not is_root_command(comment)
    body = """\
OCI images built using Buildah are portable

Now use Podman to run the command in a new container based on our new image (no command required):

# podman run --rm newimage
This is a new container from ipbabble [ 0 ]
This is a new container from ipbabble [ 1 ]
This is a new container from ipbabble [ 2 ]

It works! Congratulations, you have built a new OCI container image from scratch that uses bash scripting.

So does this container actually do anything? Let's see.

# buildah run $newcontainer bash

Nope. This really is empty.
"""
    assert shape(post(body, 5, "bash"))[0] == (
        "OCI images built using Buildah are portable",
        ["paragraph", "code", "paragraph", "paragraph", "code", "paragraph"],
    )


def test_container_tools_commands_and_what_oc_prints_are_code() -> None:
    """podman's tutorials end a section on `podman ps -a`, its remote client's on `podman-remote system connection
    --help`, buildah's OpenShift tutorial on what `oc create` printed: each was read as a heading over nothing
    (a false STR004)."""
    assert is_shell_command("podman ps -a")
    assert is_shell_command("podman-remote system connection --help")
    assert is_shell_command("podman ps")
    assert not is_shell_command("podman basics")
    assert looks_like_code(["deploymentconfig.apps.openshift.io/buildah created"])
    assert looks_like_code(["serviceaccount/buildah-sa created"])
    body = """\
Create the DeploymentConfig

The deployment config runs the image as the service account:

$ oc create -f - <<EOF
apiVersion: v1
kind: ServiceAccount
metadata:
  name: buildah-sa
EOF

serviceaccount/buildah-sa created

The Buildah container

In the OpenShift console you can now open the Pod's Terminal and try building an image.

Checking the container

To see the container that was restored, list every container, running or not:

podman ps -a
"""
    sections = shape(post(body, 4, "bash"))
    assert [s[0] for s in sections[:3]] == [
        "Create the DeploymentConfig",
        "The Buildah container",
        "Checking the container",
    ]
    assert sections[0][1][-1] == "code" and sections[2][1][-1] == "code"


def test_ruby_blocks_predicates_and_results_are_code() -> None:
    """capybara's README scopes its steps in blocks (`within_table('Employee') do` ... `end`) and asks
    predicates (`page.has_xpath?('a')`), grape's guide shows what a line evaluates to (`# => 'GET'`): read
    as paragraphs and headings, 189 of the stand-in's 631 Ruby blocks were not read whole; rspec's
    `def add(a, b)` was checked as Python (CODE001)."""
    assert looks_like_code(["within_table('Employee') do", "  fill_in 'Name', with: 'Jimmy'", "end"])
    assert looks_like_code(["accept_alert do", "  click_link('Show Alert')", "end"])
    assert looks_like_code(["params do", "  requires :secure_uri, type: SecureUri", "end"])
    assert looks_like_code(["!page.has_xpath?('a')", "page.has_no_xpath?('a')"])
    assert detect_language("TwitterAPI::versions # => ['v1', 'v2']\nTwitterAPI::routes[0].version # => 'v1'") == "ruby"
    assert looks_like_code(["gem 'rack', '~> 1.6.0'"])
    assert not is_python("def add(a, b)\n  a + b\nend")
    # rspec's block expectations, a brace block with its parameter, were taken for JavaScript (META013).
    block = (
        "expect { |b| User.transaction(&b) }.to yield_control\n"
        "expect { |b| 5.tap(&b)            }.to yield_with_args(Integer)       # because Integer === 5"
    )
    assert detect_language(block) == "ruby"
    # Questions that end on a name with a dot stay prose.
    for line in ("What is llms.txt?", "Is the cluster healthy and running v3.4.x?", "When to use a config.ru?"):
        assert not looks_like_code([line])
    body = """\
Scoping

Capybara makes it possible to restrict certain actions, such as clicking links, to within an area of the page.

within_fieldset('Employee') do
  fill_in 'Name', with: 'Jimmy'
end

within_table('Employee') do
  fill_in 'Name', with: 'Jimmy'
end

Note that within will scope the actions to the first element that matches the selector.
"""
    assert shape(post(body, 3, "ruby"))[0][1] == ["paragraph", "code", "paragraph"]


def test_rspec_expectations_ruby_dsl_compiler_definitions_and_package_managers_are_code() -> None:
    """rspec's matchers listed one a line (`expect(actual).to be >= expected`), grape's `raise
    Grape::Exceptions::Validation, ...` and `requires :values, type: Array[String]`, googletest's CMake
    definitions alone on their line (`-DGTEST_HAS_PTHREAD=1`, read as headings) and buildah's `zypper in ...`,
    `apt install ...` were read as prose or headings."""
    assert looks_like_code(
        ["expect(actual).to be >  expected", "expect(actual).to be >= expected", "expect(actual).to be <= expected"]
    )
    assert looks_like_code(["actual.should eq expected", "actual.should be > 3", "[1, 2, 3].should_not include 4"])
    assert looks_like_code(["raise Grape::Exceptions::Validation, params: [:id], message_key: :presence"])
    dsl = ["requires :true_value, type: TrueClass", "requires :bool_value, types: [FalseClass, TrueClass]"]
    assert looks_like_code(dsl) and detect_language("\n".join(dsl)) == "ruby"
    assert looks_like_code(["-DGTEST_HAS_PTHREAD=1"])
    assert is_shell_command("zypper in libbtrfs-devel libgpgme-devel device-mapper-devel")
    assert is_shell_command("apt install libbtrfs-dev libgpgme-dev libdevmapper-dev")
    # A sentence citing an expectation stays prose.
    assert not looks_like_code(
        ["RSpec provides a fluent interface off of expect(...).to receive(...) that allows you to constrain it."]
    )


def test_a_dockerfile_and_a_root_command_naming_one_are_code() -> None:
    """buildah's tutorial writes its Dockerfile unfenced in the export: its first chunk (a comment, `FROM
    fedora:latest`, `MAINTAINER ...`) was read as a paragraph, and `# buildah build -f Dockerfile -t
    fedora-httpd .` (its `.` a stop) as one too. Docker's reference about the instructions stays prose."""
    dockerfile = """\
# Base on the most recently released Fedora
FROM fedora:latest
MAINTAINER ipbabble email buildahboy@redhat.com # not a real email"""
    assert looks_like_code(dockerfile.splitlines())
    assert detect_language(dockerfile + '\nEXPOSE 80\nCMD ["/usr/sbin/httpd", "-DFOREGROUND"]') == "dockerfile"
    assert looks_like_code(["COPY ./runecho.sh /usr/bin/runecho.sh", "RUN chmod +x /usr/bin/runecho.sh"])
    assert is_root_command("# buildah build -f Dockerfile -t fedora-httpd .")
    for prose in ("RUN has 2 forms:", "COPY has two forms:", "MAINTAINER (deprecated)", "USER GUIDE"):
        assert not looks_like_code([prose]), prose


def test_a_title_in_title_case_may_end_in_a_stop() -> None:
    """podman's rootless tutorial is titled `Basic Setup and Use of Podman in a Rootless environment.`: read as
    no title (a false STR002). An intro in the title's place is a sentence in lower case: still no title."""
    title = "Basic Setup and Use of Podman in a Rootless environment."
    a = parse_bytes(post(QUESTION_HEADINGS, 5, title=title).encode(), "a.txt")
    assert a.title is not None and a.title.text == title
    intro = "This guide shows how to set up and use Podman without root privileges."
    assert parse_bytes(post(QUESTION_HEADINGS, 5, title=intro).encode(), "a.txt").title is None
    assert lint(post(QUESTION_HEADINGS, 5, title=intro), ["STR002"]) != []


def test_a_chunk_holding_a_whole_digest_is_data() -> None:
    """git-lfs's spec shows its pointer files (`version https://...`, `oid sha256:<64 hex digits>`, `size 12345`),
    two of them a near twin of the other: read as paragraphs, a false DUP002 each. A one-line paragraph that
    cites a commit whole stays prose (release notes do)."""
    digest = "4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393"
    pointer = ["version https://git-lfs.github.com/spec/v1", f"oid sha256:{digest}", "size 12345", "(ending \\n)"]
    assert looks_like_code(pointer)
    assert looks_like_code(["Pointer from STDIN", "version https://git-lfs.github.com/spec/v1", f"oid sha256 {digest}"])
    assert not looks_like_code([f"Optimize the HTTP ranges parsing logic {digest[:40]} in the static files."])
