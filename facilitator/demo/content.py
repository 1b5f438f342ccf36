"""Demo process shown on first start: Ekbacka kommun's ECCAR action plan 2027–2029.

Pure data (plain dicts, lists and strings) read by the demo builder, which inserts it through
the storage layer. Everything is fictional: Ekbacka kommun, its organisations and all people.
Built from the ECCAR toolkit ("Verktygslåda för lika rätt", seeds 000 and 003): the World Café
questions are the toolkit's needs-analysis questions (003:402-413), the workshop questions come
from the HR-manager workshop (000:453-500). No sensitive data: people are described only by
organisation and category. ``check()`` returns a list of consistency errors (empty when fine).
"""

from __future__ import annotations

import datetime

PROCESS = {
    "title": "Handlingsplan mot rasism och diskriminering 2027–2029",
    "municipality": "Ekbacka kommun",
    "description": "Ekbacka kommun gick med i ECCAR 2026 och tar fram sin första tiopunktshandlingsplan. Kommunstyrelsen har gett kommunledningskontoret i uppdrag att samordna arbetet. Behovsanalysen görs våren 2027 med ett World Café, en arbetsgrupp om HR och rekrytering och en fokusgrupp om bostäder. Utkastet skickas på remiss till föreningar, fack och arbetsgivare och antas av kommunfullmäktige; därefter följer genomförandekommittén upp åtgärderna. Detta är en påhittad exempelprocess: Ekbacka kommun och alla personer är fiktiva.",
}

ORGANISATIONS = [
    "Kommunledningskontoret",
    "HR-avdelningen, kommunledningskontoret",
    "Utbildningsförvaltningen",
    "Socialförvaltningen",
    "Kultur- och fritidsförvaltningen",
    "Stadsbyggnadsförvaltningen",
    "Arbetsmarknadsförvaltningen",
    "Ekbackahem AB",
    "Somaliska föreningen i Ekbacka",
    "Föreningen Nya Ekbackabor",
    "Hyresgästföreningen Norrvik",
    "Antidiskrimineringsbyrån Mitt",
    "Integrationsrådet",
    "Ekbacka ungdomsråd",
    "Vision Ekbacka",
    "Ekbacka Företagarförening",
    "Studiefrämjandet Ekbacka",
    "Polisen, lokalpolisområde Ekbacka",
]

_KLK = "Kommunledningskontoret"
_HR = "HR-avdelningen, kommunledningskontoret"

# Phone numbers are from the range the Swedish PTS reserves for fiction (070-174 06 05–99).
PARTICIPANTS = [
    # Kommunens tjänstepersoner
    {"name": "Elin Åkesson", "organisation": _KLK, "category": "official", "email": "elin.akesson@ekbacka.example", "phone": "070-174 06 05", "languages": ["sv", "en"]},
    {"name": "Anders Hallberg", "organisation": _KLK, "category": "official", "email": "anders.hallberg@ekbacka.example", "phone": "070-174 06 06", "languages": ["sv", "en"]},
    {"name": "Jonas Bergström", "organisation": _KLK, "category": "official", "email": "jonas.bergstrom@ekbacka.example", "phone": "070-174 06 07", "languages": ["sv", "en"]},
    {"name": "Sofia Nilsson", "organisation": _KLK, "category": "official", "email": "sofia.nilsson@ekbacka.example", "phone": "070-174 06 08", "languages": ["sv", "en", "es"]},
    {"name": "Åsa Lindqvist", "organisation": _HR, "category": "official", "email": "asa.lindqvist@ekbacka.example", "phone": "070-174 06 09", "languages": ["sv", "en"]},
    {"name": "Goran Petrović", "organisation": _HR, "category": "official", "email": "goran.petrovic@ekbacka.example", "phone": "070-174 06 10", "languages": ["sv", "sr", "en"]},
    {"name": "Lena Holmberg", "organisation": _HR, "category": "official", "email": "lena.holmberg@ekbacka.example", "phone": "", "languages": ["sv"]},
    {"name": "Maria Öberg", "organisation": "Utbildningsförvaltningen", "category": "official", "email": "maria.oberg@ekbacka.example", "phone": "070-174 06 11", "languages": ["sv", "en"]},
    {"name": "Ali Rezaei", "organisation": "Utbildningsförvaltningen", "category": "official", "email": "ali.rezaei@ekbacka.example", "phone": "", "languages": ["sv", "fa", "en"]},
    {"name": "Ewa Kowalska", "organisation": "Socialförvaltningen", "category": "official", "email": "ewa.kowalska@ekbacka.example", "phone": "070-174 06 12", "languages": ["sv", "pl"]},
    {"name": "Ahmed Yusuf", "organisation": "Socialförvaltningen", "category": "official", "email": "ahmed.yusuf@ekbacka.example", "phone": "070-174 06 13", "languages": ["sv", "so", "en"]},
    {"name": "Karin Ek", "organisation": "Kultur- och fritidsförvaltningen", "category": "official", "email": "karin.ek@ekbacka.example", "phone": "070-174 06 14", "languages": ["sv", "de"]},
    {"name": "Thomas Wikström", "organisation": "Kultur- och fritidsförvaltningen", "category": "official", "email": "thomas.wikstrom@ekbacka.example", "phone": "", "languages": ["sv"]},
    {"name": "Per Östlund", "organisation": "Stadsbyggnadsförvaltningen", "category": "official", "email": "per.ostlund@ekbacka.example", "phone": "070-174 06 15", "languages": ["sv"]},
    {"name": "Jukka Mäkinen", "organisation": "Arbetsmarknadsförvaltningen", "category": "official", "email": "jukka.makinen@ekbacka.example", "phone": "070-174 06 16", "languages": ["sv", "fi"]},
    {"name": "Nina Pettersson", "organisation": "Arbetsmarknadsförvaltningen", "category": "official", "email": "nina.pettersson@ekbacka.example", "phone": "", "languages": ["sv", "en"]},
    # Förtroendevalda
    {"name": "Birgitta Sandberg", "organisation": None, "category": "politician", "email": "birgitta.sandberg@ekbacka.example", "phone": "", "languages": ["sv"]},
    {"name": "Hassan Mahmoud", "organisation": None, "category": "politician", "email": "hassan.mahmoud@ekbacka.example", "phone": "", "languages": ["sv", "ar"]},
    # Civilsamhälle, organisationer och råd
    {"name": "Hodan Farah", "organisation": "Somaliska föreningen i Ekbacka", "category": "civil_society", "email": "hodan.farah@somaliskaforeningen.example", "phone": "070-174 06 17", "languages": ["sv", "so", "en"]},
    {"name": "Abdirahman Warsame", "organisation": "Somaliska föreningen i Ekbacka", "category": "civil_society", "email": "", "phone": "070-174 06 18", "languages": ["sv", "so"]},
    {"name": "Sara Haile", "organisation": "Föreningen Nya Ekbackabor", "category": "civil_society", "email": "sara.haile@nyaekbackabor.example", "phone": "070-174 06 19", "languages": ["sv", "ti", "en"]},
    {"name": "Nadia Haddad", "organisation": "Föreningen Nya Ekbackabor", "category": "civil_society", "email": "nadia.haddad@nyaekbackabor.example", "phone": "", "languages": ["sv", "ar", "fr"]},
    {"name": "Lars Johansson", "organisation": "Hyresgästföreningen Norrvik", "category": "civil_society", "email": "lars.johansson@hgf-norrvik.example", "phone": "070-174 06 20", "languages": ["sv"]},
    {"name": "Fatima Al-Sayed", "organisation": "Hyresgästföreningen Norrvik", "category": "civil_society", "email": "", "phone": "", "languages": ["sv", "ar"]},
    {"name": "Åke Lundgren", "organisation": "Studiefrämjandet Ekbacka", "category": "civil_society", "email": "ake.lundgren@sfr-ekbacka.example", "phone": "070-174 06 21", "languages": ["sv"]},
    {"name": "Anneli Strand", "organisation": "Studiefrämjandet Ekbacka", "category": "civil_society", "email": "anneli.strand@sfr-ekbacka.example", "phone": "", "languages": ["sv", "en"]},
    {"name": "Daniel Mensah", "organisation": "Antidiskrimineringsbyrån Mitt", "category": "ngo", "email": "daniel.mensah@adbmitt.example", "phone": "070-174 06 22", "languages": ["sv", "en"]},
    {"name": "Johanna Berg", "organisation": "Antidiskrimineringsbyrån Mitt", "category": "ngo", "email": "johanna.berg@adbmitt.example", "phone": "070-174 06 23", "languages": ["sv", "en"]},
    {"name": "Reza Karimi", "organisation": "Integrationsrådet", "category": "advisory_board", "email": "reza.karimi@mail.example", "phone": "", "languages": ["sv", "fa"]},
    {"name": "Gunilla Hedlund", "organisation": "Integrationsrådet", "category": "advisory_board", "email": "", "phone": "070-174 06 24", "languages": ["sv"]},
    {"name": "Amira Hassan", "organisation": "Ekbacka ungdomsråd", "category": "advisory_board", "email": "amira.hassan@mail.example", "phone": "", "languages": ["sv", "ar", "en"]},
    {"name": "Elias Lindberg", "organisation": "Ekbacka ungdomsråd", "category": "advisory_board", "email": "", "phone": "", "languages": ["sv", "en"]},
    {"name": "Kristina Ängquist", "organisation": "Vision Ekbacka", "category": "union", "email": "kristina.angquist@vision-ekbacka.example", "phone": "070-174 06 25", "languages": ["sv"]},
    {"name": "Mehmet Yılmaz", "organisation": "Vision Ekbacka", "category": "union", "email": "mehmet.yilmaz@vision-ekbacka.example", "phone": "", "languages": ["sv", "tr"]},
    {"name": "Henrik Dahl", "organisation": "Ekbacka Företagarförening", "category": "business", "email": "henrik.dahl@ekbackaforetagare.example", "phone": "070-174 06 26", "languages": ["sv", "en"]},
    {"name": "Leila Moradi", "organisation": "Ekbacka Företagarförening", "category": "business", "email": "leila.moradi@ekbackaforetagare.example", "phone": "", "languages": ["sv", "fa", "en"]},
    {"name": "Örjan Nyberg", "organisation": "Ekbackahem AB", "category": "other", "email": "orjan.nyberg@ekbackahem.example", "phone": "070-174 06 27", "languages": ["sv"]},
    {"name": "Marta Nowak", "organisation": "Ekbackahem AB", "category": "other", "email": "marta.nowak@ekbackahem.example", "phone": "", "languages": ["sv", "pl", "en"]},
    {"name": "Camilla Rosén", "organisation": "Polisen, lokalpolisområde Ekbacka", "category": "other", "email": "", "phone": "070-174 06 28", "languages": ["sv"]},
    # Invånare
    {"name": "Yasmin Osman", "organisation": None, "category": "resident", "email": "", "phone": "", "languages": ["sv", "so", "en"]},
    {"name": "Olle Karlsson", "organisation": None, "category": "resident", "email": "olle.karlsson@mail.example", "phone": "", "languages": ["sv"]},
    {"name": "Tiina Virtanen", "organisation": None, "category": "resident", "email": "", "phone": "", "languages": ["sv", "fi"]},
    {"name": "Dragana Jovanović", "organisation": None, "category": "resident", "email": "dragana.jovanovic@mail.example", "phone": "", "languages": ["sv", "sr"]},
    {"name": "Samuel Tesfaye", "organisation": None, "category": "resident", "email": "", "phone": "", "languages": ["sv", "am", "en"]},
    {"name": "Ingrid Falk", "organisation": None, "category": "resident", "email": "", "phone": "", "languages": ["sv"]},
]

_FRAME = "Vi kan inte lova att alla idéer kommer att genomföras, men kommunstyrelsen har gett uppdraget att ta fram handlingsplanen och kommunen har åtagit sig att ta idéerna på allvar. "
_SERIES = "Arbetsgrupp HR och rekrytering"
_WS_SELECTION = "Personalchefer och HR-specialister som äger rekryteringsprocessen, Vision som facklig part, chefer från två förvaltningar som rekryterar mycket, Arbetsmarknadsförvaltningen som har kontakt med arbetssökande, samt två externa röster (Föreningen Nya Ekbackabor och Ekbacka Företagarförening) för att få in de sökandes och det privata näringslivets perspektiv. Antidiskrimineringsbyrån Mitt medverkar som mångfaldsutbildare. Gruppen hålls under 15 personer för att bygga förtroende."
_WS_FEEDBACK = "Minnesanteckningar skickas till gruppen inom en vecka; vid nästa träff går vi igenom vad som hänt med förslagen."


