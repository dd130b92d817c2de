"""The allow-list of request_decided fields (imported by the logger and by `aigw logs`, kept light)."""

# The only fields a request_decided line may carry (never prompt text or matched values).
AUDIT_FIELDS = frozenset(
    {
        "event", "time", "request_id", "tenant", "user", "department", "groups", "identity_source", "client_ip", "service",
        "service_kind", "purpose", "application_id", "method", "host", "path", "action", "reason", "scan_reasons",
        "findings", "prompt_chars", "segments", "scan_ms", "upstream_status", "error", "stage", "gateway",
        # coaching (gateway/caution.py): the token issued, and the user's justification, scanned and masked
        "caution_token", "justification", "caution_channel",
    }
)
