"""A shell session written without prompts, as Catch2's CMake guide shows vcpkg's install
(issue 13): each line a command, some run by their path (`./vcpkg install catch2`) or changing
folder (`cd vcpkg`), read as one code block, not a paragraph."""

from __future__ import annotations

from lintkit.formats.code import looks_like_code
from lintkit.formats.commands import is_shell_command

VCPKG = [
    "git clone https://github.com/Microsoft/vcpkg.git",
    "cd vcpkg",
    "./bootstrap-vcpkg.sh",
    "./vcpkg integrate install",
    "./vcpkg install catch2",
]


def test_a_program_run_by_its_path_and_a_change_of_folder_are_commands() -> None:
    assert all(is_shell_command(line) for line in VCPKG)
    assert is_shell_command("../configure --prefix=/usr")
    # Prose that opens on the same words is none: a sentence after `cd`, a path in the middle of a line.
    assert not is_shell_command("cd into the folder you cloned and run the script")
    assert not is_shell_command("Run ./bootstrap-vcpkg.sh once")


def test_an_unprompted_session_is_one_code_block() -> None:
    assert looks_like_code(VCPKG)
    assert not looks_like_code(["Clone the repository, then bootstrap it.", "Install the port afterwards."])
