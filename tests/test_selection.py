"""Select / ignore decisions: longest prefix wins, ties go to ignore."""

from __future__ import annotations

from lintkit.selection import PerFileIgnore, Selection, check_selectors, ignored_for


def test_longest_prefix_wins() -> None:
    s = Selection(select=("ALL",), ignore=("DUP",))
    assert not s.enabled("DUP001") and s.enabled("META001")
    s = Selection(select=("DUP001",), ignore=("DUP",))
    assert s.enabled("DUP001") and not s.enabled("DUP002")
    s = Selection(select=("DUP",), ignore=("DUP",))
    assert not s.enabled("DUP001")


def test_extend_select_adds() -> None:
    s = Selection(select=("STR",), extend_select=("CHK001",))
    assert s.enabled("STR002") and s.enabled("CHK001") and not s.enabled("CHK002")


def test_rules_off_by_default_need_a_specific_selector() -> None:
    assert not Selection().enabled("SCORE001", default_enabled=False)
    assert Selection(extend_select=("SCORE",)).enabled("SCORE001", default_enabled=False)


def test_unknown_selectors_are_reported() -> None:
    codes = ["DUP001", "STR002"]
    assert check_selectors(["DUP", "ALL", "STR002"], codes) == []
    assert check_selectors(["DUP009", "dup", "XYZ"], codes) == ["DUP009", "dup", "XYZ"]


def test_per_file_ignores_match_path_name_and_folder() -> None:
    rules = [PerFileIgnore("drafts/", ("META",)), PerFileIgnore("*_legacy.txt", ("STR006",))]
    assert ignored_for("content/drafts/a.txt", rules, "META012")
    assert not ignored_for("content/a.txt", rules, "META012")
    assert ignored_for("content/old_legacy.txt", rules, "STR006")
    assert not ignored_for("content/old_legacy.txt", rules, "STR005")
