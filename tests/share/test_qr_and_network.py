"""QR codes (decoded by zbarimg) and the choice of network address."""

import subprocess

import pytest

from facilitator.share import network, qr
from facilitator.share.network import ETHERNET, LOOPBACK, VIRTUAL, WIFI, Interface

from . import ZBARIMG

URL = "http://192.168.1.20:8765/m/0123456789abcdef0123456789abcdef/"


def decode(path) -> str:
    result = subprocess.run([ZBARIMG, "--quiet", "--raw", str(path)], capture_output=True, text=True, timeout=20)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_matrix_has_the_quiet_zone_and_a_small_version():
    cells = qr.matrix(URL)
    assert len(cells) == 33 + 2 * qr.QUIET_ZONE  # version 4 with error correction M
    assert not any(cells[0]) and not any(row[0] for row in cells)


@pytest.mark.skipif(ZBARIMG is None, reason="zbarimg is not installed")
def test_png_and_svg_and_text(tmp_path):
    path = tmp_path / "code.png"
    path.write_bytes(qr.to_png(URL, scale=6))
    assert decode(path) == URL
    svg = qr.to_svg(URL, module=4, title="Mötet <live>")
    assert svg.startswith("<svg") and "Mötet &lt;live&gt;" in svg and 'viewBox="0 0 41 41"' in svg
    lines = qr.to_text(URL).splitlines()
    assert len(lines) == (33 + 4 + 1) // 2 and all(len(line) == 37 for line in lines)


@pytest.mark.skipif(ZBARIMG is None, reason="zbarimg is not installed")
def test_qimage_decodes(qapp, tmp_path):
    image = qr.to_qimage(URL, scale=5)
    assert image.width() == image.height() == 41 * 5
    path = tmp_path / "code.png"
    assert image.save(str(path))
    assert decode(path) == URL


def test_interfaces_of_this_machine():
    found = network.list_interfaces()
    assert any(i.is_loopback for i in found)
    assert found[-1].is_loopback  # loopback last
    assert all(i.address.count(".") == 3 for i in found)
    proposed = network.propose(found)
    assert proposed is None or not proposed.is_loopback
    assert network.list_interfaces(include_loopback=False) == [i for i in found if not i.is_loopback]


def test_the_room_network_is_proposed():
    candidates = [
        Interface("lo", "127.0.0.1", kind=LOOPBACK),
        Interface("docker0", "172.17.0.1", kind=VIRTUAL),
        Interface("tailscale0", "100.101.102.103", kind=VIRTUAL),
        Interface("eth0", "169.254.10.2", kind=ETHERNET),
        Interface("wlan0", "192.168.1.20", kind=WIFI, default_route=True),
    ]
    assert network.propose(candidates).name == "wlan0"
    hotspot = [Interface("wlp2s0", "10.42.0.1", kind=WIFI), Interface("docker0", "172.17.0.1", kind=VIRTUAL)]
    assert network.propose(hotspot).address == "10.42.0.1"
    assert network.propose([Interface("lo", "127.0.0.1", kind=LOOPBACK)]) is None
    assert Interface("wlan0", "192.168.1.20").label == "192.168.1.20 (wlan0)"
    assert Interface("", "192.168.1.20").label == "192.168.1.20"


def test_fallback_without_interface_names():
    found = network._from_resolver()
    assert any(i.is_loopback for i in found)
    assert all(i.name == "" for i in found)


def test_kinds_from_names():
    assert network._kind("docker0") == VIRTUAL
    assert network._kind("veth12ab") == VIRTUAL
    assert network._kind("lo") in (VIRTUAL, "other")  # loopback is flagged by the system, not by name
