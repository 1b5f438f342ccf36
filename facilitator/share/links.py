"""The addresses phones use. One scheme for the server, the QR codes, the printables and the
projector, so a printed table sign always opens the page the server serves.

    {base}/m/{token}/            the join page of a meeting (title, frame, privacy note)
    {base}/m/{token}/live        the live results page
    {base}/m/{token}/table/{n}   the page of café table n (1-based, in table order)
    {base}/check                 the coordinator's "can phones reach the laptop?" page
    {base}/h/{host token}        a table host's capture page (one link per table, revocable)
    {base}/p/{personal code}     a rotation card's page: the holder's table this round and next

``base`` is "http://HOST:PORT" of the laptop on the local network. The token is the
meeting's ``share_token``: 32 hex characters, random, so a meeting cannot be guessed.
"""

from __future__ import annotations

DEFAULT_PORT = 8765


def base_url(host: str, port: int = DEFAULT_PORT) -> str:
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return f"http://{shown}:{port}"


def join_url(base: str, token: str) -> str:
    return f"{base.rstrip('/')}/m/{token}/"


def live_url(base: str, token: str) -> str:
    return f"{base.rstrip('/')}/m/{token}/live"


def table_url(base: str, token: str, table_number: int) -> str:
    return f"{base.rstrip('/')}/m/{token}/table/{table_number}"


def check_url(base: str) -> str:
    return f"{base.rstrip('/')}/check"


def host_url(base: str, host_token: str) -> str:
    """A table host's capture page (the token is 16 characters, short enough to type)."""
    return f"{base.rstrip('/')}/h/{host_token}"


def card_url(base: str, code: str) -> str:
    """The page a rotation card's QR code opens."""
    return f"{base.rstrip('/')}/p/{code}"
