"""The demo's remiss: the draft plan sent on 26 April 2027 (the plan's remiss step), after the last dialogue
meeting (the focus group, 14 April), with replies due 21 May, before the departments'
approval and kommunfullmäktige's decision (14 June 2027).

Pure data, as ``content.py``; the builder writes it through storage. Recipients name an
organisation of the register (``organisation``) or are typed in (``name``). A remark names
the measure it is about by title (None: the plan in general) and, when it led to a change,
the measure it changed (whose text in ``content.py`` already reads as changed).
"""

from __future__ import annotations

import datetime

from . import content as c

ROUND = {
    "title": "Remiss: Utkast till handlingsplan mot rasism och diskriminering 2027–2029",
    "sent_date": "2027-04-26",
    "reply_deadline": "2027-05-21",
    "dnr": "KS 2026/318",
    "reply_to": "kommunstyrelsen@ekbacka.example, ange diarienummer KS 2026/318",
    "note": "Utkastet skickades till föreningar, fack, arbetsgivare, råd och ECCAR:s sekretariat för synpunkter.",
}

_MOTTAGNING = "Gemensam mottagning för stöd vid diskriminering"
_SITUATION = "Situationstester på bostadsmarknaden"
_UTHYRNING = "Översyn av Ekbackahems uthyrningsregler"
_PILOT = "Pilot med anonymiserat första urval"
_UPPHANDLING = "Krav på likabehandling i kommunens upphandlingar"
_HATBROTT = "Information om hur man anmäler hatbrott"
_SKOLA = "Skolpersonal agerar mot rasistiska kränkningar"

RECIPIENTS = [
    {
        "organisation": "Antidiskrimineringsbyrån Mitt", "name": None, "kind": "association",
        "reply": {"outcome": "answered", "date": "2027-05-12",
                  "summary": "Välkomnar planen och åtgärderna för stöd till den som utsatts."},
        "remarks": [
            {"measure": _MOTTAGNING, "text": "Mottagningen bör också gå att nå digitalt och ha öppet fler tider än en kväll i veckan.",
             "handling": "partly", "motivation": "Tiderna utvärderas med besökarna efter sex månader; fler öppettider prövas då. Digital kontakt ryms inte i budgeten för 2027.",
             "changed": None},
            {"measure": _HATBROTT, "text": "Informationen behöver finnas på fler språk än svenska och engelska, bland annat somaliska, arabiska och tigrinja.",
             "handling": "accepted", "motivation": "Informationen tas fram på tio språk, däribland somaliska, arabiska och tigrinja.",
             "changed": _HATBROTT},
            {"measure": _SITUATION, "text": "Resultaten av situationstesterna bör redovisas per hyresvärd.",
             "handling": "rejected", "motivation": "Resultaten redovisas på övergripande nivå så att fastighetsägarna vill delta; de diskuteras med fastighetsägarna innan de publiceras.",
             "changed": None},
        ],
    },
    {
        "organisation": "Hyresgästföreningen Norrvik", "name": None, "kind": "association",
        "reply": {"outcome": "answered", "date": "2027-05-17", "summary": ""},
        "remarks": [
            {"measure": _UTHYRNING, "text": "Hyresgästföreningen vill delta i översynen av uthyrningsreglerna.",
             "handling": "accepted", "motivation": "Översynen görs i samråd med Hyresgästföreningen Norrvik.",
             "changed": _UTHYRNING},
        ],
    },
    {
        "organisation": "Vision Ekbacka", "name": None, "kind": "union",
        "reply": {"outcome": "answered", "date": "2027-05-18", "summary": ""},
        "remarks": [
            {"measure": _PILOT, "text": "Vision vill vara med och utvärdera piloten innan arbetssättet införs i fler förvaltningar.",
             "handling": "accepted", "motivation": "Piloten utvärderas tillsammans med Vision innan kommunen beslutar om fortsättningen.",
             "changed": _PILOT},
            {"measure": None, "text": "Planen bör ha en åtgärd om utbildning för chefer i diskrimineringslagens krav i arbetslivet.",
             "handling": "partly", "motivation": "Kommunens chefsprogram tar redan upp diskrimineringslagen; en egen åtgärd prövas vid revisionen 2028.",
             "changed": None},
        ],
    },
    {
        "organisation": "Ekbacka Företagarförening", "name": None, "kind": "employer",
        "reply": {"outcome": "answered", "date": "2027-05-24", "summary": "Svaret kom efter svarstiden men har tagits med."},
        "remarks": [
            {"measure": _UPPHANDLING, "text": "Krav på likabehandling i upphandlingar får inte bli en administrativ börda för små företag.",
             "handling": "partly", "motivation": "Kraven utformas med hänsyn till små företag. Åtgärden utreds vidare inför revisionen 2028 och ingår inte i den antagna planen.",
             "changed": None},
        ],
    },
    {
        "organisation": "Ekbacka ungdomsråd", "name": None, "kind": "advisory_board",
        "reply": {"outcome": "answered", "date": "2027-05-06", "summary": ""},
        "remarks": [
            {"measure": _SKOLA, "text": "Elevråden och ungdomsrådet bör vara med när skolornas planer mot kränkande behandling tas fram.",
             "handling": "accepted", "motivation": "Elevråden och ungdomsrådet är med och tar fram skolornas planer.",
             "changed": _SKOLA},
        ],
    },
    {
        "organisation": "Studiefrämjandet Ekbacka", "name": None, "kind": "association",
        "reply": {"outcome": "declined", "date": "2027-05-05", "summary": "Avstår från att lämna synpunkter."},
        "remarks": [],
    },
    {
        "organisation": None, "name": "ECCAR:s sekretariat", "kind": "other",
        "reply": {"outcome": "answered", "date": "2027-05-14", "summary": ""},
        "remarks": [
            {"measure": None, "text": "Planen bör beskriva hur kommunen rapporterar till ECCAR vartannat år.",
             "handling": "accepted", "motivation": "Ett avsnitt om uppföljning och rapportering till ECCAR vartannat år har lagts till i planen.",
             "changed": None},
        ],
    },
    {"organisation": None, "name": "Kommunal sektion Ekbacka", "kind": "union", "reply": None, "remarks": []},
]


