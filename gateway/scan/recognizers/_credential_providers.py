"""More providers' key formats for the credential recognizer (issue 13, round 13): the prefixes services print on
the tokens they issue, so that a token pasted bare (in a chat, a tuple, an options object) is found by its shape, as
sk-… and ghp_… already were. Each entry: a kind, its pattern, and the lower-case trigger words that make it worth
trying (the engine's trigger pass finds them). Lengths follow the providers' documented formats, with some slack.

Also the Wi-Fi memo's bare key label: ``キー：…`` names the network key only in a Wi-Fi block (an SSID above it)."""

from __future__ import annotations

import base64

from gateway.scan import rx as re

_Z = r"(?![A-Za-z0-9_\-])"
_B = r"(?<![A-Za-z0-9_\-])"
PROVIDER_KEYS: list[tuple[str, re.Pattern[str]]] = [
    # Atlassian (Jira / Confluence) API tokens and Bitbucket app passwords / access tokens
    ("atlassian", re.compile(_B + r"(?:ATATT3|ATCTT3|ATBB)[A-Za-z0-9_\-=]{30,300}" + _Z)),
    # a Telegram bot's token: the bot's id, a colon, 35 characters starting AA (api.telegram.org/bot<token>/…)
    ("telegram_bot", re.compile(r"(?<![0-9])[0-9]{6,12}:AA[A-Za-z0-9_\-]{33}" + _Z)),
    # Notion integration secrets (ntn_…, and the older secret_ + 43)
    ("notion", re.compile(_B + r"(?:ntn_[A-Za-z0-9]{40,60}|secret_[A-Za-z0-9]{43})" + _Z)),
    # AI services other than sk-…: Groq, Perplexity, Replicate, xAI
    ("ai_service", re.compile(_B + r"(?:gsk_[A-Za-z0-9]{48,60}|pplx-[A-Za-z0-9]{40,60}|r8_[A-Za-z0-9]{37}|"
                               r"xai-[A-Za-z0-9]{60,100})" + _Z)),
    # package registries: npm access tokens, PyPI API tokens (a macaroon: pypi-AgEIcHlwaS5vcmc…)
    ("package_registry", re.compile(_B + r"(?:npm_[A-Za-z0-9]{36}|pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]{50,})" + _Z)),
    # developer platforms: DigitalOcean, Shopify, Linear, Postman, Figma, Supabase, Databricks, Grafana, GitLab's
    # other tokens (runner, deploy, trigger), New Relic, Doppler, Mailgun
    ("platform_token", re.compile(
        _B + r"(?:do[por]_v1_[a-f0-9]{64}|shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}|lin_api_[A-Za-z0-9]{40}|"
        r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}|figd_[A-Za-z0-9_\-]{40,}|sbp_[a-f0-9]{40}|dapi[a-f0-9]{32}|"
        r"glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}|gl(?:rt|dt|ptt|cbt|soat|ft|imt|agent)-[A-Za-z0-9_\-]{20,}|"
        r"NRAK-[A-Z0-9]{27}|dp\.(?:pt|st|sa|ct)\.[A-Za-z0-9]{40,}|key-[a-f0-9]{32})" + _Z)),
]
PROVIDER_TRIGGERS: dict[str, tuple[str, ...]] = {
    "atlassian": ("atatt3", "atctt3", "atbb"),
    "telegram_bot": (":aa",),
    "notion": ("ntn_", "secret_"),
    "ai_service": ("gsk_", "pplx-", "r8_", "xai-"),
    "package_registry": ("npm_", "pypi-"),
    "platform_token": ("_v1_", "shpat_", "shpca_", "shppa_", "shpss_", "lin_api_", "pmak-", "figd_", "sbp_", "dapi",
                       "glsa_", "glrt-", "gldt-", "glptt-", "glcbt-", "glsoat-", "glft-", "glimt-", "glagent-", "nrak-",
                       "dp.", "key-"),
}

# an SSID label a few lines above a bare key label (SSID：SHIOMI-STAFF ⏎ 暗号化：WPA2 ⏎ キー：…)
_SSID = re.compile(r"(?i)SSID|ネットワーク名|Wi-?Fi|無線LAN")  # (…Wi-Fi開放の手順 ⏎ …名前は BOSAI-…、鍵は …: round 33)
_SSID_REACH = 160


def near_ssid(text: str, pos: int) -> bool:
    """An SSID label within a few lines above ``pos``: the bare キー there is the network's key."""
    return _SSID.search(text, max(0, pos - _SSID_REACH), pos) is not None


def _plain_auth(v: str) -> bool:
    """The SASL PLAIN payload decodes to [authzid]\0user\0password with a password (smtp_auth_plain's check)."""
    try:
        raw = base64.b64decode(v + "=" * (-len(v) % 4), validate=True)
    except ValueError:
        return False
    parts = raw.split(b"\0")
    return len(parts) == 3 and len(parts[2]) >= 4 and parts[2].isascii()
