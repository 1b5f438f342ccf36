"""Build step: compile the translation catalogues (.ts -> .qm) into the package.

Everything else about the package is declared in pyproject.toml. The .qm files are not
kept in git; they are made here whenever a wheel (or an editable install) is built, with
Qt's own lrelease from PySide6 (a build requirement), so an installed Facilitator always
speaks Swedish.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

I18N = Path("facilitator", "resources", "i18n")


def compile_catalogue(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable, "-c",
        "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.argv[0] = 'lrelease'; sys.exit(lrelease())",
        "-silent", str(ts), "-qm", str(qm),
    ]
    subprocess.run(command, check=True)
    if not qm.is_file() or qm.stat().st_size == 0:
        raise RuntimeError(f"lrelease wrote no catalogue for {ts}")


class BuildPyWithCatalogues(build_py):
    def run(self) -> None:
        super().run()
        # An editable install reads the package from the source tree, a wheel from build_lib.
        target = Path(".") if self.editable_mode else Path(self.build_lib)
        for ts in sorted(I18N.glob("*.ts")):
            compile_catalogue(ts, target / I18N / ts.with_suffix(".qm").name)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if not self.editable_mode:
            outputs += [str(Path(self.build_lib) / I18N / ts.with_suffix(".qm").name) for ts in I18N.glob("*.ts")]
        return outputs


setup(cmdclass={"build_py": BuildPyWithCatalogues})
