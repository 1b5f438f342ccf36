"""The input pages under hostile phones: random and malformed form bodies, hostile text of every
kind and length, forged tokens, a flood from one device and from many cookies of one address.
Nothing gets a server error, nothing invalid is written, what is written is the cleaned text,
and a real phone still sends in time."""

from __future__ import annotations

import json
import threading
import time
from urllib.parse import quote_from_bytes

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.domain.entities import PhoneSubmission
from facilitator.domain.phone_input import MAX_TEXT, clean_text

from ..share import demo_file, raw_request, request
from ..share.input_helpers import InputServer
from ..share.phones import FORM_HEADERS, Phone
from . import scaled

EXAMPLES = scaled(40, 400)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """Rate limits lifted, so that every example reaches the checks behind them (the flood
    test below has them as they are)."""
    from facilitator.share import server as server_module

    kept = server_module.DEVICE_RATE, server_module.ADDRESS_RATE
    server_module.DEVICE_RATE = server_module.ADDRESS_RATE = (100_000, 100_000.0)
    try:
        with InputServer(demo_file(tmp_path_factory.mktemp("input-attacks")), trusted_addresses=()) as server:
            yield server
    finally:
        server_module.DEVICE_RATE, server_module.ADDRESS_RATE = kept


@pytest.fixture(scope="module")
def attacker(served):
    """One device with a valid cookie and page token (the strongest position a page gives)."""
    phone = Phone(served.port, served.token)
    _, _, page = phone.get("say")
    return phone, phone.csrf(page)


def count(served) -> int:
    return served.run(lambda store: store.count(PhoneSubmission))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.binary(max_size=2048))
def test_random_form_bodies_are_refused_never_a_server_error(served, attacker, body):
    phone, _ = attacker
    before = count(served)
    status, _, _ = request(phone.url("say"), "POST", {**FORM_HEADERS, "Cookie": f"fd={phone.cookies['fd']}",
                                                     "Origin": phone.root}, body)
    assert status in (400, 403, 409, 422), status
    assert count(served) == before  # no token, nothing written


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=1200), kind=st.sampled_from(["idea", "question"]))
def test_hostile_text_is_refused_or_stored_cleaned(served, attacker, text, kind):
    phone, token = attacker
    body = f"csrf={token}&kind={kind}&text={quote_from_bytes(text.encode('utf-8', 'surrogatepass'))}".encode()
    phone.json_answers = True
    try:
        status, _, answer = request(phone.url("say"), "POST", {**FORM_HEADERS, "Cookie": f"fd={phone.cookies['fd']}",
                                                               "Origin": phone.root, "Accept": "application/json"},
                                    body)
    finally:
        phone.json_answers = False
    assert status in (200, 400, 409, 422), status
    if status == 200:
        cleaned = clean_text(text.encode("utf-8", "replace").decode("utf-8"))
        assert json.loads(answer)["ok"]
        stored = served.run(lambda store: store.list(PhoneSubmission)[-1].text)
        assert stored == cleaned and 0 < len(stored) <= MAX_TEXT
        assert not any(c in stored for c in "\x00\u202e\u2066\x1b")


def test_forged_tokens_and_bodies_at_the_limits(served):
    phone = Phone(served.port, served.token)
    _, _, page = phone.get("say")
    before = count(served)
    for forged in ("", "0" * 32, phone.csrf(page)[:-1] + "x", phone.csrf(page).upper(), "a" * 5000):
        assert phone.post("say", {"csrf": forged, "kind": "idea", "text": "x"})[0] in (403, 413), forged
    duplicated = f"csrf={phone.csrf(page)}&csrf={phone.csrf(page)}&kind=idea&text=x".encode()
    assert request(phone.url("say"), "POST", {**FORM_HEADERS, "Cookie": f"fd={phone.cookies['fd']}"},
                   duplicated)[0] == 403
    many = "&".join(f"f{n}=1" for n in range(100)).encode()
    assert request(phone.url("say"), "POST", {**FORM_HEADERS, "Cookie": f"fd={phone.cookies['fd']}"},
                   many)[0] == 400
    for length in ("-1", "99999999999", "abc"):
        answer = raw_request(served.port, (f"POST /m/{served.token}/say HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                           f"Content-Length: {length}\r\nConnection: close\r\n\r\n").encode())
        assert answer.split(b" ", 2)[1] in (b"400", b"413"), length
    assert count(served) == before


def test_a_flood_is_held_and_a_real_phone_still_sends_in_time(tmp_path, monkeypatch):
    from facilitator.domain import phone_input
    from facilitator.share import server as server_module

    monkeypatch.setattr(server_module, "DEVICE_RATE", phone_input.DEVICE_RATE)  # the limits as they ship
    monkeypatch.setattr(server_module, "ADDRESS_RATE", phone_input.ADDRESS_RATE)
    with InputServer(demo_file(tmp_path), trusted_addresses=()) as served:
        script = Phone(served.port, served.token, json_answers=True)
        _, _, page = script.get("say")
        token = script.csrf(page)
        stop = threading.Event()
        codes: list[int] = []

        def flood():
            while not stop.is_set():
                codes.append(script.post("say", {"csrf": token, "kind": "idea", "text": "spam"})[0])
        threads = [threading.Thread(target=flood, daemon=True) for _ in range(4)]
        for thread in threads:
            thread.start()
        time.sleep(scaled(1.5, 10))
        person = Phone(served.port, served.token)
        # The person is on the same machine here (one address): they get through once the
        # address's allowance refills; on a real network their own address is untouched.
        status, _, _ = person.send("Min riktiga idé")
        stop.set()
        for thread in threads:
            thread.join(10)
        assert codes.count(429) > 10 * codes.count(200), (codes.count(200), codes.count(429))
        assert 500 not in codes and 503 not in codes
        # Answered in time: received (303) or asked to wait (429), never "try again" (503, the
        # answer timeout) because the flood held up the writes.
        assert status in (303, 429), status
        written = served.run(lambda store: store.count(PhoneSubmission, "text = 'spam'"))
        assert written <= 20 + 2 * scaled(1.5, 10) + 5  # the device's allowance, no more