MEETINGS = [
    {
        "key": "cafe",
        "format": "world_cafe",
        "title": "World Café: Lika rätt i Ekbacka",
        "date": "2027-02-04", "start_time": "16:00", "end_time": "18:00",
        "place": "Ekbacka medborgarhus, Stora salen",
        "moderator": "Helena Sjöberg",
        "coordinator": "Elin Åkesson",
        "purpose": "Behovsanalys inför kommunens första handlingsplan mot rasism och diskriminering. Vi vill höra hur invånare, föreningar och verksamheter upplever diskriminering i Ekbacka och vilka åtgärder de tycker att kommunen ska prioritera.",
        "frame_statement": _FRAME + "Allt som sägs vid borden dokumenteras per bord och omgång, sammanställs i minnesanteckningar och blir underlag till utkastet till handlingsplan som går på remiss i april. Ni kommer att få veta vad som hände med förslagen.",
        "selection_reasons": "Bred inbjudan via Integrationsrådet och kommunens föreningsregister till föreningar, rådgivande organ, fack och näringsliv. För att nå fler invånare bjöd biblioteken i Norrvik och Östertorp in besökare. Förvaltningarna deltog med bordsvärdar. Anmälan krävdes för att kunna planera sex bord med fem platser.",
        "food_served": True,
        "next_steps": "Minnesanteckningarna sammanställs av samordnaren. Förslagen om rekrytering går vidare till Arbetsgrupp HR och rekrytering, förslagen om bostäder till en fokusgrupp i april. Utkastet till handlingsplan går på remiss i april.",
        "feedback_method": "Minnesanteckningarna mejlas till alla deltagare senast 25 februari och läggs ut på ekbacka.example/likaratt, där det också framgår vilka förslag som blivit åtgärder. Ett återkopplingsmöte för alla deltagare hålls i oktober 2027.",
        "series": "",
        "questions": [
            "Vilka är utmaningarna när det gäller etnisk diskriminering i Ekbacka kommun och hur kan de hanteras?",
            "Vilka är erfarenheterna av tillgång till och deltagande i samband med offentliga tjänster, bostäder och arbetsmarknaden i Ekbacka?",
            "Hur kan man hantera hinder i fråga om tillgång och delaktighet?",
        ],
        "agenda": [
            {"title": "Välkommen, syfte och vad som händer med resultaten", "kind": "welcome", "minutes": 10}, {"title": "Omgång 1: Utmaningar", "kind": "round", "minutes": 20},
            {"title": "Bordsbyte", "kind": "move", "minutes": 5}, {"title": "Omgång 2: Erfarenheter av tillgång och delaktighet", "kind": "round", "minutes": 20},
            {"title": "Bordsbyte", "kind": "move", "minutes": 5}, {"title": "Omgång 3: Hur hanterar vi hindren?", "kind": "round", "minutes": 20},
            {"title": "Kort paus, bordsvärdarna förbereder skörden", "kind": "break", "minutes": 5}, {"title": "Skörd i storgrupp och prickröstning", "kind": "plenary", "minutes": 25},
            {"title": "Avslutning och nästa steg", "kind": "other", "minutes": 10},
        ],
        "attendance": [
            {"participant": "Elin Åkesson", "role": "coordinator", "status": "attended"}, {"participant": "Jonas Bergström", "role": "note_taker", "status": "attended"},
            {"participant": "Maria Öberg", "role": "table_host", "status": "attended"}, {"participant": "Ahmed Yusuf", "role": "table_host", "status": "attended"},
            {"participant": "Karin Ek", "role": "table_host", "status": "attended"}, {"participant": "Jukka Mäkinen", "role": "table_host", "status": "attended"},
            {"participant": "Sofia Nilsson", "role": "table_host", "status": "attended"}, {"participant": "Åke Lundgren", "role": "table_host", "status": "attended"},
            {"participant": "Hodan Farah", "role": "participant", "status": "attended"}, {"participant": "Abdirahman Warsame", "role": "participant", "status": "attended"},
            {"participant": "Sara Haile", "role": "participant", "status": "attended"}, {"participant": "Nadia Haddad", "role": "participant", "status": "attended"},
            {"participant": "Lars Johansson", "role": "participant", "status": "attended"}, {"participant": "Fatima Al-Sayed", "role": "participant", "status": "attended"},
            {"participant": "Anneli Strand", "role": "participant", "status": "attended"}, {"participant": "Daniel Mensah", "role": "participant", "status": "attended"},
            {"participant": "Johanna Berg", "role": "participant", "status": "attended"}, {"participant": "Reza Karimi", "role": "participant", "status": "attended"},
            {"participant": "Gunilla Hedlund", "role": "participant", "status": "attended"}, {"participant": "Amira Hassan", "role": "participant", "status": "attended"},
            {"participant": "Elias Lindberg", "role": "participant", "status": "attended"}, {"participant": "Kristina Ängquist", "role": "participant", "status": "attended"},
            {"participant": "Henrik Dahl", "role": "participant", "status": "attended"}, {"participant": "Leila Moradi", "role": "participant", "status": "attended"},
            {"participant": "Örjan Nyberg", "role": "participant", "status": "attended"}, {"participant": "Yasmin Osman", "role": "participant", "status": "attended"},
            {"participant": "Tiina Virtanen", "role": "participant", "status": "attended"}, {"participant": "Samuel Tesfaye", "role": "participant", "status": "attended"},
            {"participant": "Ewa Kowalska", "role": "participant", "status": "attended"}, {"participant": "Birgitta Sandberg", "role": "participant", "status": "attended"},
            {"participant": "Camilla Rosén", "role": "participant", "status": "attended"}, {"participant": "Ali Rezaei", "role": "participant", "status": "attended"},
            {"participant": "Olle Karlsson", "role": "participant", "status": "absent"}, {"participant": "Mehmet Yılmaz", "role": "participant", "status": "absent"},
            {"participant": "Ingrid Falk", "role": "participant", "status": "absent"},
        ],
        "tables": [
            {"name": "Ekbacken", "seats": 5, "host": "Maria Öberg"}, {"name": "Norrvik", "seats": 5, "host": "Ahmed Yusuf"},
            {"name": "Ängsgården", "seats": 5, "host": "Karin Ek"}, {"name": "Östertorp", "seats": 5, "host": "Jukka Mäkinen"},
            {"name": "Åbyn", "seats": 5, "host": "Sofia Nilsson"}, {"name": "Stationsbacken", "seats": 5, "host": "Åke Lundgren"},
        ],
    },
    {
        "key": "ws1",
        "format": "workshop",
        "title": "Arbetsgrupp HR och rekrytering, träff 1: Mångfald och rekryteringsprocessen",
        "date": "2027-02-23", "start_time": "16:00", "end_time": "18:00",
        "place": "Stadshuset, sammanträdesrum Eken",
        "moderator": "Helena Sjöberg",
        "coordinator": "Elin Åkesson",
        "purpose": "Första av tre träffar. Vi går igenom vad mångfald betyder för kommunen som arbetsgivare och granskar rekryteringsprocessen steg för steg, från annons till anställning.",
        "frame_statement": _FRAME + "Arbetsgruppen ska efter tre träffar lämna konkreta åtgärder med ansvariga och tidsramar till utkastet till handlingsplan. Stora omorganisationer ligger utanför uppdraget.",
        "selection_reasons": _WS_SELECTION,
        "food_served": False,
        "next_steps": "Träff 2 den 16 mars: kravprofiler, annonser och intervjuer. HR tar fram statistik om sökande.",
        "feedback_method": _WS_FEEDBACK,
        "series": _SERIES,
        "questions": [
            "Vad innebär mångfald i den offentliga förvaltningen – och för oss som arbetsgivare?",
            "Vem är representerad bland personalen och vem är det inte? Finns det något i rekryteringsrutinerna som gör tjänsterna mer eller mindre tillgängliga för vissa grupper?",
            "Hur offentliggörs lediga jobb, och vem når vi via de kanalerna?",
        ],
        "agenda": [
            {"title": "Välkommen, ramar och presentationsrunda", "kind": "welcome", "minutes": 15}, {"title": "Vad innebär mångfald för oss som arbetsgivare?", "kind": "discussion", "minutes": 30},
            {"title": "Paus", "kind": "break", "minutes": 10}, {"title": "Genomgång av rekryteringsprocessen", "kind": "discussion", "minutes": 45},
            {"title": "Sammanfattning och nästa steg", "kind": "plenary", "minutes": 20},
        ],
        "attendance": [
            {"participant": "Elin Åkesson", "role": "coordinator", "status": "attended"}, {"participant": "Daniel Mensah", "role": "trainer", "status": "attended"},
            {"participant": "Åsa Lindqvist", "role": "participant", "status": "attended"}, {"participant": "Goran Petrović", "role": "participant", "status": "attended"},
            {"participant": "Lena Holmberg", "role": "participant", "status": "attended"}, {"participant": "Kristina Ängquist", "role": "participant", "status": "attended"},
            {"participant": "Mehmet Yılmaz", "role": "participant", "status": "attended"}, {"participant": "Jukka Mäkinen", "role": "participant", "status": "attended"},
            {"participant": "Ahmed Yusuf", "role": "participant", "status": "attended"}, {"participant": "Nadia Haddad", "role": "participant", "status": "attended"},
            {"participant": "Leila Moradi", "role": "participant", "status": "attended"}, {"participant": "Karin Ek", "role": "participant", "status": "absent"},
        ],
        "tables": [],
    },
    {
        "key": "ws2",
        "format": "workshop",
        "title": "Arbetsgrupp HR och rekrytering, träff 2: Kravprofiler, annonser och intervjuer",
        "date": "2027-03-16", "start_time": "16:00", "end_time": "18:00",
        "place": "Stadshuset, sammanträdesrum Eken",
        "moderator": "Helena Sjöberg",
        "coordinator": "Elin Åkesson",
        "purpose": "Vi granskar vilka krav kommunen ställer i annonser och intervjuer och om de speglar verksamhetens verkliga behov, och börjar formulera konkreta åtgärder.",
        "frame_statement": _FRAME + "Förslagen samlas och prioriteras vid träff 3.",
        "selection_reasons": _WS_SELECTION,
        "food_served": False,
        "next_steps": "Träff 3 den 6 april: mål, ansvariga och uppföljning. HR tar fram ett utkast till mall för kravprofil.",
        "feedback_method": _WS_FEEDBACK,
        "series": _SERIES,
        "questions": [
            "Återspeglar kraven i våra annonser faktiskt verksamhetens behov? Är utbildnings- och språkkraven relevanta för tjänsten?",
            "I vilka befattningar är det en fördel om man också talar andra språk som talas av kommunens invånare?",
            "Är mångfaldskompetens en aspekt vid arbetsbeskrivningar, jobbannonser och intervjuer?",
        ],
        "agenda": [
            {"title": "Välkommen", "kind": "welcome", "minutes": 10}, {"title": "Återkoppling från träff 1 och HR:s statistik", "kind": "other", "minutes": 15},
            {"title": "Kravprofiler och annonser", "kind": "discussion", "minutes": 40}, {"title": "Paus", "kind": "break", "minutes": 10},
            {"title": "Språk och mångfaldskompetens", "kind": "discussion", "minutes": 30}, {"title": "Sammanfattning", "kind": "plenary", "minutes": 15},
        ],
        "attendance": [
            {"participant": "Elin Åkesson", "role": "coordinator", "status": "attended"}, {"participant": "Daniel Mensah", "role": "trainer", "status": "attended"},
            {"participant": "Åsa Lindqvist", "role": "participant", "status": "attended"}, {"participant": "Goran Petrović", "role": "participant", "status": "attended"},
            {"participant": "Lena Holmberg", "role": "participant", "status": "attended"}, {"participant": "Kristina Ängquist", "role": "participant", "status": "attended"},
            {"participant": "Jukka Mäkinen", "role": "participant", "status": "attended"}, {"participant": "Ahmed Yusuf", "role": "participant", "status": "attended"},
            {"participant": "Karin Ek", "role": "participant", "status": "attended"}, {"participant": "Nadia Haddad", "role": "participant", "status": "attended"},
            {"participant": "Leila Moradi", "role": "participant", "status": "attended"}, {"participant": "Mehmet Yılmaz", "role": "participant", "status": "absent"},
        ],
        "tables": [],
    },
    {
        "key": "ws3",
        "format": "workshop",
        "title": "Arbetsgrupp HR och rekrytering, träff 3: Mål, åtgärder och uppföljning",
        "date": "2027-04-06", "start_time": "16:00", "end_time": "18:30",
        "place": "Stadshuset, sammanträdesrum Eken",
        "moderator": "Helena Sjöberg",
        "coordinator": "Elin Åkesson",
        "purpose": "Sista träffen: vi summerar målen och åtgärderna, utser en ansvarig kontaktperson för varje åtgärd och kommer överens om hur de ska följas upp.",
        "frame_statement": _FRAME + "De åtgärder gruppen står bakom går in i utkastet till handlingsplan, som skickas på remiss och därefter till kommunfullmäktige.",
        "selection_reasons": _WS_SELECTION,
        "food_served": True,
        "next_steps": "Samordnaren för in åtgärderna i utkastet till handlingsplan. Remiss 19 april–14 maj.",
        "feedback_method": "Minnesanteckningarna med åtgärdslistan skickas till gruppen; genomförandekommittén rapporterar status till gruppen i september.",
        "series": _SERIES,
        "questions": [
            "Vilka åtgärder kan vi genomföra under 2027–2028, och vem ansvarar?",
            "Hur följer vi upp att åtgärderna gör skillnad – utan att rangordna förvaltningarna?",
        ],
        "agenda": [
            {"title": "Välkommen", "kind": "welcome", "minutes": 10}, {"title": "Förslag från träff 1 och 2", "kind": "other", "minutes": 20},
            {"title": "Mål, ansvariga och tidsramar", "kind": "discussion", "minutes": 45}, {"title": "Middag", "kind": "break", "minutes": 30},
            {"title": "Uppföljning, risker och åtgärder för att minimera dem", "kind": "discussion", "minutes": 25}, {"title": "Summering av mål och åtgärder", "kind": "plenary", "minutes": 20},
        ],
        "attendance": [
            {"participant": "Elin Åkesson", "role": "coordinator", "status": "attended"}, {"participant": "Daniel Mensah", "role": "trainer", "status": "attended"},
            {"participant": "Åsa Lindqvist", "role": "participant", "status": "attended"}, {"participant": "Goran Petrović", "role": "participant", "status": "attended"},
            {"participant": "Lena Holmberg", "role": "participant", "status": "attended"}, {"participant": "Kristina Ängquist", "role": "participant", "status": "attended"},
            {"participant": "Mehmet Yılmaz", "role": "participant", "status": "attended"}, {"participant": "Jukka Mäkinen", "role": "participant", "status": "attended"},
            {"participant": "Ahmed Yusuf", "role": "participant", "status": "attended"}, {"participant": "Karin Ek", "role": "participant", "status": "attended"},
            {"participant": "Nadia Haddad", "role": "participant", "status": "attended"}, {"participant": "Leila Moradi", "role": "participant", "status": "attended"},
        ],
        "tables": [],
    },
    {
        "key": "focus",
        "format": "focus_group",
        "title": "Fokusgrupp: Rättvis tillgång till bostäder",
        "date": "2027-04-14", "start_time": "16:00", "end_time": "18:00",
        "place": "Norrviks bibliotek, Mötesrummet",
        "moderator": "Jonas Bergström",
        "coordinator": "Elin Åkesson",
        "purpose": "Bostäder var ett av de tyngsta ämnena på World Caféet. Vi samlar kommunen, det kommunala bostadsbolaget, hyresgäster och antidiskrimineringsbyrån för att diskutera behov, befintliga initiativ och åtgärder som alla parter kan acceptera, inom alla fyra spåren.",
        "frame_statement": _FRAME + "Förslagen från fokusgruppen blir underlag till handlingsplanens avsnitt om rättvis tillgång till bostäder. Ekbackahems uthyrningsregler beslutas av bolagets styrelse.",
        "selection_reasons": "Parter med olika intressen på bostadsmarknaden: Ekbackahem AB, Hyresgästföreningen Norrvik, Stadsbyggnadsförvaltningen, Antidiskrimineringsbyrån Mitt, Integrationsrådet och en invånare som deltog på World Caféet. Privata fastighetsägare bjöds in via Ekbacka Företagarförening.",
        "food_served": False,
        "next_steps": "Förslagen förs in i utkastet till handlingsplan. Samordnaren undersöker om en permanent samrådsgrupp kan bildas.",
        "feedback_method": "Minnesanteckningar mejlas till deltagarna; utkastet till handlingsplan skickas till alla på remiss.",
        "series": "",
        "questions": [
            "Vilka är utmaningarna när det gäller etnisk diskriminering på bostadsmarknaden i Ekbacka och hur kan de hanteras?",
            "Vilka goda strategier finns och vad är enligt din uppfattning det väsentliga med dessa goda strategier?",
            "Hur bör man samla information om människors erfarenheter?",
        ],
        "agenda": [
            {"title": "Välkommen och återkoppling från World Caféet", "kind": "welcome", "minutes": 10}, {"title": "Utmaningar på bostadsmarknaden", "kind": "discussion", "minutes": 35},
            {"title": "Paus", "kind": "break", "minutes": 10}, {"title": "Goda strategier och befintliga initiativ", "kind": "discussion", "minutes": 30},
            {"title": "Hur samlar vi kunskap om erfarenheter?", "kind": "discussion", "minutes": 20}, {"title": "Sammanfattning: vilka spår täcker förslagen?", "kind": "plenary", "minutes": 15},
        ],
        "attendance": [
            {"participant": "Elin Åkesson", "role": "coordinator", "status": "attended"}, {"participant": "Jonas Bergström", "role": "moderator", "status": "attended"},
            {"participant": "Per Östlund", "role": "participant", "status": "attended"}, {"participant": "Örjan Nyberg", "role": "participant", "status": "attended"},
            {"participant": "Marta Nowak", "role": "participant", "status": "attended"}, {"participant": "Lars Johansson", "role": "participant", "status": "attended"},
            {"participant": "Johanna Berg", "role": "participant", "status": "attended"}, {"participant": "Reza Karimi", "role": "participant", "status": "attended"},
            {"participant": "Dragana Jovanović", "role": "participant", "status": "attended"}, {"participant": "Henrik Dahl", "role": "participant", "status": "absent"},
        ],
        "tables": [],
    },
    {
        "key": "committee",
        "format": "committee",
        "title": "Genomförandekommittén: uppföljning september",
        "date": "2027-09-14", "start_time": "09:00", "end_time": "10:30",
        "place": "Stadshuset, sammanträdesrum Linden",
        "moderator": "Anders Hallberg",
        "coordinator": "Elin Åkesson",
        "purpose": "Månatlig uppföljning av handlingsplanens åtgärder. Varje ansvarig kontaktperson berättar vad som gjorts hittills och vilka hinder som finns. Syftet är att hjälpa åtgärderna framåt, inte att jämföra förvaltningar.",
        "frame_statement": "Kommittén rangordnar inte förvaltningar. Statusen för varje åtgärd uppdateras och redovisas för deltagarna från behovsanalysen på resultatsidan.",
        "selection_reasons": "Kommitténs ledamöter: kontaktpersonerna från de förvaltningar som ansvarar för åtgärder i handlingsplanen, med biträdande kommundirektören som ordförande och samordnaren som sekreterare.",
        "food_served": False,
        "next_steps": "Nästa möte 12 oktober. Återkopplingsmöte för World Café-deltagarna 21 oktober.",
        "feedback_method": "Uppdaterad status visas på resultatsidan; kort rapport till kommunstyrelsens arbetsutskott.",
        "series": "",
        "questions": [
            "Vad har ni gjort hittills?",
            "Vilka hinder har ni stött på, och vilket stöd behöver ni?",
        ],
        "agenda": [
            {"title": "Inledning", "kind": "welcome", "minutes": 5}, {"title": "Lägesgenomgång: Vad har ni gjort hittills?", "kind": "discussion", "minutes": 50},
            {"title": "Hinder och stödbehov", "kind": "discussion", "minutes": 20}, {"title": "Nästa steg och nästa möte", "kind": "other", "minutes": 15},
        ],
        "attendance": [
            {"participant": "Anders Hallberg", "role": "moderator", "status": "attended"}, {"participant": "Elin Åkesson", "role": "coordinator", "status": "attended"},
            {"participant": "Åsa Lindqvist", "role": "participant", "status": "attended"}, {"participant": "Ewa Kowalska", "role": "participant", "status": "attended"},
            {"participant": "Per Östlund", "role": "participant", "status": "attended"}, {"participant": "Maria Öberg", "role": "participant", "status": "attended"},
            {"participant": "Nina Pettersson", "role": "participant", "status": "attended"}, {"participant": "Sofia Nilsson", "role": "participant", "status": "attended"},
            {"participant": "Jonas Bergström", "role": "participant", "status": "attended"}, {"participant": "Karin Ek", "role": "participant", "status": "absent"},
        ],
        "tables": [],
    },
    {
        "key": "assessment",
        "format": "self_assessment",
        "title": "Självskattning: var står Ekbacka?",
        "date": "2027-05-11", "start_time": "13:00", "end_time": "16:00",
        "place": "Stadshuset, sammanträdesrum Linden",
        "moderator": "Jonas Bergström",
        "coordinator": "Elin Åkesson",
        "purpose": "En intern utvärdering mot Integrating Cities riktlinjer för att främja kulturell mångfald, för fyra av de tretton temana. Vi bedömer om nyckelfaktorerna stämmer för Ekbacka, med belägg, och lägger en baslinje som vi kan jämföra med när bedömningen görs om 2029.",
        "frame_statement": "Bedömningen är kommunens egen och preliminär tills den har belägg. Det som saknas blir underlag för handlingsplanens mål.",
        "selection_reasons": "En intern utvärderingsgrupp med samordnaren, HR, kommunikation och kvalitet, och Integrationsrådet som intressent.",
        "food_served": False,
        "next_steps": "Bedömningar utan belägg kompletteras före juni. Luckorna förs in som mål i utkastet till handlingsplan.",
        "feedback_method": "Rapporten från självskattningen skickas till gruppen och till kommunstyrelsens arbetsutskott.",
        "series": "",
        "questions": [
            "Stämmer nyckelfaktorn för Ekbacka, delvis eller inte alls?",
            "Vilka belägg har vi för bedömningen, och vilka saknas?",
        ],
        "agenda": [
            {"title": "Välkommen och hur vi bedömer", "kind": "welcome", "minutes": 10},
            {"title": "Teman i grupper: vägledande frågor och belägg", "kind": "discussion", "minutes": 90},
            {"title": "Paus", "kind": "break", "minutes": 15},
            {"title": "Gemensam bedömning av nyckelfaktorerna", "kind": "plenary", "minutes": 50},
            {"title": "Nästa steg", "kind": "other", "minutes": 15},
        ],
        "attendance": [
            {"participant": "Elin Åkesson", "role": "coordinator", "status": "attended"},
            {"participant": "Åsa Lindqvist", "role": "participant", "status": "attended"},
            {"participant": "Nina Pettersson", "role": "participant", "status": "attended"},
            {"participant": "Jonas Bergström", "role": "moderator", "status": "attended"},
        ],
        "tables": [],
    },
]

