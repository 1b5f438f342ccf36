"""A phone without JavaScript for the tests: real HTTP on loopback, its own cookies, the forms
of the input pages read from the HTML and posted as a browser posts them."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import urlencode, urlsplit

from . import request

FORM_HEADERS = {"Content-Type": "application/x-www-form-urlencoded"}


class Phone:
    def __init__(self, port: int, token: str, json_answers: bool = False):
        self.port = port
        self.token = token
        self.root = f"http://127.0.0.1:{port}"
        self.cookies: dict[str, str] = {}
        self.json_answers = json_answers
        self.last_body = b""

    def url(self, path: str) -> str:
        return f"{self.root}/m/{self.token}/{path}"

    def _cookie_header(self) -> dict:
        return {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())} if self.cookies else {}

    def _keep_cookies(self, headers: dict) -> None:
        value = headers.get("set-cookie")
        if value:
            for part in value.split(", "):
                name, _, rest = part.partition("=")
                if name.strip() in ("fd", "lang"):
                    self.cookies[name.strip()] = rest.split(";")[0]

    def get(self, path: str, headers: dict | None = None):
        status, answer_headers, body = request(self.url(path), headers={**self._cookie_header(), **(headers or {})})
        self._keep_cookies(answer_headers)
        self.last_body = body
        return status, answer_headers, body

    @staticmethod
    def csrf(body: bytes) -> str:
        found = re.search(rb'name="csrf" value="([0-9a-f]+)"', body)
        assert found, body[:300]
        return found.group(1).decode()

    def post(self, path: str, fields: dict, headers: dict | None = None, origin: bool = True):
        extra = {"Origin": self.root, "Sec-Fetch-Site": "same-origin"} if origin else {}
        if self.json_answers:
            extra["Accept"] = "application/json"
        body = urlencode(fields).encode()
        status, answer_headers, answer = request(
            self.url(path), "POST", {**FORM_HEADERS, **self._cookie_header(), **extra, **(headers or {})}, body)
        self._keep_cookies(answer_headers)
        return status, answer_headers, answer

    def send(self, text: str, kind: str = "idea", table: int | None = None):
        """Opens the say page and sends the form, as a person does; (status, headers, body)."""
        path = f"table/{table}/say" if table else "say"
        _, _, page = self.get(path)
        return self.post(path, {"csrf": self.csrf(page), "kind": kind, "text": text})

    def dot(self, contribution_id: int, op: str = "dot"):
        _, _, page = self.get("vote")
        return self.post("vote", {"csrf": self.csrf(page), "contribution": str(contribution_id), "op": op})

    def follow(self, headers: dict):
        """Follows a 303 as a browser does: a path on the same server."""
        location = headers["location"]
        assert location.startswith("/m/") and urlsplit(location).netloc == ""
        path = location.split(f"/m/{self.token}/", 1)[1]
        return self.get(path)

    @staticmethod
    def released_ids(body: bytes) -> list[int]:
        return [int(x) for x in re.findall(rb'name="contribution" value="(\d+)"', body)]

    @staticmethod
    def notice(body: bytes) -> str:
        found = re.search(rb'id="notice"[^>]*>([^<]*)<', body)
        return unescape(found.group(1).decode()) if found else ""


class HostPhone:
    """A table host's phone: the host link's page, its cookie, its form."""

    def __init__(self, port: int, token: str, json_answers: bool = False):
        self.root = f"http://127.0.0.1:{port}"
        self.path = f"/h/{token}"
        self.cookies: dict[str, str] = {}
        self.json_answers = json_answers

    def _cookie(self) -> dict:
        return {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())} if self.cookies else {}

    def _keep(self, headers: dict) -> None:
        for part in headers.get("set-cookie", "").split(", "):
            name, _, rest = part.partition("=")
            if name.strip() in ("fd", "lang"):
                self.cookies[name.strip()] = rest.split(";")[0]

    def get(self, query: str = "", headers: dict | None = None):
        status, answer, body = request(self.root + self.path + query, headers={**self._cookie(), **(headers or {})})
        self._keep(answer)
        return status, answer, body

    def post(self, fields: dict, headers: dict | None = None):
        extra = {"Origin": self.root, "Sec-Fetch-Site": "same-origin"}
        if self.json_answers:
            extra["Accept"] = "application/json"
        status, answer, body = request(self.root + self.path, "POST",
                                       {**FORM_HEADERS, **self._cookie(), **extra, **(headers or {})},
                                       urlencode(fields).encode())
        self._keep(answer)
        return status, answer, body

    def capture(self, text: str, kind: str = "note", mitigations: str = ""):
        _, _, page = self.get()
        return self.post({"csrf": csrf(page), "kind": kind, "text": text, "mitigations": mitigations})


def csrf(page: bytes) -> str:
    found = re.search(rb'name="csrf" value="([0-9a-f]+)"', page)
    assert found, page[:300]
    return found.group(1).decode()
