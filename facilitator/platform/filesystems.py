"""Whether a file lies on a network drive (issue 14).

SQLite's write-ahead log keeps its index in shared memory beside the file (``-shm``): it
works for programs on one computer, never for two computers sharing a folder over SMB or
NFS. A process file on the municipality's network drive is therefore never opened there;
``storage.working_copy`` keeps a local copy and writes it back. This module only answers
"is this path on a network file system?", on each operating system in its own way:

* Linux: the mount that holds the resolved path (the longest mount point that is a prefix,
  from ``/proc/self/mountinfo``) and its file system type (cifs, nfs, sshfs, …);
* Windows: a UNC path (``\\\\server\\share\\…``) or a drive whose root ``GetDriveTypeW``
  calls DRIVE_REMOTE (a mapped drive letter);
* macOS: ``statfs``'s ``f_fstypename`` (smbfs, nfs, afpfs, webdav).

Pure Python, no Qt. ``on_network_drive`` is the one function the rest of the app asks (and
the tests replace, since this machine cannot mount a share).
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath

log = logging.getLogger("facilitator.platform")

#: File system types (Linux's names, and the BSDs'/macOS's) whose files live on another computer.
NETWORK_TYPES = frozenset({
    "cifs", "smb", "smb2", "smb3", "smbfs", "nfs", "nfs4", "ceph", "9p", "afs", "glusterfs", "lustre",
    "gfs2", "ocfs2", "beegfs", "gpfs", "davfs", "coda", "ncpfs", "afpfs", "webdav", "fuse.sshfs",
    "fuse.rclone", "fuse.davfs", "fuse.glusterfs", "fuse.cephfs", "fuse.gvfsd-fuse", "fuse.s3fs",
    "fuse.curlftpfs", "fuse.smbnetfs", "fuse.cifs", "fuse.juicefs",
})

#: GetDriveTypeW's answer for a network drive.
DRIVE_REMOTE = 4


@dataclass(frozen=True)
class Mount:
    point: str  # where it is mounted, unescaped
    fstype: str  # e.g. "ext4", "cifs", "fuse.sshfs"
    source: str  # e.g. "//server/share", "nfs.kommun.se:/export"


def is_network_type(fstype: str) -> bool:
    fstype = fstype.lower()
    return fstype in NETWORK_TYPES or fstype.startswith(("nfs", "smb", "cifs"))


def _unescape(field: str) -> str:
    """mountinfo writes space, tab, newline and backslash as octal escapes (``\\040``)."""
    out = []
    index = 0
    while index < len(field):
        escape = field[index + 1 : index + 4]
        if field[index] == "\\" and len(escape) == 3 and all(c in "01234567" for c in escape):
            out.append(chr(int(escape, 8)))
            index += 4
        else:
            out.append(field[index])
            index += 1
    return "".join(out)


def parse_mountinfo(text: str) -> list[Mount]:
    """The mounts of a ``/proc/<pid>/mountinfo`` text. Each line is
    ``id parent major:minor root mountpoint options [optional fields…] - fstype source superopts``."""
    mounts = []
    for line in text.splitlines():
        fields = line.split(" ")
        if len(fields) < 7:
            continue
        try:
            separator = fields.index("-", 6)
        except ValueError:
            continue
        if separator + 1 >= len(fields):
            continue
        source = fields[separator + 2] if separator + 2 < len(fields) else ""
        mounts.append(Mount(_unescape(fields[4]), fields[separator + 1], _unescape(source)))
    return mounts


def mount_of(path: str, mounts: list[Mount]) -> Mount | None:
    """The mount that holds ``path`` (an absolute, resolved path): the longest mount point
    that is ``path`` or one of its parents; of two mounts on one point, the later one."""
    best: Mount | None = None
    for mount in mounts:
        point = mount.point.rstrip("/") or "/"
        if path == point or point == "/" or path.startswith(point + "/"):
            if best is None or len(point) >= len(best.point.rstrip("/") or "/"):
                best = mount
    return best


def _existing(path: Path) -> Path:
    """The path resolved as far as it exists (a file about to be created lies where its
    folder lies)."""
    path = Path(os.path.abspath(path))
    for candidate in (path, *path.parents):
        try:
            if candidate.exists():
                return candidate.resolve()
        except OSError:
            continue
    return path


def _linux_network(path: Path, mountinfo: str = "/proc/self/mountinfo") -> bool:
    try:
        with open(mountinfo, encoding="utf-8", errors="surrogateescape") as handle:
            mounts = parse_mountinfo(handle.read())
    except OSError:
        return False
    mount = mount_of(str(_existing(path)), mounts)
    return mount is not None and is_network_type(mount.fstype)


def is_unc(path: str | PurePath) -> bool:
    r"""True for ``\\server\share\…`` (and ``//server/share/…``), the network paths of Windows;
    ``\\?\C:\…`` (a long local path) is not one, ``\\?\UNC\server\share`` is."""
    text = str(path).replace("/", "\\")
    if text.upper().startswith("\\\\?\\UNC\\"):
        return True
    if text.startswith(("\\\\?\\", "\\\\.\\")):
        return False
    return bool(PureWindowsPath(text).drive.startswith("\\\\"))


def windows_root(path: str | PurePath) -> str:
    r"""The root ``GetDriveTypeW`` is asked about: ``C:\`` or ``\\server\share\``."""
    drive = PureWindowsPath(str(path)).drive
    return (drive.rstrip("\\") + "\\") if drive else ""


def _windows_network(path: Path) -> bool:
    absolute = os.path.abspath(path)
    if is_unc(absolute):
        return True
    root = windows_root(absolute)
    if not root:
        return False
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    kernel32.GetDriveTypeW.argtypes = [ctypes.c_wchar_p]
    return int(kernel32.GetDriveTypeW(root)) == DRIVE_REMOTE


def _macos_network(path: Path) -> bool:
    """macOS: ``statfs`` names the file system (``f_fstypename``). Python has no statfs, so
    it is called through ctypes with macOS's (64-bit inode) layout of ``struct statfs``."""
    import ctypes
    import ctypes.util

    class StatFs(ctypes.Structure):
        _fields_ = [
            ("f_bsize", ctypes.c_uint32), ("f_iosize", ctypes.c_int32), ("f_blocks", ctypes.c_uint64),
            ("f_bfree", ctypes.c_uint64), ("f_bavail", ctypes.c_uint64), ("f_files", ctypes.c_uint64),
            ("f_ffree", ctypes.c_uint64), ("f_fsid", ctypes.c_int32 * 2), ("f_owner", ctypes.c_uint32),
            ("f_type", ctypes.c_uint32), ("f_flags", ctypes.c_uint32), ("f_fssubtype", ctypes.c_uint32),
            ("f_fstypename", ctypes.c_char * 16), ("f_mntonname", ctypes.c_char * 1024),
            ("f_mntfromname", ctypes.c_char * 1024), ("f_flags_ext", ctypes.c_uint32),
            ("f_reserved", ctypes.c_uint32 * 7),
        ]

    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    statfs = getattr(libc, "statfs$INODE64", None) or libc.statfs
    result = StatFs()
    if statfs(os.fsencode(_existing(path)), ctypes.byref(result)) != 0:
        return False
    return is_network_type(result.f_fstypename.decode("ascii", "replace"))


def detect_network_drive(path: str | os.PathLike) -> bool:
    """Asks the operating system whether ``path`` (or, for a file not made yet, its folder)
    lies on a network file system. Never raises: when it cannot tell, the answer is False
    (a local disk), which is how the app behaved before."""
    try:
        if sys.platform == "win32":
            return _windows_network(Path(path))
        if sys.platform.startswith("linux"):
            return _linux_network(Path(path))
        if sys.platform == "darwin":
            return _macos_network(Path(path))
    except Exception as error:  # detection must never stop a file from opening
        log.warning("could not tell whether %s is on a network drive: %s", path, error)
    return False


def on_network_drive(path: str | os.PathLike) -> bool:
    """Whether ``path`` is on a network drive: what storage asks before opening a process.
    ``FACILITATOR_NETWORK_FOLDERS`` (folders separated by ``os.pathsep``) names more folders
    to treat as network drives (a drive the operating system does not report as one, a
    synced folder), and lets a test play a share with a local folder."""
    extra = os.environ.get("FACILITATOR_NETWORK_FOLDERS", "")
    if extra:
        here = str(_existing(Path(path)) if not Path(path).exists() else Path(path).resolve())
        for folder in extra.split(os.pathsep):
            if folder:
                root = str(Path(folder).resolve())
                if here == root or here.startswith(root.rstrip(os.sep) + os.sep):
                    return True
    return detect_network_drive(path)
