"""A Word template made safe and small before python-docx opens it.

The package is checked from its zip directory first (size, parts, what they unpack to, how
tightly each is packed: :data:`TEMPLATE_LIMITS`), so a bomb is refused before anything is
inflated. Then a new package is built holding only what an export takes from a template:

* the main document with its body left out (streamed, so a long body is never held whole),
  keeping the page setup (the last ``w:sectPr``) and the page background;
* its styles, numbering, theme, settings, fonts table (with embedded fonts) and web settings;
* the headers and footers that page setup uses, with the pictures (a logo) they show;
* the core properties (the export rewrites them).

Everything else (comments, footnotes, glossary, custom XML, macros, thumbnails, embedded
objects, and any part no kept part points to) stays out, so nothing a template carries
beyond its looks is copied into every exported document. A .dotx becomes a .docx here too.
"""

from __future__ import annotations

import copy
import posixpath
import zipfile
from io import BytesIO

from lxml import etree

from ..importers.zip_guard import MB, ZipLimits, check_zip

__all__ = ["TEMPLATE_LIMITS", "needed_parts"]

#: A municipality's template is a few hundred KB (a logo, styles); these leave room for a
#: long sample body (streamed and left out) and a large picture in the header.
TEMPLATE_LIMITS = ZipLimits(
    max_file_bytes=20 * MB,
    max_entries=500,
    max_total_bytes=100 * MB,
    max_entry_bytes=20 * MB,
    max_ratio=100,
    part_limits={"word/document*.xml": 60 * MB, "*.xml": 10 * MB, "*.rels": 2 * MB},
)

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_DOTX = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_DOTM = "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"
_DOCM = "application/vnd.ms-word.document.macroEnabled.main+xml"

# Relationship types (the last part of the type URI) a document keeps without naming them.
_DOCUMENT_KEEPS = {"styles", "numbering", "theme", "settings", "fontTable", "webSettings", "stylesWithEffects"}
_ROOT_KEEPS = {"officeDocument", "core-properties"}
# Elements of settings.xml that point outside what is kept (an attached template on a server,
# a mail merge source, footnote separators).
_SETTINGS_DROPS = ("attachedTemplate", "mailMerge", "footnotePr", "endnotePr", "docVars")
# A page setup's pointer to printer settings, which are not kept.
_SECTION_DROPS = ("printerSettings",)

_PARSER = dict(resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=False)


class TemplatePackageError(Exception):
    """The package is not a usable Word document (no main part, broken XML)."""


def needed_parts(data: bytes) -> bytes:
    """The template ``data`` (.docx/.dotx, already read) reduced to what an export needs.

    Raises zip_guard.ArchiveRefused over a limit, TemplatePackageError (or zipfile/lxml
    errors) when it is no Word document.
    """
    with zipfile.ZipFile(BytesIO(data)) as archive:
        check_zip(archive, TEMPLATE_LIMITS)
        return _Builder(archive).build()


def _type_name(relationship) -> str:
    return relationship.get("Type", "").rsplit("/", 1)[-1]


def _rels_name(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def _target(part: str, relationship) -> str | None:
    if relationship.get("TargetMode") == "External":
        return None
    target = relationship.get("Target", "")
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(part), target))


