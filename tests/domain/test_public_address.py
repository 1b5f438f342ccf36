"""The public address: an https address of the folder where the results are published."""

import pytest

from facilitator.domain.public_address import PROBLEMS, AddressProblem, check, meeting_path, meeting_url


@pytest.mark.parametrize("typed, kept", [
    ("https://www.ekbacka.se/lika-ratt", "https://www.ekbacka.se/lika-ratt/"),
    ("  https://WWW.Ekbacka.SE/Resultat/  ", "https://www.ekbacka.se/Resultat/"),
    ("HTTPS://ekbacka.se", "https://ekbacka.se/"),
    ("https://ekbacka.se:443/a/", "https://ekbacka.se/a/"),
    ("https://ekbacka.se:8443/a/", "https://ekbacka.se:8443/a/"),
    ("https://xn--kbacka-gua.se/", "https://xn--kbacka-gua.se/"),
    ("", ""),
    ("   ", ""),
])
def test_an_address_is_kept_ending_in_a_slash(typed, kept):
    assert check(typed) == kept


@pytest.mark.parametrize("typed, code", [
    ("http://www.ekbacka.se/", "not_https"),
    ("www.ekbacka.se/resultat", "not_https"),
    ("ftp://ekbacka.se/", "not_https"),
    ("javascript:alert(1)", "not_https"),
    ("https://", "no_host"),
    ("https:///resultat", "no_host"),
    ("https://localhost/", "no_host"),
    ("https://192.168.1.20/", "no_host"),
    ("https://ekbacka.se:port/", "no_host"),
    ("https://<script>.se/", "no_host"),
    ("https://anna:hemligt@ekbacka.se/", "credentials"),
    ("https://anna@ekbacka.se/", "credentials"),
    ("https://ekbacka.se/?id=3", "query"),
    ("https://ekbacka.se/#resultat", "query"),
    ("https://ekbacka.se/lika rätt/", "spaces"),
    ("https://ekbacka.se/\x00", "spaces"),
    ("https://ekbacka.se/" + "a" * 200, "too_long"),
])
def test_what_is_not_an_address_is_refused_with_its_reason(typed, code):
    with pytest.raises(AddressProblem) as raised:
        check(typed)
    assert raised.value.code == code and code in PROBLEMS


def test_a_meeting_s_results_are_in_its_own_folder():
    assert meeting_path(3) == "moten/3/"
    assert meeting_url("https://ekbacka.se/r/", 12) == "https://ekbacka.se/r/moten/12/"