# Theme titles used below (plain strings).
_REK = "Rekrytering och arbetsliv"
_BOST = "Bostäder och uthyrning"
_SKOLA = "Skolan och unga"
_STOD = "Anmälan och stöd vid diskriminering och hatbrott"
_INFO = "Information på flera språk och bemötande"
_TILLIT = "Förtroende, delaktighet och mötesplatser"
_WS_PROC = "Rekryteringsprocessen"
_WS_ANN = "Annonsering och kanaler"
_WS_KRAV = "Krav och kravprofiler"
_WS_SPRAK = "Språkkompetens som merit"
_WS_MAL = "Mål, ansvar och uppföljning"
_FG_UTH = "Uthyrningsregler och kö"
_FG_KUNSKAP = "Kunskap om diskriminering på bostadsmarknaden"

THEMES = [
    {"meeting": "cafe", "title": _REK, "description": "Rekryteringsrutiner, kravprofiler, praktik och vägar in i kommunen som arbetsgivare."},
    {"meeting": "cafe", "title": _BOST, "description": "Bostadskö, inkomstkrav, andrahandsmarknaden och privata hyresvärdar."},
    {"meeting": "cafe", "title": _SKOLA, "description": "Kränkningar i skolan, vuxnas ansvar att agera och ungas delaktighet."},
    {"meeting": "cafe", "title": _STOD, "description": "Att våga anmäla, var man får stöd och vad vittnen kan göra."},
    {"meeting": "cafe", "title": _INFO, "description": "Information på fler språk, tolk och bemötande i kommunens service."},
    {"meeting": "cafe", "title": _TILLIT, "description": "Återkoppling efter dialoger, föreningarnas roll och platser där invånare möts."},
    {"meeting": "ws1", "title": _WS_PROC, "description": "Vem som finns bland medarbetarna och hur urval och intervjuer går till."},
    {"meeting": "ws1", "title": _WS_ANN, "description": "Var lediga jobb syns och vilka som nås av annonserna."},
    {"meeting": "ws2", "title": _WS_KRAV, "description": "Utbildnings- och språkkrav, mångfaldskompetens och intervjufrågor."},
    {"meeting": "ws2", "title": _WS_SPRAK, "description": "Kunskaper i fler språk som en tillgång i verksamheten."},
    {"meeting": "ws3", "title": _WS_MAL, "description": "Mål, ansvariga kontaktpersoner, resurser och uppföljning för arbetsgruppens åtgärder."},
    {"meeting": "focus", "title": _FG_UTH, "description": "Ekbackahems kö och inkomstkrav samt samarbete med privata hyresvärdar."},
    {"meeting": "focus", "title": _FG_KUNSKAP, "description": "Hur kommunen kan få kunskap om hur vanlig diskriminering på bostadsmarknaden är."},
]