class _Builder:
    def __init__(self, archive: zipfile.ZipFile):
        self.archive = archive
        self.names = set(archive.namelist())
        self.out: dict[str, bytes] = {}

    def _xml(self, name: str):
        return etree.fromstring(self.archive.read(name), etree.XMLParser(**_PARSER))

    def _relationships(self, part: str):
        name = _rels_name(part) if part else "_rels/.rels"
        if name not in self.names:
            return None
        return self._xml(name)

    def build(self) -> bytes:
        if "[Content_Types].xml" not in self.names:
            raise TemplatePackageError("no [Content_Types].xml")
        root_rels = self._relationships("")
        if root_rels is None:
            raise TemplatePackageError("no package relationships")
        main = None
        for relationship in list(root_rels):
            target = _target("", relationship)
            kind = _type_name(relationship)
            if kind not in _ROOT_KEEPS or target is None or target not in self.names:
                root_rels.remove(relationship)
            elif kind == "officeDocument":
                main = target
            else:
                self._keep(target, "")
        if main is None:
            raise TemplatePackageError("no main document")
        self.out["_rels/.rels"] = etree.tostring(root_rels, xml_declaration=True, encoding="UTF-8", standalone=True)

        document, used_ids = self._document_without_body(main)
        self.out[main] = document
        self._keep_related(main, lambda rel: _type_name(rel) in _DOCUMENT_KEEPS or rel.get("Id") in used_ids)
        self.out["[Content_Types].xml"] = self._content_types()
        buffer = BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as copy_:
            for name in ("[Content_Types].xml", "_rels/.rels"):
                copy_.writestr(name, self.out.pop(name))
            for name, content in self.out.items():
                copy_.writestr(name, content)
        return buffer.getvalue()

    def _keep(self, part: str, referrer: str) -> None:
        """Copies ``part`` and, recursively, the parts its XML points to by relationship id."""
        if part in self.out or part not in self.names:
            return
        content = self.archive.read(part)
        if posixpath.basename(part) == "settings.xml":
            content = self._clean_settings(content)
            self.out[part] = content
            return  # its relationships (an attached template, a merge source) are left out
        self.out[part] = content
        if part.endswith(".xml"):
            self._keep_related(part, lambda rel, text=content: f'"{rel.get("Id")}"'.encode() in text)

    def _keep_related(self, part: str, wanted) -> None:
        relationships = self._relationships(part)
        if relationships is None:
            return
        for relationship in list(relationships):
            target = _target(part, relationship)
            if target is None or target not in self.names or not wanted(relationship):
                relationships.remove(relationship)
            else:
                self._keep(target, part)
        if len(relationships):
            self.out[_rels_name(part)] = etree.tostring(
                relationships, xml_declaration=True, encoding="UTF-8", standalone=True)

    def _clean_settings(self, content: bytes) -> bytes:
        settings = etree.fromstring(content, etree.XMLParser(**_PARSER))
        for name in _SETTINGS_DROPS:
            for element in settings.findall(f"{{{_W}}}{name}"):
                settings.remove(element)
        return etree.tostring(settings, xml_declaration=True, encoding="UTF-8", standalone=True)

    def _document_without_body(self, main: str) -> tuple[bytes, set[str]]:
        """The main part with an empty body but its last page setup, streamed: a body of any
        length is never held whole. Also the relationship ids that page setup uses."""
        body_tag, section_tag = f"{{{_W}}}body", f"{{{_W}}}sectPr"
        root = None
        kept_top: list = []  # the document's children other than the body (a background)
        section = None
        depth = 0
        keeping = 0  # > 0 inside an element that is kept whole
        with self.archive.open(main) as stream:
            for event, element in etree.iterparse(stream, events=("start", "end"), **_PARSER):
                if event == "start":
                    if depth == 0:
                        root = element
                    elif keeping or (depth == 1 and element.tag != body_tag) or (
                            depth == 2 and element.tag == section_tag):
                        keeping += 1
                    depth += 1
                    continue
                depth -= 1
                if keeping:
                    keeping -= 1
                    if keeping == 0:
                        if depth == 1:
                            kept_top.append(copy.deepcopy(element))
                        else:
                            section = copy.deepcopy(element)
                    else:
                        continue
                if depth >= 1:
                    # Free what has been read: this element and its earlier siblings.
                    element.clear()
                    parent = element.getparent()
                    while element.getprevious() is not None and parent is not None:
                        del parent[0]
        if root is None:
            raise TemplatePackageError("empty main document")
        document = etree.Element(root.tag, attrib=dict(root.attrib), nsmap=root.nsmap)
        for element in kept_top:
            document.append(element)
        body = etree.SubElement(document, body_tag)
        used: set[str] = set()
        if section is not None:
            for name in _SECTION_DROPS:
                for element in section.findall(f"{{{_W}}}{name}"):
                    section.remove(element)
            for element in section.iter():
                rid = element.get(f"{{{_R}}}id")
                if rid:
                    used.add(rid)
            body.append(section)
        for element in kept_top:
            for inner in element.iter():
                for key, value in inner.attrib.items():
                    if key.startswith(f"{{{_R}}}"):
                        used.add(value)
        return etree.tostring(document, xml_declaration=True, encoding="UTF-8", standalone=True), used

    def _content_types(self) -> bytes:
        types = self._xml("[Content_Types].xml")
        for element in list(types):
            if element.tag == f"{{{_CT}}}Override":
                if element.get("PartName", "").lstrip("/") not in self.out:
                    types.remove(element)
                    continue
                kind = element.get("ContentType", "")
                if kind == _DOTX:
                    element.set("ContentType", _DOCX)
                elif kind in (_DOTM, _DOCM):
                    element.set("ContentType", _DOCX)  # no macros are kept
        return etree.tostring(types, xml_declaration=True, encoding="UTF-8", standalone=True)
