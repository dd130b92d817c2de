"""Word lists and patterns of the PERSON recognizer (honorifics, titles, labels, anchors, table
and list shapes). Data only: the rules that use them are in person.py and person_tables.py."""

from __future__ import annotations

from gateway.scan import rx as re

from gateway.scan.recognizers._field_keys import NAME_KEYS

HONORIFICS_STRONG = ("様", "さん", "さま", "殿", "君", "くん", "ちゃん", "ちゃま")
HONORIFIC_SHI = ("氏",)
# titles after a name: staff / official capacity / public roles
# a shop by its trade with さん (花屋さんに頼みます, 八百屋さん): no one's name (round 35)
TRADES = frozenset({"花屋", "八百屋", "本屋", "酒屋", "床屋", "魚屋", "米屋", "肉屋", "電器屋", "電気屋", "豆腐屋", "植木屋",
                    "パン屋", "ケーキ屋", "クリーニング屋", "お花屋", "文房具屋", "印刷屋", "大工"})
TITLES_OFFICIAL = (
    "課長", "部長", "係長", "主任", "主査", "主事", "主幹", "参事", "課長補佐", "補佐", "室長", "局長", "所長", "次長",
    "班長", "副市長", "市長", "町長", "村長", "区長", "知事", "副知事", "議員", "議長", "委員長", "委員", "大臣",
    "首相", "総理", "長官", "社長", "会長", "理事長", "教授", "准教授", "博士", "監督", "選手", "先生", "弁護士",
    "税理士", "医師", "看護師", "保健師", "記者", "アナウンサー", "容疑者", "被告", "被告人", "受刑者",
)
# the office's own job titles: a name with one of them is staff in an official capacity (official), but
# staff can be the subject of a personnel record (``staff`` metadata, aggregate.rule_staff_record_subject)
STAFF_TITLES = frozenset((
    "課長", "部長", "係長", "主任", "主査", "主事", "主幹", "参事", "課長補佐", "補佐", "室長", "局長", "所長", "次長",
    "班長", "技師", "技術員", "主任主事", "主任技師", "副主幹", "専門員", "会計年度任用職員", "事務員", "保育士",
    "保健師", "指導主事", "部長級", "課長級", "係員", "嘱託員",
    # a school's teachers are the education board's staff (3年1組担任の 河合 美波 先生, 養護教諭の 村上 早苗); a bare 教諭
    # before a name is not (東中学校の教諭 三浦 健司（38）: a record's subject, read as a private person)
    "担任", "養護教諭",
    "保健師長", "看護師長", "栄養士", "管理栄養士", "社会福祉士", "精神保健福祉士",  # (a section's specialists: r17)
    "運転士", "機関員", "隊員", "消防士", "消防士長", "消防司令", "消防司令補", "司書", "学芸員", "技能員", "用務員", "調理員",
    # (ranks and grades written short or not yet listed: 五十嵐士長の件, 主任看護師, 主任保育士: round 28; not 技師長, a firm's too)
    "士長", "副士長", "消防副士長", "消防司令長", "主任看護師", "副看護師長", "主任保育士", "主事補", "技師補",
    "主任主査", "副主査",
    # employment classes written as the post (技能労務職員 大鳥居 剛 に対する処分, 再任用職員の…: round 29)
    "技能労務職員", "再任用職員", "臨時的任用職員", "任期付職員", "非常勤職員", "臨時職員", "嘱託職員", "派遣職員",
    "パートタイム会計年度任用職員", "フルタイム会計年度任用職員", "会計年度職員"))
STAFF_TITLE_ALT = "|".join(sorted(STAFF_TITLES, key=len, reverse=True))  # (the titles as a regex alternation, longest first)
TITLE_REACH = max(map(len, STAFF_TITLES)) + 2  # (how far before a name _TITLE_BEFORE looks: the longest title and a blank)
# …and a ward's, a clinic's or a school's posts, read after a unit in a label's value or a record's heading line
# (対象者：西4階病棟　看護師　…, ・循環器内科 医長　…先生: round 28)
POST_TITLE_ALT = "|".join(sorted(STAFF_TITLES | {"看護師", "准看護師", "助産師", "医師", "医長", "薬剤師", "臨床検査技師",
                                                 "診療放射線技師", "理学療法士", "作業療法士", "救急救命士", "教諭", "講師"},
                                 key=len, reverse=True))
# a staff title right before a name: "企画課 主事 今泉 里奈", "保健師　山田" (the name is staff; also 担当係長の 石川 和樹)
_TITLE_BEFORE = re.compile("(?:" + STAFF_TITLE_ALT + ")(?:[ \u3000]|の[ \u3000]?)?$|(?<=の)(?:" + STAFF_TITLE_ALT + ")、[ \u3000]?$")  # (…課の保健師、鳴海 沙織さん: r31)
NAMING_BEFORE = re.compile(_TITLE_BEFORE.pattern + "|(?:教諭|講師|教頭|実習助手)[ \u3000]$")  # (・講師 国枝 あゆ（…）：, a name: r42)
# the name is what the passage is about: "今泉 里奈 について、…", "山田主事に係る処分", a matter of theirs (川口主事の勤怠について),
# a bracketed note between (坂巻 恵理子（平成8年生）について, 山田主事（税務課）に係る処分); their record after の (小田切主査の今期の
# 人事評価; not …の休職者の支援), an evaluation's grade after a colon (…さん（…）：勤務評価C; not ○田中主査：病気休暇の制度…; r20)
_ABOUT_AFTER = re.compile(r"[)）]?[ \u3000]?(?:\([^()\n]{1,20}\)[ \u3000]?)?(?:の(?:勤怠|勤務状況|勤務態度|健康状態|処分|休職|復職|病休|病気休暇|"
                          r"服務|評価|面談|懲戒|不祥事)(?:の件|に関する件)?)?(?:について|に関し|に係る|に対し|の件(?![数名])"
                          r"|のこと(?:です|でご?相談|で、|、)"  # (…（広報係の本多さん）のことです, round 36)
                          r"|に対する(?:懲戒|分限)?(?:処分|措置|指導|聴取|調査|訓告|厳重注意)"  # (…職員 大鳥居 剛 に対する処分について, r28)
                          r"|の(?:訴訟)?代理人(?:として|である|です|を)"  # (…氏（税務課所属）の代理人として: their matter)
                          r"|の(?:(?:今期|今年度|前期|後期|上期|下期|昨年度|前年度|来年度|[0-9]{1,4}年度?)の)?"
                          r"(?:人事評価|勤務評価|勤務成績|業績評価|能力評価|勤怠|健康状態|病状|休職|復職|病休|病気休(?:暇|職)(?:期間)?|懲戒)(?![一-鿿ァ-ヺ])"
                          r"|[:：]?[ \u3000]?(?:人事評価|勤務評価|勤務成績|業績評価|能力評価|評語|評定)[ ]?[:：]?[ ]?[A-ES](?![A-Za-z]))")
