"""Fills unfinished entries of a Qt .ts catalogue from JSON files of Swedish texts.

    python tools/fill_translations.py facilitator/resources/i18n/facilitator_sv.ts /tmp/tr/*.json

Each JSON file maps "Context|English source" to the Swedish text, or to a list
[singular, plural] for a "%n" source. Entries already translated are left alone unless
--force is given. Prints what is still unfinished, so nothing slips through.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET


def load(paths: list[str]) -> dict[str, object]:
    merged: dict[str, object] = {}
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            merged.update(json.load(handle))
    return merged


def fill(ts_path: str, texts: dict[str, object], force: bool = False) -> list[str]:
    tree = ET.parse(ts_path)
    unfinished = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            done = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            key = f"{name}|{source}"
            if done and not force:
                continue
            value = texts.get(key)
            if value is None:
                if not done:
                    unfinished.append(key)
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value, value]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value[-1] if isinstance(value, list) else value
            translation.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return unfinished


def main(argv: list[str]) -> int:
    force = "--force" in argv
    args = [a for a in argv if a != "--force"]
    missing = fill(args[0], load(args[1:]), force)
    for key in missing:
        print("unfinished:", key)
    print(f"{len(missing)} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
