"""The keyboard shortcuts, read from the window's own menus (so the list never drifts from
what the keys do) and the keys of the pages that work without a menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMenu, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from ...domain.vocabulary import QT_TRANSLATE_NOOP

# The keys of pages that have no menu entry: (page, keys, what they do).
PAGE_KEYS = (
    (QT_TRANSLATE_NOOP("Shortcuts", "Notes"), "Enter", QT_TRANSLATE_NOOP("Shortcuts", "Save what was typed")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Notes"), "Shift+Enter", QT_TRANSLATE_NOOP("Shortcuts", "New line")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Notes"), "Tab", QT_TRANSLATE_NOOP("Shortcuts", "Next table (or agenda item)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Notes"), "Ctrl+Up, Ctrl+Down", QT_TRANSLATE_NOOP("Shortcuts", "Previous or next round")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Notes"), "Ctrl+1 … Ctrl+6", QT_TRANSLATE_NOOP("Shortcuts", "Kind: idea, note, risk, quote …")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Projector"), "Space", QT_TRANSLATE_NOOP("Shortcuts", "Start or pause")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Projector"), "Up, Right", QT_TRANSLATE_NOOP("Shortcuts", "One more minute")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Projector"), "Down, Left", QT_TRANSLATE_NOOP("Shortcuts", "One minute less")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Projector"), "N", QT_TRANSLATE_NOOP("Shortcuts", "Next agenda item")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Projector"), "H", QT_TRANSLATE_NOOP("Shortcuts", "High contrast on or off")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Projector"), "F, F11", QT_TRANSLATE_NOOP("Shortcuts", "Full screen on or off")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Projector"), "Esc", QT_TRANSLATE_NOOP("Shortcuts", "Leave full screen")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Harvest"), "Ctrl+Shift+T", QT_TRANSLATE_NOOP("Shortcuts", "New theme")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Harvest"), "F2", QT_TRANSLATE_NOOP("Shortcuts", "Rename the theme")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Harvest"), "F5", QT_TRANSLATE_NOOP("Shortcuts", "Look for duplicates and themes again")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Action plan"), "Ctrl+Shift+E", QT_TRANSLATE_NOOP("Shortcuts", "New measure")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Action plan"), "Ctrl+Shift+G", QT_TRANSLATE_NOOP("Shortcuts", "Add a measure in the chosen cell")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Action plan"), "Enter", QT_TRANSLATE_NOOP("Shortcuts", "Open the chosen measure")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Lists"), "Delete", QT_TRANSLATE_NOOP("Shortcuts", "Remove the selected rows")),
)


def native(keys: str) -> str:
    """Key names as this system and language write them ("Ctrl+Skift+T" in Swedish on Linux)."""
    parts = [part.strip() for part in keys.split(",")]
    return ", ".join(QKeySequence(part).toString(QKeySequence.SequenceFormat.NativeText) or part for part in parts)


def menu_shortcuts(menus: list[QMenu]) -> list[tuple[str, str, str]]:
    """(menu, keys, action) for every action with a shortcut in these menus and their submenus."""
    found = []

    def walk(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), title)
            elif not action.isSeparator() and action.shortcuts():
                keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
                found.append((title, keys, action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")))

    for menu in menus:
        walk(menu, menu.title().replace("&", ""))
    return found


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut, grouped by menu and page (Help → Keyboard shortcuts, Ctrl+?)."""

    def __init__(self, menus: list[QMenu], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        groups: dict[str, QTreeWidgetItem] = {}
        rows = menu_shortcuts(menus) + [
            (QCoreApplication.translate("Shortcuts", page), native(keys), QCoreApplication.translate("Shortcuts", what))
            for page, keys, what in PAGE_KEYS
        ]
        for group, keys, what in rows:
            if group not in groups:
                heading = QTreeWidgetItem(self.tree, [group])
                heading.setFirstColumnSpanned(True)
                font = heading.font(0)
                font.setBold(True)
                heading.setFont(0, font)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[group] = heading
            QTreeWidgetItem(self.tree, [keys, what])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def rows(self) -> list[tuple[str, str]]:
        return [(self.tree.topLevelItem(i).text(0), self.tree.topLevelItem(i).text(1))
                for i in range(self.tree.topLevelItemCount())]
