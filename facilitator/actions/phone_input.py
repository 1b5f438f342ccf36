"""What phones send, taken in; and the coordinator's review of it.

Taking in (``take_in``) is not the coordinator's edit: it is not undone from her undo
history, and runs on whichever thread owns the store (the window's GUI thread, or the
``serve`` command's), through ``actions.perform`` like every other write. Many phones' sends
go into one transaction, so a room of 300 costs a few commits a second, and each phone is
answered only once its submission is committed.

The review (approve, edit, merge, reject; one or many) is an undoable action each. An
approved submission becomes a contribution of its kind, table, round and question, hidden
from the phones until released like any other; a merged one becomes a duplicate of the
contribution chosen (its text kept as sent); a rejected one stays in the file, marked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import datetime

from ..domain import limits
from ..domain.entities import (
    CafeTable,
    Contribution,
    Meeting,
    Mitigation,
    PhoneSubmission,
    PhoneVote,
    Question,
    Round,
    stored_id,
)
from ..domain.host_capture import HOST_KINDS, MAX_MITIGATION, MAX_MITIGATIONS, HostCaptureRequest
from ..domain.phone_input import (
    Outcome,
    PhoneKind,
    PhoneSubmissionRequest,
    Refusal,
    SubmissionState,
    clean_text,
    text_problem,
)
from ..domain.vocabulary import QT_TRANSLATE_NOOP, ContributionKind, Plural
from ..storage import contributions, host_links, meetings, publishing, seating
from ..storage import phone_input as repo
from .base import Action, Delete, Insert, Invalid, NothingToChange, Steps, Update, Updates, Work


def now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


# -- where a phone's idea goes --------------------------------------------------------------


def current_round(store, meeting_id: int) -> Round | None:
    """The round under way: the last one started and not ended."""
    found = None
    for candidate in seating.rounds_of(store, meeting_id):
        if candidate.started_at and not candidate.ended_at:
            found = candidate
    return found


def host_round(store, meeting_id: int) -> Round | None:
    """The round a table host's note belongs to: the one under way, else the last one that ran
    (a host often writes up while people change tables), else none (before the first)."""
    running = current_round(store, meeting_id)
    if running is not None:
        return running
    started = [r for r in seating.rounds_of(store, meeting_id) if r.started_at]
    return started[-1] if started else None


def question_now(store, meeting: Meeting, table: CafeTable | None, round_: Round | None) -> Question | None:
    """The question a table (None: the plenary) is talking about now, if one can be told."""
    questions = meetings.questions_of(store, stored_id(meeting))
    if table is not None:
        for question in questions:
            if question.table_id == table.id:
                return question
    if round_ is not None:
        for question in questions:
            if question.round_number == round_.number and question.table_id is None:
                return question
    loose = [q for q in questions if q.round_number is None and q.table_id is None]
    if len(questions) == 1:
        return questions[0]
    return loose[0] if len(loose) == 1 else None


# -- taking in ------------------------------------------------------------------------------


class TakeIn(Action):
    """What phones sent, written in one transaction: submissions waiting for review, dots
    given and taken back. Not on the coordinator's undo stack (``undo`` exists for the
    tests' and the command line's sake)."""

    label = QT_TRANSLATE_NOOP("Commands", "Take in from phones")

    def __init__(self, submissions: Sequence[PhoneSubmission], dots: Sequence[PhoneVote], undots: Sequence[int],
                 captures: Sequence[tuple[Contribution, Sequence[str]]] = ()):
        self.submissions = list(submissions)
        self.dots = list(dots)
        self.undots = list(undots)
        #: notes table hosts captured (contributions of their table, with a risk's mitigations)
        self.captures = [(contribution, list(mitigations)) for contribution, mitigations in captures]
        self.stored_submissions: list[PhoneSubmission] = []
        self.stored_dots: list[PhoneVote] = []
        self.stored_captures: list[Contribution] = []
        self.tombstones: list = []

    def do(self, work: Work) -> None:
        self.stored_submissions = work.insert_many(self.submissions) if self.submissions else []
        self.stored_dots = work.insert_many(self.dots) if self.dots else []
        self.tombstones = [work.delete(PhoneVote, vote_id) for vote_id in self.undots]
        self.stored_captures = []
        for contribution, mitigations in self.captures:
            (stored,) = work.insert_many([contribution])
            self.stored_captures.append(stored)
            if mitigations:
                work.insert_many(Mitigation(contribution_id=stored_id(stored), position=position, text=text)
                                 for position, text in enumerate(mitigations))

    def undo(self, work: Work) -> None:
        for contribution in reversed(self.stored_captures):
            work.delete(Contribution, stored_id(contribution))
        for tombstone in reversed(self.tombstones):
            work.restore(tombstone)
        for vote in self.stored_dots:
            work.delete(PhoneVote, stored_id(vote))
        for submission in self.stored_submissions:
            work.delete(PhoneSubmission, stored_id(submission))


def take_in(store, requests: Sequence[PhoneSubmissionRequest | HostCaptureRequest]) -> tuple[TakeIn | None, list[Outcome]]:
    """Checks what phones sent against the file and the rules, in order: the action that
    writes what is taken (None when nothing is), and one outcome per request. An outcome's
    ``submission_id`` is filled in once the action has run (``answers``)."""
    outcomes: list[Outcome] = []
    submissions: list[PhoneSubmission] = []
    slots: list[int | None] = []  # per request: its submission's index in ``submissions``
    dots: list[PhoneVote] = []
    undots: list[int] = []
    meetings_seen: dict[int, Meeting | None] = {}
    places: dict[tuple[int, int | None], tuple[CafeTable | None, Round | None, Question | None] | None] = {}
    released: dict[int, set[int]] = {}
    device_dots: dict[tuple[int, str], list[int]] = {}  # (meeting, device) -> vote ids, then -1 for new ones
    device_targets: dict[tuple[int, str], Counter] = {}
    taken_back: dict[tuple[int, str], list[PhoneVote]] = {}
    captures: list[tuple[Contribution, list[str]]] = []
    next_position: dict[int, int] = {}
    at = now()

    def meeting_of(meeting_id: int) -> Meeting | None:
        if meeting_id not in meetings_seen:
            meeting = store.get(Meeting, meeting_id)
            meetings_seen[meeting_id] = meeting if meeting is not None and meeting.phone_input else None
        return meetings_seen[meeting_id]

    def place_of(meeting: Meeting, number: int | None):
        key = (stored_id(meeting), number)
        if key not in places:
            table = None
            if number is not None:
                tables = seating.tables_of(store, stored_id(meeting))
                table = tables[number - 1] if 1 <= number <= len(tables) else None
                if table is None:
                    places[key] = None
                    return None
            round_ = current_round(store, stored_id(meeting))
            places[key] = (table, round_, question_now(store, meeting, table, round_))
        return places[key]

    def refuse(code: Refusal) -> None:
        outcomes.append(Outcome(False, str(code)))
        slots.append(None)

    def capture(request: HostCaptureRequest) -> None:
        link = host_links.link_by_token(store, request.link_token)
        meeting = store.get(Meeting, link.meeting_id) if link is not None else None
        table = store.get(CafeTable, link.table_id) if link is not None else None
        if link is None or meeting is None or table is None or table.meeting_id != link.meeting_id:
            refuse(Refusal.CLOSED)
            return
        if request.kind not in HOST_KINDS:
            refuse(Refusal.EMPTY)
            return
        text = clean_text(request.text, max_lines=0)
        if not text:
            refuse(Refusal.EMPTY)
            return
        if len(text) > limits.limit("contribution", "text"):
            refuse(Refusal.TOO_LONG)
            return
        mitigations: list[str] = []
        if request.kind == ContributionKind.RISK:
            mitigations = [line for line in (" ".join(clean_text(m).split()) for m in request.mitigations) if line]
            if len(mitigations) > MAX_MITIGATIONS or any(len(m) > MAX_MITIGATION for m in mitigations):
                refuse(Refusal.TOO_LONG)
                return
        meeting_id = stored_id(meeting)
        round_ = host_round(store, meeting_id)
        question = question_now(store, meeting, table, round_)
        if meeting_id not in next_position:
            next_position[meeting_id] = contributions.next_contribution_position(store, meeting_id)
        captures.append((Contribution(
            meeting_id=meeting_id, kind=str(ContributionKind(request.kind)), text=text,
            round_id=round_.id if round_ else None, table_id=table.id, question_id=question.id if question else None,
            position=next_position[meeting_id], created_at=at, published=False, host_link_id=link.id), mitigations))
        next_position[meeting_id] += 1
        outcomes.append(Outcome(True))
        slots.append(None)

    for request in requests:
        if isinstance(request, HostCaptureRequest):
            capture(request)
            continue
        meeting = meeting_of(request.meeting_id)
        if meeting is None:
            refuse(Refusal.CLOSED)
            continue
        meeting_id = stored_id(meeting)
        if request.kind in (PhoneKind.IDEA, PhoneKind.QUESTION):
            text = clean_text(request.text)
            problem = text_problem(text)
            if problem is not None:
                refuse(problem)
                continue
            place = place_of(meeting, request.table)
            if place is None:
                refuse(Refusal.NO_TABLE)
                continue
            table, round_, question = place
            submissions.append(PhoneSubmission(
                meeting_id=meeting_id, kind=str(request.kind), text=text,
                round_id=round_.id if round_ else None, table_id=table.id if table else None,
                question_id=question.id if question else None, device=request.device, received_at=at,
                state=SubmissionState.WAITING))
            outcomes.append(Outcome(True))
            slots.append(len(submissions) - 1)
            continue
        if request.kind not in (PhoneKind.DOT, PhoneKind.UNDOT):
            refuse(Refusal.EMPTY)
            continue
        key = (meeting_id, request.device)
        if key not in device_dots:
            own = repo.dots_of_device(store, meeting_id, request.device)
            device_dots[key] = [stored_id(vote) for vote in own]
            device_targets[key] = Counter(vote.contribution_id for vote in own)
            taken_back[key] = list(own)
        if meeting_id not in released:
            released[meeting_id] = {stored_id(c) for c in publishing.released(store, meeting_id)}
        target = request.contribution_id
        if target not in released[meeting_id]:
            refuse(Refusal.NOT_RELEASED)
            continue
        given = device_dots[key]
        if request.kind == PhoneKind.DOT:
            if len(given) >= max(meeting.dot_budget, 0):
                refuse(Refusal.NO_DOTS_LEFT)
                continue
            dots.append(PhoneVote(meeting_id=meeting_id, contribution_id=target, device=request.device))
            given.append(-1)
            device_targets[key][target] += 1
        else:
            if device_targets[key][target] <= 0:
                refuse(Refusal.NO_DOT_TO_TAKE)
                continue
            stored = next((v for v in reversed(taken_back[key]) if v.contribution_id == target), None)
            if stored is not None:
                taken_back[key].remove(stored)
                undots.append(stored_id(stored))
                given.remove(stored_id(stored))
            else:  # a dot given earlier in this same batch: it is simply not written
                new = next(v for v in reversed(dots) if v.contribution_id == target and v.device == request.device)
                dots.remove(new)
                given.remove(-1)
            device_targets[key][target] -= 1
        mine = tuple(sorted((cid, n) for cid, n in device_targets[key].items() if n > 0))
        outcomes.append(Outcome(True, dots_left=max(meeting.dot_budget, 0) - len(given), mine=mine))
        slots.append(None)
    action = TakeIn(submissions, dots, undots, captures) if (submissions or dots or undots or captures) else None
    return action, _Answers(outcomes, slots)


class _Answers(list):
    """The outcomes, which learn their submission ids once the action has run."""

    def __init__(self, outcomes: list[Outcome], slots: list[int | None]):
        super().__init__(outcomes)
        self.slots = slots

    def filled(self, action: TakeIn | None) -> list[Outcome]:
        if action is None:
            return list(self)
        result = []
        for outcome, slot in zip(self, self.slots):
            if slot is not None and slot < len(action.stored_submissions):
                outcome = Outcome(outcome.ok, outcome.refusal, outcome.dots_left,
                                  action.stored_submissions[slot].id, outcome.mine)
            result.append(outcome)
        return result


def answers(outcomes: list[Outcome], action: TakeIn | None) -> list[Outcome]:
    """The outcomes of ``take_in`` with the stored submissions' ids, after ``action`` ran."""
    return outcomes.filled(action) if isinstance(outcomes, _Answers) else list(outcomes)


