"""A private OpenLDAP server (Debian's slapd) on a loopback port, seeded with the demo users."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

SLAPD = shutil.which("slapd") or "/usr/sbin/slapd"
SLAPADD = shutil.which("slapadd") or "/usr/sbin/slapadd"
SUFFIX = "dc=aigw,dc=test"
ADMIN_DN = f"cn=admin,{SUFFIX}"
ADMIN_PW = "ldap-admin-pw"
PEOPLE = f"ou=people,{SUFFIX}"
PASSWORDS = {"tanaka": "tanaka-ldap-pw", "suzuki": "suzuki-ldap-pw"}


def available() -> bool:
    return Path(SLAPD).exists() and Path(SLAPADD).exists() and Path("/etc/ldap/schema/core.schema").exists()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LdapServer:
    def __init__(self, workdir: Path) -> None:
        self.dir = workdir
        self.port = _free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    def proxyauth_spec(self) -> str:
        """mitmproxy's proxyauth LDAP spec: bind as admin, search people by uid, bind as the user."""
        return f"ldap:127.0.0.1:{self.port}:{ADMIN_DN}:{ADMIN_PW}:{PEOPLE}?search_filter_key=uid"

    def start(self) -> "LdapServer":
        db = self.dir / "db"
        db.mkdir(parents=True, exist_ok=True)
        conf = self.dir / "slapd.conf"
        conf.write_text(f"""
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
modulepath /usr/lib/ldap
moduleload back_mdb
pidfile {self.dir}/slapd.pid
database mdb
maxsize 10485760
suffix "{SUFFIX}"
rootdn "{ADMIN_DN}"
rootpw {ADMIN_PW}
directory {db}
access to attrs=userPassword by anonymous auth by * none
access to * by * read
""")
        people = "".join(f"""
dn: uid={u},{PEOPLE}
objectClass: inetOrgPerson
uid: {u}
cn: {u}
sn: {u}
userPassword: {pw}
""" for u, pw in PASSWORDS.items())
        ldif = self.dir / "seed.ldif"
        ldif.write_text(f"""dn: {SUFFIX}
objectClass: dcObject
objectClass: organization
dc: aigw
o: aigw test

dn: {PEOPLE}
objectClass: organizationalUnit
ou: people
{people}""")
        subprocess.run([SLAPADD, "-f", str(conf), "-l", str(ldif)], check=True, capture_output=True)
        self.log = open(self.dir / "slapd.log", "wb")
        self.proc = subprocess.Popen([SLAPD, "-d", "0", "-f", str(conf), "-h", f"ldap://127.0.0.1:{self.port}/"],
                                     stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"slapd exited: {(self.dir / 'slapd.log').read_text(errors='replace')}")
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.5).close()
                return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("slapd did not start")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)
        if hasattr(self, "log"):
            self.log.close()
