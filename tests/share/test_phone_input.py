"""Phones send ideas, questions and dots: the server's input pages over real HTTP on loopback,
as a phone without JavaScript posts them (and as the script does, asking for JSON)."""

import json
import re
import time

import pytest

from facilitator.actions import phone_input as edit
from facilitator.actions import publishing
from facilitator.domain.entities import Contribution, PhoneSubmission, PhoneVote
from facilitator.domain.phone_input import MAX_TEXT
from facilitator.share import phone_texts
from facilitator.share.server import CSP_FORMS

from . import demo_file, leaks, personal_data, raw_request, request
from .input_helpers import InputServer
from .phones import FORM_HEADERS, Phone


@pytest.fixture
def served(tmp_path):
    with InputServer(demo_file(tmp_path)) as server:
        yield server


def waiting(server):
    return server.run(lambda store: store.list(PhoneSubmission, "state = 'waiting'"))


def test_a_phone_without_javascript_sends_an_idea_and_is_told_once_it_is_in_the_file(served):
    phone = Phone(served.port, served.token)
    status, headers, page = phone.get("table/2/say")
    assert status == 200 and b'<form class="send" method="post"' in page and b"<script" in page
    assert headers["content-security-policy"] == CSP_FORMS and "form-action 'self'" in CSP_FORMS
    cookie = headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and f"Path=/m/{served.token}/" in cookie
    status, headers, body = phone.post("table/2/say", {"csrf": phone.csrf(page), "kind": "question",
                                                       "text": "Vem äger frågan om lokaler?"})
    assert status == 303 and headers["location"] == f"/m/{served.token}/table/2/say?sent=question"
    (submission,) = waiting(served)  # committed before the answer was sent
    assert (submission.kind, submission.text, submission.state) == ("question", "Vem äger frågan om lokaler?",
                                                                     "waiting")
    table_id = served.run(lambda store: [t.id for t in __import__(
        "facilitator.storage.seating", fromlist=["x"]).tables_of(store, 1)][1])
    assert submission.table_id == table_id and len(submission.device) == 32
    assert phone.cookies["fd"] not in submission.device  # the file keeps a hash, not the cookie
    _, _, after = phone.follow(headers)
    assert phone.notice(after) == phone_texts.text("sv", "received_question")
    assert served.run(lambda store: store.count(Contribution, "text = ?", (submission.text,))) == 0


def test_the_script_path_answers_json(served):
    phone = Phone(served.port, served.token, json_answers=True)
    status, headers, body = phone.send("Fler bänkar i parken")
    assert status == 200 and headers["content-type"] == "application/json"
    assert json.loads(body) == {"ok": True, "message": phone_texts.text("sv", "received_idea"), "dots_left": None}
    status, _, body = phone.send("   ")
    assert status == 409 and json.loads(body) == {"ok": False, "message": phone_texts.text("sv", "refused_empty")}


def test_dots_within_the_budget_per_device(served):
    ids = served.run(lambda store: [c.id for c in store.list(Contribution, "published = 1")][:2])
    phone = Phone(served.port, served.token)
    answers = [phone.dot(ids[0]), phone.dot(ids[0]), phone.dot(ids[1]), phone.dot(ids[1])]
    assert [a[0] for a in answers] == [303, 303, 303, 409]
    assert [a[1].get("location", "").split("left=")[-1] for a in answers[:3]] == ["2", "1", "0"]
    assert phone.notice(answers[3][2]) == phone_texts.text("sv", "refused_no_dots_left")
    _, _, page = phone.get("vote")
    assert b"Du har 0 av 3 prickar kvar" in page and page.count(b'value="dot" class="button" aria-describedby') \
        == page.count(b" disabled>Ge en prick<")
    assert phone.dot(ids[0], "undot")[0] == 303
    other = Phone(served.port, served.token)  # another phone has its own budget
    assert other.dot(ids[0])[0] == 303
    votes = served.run(lambda store: store.list(PhoneVote))
    assert len(votes) == 3 and len({v.device for v in votes}) == 2
    unreleased = served.run(lambda store: store.insert(Contribution(meeting_id=1, text="Dold", published=False)).id)
    assert other.dot(unreleased)[0] == 409


