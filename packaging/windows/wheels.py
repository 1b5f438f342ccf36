"""Windows (win_amd64, CPython 3.13) wheels for the app's dependencies and PyInstaller, on Linux.

    python wheels.py ROOT CACHE_DIR SITE_DIR     install into SITE_DIR (reused if its key matches)
    python wheels.py --check SITE_DIR            only the checks below
    python wheels.py --imports FILE.dll          list a PE file's imported DLLs
    python wheels.py --gui64 FILE.exe            exit 0 if FILE is a 64-bit Windows GUI program

The dependencies are read from ROOT/pyproject.toml; two things are changed for Windows:

* PySide6-Essentials/shiboken6 are pinned to QT_PIN, the newest Qt for Python whose Qt6Core.dll
  does not import Windows' own ICU (icuuc.dll). 6.10.x and 6.11.x import it; Wine 8 (Debian 12)
  has no icuuc.dll and cannot load them, so the installer could not be tested here. The check
  below reads Qt6Core.dll's import table and refuses an ICU-importing Qt, so a bump fails loudly.
* pip evaluates environment markers for the host (Linux), so Windows-only dependencies are
  skipped: WINDOWS_ONLY names them. The check below re-evaluates every installed wheel's
  Requires-Dist with Windows' markers and fails if one is missing, naming it.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

QT_PIN = "6.9.3"  # newest 6.9.x; Qt6Core of 6.10.0+ imports icuuc.dll (checked 6.10.3, 6.11.3)
PYINSTALLER = "pyinstaller==6.22.3"
# Required on Windows only, skipped by pip on Linux (found by the marker check below):
#   colorama        <- qrcode: sys_platform == "win32"
#   pefile          <- pyinstaller: sys_platform == "win32"
#   pywin32-ctypes  <- pyinstaller: sys_platform == "win32"
WINDOWS_ONLY = ["colorama", "pefile", "pywin32-ctypes"]
PLATFORM = ["--platform", "win_amd64", "--python-version", "3.13", "--implementation", "cp", "--abi", "cp313",
            "--only-binary=:all:"]
WINDOWS = {
    "os_name": "nt", "sys_platform": "win32", "platform_system": "Windows", "platform_machine": "AMD64",
    "platform_release": "10", "platform_version": "10.0.19045", "python_version": "3.13",
    "python_full_version": "3.13.2", "implementation_name": "cpython", "platform_python_implementation": "CPython",
    "implementation_version": "3.13.2",
}
FORBIDDEN_IMPORTS = {"icuuc.dll", "icuin.dll", "icu.dll"}


def requirements(root: Path) -> list[str]:
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    result = []
    for line in project["dependencies"]:
        requirement = Requirement(line)
        if requirement.marker and not requirement.marker.evaluate(WINDOWS):
            continue
        if canonicalize_name(requirement.name) == "pyside6-essentials":
            if not requirement.specifier.contains(QT_PIN):
                raise SystemExit(f"wheels: pyproject.toml wants {line!r}; the Windows pin {QT_PIN} is outside it")
            result += [f"PySide6-Essentials=={QT_PIN}", f"shiboken6=={QT_PIN}"]
        else:
            result.append(str(requirement))
    return result + [PYINSTALLER] + WINDOWS_ONLY


def pe_imports(path: Path) -> list[str]:
    """The DLL names in a PE file's import and delay-import tables (no pefile needed)."""
    data = path.read_bytes()
    if data[:2] != b"MZ":
        raise ValueError(f"{path}: not a PE file")
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    if data[pe:pe + 4] != b"PE\0\0":
        raise ValueError(f"{path}: no PE signature")
    sections_count = struct.unpack_from("<H", data, pe + 6)[0]
    optional_size = struct.unpack_from("<H", data, pe + 20)[0]
    optional = pe + 24
    magic = struct.unpack_from("<H", data, optional)[0]
    directories = optional + (112 if magic == 0x20B else 96)
    sections = []
    for i in range(sections_count):
        entry = optional + optional_size + 40 * i
        vsize, vaddr, rawsize, rawptr = struct.unpack_from("<IIII", data, entry + 8)
        sections.append((vaddr, max(vsize, rawsize), rawptr))

    def offset(rva: int) -> int:
        for vaddr, size, rawptr in sections:
            if vaddr <= rva < vaddr + size:
                return rva - vaddr + rawptr
        raise ValueError(f"{path}: RVA {rva:#x} outside every section")

    def name(rva: int) -> str:
        start = offset(rva)
        return data[start:data.index(b"\0", start)].decode("ascii")

    names = []
    for index, size, name_at in ((1, 20, 12), (13, 32, 4)):  # import table, delay-import table
        rva, length = struct.unpack_from("<II", data, directories + 8 * index)
        if not rva:
            continue
        at = offset(rva)
        while True:
            descriptor = data[at:at + size]
            if descriptor == b"\0" * size:
                break
            names.append(name(struct.unpack_from("<I", descriptor, name_at)[0]))
            at += size
    return names