# a line holding only a full name (a signature) and within 3 lines a personal mobile or free mail: "石井 くるみ\n携帯 090-…"
_SIGNATURE_NAME = re.compile(
    r"^[ \t]*(?:>[ \t]?){0,3}(?:[^\s>]{1,12}(?:課|係|室|局|センター|担当|班)[ 　]+){0,3}(?P<name>[一-鿿々〆ヶ]{1,3}[ 　][一-鿿々〆ヶぁ-ゖァ-ヺ]{1,4}|[ぁ-ゖ]{2,5}[ 　][ぁ-ゖ]{2,5})(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*$",
    re.MULTILINE)  # a quoted mail's lines start with "> "; a note in brackets may follow (瀬良 美鈴（…の母）, r23)
_PERSONAL_CONTACT = re.compile(
    r"(?<![0-9])0[789]0[- ]?\n?[0-9]{4}[- ]?\n?[0-9]{4}(?![0-9])|@(?:gmail|yahoo|icloud|outlook|hotmail|me|live|docomo|"
    r"ezweb|au|softbank|i\.softbank|nifty|biglobe|ocn)\.", re.IGNORECASE)
# a council member speaking in published minutes: "○12番(佐藤花子君)", "◯議長(山本一郎君)"
_COUNCIL_SPEAKER = re.compile(r"[ \t]*[○◯〇◎][^\n()]{0,16}\($")

# kanji words that end a name rather than extend it
_STOP_EXTEND = set()  # filled below from TITLES_OFFICIAL, LABELS and a few nouns
# labels after which a name follows (label-value form)
LABELS = (
    "氏名", "氏名等", "氏 名", "名前", "名 前", "お名前", "なまえ", "おなまえ", "しめい", "そうだんしゃ", "しんせいしゃ", "氏名カナ", "フリガナ", "ふりがな", "カナ氏名", "申請者", "申請人", "届出人", "相談者",
    "名字", "苗字",  # (名字は戸次（べっき）: the surname given on its own, round 31)
    "世帯主", "筆頭者", "被保険者", "本人氏名", "代理人", "保護者", "児童", "児童名", "生徒", "生徒名", "利用者", "利用者名", "対象児", "園児名",
    "患者", "患者名", "担当", "担当者", "対象者", "本人", "依頼者", "請求人", "申出人", "申立人", "受給者", "契約者", "名義",
    "口座名義", "名義人", "宛名", "宛先", "連絡者", "参加者", "入居者", "来庁者", "通報者", "被害者", "加害者",
    "被疑者", "り災者", "罹災者", "死傷者", "負傷者", "要介護者", "納税者", "納税義務者", "扶養者", "配偶者", "妻", "夫", "長男", "長女", "次男", "次女",
    "父", "母", "子", "続柄", "同居人", "亡", "故", "職員名", "作成者", "記入者", "回答者", "面談者", "相手方",
    "出席者", "欠席者", "構成員", "委員名", "当事者", "申込者", "応募者", "受験者", "合格者", "退職者", "職員",
    "不合格者", "不採用者", "内定者", "辞退者", "原告", "控訴人", "被控訴人", "上告人", "異議申立人", "告訴人",  # (parties, r13)
    # the 者 / 人 twins of the form labels above (請求者 beside 請求人), then katakana field names (ｼﾒｲ → シメイ)
    "請求者", "申出者", "届出者", "申込人", "依頼人", "申立者", "交付請求者", "甲", "乙", "丙",  # (a contract's parties: r21)
    "シメイ", "ナマエ", "オナマエ", "実習生", "技能実習生", "研修生", "留学生", "受講者", "受診者", "被接種者", "妊婦", "入所者",  # (r25)
    "従業員", "社員", "顧客", "顧客名", "対象", "問い合わせ者", "問合せ者", "照会者", "入院患者", "被介護者", "要支援者", "被災者", "死亡者", "故人", "被相続人",
    "相続人", "債務者", "滞納者", "差出人", "送信者", "受取人", "受信者", "相談相手", "世帯員", "同居者", "親族", "相手", "面談相手",
    "名簿", "被処分者", "処分対象者", "被評価者", "対象職員", "当該職員", "被面談者", "休職者", "被申立人", "被後見人", "被保佐人",
    "被補助人", "成年被後見人", "後見人", "保佐人", "補助人", "後見人等",  # (a guardianship's parties, round 26)
    # a form's or a questionnaire's signature field (署名：, 記名あり：)
    "署名", "自署", "記名", "記名あり",
    "name", "full name", "shimei", "namae", "full_name", "fullname",
    # field names of code, JSON and CSV exports (lower case: camelCase keys are matched lowered)
    "name_kanji", "name_kana", "kanji_name", "kana_name", "namekanji", "namekana", "kanjiname", "kananame",
    "full_name_kanji", "shimei_kanji", "shimei_kana", "simei", "customer_name", "applicant_name", "resident_name",
    "patient_name", "client_name", "person_name", "taishosha", "shinseisha",
    # abbreviated keys of real systems (nm, nm_kana, shimei_kj …: _field_keys)
    *NAME_KEYS,
    # English record labels before a name in Japanese script (Client：マリア・ロドリゲス): field form only
    "client", "patient", "applicant", "claimant", "tenant", "pupil", "student", "resident", "visitor", "caller",
    "fn",  # a contact card's formatted name (vCard FN:, as phones and Outlook export it): field form only
    # an LDAP entry's common name (LDIF's cn:, displayName:), as a directory export writes it (round 11)
    "cn", "displayname",
)
# a birth date written as a date followed by 生 ("1961-10-03生", "S36.10.3生", "1961年10月3日 生"): the value comes before
BIRTH_AFTER_DATE = ("日生", "日 生") + tuple(f"{d}{sp}生" for d in "0123456789" for sp in ("", " "))
# an age closing its brackets: "(82歳)", a child's "(5才)" or "(4さい)" in a note written in kana
AGE_CLOSERS = ("歳)", "才)", "さい)")
# anchors: personal data near which a bare full name is a person of the record
ANCHORS = (
    "生年月日", "生まれ", "住所", "現住所", "電話", "携帯", "連絡先", "tel", "メール", "mail", "@",
    "個人番号", "マイナンバー", "免許", "パスポート", "旅券", "口座", "年金", "保険証", "被保険者番号", "在留カード",
    "宛名番号", "ケース番号", "ケースno", "学籍番号", "受給者番号", "受給者証番号", "年齢",
    "〒", *AGE_CLOSERS, "歳", "日生)", "090", "080", "070", " 男 ", " 女 ", "(男)", "(女)", ",男,", ",女,", "\t男\t", "\t女\t",
    "番地", "丁目", "年生)",  # a bracketed street address or birth year: 蛭田 勝也（長峰2214番地）, 設楽 智之（平成2年生）
) + tuple(f"{d}-" for d in "0123456789") + tuple(f"({d}" for d in "123456789") + BIRTH_AFTER_DATE  # (男/女: a roster's sex field)