# -- input on and off -------------------------------------------------------------------------


def set_phone_input(store, meeting_id: int, on: bool) -> Update:
    """Lets the meeting's phones send ideas, questions and dots (or stops them)."""
    meeting = store.get(Meeting, meeting_id)
    if meeting is None:
        raise Invalid("no_meeting")
    if bool(meeting.phone_input) == bool(on):
        raise NothingToChange
    if on:
        label = QT_TRANSLATE_NOOP("Commands", "Let phones send ideas")
    else:
        label = QT_TRANSLATE_NOOP("Commands", "Stop phones sending ideas")
    return Update(Meeting, meeting_id, {"phone_input": bool(on)}, label=label)


# -- the review ---------------------------------------------------------------------------------


def _waiting(store, ids: Iterable[int]) -> list[PhoneSubmission]:
    found = []
    for submission_id in dict.fromkeys(ids):
        submission = store.get(PhoneSubmission, submission_id)
        if submission is not None and submission.state == SubmissionState.WAITING:
            found.append(submission)
    return found


class Approve(Action):
    """Waiting submissions become contributions (or duplicates of one), as one step; redo
    brings back the same contribution ids."""

    def __init__(self, submissions: Sequence[PhoneSubmission], merged_into: int | None, label: str):
        self.submissions = list(submissions)
        self.merged_into = merged_into
        self.label = label
        self.count = len(self.submissions)
        self.insert: Insert | None = None
        self.marks: Updates | None = None

    def do(self, work: Work) -> None:
        if self.insert is None:
            position = contributions.next_contribution_position(work.store, self.submissions[0].meeting_id)
            self.insert = Insert([
                Contribution(
                    meeting_id=s.meeting_id, kind=str(ContributionKind(s.kind)), text=s.text, round_id=s.round_id,
                    table_id=s.table_id, question_id=s.question_id, merged_into_id=self.merged_into,
                    position=position + i, created_at=s.received_at, published=False)
                for i, s in enumerate(self.submissions)
            ])
        self.insert.do(work)
        state = SubmissionState.MERGED if self.merged_into is not None else SubmissionState.APPROVED
        self.marks = Updates([
            (PhoneSubmission, stored_id(s), {"state": str(state), "contribution_id": stored_id(c)})
            for s, c in zip(self.submissions, self.insert.inserted)
        ])
        self.marks.do(work)

    def undo(self, work: Work) -> None:
        assert self.marks is not None and self.insert is not None
        self.marks.undo(work)
        self.insert.undo(work)

    @property
    def contribution_ids(self) -> list[int]:
        return [stored_id(c) for c in self.insert.inserted] if self.insert else []