def test_input_off_a_wrong_token_or_table_is_404_and_other_paths_take_no_posts(served):
    phone = Phone(served.port, served.token)
    _, _, page = phone.get("say")
    token = phone.csrf(page)
    assert Phone(served.port, "0" * 32).get("say")[0] == 404
    assert phone.get("table/99/say")[0] == 404
    served.perform(lambda store: edit.set_phone_input(store, 1, False))
    for path in ("say", "vote", "table/1/say"):
        assert phone.get(path)[0] == 404
    assert phone.post("say", {"csrf": token, "kind": "idea", "text": "x"})[0] == 404
    _, _, live = phone.get("live")
    assert b"/say" not in live  # the live page no longer links to it
    for path in ("api/state", "live", ""):
        assert phone.post(path, {"a": "b"})[0] == 405
    assert waiting(served) == []


def test_the_live_join_and_table_pages_link_to_sending_while_input_is_on(served):
    phone = Phone(served.port, served.token)
    _, _, live = phone.get("live")
    assert f'href="/m/{served.token}/say"'.encode() in live and f'href="/m/{served.token}/vote"'.encode() in live
    _, _, table = phone.get("table/3")
    assert f'href="/m/{served.token}/table/3/say"'.encode() in table
    _, _, english = phone.get("", headers={"Accept-Language": "en-GB,en;q=0.9"})
    assert b"Send an idea or question" in english


def test_only_from_the_page_itself(served):
    phone = Phone(served.port, served.token)
    _, _, page = phone.get("say")
    fields = {"csrf": phone.csrf(page), "kind": "idea", "text": "Hej"}
    assert phone.post("say", fields, {"Origin": "http://evil.example"})[0] == 403
    assert phone.post("say", fields, {"Sec-Fetch-Site": "cross-site"})[0] == 403
    assert phone.post("say", fields, {"Origin": "null"}, origin=False)[0] == 403  # a sandboxed page
    assert phone.post("say", {**fields, "csrf": "0" * 32})[0] == 403
    assert phone.post("vote", fields)[0] in (400, 403)  # the say page's token is not the vote page's
    stranger = Phone(served.port, served.token)  # no cookie: nothing to check the token against
    assert stranger.post("say", fields)[0] == 403
    assert waiting(served) == []
    # A browser that sends neither Origin nor Sec-Fetch-Site (old ones) is held by the token.
    assert phone.post("say", fields, origin=False)[0] == 303


def test_host_header_and_no_redirect_built_from_it(served):
    for host in ("evil.example", "evil.example:80", "127.0.0.1.evil.example", "[::1", "a b"):
        answer = raw_request(served.port, f"GET /m/{served.token}/live HTTP/1.1\r\nHost: {host}\r\n"
                                          "Connection: close\r\n\r\n".encode())
        assert answer.startswith(b"HTTP/1.1 400"), host
    for path in (f"/m/{served.token}/live/", f"/m/{served.token}/say/", "/check/"):
        answer = raw_request(served.port, f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                             .encode())
        assert answer.startswith(b"HTTP/1.1 404") and b"location:" not in answer.lower(), path
    status, headers, _ = request(f"http://127.0.0.1:{served.port}/m/{served.token}")
    assert status == 308 and headers["location"] == f"/m/{served.token}/"