CONTRIBUTIONS = [
    # --- World Café, omgång 1: utmaningar ---
    {"meeting": "cafe", "round": 1, "table": "Ekbacken", "question": 0, "kind": "idea", "theme": _REK, "mitigations": [], "text": "Anonymiserad rekrytering i kommunen: ta bort namn, ålder och adress i det första urvalet."},
    {"meeting": "cafe", "round": 1, "table": "Ekbacken", "question": 0, "kind": "quote", "theme": _REK, "mitigations": [], "text": "”Jag har skickat fyrtio ansökningar och fått två intervjuer. Man börjar undra om det är namnet.”"},
    {"meeting": "cafe", "round": 1, "table": "Ekbacken", "question": 0, "kind": "note", "theme": _STOD, "mitigations": [], "text": "Många vet inte att man kan anmäla diskriminering till Diskrimineringsombudsmannen eller få kostnadsfri rådgivning hos antidiskrimineringsbyrån."},
    {"meeting": "cafe", "round": 1, "table": "Norrvik", "question": 0, "kind": "obstacle", "theme": _BOST, "mitigations": [], "text": "Bostadskön kräver fast anställning och inkomst tre gånger hyran, vilket i praktiken stänger ute nyanlända och unga med visstidsanställning."},
    {"meeting": "cafe", "round": 1, "table": "Norrvik", "question": 0, "kind": "quote", "theme": _BOST, "mitigations": [], "text": "”När jag ringer om en lägenhet är den alltid redan uthyrd.”"},
    {"meeting": "cafe", "round": 1, "table": "Norrvik", "question": 0, "kind": "idea", "theme": _BOST, "mitigations": [], "text": "Ekbackahem och hyresgästföreningen borde tillsammans se över uthyrningsreglerna."},
    {"meeting": "cafe", "round": 1, "table": "Ängsgården", "question": 0, "kind": "note", "theme": _SKOLA, "mitigations": [], "text": "Unga berättar om kommentarer om namn, hudfärg och religion i skolan som vuxna inte reagerar på."},
    {"meeting": "cafe", "round": 1, "table": "Ängsgården", "question": 0, "kind": "idea", "theme": _SKOLA, "mitigations": [], "text": "All skolpersonal behöver kunna känna igen rasistiska kränkningar och veta hur de ska anmälas till rektor och huvudman."},
    {"meeting": "cafe", "round": 1, "table": "Östertorp", "question": 0, "kind": "note", "theme": _STOD, "mitigations": [], "text": "Hatbrott anmäls sällan. Många tror inte att en anmälan leder någonstans."},
    {"meeting": "cafe", "round": 1, "table": "Östertorp", "question": 0, "kind": "idea", "theme": _STOD, "mitigations": [], "text": "Ett enkelt sätt att rapportera händelser till kommunen, även anonymt, så att vi får en bild av läget i Ekbacka."},
    {"meeting": "cafe", "round": 1, "table": "Åbyn", "question": 0, "kind": "note", "theme": _INFO, "mitigations": [], "text": "Kommunens information finns mest på svenska och på webben; äldre och nyanlända missar den."},
    {"meeting": "cafe", "round": 1, "table": "Åbyn", "question": 0, "kind": "question", "theme": _INFO, "mitigations": [], "text": "Vart vänder man sig om man blir illa bemött i kommunens kundtjänst?"},
    {"meeting": "cafe", "round": 1, "table": "Stationsbacken", "question": 0, "kind": "note", "theme": _TILLIT, "mitigations": [], "text": "Det saknas mötesplatser där människor från olika delar av Ekbacka träffas på lika villkor."},
    {"meeting": "cafe", "round": 1, "table": "Stationsbacken", "question": 0, "kind": "risk", "theme": _TILLIT, "mitigations": ["Skicka minnesanteckningar till alla deltagare inom tre veckor", "Visa i handlingsplanen vilka åtgärder som kommer från World Caféet", "Bjud in till ett återkopplingsmöte i höst"], "text": "Risk att det här blir ännu ett möte där ingenting händer efteråt."},
    # --- World Café, omgång 2: erfarenheter av tillgång och delaktighet ---
    {"meeting": "cafe", "round": 2, "table": "Ekbacken", "question": 1, "kind": "note", "theme": _REK, "mitigations": [], "text": "Sommarjobb och praktikplatser i kommunen går ofta till den som redan har kontakter."},
    {"meeting": "cafe", "round": 2, "table": "Ekbacken", "question": 1, "kind": "idea", "theme": _REK, "mitigations": [], "text": "Skicka kommunens lediga jobb till föreningar och studieförbund, inte bara till Platsbanken."},
    {"meeting": "cafe", "round": 2, "table": "Norrvik", "question": 1, "kind": "obstacle", "theme": _BOST, "mitigations": [], "text": "Kommunen har små möjligheter att påverka privata hyresvärdar, som inte omfattas av kommunens riktlinjer."},
    {"meeting": "cafe", "round": 2, "table": "Norrvik", "question": 1, "kind": "note", "theme": _BOST, "mitigations": [], "text": "Andrahandskontrakt utan insyn gör att många betalar för mycket och inte vågar klaga."},
    {"meeting": "cafe", "round": 2, "table": "Ängsgården", "question": 1, "kind": "note", "theme": _SKOLA, "mitigations": [], "text": "Föräldrar som inte talar svenska får inte alltid tolk vid utvecklingssamtal."},
    {"meeting": "cafe", "round": 2, "table": "Ängsgården", "question": 1, "kind": "quote", "theme": _SKOLA, "mitigations": [], "text": "”Min son fick höra av en lärare att han inte skulle satsa på ett högskoleförberedande program.”"},
    {"meeting": "cafe", "round": 2, "table": "Östertorp", "question": 1, "kind": "note", "theme": _STOD, "mitigations": [], "text": "Stödet till den som utsatts finns, men är utspritt mellan socialtjänsten, polisen och föreningar."},
    {"meeting": "cafe", "round": 2, "table": "Östertorp", "question": 1, "kind": "idea", "theme": _STOD, "mitigations": [], "text": "En gemensam mottagning en kväll i veckan där socialtjänsten och antidiskrimineringsbyrån finns på samma ställe."},
    {"meeting": "cafe", "round": 2, "table": "Åbyn", "question": 1, "kind": "idea", "theme": _INFO, "mitigations": [], "text": "Korta filmer på de vanligaste språken i Ekbacka om hur man söker bostad, jobb och förskoleplats."},
    {"meeting": "cafe", "round": 2, "table": "Åbyn", "question": 1, "kind": "obstacle", "theme": _INFO, "mitigations": [], "text": "Personalen i kundtjänst vet inte alltid hur man bokar tolk, och för vissa språk är väntetiden lång."},
    {"meeting": "cafe", "round": 2, "table": "Stationsbacken", "question": 1, "kind": "quote", "theme": _TILLIT, "mitigations": [], "text": "”Föreningarna bjuds in när kommunen behöver oss, men sedan hör vi aldrig av er.”"},
    {"meeting": "cafe", "round": 2, "table": "Stationsbacken", "question": 1, "kind": "idea", "theme": _TILLIT, "mitigations": [], "text": "Biblioteken kan bli mötesplatser med språkcaféer och läxhjälp, där kommunens vägledare också finns på plats."},
    # --- World Café, omgång 3: hur hanterar vi hindren? ---
    {"meeting": "cafe", "round": 3, "table": "Ekbacken", "question": 2, "kind": "idea", "theme": _REK, "mitigations": [], "text": "Gå igenom kravprofilerna: behövs verkligen svensk gymnasieexamen och flytande svenska i alla tjänster?"},
    {"meeting": "cafe", "round": 3, "table": "Ekbacken", "question": 2, "kind": "risk", "theme": _REK, "mitigations": ["Pröva först i två förvaltningar och utvärdera", "Låt chefer som provat berätta för andra chefer"], "text": "Chefer kan uppleva anonymiserad rekrytering som krånglig och som att deras omdöme ifrågasätts."},
    {"meeting": "cafe", "round": 3, "table": "Ekbacken", "question": 2, "kind": "idea", "theme": _REK, "mitigations": [], "text": "Ställ krav på likabehandling hos de företag som får uppdrag av kommunen."},
    {"meeting": "cafe", "round": 3, "table": "Norrvik", "question": 2, "kind": "idea", "theme": _BOST, "mitigations": [], "text": "Genomför situationstester på bostadsmarknaden tillsammans med antidiskrimineringsbyrån."},
    {"meeting": "cafe", "round": 3, "table": "Norrvik", "question": 2, "kind": "risk", "theme": _BOST, "mitigations": ["Redovisa resultaten på övergripande nivå, inte per hyresvärd", "Bjud in fastighetsägarna till samtal om resultaten innan de publiceras"], "text": "Fastighetsägare kan uppleva situationstester som att de hängs ut."},
    {"meeting": "cafe", "round": 3, "table": "Ängsgården", "question": 2, "kind": "idea", "theme": _SKOLA, "mitigations": [], "text": "Låt elevråden och ungdomsrådet vara med och ta fram skolornas planer mot kränkande behandling."},
    {"meeting": "cafe", "round": 3, "table": "Ängsgården", "question": 2, "kind": "idea", "theme": _SKOLA, "mitigations": [], "text": "Temadagar om mänskliga rättigheter där också föräldrar bjuds in."},
    {"meeting": "cafe", "round": 3, "table": "Östertorp", "question": 2, "kind": "idea", "theme": _STOD, "mitigations": [], "text": "Utbilda personal som möter invånare i hur man tar emot någon som berättar att den utsatts."},
    {"meeting": "cafe", "round": 3, "table": "Östertorp", "question": 2, "kind": "idea", "theme": _STOD, "mitigations": [], "text": "Sammanställ varje år statistik över anmälda hatbrott och diskrimineringsärenden i Ekbacka och redovisa den öppet."},
    {"meeting": "cafe", "round": 3, "table": "Östertorp", "question": 2, "kind": "idea", "theme": _STOD, "mitigations": [], "text": "En kampanj som visar vad man kan göra som vittne: säga ifrån, stötta den som utsätts och anmäla."},
    {"meeting": "cafe", "round": 3, "table": "Åbyn", "question": 2, "kind": "idea", "theme": _INFO, "mitigations": [], "text": "Samhällsvägledare på plats i Norrvik och Östertorp några dagar i veckan, som kan hjälpa på flera språk."},
    {"meeting": "cafe", "round": 3, "table": "Åbyn", "question": 2, "kind": "idea", "theme": _INFO, "mitigations": [], "text": "Information om hur man anmäler hatbrott på flera språk, tillsammans med polisen."},
    {"meeting": "cafe", "round": 3, "table": "Stationsbacken", "question": 2, "kind": "idea", "theme": _TILLIT, "mitigations": [], "text": "Återkoppla till alla som deltagit om vad som hänt med förslagen, på webben och vid ett möte i höst."},
    {"meeting": "cafe", "round": 3, "table": "Stationsbacken", "question": 2, "kind": "idea", "theme": _TILLIT, "mitigations": [], "text": "Enklare ansökan om bidrag för föreningarnas egna kulturarrangemang."},
    {"meeting": "cafe", "round": 3, "table": "Stationsbacken", "question": 2, "kind": "question", "theme": _TILLIT, "mitigations": [], "text": "Hur ska vi veta om handlingsplanen gör skillnad om ingen mäter något?"},
    # --- Arbetsgrupp HR och rekrytering, träff 1 ---
    {"meeting": "ws1", "round": None, "table": None, "question": 0, "kind": "quote", "theme": _WS_PROC, "mitigations": [], "text": "”Vi anställer den som är bäst – vi ser inte bakgrund.”"},
    {"meeting": "ws1", "round": None, "table": None, "question": 0, "kind": "risk", "theme": _WS_PROC, "mitigations": ["Visa konkreta exempel på oavsiktlig utestängning i tester, annonskanaler och intervjuer", "Utgå från kommunens egen statistik över sökande och anställda"], "text": "Samtalet kan fastna i att förvaltningen redan är neutral och att det inte finns några problem."},
    {"meeting": "ws1", "round": None, "table": None, "question": 1, "kind": "note", "theme": _WS_PROC, "mitigations": [], "text": "Enligt SCB:s registerstatistik är 16 % av kommunens medarbetare födda utomlands, jämfört med 24 % av invånarna i arbetsför ålder. Skillnaden är störst bland chefer."},
    {"meeting": "ws1", "round": None, "table": None, "question": 1, "kind": "idea", "theme": _WS_PROC, "mitigations": [], "text": "Minst två personer i varje intervjupanel, varav en utbildad i kompetensbaserad rekrytering."},
    {"meeting": "ws1", "round": None, "table": None, "question": 2, "kind": "obstacle", "theme": _WS_ANN, "mitigations": [], "text": "Lediga jobb annonseras nästan bara på kommunens webbplats och i Platsbanken; föreningarnas nätverk används inte."},
    {"meeting": "ws1", "round": None, "table": None, "question": 2, "kind": "idea", "theme": _WS_ANN, "mitigations": [], "text": "Skicka lediga jobb till föreningar, studieförbund och Integrationsrådet via en e-postlista."},
    # --- träff 2 ---
    {"meeting": "ws2", "round": None, "table": None, "question": 0, "kind": "obstacle", "theme": _WS_KRAV, "mitigations": [], "text": "Många annonser kräver ”mycket goda kunskaper i svenska i tal och skrift” även där arbetet främst är praktiskt."},
    {"meeting": "ws2", "round": None, "table": None, "question": 0, "kind": "idea", "theme": _WS_KRAV, "mitigations": [], "text": "En mall för kravprofil där chefen motiverar varje krav på utbildning och språknivå."},
    {"meeting": "ws2", "round": None, "table": None, "question": 1, "kind": "idea", "theme": _WS_SPRAK, "mitigations": [], "text": "Skriv in kunskaper i fler språk som merit i annonser för kundtjänst, socialtjänst och förskola."},
    {"meeting": "ws2", "round": None, "table": None, "question": 1, "kind": "question", "theme": _WS_SPRAK, "mitigations": [], "text": "Kan språkkunskaper som används i arbetet ge lönetillägg, och hur ser facket på det?"},
    {"meeting": "ws2", "round": None, "table": None, "question": 2, "kind": "risk", "theme": _WS_KRAV, "mitigations": ["Definiera begreppet tillsammans med HR och Vision", "Ta med en konkret intervjufråga om bemötande i intervjumallen"], "text": "Risk att ”mångfaldskompetens” blir ett tomt ord i annonserna."},
    {"meeting": "ws2", "round": None, "table": None, "question": 2, "kind": "idea", "theme": _WS_KRAV, "mitigations": [], "text": "En intervjufråga om bemötande av invånare med olika bakgrund i alla rekryteringar."},
    # --- träff 3 ---
    {"meeting": "ws3", "round": None, "table": None, "question": 0, "kind": "idea", "theme": _WS_MAL, "mitigations": [], "text": "Pilot med anonymiserat första urval i Socialförvaltningen och Kultur- och fritidsförvaltningen hösten 2027."},
    {"meeting": "ws3", "round": None, "table": None, "question": 0, "kind": "idea", "theme": _WS_MAL, "mitigations": [], "text": "Mål: andelen utrikes födda medarbetare ska närma sig befolkningens sammansättning – en målsättning, inte en kvot."},
    {"meeting": "ws3", "round": None, "table": None, "question": 1, "kind": "note", "theme": _WS_MAL, "mitigations": [], "text": "Uppföljningen ska visa vägen mot målet för hela kommunen och inte jämföra förvaltningar med varandra."},
    {"meeting": "ws3", "round": None, "table": None, "question": 1, "kind": "risk", "theme": _WS_MAL, "mitigations": ["Börja med åtgärder som ryms i befintliga resurser", "Ta upp resursbehovet i budgetdialogen inför 2028"], "text": "Budgeten för 2027 är redan lagd och en del åtgärder saknar finansiering."},
    {"meeting": "ws3", "round": None, "table": None, "question": 1, "kind": "obstacle", "theme": _WS_MAL, "mitigations": [], "text": "Personalsystemet kan inte ta fram statistik över sökande utan manuellt arbete."},
    # --- Fokusgrupp bostäder ---
    {"meeting": "focus", "round": None, "table": None, "question": 0, "kind": "note", "theme": _FG_UTH, "mitigations": [], "text": "Ekbackahems kö är öppen för alla, men inkomstkravet slår hårt mot hushåll med visstidsanställning eller studiemedel."},
    {"meeting": "focus", "round": None, "table": None, "question": 0, "kind": "obstacle", "theme": _FG_KUNSKAP, "mitigations": [], "text": "Ingen vet hur vanlig diskriminering på bostadsmarknaden är i Ekbacka; det finns bara enskilda berättelser."},
    {"meeting": "focus", "round": None, "table": None, "question": 1, "kind": "idea", "theme": _FG_UTH, "mitigations": [], "text": "Ekbackahem godtar fler inkomstslag och sänker inkomstkravet till två gånger hyran, som flera allmännyttiga bolag redan gjort."},
    {"meeting": "focus", "round": None, "table": None, "question": 1, "kind": "idea", "theme": _FG_UTH, "mitigations": [], "text": "En permanent samrådsgrupp för bostadsfrågor med Ekbackahem, hyresgästföreningen, privata fastighetsägare och antidiskrimineringsbyrån."},
    {"meeting": "focus", "round": None, "table": None, "question": 2, "kind": "idea", "theme": _FG_KUNSKAP, "mitigations": [], "text": "Situationstester vartannat år, utförda av antidiskrimineringsbyrån, så att resultaten kan jämföras över tid."},
    {"meeting": "focus", "round": None, "table": None, "question": 2, "kind": "risk", "theme": _FG_UTH, "mitigations": ["Börja med de hyresvärdar som är positiva", "Fråga: vad skulle ni kunna göra, och hur kan vi samarbeta?"], "text": "Privata hyresvärdar kanske inte vill delta i samrådsgruppen."},
]

VOTES = [
    {"meeting": "cafe", "theme": _REK, "contribution_text_prefix": None, "dots": 14},
    {"meeting": "cafe", "theme": _BOST, "contribution_text_prefix": None, "dots": 12},
    {"meeting": "cafe", "theme": _STOD, "contribution_text_prefix": None, "dots": 11},
    {"meeting": "cafe", "theme": _SKOLA, "contribution_text_prefix": None, "dots": 8},
    {"meeting": "cafe", "theme": _INFO, "contribution_text_prefix": None, "dots": 7},
    {"meeting": "cafe", "theme": _TILLIT, "contribution_text_prefix": None, "dots": 6},
    {"meeting": "cafe", "theme": None, "contribution_text_prefix": "En gemensam mottagning", "dots": 9},
    {"meeting": "cafe", "theme": None, "contribution_text_prefix": "Anonymiserad rekrytering", "dots": 8},
    {"meeting": "cafe", "theme": None, "contribution_text_prefix": "Genomför situationstester", "dots": 7},
    {"meeting": "cafe", "theme": None, "contribution_text_prefix": "Återkoppla till alla", "dots": 6},
    {"meeting": "ws3", "theme": None, "contribution_text_prefix": "Pilot med anonymiserat", "dots": 8},
    {"meeting": "ws3", "theme": None, "contribution_text_prefix": "Mål: andelen", "dots": 5},
]

HARVEST = [
    {"meeting": "cafe", "table": "Ekbacken", "kind": "main_point", "text": "Kommunen behöver se över sina egna rekryteringsrutiner – kravprofiler och anonymiserat urval – innan den ställer krav på andra."},
    {"meeting": "cafe", "table": "Norrvik", "kind": "main_point", "text": "Inkomstkraven i bostadskön är det största hindret. Ekbackahem och hyresgästföreningen bör ses tillsammans."},
    {"meeting": "cafe", "table": "Norrvik", "kind": "main_point", "text": "Situationstester behövs för att veta hur det ser ut, men resultaten ska inte hänga ut enskilda hyresvärdar."},
    {"meeting": "cafe", "table": "Ängsgården", "kind": "main_point", "text": "Unga ska vara med och ta fram skolornas arbete mot kränkningar, och vuxna måste agera när något händer."},
    {"meeting": "cafe", "table": "Östertorp", "kind": "main_point", "text": "Stödet finns men är splittrat – det behövs en gemensam väg in för den som utsatts."},
    {"meeting": "cafe", "table": "Östertorp", "kind": "main_point", "text": "Statistik över hatbrott och diskriminering bör redovisas öppet varje år."},
    {"meeting": "cafe", "table": "Åbyn", "kind": "main_point", "text": "Information på flera språk räcker inte; det behövs människor att prata med, till exempel samhällsvägledare."},
    {"meeting": "cafe", "table": "Stationsbacken", "kind": "main_point", "text": "Förtroendet hänger på återkopplingen: berätta vad som hände med förslagen."},
    {"meeting": "cafe", "table": None, "kind": "decision", "text": "Samordnaren skickar minnesanteckningarna till alla deltagare senast den 25 februari."},
    {"meeting": "cafe", "table": None, "kind": "decision", "text": "Förslagen om rekrytering lämnas till Arbetsgrupp HR och rekrytering och förslagen om bostäder till en fokusgrupp i april."},
    {"meeting": "cafe", "table": None, "kind": "decision", "text": "Ett återkopplingsmöte för alla deltagare hålls i oktober 2027."},
    {"meeting": "ws3", "table": None, "kind": "main_point", "text": "Gruppen står bakom fyra åtgärder: kravprofiler, annonsering via föreningar, pilot med anonymiserat urval och uppföljning av mångfalden bland medarbetarna."},
    {"meeting": "ws3", "table": None, "kind": "decision", "text": "Annonsering via föreningar och studieförbund startar direkt som en snabb åtgärd, beslutad av HR-chefen."},
    {"meeting": "focus", "table": None, "kind": "decision", "text": "Samordnaren undersöker med Ekbackahem och Företagarföreningen om en permanent samrådsgrupp för bostadsfrågor kan bildas."},
    {"meeting": "committee", "table": None, "kind": "main_point", "text": "Av femton beslutade åtgärder är en klar och tio pågår. Tre har passerat sin deadline och behöver stöd."},
    {"meeting": "committee", "table": None, "kind": "decision", "text": "Kommittén föreslår en ny tidsplan för situationstesterna, klart senast 15 december; beslut vid oktobermötet."},
    {"meeting": "committee", "table": None, "kind": "decision", "text": "Kommunledningskontoret hjälper Socialförvaltningen att hitta en lokal för den gemensamma mottagningen."},
]

