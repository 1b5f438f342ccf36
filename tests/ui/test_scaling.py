"""Crisp at 125 %, 150 % and 200 % display scaling (issue 15): Qt scales the whole window by
the screen's factor, the icon is drawn from its SVG at the real pixel size, and text and
lines are drawn at device resolution (nothing is an upscaled bitmap)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QIcon
from facilitator.package_data import resource_path
from facilitator.ui.main_window import MainWindow
from facilitator.ui.settings import Settings
folder = Path(sys.argv[1])
app = QApplication([])
window = MainWindow(Settings.at(folder / "s.ini"), None, folder / "b")
window.resize(1000, 600)
window.show()
app.processEvents()
shot = window.grab()
icon = QIcon(str(resource_path("icons", "facilitator.svg"))).pixmap(32, 32)
print(json.dumps({"ratio": shot.devicePixelRatio(), "pixels": [shot.width(), shot.height()],
                  "icon_ratio": icon.devicePixelRatio(), "icon_pixels": icon.width()}))
window.close()
"""


@pytest.mark.parametrize("scale", ["1.25", "1.5", "2"])
def test_the_window_and_the_icon_are_drawn_at_the_screens_scale(tmp_path, scale):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale, FACILITATOR_HOME=str(tmp_path),
               PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path)], env=env, capture_output=True, text=True,
                            timeout=120, check=True)
    found = json.loads(result.stdout.strip().splitlines()[-1])
    factor = float(scale)
    assert found["ratio"] == pytest.approx(factor)
    assert found["pixels"] == [round(1000 * factor), round(600 * factor)]
    assert found["icon_pixels"] == round(32 * factor) and found["icon_ratio"] == pytest.approx(factor)
