"""``aigw ca init``: the organisation's own gateway CA, in mitmproxy's confdir format.

mitmproxy creates a stock CA named ``mitmproxy`` on first start; staff then see "mitmproxy" in every
certificate dialog. ``aigw ca init --org NAME`` writes a CA whose subject carries the organisation's
name instead, with the validity the organisation chooses, into the files mitmproxy reads:

- ``mitmproxy-ca.pem``       private key + certificate (mode 0600: only the gateway reads it)
- ``mitmproxy-ca.p12``       the same as PKCS#12 (mode 0600)
- ``mitmproxy-ca-cert.pem``  the certificate clients trust (also ``.cer`` with the same PEM, and ``.p12``
  without a key, for Windows certificate import)

An existing CA is never overwritten without ``--force``; with ``--force`` the old files are kept
beside the new ones as ``<name>.<UTC stamp>.bak`` (rotation needs the old certificate until every
client trusts the new one: docs/operations.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from gateway import clock

BASENAME = "mitmproxy"
KEY_FILE = f"{BASENAME}-ca.pem"
FILES = (f"{BASENAME}-ca.pem", f"{BASENAME}-ca.p12", f"{BASENAME}-ca-cert.pem", f"{BASENAME}-ca-cert.cer",
         f"{BASENAME}-ca-cert.p12")
SECRET_FILES = {f"{BASENAME}-ca.pem", f"{BASENAME}-ca.p12"}
DEFAULT_DAYS = 3650
CN_SUFFIX = " 生成AI利用ゲートウェイ CA"
STOCK_NAMES = {"mitmproxy"}  # mitmproxy's own CA: CN=mitmproxy, O=mitmproxy


class CAError(Exception):
    pass


@dataclass(frozen=True)
class CAInfo:
    directory: Path
    subject: str
    not_before: dt.datetime
    not_after: dt.datetime
    sha256: str
    backups: tuple[str, ...]


def is_stock(cert: object) -> bool:
    """True for mitmproxy's own CA (CN or O 'mitmproxy'), which names no organisation."""
    from cryptography.x509.oid import NameOID

    names = [a.value for oid in (NameOID.COMMON_NAME, NameOID.ORGANIZATION_NAME)
             for a in cert.subject.get_attributes_for_oid(oid)]  # type: ignore[attr-defined]
    return not names or any(str(n).strip().lower() in STOCK_NAMES for n in names)


def build_ca(org: str, days: int, key_size: int = 3072, now: dt.datetime | None = None):  # noqa: ANN201
    """(private key, certificate) of a CA named after ``org``; extensions as mitmproxy's create_ca."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    org = " ".join(org.split())
    if not org:
        raise CAError("--org must name the organisation")
    if org.lower() in STOCK_NAMES:
        raise CAError("--org must be the organisation's name, not 'mitmproxy'")
    if len(org) > 64 - len(CN_SUFFIX):
        raise CAError(f"--org is too long (at most {64 - len(CN_SUFFIX)} characters)")
    if not 1 <= days <= 36500:
        raise CAError("--days must be between 1 and 36500")
    now = now or clock.utcnow()
    key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    name = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, org + CN_SUFFIX),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "aigw"),
    ])
    start = now - dt.timedelta(days=2)  # clients whose clocks run slow still accept it (as mitmproxy does)
    cert = (
        x509.CertificateBuilder()
        .serial_number(x509.random_serial_number())
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .not_valid_before(start)
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                     crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(private_key=key, algorithm=hashes.SHA256())
    )
    return key, cert


def _write(path: Path, data: bytes, mode: int) -> None:
    """Create ``path`` with ``mode`` from the start (never world-readable for a moment)."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(tmp, mode)  # umask may have removed bits of a public file
    os.replace(tmp, path)


