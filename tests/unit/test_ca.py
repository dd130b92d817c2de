"""aigw ca init: the organisation's CA in mitmproxy's confdir format (name, validity, key permissions,
no overwrite without --force), loaded by mitmproxy's own CertStore."""

from __future__ import annotations

import datetime as dt
import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from gateway import ca, clock, doctor

AIGW = Path(sys.executable).with_name("aigw")


def _cert(path: Path) -> x509.Certificate:
    return x509.load_pem_x509_certificate(path.read_bytes())


def test_init_writes_mitmproxy_confdir_with_the_organisation_name(tmp_path: Path) -> None:
    info = ca.init_ca(tmp_path / "conf", "さくら市役所", days=400, key_size=2048)
    conf = tmp_path / "conf"
    assert sorted(p.name for p in conf.iterdir()) == sorted(ca.FILES)
    cert = _cert(conf / "mitmproxy-ca-cert.pem")
    assert cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == "さくら市役所"
    assert "さくら市役所" in cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    assert cert.issuer == cert.subject and not ca.is_stock(cert)
    assert cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    days = (cert.not_valid_after_utc - clock.utcnow()).days
    assert 398 <= days <= 400, days
    assert (conf / "mitmproxy-ca-cert.cer").read_bytes() == (conf / "mitmproxy-ca-cert.pem").read_bytes()
    for name in ca.SECRET_FILES:
        assert stat.S_IMODE((conf / name).stat().st_mode) == 0o600, name
    assert stat.S_IMODE(conf.stat().st_mode) == 0o700
    # the client .p12 holds no key, the gateway's one does
    assert pkcs12.load_pkcs12((conf / "mitmproxy-ca-cert.p12").read_bytes(), None).key is None
    assert pkcs12.load_pkcs12((conf / "mitmproxy-ca.p12").read_bytes(), None).key is not None
    assert info.sha256.count(":") == 31


def test_mitmproxy_certstore_uses_it_for_leaf_certificates(tmp_path: Path) -> None:
    from mitmproxy.certs import CertStore

    ca.init_ca(tmp_path, "さくら市役所", key_size=2048)
    before = (tmp_path / "mitmproxy-ca.pem").read_bytes()
    store = CertStore.from_store(tmp_path, "mitmproxy", 2048)
    assert (tmp_path / "mitmproxy-ca.pem").read_bytes() == before  # read, not regenerated
    entry = store.get_cert("api.openai.com", [])
    assert any("さくら市役所" in v for _, v in entry.cert.issuer)


def test_refuses_to_overwrite_without_force_and_keeps_backups(tmp_path: Path) -> None:
    ca.init_ca(tmp_path, "さくら市役所", key_size=2048)
    old = (tmp_path / "mitmproxy-ca.pem").read_bytes()
    with pytest.raises(ca.CAError, match="--force"):
        ca.init_ca(tmp_path, "別の組織", key_size=2048)
    assert (tmp_path / "mitmproxy-ca.pem").read_bytes() == old
    info = ca.init_ca(tmp_path, "さくら市役所", force=True, key_size=2048,
                      now=clock.utcnow() + dt.timedelta(seconds=1))
    assert len(info.backups) == len(ca.FILES)
    assert (tmp_path / info.backups[0]).read_bytes() == old
    assert (tmp_path / "mitmproxy-ca.pem").read_bytes() != old
    for b in info.backups:
        if b.startswith(("mitmproxy-ca.pem", "mitmproxy-ca.p12")):
            assert stat.S_IMODE((tmp_path / b).stat().st_mode) == 0o600


@pytest.mark.parametrize("org,days", [("", 10), ("   ", 10), ("mitmproxy", 10), ("x", 0), ("x", 40000), ("長" * 60, 10)])
def test_bad_arguments(tmp_path: Path, org: str, days: int) -> None:
    with pytest.raises(ca.CAError):
        ca.init_ca(tmp_path, org, days, key_size=2048)
    assert not any(tmp_path.iterdir())


def test_cli_and_doctor(tmp_path: Path) -> None:
    conf = tmp_path / "conf"
    args = [str(AIGW), "ca", "init", "--org", "さくら市役所", "--days", "800", "--confdir", str(conf), "--key-size", "2048"]
    r = subprocess.run(args, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    ev = json.loads(r.stdout)
    assert ev["event"] == "ca_created" and "O=さくら市役所" in ev["subject"] and ev["backups"] == []
    r2 = subprocess.run(args, capture_output=True, text=True, timeout=60)
    assert r2.returncode == 2 and "--force" in r2.stderr
    checks = {c.name: c for c in doctor.check_ca(conf)}
    assert checks["ca_name"].status == "ok" and checks["ca_key"].status == "ok"


def test_doctor_warns_on_the_stock_mitmproxy_ca(tmp_path: Path) -> None:
    from mitmproxy.certs import CertStore

    CertStore.from_store(tmp_path, "mitmproxy", 2048)  # what mitmproxy creates on first start
    checks = {c.name: c for c in doctor.check_ca(tmp_path)}
    assert checks["ca_name"].status == "warn" and "aigw ca init" in checks["ca_name"].detail
