"""Remissammanställning: who the plan was sent to, who answered (and who did not), every
remark grouped by measure or the plan in general, and how each was handled, with the
motivation and the measure it changed.

Recipients are listed in the order they were added, never ranked; nothing is totalled by
department (DOMAIN.md).
"""

from __future__ import annotations

from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from PySide6.QtCore import QCoreApplication, QObject

from ..domain import remiss as rules
from ..domain.remiss import RemarkState, ReplyState
from .docx_base import DocxWriter, Quiet, format_date
from .labels import vocabulary
from .report_data import RemissSummaryData


class Counts(QObject):
    """The sentences with counts (Qt's catalogue keeps plural forms only for ``tr`` of a QObject)."""

    def recipients(self, total: int, answered: int, declined: int, silent: int) -> str:
        return " ".join((
            self.tr("The proposal was sent to %n consultee(s).", "", total),
            self.tr("%n replied with comments,", "", answered),
            self.tr("%n declined to comment", "", declined),
            self.tr("and %n did not reply.", "", silent),
        ))

    def remarks(self, total: int) -> str:
        return self.tr("%n remark(s) in all:", "", total)

    def unhandled(self, count: int) -> str:
        return self.tr("%n not yet handled", "", count)


def write_remiss_summary(data: RemissSummaryData, path: Path, template: Path | None = None) -> Path:
    writer = DocxWriter(template)
    summary = data.summary
    round_ = summary.round
    plan = data.process.plan_title or data.process.title
    writer.title(QCoreApplication.translate("RemissSummary", "Consultation summary"), round_.title or plan)
    rows = [
        (QCoreApplication.translate("RemissSummary", "Plan"), plan),
        (QCoreApplication.translate("RemissSummary", "Municipality"), data.process.municipality),
        (QCoreApplication.translate("RemissSummary", "Sent for consultation"), format_date(round_.sent_date)),
        (QCoreApplication.translate("RemissSummary", "Reply deadline"), format_date(round_.reply_deadline)),
        (QCoreApplication.translate("RemissSummary", "Reference number"), round_.dnr),
        (QCoreApplication.translate("RemissSummary", "Replies sent to"), round_.reply_to),
    ]
    writer.field_table([(label, value) for label, value in rows if value], label_width=0.3)
    if round_.note.strip():
        writer.paragraph(round_.note)
    _recipients(writer, summary)
    _handling_totals(writer, summary)
    _remarks(writer, summary)
    title = QCoreApplication.translate("RemissSummary", "Consultation summary: %1").replace("%1", plan)
    return writer.save(path, title, author=data.process.municipality, subject=plan, keywords="remiss")


def keep_rows_whole(table) -> None:
    """No row is split across two pages (a remark and its handling are read together)."""
    for row in table.rows:
        properties = row._tr.get_or_add_trPr()
        if properties.find(qn("w:cantSplit")) is None:
            properties.insert(0, OxmlElement("w:cantSplit"))


def reply_text(line: rules.RecipientLine) -> str:
    """"Svar 12 maj 2027", "Avstår (5 maj 2027)", "Inget svar"…"""
    reply = line.reply
    day = format_date(reply.received_date) if reply is not None else ""
    if line.state == ReplyState.ANSWERED:
        return QCoreApplication.translate("RemissSummary", "Replied %1").replace("%1", day)
    if line.state == ReplyState.LATE:
        return QCoreApplication.translate("RemissSummary", "Replied %1 (after the deadline)").replace("%1", day)
    if line.state == ReplyState.DECLINED:
        return QCoreApplication.translate("RemissSummary", "Declined to comment (%1)").replace("%1", day)
    if line.state == ReplyState.WAITING:
        return QCoreApplication.translate("RemissSummary", "No reply yet")
    return QCoreApplication.translate("RemissSummary", "No reply")


def _recipients(writer: DocxWriter, summary: rules.RemissSummary) -> None:
    writer.heading(QCoreApplication.translate("RemissSummary", "Consultees"), 1)
    if not summary.recipients:
        writer.note(QCoreApplication.translate("RemissSummary", "The consultation has no recipients."))
        return
    total = len(summary.recipients)
    answered = summary.count(ReplyState.ANSWERED, ReplyState.LATE)
    declined = summary.count(ReplyState.DECLINED)
    silent = summary.count(ReplyState.NO_REPLY, ReplyState.WAITING)
    writer.paragraph(Counts().recipients(total, answered, declined, silent))
    rows = []
    for line in summary.recipients:
        name = [line.name] + ([Quiet(line.reply.summary)] if line.reply is not None and line.reply.summary else [])
        rows.append([name, vocabulary(rules.RECIPIENT_KIND_LABELS, line.recipient.kind), reply_text(line),
                     str(line.remarks) if line.remarks else "–"])
    headers = [QCoreApplication.translate("RemissSummary", "Consultee"), QCoreApplication.translate("RemissSummary", "Kind"),
               QCoreApplication.translate("RemissSummary", "Reply"), QCoreApplication.translate("RemissSummary", "Remarks")]
    keep_rows_whole(writer.table(headers, rows, widths=(3.5, 2.1, 2.8, 1.9), centered=(3,)))


def _handling_totals(writer: DocxWriter, summary: rules.RemissSummary) -> None:
    remarks = summary.remarks
    if not remarks:
        return
    total, unhandled = len(remarks), summary.unhandled
    parts = [Counts().remarks(total)]
    counts = [(summary.handled(h), vocabulary(rules.HANDLING_LABELS, h).lower())
              for h in (rules.Handling.ACCEPTED, rules.Handling.PARTLY, rules.Handling.REJECTED)]
    parts.append(", ".join(f"{count} {label}" for count, label in counts))
    if unhandled:
        parts.append("– " + Counts().unhandled(unhandled))
    writer.paragraph(" ".join(parts) + ".")


def handling_cell(line: rules.RemarkLine) -> list:
    remark = line.remark
    if line.state == RemarkState.OPEN:
        return [(QCoreApplication.translate("RemissSummary", "Not handled yet"), "")]
    label = vocabulary(rules.HANDLING_LABELS, remark.handling)
    cell: list = [(label, "")]
    if line.state == RemarkState.NO_MOTIVATION:
        cell.append(Quiet(QCoreApplication.translate("RemissSummary", "The motivation is missing, so the remark is not yet handled.")))
    else:
        cell.append(remark.motivation)
    if line.changed:
        cell.append(Quiet(QCoreApplication.translate("RemissSummary", "Changed measure: %1").replace("%1", line.changed)))
    return cell


def _remarks(writer: DocxWriter, summary: rules.RemissSummary) -> None:
    writer.heading(QCoreApplication.translate("RemissSummary", "Remarks and how they were handled"), 1)
    if not summary.groups:
        writer.note(QCoreApplication.translate("RemissSummary", "No remarks were received."))
        return
    for group in summary.groups:
        if group.general:
            heading = QCoreApplication.translate("RemissSummary", "The plan in general")
        elif group.removed:
            heading = QCoreApplication.translate("RemissSummary", "%1 (no longer in the plan)").replace("%1", group.heading)
        else:
            heading = QCoreApplication.translate("RemissSummary", "Measure %1").replace("%1", group.heading)
        writer.heading(heading, 2)
        rows = [[line.recipient, line.remark.text, handling_cell(line)] for line in group.remarks]
        headers = [QCoreApplication.translate("RemissSummary", "Consultee"),
                   QCoreApplication.translate("RemissSummary", "Remark"),
                   QCoreApplication.translate("RemissSummary", "Response")]
        keep_rows_whole(writer.table(headers, rows, widths=(2.2, 4, 4)))
