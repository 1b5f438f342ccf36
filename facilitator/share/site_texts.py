"""The texts of the results site (``share/results_pages``), in Swedish and English.

The site is what the municipality publishes after the meetings: the same content as the
phone pages, read later, from anywhere. Its texts are kept here, apart from the phone pages'
(``phone_texts``), so that each can grow its own languages; ``tests/share`` proves both
languages have every key. ``{name}`` marks a value filled in.
"""

from __future__ import annotations

SITE_LANGUAGES = ("sv", "en")

#: The other language's name, in its own words, for the switch.
LANGUAGE_NAMES = {"sv": "Svenska", "en": "English"}

MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}

TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "skip": "Hoppa till innehållet",
        "language": "Språk",
        "kicker": "Resultat från dialogen",
        "plan_title": "Vad hände med förslagen?",
        "plan_intro": "Här kan du se vad som sades på mötena, vilka åtgärder kommunen har beslutat och hur "
                      "långt de har kommit. Sidan visar inga namn och inga personuppgifter.",
        "meetings_heading": "Mötena",
        "meetings_empty": "Inga möten är publicerade än.",
        "meeting_facts": "Publicerade bidrag: {ideas} · Åtgärder: {measures}",
        "measures_heading": "Beslutade åtgärder",
        "measures_empty": "Inga åtgärder är beslutade än.",
        "measures_summary": "Åtgärder: {total} · Beslutade: {decided} · Pågår: {ongoing} · Klara: {done} · "
                            "Avbrutna: {cancelled}",
        "from_meeting": "Från mötet: {title}",
        "updated": "Senast uppdaterad {date}.",
        "back_to_plan": "Alla möten och åtgärder",
        "nav": "Resultaten",
        "frame_heading": "Vad händer med resultaten?",
        "purpose_heading": "Mötets syfte",
        "feedback_heading": "Så får du veta vad som hände",
        "questions_heading": "Frågorna",
        "contributions_heading": "Det som sades",
        "contributions_empty": "Inga bidrag från mötet är publicerade.",
        "meeting_measures_heading": "Åtgärder från mötet",
        "after_heading": "Vad blev det av idéerna?",
        "after_summary": "{measures} av {ideas} förslag har blivit åtgärder, {merged} slogs ihop med liknande "
                         "förslag och {kept} finns kvar i underlaget.",
        "other_group": "Övrigt",
        "round_n": "Omgång {n}",
        "at_table": "bord {n}",
        "in_round": "omgång {n}",
        "votes": "{n} prickar",
        "vote": "1 prick",
        "mitigations": "Så kan risken minskas:",
        "outcome_kept": "Finns kvar i underlaget",
        "outcome_merged": "Slogs ihop med ett liknande förslag",
        "outcome_merged_into": "Slogs ihop med: {text}",
        "outcome_measure": "Blev åtgärd: {titles}",
        "outcome_measure_theme": "Temat blev åtgärd: {titles}",
        "department": "Ansvarig förvaltning: {name}",
        "due": "Klart senast {date}",
        "time_frame": "Tidsram: {text}",
        "status_since": "{status} sedan {date}",
        "status_decided": "Beslutad",
        "status_ongoing": "Pågår",
        "status_done": "Klar",
        "status_cancelled": "Avbruten",
        "kind_idea": "Idé",
        "kind_note": "Anteckning",
        "kind_question": "Fråga",
        "kind_quote": "Citat",
        "kind_risk": "Risk",
        "kind_obstacle": "Strukturellt hinder",
        "privacy_heading": "Om personuppgifter",
        "privacy": "Sidorna visar inga namn och inga personuppgifter, bara det som samordnaren valde att "
                   "visa deltagarna under mötet. De sparar inget om dig och hämtar inget från andra webbplatser.",
        "made_by": "Sidorna är gjorda med Facilitator.",
    },
    "en": {
        "skip": "Skip to content",
        "language": "Language",
        "kicker": "Results of the dialogue",
        "plan_title": "What happened to the proposals?",
        "plan_intro": "Here you can see what was said at the meetings, which measures the municipality has "
                      "decided on and how far they have come. The pages show no names and no personal data.",
        "meetings_heading": "The meetings",
        "meetings_empty": "No meetings have been published yet.",
        "meeting_facts": "Published contributions: {ideas} · Measures: {measures}",
        "measures_heading": "Agreed measures",
        "measures_empty": "No measures have been decided yet.",
        "measures_summary": "Measures: {total} · Decided: {decided} · Ongoing: {ongoing} · Done: {done} · "
                            "Cancelled: {cancelled}",
        "from_meeting": "From the meeting: {title}",
        "updated": "Last updated {date}.",
        "back_to_plan": "All meetings and measures",
        "nav": "The results",
        "frame_heading": "What happens with the results?",
        "purpose_heading": "Purpose of the meeting",
        "feedback_heading": "How you will hear what happened",
        "questions_heading": "The questions",
        "contributions_heading": "What was said",
        "contributions_empty": "No contributions from the meeting have been published.",
        "meeting_measures_heading": "Measures from the meeting",
        "after_heading": "What became of the ideas?",
        "after_summary": "{measures} of {ideas} proposals have become measures, {merged} were merged with similar "
                         "proposals and {kept} are kept in the material.",
        "other_group": "Other",
        "round_n": "Round {n}",
        "at_table": "table {n}",
        "in_round": "round {n}",
        "votes": "{n} dots",
        "vote": "1 dot",
        "mitigations": "How the risk can be reduced:",
        "outcome_kept": "Kept in the material",
        "outcome_merged": "Merged with a similar proposal",
        "outcome_merged_into": "Merged with: {text}",
        "outcome_measure": "Became a measure: {titles}",
        "outcome_measure_theme": "Its theme became a measure: {titles}",
        "department": "Responsible department: {name}",
        "due": "Due {date}",
        "time_frame": "Time frame: {text}",
        "status_since": "{status} since {date}",
        "status_decided": "Decided",
        "status_ongoing": "Ongoing",
        "status_done": "Done",
        "status_cancelled": "Cancelled",
        "kind_idea": "Idea",
        "kind_note": "Note",
        "kind_question": "Question",
        "kind_quote": "Quote",
        "kind_risk": "Risk",
        "kind_obstacle": "Structural obstacle",
        "privacy_heading": "About personal data",
        "privacy": "The pages show no names and no personal data, only what the coordinator chose to show the "
                   "participants during the meeting. They store nothing about you and load nothing from other "
                   "websites.",
        "made_by": "The pages are made with Facilitator.",
    },
}


def text(language: str, key: str, **values) -> str:
    """The text in ``language`` (Swedish when it has none), with ``{name}`` filled in."""
    found = TEXTS.get(language, {}).get(key) or TEXTS["sv"].get(key, key)
    for name, value in values.items():
        found = found.replace("{" + name + "}", str(value))
    return found


def long_date(language: str, iso: str) -> str:
    """"4 mars 2027" / "4 March 2027"; what was typed when it is not a date."""
    try:
        year, month, day = (int(part) for part in (iso or "").split("-"))
        return f"{day} {MONTHS[language][month - 1]} {year}"
    except (ValueError, IndexError, KeyError):
        return iso or ""