# one-character labels (父, 母, 子 …) are everywhere in prose: they trigger only in field form "父:"
# (the normaliser folds "：" to ":")
# labels that are ordinary words in prose: accept only with a colon/line-start form
_WEAK_LABELS = {"署名", "自署", "記名", "記名あり", "本人", "児童", "生徒", "利用者", "患者", "担当", "対象者", "参加者", "被害者", "加害者", "妻", "夫", "長男",
                "長女", "次男", "次女", "父", "母", "子", "亡", "故", "宛先", "名義", "代理人", "保護者", "配偶者",
                "作成者", "記入者", "回答者", "name", "出席者", "欠席者", "構成員", "当事者", "受験者", "合格者", "退職者",
                "不合格者", "不採用者", "内定者", "辞退者", "原告", "控訴人", "被控訴人", "上告人", "異議申立人", "告訴人",
    # the 者 / 人 twins of the form labels above (請求者 beside 請求人, 届出者 beside 届出人)
    "請求者", "申出者", "届出者", "申込人", "依頼人", "申立者", "交付請求者", "甲", "乙", "丙",  # (a contract's parties: r21)
    # in katakana, as a system's half-width field names read (ｼﾒｲ → シメイ)
    "シメイ", "ナマエ", "オナマエ",
                "職員", "従業員", "社員", "顧客", "対象", "入院患者", "要支援者", "被災者", "死亡者", "故人", "相続人",
                "債務者", "受取人", "受信者", "相談相手", "世帯員", "同居者", "親族", "shimei", "namae", "full_name",
                "fullname", "name_kanji", "name_kana", "kanji_name", "kana_name", "namekanji", "namekana", "kanjiname",
                "kananame", "full_name_kanji", "shimei_kanji", "shimei_kana", "simei", "customer_name", "applicant_name",
                "resident_name", "patient_name", "client_name", "person_name", "taishosha", "shinseisha", "client",
                "patient", "applicant", "claimant", "tenant", "pupil", "student", "resident", "visitor", "caller", "fn", "cn", "displayname"} | set(NAME_KEYS)

# Ordinary words used as labels (父, 担当, 患者 …) trigger only in field form "担当:" / "担当 " (the
# normaliser folds "：" to ":"), otherwise they would open a morphology window in every other sentence.
def _label_forms(w: str) -> tuple[str, ...]:
    if w in _WEAK_LABELS or w.lower() in _WEAK_LABELS:
        # "：" for the plain presidio path (no normaliser); a quote for code forms ("name": …)
        forms = (w + ":", w + "：", w + " ", w + "\t", w + "\"", w + "'")
        if len(w) >= 2 and not w.isascii():
            # a bracketed qualifier between the label and its colon: 不採用者（課内限り）：…, 担当者(窓口)：…
            forms += (w + "(", w + "（")
        elif w.isascii():
            forms += (w + "=",)  # a query string or a key=value log (name=宮本 翔&tel=…)
        return forms
    return (w,)

# romanised names in English-mixed prompts: after an honorific ("Ms. Hanako Suzuki") or a record label
# ("Patient Hanako Suzuki", "Name: Taro Yamada"); the name is two capitalised words (one after an honorific)
_LATIN_HONORIFICS = ("mr.", "ms.", "mrs.", "miss ", "mr ", "ms ", "mrs ", "sr.", "sra.", "srta.", "sra ")
_LATIN_LABELS = ("patient", "applicant", "employee", "customer", "resident", "client", "visitor", "caller",
                 "requester", "full name", "name:", "staff:", "staff :", "staff member:", "evaluatee", "appraisee", "from:",
                 "name :", "student", "beneficiary", "insured", "pupil", "tenant", "claimant", "complainant",
                 "guardian", "service user", "name (", "name(", "pt:", "pt.:", "surname", "family name", "given name", "first name", "last name",
                 "subject person", "person concerned", "suspect", "victim", "detainee", "missing person", "deceased",
                 "child:", "child :", "family:", "re:", "cliente", "paciente", "nombre", "nome")
# one part of a Latin-script name: Smith, O'Brien, D'Arcy, Smith-Jones, SATO (apostrophes straight or curly)
# (Latin-1 letters too: Tomás García, Zoë, Ångström; Mc / Mac before a capital: McAllister, MacDonald)
# (Latin Extended-A/B and Extended Additional for Vietnamese, Polish, Turkish …: Nguyễn Thị Lan, Łukasz, Şahin)
_LATIN_PART = (r"(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ](?:['’][A-Z]|a?c[A-Z])?[a-zß-öø-ÿĀ-ɏḀ-ỿ]{1,15}(?:-[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]?[a-zß-öø-ÿĀ-ɏḀ-ỿ]{1,15})?"
               # (in capitals as on passports and residents' forms, the accented capitals too: NGUYỄN VĂN THÀNH, JOSÉ)
               r"|[A-ZĐ][A-ZÀ-ÖØ-ÞĂÂĐÊÔƠƯẠ-Ỹ]{1,14}(?:-[A-ZĐ][A-ZÀ-ÖØ-ÞĂÂĐÊÔƠƯẠ-Ỹ]{1,14})?)")  # (MIN-JI)
