"""The plan's goals (mål): what should be true, how it is measured, from what baseline to
what target by when, and the measures that work towards each goal.

Above the list, the two gaps seed 002 warns of (002 L793-798): goals without a measure and
measures without a goal. Every edit is one undoable step (``goal_edits``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...actions.goals import goal_problem
from ...domain.entities import Goal, GoalMeasure, Measure
from ...domain.goals import GoalProblem
from ...domain.vocabulary import Plural
from ...storage import goals as repo
from ..common.entity_model import Column
from ..document import ProcessDocument
from . import goal_edits
from .register_form import FormField, RegisterFormPage


def _date(goal: Goal) -> str:
    return goal.target_date


class GoalsPage(RegisterFormPage):
    CLS = Goal
    LINK_TABLE = GoalMeasure.TABLE
    COLUMN_CHARS = {1: 16, 2: 11, 3: 8}
    COLUMN_MOST = {1: 40}  # a target value is a phrase
    FIELDS = (
        FormField("title", "line", QT_TRANSLATE_NOOP("GoalsPage", "Goal")),
        FormField("description", "text", QT_TRANSLATE_NOOP("GoalsPage", "Description")),
        FormField("indicator", "line", QT_TRANSLATE_NOOP("GoalsPage", "Indicator")),
        FormField("baseline", "line", QT_TRANSLATE_NOOP("GoalsPage", "Baseline")),
        FormField("target_value", "line", QT_TRANSLATE_NOOP("GoalsPage", "Target value")),
        FormField("target_date", "line", QT_TRANSLATE_NOOP("GoalsPage", "Target date")),
    )

    def __init__(self, document: ProcessDocument, parent=None):
        store = document.store
        columns = [
            Column(QT_TRANSLATE_NOOP("Columns", "Goal"), lambda g: g.title),
            Column(QT_TRANSLATE_NOOP("Columns", "Target value"), lambda g: g.target_value),
            Column(QT_TRANSLATE_NOOP("Columns", "Target date"), _date),
            Column(QT_TRANSLATE_NOOP("Columns", "Measures"), lambda g: len(repo.measure_ids_of(store, g.id)),
                   sort=lambda g: len(repo.measure_ids_of(store, g.id))),
        ]
        super().__init__(document, columns, parent)
        self.retranslate()
        self.show_entity(None)

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Goals say what should be true when the plan has worked, and how you will know: an indicator, a "
            "baseline, a target value and a date. Tick the measures that work towards the chosen goal. A key factor "
            "of a self-assessment rated “partly” or “not true” can become a goal."))
        self.new_button.setText(self.tr("&New goal"))
        self.delete_button.setText(self.tr("&Delete goal"))
        self.form_box.setTitle(self.tr("The chosen goal"))
        self.links_box.setTitle(self.tr("Measures towards this goal"))
        self.links_hint.setText(self.tr("Tick a measure to link it to the goal; double-click to open it."))
        self.widgets["target_date"].setPlaceholderText(self.tr("YYYY-MM-DD"))
        super().retranslate()

    def count_text(self, count: int) -> str:
        return self.tr("%n goal(s)", "", count)

    def problem_text(self, name: str, value) -> str:
        code = goal_problem(name, value)
        texts = {
            GoalProblem.NO_TITLE: self.tr("A goal needs a name. The old one is kept."),
            GoalProblem.BAD_DATE: self.tr("Write the target date as YYYY-MM-DD, e.g. 2029-12-31."),
            GoalProblem.TOO_LONG: self.tr("The text is too long for this field."),
        }
        return texts.get(code, "") if code else ""

    def edit(self, entity_id: int, name: str, value) -> bool:
        return goal_edits.edit_goal(self.document, entity_id, {name: value})

    def linked_measures(self, entity_id: int) -> set[int]:
        return set(repo.measure_ids_of(self.document.store, entity_id))

    def set_link(self, entity_id: int, measure_id: int, linked: bool) -> bool:
        return goal_edits.link_measure(self.document, entity_id, measure_id, linked)

    def create(self) -> int | None:
        return goal_edits.create_goal(self.document, self.tr("New goal"))

    def delete(self, ids: list[int]) -> bool:
        return goal_edits.delete_goals(self.document, ids)

    def update_gaps(self) -> None:
        self.gaps.setText(gaps_text(self.document.store))


GOALS_WITHOUT = Plural.translate("GoalsPage", "%n goal(s) without a measure: %1", "", -1)
MEASURES_WITHOUT = Plural.translate("GoalsPage", "%n measure(s) without a goal: %1", "", -1)


def gaps_text(store) -> str:
    """"2 goals without a measure: … · 1 measure without a goal: …" (or that there are none)."""
    gaps = repo.gaps(store)
    translate = QCoreApplication.translate
    if gaps.empty:
        return translate("GoalsPage", "Every goal has a measure and every measure works towards a goal.")
    parts = []
    if gaps.goals_without_measures:
        titles = [g.title for g in (store.get(Goal, i) for i in gaps.goals_without_measures) if g]
        parts.append(translate("GoalsPage", GOALS_WITHOUT, "", len(titles)).replace(
            "%1", "; ".join(titles)))
    if gaps.measures_without_goal:
        titles = [m.title for m in (store.get(Measure, i) for i in gaps.measures_without_goal) if m]
        parts.append(translate("GoalsPage", MEASURES_WITHOUT, "", len(titles)).replace(
            "%1", "; ".join(titles)))
    return " · ".join(parts)
