"""The texts of the pages where participants send ideas, questions and dots, per language.

These pages are made on the server (they work without JavaScript), so their texts live
here, one dictionary per language with the same keys; the live pages' own texts are in
``resources/web/app.js`` (``STRINGS``), and the few keys both use are kept equal by a test.
A new language is one more dictionary here (and in app.js), with its name in its own
language, its direction and its locale; ``tests/share`` proves no key is missing.

The language is the one the phone asked for (``?lang=``, remembered in a cookie), else the
first of the browser's languages that the pages speak, else Swedish.
"""

from __future__ import annotations

#: Language code -> its name in itself (the switch shows each language in its own words).
LANGUAGE_NAMES = {"sv": "Svenska", "en": "English"}
DEFAULT_LANGUAGE = "sv"

TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "dir": "ltr",
        "skip": "Hoppa till innehållet",
        "languages": "Språk",
        "say_title": "Skicka en idé eller fråga",
        "vote_title": "Ge dina prickar",
        "to_table": "Till bord {n}",
        "to_table_named": "Till bord {n}: {name}",
        "to_plenary": "Till hela mötet",
        "round_n": "Omgång {n}",
        "question_now": "Frågan just nu",
        "kind_legend": "Vad vill du skicka?",
        "kind_idea": "En idé",
        "kind_question": "En fråga",
        "text_label": "Din idé eller fråga",
        "text_hint": "Högst {n} tecken. Skriv inga namn. Samordnaren läser allt innan något visas för andra.",
        "send": "Skicka",
        "sending": "Skickar …",
        "received_idea": "Tack! Din idé har kommit fram. Samordnaren läser den innan den visas.",
        "received_question": "Tack! Din fråga har kommit fram. Samordnaren läser den innan den visas.",
        "received_dot": "Din prick är räknad. Du har {n} kvar.",
        "received_undot": "Pricken är borttagen. Du har {n} kvar.",
        "refused_closed": "Mötet tar inte emot något från mobiler just nu.",
        "refused_empty": "Skriv något först.",
        "refused_too_long": "Texten är för lång: högst {n} tecken.",
        "refused_no_table": "Bordet finns inte längre. Välj ditt bord på nytt.",
        "refused_not_released": "Det går inte att ge en prick till det här just nu.",
        "refused_no_dots_left": "Du har inga prickar kvar. Ta tillbaka en om du vill flytta den.",
        "refused_no_dot_to_take": "Du har ingen prick där att ta tillbaka.",
        "try_again": "Det gick inte att spara just nu. Försök igen om en stund.",
        "too_fast": "Du skickar väldigt snabbt. Vänta en stund och försök igen.",
        "stale": "Sidan var för gammal och har laddats på nytt. Skicka igen.",
        "vote_intro": "Du har {left} av {budget} prickar kvar. Ge dem till det du tycker är viktigast; "
                      "du kan ge flera till samma.",
        "no_dots": "Mötet använder inga prickar.",
        "give_dot": "Ge en prick",
        "take_dot": "Ta tillbaka en prick",
        "yours": "Dina prickar: {n}",
        "all_dots": "Alla prickar: {n}",
        "nothing_to_vote": "Inget är publicerat att ge prickar till än.",
        "kind_idea_label": "Idé",
        "kind_note_label": "Anteckning",
        "kind_question_label": "Fråga",
        "kind_quote_label": "Citat",
        "kind_risk_label": "Risk",
        "kind_obstacle_label": "Strukturellt hinder",
        "nav": "Mötet",
        "follow_live": "Följ mötet live",
        "back_table": "Tillbaka till bordet",
        "send_idea": "Skicka en idé eller fråga",
        "give_dots": "Ge dina prickar",
        "privacy_short": "Inget du skickar visar vem du är. Mobilen får en slumpad kod i en kaka, "
                         "bara för att dina prickar ska räknas rätt.",
    },
    "en": {
        "dir": "ltr",
        "skip": "Skip to content",
        "languages": "Language",
        "say_title": "Send an idea or question",
        "vote_title": "Give your dots",
        "to_table": "To table {n}",
        "to_table_named": "To table {n}: {name}",
        "to_plenary": "To the whole meeting",
        "round_n": "Round {n}",
        "question_now": "The question right now",
        "kind_legend": "What do you want to send?",
        "kind_idea": "An idea",
        "kind_question": "A question",
        "text_label": "Your idea or question",
        "text_hint": "At most {n} characters. Write no names. The coordinator reads everything before anything "
                     "is shown to others.",
        "send": "Send",
        "sending": "Sending …",
        "received_idea": "Thank you! Your idea has arrived. The coordinator reads it before it is shown.",
        "received_question": "Thank you! Your question has arrived. The coordinator reads it before it is shown.",
        "received_dot": "Your dot is counted. You have {n} left.",
        "received_undot": "The dot is taken back. You have {n} left.",
        "refused_closed": "The meeting does not take anything from phones right now.",
        "refused_empty": "Write something first.",
        "refused_too_long": "The text is too long: at most {n} characters.",
        "refused_no_table": "The table no longer exists. Choose your table again.",
        "refused_not_released": "You cannot give a dot to this right now.",
        "refused_no_dots_left": "You have no dots left. Take one back if you want to move it.",
        "refused_no_dot_to_take": "You have no dot there to take back.",
        "try_again": "It could not be saved just now. Please try again in a moment.",
        "too_fast": "You are sending very fast. Wait a moment and try again.",
        "stale": "The page was too old and has been loaded again. Please send again.",
        "vote_intro": "You have {left} of {budget} dots left. Give them to what you find most important; "
                      "you can give several to the same.",
        "no_dots": "The meeting uses no dots.",
        "give_dot": "Give a dot",
        "take_dot": "Take a dot back",
        "yours": "Your dots: {n}",
        "all_dots": "All dots: {n}",
        "nothing_to_vote": "Nothing has been published to give dots to yet.",
        "kind_idea_label": "Idea",
        "kind_note_label": "Note",
        "kind_question_label": "Question",
        "kind_quote_label": "Quote",
        "kind_risk_label": "Risk",
        "kind_obstacle_label": "Structural obstacle",
        "nav": "The meeting",
        "follow_live": "Follow the meeting live",
        "back_table": "Back to the table",
        "send_idea": "Send an idea or question",
        "give_dots": "Give your dots",
        "privacy_short": "Nothing you send shows who you are. The phone gets a random code in a cookie, "
                         "only so that your dots are counted right.",
    },
}