_LATIN_FULL = _LATIN_PART + r"(?:[ \t]+" + _LATIN_PART + r"){1,2}"
_LATIN_NAME = re.compile(
    # titles in capitals too, as on visa and passport forms (MS. HANAKO OKAMURA): with their full stop only (MS Word)
    # (Spanish and Portuguese titles too: Sr. Quispe, a Sra. Silva, round 38)
    r"(?:(?P<hon>\b(?:(?:Mr|Ms|Mrs|Miss|Sra)\.?|(?:Sr|Srta)\.|(?:MR|MS|MRS|MISS)\.))|(?P<lab>\b(?i:patient|applicant|employee|customer|resident|client|visitor|caller|requester|"
    r"full name|name|student|beneficiary|insured|pupil|tenant|claimant|complainant|guardian|service user|pt\.?(?=:)|from(?=:)"
    # (a case note's one-word labels: Child: Mika, Family: Dela Cruz; Re: only before "Surname, Given", round 38)
    r"|cliente|paciente|nombre|nome|(?:child|family)(?=[ \t]*:)|re(?=[ \t]*:[ \t]*[A-Z][A-Za-z'’-]+,)"
    r"|(?:staff|staff member|evaluatee|appraisee|reportee|subject person|person concerned|suspect|victim|detainee|"
    r"missing person|deceased|insured person|care recipient|worker|trainee|intern|technical intern|spouse|household head"
    r"|head of household)(?=[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?[:：])"  # (worker: DO THI HUONG, round 36)  # (Staff: PARK Jiwoo, r21;
    # Subject person: …, r30; Insured person: KOMIYAMA Sumie, r35)
    # a passport's order on visa forms: SURNAME: TANAKA / GIVEN NAMES: HIROSHI (one word after these labels is a name)
    r"|(?P<part>surname|family[ \t]+name|given[ \t]+names?|first[ \t]+names?|last[ \t]+name|forenames?))(?:'s)?\s*(?:name)?"
    # a qualifier in brackets before the colon: "Full name (as in passport):", "Name (block capitals):"
    r"\s*(?:\([^()\n]{1,30}\)\s*)?[:：]?(?:[ \t]+(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?|(?:MR|MS|MRS|MISS|DR)\.))?))"
    r"[ \t]+"
    # romanised Japanese names are often written SURNAME Given (SATO Yuki) or Given SURNAME; other names
    # have up to three parts (Nguyen Thi Lan)
    # (or "Lopez, Maria": the surname first and a comma, as clinical and English forms write it)
    # (a possessive after the name is no part of it: "Ms. Tanabe's daughter called", round 11)
    r"(?P<name>[A-Z][a-z]{1,15},[ ]?[A-Z][a-z]{1,15}|" + _LATIN_PART + r"(?:[ \t]+[A-Z]\.)?(?:[ \t]+" + _LATIN_PART + r"){0,2})"
    r"(?![A-Za-z-])(?!['’](?!s(?![A-Za-z])))",
    re.ASCII,
)
# title-case words that follow those labels in headings, not in names ("Patient Care Plan")
_LATIN_NOT_NAMES = frozenset({
    "Program", "Programme", "Project", "Series", "Edition", "Version", "Server", "Mission", "Phase", "Stage", "Level",
    "Care", "Plan", "Plans", "Service", "Services", "Support", "Portal", "Record", "Records", "Information", "Info",
    "Management", "Data", "List", "Name", "Names", "Number", "Form", "Report", "Reports", "Satisfaction",
    "Experience", "Relations", "Success", "Journey", "Safety", "Education", "Advocacy", "Rights", "Account",
    "Accounts", "Guide", "Manual", "Survey", "Feedback", "Agreement", "Policy", "Profile", "Registration",
    "Center", "Centre", "Desk", "Team", "Section", "Field", "Fields", "Type", "Status", "Tag", "The", "This",
    "ID", "No", "NO", "NAME", "DATA", "LIST", "INFO", "TBD", "TODO", "NULL", "NONE", "NA", "N", "Corp", "Inc", "Ltd",
    "Co", "LLC", "CORP", "INC", "LTD", "API", "URL", "PDF", "CSV", "DB", "AI", "IT", "HR", "CRM", "ERP",
    # words of bilingual form headers ("氏名 Full Name", "フリガナ Family Name")
    "Full", "Given", "Family", "Surname", "First", "Last", "Middle", "Romaji", "Katakana", "Kanji", "Phone",
    "Mobile", "Address", "Email", "Mail", "Sheet", "Birth", "Signature", "FULL", "GIVEN", "FAMILY", "SURNAME",
    # (a notice's heading after a label word: Resident Tax Payment — Important, round 28)
    "Tax", "Taxes", "Payment", "Payments", "Fee", "Fees", "Notice", "Important", "Insurance", "Pension", "Certificate",
    "Application", "Procedure", "Procedures", "Schedule", "Waste", "Garbage", "Recycling", "Parking", "Housing",
})
# lower-cased trigger form of a label -> the label ("患者:" -> "患者")
_LABEL_OF_FORM: dict[str, str] = {}
for _w in LABELS:
    for _f in _label_forms(_w):
        _LABEL_OF_FORM.setdefault(_f.lower(), _w)
# self-introductions: "私は三浦 環と申します", "ひらの みさきと申します"
INTRO_WORDS = ("と申します", "と申し", "といいます", "と言います", "と申す")
_INTRO_NAME = re.compile(
    r"(?:^|(?<=[\s、,。.!！:：」』)）])|(?<=私は)|(?<=私、)|(?<=わたくし)|(?<=わたし)|(?<=私)|(?<=は)|(?<=の))[ \t　]*"
    # kanji names with a katakana ノ/ヶ inside (井ノ口, 一ノ瀬)
    r"(?P<name>[一-鿿々〆ヶ]{1,3}[ 　]{0,4}[一-鿿々〆ヶノぁ-ゖ]{1,4}|[一-鿿々〆ヶ]{1,3}[ 　]{1,4}[ァ-ヺー]{2,4}|[ぁ-ゖ]{2,5}[ 　][ぁ-ゖ]{2,5}"
    r"|[ァ-ヺー]{2,6}[ 　]?[ァ-ヺー]{2,6}"
    r"|" + _LATIN_PART + r"[ ]" + _LATIN_PART + r")[ 　]?$"
)
# a surname alone in kana before と申します ("わたくし、くぼた と申します"): the dictionary confirms the reading
_INTRO_KANA_SURNAME = re.compile(r"(?:^|(?<=[\s、,。「]))(?P<name>[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6})[ 　]?$")
# minutes: "保健師 山田 花子: …" heading a line is a speaker, not the subject of a record (person_contacts.speakers)
MINUTES_WORDS = ("会議録", "議事録", "議事概要", "議事要旨", "会議要旨", "会議記録", "議事の経過", "発言要旨")
# a child named with a school grade or nursery class in brackets: "湊 ひかり(小4)", "遠藤 蒼(年長)"
GRADE_TRIGGERS = ("(小", "(中", "(高", "(年長", "(年中", "(年少", "歳児)")
_GRADE_AFTER = re.compile(r"\((?:(?:小|中|高)[ ]?[0-9一二三四五六](?:年生?)?|年長|年中|年少|[0-5]歳児)(?:[ ・、,][^()\n]{0,12})?\)")
_NAME_BEFORE_GRADE = re.compile(
    r"(?<![一-鿿々〆ヶァ-ヺー])(?P<name>[一-鿿々〆ヶ]{1,3}[ 　][一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4}"
    # or a surname glued to a hiragana given name (中島れん(中2)): the surname is confirmed by the dictionary
    r"|(?P<sur>[一-鿿々〆ヶ]{1,3})[ぁ-ゖ]{2,4}?"
    # or a hiragana given name alone with くん/ちゃん (れんくん(小2)): a child known by name at school
    r"|(?<![ぁ-ゖ])[ぁ-ゖ]{2,4}(?=くん|ちゃん))(?:さん|くん|君|ちゃん)?$")