def approve(store, ids: Iterable[int]) -> Approve:
    """The waiting submissions become contributions, hidden from phones until released."""
    waiting = _waiting(store, ids)
    if not waiting:
        raise NothingToChange
    return Approve(waiting, None, Plural.translate("Commands", "Approve %n submission(s) from phones", "", -1))


def merge(store, ids: Iterable[int], into_id: int) -> Approve:
    """The waiting submissions become duplicates of contribution ``into_id`` (of the same
    meeting; a duplicate's own kept contribution if it is one)."""
    waiting = _waiting(store, ids)
    if not waiting:
        raise NothingToChange
    into = store.get(Contribution, into_id)
    if into is None or any(s.meeting_id != into.meeting_id for s in waiting):
        raise Invalid("merge_target", "the contribution is not one of this meeting's")
    while into.merged_into_id is not None:  # no chains: merge into the kept one
        kept = store.get(Contribution, into.merged_into_id)
        if kept is None:
            break
        into = kept
    return Approve(waiting, stored_id(into), Plural.translate("Commands", "Merge %n submission(s) from phones", "", -1))


def reject(store, ids: Iterable[int]) -> Updates:
    waiting = _waiting(store, ids)
    if not waiting:
        raise NothingToChange
    action = Updates([(PhoneSubmission, stored_id(s), {"state": str(SubmissionState.REJECTED)}) for s in waiting],
                     label=Plural.translate("Commands", "Reject %n submission(s) from phones", "", -1))
    action.count = len(waiting)
    return action


