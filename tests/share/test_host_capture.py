"""Table hosts capture from their phones: the host link's page over real HTTP on loopback, as
a phone without JavaScript posts it; and the rotation card's personal page."""

import re
from html import escape
from urllib.parse import urlencode

import pytest

from facilitator import actions
from facilitator.actions import host_links as links_edit
from facilitator.actions import publishing
from facilitator.domain.entities import Contribution, HostLink, Mitigation, PersonalCode, Seat
from facilitator.share import phone_texts
from facilitator.storage import host_links, seating

from . import demo_file, leaks, personal_data, request
from .input_helpers import InputServer
from .phones import FORM_HEADERS, HostPhone, csrf
from .test_phone_languages import tags


@pytest.fixture
def served(tmp_path):
    # Host capture does not need participants' input on: it is the laptop's capture.
    with InputServer(demo_file(tmp_path), input_on=False) as server:
        server.perform(lambda store: links_edit.create_links(store, 1))
        yield server


def link_of(served, number: int) -> HostLink:
    def find(store):
        table = seating.tables_of(store, 1)[number - 1]
        return host_links.live_link_of_table(store, table.id)
    return served.run(find)


def test_a_host_captures_each_kind_for_their_table_and_is_answered_after_the_commit(served):
    link = link_of(served, 2)
    assert re.fullmatch(r"[a-z2-7]{16}", link.token)
    phone = HostPhone(served.port, link.token)
    status, headers, page = phone.get()
    assert status == 200 and b'<form class="send" method="post"' in page
    assert f"Path=/h/{link.token}".lower() in headers["set-cookie"].lower() and "HttpOnly" in headers["set-cookie"]
    for kind in ("idea", "note", "question", "quote", "obstacle"):
        assert f'value="{kind}"'.encode() in page
    status, headers, _ = phone.capture("Lokalerna är för få", kind="obstacle")
    assert status == 303 and headers["location"] == f"/h/{link.token}?sent=obstacle"
    status, headers, _ = phone.capture("Ingen läser protokollen", kind="risk", mitigations="Skicka ut dem\n\nLäs upp")
    assert status == 303
    captured = served.run(lambda store: store.list(Contribution, "host_link_id IS NOT NULL", order_by="id"))
    assert [(c.kind, c.text, c.published) for c in captured] == [
        ("obstacle", "Lokalerna är för få", False), ("risk", "Ingen läser protokollen", False)]
    assert {c.table_id for c in captured} == {link.table_id} and {c.host_link_id for c in captured} == {link.id}
    mitigations = served.run(lambda store: store.list(Mitigation, "contribution_id = ?", (captured[1].id,)))
    assert [m.text for m in mitigations] == ["Skicka ut dem", "Läs upp"]
    _, _, after = phone.get("?sent=risk")
    assert phone_texts.host_text("sv", "host_received", kind="Risk").encode() in after
    # Not on the phones until released.
    state = request(f"http://127.0.0.1:{served.port}/m/{served.token}/api/state")[2]
    assert b"Lokalerna \xc3\xa4r f\xc3\xb6r f\xc3\xa5" not in state
    served.perform(lambda store: publishing.set_published(store, [captured[0].id], True))
    state = request(f"http://127.0.0.1:{served.port}/m/{served.token}/api/state")[2]
    assert "Lokalerna är för få".encode() in state


def test_wrong_revoked_and_unshared_links_are_404_and_nothing_is_written(served):
    link = link_of(served, 1)
    phone = HostPhone(served.port, link.token)
    _, _, page = phone.get()
    token = csrf(page)
    assert HostPhone(served.port, "a" * 16).get()[0] == 404
    assert HostPhone(served.port, link.token.upper()).get()[0] == 404
    served.perform(lambda store: links_edit.revoke_link(store, link.id))
    assert phone.get()[0] == 404
    status, _, _ = phone.post({"csrf": token, "kind": "note", "text": "Efter stängning"})
    assert status == 404
    assert served.run(lambda store: store.count(Contribution, "text = 'Efter stängning'")) == 0
    # A new link for the table works; the old one stays closed.
    served.perform(lambda store: links_edit.renew_link(store, link.id))
    fresh = link_of(served, 1)
    assert fresh.token != link.token and HostPhone(served.port, fresh.token).capture("Ny länk")[0] == 303
    assert phone.get()[0] == 404
    served.server.withdraw_all()  # the meeting no longer shared
    assert HostPhone(served.port, fresh.token).get()[0] == 404


