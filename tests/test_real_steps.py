"""A guide's numbered step headings (issue 13, the fourth stand-in): etcd's upgrade guide numbers
each step's heading; the one that ends in a stop and the one whose section is empty are headings too."""

from __future__ import annotations

from helpers import lint
from test_real_articles import post, shape


def test_numbered_step_headings_beside_their_series_are_headings() -> None:
    """`1. Check upgrade requirements.` ends in a stop, `4. Repeat step 2 to step 3 for all other members`
    stands alone right before `5. Finish`: read as paragraphs, the payload's count was two off (META006).
    A numbered line is a heading 118 times in the seven stand-ins' Markdown, a paragraph 4 (a lead-in
    ending in `:`, a long sentence), which stay paragraphs."""
    body = """\
Upgrade procedure

This example details the upgrade of a three-member v2.3 etcd cluster running on a local machine.

1. Check upgrade requirements.

Check the health of the cluster and make sure every member runs v2.3 before the upgrade starts.

2. Stop the existing etcd process

When each etcd process is stopped, expected errors will be logged by other cluster members.

3. Drop-in etcd v3.0 binary and start the new etcd process

Verify that each member, and then the entire cluster, becomes healthy with the new v3.0 etcd binary.

4. Repeat step 2 to step 3 for all other members

5. Finish

When all members are upgraded, the cluster will report upgrading to 3.0 successfully.

Prompt changes

1. Enhanced Priority Guidelines with Business Impact Focus:

  • P0 for outages
  • P1 for regressions
"""
    text = post(body, 7)
    assert [heading for heading, _ in shape(text)[:7]] == [
        "Upgrade procedure",
        "1. Check upgrade requirements.",
        "2. Stop the existing etcd process",
        "3. Drop-in etcd v3.0 binary and start the new etcd process",
        "4. Repeat step 2 to step 3 for all other members",
        "5. Finish",
        "Prompt changes",
    ]
    assert shape(text)[6][1] == ["paragraph", "list"]
    assert lint(text, ["META006"]) == []


def test_a_heading_ending_on_a_list_cut_short_is_a_heading() -> None:
    """tds_fdw's `Installing on RHEL and clones (CentOS, Rocky Linux, AlmaLinux, Oracle...)` and Catch2's
    `CodeCoverage module (GCOV, LCOV...)`: the ellipsis in the bracket is no sentence's stop. Read as
    paragraphs, the payload's count was off (META006). A list cut short ends a heading 4 times in the
    seven stand-ins' Markdown and a paragraph 3, sentences too long for a heading, which stay prose."""
    body = """\
Installing on RHEL and clones (CentOS, Rocky Linux, AlmaLinux, Oracle...)

This document will explain how to install the foreign data wrapper on a clone of Red Hat Enterprise Linux.

Using workloads

Exactly as for a managed Pod, you can pass an instance of any workload resource (e.g Deployment, StatefulSet, ...)

The selector is built from the labels of the resource you pass.
"""
    text = post(body, 4)
    assert shape(text)[:2] == [
        ("Installing on RHEL and clones (CentOS, Rocky Linux, AlmaLinux, Oracle...)", ["paragraph"]),
        ("Using workloads", ["paragraph", "paragraph"]),
    ]
    assert lint(text, ["META006", "STR004"]) == []