# spoken self-identification in a call or voicemail transcript: "もしもし、わたなべ ゆりです",
# "タカハシ ケンジです", "大橋 勇樹でございます" — a spaced full name right before です at a clause start;
# looked for only when a personal contact (mobile number, 携帯, 電話, e-mail) is in the prompt
SPOKEN_ID_WORDS = ("です", "でございます")
# (or a greeting that opens a self-introduction: "はじめまして、市内に住んでいる森 はるかです")
# (or a voicemail, or a street number before the caller's surname: "本町3-4-12の中川です", see person_contacts)
INTRO_CUES = ("はじめまして", "初めまして", "留守電", "留守番電話", "もしもし")
STREET_NO = tuple(f"{d}の" for d in "0123456789") + ("号の", "番地の")
SPOKEN_GATE = frozenset({"090", "080", "070", "携帯", "電話", "連絡先", "@", *INTRO_CUES})
_SPOKEN_NAME = re.compile(
    r"(?:(?:^|(?<=[\s、,。「『(（!！]))(?P<name>[ぁ-ゖ]{2,5}[ 　][ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6}[ 　][ァ-ヺー]{2,6})"
    # a kanji name may follow a verb or particle ("先日お電話した杉山 礼子です"): the name model confirms it
    r"|(?<![一-鿿々〆ヶァ-ヺー])(?P<kname>[一-鿿々〆ヶ]{1,3}[ 　][一-鿿々〆ヶぁ-ゖァ-ヺ]{1,4}))[ 　]?$")
# a surname alone before です at a clause start ("名刺をいただいた 水野 です。", "もしもし、大谷です。"): the writer
# names themself; counted only with a personal contact of theirs (mobile, free mail) in the same message
# (a kanji surname may follow a place and の or a verb: "北町の大塚ですけど", "班長になりました山之内です")
_SPOKEN_SURNAME = re.compile(r"(?:^|(?<=[\s、,。「『(（!！?？])|(?<=[のた])(?=[一-鿿々〆ヶ]))"
                             r"(?P<name>[一-鿿々〆ヶ]{1,4}|[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6})[ 　]?$")
# what follows the です of a self-identification: the sentence ends or goes on (大谷ですが、…, 大塚ですけど), not a
# question
_SPOKEN_SURNAME_AFTER = re.compile(r"(?:[。.!！、,」』\n ]|が[、,]|けど|けれど|$)")
# a company or institution before の: "株式会社ミドリの山田です" is someone speaking for their employer
_SPOKEN_ORG_BEFORE = re.compile(r"(?:社|店|法人|協会|協議会|商工会|連合会|医師会|組合|銀行|病院|医院|クリニック|新聞|"
                                r"工業|建設|商事|事業団|会館)の[ 　]?$")
# a predicate, not a self-identification: "担当は 佐藤 です", "司会：田中です", "次も 山本 です"
_SPOKEN_SURNAME_BEFORE = re.compile(r"(?:[はがも:：=]|担当)[ 　]*$")
# English self-introductions: "Hi, this is Siobhan O'Brien", "My name is Liam O'Connor"
# ("it's" only answering a question for the name: "Could you tell me your name? / Resident: It's Daniel Kim")
LATIN_INTRO_WORDS = ("this is ", "my name is ", "my name's ", "i'm ", "i am ", "it's ", "namae wa ")  # (romaji: r13)
_LATIN_INTRO = re.compile(r"(?i:this is|my name is|my name's|i'm|i am|it's|namae wa)[ \t]+(?P<name>" + _LATIN_FULL
                          + r")(?![A-Za-z'’-])")
# "this is" introduces a person only at a sentence start or after a greeting (not "all this is …")
_LATIN_INTRO_BEFORE = re.compile(r"(?:^|[.!?:\n]|(?i:hi|hello|hey|dear|good (?:morning|afternoon|evening))[ ,]*)[ \t,]*$")
# a Latin-script full name directly before a Japanese honorific: "Tanaka Hiroshiさん", "Emily Carter 様"
_LATIN_BEFORE_HON = re.compile(r"(?<![A-Za-z'’-])(?P<name>" + _LATIN_PART + r"(?:[ \t]+" + _LATIN_PART + r"){0,2})[ ]?$")
# a row or a signature line starting with a Latin full name: "- Aoife Murphy-Kelly, 2-8-3 Nishi-machi, 080-…",
# "Patrick O'Sullivan" (alone on its line, a personal contact within three lines)
_LATIN_ROW = re.compile(
    # a quoted mail's lines start with "> "
    r"^[ \t]*(?:>[ \t]?){0,3}(?:[-*•・]|[0-9]{1,3}[.)]|(?:Room|No\.?|#)[ \t]*[0-9A-Za-z-]{1,6}[ \t]*[–—:|,\t-])?[ \t]*(?P<name>" + _LATIN_FULL + r"|[A-Z]{2,15},[ \t]*" + _LATIN_PART + r")"
    # "SANTOS, Maria — Philippines — 090-…": the surname first in capitals, cells after a comma, tab, bar or dash
    # (or two spaces or more: a space-aligned export, "NGUYEN VAN THANH  UH48210397AB  2027/04/30", round 12)
    r"[ \t]*(?P<end>[,，\t|｜(（/／—–]|-[ \t]|(?<=[A-Za-z][ ][ ])(?=[^ \n])|$)", re.MULTILINE)
# a foreign name in katakana with middle dots, before an honorific or after a label: "グエン・ヴァン・ナムさん"
_KATA_DOTTED = r"[ァ-ヶー]{2,8}(?:[・=＝][ァ-ヶー]{1,8}){1,3}"
_KATA_DOTTED_BEFORE_HON = re.compile(r"(?<![ァ-ヺー・=＝])(?P<name>" + _KATA_DOTTED + r")[ ]?$")
# an identifying record on a Latin row: "1. Michael Torres — passport 567281934, DOB 14 Feb 1968"
_LATIN_ROW_RECORD = re.compile(r"(?<![A-Za-z])(?:DOB|D\.O\.B\.|(?i:date of birth|passport(?: no\.?| number)?[ :]*[A-Z0-9]{6,}|"
                               r"residence card|born (?:on )?[0-9])|(?<![0-9A-Za-z])[A-Z]{2}[0-9]{8}[A-Z]{2}(?![0-9A-Za-z]))(?![a-z])")
LATIN_RECORD_TRIGGERS = ("dob", "d.o.b.", "passport", "date of birth")
# a street number written in English order ("2-8-3 Nishi-machi") on a row
_LATIN_STREET = re.compile(r"(?<![0-9])[0-9]{1,4}-[0-9]{1,4}(?:-[0-9]{1,4})?[ \t,]+[A-Z][a-z]")
# title-case words of organisations and places, not of people ("Midorino City Hall", "Amazon Japan様")
LATIN_ORG_WORDS = frozenset({
    "City", "Hall", "Office", "Centre", "Center", "Division", "Department", "Section", "Japan", "Group", "Holdings",
    "Systems", "Solutions", "Services", "Technologies", "Company", "Corporation", "University", "School", "Library",
    "Museum", "Prefecture", "Ward", "Town", "Village", "Support", "Desk", "Bank", "Hospital", "Clinic", "Association",
    "Committee", "Council", "Board", "Project", "Street", "Park", "Station", "Road", "Online", "Cloud", "Studio",
    "Store", "Shop", "Hotel", "Airlines", "Foundation", "Institute", "Agency", "Ministry", "Government", "Team",
})
# "<unit>の山田と申します": staff introducing themselves in their official capacity
_INTRO_STAFF = re.compile(r"(?:課|係|部|室|局|所|センター|担当|事務局|窓口)(?:の|、|[ 　])[ 　]*$")
# an English name right before a contact in brackets: "Emily Johnson (emily.j@gmail.com)", "Ken Ito <ken@…>"
_LATIN_CONTACT_NAME = re.compile(
    r"(?<![A-Za-z])(?P<name>" + _LATIN_PART + r"[ \t]" + _LATIN_PART + r")[ \t]*[(<（][ \t]*[A-Za-z0-9._%+\-]{1,64}@(?P<domain>[A-Za-z0-9.\-]{0,80})")