_KF = "Antagen av kommunfullmäktige som del av handlingsplanen."

MEASURES = [
    {
        "title": "Kampanjen ”Säg ifrån” om vad vittnen kan göra",
        "description": "Informationskampanj i kollektivtrafiken, skolor, idrottsföreningar och sociala medier om vad man kan göra som vittne till rasism och diskriminering: säga ifrån, stötta den som utsätts och anmäla. Tas fram tillsammans med Antidiskrimineringsbyrån Mitt och föreningslivet.",
        "goal": "Fler invånare vet hur de kan agera när de ser eller hör rasism och diskriminering.",
        "owner": "Thomas Wikström", "department": "Kultur- och fritidsförvaltningen", "due_date": "2028-03-31", "time_frame": "2027–2028",
        "completion_criterion": "Kampanjen har genomförts i minst fyra kanaler och utvärderats.", "indicators": "Andel svarande i medborgarundersökningen som vet var man får stöd eller kan anmäla; antal föreningar som deltar.",
        "baseline": "Mäts i medborgarundersökningen hösten 2027.", "target": "Minst 60 % av de svarande vet var man får stöd (2029).", "result": "",
        "resources": "150 000 kr ur kultur- och fritidsnämndens budget 2028; arbetstid kommunikatör.", "follow_up_method": "Fråga i medborgarundersökningen 2027 och 2029; rapport till genomförandekommittén.",
        "eccar_point": 1, "track": 2, "aimed_at": "both", "is_new": True, "term": "long", "origin_meeting": "cafe",
        "target_groups": "Befolkningen i stort, särskilt vittnen; unga i idrottsföreningar; kommunens medarbetare",
        "status_history": [{"status": "proposed", "date": "2027-02-04", "note": "Förslag från World Café, bord Östertorp."},
                           {"status": "decided", "date": "2027-06-14", "note": _KF}],
        "sources": [{"meeting": "cafe", "contribution_text_prefix": "En kampanj som visar vad man kan göra"}, {"meeting": "cafe", "theme": _STOD}],
    },
    {
        "title": "Årlig lägesbild över diskriminering och hatbrott i Ekbacka",
        "description": "Kommunledningskontoret sammanställer varje år statistik från polisen (anmälda hatbrott), Antidiskrimineringsbyrån Mitt (ärenden), skolornas anmälningar om kränkande behandling och kommunens synpunktshantering. Lägesbilden redovisas öppet och används i uppföljningen av handlingsplanen.",
        "goal": "Kommunen har ett gemensamt kunskapsunderlag om rasism och diskriminering i Ekbacka som kan följas över tid.",
        "owner": "Jonas Bergström", "department": "Kommunledningskontoret", "due_date": "", "time_frame": "2027–2029, årligen i mars",
        "completion_criterion": "Den första lägesbilden är publicerad och presenterad för kommunstyrelsen; därefter varje år.", "indicators": "Antal anmälda hatbrott; antal ärenden hos antidiskrimineringsbyrån; antal anmälningar om kränkande behandling med rasistiska inslag.",
        "baseline": "Saknas – lägesbilden i mars 2028 blir utgångsläge.", "target": "Lägesbild publicerad varje år 2028–2030.", "result": "",
        "resources": "Cirka 10 % av en utredartjänst; ingen extra budget.", "follow_up_method": "Presenteras för kommunstyrelsen och genomförandekommittén varje vår.",
        "eccar_point": 2, "track": 4, "aimed_at": "own_organisation", "is_new": True, "term": "long", "origin_meeting": "cafe",
        "target_groups": "Politiker och förvaltningar; befolkningen i stort genom öppen redovisning",
        "status_history": [{"status": "proposed", "date": "2027-02-04", "note": "Förslag från World Café, bord Östertorp."},
                           {"status": "decided", "date": "2027-06-14", "note": _KF},
                           {"status": "ongoing", "date": "2027-09-14", "note": "Datadelning med lokalpolisområdet är överenskommen."}],
        "sources": [{"meeting": "cafe", "contribution_text_prefix": "Sammanställ varje år statistik"}, {"meeting": "cafe", "contribution_text_prefix": "Hur ska vi veta om handlingsplanen"}],
    },
    {
        "title": "Gemensam mottagning för stöd vid diskriminering",
        "description": "En kväll i veckan finns socialtjänstens stödsamordnare och en rådgivare från Antidiskrimineringsbyrån Mitt på Norrviks bibliotek. Den som utsatts, eller sett någon utsättas, kan få råd, stöd och hjälp att anmäla. Tolk bokas vid behov.",
        "goal": "Den som utsatts för diskriminering har en enkel och känd väg in till stöd.",
        "owner": "Ewa Kowalska", "department": "Socialförvaltningen", "due_date": "2027-08-31", "time_frame": "Start hösten 2027, permanent från 2028",
        "completion_criterion": "Mottagningen har varit öppen varje vecka i sex månader och utvärderats tillsammans med besökare.", "indicators": "Antal besök; antal ärenden som går vidare till anmälan eller stöd; besökarnas omdöme.",
        "baseline": "Ingen gemensam mottagning finns.", "target": "En kväll per vecka; minst 100 besök första året.", "result": "",
        "resources": "Fyra timmar i veckan från socialtjänsten; avtal med Antidiskrimineringsbyrån Mitt, 120 000 kr per år.", "follow_up_method": "Kvartalsrapport till genomförandekommittén; utvärdering med besökare efter sex månader.",
        "eccar_point": 3, "track": 1, "aimed_at": "own_organisation", "is_new": True, "term": "long", "origin_meeting": "cafe",
        "target_groups": "Personer som utsatts för diskriminering, anhöriga och vittnen",
        "status_history": [{"status": "proposed", "date": "2027-02-04", "note": "Förslag från World Café, bord Östertorp; flest prickar i omröstningen."},
                           {"status": "decided", "date": "2027-06-14", "note": _KF + " Lokal saknas ännu."}],
        "sources": [{"meeting": "cafe", "contribution_text_prefix": "En gemensam mottagning"}, {"meeting": "cafe", "theme": _STOD}],
    },
    {
        "title": "Utbildning i att ta emot den som utsatts",
        "description": "Halvdagsutbildning för medarbetare i socialtjänstens mottagning, kommunens kundtjänst och fritidsgårdarna: hur man bemöter den som berättar om diskriminering eller hatbrott, vilka stödvägar som finns och vad man själv kan göra som vittne. Genomförs av Antidiskrimineringsbyrån Mitt.",
        "goal": "Medarbetare som möter invånare vet hur de tar emot berättelser om diskriminering och vart de hänvisar.",
        "owner": "Ahmed Yusuf", "department": "Socialförvaltningen", "due_date": "2028-06-30", "time_frame": "2027–2028",
        "completion_criterion": "Alla medarbetare i de tre verksamheterna har gått utbildningen och en uppföljning efter 3–4 månader är gjord.", "indicators": "Andel utbildade medarbetare; självskattad trygghet i att hantera situationen före och efter.",
        "baseline": "0 av cirka 140 medarbetare.", "target": "Alla medarbetare i de tre verksamheterna.", "result": "35 utbildade (september 2027).",
        "resources": "90 000 kr för utbildare; en halvdag per medarbetare.", "follow_up_method": "Enkät före och 3–4 månader efter utbildningen; rapport till genomförandekommittén.",
        "eccar_point": 3, "track": 2, "aimed_at": "own_organisation", "is_new": True, "term": "short", "origin_meeting": "cafe",
        "target_groups": "Medarbetare i mottagning, kundtjänst och fritidsgårdar; indirekt personer som utsatts och vittnen",
        "status_history": [{"status": "proposed", "date": "2027-02-04", "note": "Förslag från World Café, bord Östertorp."},
                           {"status": "decided", "date": "2027-06-14", "note": _KF},
                           {"status": "ongoing", "date": "2027-09-01", "note": "Två utbildningstillfällen genomförda."}],
        "sources": [{"meeting": "cafe", "contribution_text_prefix": "Utbilda personal som möter invånare"}],
    },
    {
        "title": "Samhällsvägledning på flera språk i Norrvik och Östertorp",
        "description": "Samhällsvägledare finns på biblioteken i Norrvik och Östertorp två dagar i veckan och hjälper invånare i kontakter med kommunen och andra myndigheter. Korta filmer på de vanligaste språken förklarar hur man söker bostad, arbete och förskoleplats.",
        "goal": "Fler invånare får information och vägledning på ett språk de förstår.",
        "owner": "Nina Pettersson", "department": "Arbetsmarknadsförvaltningen", "due_date": "2028-01-31", "time_frame": "2027–2029",
        "completion_criterion": "Vägledningen är öppen två dagar i veckan på båda platserna och fem filmer är publicerade.", "indicators": "Antal besök per månad; antal språk som vägledningen ges på; visningar av filmerna.",
        "baseline": "Vägledning en dag i veckan i centrum (befintlig verksamhet).", "target": "Två dagar i veckan på två nya platser; filmer på minst fem språk.", "result": "",
        "resources": "Befintlig tjänst som samhällsvägledare och ytterligare en halvtid från 2028; 60 000 kr för filmer.", "follow_up_method": "Besöksstatistik varje kvartal; återkoppling från besökare via Integrationsrådet.",
        "eccar_point": 4, "track": 1, "aimed_at": "own_organisation", "is_new": False, "term": "long", "origin_meeting": "cafe",
        "target_groups": "Invånare som inte har svenska som förstaspråk, äldre och nyanlända",
        "status_history": [{"status": "proposed", "date": "2027-02-04", "note": "Förslag från World Café, bord Åbyn."},
                           {"status": "decided", "date": "2027-06-14", "note": _KF},
                           {"status": "ongoing", "date": "2027-08-16", "note": "Vägledningen i Norrvik har startat."}],
        "sources": [{"meeting": "cafe", "contribution_text_prefix": "Samhällsvägledare på plats"}, {"meeting": "cafe", "contribution_text_prefix": "Korta filmer på de vanligaste språken"}],
    },
    {
        "title": "Återkoppling till dem som deltagit i dialogen",
        "description": "Alla som deltagit i World Caféet, arbetsgruppen och fokusgruppen får veta vad som hänt med förslagen: minnesanteckningar, en resultatsida på webben och ett återkopplingsmöte i oktober 2027 och därefter en gång om året.",
        "goal": "Deltagarna kan se vad som blev av det de sa, och förtroendet för kommunens dialoger ökar.",
        "owner": "Sofia Nilsson", "department": "Kommunledningskontoret", "due_date": "2027-10-31", "time_frame": "2027–2029, årligen",
        "completion_criterion": "Återkopplingsmötet i oktober 2027 är genomfört och resultatsidan visar aktuell status för alla åtgärder.", "indicators": "Antal deltagare på återkopplingsmötet; andel åtgärder med aktuell status på resultatsidan.",
        "baseline": "Kommunen har ingen rutin för återkoppling efter dialoger.", "target": "Alla åtgärder har aktuell status; återkopplingsmöte varje år.", "result": "",
        "resources": "Arbetstid kommunikatör; lokal och fika 15 000 kr per år.", "follow_up_method": "Genomförandekommittén stämmer av inför varje återkopplingsmöte.",
        "eccar_point": 4, "track": 1, "aimed_at": "own_organisation", "is_new": True, "term": "short", "origin_meeting": "cafe",
        "target_groups": "Deltagare i dialogerna, föreningar och invånare",
        "status_history": [{"status": "proposed", "date": "2027-02-04", "note": "Förslag från World Café, bord Stationsbacken."},
                           {"status": "decided", "date": "2027-06-14", "note": _KF},
                           {"status": "ongoing", "date": "2027-09-14", "note": "Inbjudan till återkopplingsmötet den 21 oktober är skickad."}],
        "sources": [{"meeting": "cafe", "contribution_text_prefix": "Återkoppla till alla som deltagit"}, {"meeting": "cafe", "contribution_text_prefix": "Risk att det här blir"}, {"meeting": "cafe", "theme": _TILLIT}],
    },
    {
        "title": "Krav på likabehandling i kommunens upphandlingar",
        "description": "Utreda hur krav på likabehandling och icke-diskriminering kan ställas i upphandlade avtal, till exempel inom bemanning, fastighetsservice och kollektivtrafik, och hur kraven följs upp. Kräver fortsatta förhandlingar på politisk nivå.",
        "goal": "Företag som utför uppdrag åt kommunen följer samma krav på likabehandling som kommunen själv.",
        "owner": "Anders Hallberg", "department": "Kommunledningskontoret", "due_date": "", "time_frame": "2028",
        "completion_criterion": "Kommunstyrelsen har tagit ställning till förslag till villkor i upphandlingspolicyn.", "indicators": "Antal avtal med villkor om likabehandling; antal uppföljda avtal.",
        "baseline": "Inga avtal har sådana villkor.", "target": "Villkor i alla nya avtal inom utvalda områden från 2029.", "result": "",
        "resources": "Arbetstid upphandlingsenheten; juridiskt stöd.", "follow_up_method": "Avtalsuppföljning enligt upphandlingsenhetens rutin; redovisas i den årliga lägesbilden.",
        "eccar_point": 5, "track": 3, "aimed_at": "private_sector", "is_new": True, "term": "long", "origin_meeting": "cafe",
        "target_groups": "Leverantörer och deras anställda; invånare som möter leverantörerna",
        "status_history": [{"status": "proposed", "date": "2027-02-04", "note": "Förslag från World Café, bord Ekbacken."},
                           {"status": "proposed", "date": "2027-06-14", "note": "Kom inte med i den antagna planen; utreds inför revisionen 2028."}],
        "sources": [{"meeting": "cafe", "contribution_text_prefix": "Ställ krav på likabehandling"}],
    },
    {
        "title": "Lediga jobb sprids via föreningar och studieförbund",
        "description": "HR-avdelningen skickar varje vecka kommunens lediga jobb till en e-postlista med föreningar, studieförbund, Integrationsrådet och Arbetsmarknadsförvaltningens vägledare, som sprider dem i sina nätverk.",
        "goal": "Kommunens lediga jobb når fler än dem som redan söker via Platsbanken.",
        "owner": "Lena Holmberg", "department": "HR-avdelningen, kommunledningskontoret", "due_date": "2027-08-31", "time_frame": "2027",
        "completion_criterion": "E-postlistan är i drift med minst 15 organisationer och rutinen står i rekryteringshandboken.", "indicators": "Antal mottagande organisationer; andel sökande som hittat annonsen via en förening.",
        "baseline": "0 organisationer.", "target": "Minst 15 organisationer.", "result": "18 organisationer; 6 % av de sökande i augusti hittade annonsen via en förening.",
        "resources": "Arbetstid HR, cirka en timme i veckan.", "follow_up_method": "Fråga om annonskälla i rekryteringssystemet; redovisas två gånger om året.",
        "eccar_point": 6, "track": 1, "aimed_at": "own_organisation", "is_new": True, "term": "short", "origin_meeting": "ws1",
        "target_groups": "Arbetssökande, föreningar och deras medlemmar",
        "status_history": [{"status": "proposed", "date": "2027-02-23", "note": "Förslag från arbetsgruppens första träff."},
                           {"status": "decided", "date": "2027-04-06", "note": "Beslutad av HR-chefen som snabb åtgärd vid träff 3."},
                           {"status": "ongoing", "date": "2027-04-20", "note": "E-postlistan startad med 11 organisationer."},
                           {"status": "done", "date": "2027-08-20", "note": "Klar: 18 organisationer; rutinen står i rekryteringshandboken."}],
        "sources": [{"meeting": "ws1", "contribution_text_prefix": "Skicka lediga jobb till föreningar"}, {"meeting": "cafe", "contribution_text_prefix": "Skicka kommunens lediga jobb"}],
    },
    {
        "title": "Kravprofiler utan onödiga krav",
        "description": "En ny mall för kravprofil där chefen motiverar varje krav på utbildning och språknivå. Utländsk utbildning bedöms likvärdigt med svensk när den motsvarar kravet, och kunskaper i fler språk skrivs in som merit där det gynnar verksamheten. Mallen blir obligatorisk i alla rekryteringar.",
        "goal": "Kraven i kommunens annonser speglar verksamhetens verkliga behov.",
        "owner": "Åsa Lindqvist", "department": "HR-avdelningen, kommunledningskontoret", "due_date": "2027-12-31", "time_frame": "2027",
        "completion_criterion": "Mallen är beslutad av personalchefsgruppen, finns i rekryteringssystemet och alla chefer har fått en introduktion.", "indicators": "Andel annonser som använder mallen; andel annonser med krav på svensk gymnasieexamen.",
        "baseline": "Stickprov våren 2027: 42 % av annonserna krävde svensk gymnasieexamen.", "target": "Högst 15 %, och bara där kravet är motiverat.", "result": "",
        "resources": "Arbetstid HR; anpassning av rekryteringssystemet 40 000 kr.", "follow_up_method": "Stickprov på 50 annonser två gånger om året, redovisas för personalchefsgruppen.",
        "eccar_point": 6, "track": 3, "aimed_at": "own_organisation", "is_new": True, "term": "short", "origin_meeting": "ws2",
        "target_groups": "Arbetssökande och rekryterande chefer",
        "status_history": [{"status": "proposed", "date": "2027-03-16", "note": "Förslag från arbetsgruppens andra träff."},
                           {"status": "decided", "date": "2027-06-14", "note": _KF},
                           {"status": "ongoing", "date": "2027-08-30", "note": "Mallen prövas i tre förvaltningar."}],
        "sources": [{"meeting": "ws2", "contribution_text_prefix": "En mall för kravprofil"}, {"meeting": "ws2", "contribution_text_prefix": "Skriv in kunskaper i fler språk"}, {"meeting": "cafe", "contribution_text_prefix": "Gå igenom kravprofilerna"}],
    },
    {
        "title": "Pilot med anonymiserat första urval",
        "description": "Hösten 2027 prövar Socialförvaltningen och Kultur- och fritidsförvaltningen att dölja namn, ålder och adress i det första urvalet av ansökningar. Piloten utvärderas tillsammans med Vision innan kommunen beslutar om arbetssättet ska gälla alla förvaltningar.",
        "goal": "Pröva om anonymiserat urval gör att fler kvalificerade sökande går vidare till intervju.",
        "owner": "Goran Petrović", "department": "HR-avdelningen, kommunledningskontoret", "due_date": "2028-02-29", "time_frame": "Hösten 2027 – vintern 2028",
        "completion_criterion": "Piloten omfattar minst 20 rekryteringar och utvärderingen är presenterad för personalchefsgruppen.", "indicators": "Antal rekryteringar i piloten; andel sökande som går vidare till intervju före och under piloten; chefernas erfarenheter.",
        "baseline": "Andelen som kallas till intervju mäts i samma förvaltningar våren 2027.", "target": "Minst 20 rekryteringar i piloten.", "result": "",
        "resources": "Funktion i rekryteringssystemet 25 000 kr; arbetstid HR.", "follow_up_method": "Utvärdering med Vision och deltagande chefer; beslut om fortsättning i personalchefsgruppen.",
        "eccar_point": 6, "track": 3, "aimed_at": "own_organisation", "is_new": True, "term": "short", "origin_meeting": "ws3",
        "target_groups": "Arbetssökande och rekryterande chefer",
        "status_history": [{"status": "proposed", "date": "2027-04-06", "note": "Förslag från arbetsgruppens tredje träff."},
                           {"status": "decided", "date": "2027-06-14", "note": _KF},
                           {"status": "ongoing", "date": "2027-09-06", "note": "De tre första rekryteringarna med anonymiserat urval pågår."}],
        "sources": [{"meeting": "ws3", "contribution_text_prefix": "Pilot med anonymiserat"}, {"meeting": "cafe", "contribution_text_prefix": "Anonymiserad rekrytering"}, {"meeting": "cafe", "contribution_text_prefix": "Chefer kan uppleva"}],
    },
    {
        "title": "Uppföljning av mångfalden bland medarbetarna",
        "description": "HR följer varje år andelen utrikes födda medarbetare, totalt och bland chefer, med SCB:s avidentifierade registerstatistik och jämför med befolkningen i arbetsför ålder. Inga uppgifter samlas in om enskilda medarbetare.",
        "goal": "Kommunens medarbetare ska på sikt spegla befolkningen – en målsättning, inte en kvot.",
        "owner": "Åsa Lindqvist", "department": "HR-avdelningen, kommunledningskontoret", "due_date": "", "time_frame": "2027–2029, årligen",
        "completion_criterion": "Statistiken redovisas i personalbokslutet varje år under planperioden.", "indicators": "Andel utrikes födda medarbetare totalt och bland chefer (SCB, avidentifierat).",
        "baseline": "16 % av medarbetarna, 7 % av cheferna (2026).", "target": "22 % av medarbetarna och 12 % av cheferna 2029.", "result": "",
        "resources": "Beställning från SCB, cirka 20 000 kr per år.", "follow_up_method": "Personalbokslutet; redovisas för kommunstyrelsen och genomförandekommittén.",
        "eccar_point": 6, "track": 4, "aimed_at": "own_organisation", "is_new": True, "term": "long", "origin_meeting": "ws3",
        "target_groups": "Kommunens medarbetare och chefer; arbetssökande",
        "status_history": [{"status": "proposed", "date": "2027-04-06", "note": "Förslag från arbetsgruppens tredje träff."},
                           {"status": "decided", "date": "2027-06-14", "note": _KF}],
        "sources": [{"meeting": "ws3", "contribution_text_prefix": "Mål: andelen"}, {"meeting": "ws1", "contribution_text_prefix": "Enligt SCB:s registerstatistik"}],
    },
    {
        "title": "Översyn av Ekbackahems uthyrningsregler",
        "description": "Kommunen ger som ägare Ekbackahem AB i uppdrag att se över inkomstkravet och vilka inkomster som godtas, så att hushåll med visstidsanställning, studiemedel eller försörjningsstöd inte stängs ute. Görs i samråd med Hyresgästföreningen Norrvik.",
        "goal": "Det kommunala bostadsbolagets uthyrningsregler stänger inte ute hushåll som kan betala hyran.",
        "owner": "Per Östlund", "department": "Stadsbyggnadsförvaltningen", "due_date": "2028-03-31", "time_frame": "2027–2028",
        "completion_criterion": "Ekbackahems styrelse har beslutat om nya uthyrningsregler och de är publicerade.", "indicators": "Inkomstkrav (gånger hyran); godtagna inkomstslag; andel nya hyresgäster med visstidsanställning.",
        "baseline": "Inkomst tre gånger hyran; bara fast anställning eller pension godtas.", "target": "Högst två gånger hyran; alla varaktiga inkomster godtas.", "result": "",
        "resources": "Arbetstid bostadsstrateg och Ekbackahem; inga extra medel.", "follow_up_method": "Ekbackahem rapporterar i ägardialogen två gånger om året.",
        "eccar_point": 7, "track": 3, "aimed_at": "own_organisation", "is_new": True, "term": "long", "origin_meeting": "focus",
        "target_groups": "Bostadssökande, särskilt unga och nyanlända; Ekbackahem AB",
        "status_history": [{"status": "proposed", "date": "2027-04-14", "note": "Förslag från fokusgruppen om bostäder."},
                           {"status": "decided", "date": "2027-06-14", "note": _KF + " Skrivs in i ägardirektivet för 2028."}],
        "sources": [{"meeting": "focus", "contribution_text_prefix": "Ekbackahem godtar fler inkomstslag"}, {"meeting": "focus", "theme": _FG_UTH}, {"meeting": "cafe", "contribution_text_prefix": "Bostadskön kräver"}],
    },
    {
        "title": "Situationstester på bostadsmarknaden",
        "description": "Antidiskrimineringsbyrån Mitt genomför på kommunens uppdrag situationstester av uthyrning hos Ekbackahem och privata hyresvärdar. Resultaten redovisas på övergripande nivå och diskuteras med fastighetsägarna innan de publiceras. Testerna upprepas vartannat år.",
        "goal": "Kommunen vet i vilken utsträckning bostadssökande diskrimineras i Ekbacka och kan följa utvecklingen.",
        "owner": "Jonas Bergström", "department": "Kommunledningskontoret", "due_date": "2027-08-31", "time_frame": "2027, därefter vartannat år",
        "completion_criterion": "Testerna är genomförda, rapporten är presenterad för kommunstyrelsen och resultaten är diskuterade med fastighetsägarna.", "indicators": "Andel testpar där de sökande behandlades olika; antal testade hyresvärdar.",
        "baseline": "Ingen tidigare mätning i Ekbacka.", "target": "Minst 40 testpar 2027; lägre andel olikbehandling vid mätningen 2029.", "result": "",
        "resources": "Avtal med Antidiskrimineringsbyrån Mitt, 180 000 kr.", "follow_up_method": "Rapport till kommunstyrelsen; ny mätning 2029 för jämförelse.",
        "eccar_point": 7, "track": 4, "aimed_at": "both", "is_new": True, "term": "long", "origin_meeting": "focus",
        "target_groups": "Bostadssökande; privata hyresvärdar och Ekbackahem AB; befolkningen i stort",
        "status_history": [{"status": "proposed", "date": "2027-04-14", "note": "Förslag från fokusgruppen; togs också upp på World Caféet."},
                           {"status": "decided", "date": "2027-06-14", "note": _KF},
                           {"status": "ongoing", "date": "2027-07-01", "note": "Avtal tecknat; testerna försenade eftersom testpersoner saknas under sommaren."}],
        "sources": [{"meeting": "focus", "contribution_text_prefix": "Situationstester vartannat år"}, {"meeting": "cafe", "contribution_text_prefix": "Genomför situationstester"}, {"meeting": "cafe", "contribution_text_prefix": "Fastighetsägare kan uppleva"}],
    },
    {
        "title": "Skolpersonal agerar mot rasistiska kränkningar",
        "description": "Alla grundskolor och gymnasiet genomför en utbildningsdag om att känna igen och agera mot rasistiska kränkningar, med en gemensam rutin för anmälan till rektor och huvudman. Elevråden och ungdomsrådet är med och tar fram skolornas planer mot kränkande behandling.",
        "goal": "Elever som utsätts för rasistiska kränkningar möts av vuxna som agerar.",
        "owner": "Maria Öberg", "department": "Utbildningsförvaltningen", "due_date": "2028-06-15", "time_frame": "Läsåret 2027/28",
        "completion_criterion": "Alla skolor har genomfört utbildningsdagen och reviderat sina planer tillsammans med elevråden.", "indicators": "Andel skolor som genomfört utbildningen; antal anmälningar om kränkande behandling med rasistiska inslag; elevenkätens fråga om att vuxna agerar.",
        "baseline": "Elevenkäten 2026: 71 % i årskurs 8 upplever att vuxna agerar mot kränkningar.", "target": "Minst 85 % 2029.", "result": "",
        "resources": "Studiedagar inom befintlig ram; föreläsare 80 000 kr.", "follow_up_method": "Huvudmannens systematiska kvalitetsarbete; årlig rapport till barn- och utbildningsnämnden.",
        "eccar_point": 8, "track": 2, "aimed_at": "own_organisation", "is_new": True, "term": "long", "origin_meeting": "cafe",
        "target_groups": "Elever, skolpersonal och föräldrar; elever som vittnen",
        "status_history": [{"status": "proposed", "date": "2027-02-04", "note": "Förslag från World Café, bord Ängsgården."},
                           {"status": "decided", "date": "2027-06-14", "note": _KF},
                           {"status": "ongoing", "date": "2027-08-16", "note": "Utbildningsdagen genomförd på sex skolor vid terminsstart."}],
        "sources": [{"meeting": "cafe", "contribution_text_prefix": "All skolpersonal behöver"}, {"meeting": "cafe", "contribution_text_prefix": "Låt elevråden och ungdomsrådet"}, {"meeting": "cafe", "theme": _SKOLA}],
    },
    {
        "title": "Språkcaféer och mötesplatser på biblioteken",
        "description": "Biblioteken i Norrvik, Östertorp och centrum utökar språkcaféer, läxhjälp och samtalsgrupper tillsammans med Studiefrämjandet Ekbacka och föreningarna, så att invånare från olika delar av kommunen möts.",
        "goal": "Fler mötesplatser där invånare med olika bakgrund träffas på lika villkor.",
        "owner": "Karin Ek", "department": "Kultur- och fritidsförvaltningen", "due_date": "", "time_frame": "2027–2029",
        "completion_criterion": "Språkcafé och läxhjälp finns varje vecka på tre bibliotek och minst fyra föreningar har samarbetsavtal.", "indicators": "Antal tillfällen och besökare; antal samverkande föreningar.",
        "baseline": "Språkcafé en gång i veckan i centrum (befintlig verksamhet).", "target": "Varje vecka på tre bibliotek.", "result": "",
        "resources": "Bibliotekens befintliga budget; föreningsbidrag via Kultur- och fritidsförvaltningen.", "follow_up_method": "Besöksstatistik; årlig dialog med de samverkande föreningarna.",
        "eccar_point": 9, "track": 2, "aimed_at": "own_organisation", "is_new": False, "term": "long", "origin_meeting": "cafe",
        "target_groups": "Befolkningen i stort; nyanlända, unga och föreningar",
        "status_history": [{"status": "proposed", "date": "2027-02-04", "note": "Förslag från World Café, bord Stationsbacken."},
                           {"status": "decided", "date": "2027-06-14", "note": _KF},
                           {"status": "ongoing", "date": "2027-09-01", "note": "Språkcafé startat i Norrvik tillsammans med Studiefrämjandet."}],
        "sources": [{"meeting": "cafe", "contribution_text_prefix": "Biblioteken kan bli mötesplatser"}, {"meeting": "cafe", "contribution_text_prefix": "Det saknas mötesplatser"}],
    },
    {
        "title": "Information om hur man anmäler hatbrott",
        "description": "Kommunen tar tillsammans med lokalpolisområde Ekbacka fram information på tio språk om vad ett hatbrott är, hur man anmäler och var man får stöd. Informationen sprids via skolor, bibliotek, föreningar och Ekbackahems trapphus.",
        "goal": "Fler som utsätts för eller bevittnar hatbrott vet hur de anmäler och var de får stöd.",
        "owner": "Sofia Nilsson", "department": "Kommunledningskontoret", "due_date": "2027-08-31", "time_frame": "2027",
        "completion_criterion": "Informationen finns tryckt och digitalt på tio språk och har spridits i alla kanaler.", "indicators": "Antal språk; antal spridningskanaler; antal anmälda hatbrott (i den årliga lägesbilden).",
        "baseline": "Informationen finns bara på svenska och engelska.", "target": "Tio språk, spridd i minst fem kanaler.", "result": "",
        "resources": "Översättning och tryck 70 000 kr; arbetstid kommunikatör.", "follow_up_method": "Avstämning med lokalpolisområdet; följs i den årliga lägesbilden.",
        "eccar_point": 10, "track": 1, "aimed_at": "both", "is_new": True, "term": "short", "origin_meeting": "cafe",
        "target_groups": "Befolkningen i stort, personer som utsatts och vittnen",
        "status_history": [{"status": "proposed", "date": "2027-02-04", "note": "Förslag från World Café, bord Åbyn."},
                           {"status": "decided", "date": "2027-06-14", "note": _KF},
                           {"status": "ongoing", "date": "2027-07-05", "note": "Texten är godkänd av polisen; översättningen till fyra språk är försenad."}],
        "sources": [{"meeting": "cafe", "contribution_text_prefix": "Information om hur man anmäler hatbrott"}, {"meeting": "cafe", "contribution_text_prefix": "Hatbrott anmäls sällan"}],
    },
]


