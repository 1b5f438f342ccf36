"""The demo's self-assessment: an internal evaluation of four of the thirteen Integrating Cities
themes in May 2027, with evidence (among it the minutes of the demo's own earlier meetings),
answers to the guiding questions and notes on the environmental factors. Content as data,
written through storage like the rest of the demo."""

from __future__ import annotations

from ..domain.entities import (
    Assessment,
    AssessmentMember,
    ContextNote,
    Evidence,
    FactorRating,
    Meeting,
    QuestionAnswer,
)
from ..storage.process_store import ProcessStore

MEETING = "assessment"
SCOPE = "1,3,7,13"

MEMBERS = [
    ("Elin Åkesson", "evaluation_group", "Kommunledningskontoret"),
    ("Åsa Lindqvist", "evaluation_group", "HR-avdelningen, kommunledningskontoret"),
    ("Nina Pettersson", "evaluation_group", "Arbetsmarknadsförvaltningen"),
    ("Jonas Bergström", "evaluation_group", "Kommunledningskontoret"),
    ("Integrationsrådet", "stakeholder", "Integrationsrådet i Ekbacka"),
]

RATINGS = [
    {"theme": 1, "rating": "partly", "confirmed": True, "decided_how": "consensus", "decided_by": "Utvärderingsgruppen",
     "reasoning": "Kommunen har anslutit sig till ECCAR och det är känt internt, men åtagandet förmedlas sällan utåt och politiker hänvisar sällan till det.",
     "strengths": "Beslutet att gå med i ECCAR är offentligt och protokollfört.",
     "weaknesses": "Ingen samlad kommunikation till invånarna; webben nämner åtagandet på en undersida."},
    {"theme": 3, "rating": "partly", "confirmed": False, "decided_how": "consensus", "decided_by": "Utvärderingsgruppen",
     "reasoning": "Kommunledningskontoret samordnar, men samordnaren saknar mandat över förvaltningarnas budgetar.",
     "strengths": "En utsedd samordnare och en genomförandekommitté.",
     "weaknesses": "Uppdraget är inte budgeterat efter 2027."},
    {"theme": 7, "rating": "not_true", "confirmed": False, "decided_how": "vote", "decided_by": "Utvärderingsgruppen (4 mot 1)",
     "reasoning": "Personalen speglar inte befolkningen, och rekryteringsprocessen är inte anpassad. Arbetsgruppen om HR och rekrytering har börjat arbetet.",
     "strengths": "Arbetsgruppen har en tydlig bild av hindren.",
     "weaknesses": "Ingen mätning av andelen anställda med utländsk bakgrund per nivå."},
    {"theme": 13, "rating": "not_assessed", "confirmed": False, "decided_how": "", "decided_by": "",
     "reasoning": "Hinns inte med i dag; tas upp i genomförandekommittén.", "strengths": "", "weaknesses": ""},
]

ANSWERS = [
    ("1.1", "yes", "Kommunfullmäktiges beslut om ECCAR 2026."),
    ("1.2", "no", "Nämns i handlingsplansarbetet men inte i övrigt."),
    ("1.3", "", "Pressmeddelande vid anslutningen; inget sedan dess."),
    ("1.4", "partly", "World Caféet i februari var den första öppna aktiviteten."),
    ("3.1", "yes", "Kommunledningskontoret, med genomförandekommittén."),
    ("3.2", "no", ""),
    ("7.2", "no", "Riktlinjerna för HR nämner inte mångfald."),
    ("7.1", "", "Uppgifter saknas; HR tar fram statistik till hösten."),
]

# (theme, kind, title, date, reference, notes, meeting key of the demo whose minutes it is)
EVIDENCE = [
    (1, "minutes", "Kommunfullmäktiges beslut om anslutning till ECCAR", "2026-11-23", "KF § 142, dnr KS 2026/311", "", None),
    (1, "press_release", "Ekbacka går med i ECCAR", "2026-11-24", "ekbacka.example/press/eccar", "", None),
    (1, "meeting_minutes", "", "", "", "", "cafe"),
    (7, "meeting_minutes", "", "", "", "", "ws1"),
    (7, "interview", "Intervju med personalchefen", "2027-05-04", "Anteckningar, Elin Åkesson",
     "Hur ser rekryteringen ut i dag?\nAnnonserna går ut i samma kanaler som för tio år sedan. Vi vet inte hur många sökande med utländsk bakgrund som går vidare.\n\nVad skulle behövas?\nEn rutin för att pröva utländska utbildningar och språkkunskaper som merit i kravprofilerna.", None),
]

CONTEXT = [
    (2, "Statistik om anställdas bakgrund finns inte per nivå; SCB:s uppgifter kommer med ett års fördröjning."),
    (5, "Budgeten för integrationsåtgärder är oförändrad 2027; uppdraget är inte finansierat efter 2027."),
]


def add_assessment(store: ProcessStore, meetings: dict[str, int]) -> None:
    """Writes the demo's assessment (``meetings``: demo meeting key -> id)."""
    assessment = store.insert(Assessment(meeting_id=meetings[MEETING], mode="internal", scope=SCOPE))
    aid = assessment.id
    assert aid is not None
    store.insert_many(AssessmentMember(assessment_id=aid, name=n, role=r, organisation=o) for n, r, o in MEMBERS)
    store.insert_many(FactorRating(assessment_id=aid, **rating) for rating in RATINGS)
    store.insert_many(QuestionAnswer(assessment_id=aid, question=q, answer=a, text=t) for q, a, t in ANSWERS)
    for position, (theme, kind, title, date, reference, notes, meeting) in enumerate(EVIDENCE):
        meeting_id = meetings[meeting] if meeting else None
        if meeting_id is not None:
            source = store.get(Meeting, meeting_id)
            assert source is not None
            title, date = title or source.title, date or source.date
        store.insert(Evidence(assessment_id=aid, theme=theme, kind=kind, title=title, date=date, reference=reference,
                              notes=notes, meeting_id=meeting_id, position=position))
    store.insert_many(ContextNote(assessment_id=aid, factor=f, note=n) for f, n in CONTEXT)
