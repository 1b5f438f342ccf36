"""The results site written to disk: a folder, or a zip of the same files.

The pages come from ``share/results_pages.site_pages``. A path ending in ``.zip`` gets a zip
(written beside it under a temporary name and then put in its place, so a failure leaves any
old zip whole); any other path a folder. A folder is written whole into a new temporary
folder beside it and then renamed into place, so a half-written site never stands at the
address. The folder must be new or empty: Windows cannot rename onto a folder, nor remove one
that another program (a file manager, a web server) holds open, and an old site's files are
never deleted here; an empty folder is removed and replaced, a folder with files refused
(``SiteTargetError``) before anything is written.

Every name in the site is made by the site (ASCII letters, digits, "-", "/"), so the zip
holds no absolute path, no "..", and names every system accepts.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import zipfile
from io import BytesIO
from pathlib import Path

from ..storage import files

#: The one date every entry of the zip carries, so the same site makes the same zip.
ZIP_DATE = (2020, 1, 1, 0, 0, 0)
_SAFE_NAME = re.compile(r"^(?:[a-z0-9][a-z0-9._-]*/)*[a-z0-9][a-z0-9._-]*$")


class SiteTargetError(Exception):
    """The site cannot be written there; ``code``: folder_not_empty | not_a_folder."""

    def __init__(self, code: str, path: Path):
        super().__init__(f"{code}: {path}")
        self.code = code
        self.path = path


def is_zip(path: Path) -> bool:
    return Path(path).suffix.casefold() == ".zip"


def check_target(path: Path) -> None:
    """Raises SiteTargetError when the site may not be written to ``path``; asks only."""
    path = Path(path)
    if is_zip(path):
        if path.is_dir():
            raise SiteTargetError("not_a_folder", path)
        return
    if path.is_dir():
        if any(path.iterdir()):
            raise SiteTargetError("folder_not_empty", path)
    elif path.exists():
        raise SiteTargetError("not_a_folder", path)


def safe_names(pages: dict[str, bytes]) -> None:
    for name in pages:
        if not _SAFE_NAME.match(name) or ".." in name.split("/"):
            raise ValueError(f"unsafe name in the site: {name!r}")


def write_site(pages: dict[str, bytes], path: Path) -> Path:
    """Writes the pages as a zip or a folder at ``path`` and returns it."""
    path = Path(path)
    safe_names(pages)
    check_target(path)
    if is_zip(path):
        from .docx_base import write_atomically

        return write_atomically(path, zip_bytes(pages))
    return _write_folder(pages, path)


def zip_bytes(pages: dict[str, bytes]) -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(pages):
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, pages[name])
    return buffer.getvalue()


def _write_folder(pages: dict[str, bytes], path: Path) -> Path:
    temporary = Path(tempfile.mkdtemp(prefix=".~" + path.name[:40] + "-", dir=path.parent))
    try:
        for name, data in pages.items():
            target = temporary.joinpath(*name.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "wb") as file:  # closed before the rename (Windows)
                file.write(data)
        os.chmod(temporary, 0o755)
        if path.is_dir():  # empty (check_target): made room for the new one
            try:
                path.rmdir()
            except OSError as error:
                if path.is_dir() and any(path.iterdir()):  # filled meanwhile
                    raise SiteTargetError("folder_not_empty", path) from None
                raise error
        files.rename(temporary, path)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    return path
