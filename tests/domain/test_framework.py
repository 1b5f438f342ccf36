"""The built-in framework against its source, seed 001, and the checks on a municipality's own list."""

import json
import re
from pathlib import Path

import pytest

from facilitator.domain.framework import FrameworkError, built_in, parse_framework, parse_framework_text
from facilitator.package_data import resource_path

SEED = Path("/work/shared/seeds/001_6339d19bc1b4c8a4.txt")
SHIPPED = resource_path("frameworks", "integrating_cities.json")


def words(text: str) -> str:
    """Letters, digits and single spaces, case-folded: what survives the PDF's line breaks."""
    return " ".join(re.findall(r"[\wåäöéü%€]+", text.replace("\ufffd", " ").casefold()))


@pytest.fixture(scope="module")
def seed_lines():
    if not SEED.exists():
        pytest.skip("the seed texts are not on this machine")
    return SEED.read_text(encoding="utf-8").splitlines()


def test_the_framework_has_the_seeds_counts():
    framework = built_in()
    assert len(framework.themes) == 13
    assert [t.number for t in framework.themes] == list(range(1, 14))
    questions = framework.questions
    assert len(questions) == 61
    assert sum(q.closed for q in questions) == 39
    assert sum(not q.closed for q in questions) == 22
    assert len(framework.environmental_factors) == 7
    assert [len(q.sub_items) for q in questions if q.sub_items] == [4, 3]  # 7.3 and 7.4
    assert all(t.examples for t in framework.themes)
    assert framework.theme(10).key_factor.text == "Kommunen säkerställer att nykomlingar tas emot ordentligt."


def _referenced(framework_json):
    """(text, first line, last line) of every text the shipped file cites."""
    data = framework_json
    yield data["standard"]["text"], *data["standard"]["lines"]
    for theme in data["themes"]:
        yield theme["title"], theme["title_line"], theme["title_line"]
        for part in ("key_factor", "rationale"):
            yield theme[part]["text"], *theme[part]["lines"]
        for question in theme["questions"]:
            yield question["text"], *question["lines"]
            for sub in question["sub_items"]:
                yield sub["text"], *sub["lines"]
        for example in theme["examples"]:
            yield example["text"], *example["lines"]
    for factor in data["environmental_factors"]:
        yield factor["name"] + " " + factor["description"], *factor["lines"]


def test_every_line_reference_points_at_its_text_in_the_seed(seed_lines):
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    checked = 0
    for text, first, last in _referenced(data):
        there = words(" ".join(seed_lines[first - 1:last]))
        assert words(text) and words(text) == there, (first, last, text)
        checked += 1
    assert checked > 61 + 13 * 3 + 7


def test_a_wrong_reference_is_noticed(seed_lines):
    """The check above can fail: a question moved by one line no longer matches."""
    question = built_in().question("2.1")
    first, last = question.lines
    assert words(question.text) != words(" ".join(seed_lines[first:last + 1]))


def test_a_municipalitys_own_list_of_the_same_shape_is_read():
    data = {"key": "var_lista", "name": "Vår lista", "themes": [
        {"number": 1, "title": "Bemötande", "key_factor": {"text": "Kommunen bemöter alla lika."},
         "questions": [{"number": "1.1", "kind": "closed", "text": "Finns riktlinjer?"}]}]}
    framework = parse_framework(data)
    assert (framework.key, framework.theme(1).questions[0].closed) == ("var_lista", True)
    assert framework.environmental_factors == ()


@pytest.mark.parametrize(("text", "says"), [
    ("{", "The file is not valid JSON"),
    ("[]", "The file does not hold a framework"),
    ('{"key": "x", "name": "X", "themes": []}', 'the framework: the list "themes" is missing or empty.'),
    ('{"key": "x", "name": "X", "themes": [{"number": 0}]}', 'theme 1: "number" must be a whole number from 1.'),
    ('{"key": "x", "name": "X", "themes": [{"number": 1, "title": "T", "key_factor": "K", '
     '"questions": [{"number": "1.1", "kind": "maybe", "text": "Q"}]}]}', 'question 1.1: "kind" must be'),
    ('{"key": "x", "name": "X", "themes": [{"number": 1, "title": "T"}]}', 'theme 1: the text "key_factor"'),
    ('{"key": "x", "name": "X", "themes": [{"number": 1, "title": "T", "key_factor": "K"},'
     '{"number": 1, "title": "U", "key_factor": "L"}]}', "Theme number 1 appears twice."),
])
def test_a_faulty_file_is_refused_with_what_is_wrong(text, says):
    with pytest.raises(FrameworkError) as raised:
        parse_framework_text(text)
    assert says in raised.value.message()
