"""An assessment framework: themes, each with a key factor (a statement that is true or not for
the municipality), guiding questions (closed or open, some with sub-items), city examples, and
the environmental factors that explain a context.

The built-in framework is the Integrating Cities toolkit "främja kulturell mångfald" (seed 001),
shipped as package data (``resources/frameworks/integrating_cities.json``) with the seed's line
numbers beside every text. A municipality may add its own list in the same JSON shape; it is
checked here (:func:`parse_framework`) and refused with a :class:`FrameworkError` that names
what is wrong. No Qt: the error's ``text`` is an English source text in the "Framework"
context with %1/%2 for its ``args``, which the window and the command line translate.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from .vocabulary import QT_TRANSLATE_NOOP

BUILT_IN = "integrating_cities"
QUESTION_KINDS = ("closed", "open")

# The modes the toolkit names (seed 001 L44-94).
MODE_INTERNAL, MODE_PEER_REVIEW, MODE_PLAN = "internal", "peer_review", "plan"
MODES = (MODE_INTERNAL, MODE_PEER_REVIEW, MODE_PLAN)


class FrameworkError(ValueError):
    """A framework file that cannot be used: ``text`` (to translate) with ``args`` for %1, %2."""

    def __init__(self, text: str, *args: object):
        super().__init__(text)
        self.text = text
        self.args_ = args  # a value, or a place: (source text with %1, value)

    def message(self, translate: Callable[[str], str] = lambda text: text) -> str:
        """The message in words, each source text passed through ``translate``."""
        out = translate(self.text)
        for number, value in enumerate(self.args_, start=1):
            if isinstance(value, tuple):
                value = translate(value[0]).replace("%1", str(value[1]))
            out = out.replace(f"%{number}", str(value))
        return out


@dataclass(frozen=True)
class Text:
    text: str
    lines: tuple[int, int] | None = None  # where the seed says it (first, last), if it comes from one


@dataclass(frozen=True)
class GuidingQuestion:
    number: str  # "7.3"
    kind: str  # closed | open
    text: str
    sub_items: tuple[Text, ...] = ()
    lines: tuple[int, int] | None = None

    @property
    def closed(self) -> bool:
        return self.kind == "closed"


@dataclass(frozen=True)
class Example:
    city: str
    text: str
    lines: tuple[int, int] | None = None


@dataclass(frozen=True)
class FrameworkTheme:
    number: int
    title: str
    key_factor: Text
    rationale: Text
    questions: tuple[GuidingQuestion, ...]
    examples: tuple[Example, ...] = ()
    title_line: int | None = None

    def label(self) -> str:
        return f"{self.number:02d} {self.title}"


@dataclass(frozen=True)
class EnvironmentalFactor:
    number: int
    name: str
    description: str
    lines: tuple[int, int] | None = None


@dataclass(frozen=True)
class Framework:
    key: str
    name: str
    source: str
    themes: tuple[FrameworkTheme, ...]
    environmental_factors: tuple[EnvironmentalFactor, ...] = ()
    standard: Text | None = None

    def theme(self, number: int) -> FrameworkTheme | None:
        return next((t for t in self.themes if t.number == number), None)

    def question(self, number: str) -> GuidingQuestion | None:
        return next((q for t in self.themes for q in t.questions if q.number == number), None)

    def theme_of_question(self, number: str) -> FrameworkTheme | None:
        return next((t for t in self.themes if any(q.number == number for q in t.questions)), None)

    @property
    def questions(self) -> tuple[GuidingQuestion, ...]:
        return tuple(q for t in self.themes for q in t.questions)

    def theme_numbers(self) -> tuple[int, ...]:
        return tuple(t.number for t in self.themes)


# -- reading the JSON shape ------------------------------------------------------------------

def _lines(value: Any, where: Any) -> tuple[int, int] | None:
    if value is None:
        return None
    if (isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) and v > 0 for v in value)
            and value[0] <= value[1]):
        return (value[0], value[1])
    raise FrameworkError(QT_TRANSLATE_NOOP("Framework", "%1: \"lines\" must be two line numbers, first and last."),
                         where)


def _text(data: Any, key: str, where: Any, required: bool = True) -> str:
    value = data.get(key, "") if isinstance(data, dict) else None
    if not isinstance(value, str) or (required and not value.strip()):
        raise FrameworkError(QT_TRANSLATE_NOOP("Framework", "%1: the text \"%2\" is missing or empty."), where, key)
    return value.strip()


def _list(data: dict, key: str, where: Any, required: bool = True) -> list:
    value = data.get(key, [] if not required else None)
    if not isinstance(value, list) or (required and not value):
        raise FrameworkError(QT_TRANSLATE_NOOP("Framework", "%1: the list \"%2\" is missing or empty."), where, key)
    return value


def _part(data: Any, key: str, where: Any) -> Text:
    value = data.get(key)
    if isinstance(value, str):
        return Text(value.strip())
    if not isinstance(value, dict):
        raise FrameworkError(QT_TRANSLATE_NOOP("Framework", "%1: the text \"%2\" is missing or empty."), where, key)
    return Text(_text(value, "text", where), _lines(value.get("lines"), where))


def parse_framework(data: Any) -> Framework:
    """A framework from its JSON shape (a dict); raises FrameworkError naming the first fault."""
    if not isinstance(data, dict):
        raise FrameworkError(QT_TRANSLATE_NOOP("Framework", "The file does not hold a framework (a JSON object)."))
    top = (QT_TRANSLATE_NOOP("Framework", "the framework"), "")
    key = _text(data, "key", top)
    name = _text(data, "name", top)
    themes: list[FrameworkTheme] = []
    seen_questions: set[str] = set()
    for index, raw in enumerate(_list(data, "themes", top), start=1):
        where: Any = (QT_TRANSLATE_NOOP("Framework", "theme %1"), index)
        if not isinstance(raw, dict) or not isinstance(raw.get("number"), int) or raw["number"] < 1:
            raise FrameworkError(QT_TRANSLATE_NOOP("Framework", "%1: \"number\" must be a whole number from 1."),
                                 where)
        number = raw["number"]
        if any(t.number == number for t in themes):
            raise FrameworkError(QT_TRANSLATE_NOOP("Framework", "Theme number %1 appears twice."), number)
        questions = []
        for q in _list(raw, "questions", where, required=False):
            q_where = (QT_TRANSLATE_NOOP("Framework", "question %1"), q.get("number", "?") if isinstance(q, dict) else "?")
            if not isinstance(q, dict):
                raise FrameworkError(QT_TRANSLATE_NOOP("Framework", "%1 is not a question (a JSON object)."), q_where)
            qnumber = _text(q, "number", q_where)
            if qnumber in seen_questions:
                raise FrameworkError(QT_TRANSLATE_NOOP("Framework", "Question %1 appears twice."), qnumber)
            seen_questions.add(qnumber)
            kind = q.get("kind", "open")
            if kind not in QUESTION_KINDS:
                raise FrameworkError(
                    QT_TRANSLATE_NOOP("Framework", "%1: \"kind\" must be \"closed\" or \"open\", not \"%2\"."),
                    q_where, kind)
            subs = tuple(Text(_text(s, "text", q_where), _lines(s.get("lines"), q_where))
                         for s in _list(q, "sub_items", q_where, required=False))
            questions.append(GuidingQuestion(qnumber, kind, _text(q, "text", q_where), subs,
                                             _lines(q.get("lines"), q_where)))
        examples = tuple(
            Example(_text(e, "city", where, required=False), _text(e, "text", where), _lines(e.get("lines"), where))
            for e in _list(raw, "examples", where, required=False))
        themes.append(FrameworkTheme(
            number, _text(raw, "title", where), _part(raw, "key_factor", where),
            _part(raw, "rationale", where) if raw.get("rationale") else Text(""),
            tuple(questions), examples, raw.get("title_line") if isinstance(raw.get("title_line"), int) else None))
    factors = []
    for index, raw in enumerate(_list(data, "environmental_factors", top, required=False), start=1):
        where = (QT_TRANSLATE_NOOP("Framework", "environmental factor %1"), index)
        if not isinstance(raw, dict):
            raise FrameworkError(QT_TRANSLATE_NOOP("Framework", "%1: the text \"%2\" is missing or empty."), where, "name")
        factors.append(EnvironmentalFactor(
            raw.get("number", index), _text(raw, "name", where),
            _text(raw, "description", where, required=False), _lines(raw.get("lines"), where)))
    standard = _part(data, "standard", top) if data.get("standard") else None
    return Framework(key, name, str(data.get("source", "")), tuple(sorted(themes, key=lambda t: t.number)),
                     tuple(factors), standard)


def parse_framework_text(text: str) -> Framework:
    """A framework from the text of a JSON file."""
    try:
        data = json.loads(text)
    except ValueError as error:
        raise FrameworkError(QT_TRANSLATE_NOOP("Framework", "The file is not valid JSON (%1)."), error) from error
    return parse_framework(data)


@functools.lru_cache(maxsize=1)
def built_in() -> Framework:
    """The Integrating Cities framework shipped with the app (package data, read once)."""
    resource = files("facilitator").joinpath("resources", "frameworks", f"{BUILT_IN}.json")
    return parse_framework_text(resource.read_text(encoding="utf-8"))