# -- the plan as a whole: its own texts, its stages and what changed after the remiss ----------------
# Seed 003: the draft from the workshops (000:1012-1018), a remiss round to associations, unions
# and employers (003:500-504), a last round among the departments (003:497-498) and the
# council's decision, each department putting its part in its budget (003:628-631).

PLAN = {
    "plan_title": "Handlingsplan mot rasism och diskriminering",
    "plan_period": "2027–2029",
    "plan_dnr": "KS 2026/318",
    "background": (
        "Ekbacka kommun gick med i Europeiska städers koalition mot rasism (ECCAR) hösten 2026 och har därmed "
        "åtagit sig att arbeta efter koalitionens tiopunktsplan. Kommunens medborgarundersökning och "
        "Antidiskrimineringsbyrån Mitts ärenden visar att invånare med utländsk bakgrund oftare än andra möter "
        "diskriminering på bostadsmarknaden, i arbetslivet och i kontakter med kommunens verksamheter, och att få "
        "vet var de kan få stöd eller anmäla.\n\n"
        "Handlingsplanen bygger på en behovsanalys våren 2027: ett World Café med föreningar, råd och "
        "förvaltningar, en arbetsgrupp i tre träffar om kommunen som arbetsgivare och en fokusgrupp om rättvis "
        "tillgång till bostäder. Planen samlar det kommunen redan gör och det som tillkommer, så att insatserna "
        "samordnas och dubbelarbete undviks."
    ),
    "commission": (
        "Kommunstyrelsen gav den 8 december 2026 (§ 214, dnr KS 2026/318) kommunledningskontoret i uppdrag att i "
        "samverkan med förvaltningarna, de kommunala bolagen och civilsamhället ta fram en handlingsplan mot "
        "rasism och diskriminering enligt ECCAR:s tiopunktsplan, att skicka den på remiss och att lägga fram den "
        "för beslut i kommunfullmäktige före sommaren 2027. Samordnaren på kommunledningskontoret skriver planen "
        "och håller ihop uppföljningen."
    ),
    "purpose": (
        "Planen ska göra kommunens arbete mot rasism och diskriminering synligt, samordnat och uppföljningsbart. "
        "Varje åtgärd har en ansvarig kontaktperson och förvaltning, en tidsram och ett sätt att veta när den är "
        "genomförd. Målet är att färre invånare diskrimineras, att fler vet var de får stöd och att kommunen som "
        "arbetsgivare och tjänsteleverantör främjar lika rätt."
    ),
    "financing": (
        "Varje förvaltning och bolag ansvarar för att dess åtgärder ryms i den egna budgeten och verksamhetsplanen "
        "från 2028. Åtgärder som kräver särskilda medel anges med belopp under respektive åtgärd. "
        "Kommunledningskontoret har 150 000 kr per år för samordning, uppföljning och rapporteringen till ECCAR "
        "vartannat år. Planen följs upp av genomförandekommittén och revideras efter två år, inför nästa period."
    ),
}