def test_sizes_and_kinds_of_body(served):
    phone = Phone(served.port, served.token)
    _, _, page = phone.get("say")
    token = phone.csrf(page)
    status, _, body = phone.post("say", {"csrf": token, "kind": "idea", "text": "x" * 100_000})
    assert status == 413
    status, _, body = phone.post("say", {"csrf": token, "kind": "idea", "text": "å" * (MAX_TEXT + 1)})
    assert status == 422 and phone.notice(body) == phone_texts.text("sv", "refused_too_long", n=MAX_TEXT)
    assert b"\xc3\xa5" * 100 in body  # the text is kept for the sender to shorten
    status, _, _ = phone.post("say", {"csrf": token, "kind": "idea", "text": "x"},
                              {"Content-Type": "multipart/form-data; boundary=x"})
    assert status == 415
    assert phone.post("say", {"csrf": token, "kind": "note", "text": "x"})[0] == 400
    answer = raw_request(served.port, (f"POST /m/{served.token}/say HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                       "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n").encode())
    assert answer.startswith(b"HTTP/1.1 413")
    assert waiting(served) == []


def test_hostile_text_is_stored_cleaned_and_shown_escaped(served):
    phone = Phone(served.port, served.token)
    hostile = "<script>alert(1)</script>\u202egnp.exe\x00\x1b[31m <img src=x onerror=alert(2)>"
    assert phone.send(hostile)[0] == 303
    (submission,) = waiting(served)
    assert submission.text == "<script>alert(1)</script>gnp.exe[31m <img src=x onerror=alert(2)>"

    def approve_and_release(store):
        action = edit.approve(store, [submission.id])
        from facilitator import actions
        actions.perform(store, action)
        actions.perform(store, publishing.release(store, action.contribution_ids))
        served.publish(store)
    served.run(approve_and_release)
    _, _, page = phone.get("vote")
    assert b"<script>alert" not in page and b"<img src=x" not in page
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;gnp.exe" in page
    assert b'dir="auto">&lt;script&gt;' in page


def test_rate_limits_a_script_but_not_a_person(tmp_path):
    with InputServer(demo_file(tmp_path), trusted_addresses=()) as served:
        person = Phone(served.port, served.token)
        assert all(person.send(f"Idé {n}")[0] == 303 for n in range(8))  # a keen participant
        script = Phone(served.port, served.token, json_answers=True)
        _, _, page = script.get("say")
        token = script.csrf(page)
        answers = [script.post("say", {"csrf": token, "kind": "idea", "text": f"spam {n}"})[0] for n in range(40)]
        assert answers.count(429) >= 15 and set(answers) <= {200, 429}
        # Throwing the cookie away does not help: the address is limited too.
        codes = []
        for n in range(80):
            fresh = Phone(served.port, served.token, json_answers=True)
            codes.append(fresh.send(f"ny kaka {n}")[0])
        assert 429 in codes
        assert len(waiting(served)) < 8 + 20 + 80


def test_no_answer_in_time_says_try_again_and_nothing_is_written_later(tmp_path):
    with InputServer(demo_file(tmp_path), draining=False, answer_timeout=0.5) as served:
        phone = Phone(served.port, served.token)
        status, _, body = phone.send("Kommer den fram?")
        assert status == 503  # answered at the answer timeout, not left hanging
        assert phone.notice(body) == phone_texts.text("sv", "try_again")
        assert b"Kommer den fram?" in body  # kept in the form, to send again
        served.draining.set()
        served.wake.set()
        time.sleep(0.3)
        assert waiting(served) == []  # the phone was not told "received": it was not written


def test_no_personal_data_on_the_input_pages(served):
    values = served.run(personal_data)
    phone = Phone(served.port, served.token)
    for path in ("say", "table/1/say", "vote", "live", "", "table/2", "say?lang=en", "vote?sent=dot&left=2"):
        status, _, body = phone.get(path)
        assert status == 200 and leaks(body, values) == [], path
    assert phone.send("Hej")[0] == 303


def test_language_follows_the_phone_and_is_remembered(served):
    phone = Phone(served.port, served.token)
    _, _, page = phone.get("say", headers={"Accept-Language": "en-US,en;q=0.8"})
    assert b'<html lang="en"' in page and b"Send an idea or question" in page
    _, headers, page = phone.get("say?lang=sv", headers={"Accept-Language": "en"})
    assert b'<html lang="sv"' in page and "lang=sv" in headers["set-cookie"]
    _, _, page = phone.get("vote", headers={"Accept-Language": "en"})
    assert b'<html lang="sv"' in page  # remembered
    assert b'hreflang="en"' in page


def test_form_fields_from_a_page_post_as_plain_forms(served):
    """The page's own form: its action, fields and the token are what the server expects."""
    phone = Phone(served.port, served.token)
    _, _, page = phone.get("table/1/say")
    action = re.search(rb'<form class="send" method="post" action="([^"]+)"', page).group(1).decode()
    assert action == f"/m/{served.token}/table/1/say"
    names = set(re.findall(rb'name="([a-z]+)"', page.split(b'<form class="send"')[1].split(b"</form>")[0]))
    assert names == {b"csrf", b"kind", b"text"}
    status, _, _ = request(f"http://127.0.0.1:{served.port}{action}", "POST",
                           {**FORM_HEADERS, "Cookie": f"fd={phone.cookies['fd']}", "Origin": "null",
                            "Sec-Fetch-Site": "same-origin"},
                           f"csrf={phone.csrf(page)}&kind=idea&text=Fr%C3%A5n+formul%C3%A4ret".encode())
    assert status == 303
    assert [s.text for s in waiting(served)] == ["Från formuläret"]
