"""The remiss rules and the summary's read model, without Qt or storage."""

from datetime import date

from facilitator.domain.entities import Measure, RemissRecipient, RemissRemark, RemissReply, RemissRound
from facilitator.domain.remiss import (
    Problem,
    RemarkState,
    ReplyState,
    check_handling,
    check_recipient,
    check_reply,
    check_round_dates,
    remark_state,
    reply_state,
    summarise,
)

ROUND = RemissRound(id=1, title="Remiss", sent_date="2027-04-21", reply_deadline="2027-05-19")


def test_the_reply_deadline_comes_after_the_sending():
    assert check_round_dates("2027-04-21", "2027-05-19") == []
    assert check_round_dates("2027-04-21", "2027-04-21") == [Problem.DEADLINE_NOT_AFTER_SENT]
    assert check_round_dates("2027-04-21", "2027-04-01") == [Problem.DEADLINE_NOT_AFTER_SENT]
    assert check_round_dates("", "") == []  # a round prepared, not yet sent
    assert check_round_dates("21/4 2027", "") == [Problem.BAD_DATE]
    assert check_round_dates("2027-04-21", "2027-02-30") == [Problem.BAD_DATE]
    assert check_round_dates("2027-05-01", "2027-06-01", ["2027-04-28"]) == [Problem.REPLIES_BEFORE_SENT]


def test_a_reply_needs_a_sent_round_and_a_day_on_or_after_it():
    assert check_reply(ROUND, "answered", "2027-05-02") == []
    assert check_reply(ROUND, "answered", "2027-04-21") == []
    assert check_reply(ROUND, "answered", "2027-04-20") == [Problem.REPLY_BEFORE_SENT]
    assert check_reply(ROUND, "answered", "") == [Problem.BAD_DATE]
    assert check_reply(RemissRound(id=2), "answered", "2027-05-02") == [Problem.NOT_SENT]
    assert check_reply(ROUND, "declined", "2027-05-02", remark_count=2) == [Problem.DECLINED_HAS_REMARKS]
    assert check_reply(ROUND, "maybe", "2027-05-02") == [Problem.BAD_KIND]


def test_a_recipient_is_on_the_list_once():
    names = {5: "Vision Ekbacka"}
    listed = [RemissRecipient(id=1, round_id=1, organisation_id=5, name="Vision Ekbacka", kind="union")]
    assert check_recipient("", 5, "union", listed, names) == [Problem.DUPLICATE_RECIPIENT]
    assert check_recipient("vision  ekbacka", None, "union", listed, names) == [Problem.DUPLICATE_RECIPIENT]
    assert check_recipient("Kommunal", None, "union", listed, names) == []
    assert check_recipient("  ", None, "union", listed, names) == [Problem.NO_NAME]
    assert check_recipient("Kommunal", None, "guild", listed, names) == [Problem.BAD_KIND]


def test_only_an_accepted_remark_changes_a_measure():
    assert check_handling("accepted", 3) == []
    assert check_handling("partly", 3) == []
    assert check_handling("rejected", 3) == [Problem.CHANGE_NEEDS_ACCEPTANCE]
    assert check_handling("rejected", None) == []
    assert check_handling("perhaps", None) == [Problem.BAD_HANDLING]


def test_a_remark_is_handled_only_with_a_handling_and_a_motivation():
    assert remark_state(RemissRemark(text="x")) == RemarkState.OPEN
    assert remark_state(RemissRemark(text="x", handling="accepted")) == RemarkState.NO_MOTIVATION
    assert remark_state(RemissRemark(text="x", handling="accepted", motivation="  ")) == RemarkState.NO_MOTIVATION
    assert remark_state(RemissRemark(text="x", handling="rejected", motivation="Därför.")) == RemarkState.HANDLED


def test_reply_states():
    after = date(2027, 6, 1)
    before = date(2027, 5, 1)
    assert reply_state(ROUND, None, before) == ReplyState.WAITING
    assert reply_state(ROUND, None, after) == ReplyState.NO_REPLY
    assert reply_state(ROUND, None, before, closed=True) == ReplyState.NO_REPLY  # the plan has moved on
    assert reply_state(ROUND, RemissReply(received_date="2027-05-19"), after) == ReplyState.ANSWERED
    assert reply_state(ROUND, RemissReply(received_date="2027-05-20"), after) == ReplyState.LATE
    assert reply_state(ROUND, RemissReply(outcome="declined", received_date="2027-05-02"), after) == ReplyState.DECLINED


def test_the_summary_groups_remarks_general_first_then_in_plan_order():
    recipients = [
        RemissRecipient(id=1, round_id=1, organisation_id=7, name="Gammalt namn", position=0),
        RemissRecipient(id=2, round_id=1, name="Kommunal", position=1),
        RemissRecipient(id=3, round_id=1, name="ECCAR", position=2),
    ]
    replies = [RemissReply(id=10, recipient_id=1, received_date="2027-05-02"),
               RemissReply(id=11, recipient_id=3, outcome="declined", received_date="2027-05-03")]
    measures = [Measure(id=4, title="Mottagning", eccar_point=3), Measure(id=5, title="Kampanj", eccar_point=1)]
    remarks = [
        RemissRemark(id=1, reply_id=10, position=0, text="Om mottagningen", measure_id=4, measure_title="Mottagning",
                     handling="partly", motivation="Delvis.", changed_measure_id=4),
        RemissRemark(id=2, reply_id=10, position=1, text="Allmänt", handling="accepted"),
        RemissRemark(id=3, reply_id=10, position=2, text="Om kampanjen", measure_id=5, measure_title="Kampanj"),
        RemissRemark(id=4, reply_id=10, position=3, text="Om en struken", measure_title="Struken åtgärd"),
    ]
    summary = summarise(ROUND, recipients, replies, remarks, measures, {4: "3.1", 5: "1.1"}, {7: "Nytt namn"},
                        today=date(2027, 6, 1))
    assert [line.name for line in summary.recipients] == ["Nytt namn", "Kommunal", "ECCAR"]
    assert [line.state for line in summary.recipients] == [ReplyState.ANSWERED, ReplyState.NO_REPLY,
                                                           ReplyState.DECLINED]
    assert [line.remarks for line in summary.recipients] == [4, 0, 0]
    assert [g.heading for g in summary.groups] == ["", "1.1 Kampanj", "3.1 Mottagning", "Struken åtgärd"]
    assert summary.groups[0].general and summary.groups[-1].removed
    assert summary.groups[2].remarks[0].changed == "3.1 Mottagning"
    assert summary.handled("partly") == 1 and summary.handled("accepted") == 0  # no motivation: not handled
    assert summary.unhandled == 3
    assert summary.count(ReplyState.ANSWERED, ReplyState.LATE) == 1
