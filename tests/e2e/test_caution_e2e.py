"""Coaching end to end (gateway/caution.py): policy ``scan_warn: caution``; a prompt with a finding below
block level is held (nothing sent) with a Japanese explanation and a token; the user goes on with a
justification: the official openai SDK resending with the token in the prompt or with the header, and
headless Chromium entering it on the form. Checks the client, the audit line (justification masked) and
what the upstream received."""

from __future__ import annotations

import re
import shutil
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

from tests.support.certs import TestPKI
from tests.support.gateway import GatewayProcess, identify_loopback_as, make_test_rules
from tests.support.upstream import FakeUpstream
from tests.support.tags import fresh_tag

pytestmark = pytest.mark.e2e
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DOB = "生年月日は1980年1月2日です"


@pytest.fixture(scope="module")
def caution_gw(tmp_path_factory: pytest.TempPathFactory, upstream: FakeUpstream, pki: TestPKI) \
        -> Iterator[GatewayProcess]:
    d = tmp_path_factory.mktemp("caution")
    rules = make_test_rules(d / "rules")
    identify_loopback_as(rules, "tanaka")
    policy = rules / "policy.yaml"
    text = policy.read_text(encoding="utf-8")
    policy.write_text(re.sub(r"(?m)^scan_warn: allow", "scan_warn: caution", text), encoding="utf-8")
    gw = GatewayProcess(d, rules=rules, upstream_port=upstream.port, upstream_ca=pki.ca_pem,
                        hosts=("api.openai.com", "chatgpt.com"), name="gw-caution").start()
    yield gw
    gw.stop()


def oai(gw: GatewayProcess, **kw) -> openai.OpenAI:
    return openai.OpenAI(api_key="sk-test", base_url="https://api.openai.com/v1", http_client=gw.http_client(None),
                         **kw)


def held(gw: GatewayProcess, text: str) -> tuple[str, dict]:
    m = gw.mark()
    with pytest.raises(openai.PermissionDeniedError) as ei:
        oai(gw).chat.completions.create(model="m", messages=[{"role": "user", "content": text}])
    assert ei.value.code == "caution_required"
    message = str(ei.value.body["message"]) if isinstance(ei.value.body, dict) else str(ei.value)
    d = gw.new_decisions(m, expect=1)[-1]
    assert (d["action"], d["reason"], d["user"]) == ("block", "caution_required", "tanaka")
    token = d["caution_token"]
    assert f"#aigw-ok:{token}" in message and "送信前に確認してください" in message
    assert "入力内容は外部に送信されていません" in message and "1980" not in message
    return token, d


def test_caution_then_token_in_the_resent_prompt(caution_gw: GatewayProcess, upstream: FakeUpstream) -> None:
    gw = caution_gw
    tag = fresh_tag(10)
    first = f"{DOB}。この方への案内文を作ってください（{tag}）"
    token, _ = held(gw, first)
    assert upstream.received(tag) == []
    m = gw.mark()
    resent = f"#aigw-ok:{token} 理由: soudan.kakari@example.jp への回答案のため\n{first}"
    reply = oai(gw).chat.completions.create(model="m", messages=[{"role": "user", "content": resent}])
    assert reply.choices[0].message.content == "テスト応答です。"
    assert len(upstream.received(tag)) == 1
    d = gw.new_decisions(m, expect=1)[-1]
    assert (d["action"], d["reason"], d["caution_channel"]) == ("warn", "caution_confirmed", "prompt")
    assert d["justification"] == "[EMAIL_ADDRESS] への回答案のため"  # scanned and stored masked
    assert "soudan.kakari" not in "\n".join(gw.lines)
    # the token was used once
    token2, _ = held(gw, resent)
    assert token2 != token


def test_caution_then_header_from_the_sdk(caution_gw: GatewayProcess, upstream: FakeUpstream) -> None:
    gw = caution_gw
    tag = fresh_tag(10)
    m = gw.mark()
    why = urllib.parse.quote("住民からの問い合わせ回答の下書き")
    reply = oai(gw, default_headers={"X-AIGW-Justification": why}).chat.completions.create(
        model="m", messages=[{"role": "user", "content": f"{DOB}。案内文（{tag}）"}])
    assert reply.choices[0].message.content == "テスト応答です。"
    got = upstream.received(tag)
    assert len(got) == 1 and "x-aigw-justification" not in got[0].headers
    d = gw.new_decisions(m, expect=1)[-1]
    assert (d["reason"], d["caution_channel"], d["justification"]) == (
        "caution_confirmed", "header", "住民からの問い合わせ回答の下書き")


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (run scripts/setup-system.sh)")
def test_caution_with_a_justification_on_the_browser_form(caution_gw: GatewayProcess, upstream: FakeUpstream,
                                                         tmp_path: Path) -> None:
    from tests.e2e.test_browser_e2e import check_screenshot, spki_hash
    from tests.support.cdp import Browser

    gw = caution_gw
    tag = fresh_tag(10)
    prompt = f"{DOB}。この方への案内文を作ってください（{tag}）"
    token, _ = held(gw, prompt)
    assert gw.ca_cert is not None and CHROMIUM is not None
    with Browser(CHROMIUM, gw.port, spki_hash(gw.ca_cert), tmp_path / "cdp") as b:
        b.navigate(f"https://api.openai.com/__aigw/caution?token={token}")
        b.wait_for("document.getElementById('j') !== null")
        check_screenshot(b.screenshot(tmp_path / "caution-form.png"))
        b.eval("document.getElementById('j').value = '議会答弁資料の作成のため'")
        b.eval("document.querySelector('#caution button').click()")
        b.wait_for("document.title === '理由を記録しました'")
    deadline = time.monotonic() + 5
    while not [e for e in gw.events if e.get("event") == "caution_justified"] and time.monotonic() < deadline:
        time.sleep(0.05)
    ev = [e for e in gw.events if e.get("event") == "caution_justified"][-1]
    assert (ev["user"], ev["service"], ev["caution_token"], ev["recorded"]) == ("tanaka", "openai-api", token, True)
    m = gw.mark()
    reply = oai(gw).chat.completions.create(model="m", messages=[{"role": "user", "content": prompt}])
    assert reply.choices[0].message.content == "テスト応答です。" and len(upstream.received(tag)) == 1
    d = gw.new_decisions(m, expect=1)[-1]
    assert (d["reason"], d["caution_channel"], d["justification"]) == ("caution_confirmed", "form",
                                                                       "議会答弁資料の作成のため")