def is_gui64(path: Path) -> bool:
    """A 64-bit (x86-64) Windows program of the GUI subsystem, as `file` would say "PE32+ (GUI) x86-64"."""
    data = path.read_bytes()[:4096]
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    machine = struct.unpack_from("<H", data, pe + 4)[0]
    magic, subsystem = struct.unpack_from("<H", data, pe + 24)[0], struct.unpack_from("<H", data, pe + 24 + 68)[0]
    not_dll = not struct.unpack_from("<H", data, pe + 22)[0] & 0x2000
    return data[pe:pe + 4] == b"PE\0\0" and machine == 0x8664 and magic == 0x20B and subsystem == 2 and not_dll


def check(site: Path) -> list[str]:
    problems = []
    qtcore = site / "PySide6" / "Qt6Core.dll"
    if not qtcore.exists():
        problems.append(f"{qtcore} is missing")
    else:
        imports = {n.lower() for n in pe_imports(qtcore)}
        if "kernel32.dll" not in imports:
            problems.append(f"could not read Qt6Core.dll's imports ({sorted(imports)})")
        icu = sorted(imports & FORBIDDEN_IMPORTS)
        if icu:
            problems.append(f"Qt6Core.dll imports {', '.join(icu)} (Windows' ICU): Wine 8 cannot load this Qt; "
                            f"keep PySide6 at a version whose Qt6Core does not (see QT_PIN)")
    installed, requires = {}, []
    for info in site.glob("*.dist-info"):
        metadata = (info / "METADATA").read_text(encoding="utf-8")
        name = re.search(r"^Name: (.+)$", metadata, re.M).group(1).strip()
        installed[canonicalize_name(name)] = re.search(r"^Version: (.+)$", metadata, re.M).group(1).strip()
        requires += [(name, line) for line in re.findall(r"^Requires-Dist: (.+)$", metadata, re.M)]
    for owner, line in requires:
        requirement = Requirement(line)
        if requirement.marker and not requirement.marker.evaluate({**WINDOWS, "extra": ""}):
            continue
        have = installed.get(canonicalize_name(requirement.name))
        if have is None:
            problems.append(f"{owner} needs {line!r} on Windows and it is not installed (add it to WINDOWS_ONLY)")
        elif requirement.specifier and not requirement.specifier.contains(Version(have), prereleases=True):
            problems.append(f"{owner} needs {line!r}, installed {requirement.name} {have}")
    pyside = installed.get("pyside6-essentials")
    if pyside != QT_PIN:
        problems.append(f"PySide6-Essentials {pyside} installed, pinned {QT_PIN}")
    return problems


def install(root: Path, cache: Path, site: Path) -> None:
    wanted = requirements(root)
    key = hashlib.sha256(json.dumps([wanted, PLATFORM]).encode()).hexdigest()[:16]
    stamp = site / ".facilitator-wheels.json"
    if stamp.exists() and json.loads(stamp.read_text()).get("key") == key and not check(site):
        print(f"wheels: reusing {site} (key {key})")
        return
    shutil.rmtree(site, ignore_errors=True)
    downloads = cache / "wheels"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    subprocess.run([*pip, "download", "--quiet", *PLATFORM, "-d", str(downloads), *wanted], check=True)
    subprocess.run([*pip, "install", "--quiet", "--no-index", "--find-links", str(downloads), "--target", str(site),
                    *PLATFORM, "--no-compile", *wanted], check=True)
    problems = check(site)
    if problems:
        raise SystemExit("wheels: REFUSED:\n  " + "\n  ".join(problems))
    stamp.write_text(json.dumps({"key": key, "requirements": wanted}, indent=1))
    print(f"wheels: {len(wanted)} requirements installed for win_amd64/cp313 in {site}")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--imports"] and len(argv) == 2:
        print("\n".join(pe_imports(Path(argv[1]))))
        return 0
    if argv[:1] == ["--gui64"] and len(argv) == 2:
        return 0 if is_gui64(Path(argv[1])) else 1
    if argv[:1] == ["--check"] and len(argv) == 2:
        problems = check(Path(argv[1]))
        print("\n".join(problems) or "ok")
        return 1 if problems else 0
    if len(argv) != 3:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    install(Path(argv[0]), Path(argv[1]), Path(argv[2]))
    versions = dict(info.name.removesuffix(".dist-info").split("-", 1) for info in Path(argv[2]).glob("*.dist-info"))
    print("wheels: " + ", ".join(f"{k} {v}" for k, v in sorted(versions.items(), key=lambda kv: kv[0].lower())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
