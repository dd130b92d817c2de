import dataclasses
import ipaddress

import pytest

from gateway.identify_service import identify_service
from gateway.identify_user import identify_user


@pytest.fixture
def rules(shipped_rules):
    return dataclasses.replace(
        shipped_rules,
        ip_map=((ipaddress.ip_network("192.0.2.0/28"), "suzuki"),),
        trusted_proxies=(ipaddress.ip_network("198.51.100.7/32"),),
    )


@pytest.mark.parametrize("kw,name,source", [
    (dict(proxyauth_user="tanaka", peer_ip="192.0.2.3", header_user="suzuki"), "tanaka", "proxyauth"),
    (dict(proxyauth_user=None, peer_ip="192.0.2.3", header_user=None), "suzuki", "client_ip"),
    (dict(proxyauth_user=None, peer_ip="::ffff:192.0.2.3", header_user=None), "suzuki", "client_ip"),
    (dict(proxyauth_user=None, peer_ip="198.51.100.7", header_user="tanaka"), "tanaka", "trusted_header"),
    (dict(proxyauth_user=None, peer_ip="203.0.113.9", header_user="tanaka"), None, None),  # untrusted: ignored
    (dict(proxyauth_user=None, peer_ip="198.51.100.7", header_user="  "), None, None),
    (dict(proxyauth_user=None, peer_ip=None, header_user=None), None, None),
])
def test_identify_user(rules, kw, name, source):
    ident = identify_user(rules, **kw)
    assert (ident.name if ident else None, ident.source if ident else None) == (name, source)


def test_unknown_name_is_identified_but_has_no_user(rules):
    ident = identify_user(rules, proxyauth_user="ghost", peer_ip=None, header_user=None)
    assert ident.name == "ghost" and ident.user is None


@pytest.mark.parametrize("host,method,path,service,extractor", [
    ("api.openai.com", "POST", "/v1/chat/completions", "openai-api", "openai_chat"),
    ("API.OPENAI.COM.", "POST", "/v1/chat/completions?beta=true", "openai-api", "openai_chat"),
    ("api.openai.com", "POST", "/v1/responses/", "openai-api", "openai_responses"),
    ("api.openai.com", "POST", "/v1/embeddings", "openai-api", "json_strings"),  # default extractor
    ("api.openai.com", "GET", "/v1/models", "openai-api", None),
    ("api.anthropic.com", "POST", "/v1/messages?beta=true", "anthropic-api", "anthropic_messages"),
    ("files.oaiusercontent.com", "PUT", "/file-abc?sig=x", "chatgpt", "file_upload"),  # ChatGPT blob upload
    ("oaiusercontent.com", "PUT", "/x", None, None),  # the wildcard needs a subdomain
    ("example.com", "POST", "/v1/chat/completions", None, None),
])
def test_identify_service(rules, host, method, path, service, extractor):
    m = identify_service(rules, host, method, path)
    if service is None:
        assert m is None
    else:
        assert m.service.id == service
        assert (m.endpoint.extractor if m.endpoint else None) == extractor


def test_shadow_matches_subdomains_but_not_catalog(rules):
    assert rules.shadow_name("www.poe.com") == "Poe"
    assert rules.shadow_name("notpoe.com") is None
    assert rules.shadow_name("api.openai.com") is None


@pytest.mark.parametrize("host,path,service", [
    ("x.com", "/i/api/2/grok/add_response.json", "grok"),
    ("x.com", "/home", None),  # the rest of a shared host is not AI traffic
    ("x.com", "/i/api/graphql/abc/HomeTimeline", None),
    ("substrate.office.com", "/m365Copilot/Chathub/abc?X-SessionId=1", "m365-copilot"),
    ("substrate.office.com", "/owa/service.svc", None),  # Outlook on the same host
    ("graph.microsoft.com", "/beta/copilot/conversations", "m365-copilot"),
    ("graph.microsoft.com", "/v1.0/me/messages", None),
    ("copilot.cloud.microsoft", "/", "m365-copilot"),
])
def test_path_scoped_shared_hosts(rules, host, path, service):
    m = identify_service(rules, host, "POST", path)
    assert (m.service.id if m else None) == service
    # at CONNECT / ClientHello time (no path yet) the shared host is decrypted so its AI paths can be read
    assert rules.service_for_host(host) is not None


def test_invalid_scoped_host_entry(rules_copy):
    from gateway.rules.errors import RulesError
    from gateway.rules.loader import load_rules

    p = rules_copy / "services.yaml"
    p.write_text(p.read_text(encoding="utf-8").replace("x.com/2/grok/**", "x.com/2/grok/** ?q"), encoding="utf-8")
    with pytest.raises(RulesError, match="invalid host"):
        load_rules(rules_copy)
