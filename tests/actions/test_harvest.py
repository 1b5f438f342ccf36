"""The rules of the harvest, without Qt: themes, merges, dot votes, main points, decisions."""

import pytest

from facilitator import actions
from facilitator.actions import harvest as edit
from facilitator.domain.entities import CafeTable, Contribution, HarvestItem, Meeting, Vote
from facilitator.domain.vocabulary import MeetingFormat
from facilitator.storage import harvest
from facilitator.storage.measures_repo import MergeProblem


@pytest.fixture
def meeting_id(store):
    return store.insert(Meeting(format=MeetingFormat.WORLD_CAFE, title="Café", voters=4, dot_budget=3)).id


@pytest.fixture
def said(store, meeting_id):
    return [store.insert(Contribution(meeting_id=meeting_id, text=t, position=i)).id for i, t in enumerate("ABCD")]


def _run(store, action):
    assert action is not None
    actions.perform(store, action)
    return action


def test_themes_are_added_at_the_end_renamed_and_deleted_without_their_contributions(store, meeting_id, said):
    first = _run(store, edit.add_theme(store, meeting_id, "  Trygghet   i  parken "))
    second = _run(store, edit.add_theme(store, meeting_id, "Boende"))
    themes = harvest.themes_of(store, meeting_id)
    assert [(t.title, t.position) for t in themes] == [("Trygghet i parken", 0), ("Boende", 1)]
    theme_id = first.inserted[0].id
    assert edit.rename_theme(store, theme_id, "Trygghet i parken") is None
    assert edit.rename_theme(store, theme_id, "  ") is None
    assert edit.rename_theme(store, 9999, "X") is None
    _run(store, edit.assign_theme(store, said[:2], theme_id))
    delete = _run(store, edit.delete_theme(store, theme_id))
    assert store.get(Contribution, said[0]).theme_id is None
    actions.revert(store, delete)
    assert store.get(Contribution, said[0]).theme_id == theme_id
    assert second.label == "Add theme"


def test_assigning_takes_merged_duplicates_along_and_counts_the_chosen(store, meeting_id, said):
    theme_id = _run(store, edit.add_theme(store, meeting_id, "T")).inserted[0].id
    _run(store, edit.merge_contributions(store, said[0], [said[1]]))
    action = _run(store, edit.assign_theme(store, [said[0]], theme_id))
    assert (action.label, action.count) == ("Move %n contribution(s) to a theme", 1)
    assert {store.get(Contribution, c).theme_id for c in said[:2]} == {theme_id}
    assert edit.assign_theme(store, [said[0]], theme_id) is None  # nothing changes
    assert edit.assign_theme(store, [said[2]], 9999) is None  # the theme is gone


def test_a_merge_keeps_every_text_follows_earlier_merges_and_undoes(store, meeting_id, said):
    a, b, c, _d = said
    first = _run(store, edit.merge_contributions(store, b, [c]))
    assert (first.label, first.count) == ("Merge %n duplicate(s)", 1)
    second = _run(store, edit.merge_contributions(store, a, [b]))
    assert {cid: store.get(Contribution, cid).merged_into_id for cid in (b, c)} == {b: a, c: a}
    assert [store.get(Contribution, cid).text for cid in (a, b, c)] == ["A", "B", "C"]
    actions.revert(store, second)
    assert {cid: store.get(Contribution, cid).merged_into_id for cid in (b, c)} == {b: None, c: b}
    actions.perform(store, second)  # redo
    assert store.get(Contribution, c).merged_into_id == a
    separate = _run(store, edit.unmerge_contribution(store, c))
    assert separate.label == "Separate duplicate" and store.get(Contribution, c).merged_into_id is None
    assert edit.unmerge_contribution(store, c) is None


def test_merges_the_rules_refuse(store, meeting_id, said):
    a, b, c, _d = said
    assert edit.merge_problem(store, a, [a]) == MergeProblem.KEEP_IS_DUPLICATE
    assert edit.merge_problem(store, a, []) == MergeProblem.NOTHING_TO_MERGE
    assert edit.merge_problem(store, a, [9999]) == MergeProblem.NOT_FOUND
    _run(store, edit.merge_contributions(store, a, [b]))
    assert edit.merge_problem(store, b, [c]) == MergeProblem.KEEP_IS_MERGED
    assert edit.merge_problem(store, a, [b]) == edit.ALREADY_MERGED
    assert edit.merge_contributions(store, a, [b]) is None
    assert edit.merge_problem(store, a, [c]) is None


