from hypothesis import given
from hypothesis import strategies as st

from facilitator.domain.swedish import sort_key


def test_swedish_alphabet_order():
    names = ["Örjan", "Åsa", "Zlatan", "Ängla", "Anna", "Östen", "Ådel", "émile", "Olle"]
    assert sorted(names, key=sort_key) == ["Anna", "émile", "Olle", "Zlatan", "Ådel", "Åsa", "Ängla", "Örjan", "Östen"]


def test_case_does_not_matter_first():
    assert sorted(["bo", "Ara", "anna"], key=sort_key) == ["anna", "Ara", "bo"]


def test_decomposed_letters_sort_like_composed_ones():
    assert sort_key("A\u030asa")[0] == sort_key("Åsa")[0]


@given(st.lists(st.text()))
def test_sort_key_is_total(texts):
    sorted(texts, key=sort_key)