# -- table hosts' capture page and the rotation card's page (branch phone-hosts) ----------------
# Kept apart from TEXTS on purpose: these pages speak Swedish and English only for now (a host
# page in any other language shows English), so the check that every participant language
# has every key in TEXTS does not cover them. Read with ``host_text``.
HOST_LANGUAGES = ("sv", "en")

HOST_TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "host_title": "Anteckningar vid bordet",
        "host_where": "Du är värd vid bord {n}",
        "host_where_named": "Du är värd vid bord {n}: {name}",
        "host_round": "Omgång {n}",
        "host_no_round": "Ingen omgång är igång just nu; anteckningen hamnar i den senaste omgången, "
                         "eller utan omgång före den första.",
        "host_question": "Frågan just nu",
        "host_kind_legend": "Vad vill du anteckna?",
        "host_text_label": "Anteckningen",
        "host_text_hint": "Högst {n} tecken. Skriv vad som sades, inte vem som sa det: inga namn.",
        "host_mitigations_label": "Sätt att minska risken (en per rad, bara för en risk)",
        "host_send": "Spara anteckningen",
        "host_received": "Sparad: {kind}. Den syns hos samordnaren nu, och för deltagarna först när den publiceras.",
        "host_privacy": "Den här länken är bara för bordets värd. Samordnaren kan stänga den och skapa en ny.",
        "card_title": "Ditt bord",
        "card_now": "Nu, omgång {round}: bord {table}",
        "card_now_named": "Nu, omgång {round}: bord {table}, {name}",
        "card_next": "Nästa, omgång {round}: bord {table}",
        "card_next_named": "Nästa, omgång {round}: bord {table}, {name}",
        "card_first": "Första omgången: bord {table}",
        "card_first_named": "Första omgången: bord {table}, {name}",
        "card_last": "Det här är sista omgången.",
        "card_none": "Bordsplaceringen är inte klar. Fråga samordnaren.",
        "card_privacy": "Sidan visar bara bord och omgångar, inget namn. Koden på ditt kort är slumpad.",
    },
    "en": {
        "host_title": "Notes at the table",
        "host_where": "You host table {n}",
        "host_where_named": "You host table {n}: {name}",
        "host_round": "Round {n}",
        "host_no_round": "No round is running now; the note goes to the last round, or to no round before "
                         "the first.",
        "host_question": "The question right now",
        "host_kind_legend": "What do you want to note?",
        "host_text_label": "The note",
        "host_text_hint": "At most {n} characters. Write what was said, not who said it: no names.",
        "host_mitigations_label": "Ways to reduce the risk (one per line, only for a risk)",
        "host_send": "Save the note",
        "host_received": "Saved: {kind}. The coordinator sees it now; participants only once it is published.",
        "host_privacy": "This link is for the table's host only. The coordinator can close it and make a new one.",
        "card_title": "Your table",
        "card_now": "Now, round {round}: table {table}",
        "card_now_named": "Now, round {round}: table {table}, {name}",
        "card_next": "Next, round {round}: table {table}",
        "card_next_named": "Next, round {round}: table {table}, {name}",
        "card_first": "First round: table {table}",
        "card_first_named": "First round: table {table}, {name}",
        "card_last": "This is the last round.",
        "card_none": "The seating is not ready yet. Ask the coordinator.",
        "card_privacy": "This page shows only tables and rounds, no name. The code on your card is random.",
    },
}


def host_text(language: str, key: str, **values) -> str:
    """A host page's or card page's text: Swedish or English (English for any other language)."""
    texts = HOST_TEXTS.get(language, HOST_TEXTS["en"])
    found = texts.get(key, HOST_TEXTS["sv"].get(key, key))
    for name, value in values.items():
        found = found.replace("{" + name + "}", str(value))
    return found
# -- end of the table hosts' block ---------------------------------------------------------------


def text(language: str, key: str, **values) -> str:
    """The text in ``language`` (Swedish when it has none), with ``{name}`` filled in."""
    found = TEXTS.get(language, {}).get(key)
    if found is None:
        found = TEXTS[DEFAULT_LANGUAGE].get(key, key)
    for name, value in values.items():
        found = found.replace("{" + name + "}", str(value))
    return found


def choose_language(asked: str | None, remembered: str | None, accept_language: str | None) -> str:
    """The language of the page: asked for, remembered, the browser's, or Swedish."""
    for candidate in (asked, remembered):
        if candidate in TEXTS:
            return candidate
    for part in (accept_language or "").split(",")[:20]:
        code = part.split(";")[0].strip().lower()[:2]
        if code in TEXTS:
            return code
    return DEFAULT_LANGUAGE
