"""The files that ship inside the package: translations, the Word template, the phone pages.

One helper over ``importlib.resources`` finds them the same way in a checkout, an installed
wheel and a frozen (PyInstaller) bundle. Qt and Starlette need real paths on disk; a
package imported from a zip is extracted once for the life of the process.
"""

from __future__ import annotations

import atexit
import contextlib
from importlib.resources import as_file, files
from pathlib import Path

_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


def resource_path(*parts: str) -> Path:
    """The real path of ``facilitator/resources/<parts>``."""
    resource = files(__package__).joinpath("resources", *parts)
    if isinstance(resource, Path):
        return resource
    return _extracted.enter_context(as_file(resource))
