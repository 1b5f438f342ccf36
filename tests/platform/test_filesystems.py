"""Telling a network drive from a local disk (issue 14): Linux's mountinfo, Windows' UNC
paths and drive roots, and the real detection on this machine's real mounts."""

from __future__ import annotations

import os
import sys
from pathlib import Path, PureWindowsPath

import pytest

from facilitator.platform import filesystems
from facilitator.platform.filesystems import (
    Mount,
    detect_network_drive,
    is_network_type,
    is_unc,
    mount_of,
    on_network_drive,
    parse_mountinfo,
    windows_root,
)

#: What /proc/self/mountinfo says on a municipal Linux laptop with the shares mounted: the
#: root and home on ext4, a CIFS share whose mount point has spaces (written \040), an NFS
#: home folder with optional fields, an sshfs mount, a local disk mounted inside the share.
MOUNTINFO = r"""22 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw,errors=remount-ro
23 22 0:21 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw
24 22 0:22 / /sys rw,nosuid,nodev,noexec,relatime shared:2 - sysfs sysfs rw
30 22 259:3 / /home rw,relatime shared:30 - ext4 /dev/nvme0n1p3 rw
91 22 0:55 / /mnt/Kommunens\040gemensamma rw,relatime shared:48 - cifs //fil01.ekbacka.se/Gemensamt rw,vers=3.1.1,cache=strict,username=asa
92 91 259:5 / /mnt/Kommunens\040gemensamma/lokalt rw,relatime shared:49 - ext4 /dev/sdb1 rw
93 22 0:56 / /net/hem rw,relatime shared:50 master:3 - nfs4 nfs.ekbacka.se:/export/hem rw,vers=4.2,rsize=1048576
94 30 0:57 / /home/asa/fjarr rw,nosuid,nodev,relatime shared:51 - fuse.sshfs asa@server:/srv rw,user_id=1000
95 22 0:58 / /media/usb\040stick rw,relatime shared:52 - vfat /dev/sdc1 rw
"""


def test_mountinfo_is_read_with_escaped_spaces_and_optional_fields():
    mounts = parse_mountinfo(MOUNTINFO)
    assert Mount("/mnt/Kommunens gemensamma", "cifs", "//fil01.ekbacka.se/Gemensamt") in mounts
    assert Mount("/net/hem", "nfs4", "nfs.ekbacka.se:/export/hem") in mounts
    assert Mount("/media/usb stick", "vfat", "/dev/sdc1") in mounts
    assert len(mounts) == 9
    assert parse_mountinfo("nonsense\n\n1 2 3\n") == []


@pytest.mark.parametrize(("path", "network"), [
    ("/mnt/Kommunens gemensamma/Processer/Dialog 2026.facilitator", True),
    ("/mnt/Kommunens gemensamma", True),
    ("/mnt/Kommunens gemensamma/lokalt/kopia.facilitator", False),  # a local disk inside the share
    ("/mnt/Kommunens gemensammaX/fil.facilitator", False),  # a prefix of the name is not the folder
    ("/net/hem/asa/process.facilitator", True),
    ("/home/asa/fjarr/process.facilitator", True),
    ("/home/asa/Dokument/process.facilitator", False),
    ("/media/usb stick/process.facilitator", False),
    ("/tmp/process.facilitator", False),
])
def test_the_longest_mount_point_decides(path, network):
    mount = mount_of(path, parse_mountinfo(MOUNTINFO))
    assert mount is not None and is_network_type(mount.fstype) is network


def test_the_linux_branch_reads_a_mountinfo_file(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    info = tmp_path / "mountinfo"
    point = str(share).replace(" ", "\\040")
    info.write_text(MOUNTINFO + f"99 22 0:60 / {point} rw,relatime - smb3 //server/share rw\n", encoding="utf-8")
    assert filesystems._linux_network(share / "ny process.facilitator", str(info))  # not made yet: its folder
    assert not filesystems._linux_network(tmp_path / "annan.facilitator", str(info))
    assert not filesystems._linux_network(share, str(tmp_path / "missing"))  # cannot tell: local


@pytest.mark.parametrize("fstype", ["cifs", "smb3", "smbfs", "nfs", "nfs4", "ceph", "9p", "fuse.sshfs", "fuse.rclone",
                                    "davfs", "afs", "glusterfs", "afpfs", "webdav", "NFS"])
def test_network_types(fstype):
    assert is_network_type(fstype)


@pytest.mark.parametrize("fstype", ["ext4", "btrfs", "xfs", "vfat", "exfat", "ntfs", "ntfs3", "tmpfs", "overlay",
                                    "apfs", "hfs", "fuse.encfs", "zfs"])
def test_local_types(fstype):
    assert not is_network_type(fstype)


@pytest.mark.parametrize(("path", "unc"), [
    (r"\\fil01\Gemensamt\Processer\Dialog.facilitator", True),
    ("//fil01/Gemensamt/Dialog.facilitator", True),
    (r"\\?\UNC\fil01\Gemensamt\Dialog.facilitator", True),
    (r"\\?\C:\Users\asa\Dialog.facilitator", False),
    (r"\\.\C:\Users\asa\Dialog.facilitator", False),
    (r"C:\Users\asa\Dialog.facilitator", False),
    (r"H:\Processer\Dialog.facilitator", False),  # a mapped letter: GetDriveTypeW says
    (PureWindowsPath(r"\\fil01\Gemensamt\x.facilitator"), True),
])
def test_unc_paths(path, unc):
    assert is_unc(path) is unc


def test_windows_asks_about_the_root():
    assert windows_root(r"C:\Users\asa\Dialog.facilitator") == "C:\\"
    assert windows_root(r"H:\Processer\x.facilitator") == "H:\\"
    assert windows_root(r"\\fil01\Gemensamt\Processer\x.facilitator") == "\\\\fil01\\Gemensamt\\"
    assert windows_root("relative\\x.facilitator") == ""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="this machine's mounts, read from Linux")
def test_the_real_detection_agrees_with_this_machines_mounts(tmp_path):
    assert not detect_network_drive(tmp_path / "process.facilitator")
    assert not detect_network_drive(Path.home())
    with open("/proc/self/mountinfo", encoding="utf-8") as handle:
        mounts = parse_mountinfo(handle.read())
    checked = 0
    for mount in mounts:
        point = Path(mount.point)
        if not point.is_dir() or mount_of(str(point.resolve()), mounts) is not mount:
            continue  # mounted over, or a file
        assert detect_network_drive(point) is is_network_type(mount.fstype), mount
        checked += 1
    assert checked >= 2


def test_a_folder_can_be_named_a_network_drive(tmp_path, monkeypatch):
    share = tmp_path / "delad mapp"
    share.mkdir()
    assert not on_network_drive(share / "x.facilitator")
    monkeypatch.setenv("FACILITATOR_NETWORK_FOLDERS", os.pathsep.join(["", str(share)]))
    assert on_network_drive(share / "x.facilitator")
    assert on_network_drive(share / "ny mapp" / "y.facilitator")
    assert not on_network_drive(tmp_path / "x.facilitator")
    assert not on_network_drive(tmp_path / "delad mapp2" / "x.facilitator")