#: The plan's steps, oldest first: after the last meeting of the needs analysis (14 April)
#: and before the measures' council decision (14 June 2027).
PLAN_HISTORY = [
    {"stage": "draft", "date": "2027-04-20", "body": "Samordnaren, kommunledningskontoret", "dnr": "KS 2026/318",
     "note": "Utkastet sammanfattar åtgärderna från World Caféet, arbetsgruppen och fokusgruppen."},
    {"stage": "consultation", "date": "2027-04-26", "body": "Kommunstyrelsens arbetsutskott", "dnr": "KS 2026/318",
     "note": "Skickad på remiss till föreningar, fack, arbetsgivare, råd och ECCAR:s sekretariat (se fliken "
             "Remiss). Svar senast den 21 maj 2027."},
    {"stage": "approved", "date": "2027-06-01", "body": "Förvaltningschefsgruppen", "dnr": "KS 2026/318",
     "note": "Planen justerad efter remissvaren; alla förvaltningar och Ekbackahem har godkänt sina åtgärder."},
    {"stage": "adopted", "date": "2027-06-14", "body": "Kommunfullmäktige", "dnr": "KS 2026/318",
     "note": "Kommunfullmäktige antog handlingsplanen 2027–2029 (§ 87) på förslag av kommunstyrelsen."},
]

#: What the plan sent on remiss looked like before the replies were worked in (2027-05-24): the
#: measures added after the remiss, and the fields of measures as they then read.
PLAN_REMISS = {
    "revised": "2027-05-24",
    "added_after": ["Språkcaféer och mötesplatser på biblioteken"],
    "changed_after": {
        "Gemensam mottagning för stöd vid diskriminering": {
            "resources": "Fyra timmar i veckan från socialtjänsten.",
            "target": "En kväll per vecka.",
        },
        "Situationstester på bostadsmarknaden": {
            "description": "Antidiskrimineringsbyrån Mitt genomför på kommunens uppdrag situationstester av "
                           "uthyrning hos Ekbackahem och privata hyresvärdar. Testerna upprepas vartannat år.",
            "completion_criterion": "Testerna är genomförda och rapporten är presenterad för kommunstyrelsen.",
        },
        "Pilot med anonymiserat första urval": {
            "follow_up_method": "Utvärdering med deltagande chefer; beslut om fortsättning i personalchefsgruppen.",
        },
    },
}


# -- goals, quick wins and the mapping of existing work (issue 18) ----------------------------------
# Goals set after the self-assessment (May 2027), the HR workshops and the remiss, and adopted with the plan in
# June 2027. Two come from key factors of the Integrating Cities toolkit that the municipality found
# only partly true or not true (001: key factor 07 L646-648, key factor 04 L350-351). One goal has
# no measure yet and one measure works towards no goal: the two gaps seed 002 warns of (L793-798).

_IC = "integrating_cities"

GOALS = [
    {
        "title": "Den som utsatts för diskriminering eller hatbrott vet var stöd finns och får det",
        "description": "Invånare som utsatts, och vittnen, ska veta vart de kan vända sig och få stöd utan att skickas runt mellan kommunen, polisen och antidiskrimineringsbyrån.",
        "indicator": "Andel svarande i medborgarundersökningen som vet var man får stöd eller kan anmäla",
        "baseline": "Mäts i medborgarundersökningen hösten 2027", "target_value": "Minst 60 %", "target_date": "2029-12-31",
        "measures": ["Kampanjen ”Säg ifrån” om vad vittnen kan göra", "Gemensam mottagning för stöd vid diskriminering",
                     "Utbildning i att ta emot den som utsatts", "Information om hur man anmäler hatbrott"],
    },
    {
        "title": "Kommunen vet hur rasism och diskriminering utvecklas i Ekbacka",
        "description": "Ett gemensamt kunskapsunderlag som följs över tid och redovisas öppet.",
        "indicator": "Årlig lägesbild publicerad och presenterad för kommunstyrelsen",
        "baseline": "Ingen samlad lägesbild (2026)", "target_value": "En lägesbild varje år 2028–2030", "target_date": "2030-03-31",
        "measures": ["Årlig lägesbild över diskriminering och hatbrott i Ekbacka", "Situationstester på bostadsmarknaden"],
    },
    {
        "key_factor_text": "Kommunen marknadsför sig aktivt som arbetsgivare, anpassar rekryteringsprocessen och ökar andelen av anställda med invandrarbakgrund inom samtliga arbetsnivåer.",
        "rating": "partly", "framework": _IC, "key_factor": "07",
        "indicator": "Andel medarbetare födda utanför Sverige, jämfört med andelen i befolkningen 20–64 år",
        "baseline": "14 % av medarbetarna och 27 % av befolkningen (2026)", "target_value": "Minst 20 % av medarbetarna, på alla nivåer", "target_date": "2029-12-31",
        "measures": ["Lediga jobb sprids via föreningar och studieförbund", "Kravprofiler utan onödiga krav",
                     "Pilot med anonymiserat första urval", "Uppföljning av mångfalden bland medarbetarna"],
    },
    {
        "title": "Lika tillgång till hyresbostäder oavsett namn och bakgrund",
        "description": "",
        "indicator": "Andel situationstester där den sökande med utländskt klingande namn behandlas sämre",
        "baseline": "Testas första gången 2028", "target_value": "Ingen skillnad i bemötande", "target_date": "2029-12-31",
        "measures": ["Översyn av Ekbackahems uthyrningsregler", "Situationstester på bostadsmarknaden"],
    },
    {
        "title": "Skolan är en trygg plats fri från rasistiska kränkningar",
        "description": "",
        "indicator": "Andel elever i årskurs 8 som känner sig trygga i skolan; antal anmälda kränkningar med rasistiska inslag",
        "baseline": "78 % trygga (elevenkäten 2026)", "target_value": "90 % trygga", "target_date": "2029-06-30",
        "measures": ["Skolpersonal agerar mot rasistiska kränkningar"],
    },
    {
        "title": "Invånarna har förtroende för kommunen och deltar i dess arbete",
        "description": "",
        "indicator": "Andel som fått återkoppling på sina förslag; besökare på bibliotekens mötesplatser",
        "baseline": "Ingen återkoppling i tidigare dialoger", "target_value": "Alla som deltagit får återkoppling inom tre månader", "target_date": "2028-06-30",
        "measures": ["Återkoppling till dem som deltagit i dialogen", "Språkcaféer och mötesplatser på biblioteken",
                     "Samhällsvägledning på flera språk i Norrvik och Östertorp"],
    },
    {
        "key_factor_text": "Kommunen underlättar engagemanget för invandrargrupper i uppläggningen av politiken och tar bort hinder för deltagande.",
        "rating": "not_true", "framework": _IC, "key_factor": "04",
        "indicator": "Antal samråd med invandrarorganisationer inför beslut i nämnderna",
        "baseline": "Inga samråd 2026", "target_value": "Minst fyra samråd om året", "target_date": "2029-12-31",
        "measures": [],  # the gap: a goal without a measure yet
    },
]

#: Measures that give results early (the toolkit's "snabbutdelning", 001 L91-93).
QUICK_WINS = [
    "Återkoppling till dem som deltagit i dialogen",
    "Information om hur man anmäler hatbrott",
    "Lediga jobb sprids via föreningar och studieförbund",
]

#: The mapping of existing work, made before the World Café (January 2027), fields as seed 004.
EFFORTS = [
    {
        "name": "Språkvän Ekbacka", "theme": "Delaktighet och likabehandling", "level": "local",
        "owner": "Kultur- och fritidsförvaltningen", "partners": "Studiefrämjandet Ekbacka; Svenska kyrkan",
        "funding": "Verksamhetsanslag", "target_group": "Nyanlända vuxna och etablerade Ekbackabor",
        "aim": "Matchar nyanlända med etablerade invånare som träffas för att prata svenska och lära känna orten.",
        "period": "sedan 2019", "status": "ongoing", "eccar_point": 9, "track": 3,
        "builds_on_it": ["Språkcaféer och mötesplatser på biblioteken"],
    },
    {
        "name": "Samhällsorientering för nyanlända", "theme": "Delaktighet och likabehandling", "level": "subregional",
        "owner": "Arbetsmarknadsförvaltningen", "partners": "Grannkommunerna i länets norra del; Länsstyrelsen",
        "funding": "Statlig ersättning för mottagande", "target_group": "Nyanlända i etableringsprogrammet",
        "aim": "60 timmar samhällsorientering på modersmålet om rättigheter, skyldigheter och vardagsliv.",
        "period": "sedan 2015", "status": "ongoing", "eccar_point": 4, "track": 1,
        "builds_on_it": ["Samhällsvägledning på flera språk i Norrvik och Östertorp"],
    },
    {
        "name": "Trygghetsvandringar i Norrvik", "theme": "Boendefrågor och urban utveckling", "level": "local",
        "owner": "Stadsbyggnadsförvaltningen", "partners": "Ekbackahem AB; Hyresgästföreningen Norrvik; Polisen, lokalpolisområde Ekbacka",
        "funding": "Verksamhetsanslag och Ekbackahem", "target_group": "Boende i Norrvik",
        "aim": "Boende, fastighetsägare och polis går runt i området två gånger om året och åtgärdar det som gör platser otrygga.",
        "period": "2024–2027", "status": "ongoing", "eccar_point": 7, "track": 3,
        "builds_on_it": [],
    },
    {
        "name": "Nätverket Lika villkor", "theme": "Arbetsmarknad", "level": "regional",
        "owner": "Länsstyrelsen", "partners": "Länets kommuner; Arbetsförmedlingen",
        "funding": "Länsstyrelsens anslag", "target_group": "Chefer och HR i offentlig sektor",
        "aim": "Erfarenhetsutbyte om kompetensbaserad rekrytering och likabehandling i offentliga organisationer.",
        "period": "2022–2026", "status": "ended", "eccar_point": 6, "track": 2,
        "builds_on_it": ["Kravprofiler utan onödiga krav"],
    },
    {
        "name": "Värdegrundsarbete i förskola och skola", "theme": "Utbildning", "level": "local",
        "owner": "Utbildningsförvaltningen", "partners": "Antidiskrimineringsbyrån Mitt",
        "funding": "Verksamhetsanslag", "target_group": "Elever och personal i förskola och grundskola",
        "aim": "Planer mot kränkande behandling på varje skola och fortbildning för personalen om normer och bemötande.",
        "period": "löpande", "status": "ongoing", "eccar_point": 8, "track": 2,
        "builds_on_it": ["Skolpersonal agerar mot rasistiska kränkningar"],
    },
    {
        "name": "Rådgivning om diskriminering", "theme": "Delaktighet och likabehandling", "level": "subregional",
        "owner": "Antidiskrimineringsbyrån Mitt", "partners": "Ekbacka och två grannkommuner",
        "funding": "Statsbidrag från MUCF och kommunala bidrag", "target_group": "Alla som upplever sig diskriminerade",
        "aim": "Kostnadsfri rådgivning och stöd till den som upplever sig diskriminerad.",
        "period": "sedan 2012", "status": "ongoing", "eccar_point": 3, "track": 1,
        "builds_on_it": ["Gemensam mottagning för stöd vid diskriminering"],
    },
    {
        "name": "Feriejobb för unga", "theme": "Arbetsmarknad", "level": "local",
        "owner": "Arbetsmarknadsförvaltningen", "partners": "Ekbacka Företagarförening",
        "funding": "Verksamhetsanslag", "target_group": "Ungdomar 16–18 år",
        "aim": "Sommarjobb i kommunen och hos lokala företag, med lottning i stället för kontakter.",
        "period": "varje sommar", "status": "planned", "eccar_point": None, "track": None,
        "builds_on_it": [],
    },
]
#: What the implementation committee changed in the adopted plan at its September meeting: the
#: measures' fields as they were adopted (the data holds them as they are now), so the report to
#: ECCAR has changes since the adoption to show.
PLAN_AFTER_ADOPTION = {
    "changed": "2027-09-14",
    "as_adopted": {
        "Språkcaféer och mötesplatser på biblioteken": {"target": "Varje vecka på två bibliotek."},
        "Samhällsvägledning på flera språk i Norrvik och Östertorp": {"due_date": "2027-12-31"},
    },
}


