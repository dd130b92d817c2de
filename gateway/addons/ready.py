"""``gateway_ready``: one log line when the proxy listens (after the other addons started)."""

from __future__ import annotations

from pathlib import Path

from mitmproxy import ctx

from gateway.addons.audit_log import AuditLog
from gateway.addons.rules import Rules
from gateway.logging import get_logger


class Ready:
    def __init__(self, rules: Rules, audit: AuditLog) -> None:
        self.rules = rules
        self.audit = audit
        self.log = get_logger()

    def running(self) -> None:
        ps = ctx.master.addons.get("proxyserver")
        addrs = ps.listen_addrs() if ps else []
        confdir = Path(ctx.options.confdir).expanduser()
        rules = self.rules.rules
        self.log.info(
            "gateway_ready",
            listen=[f"{a[0]}:{a[1]}" for a in addrs],
            port=addrs[0][1] if addrs else None,
            ca_cert=str(confdir / "mitmproxy-ca-cert.pem"),
            rules=str(rules.directory) if rules else None,
            audit_log=str(self.audit.sink.path) if self.audit.sink.path else None,
            gateway=self.audit.gateway_name,
        )