# label grammar: a kanji compound naming a person's role and ending in 者, as a field with a colon (被害申告者:, 傷病者:) or
# opening its line before a space and the name (使用者　宇佐美 紀子, r15); organisations' and the office's roles are none
ROLE_LABEL_TRIGGER = "者:"
ROLE_NAME_LABEL_TRIGGER = "者名:"  # the same with 名 (被保護者名:, 被相談者名:)
ROLE_FIELD_TRIGGERS = ("者 ", "者\t", "人 ", "人\t")  # (人 only in this form: 新保証人　鳴海 智也, 相続人　…)
CLASS_TRIGGERS = ("組 ", "組\t", "組の")  # a school class before a pupil's name: "3年2組 吉川 そら" (person_tables)
ROLE_NOT_PERSON = frozenset({
    "主催者", "共催者", "後援者", "協賛者", "発行者", "発表者", "管理者", "事業者", "設置者", "開設者", "運営者", "施行者",
    "発注者", "受注者", "落札者", "入札者", "出演者", "講演者", "登壇者", "司会者", "編集者", "著者", "筆者", "記者",
    "責任者", "決裁者", "承認者", "起案者", "作成者", "記入者", "回答者", "担当者", "執筆者", "監修者", "提供者",
    "利用者", "対象者", "参加者", "出席者", "欠席者", "事業主体者", "実施者", "指定管理者", "委託者",
    "受託者", "保有者", "取扱者", "出張者", "随行者", "派遣者", "引率者", "報告者", "説明者", "受付者", "対応者", "確認者", "決定者", "審査者",
})
# (or a compound label of a pupil, a patient or staff before a colon: 被害生徒:, 当該教員:, 対象児童: — round 28)
COMPOUND_ROLE_NOUNS = ("生徒", "児童", "園児", "学生", "教員", "職員", "教諭", "患者")
COMPOUND_ROLE_TRIGGERS = tuple(n + sep for n in COMPOUND_ROLE_NOUNS for sep in (":", " ", "\t", "\n"))  # (…生徒　樋渡 ゆずは: a field)
_ROLE_LABEL = re.compile(r"[一-鿿々]{1,6}(?:者名?(?=[ \t]*:|[ \t]+(?:[一-鿿々ァ-ヺ]|$))|人(?=[ \t]+(?:[一-鿿々ァ-ヺ]|$))|(?:"
                         + "|".join(COMPOUND_ROLE_NOUNS) + r")(?=:))")
TRIGGERS = (HONORIFICS_STRONG + HONORIFIC_SHI + tuple(f for w in LABELS for f in _label_forms(w)) + ANCHORS
            + _LATIN_HONORIFICS + _LATIN_LABELS + LATIN_INTRO_WORDS + INTRO_WORDS + INTRO_CUES + GRADE_TRIGGERS + (ROLE_LABEL_TRIGGER, ROLE_NAME_LABEL_TRIGGER) + ROLE_FIELD_TRIGGERS + CLASS_TRIGGERS + COMPOUND_ROLE_TRIGGERS
            + LATIN_RECORD_TRIGGERS)
# (a business after a surname: 山田商店, 佐藤工務店, 鈴木歯科 — not a given name)
_STOP_EXTEND.update(("商店", "商会", "工務店", "医院", "歯科", "病院", "薬局", "書店", "酒店", "建設", "工業", "産業", "興業",
                     "製作所", "事務所", "農園", "精肉店", "鮮魚店", "電気", "自動車", "運送", "不動産", "塗装", "設備", "商事",
                     "物産", "食堂", "旅館", "写真館", "整骨院", "接骨院", "眼科", "内科", "小児科", "皮膚科", "外科"))
_STOP_EXTEND.update(TITLES_OFFICIAL, STAFF_TITLES, (w for w in LABELS if len(w) > 1), HONORIFICS_STRONG, HONORIFIC_SHI, (
    "宛", "宛て", "方", "家", "宅", "氏名", "様方", "一家", "夫妻", "親子", "等", "ら", "達", "他", "君", "殿", "県", "市", "区",
    "町", "村", "都", "府", "道", "郡", "課", "係", "室", "局", "部", "省", "庁", "社", "長", "代表", "本人", "名義", "口座",
    "住所", "電話", "携帯", "番号", "生年月日", "年", "月", "日", "歳", "才",
))
# honorific hits that are parts of ordinary words (様々, 同様, 宮殿, 君主 …): (chars before, chars after)
_HON_SKIP_BEFORE = {"様": "同仕模異多一文紋有左殿皆各奥王神仏", "殿": "宮神本拝御正社湯", "君": "主諸暴名細", "氏": "源平藤橘同彼両諸某"}
_HON_SKIP_AFTER = {"様": "々式子相態変", "殿": "堂下", "君": "主臨", "氏": "名族神", "さま": "ざ"}