def test_a_post_needs_the_page_itself(served):
    link = link_of(served, 1)
    phone = HostPhone(served.port, link.token)
    _, _, page = phone.get()
    fields = {"csrf": csrf(page), "kind": "note", "text": "Från en annan sida"}
    assert phone.post(fields, {"Origin": "http://evil.example"})[0] == 403
    assert phone.post(fields, {"Sec-Fetch-Site": "cross-site"})[0] == 403
    assert phone.post({**fields, "csrf": "0" * 32})[0] == 403
    assert phone.post({**fields, "kind": "measure"})[0] == 400
    stranger = HostPhone(served.port, link.token)  # another cookie: its own page token
    assert stranger.post(fields)[0] == 403
    assert served.run(lambda store: store.count(Contribution, "host_link_id IS NOT NULL")) == 0


def test_hostile_text_is_cleaned_or_refused_and_shown_escaped(served):
    link = link_of(served, 1)
    phone = HostPhone(served.port, link.token)
    assert phone.capture("<script>alert(1)</script>\u202e\x00 kvar")[0] == 303
    (stored,) = served.run(lambda store: store.list(Contribution, "host_link_id IS NOT NULL"))
    assert stored.text == "<script>alert(1)</script> kvar"
    status, _, page = phone.capture("x" * 20_000)
    assert status == 422 and b"<script>alert" not in page
    status, _, _ = phone.capture("y" * 5_001)
    assert status == 422
    big = urlencode({"text": "z" * 70_000}).encode()
    status, _, _ = request(f"{phone.root}{phone.path}", "POST", {**FORM_HEADERS, "Origin": phone.root}, big)
    assert status == 413
    assert served.run(lambda store: store.count(Contribution, "host_link_id IS NOT NULL")) == 1


def test_the_rate_limit_stops_a_script_not_a_host(served):
    link = link_of(served, 1)
    phone = HostPhone(served.port, link.token)
    answers = [phone.capture(f"Anteckning {n}")[0] for n in range(25)]
    assert answers[:20] == [303] * 20 and 429 in answers[20:]


def test_the_rotation_card_page_shows_tables_and_rounds_only(served):
    served.perform(lambda store: links_edit.ensure_personal_codes(store, 1))

    def codes(store):
        return {c.participant_id: c.code for c in store.list(PersonalCode, "meeting_id = 1")}
    by_person = served.run(codes)
    assert by_person and all(re.fullmatch(r"[a-z2-7]{16}", c) for c in by_person.values())
    person, code = next(iter(by_person.items()))
    def first_table(store):
        rounds = seating.rounds_of(store, 1)
        tables = [t.id for t in seating.tables_of(store, 1)]
        seat = store.list(Seat, "participant_id = ? AND round_id = ?", (person, rounds[0].id))
        return tables.index(seat[0].table_id) + 1 if seat else None
    number = served.run(first_table)
    values = served.run(personal_data)
    status, headers, page = request(f"http://127.0.0.1:{served.port}/p/{code}")
    assert status == 200 and leaks(page, values) == []
    assert "set-cookie" not in headers
    assert number is not None and f"Första omgången: bord {number}".encode() in page
    assert request(f"http://127.0.0.1:{served.port}/p/{'b' * 16}")[0] == 404
    # The same code keeps working when the seating changes: the page reads the seating now.
    with pytest.raises(actions.NothingToChange):
        served.run(lambda store: links_edit.ensure_personal_codes(store, 1))


def test_no_personal_data_on_the_host_page(served):
    values = served.run(personal_data)
    phone = HostPhone(served.port, link_of(served, 1).token)
    for query in ("", "?lang=en", "?sent=note"):
        status, _, body = phone.get(query)
        assert status == 200 and leaks(body, values) == [], query


