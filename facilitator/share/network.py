"""The laptop's IPv4 addresses, and which one phones are most likely to reach.

Platform specifics live here (ENGINEERING.md, principle 14). Only the standard library, and
no traffic to other hosts:

* Linux and macOS: ``getifaddrs(3)`` through ctypes lists every interface with its address
  and flags; on Linux ``/sys/class/net`` tells Wi-Fi from Ethernet from virtual interfaces
  and ``/proc/net/route`` which one carries the default route.
* Windows (and anywhere getifaddrs is missing): the addresses the host name resolves to,
  and the address the system would use for the default route, found by ``connect()`` on a
  UDP socket. A UDP connect only chooses a route; it sends nothing.

The proposal prefers a private address (192.168/16, 10/8, 172.16/12) on Wi-Fi or Ethernet
that carries the default route, or the laptop's own hotspot; it avoids loopback,
link-local, VPN and container interfaces.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import ipaddress
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

WIFI, ETHERNET, VIRTUAL, LOOPBACK, OTHER = "wifi", "ethernet", "virtual", "loopback", "other"

#: Interface names that belong to containers, virtual machines and VPNs.
VIRTUAL_PREFIXES = (
    "docker", "br-", "veth", "virbr", "vboxnet", "vmnet", "tun", "tap", "wg", "zt", "tailscale",
    "utun", "lxc", "lxd", "cni", "flannel", "podman", "kube", "ifb", "dummy", "awdl", "llw",
    "anpi", "gif", "stf", "ipsec", "ppp", "vEthernet", "VirtualBox", "VMware", "Hyper-V",
)
#: Addresses a laptop gets when it is the hotspot itself (NetworkManager, Windows Mobile
#: Hotspot, macOS Internet Sharing): phones on that hotspot reach it.
HOTSPOT_ADDRESSES = {"10.42.0.1", "192.168.137.1", "192.168.2.1"}


@dataclass(frozen=True)
class Interface:
    name: str  # "wlan0", "en0", "" when the platform does not say
    address: str  # IPv4, dotted
    netmask: str = ""
    kind: str = OTHER
    default_route: bool = False

    @property
    def is_loopback(self) -> bool:
        return ipaddress.ip_address(self.address).is_loopback

    @property
    def is_private(self) -> bool:
        ip = ipaddress.ip_address(self.address)
        return any(ip in net for net in _PRIVATE)

    @property
    def score(self) -> int:
        ip = ipaddress.ip_address(self.address)
        if ip.is_loopback:
            return -100
        score = 0
        if ip.is_link_local:
            score -= 50
        if self.kind == VIRTUAL:
            score -= 30
        if ip in _CGNAT:  # Tailscale and carrier NAT: not the room's network
            score -= 20
        if self.is_private:
            score += 20
        if self.kind == WIFI:
            score += 10
        elif self.kind == ETHERNET:
            score += 5
        if self.default_route:
            score += 15
        if self.address in HOTSPOT_ADDRESSES:
            score += 12
        return score

    @property
    def label(self) -> str:
        return f"{self.address} ({self.name})" if self.name else self.address


_PRIVATE = [ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")]
_CGNAT = ipaddress.ip_network("100.64.0.0/10")


def list_interfaces(include_loopback: bool = True) -> list[Interface]:
    """IPv4 interfaces that are up, best candidate first (loopback last)."""
    found: list[Interface] = []
    try:
        found = _from_getifaddrs()
    except Exception:  # pragma: no cover - platforms without getifaddrs
        found = []
    if not found:
        found = _from_resolver()
    seen, unique = set(), []
    for interface in found:
        if interface.address in seen:
            continue
        seen.add(interface.address)
        if interface.is_loopback and not include_loopback:
            continue
        unique.append(interface)
    unique.sort(key=lambda i: (-i.score, i.name, ipaddress.ip_address(i.address)))
    return unique


def propose(interfaces: list[Interface] | None = None) -> Interface | None:
    """The interface phones in the room are most likely to reach, or None (only loopback)."""
    candidates = [i for i in (interfaces if interfaces is not None else list_interfaces()) if not i.is_loopback]
    return max(candidates, key=lambda i: i.score) if candidates else None


def propose_address() -> str | None:
    chosen = propose()
    return chosen.address if chosen else None


def phone_base_url(port: int | None = None, address: str | None = None) -> str:
    """``http://HOST:PORT`` as phones in the room reach this laptop: the chosen ``address`` or
    the proposed one, and the server's port. The one answer for the sharing panel's QR code,
    the printed table signs and the export dialog."""
    from .links import DEFAULT_PORT, base_url

    return base_url(address or propose_address() or "127.0.0.1", DEFAULT_PORT if port is None else port)


# --------------------------------------------------------------------------- getifaddrs
class _SockAddr(ctypes.Structure):
    _fields_ = [("data", ctypes.c_uint8 * 16)]


class _IfAddrs(ctypes.Structure):
    pass


_IfAddrs._fields_ = [
    ("ifa_next", ctypes.POINTER(_IfAddrs)),
    ("ifa_name", ctypes.c_char_p),
    ("ifa_flags", ctypes.c_uint),
    ("ifa_addr", ctypes.POINTER(_SockAddr)),
    ("ifa_netmask", ctypes.POINTER(_SockAddr)),
    ("ifa_ifu", ctypes.POINTER(_SockAddr)),
    ("ifa_data", ctypes.c_void_p),
]

IFF_UP, IFF_LOOPBACK, IFF_RUNNING = 0x1, 0x8, 0x40


def _family(sockaddr: _SockAddr) -> int:
    raw = bytes(sockaddr.data)
    if sys.platform.startswith("linux"):
        return int.from_bytes(raw[0:2], sys.byteorder)
    return raw[1]  # BSD and macOS: sa_len, then sa_family


def _ipv4(sockaddr_pointer) -> str:
    if not sockaddr_pointer:
        return ""
    raw = bytes(sockaddr_pointer.contents.data)
    return socket.inet_ntoa(raw[4:8])


def _from_getifaddrs() -> list[Interface]:
    if sys.platform == "win32":
        return []
    libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
    getifaddrs, freeifaddrs = libc.getifaddrs, libc.freeifaddrs
    getifaddrs.argtypes = [ctypes.POINTER(ctypes.POINTER(_IfAddrs))]
    freeifaddrs.argtypes = [ctypes.POINTER(_IfAddrs)]
    head = ctypes.POINTER(_IfAddrs)()
    if getifaddrs(ctypes.byref(head)) != 0:
        return []
    default = _default_route_interface()
    result = []
    try:
        node = head
        while node:
            entry = node.contents
            node = entry.ifa_next
            if not entry.ifa_addr or _family(entry.ifa_addr.contents) != socket.AF_INET:
                continue
            if not entry.ifa_flags & IFF_UP:
                continue
            name = (entry.ifa_name or b"").decode("utf-8", "replace")
            address = _ipv4(entry.ifa_addr)
            loopback = bool(entry.ifa_flags & IFF_LOOPBACK)
            result.append(
                Interface(
                    name=name,
                    address=address,
                    netmask=_ipv4(entry.ifa_netmask),
                    kind=LOOPBACK if loopback else _kind(name),
                    default_route=(name == default) if default else False,
                )
            )
    finally:
        freeifaddrs(head)
    return result


def _kind(name: str) -> str:
    lowered = name.lower()
    if any(lowered.startswith(prefix.lower()) for prefix in VIRTUAL_PREFIXES):
        return VIRTUAL
    sys_net = Path("/sys/class/net") / name
    if sys_net.exists():
        if (sys_net / "wireless").exists() or (sys_net / "phy80211").exists():
            return WIFI
        if (sys_net / "bridge").exists():
            return VIRTUAL
        if (sys_net / "device").exists():
            return ETHERNET
        return VIRTUAL
    if lowered.startswith(("wl", "wifi")):
        return WIFI
    if lowered.startswith(("en", "eth")):
        return ETHERNET  # on a Mac en0 is usually Wi-Fi; both are fine for phones
    if lowered.startswith("bridge"):
        return OTHER  # macOS Internet Sharing (bridge100) is the laptop's own hotspot
    return OTHER


def _default_route_interface() -> str:
    """The interface with the default route, from /proc/net/route (Linux; '' elsewhere)."""
    try:
        lines = Path("/proc/net/route").read_text().splitlines()[1:]
    except OSError:
        return ""
    for line in lines:
        fields = line.split()
        if len(fields) > 7 and fields[1] == "00000000" and fields[7] == "00000000":
            return fields[0]
    return ""


# --------------------------------------------------------------------------- fallback
def _from_resolver() -> list[Interface]:
    """Addresses of this host without interface names (Windows, or no getifaddrs)."""
    addresses: list[str] = []
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET, socket.SOCK_STREAM):
            addresses.append(info[4][0])
    except OSError:
        pass
    routed = _routed_address()
    if routed and routed not in addresses:
        addresses.insert(0, routed)
    result = [Interface(name="", address=a, kind=OTHER, default_route=(a == routed)) for a in dict.fromkeys(addresses)]
    if not any(i.is_loopback for i in result):
        result.append(Interface(name="", address="127.0.0.1", kind=LOOPBACK))
    return result


def _routed_address() -> str:
    """The local address of the default route. ``connect`` on a UDP socket picks a route and
    sends no packet; the peer address is a reserved private one and is never contacted."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 9))
        return probe.getsockname()[0]
    except OSError:
        return ""
    finally:
        probe.close()