_KANJI = re.compile(r"[一-鿿㐀-䶿々〆ヶ]")
_NAME_CHARS = re.compile(r"[一-鿿㐀-䶿々〆ヶ゠-ヿぁ-ゟ]")
_HONORIFIC_SET = frozenset(HONORIFICS_STRONG)
_COLUMN_LABELS = ("氏名", "名前", "お名前", "氏 名", "利用者名", "児童名", "患者名", "参加者名", "職員名", "相談者名", "参加者氏名", "出席者氏名", "担当者氏名", "受講者", "受講者名")
_CELL_SEP = re.compile(r"\t|,|，|、|[|｜]")
# a table cell holding a name: 2–5 kanji (optionally split by one space), or katakana/Latin names
_COLUMN_NAME = re.compile(
    # (a kanji surname may take a katakana given name: 岩本 ハル, 森田 トメ)
    r"[一-鿿㐀-䶿々〆ヶ〓]{1,4}[ ]?[一-鿿㐀-䶿々〆ヶ〓ぁ-ゖ]{1,4}|[一-鿿㐀-䶿々〆ヶ〓]{1,4}[ ][ァ-ヺー]{2,4}|[ァ-ヺー]{1,10}(?:[ ・][ァ-ヺー]{1,10}){1,4}|"
    + _LATIN_PART + " " + _LATIN_PART
)
# a list row starting with a space-separated full name: "1 井上 健太 総務課", "・木下 さくら（税務課）"
_LIST_ROW = re.compile(
    # a leading row number, room or seat (12. / 302号 / 101室 / A-3), or a bullet; the number may carry its label
    # (受験番号1001, 整理番号 12, No.3)
    # (or a markdown table's row with no header, the number and the name in cells: "| 1 | 田村 圭 | …", round 11)
    r"^[ \t]*(?:[|｜][ \t]*)?(?:(?:[一-鿿]{1,4}番号[ ]?|No\.?[ ]?)?(?:[A-Za-z]{1,2}-?)?[0-9]{1,4}(?:号室|号|室|番|[.)．、:：])?"
    r"(?:[ \t]*[|｜])?[ \t]+|[・*●○■□◆◇-][ \t]*"
    # (or a header-less CSV row's leading cells, a record number and a date: "R08-0123,2026/11/02,高田 純一,47,…")
    r"|(?:[A-Za-z0-9][A-Za-z0-9/:.\-]{0,15}[,\t][ ]?){1,3})?"
    # the office unit of a member of staff before the name: "・下水道課 荒井 正人：…", "福祉課　松田 陽子　育児休業"; or
    # a pupil's school and grade or class (round 13): "北原小 2年 森下 陽葵　卵・乳", "4年2組 沖田 湊", "ひまわり組 …"
    r"(?:(?P<unit>[一-鿿ァ-ヺー]{1,10}?(?:課|係|室|部|局|事務所|センター|支所|出張所))(?:[ \t　]+|,[ ]?)"  # (or its CSV cell: r37)
    r"|(?:[一-鿿]{1,8}?(?:小|中|小学校|中学校|高校|保育園|保育所|幼稚園|こども園)[ \t　]+)?(?:[0-9]{1,2}年(?:[0-9]{1,2}組)?|[一-鿿ぁ-ゖ]{1,5}組|年長|年中|年少)[ \t　]+"
    # (or a teacher's post before the name: "教諭　中原 亮：能力評価C…", "主幹教諭　岩佐 敦：…", round 31)
    r"|(?:主幹|指導|養護|栄養)?教諭[ \t　]+|(?:教頭|副校長)[ \t　]+)?"
    # given names in kana too (トミ, キヨ, さくら) or all in hiragana (あべ ひなの): the name model confirms those
    # (a colon after the name: only a row that goes on to a sensitive topic counts, see person_tables)
    # (the row's text may follow an ellipsis or a dash: "・相楽 健斗…休職", NFKC reads … as ...)
    r"(?P<name>[一-鿿々〆ヶ]{1,3}[ 　][一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4}|[ぁ-ゖ]{2,5}[ 　][ぁ-ゖ]{2,5})(?=[ \t　,、|｜(（:：.…‥―—→]|$)",
    re.MULTILINE,
)
_LIST_MIN_ROWS = 3
# labels naming the office's own staff (their names in an official capacity are not private data)
_STAFF_LABELS = frozenset({"担当", "担当者", "職員", "職員名", "作成者", "記入者", "回答者",
                           "引継者", "引継ぎ者", "受継者",  # (a handover's two members of staff: 事務引継書, r33)
                           "着任者", "新任者", "新任職員", "転入職員",  # (newcomers welcomed: 着任者：…課長補佐, r35)
                           "被表彰者", "表彰者", "表彰対象者", "受賞者", "受講者", "参加者", "出張者"})  # (r41; a training's: r42)
_LIST_SEP = re.compile(r"[ ]?[、,，・/／][ ]?")
_HON_AFTER = re.compile(r"[ ]?(?:様|さん|殿|君|氏)")
_KANA_NAME = re.compile(r"[ぁ-ゖ]{2,4}|[ァ-ヺー]{2,6}")
_ALL_KANJI = re.compile(r"[一-鿿㐀-䶿々〆ヶ]+")
_LABEL_SEP = re.compile(
    # code and config forms too: "name": "…", name='…'; HTML cells: <th>お名前</th><td>…; bilingual forms:
    # "患者名 / Patient: …"
    r"[ \t]*(?:</(?:th|td|dt)>[ \t]*<(?:td|dd)(?:[ \t][^>\n]{0,40})?>)?[ \t]*(?:[(（][^)）\n]{0,8}[)）])?[ \t]*(?:/[ \t]*[A-Za-z][A-Za-z .']{0,20}?[ \t]*(?=[:：=|｜]))?[】\]」』]?[\"'`]?[ \t]*(?:[:：=|｜→⇒]|->|は|が)?[ \t]*[\"'`]?[ \t]*"
    # a speaker's filler in a transcript before the name: "相談者：えっと、松本 さやか、です"
    r"(?:(?:えっと|ええと|えーと|あの|あのー|えー|はい)[、,]?[ \t　]*)?"
    # an affiliation between the label and the name: "対象：経理課 岡田 直人", "申請者: 総務部 山田", "対象：環境部 清掃事業課 …"
    r"(?:[一-鿿ァ-ヺー]{1,10}(?:課|部|係|室|局|班|センター|事務所|学校|小学校|中学校|図書館|公民館|美術館|博物館|保育園|幼稚園|"
    r"営業所|出張所|消防署|病院)[ \t　]+){0,2}"
    # and a staff title: "被評価者 企画課 主査 森本 直樹"
    r"(?:(?:" + STAFF_TITLE_ALT + r")(?:[(（][^)）0-9歳代\n]{2,12}[)）])?[ \t　]+)?"  # (調理員（会計年度任用職員）　村岡 千春, r27)
)
# labels that name staff as the subject of a personnel / disciplinary / health record
SUBJECT_LABELS = frozenset({"被処分者", "処分対象者", "被評価者", "対象職員", "当該職員", "被面談者", "休職者", "対象者", "対象",
                            "当事者", "相談者"})  # (a harassment hearing's 相談者：…課 主事 …, round 41)
# free-form name after a label with a colon: 2–6 kanji, or katakana words separated by one space
_FREE_NAME = re.compile(
    # (a surname may hold ノ or ヵ between its kanji: 萩ノ上, 一ノ瀬, 井ノ口; an old-style given name: 莇 キヨ子, r32)
    r"(?:[一-鿿㐀-䶿々〆ヶ]{1,2}(?:[ノヵ](?=[一-鿿]))?[一-鿿㐀-䶿々〆ヶ]{0,2}[ \t]?[一-鿿㐀-䶿々〆ヶ]{1,4}|[ァ-ヶー]{1,8}[ \t][ァ-ヶー]{1,8}|[ぁ-ゖ]{2,5}[ \t][ぁ-ゖ]{2,5}"
    r"|[一-鿿㐀-䶿々〆ヶ]{1,4}[ \t](?:[ァ-ヶー]{1,4}[子江枝代美恵](?![一-鿿])|[ァ-ヶー]{2,6}|(?!について|による|により|として|など|から|まで|より|です|ます|の|を)[ぁ-ゖ]{2,4})|"
    + _LATIN_PART + r"[ \t]" + _LATIN_PART + r"|" + _KATA_DOTTED  # (then passport style: SURNAME/GIVEN NAMES, TRAN/THI MAI)
    + r"|[A-Z]{2,15}/[A-Z]{2,15}(?:[ ][A-Z]{2,15}){0,2}|[A-Z]{2,15}(?:[ ][A-Z]{2,15})?,[ ]?" + _LATIN_PART + r"(?:[ ]" + _LATIN_PART + r")?)"
    r"(?=[ \t]*(?:$|[\n,、。.()（）/／|｜\t\"'`]|様|さん|殿|[ \t]|(?:男性|女性)[ 0-9]))"  # (its reading dropped: …慎之介男性 37歳, r27)
)
_LABEL_RE = re.compile(
    # (a lookahead for the first characters of the labels first: sre tries the whole alternation only where one starts)
    r"(?=[" + "".join(sorted({re.escape(w[0]) for w in LABELS})) + r"]|" + _ROLE_LABEL.pattern.split("]")[0] + r"])"
    r"(?:(?:" + "|".join(sorted(map(re.escape, LABELS), key=len, reverse=True)) + r")(?:(?<=[者人])名(?=[ \t]*:))?|"
    + _ROLE_LABEL.pattern + r")", re.IGNORECASE)  # (and a 者 / 人 label's 名 form before a colon: 契約者名:, 申出人名:)

