"""Ruby and Kotlin as real guides show them (issue 13, the fifth stand-in): kubeclient's blocks and requires, unfenced
in the export, are code."""

from __future__ import annotations

from test_real_articles import post, shape

from lintkit.formats.code import looks_like_code
from lintkit.formats.detect import detect_language


def test_a_ruby_block_and_a_require_are_code() -> None:
    """kubeclient's guide watches pods in a block (`client.watch_pods do |notice|`, a comment, `end`) and
    requires a gem before using it: read as a paragraph and a heading. 6 more of the guide's 60 Ruby
    blocks are read whole; no language lintkit checks is named for them."""
    assert looks_like_code(["client.watch_pods do |notice|", "  # process notice data", "end"])
    assert looks_like_code(["require 'googleauth'"])
    block = "client.watch_pod_log('pod-name', 'default', container: 'ruby') do |line|\n  puts line\nend"
    assert detect_language(block) == "ruby"
    body = """\
Watching entities

You can watch pods in a namespace, as the API server streams each change.

client.watch_pods do |notice|
  # process notice data
end

The watch can be stopped from another thread by calling finish on it.
"""
    assert shape(post(body, 3))[0] == ("Watching entities", ["paragraph", "code", "paragraph"])


def test_kotlin_is_code_and_no_language_lintkit_checks() -> None:
    """A Kotlin post's snippet, unfenced: a data class declared after a blank line was read as a heading
    (no pattern of the languages lintkit knew matched it). Kotlin is recognised, not checked."""
    code = """\
fun main() {
    val names = listOf("Ada", "Grace")
    for (name in names) {
        println("Hello, $name")
    }
}

data class User(val id: Long, val name: String)"""
    assert detect_language(code) == "kotlin"
    assert looks_like_code(["data class User(val id: Long, val name: String)"])
    assert looks_like_code(["suspend fun load(id: Long): User = api.user(id)"])
    body = f"Setting it up\n\nThe listing below is the part that matters here:\n\n{code}\n\nThat is all it needs.\n"
    assert shape(post(body, 3))[0] == ("Setting it up", ["paragraph", "code", "paragraph"])
