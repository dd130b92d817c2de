"""Table tests of the round-6 mechanisms (identifiers, credentials, markings, internal matters): each
mechanism with rows it must catch and lookalikes it must leave alone. Whole prompts through the default
scanner; a row names the entity that must (or must not) be among the counted findings."""

from __future__ import annotations

import pytest

from tests.unit.scan import test_mechanisms_r5_ident as r5

MN = "751631959500"        # 個人番号, check digit valid
MN2 = "529466322084"       # 個人番号, check digit valid
MN_BAD = "751631959501"    # check digit wrong

CASES = [
    # 個人番号 in any grouping as the value of a message naming it after a colon (error and log messages)
    ("mn_message_odd_group", f"IllegalArgumentException: 個人番号の桁区切りが不正です: {MN[:4]}-{MN[4:7]}-{MN[7:]}",
     "JP_MY_NUMBER", True),
    ("mn_message_english", f"ValidationError: invalid my_number format = {MN[:3]} {MN[3:9]} {MN[9:]}", "JP_MY_NUMBER", True),
    ("mn_message_bad_check", f"個人番号の桁区切りが不正です: {MN_BAD[:4]}-{MN_BAD[4:7]}-{MN_BAD[7:]}", "JP_MY_NUMBER", False),
    ("mn_message_no_colon", f"個人番号の確認は済み。整理番号 {MN[:4]}-{MN[4:7]}-{MN[7:]} で受付", "JP_MY_NUMBER", False),
    ("mn_message_other_line", f"個人番号の確認は済み\n受付票: {MN[:4]}-{MN[4:7]}-{MN[7:]}", "JP_MY_NUMBER", False),
    # a document's own number after its name: 年金手帳の番号は … (spaced separators), マイナンバーカードの番号：
    ("pension_book_number", "年金手帳の番号は 4120 - 389471 とのこと。", "JP_BASIC_PENSION_NUMBER", True),
    ("pension_book_count", "年金手帳の再交付 2件、来所 14名", "JP_BASIC_PENSION_NUMBER", False),
    ("mn_card_no_number", f"マイナンバーカードの番号は {MN2[:4]} - {MN2[4:8]} - {MN2[8:]} です", "JP_MY_NUMBER", True),
    # assignments through a subscript, and environment variables glued to the tool's name
    ("cred_subscript", "DATABASES['default']['PASSWORD'] = 'Mdr!2026kanri'", "CREDENTIAL", True),
    ("cred_environ_subscript", 'os.environ["SMTP_PASSWORD"] = "Sm7p#Relay26"', "CREDENTIAL", True),
    ("cred_subscript_reference", "DATABASES['default']['PASSWORD'] = os.environ['DB_PASSWORD']", "CREDENTIAL", False),
    ("cred_pgpassword_export", "export PGPASSWORD='Kk7$vR2q9w'", "CREDENTIAL", True),
    ("cred_glued_env_placeholder", "export PGPASSWORD=${PGPASSWORD_FROM_VAULT}", "CREDENTIAL", False),
    ("cred_bypass_not_key", "BYPASS=Enabled2026 # proxy bypass list switch", "CREDENTIAL", False),
    # documented example keys
    ("github_docs_token", 'curl -H "Authorization: Bearer ghp_16C7e42F292c6912E7710c838347Ae178B4a" https://api.github.com/user',
     "CREDENTIAL", False),
    ("github_real_looking_token", 'curl -H "Authorization: Bearer ghp_9Qe2LrT7vXk4Wm1Zc8Yb5Nn3Hd6Fs0Ja2Pu7" https://api.github.com/user',
     "CREDENTIAL", True),
    # an insurer's own number named by the insurer is public; a number on a member's card is not
    ("insurer_owned_public", "緑野市国民健康保険の保険者番号は 139139 です。", "JP_HEALTH_INSURANCE", False),
    ("insurer_kumiai_owned", "みどり製作所健康保険組合の保険者番号 06130017 へ照会", "JP_HEALTH_INSURANCE", False),
    ("insurer_on_member_card", "被保険者証：保険者番号 06130017　記号 7853　番号 504", "JP_HEALTH_INSURANCE", True),
    ("insurer_label_alone", "保険者番号 06130017", "JP_HEALTH_INSURANCE", True),
    # internal matters: host firewall commands, English insider secrecy about transfers
    ("ps_firewall_rule", "New-NetFirewallRule -DisplayName \"DB\" -RemoteAddress 172.20.10.0/24 -LocalPort 1521 -Action Allow",
     "INTERNAL_MATTER", True),
    ("ufw_rule", "sudo ufw allow from 10.8.3.0/24 to any port 22", "INTERNAL_MATTER", True),
    ("ufw_question_public", "ufw で 22 番ポートだけ開けるにはどうすればいい？", "INTERNAL_MATTER", False),
    ("transfers_keep_to_yourselves", "The April transfers aren't out yet, so keep it to yourselves: Mori moves to Parks.",
     "INTERNAL_MATTER", True),
    ("naiji_not_gone_out", "The naiji hasn't gone out yet – Sato is moving to the Tax Division.", "INTERNAL_MATTER", True),
    ("transfers_published_en", "The city published its April personnel transfers on 20 March.", "INTERNAL_MATTER", False),
]


@pytest.mark.parametrize("name,text,entity,found", CASES, ids=[c[0] for c in CASES])
def test_mechanism_r6_ident(scanner, name, text, entity, found):
    r5.test_mechanism(scanner, name, text, entity, found)  # the same check as round 5's table