# personal data next to a bare full name: contact/identity labels, a phone-like or street-like number
# an age in kanji numerals with a ten (八十三歳, 二十八歳, 百一歳), not 三歳児 or 一歳
_KANJI_AGE = r"(?:[一二三四五六七八九]?十[一二三四五六七八九]?|百[一二三四五六七八九十]{0,3})歳"
_PERSONAL_DATA_RE = re.compile(
    # (a mobile number in any grouping: 090 41 27 5583)
    # values, not just labels: "生年月日は？" next to 樋口一葉 is a question, not a record
    r"@[A-Za-z0-9]|(?<![0-9])0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}(?![0-9])|(?<![0-9])0[5789]0(?:[ -]?[0-9]){8}(?![0-9])|"
    r"[一-鿿][0-9]{1,4}-[0-9]{1,4}(?:-[0-9]{1,4})?(?![0-9])|[0-9一二三四五六七八九十]丁目|[0-9]番地?[0-9]|[0-9]番地|(?:(?:明治|大正|昭和|平成|令和)[0-9元]{1,2}|(?:19|20)[0-9]{2})年生\)|[0-9]号(?!線)|"
    r"(?:明治|大正|昭和|平成|令和|[MTSHR])[0-9元]{1,2}[年./-][0-9]{1,2}[月./-][0-9]{1,2}|"
    # an era date in kanji numerals (昭和四十九年三月二日): the normaliser leaves 十 forms as they are
    r"(?:明治|大正|昭和|平成|令和)[元一二三四五六七八九十]{1,3}年[一二三四五六七八九十]{1,3}月|"
    r"(?:19|20)[0-9]{2}年[一二三四五六七八九十]{1,3}月|"
    r"(?:19|20)[0-9]{2}[年/.-][0-9]{1,2}[月/.-][0-9]{1,2}|(?<![0-9])[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}(?![0-9])|"
    r"(?<![0-9A-Za-z])[A-Z]{2}[0-9]{7,8}|〒[ ]?[0-9]{3}|口座番号|[0-9]{1,3}歳|" + _KANJI_AGE + "|"
    # a record number with its value: 学籍番号 24S0317, ケース番号 2031-0457, 被保険者番号 0001284736
    r"(?:宛名|世帯|ケース|学籍|生徒|受給者証?|利用者|被保険者)(?:番号|No\.?|NO\.?|no\.?|№)[ \t:=は]{0,3}[0-9A-Za-z][0-9A-Za-z-]{3,}"
)

# a phone number, or a street number after a place name (本町12-9, 日吉本町1-20-3) — not scores
# (に1-2で), seasons (2016-17シーズン) or ranges (15-17日)
_NUMBER_SHAPE = re.compile(
    r"(?<![0-9])0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}(?![0-9])|(?<![0-9])0[789]0(?:[ -]?[0-9]){8}(?![0-9])|"
    r"[一-鿿々ヶ][0-9]{1,4}-[0-9]{1,4}(?:-[0-9]{1,4})?(?![0-9])(?![日月年時分本割回位点秒度枚人歳名件期号番戦勝敗代])"
)
# a value (digit or e-mail) close to a personal-data word: "電話 03-…", not 携帯電話 / 電話交換局
# (or a date in kanji numerals: 昭和四十九年三月二日生)
_VALUE_NEAR = re.compile(r"[0-9@]|[一二三四五六七八九十]日")
_LABEL_NEXT_OK = re.compile(r"[ \t]*(?:[:：=|｜】\]」』(（→⇒]|->|/[ \t]*[A-Za-z][A-Za-z .']{0,20}[ \t]*[:：]|</(?:th|td|dt)>|(?<=[ \t])[ぁ-ゖ]{2,5}[ \t][ぁ-ゖ]{2}|(?<=[ \t])[A-Z][A-Za-z'’-]+[ ][A-Z]|[\"'`][ \t]*[:=]|[はが](?![ぁ-ゟ])|[一-鿿々ヶ゠-ヿ])")

# "(吉村 正志、62歳)": a name and an age in one bracket
_NAME_AGE_IN_BRACKETS = re.compile(r"\([一-鿿々〆ヶぁ-ゖァ-ヺー 　]{2,9}[、,][ ]?[0-9]{1,3}(?:歳|才|さい)\)")
# an age or a school grade in brackets right after a name: 坂本 一輝(45), (3歳), 佐藤ゆみ(高2), (中1), (年長)
_AGE_AFTER = re.compile(r"[ ]?\((?:[ ]?[0-9]{1,3}[ ]?(?:(?:歳|才|さい)|\))|(?:小|中|高)[ ]?[1-6](?:年生?)?\)|年長\)|年中\)|年少\))")
# "本人 野口さとみ 38歳": an age written right after a name (a space or 、 between)
_BARE_AGE = re.compile(r"[一-鿿々〆ヶぁ-ゖァ-ヺー][ 　、,]?(?:[0-9]{1,3}歳|" + _KANJI_AGE + ")")


def topic_after_name(text: str, p: int, w: str) -> bool:
    """The specific topic ``w`` at ``p`` comes right after の, or a space or an opening bracket after a name character
    ("後藤 浩二 の懲戒処分", "林 和夫 肝臓がん", "小松 里美（母子世帯、月収11万円）", round 11); after a space it is a word of its
    own (not 精神科医 after a speaker's name), in brackets no clinic's department (山田 太郎（精神科）on a duty roster)."""
    if text[p - 1] == "の":
        return True
    if text[p - 1] in " \u3000":
        return _NAME_CHARS.match(text[p - 2]) is not None and not _KANJI.match(text[p + len(w):p + len(w) + 1])
    return text[p - 1] == "(" and _NAME_CHARS.match(text[p - 2]) is not None and not w.endswith("科")
