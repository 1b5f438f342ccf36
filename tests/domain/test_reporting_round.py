"""The rules of a reporting round: which measures each form holds, file names every system
accepts, and what filled forms change (once)."""

from datetime import date

from facilitator.domain.entities import Measure, MeasureStatusChange
from facilitator.domain.reporting_round import (
    FilledForm,
    FilledRow,
    Problem,
    has_control_characters,
    measures_by_department,
    plan_round,
    safe_file_stem,
    unique_file_names,
)
from facilitator.domain.vocabulary import MeasureStatus as S

KEY = "k" * 32


def _m(id_, department="Socialförvaltningen", status=S.ONGOING, **fields):
    return Measure(id=id_, title=f"Åtgärd {id_}", owner="Kim", department=department, due_date="2027-06-30",
                   status=status, **fields)


def test_each_department_gets_its_open_measures_once_whatever_the_spelling():
    measures = [_m(1), _m(2, " socialförvaltningen "), _m(3, "Kultur"), _m(4, status=S.DONE), _m(5, ""),
                _m(6, status=S.CANCELLED)]
    found = measures_by_department(measures)
    assert {name: [m.id for m in ms] for name, ms in found.items()} == {"Socialförvaltningen": [1, 2], "Kultur": [3]}


def test_file_names_every_system_accepts():
    assert safe_file_stem('Miljö/Hälsa: "skydd" <nord>') == "Miljö Hälsa skydd nord"
    assert safe_file_stem("CON") == "_CON" and safe_file_stem("aux.txt") == "_aux.txt"
    assert safe_file_stem("Rätt\u202eexe.fdp ...") == "Rättexe.fdp"
    assert safe_file_stem("...") == "formular" and len(safe_file_stem("å" * 500)) == 100
    assert unique_file_names(["Kultur", "kultur", "KULTUR"], ".xlsx") == [
        "Kultur.xlsx", "kultur (2).xlsx", "KULTUR (3).xlsx"]


def test_the_default_round_name_is_the_rhythms_round_that_holds_the_day():
    from facilitator.domain.entities import Process
    from facilitator.round_messages import round_name_for

    twice_a_year = Process(follow_up_rounds_per_year=2)
    assert round_name_for(date(2027, 5, 3), twice_a_year) == "Follow-up 1 2027"
    assert round_name_for(date(2027, 7, 1), twice_a_year) == "Follow-up 2 2027"
    assert round_name_for(date(2027, 7, 1), Process(follow_up_rounds_per_year=4)) == "Follow-up 3 2027"


def test_hostile_characters():
    assert has_control_characters("a\u202eb") and has_control_characters("a\x00") and has_control_characters("\x9b")
    assert not has_control_characters("Rad ett\nrad två\tmed tabb, å ä ö – ”citat”")


def _form(name, *rows, key=KEY, department="Socialförvaltningen"):
    return FilledForm(name, key, "Våren 2027", department, tuple(rows))


def test_two_forms_giving_one_measure_different_changes_conflict():
    measures = {1: _m(1)}
    plan = plan_round(measures, {}, [_form("a.xlsx", FilledRow(5, 1, S.DONE)),
                                     _form("b.xlsx", FilledRow(5, 1, S.CANCELLED))], KEY)
    assert [(p.file, p.code, p.detail) for p in plan.problems] == [("b.xlsx", Problem.CONFLICT, "a.xlsx")]


def test_a_change_recorded_for_the_round_and_department_is_already_read_in():
    measures = {1: _m(1, status=S.DONE, result="120")}
    history = {1: [MeasureStatusChange(id=9, measure_id=1, status=S.DONE, date="2027-05-02", note="Klart.",
                                       round="Våren 2027", department="Socialförvaltningen",
                                       indicator_value="120")]}
    row = FilledRow(5, 1, S.DONE, "Klart.", "120")
    plan = plan_round(measures, history, [_form("a.xlsx", row)], KEY)
    assert plan.ok and not plan.to_apply and len(plan.already) == 1
    # the same words from another department's form are that department's report
    other = plan_round(measures, history, [_form("b.xlsx", row, department="Kultur")], KEY)
    assert [c.measure_id for c in other.to_apply] == [1]


def test_blank_rows_change_nothing_and_another_process_is_refused():
    measures = {1: _m(1)}
    assert plan_round(measures, {}, [_form("a.xlsx", FilledRow(5, 1))], KEY).changes == ()
    plan = plan_round(measures, {}, [_form("a.xlsx", FilledRow(5, 1, note="x"), key="other")], KEY)
    assert [(p.row, p.code) for p in plan.problems] == [(0, Problem.OTHER_PROCESS)]