def test_dots_over_the_rooms_budget_are_refused(store, meeting_id, said):
    assert edit.room_dots(store, meeting_id) == (12, 0)
    too_many = edit.dots_problem(store, meeting_id, contribution_id=said[0], dots=13)
    assert too_many == edit.DotsProblem("too_many", voters=4, budget=3, total=12, allowed=12)
    assert edit.set_dots(store, meeting_id, contribution_id=said[0], dots=13) is None
    assert edit.dots_problem(store, meeting_id, dots=1).code == "one_target"
    assert edit.dots_problem(store, meeting_id, contribution_id=said[0], theme_id=1, dots=1).code == "one_target"
    assert edit.dots_problem(store, meeting_id, contribution_id=said[0], dots=-1).code == "negative"
    _run(store, edit.set_dots(store, meeting_id, contribution_id=said[0], dots=10))
    assert edit.room_dots(store, meeting_id) == (12, 10)
    assert edit.dots_problem(store, meeting_id, contribution_id=said[1], dots=3).allowed == 2
    assert edit.dots_problem(store, meeting_id, contribution_id=said[0], dots=12) is None  # its own dots are replaced


def test_dots_become_one_entry_and_undo_restores_the_earlier_ones(store, meeting_id, said):
    target = said[0]
    earlier = [store.insert(Vote(meeting_id=meeting_id, contribution_id=target, dots=n)).id for n in (1, 2)]
    action = _run(store, edit.set_dots(store, meeting_id, contribution_id=target, dots=5))
    assert action.label == "Enter dots"
    votes = harvest.votes_for(store, contribution_id=target)
    assert [v.dots for v in votes] == [5]
    actions.revert(store, action)
    assert sorted(v.id for v in harvest.votes_for(store, contribution_id=target)) == earlier
    actions.perform(store, action)  # redo: the same new entry
    assert [v.id for v in harvest.votes_for(store, contribution_id=target)] == [votes[0].id]
    change = _run(store, edit.set_dots(store, meeting_id, contribution_id=target, dots=4))
    assert isinstance(change, actions.Update)
    assert edit.set_dots(store, meeting_id, contribution_id=target, dots=4) is None
    _run(store, edit.set_dots(store, meeting_id, contribution_id=target, dots=0))
    assert harvest.votes_for(store, contribution_id=target) == []


def test_voters_and_budget(store, meeting_id):
    assert edit.set_voters(store, meeting_id, 4) is None
    assert edit.set_voters(store, meeting_id, -1) is None
    _run(store, edit.set_voters(store, meeting_id, 0))
    assert edit.effective_voters(store, meeting_id) == 0  # nobody is marked present
    assert edit.set_dot_budget(store, meeting_id, 3) is None
    action = _run(store, edit.set_dot_budget(store, meeting_id, 5))
    assert action.label == "Change dots per person" and store.get(Meeting, meeting_id).dot_budget == 5


def test_main_points_and_decisions(store, meeting_id):
    table = store.insert(CafeTable(meeting_id=meeting_id, name="Bord 1"))
    assert edit.add_harvest_item(store, meeting_id, "gossip", "x") is None
    point = _run(store, edit.add_harvest_item(store, meeting_id, edit.MAIN_POINT, " Mer ljus ", table.id))
    decision = _run(store, edit.add_harvest_item(store, meeting_id, edit.DECISION, "Vi gör det"))
    assert (point.label, decision.label) == ("Add main point", "Add decision")
    items = harvest.items_of(store, meeting_id)
    assert [(i.text, i.position, i.table_id) for i in items] == [("Mer ljus", 0, table.id), ("Vi gör det", 1, None)]
    item_id = items[0].id
    assert edit.update_harvest_item(store, item_id, kind="gossip") is None
    assert edit.update_harvest_item(store, item_id, text=" Mer ljus") is None
    _run(store, edit.update_harvest_item(store, item_id, kind=edit.DECISION))
    delete = _run(store, edit.delete_harvest_item(store, item_id))
    assert store.get(HarvestItem, item_id) is None
    actions.revert(store, delete)
    assert store.get(HarvestItem, item_id).kind == edit.DECISION
    assert edit.delete_harvest_item(store, 9999) is None