def check() -> list[str]:
    """Consistency errors of the remiss data against ``content.py`` (empty when it fits)."""
    errors: list[str] = []
    titles = {m["title"] for m in c.MEASURES}
    sent = datetime.date.fromisoformat(ROUND["sent_date"])
    deadline = datetime.date.fromisoformat(ROUND["reply_deadline"])
    dialogue = ("world_cafe", "workshop", "focus_group", "consultation")  # the needs analysis, not follow-up
    last_meeting = max(datetime.date.fromisoformat(m["date"]) for m in c.MEETINGS if m["format"] in dialogue)
    if not last_meeting < sent < deadline < datetime.date(2027, 6, 14):
        errors.append("remiss dates: sent after the dialogue, deadline after sending and before the decision")
    handlings = set()
    for recipient in RECIPIENTS:
        if (recipient["organisation"] is None) == (recipient["name"] is None):
            errors.append(f"recipient {recipient}: needs an organisation or a name")
        if recipient["organisation"] is not None and recipient["organisation"] not in c.ORGANISATIONS:
            errors.append(f"recipient {recipient['organisation']}: not in the register")
        reply = recipient["reply"]
        if reply and datetime.date.fromisoformat(reply["date"]) < sent:
            errors.append(f"recipient {recipient}: reply before the remiss was sent")
        if (reply is None or reply["outcome"] == "declined") and recipient["remarks"]:
            errors.append(f"recipient {recipient}: remarks without a reply")
        for remark in recipient["remarks"]:
            for key in ("measure", "changed"):
                if remark[key] is not None and remark[key] not in titles:
                    errors.append(f"remark {remark['text'][:30]}: unknown measure {remark[key]!r}")
            if remark["changed"] and remark["handling"] == "rejected":
                errors.append(f"remark {remark['text'][:30]}: not accepted, yet a measure changed")
            handlings.add(remark["handling"])
    if handlings != {"accepted", "partly", "rejected"}:
        errors.append("remarks: need each handling")
    if not any(r["reply"] is None for r in RECIPIENTS):
        errors.append("recipients: one should not have replied")
    return errors