def test_the_card_page_says_this_round_and_the_next_or_the_last():
    from facilitator.share.phone_pages import card_page

    data = {"meeting": {"title": "Café"}, "tables": [{"number": 1, "name": "Eken"}, {"number": 2, "name": ""}],
            "timer": {"round": 2}}
    page = card_page(data, "sv", path="/p/x", tables={1: 1, 2: 2, 3: 1})
    assert "Nu, omgång 2: bord 2" in page and 'Nästa, omgång 3: bord 1, <bdi dir="auto">Eken</bdi>' in page
    page = card_page({**data, "timer": {"round": 3}}, "en", path="/p/x", tables={1: 1, 2: 2, 3: 1})
    assert 'Now, round 3: table 1, <bdi dir="auto">Eken</bdi>' in page and "This is the last round." in page
    # A table's name is escaped and keeps its own direction in a right-to-left page too.
    hostile = {**data, "tables": [{"number": 1, "name": "<b>Eken</b>"}]}
    page = card_page(hostile, "ar", path="/p/x", tables={1: 1, 2: 2, 3: 1})
    assert 'الطاولة 1، <bdi dir="auto">&lt;b&gt;Eken&lt;/b&gt;</bdi>' in page and "<b>" not in page
    page = card_page({**data, "timer": None}, "sv", path="/p/x", tables={1: 2, 2: 1})
    assert "Första omgången: bord 2" in page and "Nästa" not in page
    assert "Bordsplaceringen är inte klar" in card_page(data, "sv", path="/p/x", tables={})


def test_the_card_page_speaks_every_participant_language_with_its_switch(served):
    """The rotation card's page is a participant page: every language of the other participant
    pages, chosen the same way (?lang= remembered in a cookie, the cookie, Accept-Language),
    with the same switch, right to left for Arabic and Persian, and no name of the holder."""
    served.perform(lambda store: links_edit.ensure_personal_codes(store, 1))
    codes = served.run(lambda store: [c.code for c in store.list(PersonalCode, "meeting_id = 1")])
    values = served.run(personal_data)
    root = f"http://127.0.0.1:{served.port}/p/"
    for lang in phone_texts.LANGUAGES:
        texts = phone_texts.texts(lang)
        for code in codes:
            status, headers, body = request(f"{root}{code}?lang={lang}")
            assert status == 200 and leaks(body, values) == [], (lang, code)
            assert f"lang={lang}" in headers["set-cookie"]  # remembered, as on the other pages
            found = tags(body)
            html = dict(found)["html"]
            assert (html["lang"], html["dir"]) == (lang, "rtl" if lang in ("ar", "fa") else "ltr")
            links = [a for tag, a in found if tag == "a" and "lang" in a.get("class", "").split()]
            assert [a["hreflang"] for a in links] == list(phone_texts.LANGUAGES)
            assert all(a["href"] == f"/p/{code}?lang={a['hreflang']}" for a in links)
            assert [a["hreflang"] for a in links if "aria-current" in a] == [lang]
            page = body.decode("utf-8")
            assert f'<h1 id="title">{escape(texts["card_title"])}</h1>' in page
            assert escape(texts["card_privacy"], quote=False) in page
            assert [a for tag, a in found if tag == "bdi" and a.get("dir") != "auto"] == []
            # Every sentence is the language's own: no Swedish or English text of the card left.
            if lang not in ("sv", "sv-x-easy", "en"):
                for other in ("sv", "en"):
                    assert phone_texts.texts(other)["card_privacy"] not in page, (lang, other)
        # Chosen by the browser, or by the cookie, without ?lang=.
        _, _, body = request(f"{root}{codes[0]}", headers={"Accept-Language": f"{lang},en;q=0.5"})
        assert dict(tags(body))["html"]["lang"] == lang
        _, _, body = request(f"{root}{codes[0]}", headers={"Cookie": f"lang={lang}", "Accept-Language": "en"})
        assert dict(tags(body))["html"]["lang"] == lang


def test_the_host_page_keeps_to_swedish_and_english(served):
    phone = HostPhone(served.port, link_of(served, 1).token)
    for query, expected in (("?lang=ar", "en"), ("?lang=sv-x-easy", "sv"), ("?lang=sv", "sv"), ("", "sv")):
        _, _, body = phone.get(query)
        found = tags(body)
        assert dict(found)["html"]["lang"] == expected and dict(found)["html"]["dir"] == "ltr", query
        assert [a["hreflang"] for tag, a in found if tag == "a" and "lang" in a.get("class", "").split()] == [
            "sv", "en"], query
    # Its notice after a save too, whole in the page's language (no Arabic word in English).
    _, _, body = phone.get("?lang=ar&sent=risk")
    assert phone_texts.host_text("en", "host_received", kind="Risk").encode() in body
    for key in phone_texts.HOST_TEXTS["sv"]:
        assert key.startswith("host_")  # the card's texts are the participants' now
