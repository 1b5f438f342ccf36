"""The phone pages as files: no external assets, no inline code, complete strings, contrast."""

import re
from html.parser import HTMLParser

import pytest

from facilitator.share import phone_texts
from facilitator.share.server import PAGES, STATIC_FILES, web_dir

WEB = web_dir()
APP_JS = (WEB / "app.js").read_text(encoding="utf-8")
CSS = (WEB / "style.css").read_text(encoding="utf-8")


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.script_text = ""
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.script_text += data


def parse(name: str) -> Page:
    page = Page()
    page.feed((WEB / name).read_text(encoding="utf-8"))
    return page


def strings(language: str) -> dict[str, str]:
    """The texts a page in ``language`` gets (the check page's own texts included)."""
    return {**phone_texts.texts(language), **phone_texts.check_texts(language)}


@pytest.mark.parametrize("name", PAGES)
def test_pages_are_self_contained_and_accessible(name):
    page = parse(name)
    tags = [tag for tag, _ in page.tags]
    attributes = [(tag, attrs) for tag, attrs in page.tags]
    html = dict(attributes)["html"]
    assert html.get("lang") == "sv"
    assert tags.count("h1") == 1 and "main" in tags and "header" in tags and "footer" in tags
    assert any(t == "meta" and a.get("name") == "viewport" for t, a in attributes)
    for tag, attrs in attributes:
        assert "style" not in attrs, (name, tag)  # CSP: no inline style
        assert not any(key.startswith("on") for key in attrs), (name, tag)  # no inline handlers
        for key in ("src", "href"):
            value = attrs.get(key) or ""
            assert not re.match(r"^(?:[a-z]+:)?//", value), (name, value)  # nothing from elsewhere
            assert not value.startswith(("data:", "javascript:")), (name, value)
        if tag == "script":
            assert attrs.get("src") == "/s/app.js"
        if tag == "button":
            assert attrs.get("id") != "lang-toggle"  # the language switch is plain links
    assert page.script_text.strip() == ""
    assert "<style" not in (WEB / name).read_text(encoding="utf-8")


def test_assets_reference_nothing_outside():
    for name, _ in STATIC_FILES.values():
        text = (WEB / name).read_text(encoding="utf-8")
        text = text.replace('xmlns="http://www.w3.org/2000/svg"', "")
        assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/", text), name
        assert "@import" not in text and "url(" not in text, name
    assert "eval(" not in APP_JS and "new Function" not in APP_JS


def test_data_is_never_rendered_as_html():
    for pattern in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "createContextualFragment"):
        assert pattern not in APP_JS


def test_every_text_the_pages_use_is_there():
    sv, en = strings("sv"), strings("en")
    assert len(sv) > 80
    assert set(sv) == set(en)
    assert "STRINGS = {" not in APP_JS  # the texts come with the page, from texts/<language>.json
    used = set()
    for name in PAGES:
        for _, attrs in parse(name).tags:
            used.update(v for k, v in attrs.items() if k in ("data-i18n", "data-i18n-label"))
    used.update(re.findall(r'\bt\("(\w+)"[,)]', APP_JS))
    assert used - set(sv) == set()
    assert set(re.findall(r'"(kind_[a-z]+|status_[a-z]+)"', APP_JS)) <= set(sv)
    for kind in ("idea", "note", "question", "quote", "risk", "obstacle"):
        assert f"kind_{kind}" in sv
    for status in ("decided", "ongoing", "done", "cancelled"):
        assert f"status_{status}" in sv
    # The static Swedish text in the pages is the table's Swedish text.
    for name in PAGES:
        source = (WEB / name).read_text(encoding="utf-8")
        for key, text in re.findall(r'data-i18n="(\w+)"[^>]*>([^<]+)<', source):
            assert sv[key] == text, (name, key)


def _luminance(hex_colour: str) -> float:
    value = hex_colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_colours_meet_wcag_aa():
    colours = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6});", CSS))
    text_pairs = [
        ("text", "page"), ("text", "card"), ("muted", "page"), ("muted", "card"), ("muted", "kept-bg"),
        ("accent", "card"), ("accent", "page"), ("accent-text", "accent"),
        ("measure-text", "measure-bg"), ("merged-text", "merged-bg"), ("kept-text", "kept-bg"),
        ("new-text", "new-bg"), ("timer-text", "timer-bg"), ("notice-text", "notice-bg"),
        ("ok", "card"), ("ok", "page"), ("fail", "card"), ("fail", "page"),
    ]
    for fore, back in text_pairs:
        assert contrast(colours[fore], colours[back]) >= 4.5, (fore, back, contrast(colours[fore], colours[back]))
    for back in ("page", "card"):  # the focus ring (outside the control) and control borders: 3:1
        assert contrast(colours["focus"], colours[back]) >= 3, back
    assert contrast(colours["accent"], colours["card"]) >= 3  # button borders
    assert contrast(colours["new-text"], colours["card"]) >= 3  # the bar that marks a new item


def test_font_sizes_are_relative_and_readable():
    sizes = [float(v) for v in re.findall(r"font-size:\s*([\d.]+)rem", CSS)]
    assert min(sizes) >= 0.875  # 14 px at the default size; the body text is 17 px
    assert "px;" not in re.sub(r"(outline|border|border-left|margin|padding|top|left|width|height|clip)[^;]*;", "", CSS)
