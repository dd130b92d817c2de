"""gateway.caution: tokens (user × service, expiry, one use), the three ways to go on, masking."""

from __future__ import annotations

from gateway.caution import MAX_JUSTIFICATION, CautionTokens, form_page, mask


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_token_in_the_resent_prompt_goes_on_once():
    tokens = CautionTokens()
    tok = tokens.issue("tanaka", "chatgpt")
    assert len(tok) == 6 and tokens.valid(tok, "tanaka", "chatgpt") and not tokens.valid(tok, "suzuki", "chatgpt")
    prompt = f"#aigw-ok:{tok.lower()} 理由：窓口対応記録の要約のため\n生年月日 1980年1月2日 の方の件"
    conf = tokens.take("tanaka", "chatgpt", prompt, None)
    assert conf is not None and conf.channel == "prompt" and conf.justification == "窓口対応記録の要約のため"
    assert tokens.take("tanaka", "chatgpt", prompt, None) is None  # used once


def test_token_of_another_user_or_service_or_without_reason_does_not_count():
    tokens = CautionTokens()
    tok = tokens.issue("tanaka", "chatgpt")
    assert tokens.take("suzuki", "chatgpt", f"#aigw-ok:{tok} 理由: x", None) is None
    assert tokens.take("tanaka", "claude", f"#aigw-ok:{tok} 理由: x", None) is None
    assert tokens.take("tanaka", "chatgpt", f"#aigw-ok:{tok}", None) is None  # a reason is required
    assert tokens.valid(tok, "tanaka", "chatgpt")


def test_form_confirmation_lets_the_resent_prompt_go_on():
    tokens = CautionTokens()
    tok = tokens.issue("tanaka", "chatgpt")
    assert tokens.confirm(tok, "tanaka", "chatgpt", "[PERSON]様への回答案の作成")
    conf = tokens.take("tanaka", "chatgpt", "同じ内容", None)
    assert conf is not None and (conf.channel, conf.justification) == ("form", "[PERSON]様への回答案の作成")
    assert not tokens.confirm(tok, "tanaka", "chatgpt", "again")  # used


def test_header_and_expiry():
    clock = Clock()
    tokens = CautionTokens(clock)
    conf = tokens.take("tanaka", "openai-api", "text", "監査対応のため")
    assert conf is not None and conf.channel == "header" and conf.token is None
    tok = tokens.issue("tanaka", "chatgpt")
    clock.t += 601
    assert not tokens.valid(tok, "tanaka", "chatgpt")
    assert tokens.take("tanaka", "chatgpt", f"#aigw-ok:{tok} 理由: x", None) is None


def test_mask_replaces_findings_by_type_and_bounds_length():
    assert mask("山田太郎さんの件", [(0, 4, "PERSON")]) == "[PERSON]さんの件"
    assert len(mask("あ" * 500, [])) == MAX_JUSTIFICATION + 1


def test_form_page():
    page = form_page("ABCDEF", "ChatGPT", "みどり野市役所", True).decode()
    assert 'action="/__aigw/caution?token=ABCDEF"' in page and 'name="j"' in page
    assert "有効期限" in form_page("", "", "x", False).decode()