def init_ca(confdir: Path, org: str, days: int = DEFAULT_DAYS, *, force: bool = False, key_size: int = 3072,
            now: dt.datetime | None = None) -> CAInfo:
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    confdir = confdir.expanduser()
    existing = [f for f in FILES if (confdir / f).exists()]
    if existing and not force:
        raise CAError(f"{confdir / existing[0]} already exists: the gateway already has a CA (clients trust it)."
                      " Use --force to replace it (the old files are kept as .bak)")
    key, cert = build_ca(org, days, key_size, now)
    confdir.mkdir(parents=True, exist_ok=True)
    os.chmod(confdir, 0o700)
    stamp = (now or clock.utcnow()).strftime("%Y%m%dT%H%M%SZ")
    backups = []
    for f in existing:
        (confdir / f).replace(confdir / f"{f}.{stamp}.bak")
        backups.append(f"{f}.{stamp}.bak")
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                                serialization.NoEncryption())
    cert_pem = cert.public_bytes(serialization.Encoding.PEM)
    _write(confdir / f"{BASENAME}-ca.pem", key_pem + cert_pem, 0o600)
    _write(confdir / f"{BASENAME}-ca.p12", pkcs12.serialize_key_and_certificates(
        BASENAME.encode(), key, cert, None, serialization.NoEncryption()), 0o600)
    _write(confdir / f"{BASENAME}-ca-cert.pem", cert_pem, 0o644)
    _write(confdir / f"{BASENAME}-ca-cert.cer", cert_pem, 0o644)
    _write(confdir / f"{BASENAME}-ca-cert.p12", pkcs12.serialize_key_and_certificates(
        BASENAME.encode(), None, cert, None, serialization.NoEncryption()), 0o644)
    fp = cert.fingerprint(hashes.SHA256()).hex(":").upper()
    return CAInfo(confdir, cert.subject.rfc4514_string(), cert.not_valid_before_utc, cert.not_valid_after_utc, fp,
                  tuple(backups))


def cmd_ca_init(args: argparse.Namespace) -> int:
    try:
        info = init_ca(Path(args.confdir), args.org, args.days, force=args.force, key_size=args.key_size)
    except CAError as e:
        print(f"aigw ca init: {e}", file=sys.stderr)
        return 2
    print(json.dumps({"event": "ca_created", "confdir": str(info.directory), "subject": info.subject,
                      "not_before": info.not_before.isoformat(), "not_after": info.not_after.isoformat(),
                      "sha256": info.sha256, "client_cert": str(info.directory / f"{BASENAME}-ca-cert.pem"),
                      "backups": list(info.backups)}, ensure_ascii=False))
    print(f"aigw: 組織の CA を作成しました。端末に {info.directory / (BASENAME + '-ca-cert.pem')} を配布し、"
          f"指紋 SHA-256 {info.sha256} を確認してください。", file=sys.stderr)
    if info.backups:
        print("aigw: 旧 CA は .bak として残しました。全端末が新しい CA を信頼するまで旧 CA の信頼を外さないでください。"
              " ゲートウェイの再起動で新しい CA が使われます。", file=sys.stderr)
    return 0


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    ca = sub.add_parser("ca", help="the gateway CA: init (the organisation's own CA in mitmproxy's confdir)")
    csub = ca.add_subparsers(dest="ca_command", required=True)
    i = csub.add_parser("init", help="create the organisation's CA (refuses to overwrite without --force)")
    i.add_argument("--org", required=True, help="organisation name shown in certificate dialogs (O, CN)")
    i.add_argument("--days", type=int, default=DEFAULT_DAYS, help=f"validity in days (default {DEFAULT_DAYS})")
    i.add_argument("--confdir", default="~/.mitmproxy",
                   help="mitmproxy confdir to write (default ~/.mitmproxy; the service uses /var/lib/aigw)")
    i.add_argument("--key-size", type=int, choices=(2048, 3072, 4096), default=3072, help="RSA key size (default 3072)")
    i.add_argument("--force", action="store_true", help="replace an existing CA (old files kept as .bak)")
    i.set_defaults(func=cmd_ca_init)
