"""Builds facilitator/resources/frameworks/integrating_cities.json from seed 001.

The structure (which lines hold which theme, key factor, question, example and environmental
factor) comes from the hand-made mapping in research/seeds-other.md §1.2–1.3; every text is
taken from the seed file itself, by those line numbers, so the package data says exactly what
the seed says and where. Run once; the shipped JSON is what the app reads.

    python tools/framework_from_seed.py SEED.txt seeds-other.md OUT.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

BULLET = re.compile(r"^[\s•\-–\ufffd\uf0b7\uf0a7\u2022]+")


def clean_line(line: str) -> str:
    line = line.replace("\ufffd", "").replace("\t", " ")
    return BULLET.sub("", line).strip()


def text_of(lines: list[str], first: int, last: int) -> str:
    parts = [clean_line(line) for line in lines[first - 1:last]]
    return re.sub(r"\s+", " ", " ".join(p for p in parts if p)).strip()


def span(text: str) -> tuple[int, int]:
    m = re.search(r"L(\d+)(?:-(\d+))?", text)
    assert m, text
    first = int(m.group(1))
    return first, int(m.group(2) or first)


CITY = {
    "Diversity Works for London": "London", "Brussels Pact": "Bryssel", "Copenhagen": "Köpenhamn",
    "Florence": "Florens",
}


def build(seed: Path, research: Path) -> dict:
    lines = seed.read_text(encoding="utf-8").splitlines()
    md = research.read_text(encoding="utf-8")
    part = md.split("### 1.2", 1)[1].split("### 1.4", 1)[0]
    themes = []
    for block in re.split(r"\n#### ", part)[1:]:
        if not re.match(r"\d\d ", block):
            continue
        head = block.splitlines()[0]
        number = int(head[:2])
        title_line = span(head.split("theme", 1)[1])[0]
        key = re.search(r"\*\*Key factor \[(L[\d-]+)\]", block).group(1)
        rationale = re.search(r"\*\*Rationale[^L]*(L[\d-]+)", block).group(1)
        questions: list[dict] = []
        for row in re.findall(r"^\| (\d+\.\d+[a-d]?) \|(.*)$", block, re.M):
            ident, rest = row
            cells = [c.strip() for c in rest.split("|")]
            kind, where = cells[-3], cells[-2]
            first, last = span(where)
            if ident[-1].isalpha():
                questions[-1]["sub_items"].append({"text": text_of(lines, first, last).rstrip(","), "lines": [first, last]})
                continue
            question = {"number": ident, "kind": "closed" if kind.startswith("C") else "open", "sub_items": []}
            if ident == "7.4":  # the three sub-items are dashes inside the question
                question["sub_items"] = [
                    {"text": text_of(lines, a, b).rstrip(","), "lines": [a, b]} for a, b in ((714, 714), (715, 715), (716, 718))
                ]
                last = 713
            question.update(text=text_of(lines, first, last), lines=[first, last])
            questions.append(question)
        examples = []
        examples_part = block.split("**Example", 1)[1]
        for m in re.finditer(r"^- (.+?): .*\[(L[\d-]+)\]", examples_part, re.M):
            city = CITY.get(m.group(1).strip('"'), m.group(1))
            first, last = span(m.group(2))
            examples.append({"city": city, "text": text_of(lines, first, last), "lines": [first, last]})
        kf_first, kf_last = span(key)
        r_first, r_last = span(rationale)
        title = text_of(lines, title_line, title_line)
        themes.append({
            "number": number,
            "title": title[:1] + title[1:].lower(),
            "title_line": title_line,
            "key_factor": {"text": text_of(lines, kf_first, kf_last), "lines": [kf_first, kf_last]},
            "rationale": {"text": text_of(lines, r_first, r_last), "lines": [r_first, r_last]},
            "questions": questions,
            "examples": examples,
        })
    factors = []
    env = md.split("### 1.3", 1)[1].split("### 1.4", 1)[0]
    for m in re.finditer(r"^\| E(\d) \| (.+?) \| .*\| (L[\d-]+) \|$", env, re.M):
        first, last = span(m.group(3))
        name = m.group(2)
        whole = text_of(lines, first, last)
        assert whole.startswith(name), (whole, name)
        factors.append({
            "number": int(m.group(1)), "name": name, "description": whole[len(name):].strip(), "lines": [first, last],
        })
    return {
        "format": 1,
        "key": "integrating_cities",
        "name": "Integrating Cities: främja kulturell mångfald",
        "source": "Integrating Cities/EUROCITIES (MIXITIES), riktlinjer för att främja kulturell mångfald; "
                  "seed 001_6339d19bc1b4c8a4.txt",
        "standard": {"text": text_of(lines, 114, 117), "lines": [114, 117]},
        "modes": [
            {"key": "internal", "name": text_of(lines, 47, 47), "question": text_of(lines, 44, 45), "lines": [44, 51]},
            {"key": "peer_review", "name": text_of(lines, 57, 57), "question": text_of(lines, 53, 55), "lines": [53, 75]},
            {"key": "plan", "name": text_of(lines, 84, 84), "question": text_of(lines, 81, 82), "lines": [81, 94]},
        ],
        "themes": themes,
        "environmental_factors": factors,
    }


if __name__ == "__main__":
    seed, research, out = map(Path, sys.argv[1:4])
    data = build(seed, research)
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    q = [q for t in data["themes"] for q in t["questions"]]
    print(len(data["themes"]), len(q), sum(x["kind"] == "closed" for x in q), len(data["environmental_factors"]))
