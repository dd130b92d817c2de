"""Issue 13, round 5 (lead): mechanisms found by independent probe batches, each with positive AND negative
rows written for this test (synthetic names and numbers).

* the private ranges themselves (RFC 1918 blocks as a manual states them) are not an office's network;
* a pupil's school record (通知表の所見, 指導要録, 保健室登校 …) is a sensitive topic about the child it names;
* English case notes: welfare words (behind on rent, eviction, child-rearing allowance);
* the subject of a record, named by its label (相談者：, Client:), owns a sensitive topic further down the
  record (within the general person window), not only within the topic's own short reach;
* a Japanese street address written in Latin letters (2-7-14 Kitamachi, Midorino City) is a street-level
  address: next to a personal mobile it identifies someone; an office's or a venue's alone does not block."""

import pytest

from gateway.scan.api import load_scanner
from tests.unit.scan._helpers import RULES

SCANNER = load_scanner(RULES)
B, A = "block", "allow"

ROWS = [
    # RFC 1918 blocks stated as definitions
    ("rfc1918_prefixes", "プライベートIPアドレスの範囲は 10.0.0.0/8、172.16.0.0/12、192.168.0.0/16 です。VLANや"
                         "サブネットの考え方と合わせて説明して。", A),
    ("rfc1918_ranges", "クラスAのプライベートアドレスは 10.0.0.0～10.255.255.255、クラスCは 192.168.0.0～"
                       "192.168.255.255 です。庁内LANではどれを使うのが一般的？", A),
    ("rfc1918_in_english", "Private networks use 172.16.0.0/12 and 192.168.0.0/16; explain subnets and VLAN tagging.", A),
    ("office_subnets", "庁内LANのサブネット設計を見直したい。業務系 10.0.0.0/24（GW 10.0.0.1）、VLAN20 の FW ルールで "
                       "10.0.1.0/24 からの通信を許可。", B),
    ("office_block_with_other_prefix", "庁内ネットワーク 192.168.0.0/24 のDHCPサーバ 192.168.0.10 の設定を教えて", B),
    # school records
    ("school_record_child", "通知表の所見を整えて\n2年1組 岡田 悠真 さん\n算数が苦手で、個別指導計画に沿って放課後に練習しています。", B),
    ("school_record_absences", "担任メモ\n5年3組 杉山 陽葵 さん。10月から欠席が続いており、保健室登校を検討中。", B),
    ("school_notice", "夏休みの補習授業のお知らせ\n対象：全学年\n期間：7月22日から7月31日\n持ち物：筆記用具、ドリル", A),
    ("school_record_guide", "指導要録の記入要領について、所見欄の書き方の例を教えてください。", A),
    # English case notes
    ("english_case_rent", "Client: John Carter (52)\nReferred by: the neighbourhood association\nSummary: Mr Carter lost "
                          "his job at the plant in April and has since been living on savings. Since May he has been "
                          "behind on rent, and the landlord has sent a final letter.", B),
    ("english_public_food_bank", "Food bank donations are accepted at City Hall from 9 am to 5 pm on weekdays. Please "
                                 "bring canned goods and rice. Contact: Welfare Division, 0465-22-1111.", A),
    # the labelled subject of a record owns a topic further down
    ("labelled_subject_far_topic", "相談者：中島 由美\n受付日：11月20日\n受付方法：来所\n相談の経緯：以前から近所の方に勧め"
                                   "られていたが、なかなか来る決心がつかなかったとのこと。本日は長女に付き添われて来所。"
                                   "話を聞くと、収入が途絶えて3か月になり、生活保護の申請を希望している。", B),
    ("lecturer_far_topic", "研修会のお知らせ\n講師：山田 太郎 氏（みどり野大学教授）\n日時：12月10日 14時から16時\n"
                           "会場：市民会館 大ホール\n定員：100名（申込順）\n当日は、地域福祉の現状と課題について、事例を交えて"
                           "お話しいただきます。あわせて、生活保護制度の概要と相談窓口についても紹介します。", A),
    # romanised street addresses
    ("romaji_address_with_mobile", "From: Sarah Mitchell\nI live at 2-7-14 Kitamachi, Midorino City, apartment 305. "
                                   "The garbage has not been collected for two weeks. My phone is 090-8812-4410.", B),
    ("romaji_town_first_with_freemail", "Kitamachi 2-7-14, Midorino-shi. Write to yuki.tanabe88@gmail.com or call "
                                        "080-2291-5567.", B),
    ("romaji_ward_address_with_mobile", "Applicant resides at 4-1-8 Hiyoshi-honcho, Kohoku-ku, Yokohama; mobile "
                                        "070-3321-8854.", B),
    ("romaji_office_address", "Please visit our office at 1-2-3 Nishi-Shinjuku, Shinjuku-ku, Tokyo. Phone: "
                              "03-5321-1111.", A),
    ("romaji_venue", "The venue is Midorino City Hall, 2-1-5 Chuo, Midorino City. Parking is limited.", A),
    ("romaji_not_an_address", "Version 2-7-14 of the Build City tool was released; see section 3-1 of Kanagawa-ken "
                              "guidelines.", A),
    ("romaji_labelled_no_city", "My address is 3-20-18 Honcho, Room 105. Could you tell me if I can apply by mail? "
                                "My phone number is 090-4676-8002.", B),
    ("romaji_live_at_town_first", "I live at Nakamachi 5-2-12 with my family. Call me on 080-1351-7573.", B),
    ("romaji_office_label_landline", "Our new office address: 2-3-4 Chuo. Tel 0465-22-1111.", A),
    # a company named as the payee before its account, on a line that names no person
    ("company_payee_first", "支払通知の文面を作って。振込先：みどり建設株式会社 みどり銀行 本店 当座 1234567", A),
    ("company_payee_first_ordinary", "請求書の振込先：有限会社北町設備 みどり信金 北町支店 普通 2345678", A),
    ("person_at_a_company", "返金の案内文を作って。振込先：株式会社みどりに勤務する田中 花子様の口座 みどり銀行 本店 普通 1234567", B),
    ("resident_account", "還付金の振込先：みどり銀行 北町支店 普通 7654321 名義 タナカ ハナコ", B),
    # internal matters: a surname with a title moved before the 内示; markings listed in training text; a YAML key
    ("surname_title_moved_before_naiji", "議事メモを整理して。\n・人事課長より：来年4月の定期異動で佐々木主査を税務課へ、"
                                         "後任は未定。内示は3月10日の予定のため、それまで口外しないこと。", B),
    ("subject_title_moved", "議事メモ：内示は3月10日の予定。山本係長が福祉課に異動、後任は総務課から。", B),
    ("naiji_process_explained", "人事異動の流れを説明して。内示は例年3月中旬、発令は4月1日です。人事課長が各部長に説明します。", A),
    ("markings_listed_in_training", "研修スライドの原稿を作って。テーマは「機密性２・３の表示のルール」。機密性３の文書には"
                                    "「機密性３」と、取扱制限は「複製禁止」「持出禁止」などと表示することを説明して。", A),
    ("marking_quoted_on_its_line", "次の文書を要約して。\n「機密性３」\n本資料は庁内限りとする。\n１ 目的…", B),
    ("yaml_key_after_secret_name", "Kubernetesのマニフェストでenvを設定する方法を教えて。例: env: - name: DB_PASSWORD "
                                   "valueFrom: secretKeyRef: name: db-secret key: password", A),
    ("yaml_secret_value", "この設定で起動しません\nenv:\n  - name: DB_PASSWORD\n    value: Kq7#mP2v!Xr9Lw4z", B),
    # staff as the subject of a health record: the sentence's subject (…主査が), a title after one space
    ("staff_agent_health", "田村主査が11月から適応障害で病気休暇中です。", B),
    ("staff_spaced_title_health", "税務課の田村 健一 主査が11月から適応障害で病気休暇中です。", B),
    ("staff_spaced_title_discipline", "田村 健一 主査が懲戒処分を受けた。", B),
    ("staff_agent_health_check_guide", "田村主査が健康診断の日程を各課に案内します。", A),
    ("staff_agent_explains_disability_forms", "障害福祉課の田村主査が、障害者手帳の申請方法を説明します。", A),
    ("staff_contact_then_system", "問い合わせ先：税務課 田村 健一 主査（内線2314）まで。病気休暇の制度について説明します。", A),
    ("staff_lecturer_on_the_system", "研修講師 人事課 田村 健一 主査。テーマ：メンタルヘルス不調と病気休暇制度", A),
    # numbers read out with long vowels (にい, ごお)
    ("kana_phone_long_vowels", "増田と申します。折り返し、ぜろきゅうぜろ、にいごおろくなな、はちきゅうぜろいち、までお願いします。", B),
    ("kana_words_not_a_number", "来週の会議はにいにいさん号室で、ごおごお会議と呼ばれています。", A),
    ("topic_before_the_label", "生活保護の申請手続きについての研修資料です。以下は様式の項目名です。\n" + "・" * 40
                               + "\n申請者：（氏名を記入）", A),
]


@pytest.mark.parametrize("name,text,expect", ROWS, ids=[r[0] for r in ROWS])
def test_mechanism(name: str, text: str, expect: str) -> None:
    assert ("block" if SCANNER.scan(text).action == "block" else "allow") == expect, name