def reopen(store, ids: Iterable[int]) -> Updates:
    """Rejected submissions go back to waiting."""
    found = [s for i in dict.fromkeys(ids) if (s := store.get(PhoneSubmission, i)) is not None
             and s.state == SubmissionState.REJECTED]
    if not found:
        raise NothingToChange
    action = Updates([(PhoneSubmission, stored_id(s), {"state": str(SubmissionState.WAITING)}) for s in found],
                     label=Plural.translate("Commands", "Review %n submission(s) again", "", -1))
    action.count = len(found)
    return action


def edit(store, submission_id: int, text: str | None = None, kind: str | None = None) -> Update:
    """Changes a waiting submission's text (cleaned as a phone's is) or kind before it is
    approved. Invalid for an empty or too long text."""
    submission = store.get(PhoneSubmission, submission_id)
    if submission is None or submission.state != SubmissionState.WAITING:
        raise NothingToChange
    changes: dict = {}
    if text is not None:
        cleaned = clean_text(text)
        problem = text_problem(cleaned)
        if problem is not None:
            raise Invalid(str(problem))
        if cleaned != submission.text:
            changes["text"] = cleaned
    if kind is not None:
        kind = str(PhoneKind(kind))
        if kind not in (PhoneKind.IDEA, PhoneKind.QUESTION):
            raise Invalid("kind")
        if kind != submission.kind:
            changes["kind"] = kind
    if not changes:
        raise NothingToChange
    return Update(PhoneSubmission, submission_id, changes, label=QT_TRANSLATE_NOOP("Commands", "Edit submission from a phone"))


def forget_phone_dots(store, meeting_id: int) -> Delete:
    """Takes every dot phones gave in a meeting away (undoable)."""
    votes = repo.votes_of(store, meeting_id)
    if not votes:
        raise NothingToChange
    action = Delete([(PhoneVote, stored_id(v)) for v in votes], label=Plural.translate(
        "Commands", "Remove %n dot(s) from phones", "", -1))
    action.count = len(votes)
    return action


__all__ = ["Approve", "Steps", "TakeIn", "answers", "approve", "current_round", "edit", "forget_phone_dots",
           "merge", "question_now", "reject", "reopen", "set_phone_input", "take_in"]
