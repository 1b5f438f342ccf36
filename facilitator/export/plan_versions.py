"""Stored versions of the plan: the catalogue's read model (``report_data.CatalogueData``)
as JSON and back, so "the plan as sent on remiss" is written later exactly as it was.

The conversion is generic: any tree of dataclasses (the read model's and the domain's
entities), lists, tuples, dicts, strings, numbers, booleans and None, led by the dataclasses'
type hints. It does not know the catalogue's fields, so the read model may grow: a field the
stored JSON lacks (added to the read model since) gets its default, or the empty value of its
type (``""``, ``0``, ``[]``, ``None``...); a field the JSON has and the class no longer knows is
ignored; a value of the wrong shape becomes the empty value of its type. Dicts are stored as
lists of [key, value] pairs, so keys that are numbers (meeting ids) come back as numbers.

``catalogue_snapshot(store)`` is what the stage-change action stores (the read model, read in
the action's own transaction); ``stored_catalogue`` reads a stored version back for the
writer, ``version_contents`` for comparing two versions (``domain/plan.diff_versions``).
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any

from ..domain.entities import Measure, Process

#: The shape of the stored JSON: {"kind": KIND, "format": FORMAT, "data": ...}.
KIND = "catalogue"
FORMAT = 1
#: A stored version larger than this (characters) is not read: no real plan comes near it.
MOST_CHARACTERS = 64 * 1024 * 1024


class StoredVersionError(ValueError):
    """A stored version that cannot be read (damaged, or not a catalogue)."""


# -- to JSON -----------------------------------------------------------------------------------------


def to_json_value(value: Any) -> Any:
    """``value`` as plain JSON values (see the module's docstring)."""
    if value is None or isinstance(value, (bool, int, float)):
        return value.value if isinstance(value, Enum) else value
    if isinstance(value, str):
        return str(value)  # a StrEnum as its plain value
    if isinstance(value, Enum):
        return to_json_value(value.value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json_value(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [to_json_value(item) for item in value]
    if isinstance(value, dict):
        return [[to_json_value(key), to_json_value(item)] for key, item in value.items()]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"cannot store a {type(value).__name__} in a plan version")


def dumps(value: Any) -> str:
    return json.dumps(to_json_value(value), ensure_ascii=False, separators=(",", ":"))


# -- from JSON ---------------------------------------------------------------------------------------


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _is_union(annotation: Any) -> bool:
    return typing.get_origin(annotation) in (typing.Union, types.UnionType)


def empty_value(annotation: Any) -> Any:
    """The empty value of a type: what a missing or misshapen field becomes."""
    if annotation is Any or annotation is None or annotation is type(None):
        return None
    if _is_union(annotation):
        args = typing.get_args(annotation)
        return None if type(None) in args else empty_value(args[0])
    origin = typing.get_origin(annotation) or annotation
    if origin is tuple:
        args = typing.get_args(annotation)
        if args and args[-1] is not Ellipsis:
            return tuple(empty_value(arg) for arg in args)
        return ()
    if isinstance(origin, type) and issubclass(origin, Enum):
        return next(iter(origin))
    if dataclasses.is_dataclass(origin):
        return _build(origin, {})
    simple = {str: "", int: 0, float: 0.0, bool: False, list: [], dict: {}, set: set(), frozenset: frozenset()}
    if origin in simple:
        return type(simple[origin])() if origin in (list, dict, set) else simple[origin]
    return None


def _fits(annotation: Any, value: Any) -> bool:
    """Whether ``value`` (from JSON) has the shape of ``annotation``."""
    origin = typing.get_origin(annotation) or annotation
    if annotation is Any:
        return True
    if origin is type(None):
        return value is None
    if dataclasses.is_dataclass(origin):
        return isinstance(value, dict)
    if origin in (list, tuple, set, frozenset):
        return isinstance(value, list)
    if origin is dict:
        return isinstance(value, (list, dict))
    if origin is bool:
        return isinstance(value, bool)
    if origin is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if origin is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if origin in (str, date, datetime) or (isinstance(origin, type) and issubclass(origin, Enum)):
        return isinstance(value, str)
    return False


def from_json_value(annotation: Any, value: Any) -> Any:
    """A value of type ``annotation`` from what ``to_json_value`` made (see the docstring)."""
    if annotation is Any:
        return value
    if _is_union(annotation):
        args = typing.get_args(annotation)
        if value is None and type(None) in args:
            return None
        for arg in args:
            if arg is not type(None) and _fits(arg, value):
                return from_json_value(arg, value)
        return empty_value(annotation)
    if not _fits(annotation, value):
        return empty_value(annotation)
    origin = typing.get_origin(annotation) or annotation
    args = typing.get_args(annotation)
    if dataclasses.is_dataclass(origin):
        return _build(origin, value)
    if origin in (list, set, frozenset):
        item = args[0] if args else Any
        return origin(from_json_value(item, v) for v in value)
    if origin is tuple:
        if not args or args[-1] is Ellipsis:
            item = args[0] if args else Any
            return tuple(from_json_value(item, v) for v in value)
        return tuple(from_json_value(arg, value[i]) if i < len(value) else empty_value(arg) for i, arg in enumerate(args))
    if origin is dict:
        key_type, item_type = args if args else (Any, Any)
        pairs = value.items() if isinstance(value, dict) else (pair for pair in value if isinstance(pair, list))
        result = {}
        for pair in pairs:
            if len(pair) != 2:
                continue
            key = from_json_value(key_type, pair[0])
            if key_type is int and isinstance(pair[0], str) and pair[0].lstrip("-").isdigit():
                key = int(pair[0])  # a dict stored as a JSON object: its number keys became text
            result[key] = from_json_value(item_type, pair[1])
        return result
    if origin is float:
        return float(value)
    if origin is date:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return empty_value(annotation)
    if origin is datetime:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return empty_value(annotation)
    if isinstance(origin, type) and issubclass(origin, Enum):
        try:
            return origin(value)
        except ValueError:
            return empty_value(annotation)
    return value


def _build(cls: type, values: dict) -> Any:
    """A ``cls`` from stored field values: known fields converted, unknown ones ignored,
    missing ones given their default (or the empty value of their type)."""
    hints = _hints(cls)
    given: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if not f.init:
            continue
        annotation = hints.get(f.name, Any)
        if f.name in values:
            given[f.name] = from_json_value(annotation, values[f.name])
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            given[f.name] = empty_value(annotation)
    return cls(**given)


def loads(cls: type, text: str) -> Any:
    return from_json_value(cls, json.loads(text))


# -- the catalogue -----------------------------------------------------------------------------------


def catalogue_snapshot(store) -> str:
    """The catalogue's read model of ``store`` as stored JSON (what a stage change keeps)."""
    from .report_data import gather_catalogue

    return catalogue_json(gather_catalogue(store))


def catalogue_json(data) -> str:
    """A catalogue read model (``report_data.CatalogueData``) as stored JSON."""
    return json.dumps({"kind": KIND, "format": FORMAT, "data": to_json_value(data)},
                      ensure_ascii=False, separators=(",", ":"))


def _data(content: str) -> dict:
    if len(content) > MOST_CHARACTERS:
        raise StoredVersionError("too large")
    try:
        stored = json.loads(content)
    except (ValueError, RecursionError) as error:
        raise StoredVersionError(str(error)) from None
    if not isinstance(stored, dict) or stored.get("kind") != KIND or not isinstance(stored.get("data"), dict):
        raise StoredVersionError("not a stored catalogue")
    return stored["data"]


def stored_catalogue(content: str):
    """The catalogue's read model as it was stored; raises StoredVersionError."""
    from .report_data import CatalogueData

    data = _data(content)
    try:
        return from_json_value(CatalogueData, data)
    except (TypeError, ValueError, RecursionError) as error:
        raise StoredVersionError(str(error)) from None


def version_contents(content: str) -> tuple[Process, list[Measure], dict[int, str]]:
    """(process row, measures in catalogue order, their numbers by id) of a stored version,
    for ``domain.plan.diff_versions``; raises StoredVersionError."""
    data = stored_catalogue(content)
    measures = [entry.measure for entry in data.measures]
    return data.process, measures, {entry.measure.id: entry.number for entry in data.measures}
