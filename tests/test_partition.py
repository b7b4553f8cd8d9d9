"""The one union-find: groups joined two at a time, the first item's group kept."""

from __future__ import annotations

from briefing.partition import Partition


def test_join_keeps_the_first_groups_leader_and_finds_every_member():
    p = Partition(6)
    assert p.join(3, 1) == 3 and p.join(1, 4) == 3  # 4 joins the group 1 is in: led by 3
    p.join(5, 0)
    assert {p.find(i) for i in (1, 3, 4)} == {3} and p.find(0) == 5 and p.find(2) == 2
    assert p.groups() == {5: [0, 5], 3: [1, 3, 4], 2: [2]}


def test_joining_a_group_to_itself_changes_nothing():
    p = Partition(3)
    p.join(0, 1)
    assert p.join(1, 0) == 0 and p.groups() == {0: [0, 1], 2: [2]}