def check() -> list[str]:
    """Return a list of consistency errors in the demo data (empty when everything fits)."""
    errors: list[str] = []
    err = errors.append
    formats = {"world_cafe", "workshop", "focus_group", "consultation", "committee", "self_assessment"}
    categories = {"official", "politician", "civil_society", "ngo", "advisory_board", "resident", "business", "union", "other"}
    roles = {"coordinator", "moderator", "table_host", "note_taker", "trainer", "participant"}
    attendance_statuses = {"invited", "registered", "attended", "absent"}
    agenda_kinds = {"welcome", "round", "move", "plenary", "break", "discussion", "other"}
    kinds = {"idea", "note", "question", "quote", "risk", "obstacle"}
    statuses = ["proposed", "decided", "ongoing", "done", "cancelled"]
    departments = {o for o in ORGANISATIONS if o.endswith("förvaltningen") or o.lower().endswith("kommunledningskontoret")}

    def day(text: str, where: str) -> datetime.date | None:
        try:
            return datetime.date.fromisoformat(text)
        except (TypeError, ValueError):
            err(f"{where}: bad date {text!r}")
            return None

    def minutes(text: str) -> int:
        hours, mins = text.split(":")
        return int(hours) * 60 + int(mins)

    shapes = [
        ([PROCESS], "title municipality description"), (PARTICIPANTS, "name organisation category email phone languages"),
        (MEETINGS, "key format title date start_time end_time place moderator coordinator purpose frame_statement "
                   "selection_reasons food_served next_steps feedback_method series questions agenda attendance tables"),
        (CONTRIBUTIONS, "meeting round table question kind text mitigations theme"), (THEMES, "meeting title description"),
        (VOTES, "meeting theme contribution_text_prefix dots"), (HARVEST, "meeting table kind text"),
        (MEASURES, "title description goal owner department due_date time_frame completion_criterion indicators baseline "
                   "target result resources follow_up_method eccar_point track aimed_at target_groups is_new term "
                   "origin_meeting status_history sources"),
    ]
    for rows, keys in shapes:
        for row in rows:
            if set(row) != set(keys.split()):
                err(f"keys differ from the agreed shape: {sorted(set(row) ^ set(keys.split()))} in {str(row)[:60]}")
    if len(set(ORGANISATIONS)) != len(ORGANISATIONS):
        err("ORGANISATIONS: duplicates")
    people = {p["name"]: p for p in PARTICIPANTS}
    if len(people) != len(PARTICIPANTS):
        err("PARTICIPANTS: duplicate names")
    for p in PARTICIPANTS:
        if p["organisation"] is not None and p["organisation"] not in ORGANISATIONS:
            err(f"participant {p['name']}: unknown organisation {p['organisation']!r}")
        if p["category"] not in categories:
            err(f"participant {p['name']}: bad category {p['category']!r}")
        if not p["languages"] or not all(isinstance(code, str) and 2 <= len(code) <= 3 for code in p["languages"]):
            err(f"participant {p['name']}: bad languages")
        if p["email"] and ("@" not in p["email"] or not p["email"].endswith(".example")):
            err(f"participant {p['name']}: bad email")

    meetings = {m["key"]: m for m in MEETINGS}
    coordinators = {m["coordinator"] for m in MEETINGS}
    if len(meetings) != len(MEETINGS):
        err("MEETINGS: duplicate keys")
    for m in MEETINGS:
        where = f"meeting {m['key']}"
        if m["format"] not in formats:
            err(f"{where}: bad format")
        date = day(m["date"], where)
        if date and date.weekday() >= 5:
            err(f"{where}: on a weekend")
        duration = minutes(m["end_time"]) - minutes(m["start_time"])
        if sum(item["minutes"] for item in m["agenda"]) != duration:
            err(f"{where}: agenda does not fill {m['start_time']}–{m['end_time']}")
        if any(item["kind"] not in agenda_kinds for item in m["agenda"]):
            err(f"{where}: bad agenda kind")
        seen = [a["participant"] for a in m["attendance"]]
        if len(set(seen)) != len(seen):
            err(f"{where}: duplicate attendance")
        for a in m["attendance"]:
            if a["participant"] not in people or a["role"] not in roles or a["status"] not in attendance_statuses:
                err(f"{where}: bad attendance {a}")
        role_of = {a["participant"]: a["role"] for a in m["attendance"]}
        coordinator = people.get(m["coordinator"])
        if not coordinator or coordinator["category"] != "official" or role_of.get(m["coordinator"]) != "coordinator":
            err(f"{where}: coordinator must be an official attending as coordinator")
        if m["moderator"] in people and role_of.get(m["moderator"]) != "moderator":
            err(f"{where}: moderator in the register but not attending as moderator")
        attended = sum(1 for a in m["attendance"] if a["status"] == "attended")
        if m["format"] in ("workshop", "focus_group") and attended > 15:
            err(f"{where}: more than 15 in a trust-building group")
        if not m["questions"]:
            err(f"{where}: no questions")
        if m["format"] == "world_cafe":
            rounds = sum(1 for item in m["agenda"] if item["kind"] == "round")
            if rounds != len(m["questions"]):
                err(f"{where}: one question per round expected")
            hosts = {a["participant"] for a in m["attendance"] if a["role"] == "table_host"}
            if {t["host"] for t in m["tables"]} != hosts:
                err(f"{where}: table hosts do not match attendance")
            at_tables = sum(1 for a in m["attendance"] if a["status"] == "attended" and a["role"] in ("table_host", "participant"))
            if at_tables > sum(t["seats"] for t in m["tables"]):
                err(f"{where}: more people than seats")
        elif m["tables"]:
            err(f"{where}: tables outside a World Café")

    themes = {(t["meeting"], t["title"]) for t in THEMES}
    if len(themes) != len(THEMES) or any(t["meeting"] not in meetings for t in THEMES):
        err("THEMES: duplicates or unknown meeting")

    def matches(meeting: str, prefix: str) -> int:
        return sum(1 for c in CONTRIBUTIONS if c["meeting"] == meeting and c["text"].startswith(prefix))

    for i, c in enumerate(CONTRIBUTIONS):
        where = f"contribution {i} ({c['text'][:30]}…)"
        m = meetings.get(c["meeting"])
        if m is None:
            err(f"{where}: unknown meeting")
            continue
        if c["kind"] not in kinds:
            err(f"{where}: bad kind")
        if (c["kind"] == "risk") != bool(c["mitigations"]):
            err(f"{where}: mitigations belong to risks, and every risk needs one")
        if c["theme"] is not None and (c["meeting"], c["theme"]) not in themes:
            err(f"{where}: unknown theme")
        if c["question"] is not None and not 0 <= c["question"] < len(m["questions"]):
            err(f"{where}: question index out of range")
        if m["format"] == "world_cafe":
            if c["table"] not in {t["name"] for t in m["tables"]} or c["round"] is None or c["question"] != c["round"] - 1:
                err(f"{where}: needs a known table and the question of its round")
        elif c["round"] is not None or c["table"] is not None:
            err(f"{where}: round and table are for World Cafés only")
        if matches(c["meeting"], c["text"]) != 1:
            err(f"{where}: text is not unique")

    for v in VOTES:
        if (v["theme"] is None) == (v["contribution_text_prefix"] is None) or v["dots"] <= 0:
            err(f"vote {v}: needs exactly one of theme or prefix and positive dots")
        elif v["theme"] is not None and (v["meeting"], v["theme"]) not in themes:
            err(f"vote {v}: unknown theme")
        elif v["contribution_text_prefix"] is not None and matches(v["meeting"], v["contribution_text_prefix"]) != 1:
            err(f"vote {v}: prefix does not match exactly one contribution")
    for h in HARVEST:
        m = meetings.get(h["meeting"])
        if m is None or h["kind"] not in ("main_point", "decision") or (
                h["table"] is not None and h["table"] not in {t["name"] for t in m["tables"]}):
            err(f"harvest {h['text'][:30]}…: bad meeting, kind or table")

    cutoff = datetime.date(2027, 9, 1)
    grid: dict[int, set[int]] = {}
    overdue = 0
    for ms in MEASURES:
        where = f"measure {ms['title']!r}"
        owner = people.get(ms["owner"])
        if not owner or owner["category"] != "official" or ms["owner"] in coordinators:
            err(f"{where}: owner must be a named official who is not the coordinator")
        if ms["department"] not in departments or (owner and owner["organisation"] != ms["department"]):
            err(f"{where}: department must be the owner's förvaltning")
        if ms["due_date"]:
            day(ms["due_date"], where)
        if not (1 <= ms["eccar_point"] <= 10 and 1 <= ms["track"] <= 4):
            err(f"{where}: bad ECCAR point or track")
        if ms["aimed_at"] not in ("own_organisation", "private_sector", "both") or ms["term"] not in ("short", "long"):
            err(f"{where}: bad aimed_at or term")
        if ms["origin_meeting"] not in meetings:
            err(f"{where}: unknown origin meeting")
        history = ms["status_history"]
        if not history or history[0]["status"] != "proposed":
            err(f"{where}: history must start with proposed")
        dates = [day(h["date"], where) for h in history]
        if any(h["status"] not in statuses for h in history) or dates != sorted(d for d in dates if d):
            err(f"{where}: bad statuses or dates out of order")
        status = history[-1]["status"]
        if status != "proposed" and not (ms["due_date"] or ms["time_frame"]):
            err(f"{where}: decided measures need a deadline or time frame")
        if ms["due_date"] and status not in ("done", "cancelled") and datetime.date.fromisoformat(ms["due_date"]) < cutoff:
            overdue += 1
        for s in ms["sources"]:
            if s["meeting"] not in meetings:
                err(f"{where}: source with unknown meeting")
            elif "theme" in s and (s["meeting"], s["theme"]) not in themes:
                err(f"{where}: source theme {s['theme']!r} unknown")
            elif "contribution_text_prefix" in s and matches(s["meeting"], s["contribution_text_prefix"]) != 1:
                err(f"{where}: source prefix {s['contribution_text_prefix']!r} does not match exactly one contribution")
        grid.setdefault(ms["eccar_point"], set()).add(ms["track"])
    missing = sorted(set(range(1, 11)) - set(grid))
    if missing:
        err(f"MEASURES: ECCAR points without measures: {missing}")
    if sum(1 for tracks in grid.values() if len(tracks) == 1) < 3:
        err("MEASURES: fewer than three points with a single track")
    if sum(len(tracks) for tracks in grid.values()) >= 40:
        err("MEASURES: the coverage grid should have empty cells")
    # The plan: its steps in order, after the needs analysis, adopted when the measures were decided.
    stages = ["draft", "consultation", "approved", "adopted"]
    steps = [(step["stage"], day(step["date"], "PLAN_HISTORY")) for step in PLAN_HISTORY]
    if [stage for stage, _ in steps] != stages or [d for _, d in steps] != sorted(d for _, d in steps if d):
        err("PLAN_HISTORY: the steps must be utkast, remiss, godkänd, antagen, in date order")
    origins = {measure["origin_meeting"] for measure in MEASURES}
    needs_analysis = max(m["date"] for m in MEETINGS if m["key"] in origins)
    if PLAN_HISTORY[0]["date"] <= needs_analysis:
        err("PLAN_HISTORY: the draft must follow the meetings that produced the measures")
    decided = {h["date"] for ms in MEASURES for h in ms["status_history"] if h["note"].startswith(_KF)}
    if decided != {PLAN_HISTORY[-1]["date"]}:
        err("PLAN_HISTORY: the plan is adopted on the day its measures were decided")
    if not PLAN_HISTORY[1]["date"] < PLAN_REMISS["revised"] < PLAN_HISTORY[2]["date"]:
        err("PLAN_REMISS: revised after the remiss and before the departments' approval")
    titles = {ms["title"] for ms in MEASURES}
    for title in [*PLAN_REMISS["added_after"], *PLAN_REMISS["changed_after"]]:
        if title not in titles:
            err(f"PLAN_REMISS: unknown measure {title!r}")
    for title, fields in PLAN_REMISS["changed_after"].items():
        if set(fields) - set(MEASURES[0]):
            err(f"PLAN_REMISS: {title!r} names fields a measure does not have")
    if not PLAN_HISTORY[-1]["date"] < PLAN_AFTER_ADOPTION["changed"]:
        err("PLAN_AFTER_ADOPTION: changed after the adoption")
    for title, fields in PLAN_AFTER_ADOPTION["as_adopted"].items():
        if title not in titles or set(fields) - set(MEASURES[0]):
            err(f"PLAN_AFTER_ADOPTION: unknown measure {title!r} or field")
    final = [ms["status_history"][-1]["status"] for ms in MEASURES]
    if final.count("done") < 1 or final.count("ongoing") < 2 or overdue < 2:
        err("MEASURES: need one done, a few ongoing and at least two overdue measures")
    errors += _check_goals_and_efforts()
    return errors


def _check_goals_and_efforts() -> list[str]:
    """Goals link to known measures, one goal has none and one measure has no goal; quick
    wins and efforts name known measures; efforts use the codes of domain/efforts."""
    errors: list[str] = []
    titles = {m["title"] for m in MEASURES}
    linked: set[str] = set()
    for goal in GOALS:
        linked.update(goal["measures"])
        unknown = set(goal["measures"]) - titles
        if unknown:
            errors.append(f"goal {goal.get('title', goal.get('key_factor'))}: unknown measures {sorted(unknown)}")
        if goal["target_date"] < "2027-06-14":
            errors.append("a goal's target date falls before the plan was adopted")
    if sum(1 for goal in GOALS if not goal["measures"]) != 1:
        errors.append("GOALS: exactly one goal should have no measure (the gap)")
    if len(titles - linked) != 1:
        errors.append(f"GOALS: exactly one measure should have no goal, not {sorted(titles - linked)}")
    if set(QUICK_WINS) - titles:
        errors.append("QUICK_WINS: unknown measures")
    if not 5 <= len(EFFORTS) <= 8:
        errors.append("EFFORTS: 5 to 8 efforts")
    for effort in EFFORTS:
        if effort["level"] not in ("local", "subregional", "regional", "national"):
            errors.append(f"effort {effort['name']}: bad level")
        if effort["status"] not in ("planned", "ongoing", "ended"):
            errors.append(f"effort {effort['name']}: bad status")
        if set(effort["builds_on_it"]) - titles:
            errors.append(f"effort {effort['name']}: unknown measures")
    return errors
