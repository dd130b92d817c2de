"""Abbreviated field names of real municipal and business systems (issue 13, round 9).

JSON APIs, SQL dumps, fixed-width layouts, logs and legacy exports name their fields in short keys rather than in
words: ``nm`` / ``nm_kana`` for a name, ``bd`` / ``birth_ymd`` for a birth date. The words here are the key
vocabularies seen in such systems; each recognizer adds them to its own field-name lists (the PERSON labels, the
birth-date label, the field/value tuples of SQL), so a value under such a key is read like one under ``name`` or
``birth_date``. Keys are compared lower-cased. Only keys that name a person's field (never ``id``, ``no``,
``code``), so a key alone decides nothing: the value must still read as a name or a valid past date.
"""

from __future__ import annotations

from gateway.scan import rx as re

# a person's name (kanji or kana): nm, nm_kanji, shimei_kj, kanji_shimei, sei_mei …
NAME_KEYS = (
    "nm", "nm_kanji", "nm_kana", "nm_kn", "nm_kj", "name_kj", "name_kn", "kj_name", "kn_name", "kj_nm", "kn_nm",
    "shimei_kj", "shimei_kn", "kanji_shimei", "kana_shimei", "kanji_simei", "kana_simei", "seimei", "sei_mei",
    "full_nm", "fullnm", "kojin_nm", "atena_nm", "jumin_nm", "kanja_nm", "riyosha_nm", "shimei_kanji_nm",
    "kana", "furigana", "kana_nm", "nm_furigana",
    "displayname", "display_name",  # (a directory's export: Active Directory's DisplayName, round 25)
    # romanised Japanese field names: 氏名 shimei, 名前 namae, 児童名 jidoMei, 生徒名, 患者名, 利用者名, 保護者名, 対象者名
    "shimei", "simei", "namae", "jido_mei", "jidomei", "jido_shimei", "jidoshimei", "seito_mei", "seitomei",
    "seito_shimei", "kanja_mei", "kanjamei", "riyosha_mei", "riyoshamei", "hogosha_mei", "hogoshamei",
    "taishosha_mei", "taishoshamei", "jido_nm", "seito_nm", "hogosha_nm",
    # an access log's record subject (subject_name=…; a bare "subject" is a mail's Subject: too), round 13
    "subject_name", "data_subject", "target_name", "citizen_name",
    # the name in its scripts, English word first (name_kanji, name_kana, kanji_name), round 14
    "name_kanji", "name_kana", "kanji_name", "kana_name", "namekanji", "namekana", "kanjiname", "kananame",
    "name_jp", "name_ja", "japanese_name", "name_furigana",
    # and in Latin script as the passport spells it (name_passport, name_roman …, round 18)
    "name_passport", "passport_name", "name_en", "name_eng", "english_name", "name_roman", "roman_name", "name_romaji",
    "romaji_name", "name_alphabet", "alphabet_name", "name_latin", "latin_name",
    # the people a record is about, named by their role (child_name of a nursery app's export, guardian_name …)
    "child_name", "student_name", "pupil_name", "guardian_name", "parent_name", "patient_name", "client_name",
    "applicant_name", "resident_name", "customer_name", "person_name", "tenant_name", "victim_name", "caller_name",
    # or by the role alone, as a log's key=value fields write it (child="北原 陽向" guardian="北原 麻美", round 21)
    "child", "guardian", "parent", "kodomo", "hogosha", "jido", "seito",
)
# an insurer's number (保険者番号) as a card reader's, a QR code's or a claim file's key: HKN=…, hokenja_no (round 16)
INSURER_KEYS = ("hkn", "hkn_no", "hknno", "hknja_no", "hknjano", "hknsha_no", "hokenja", "hokenja_no", "hokenjano",
                "hokenja_bango", "hokensha_cd", "hokenja_cd", "insurer_cd", "insurer_code", "insurercode")
# a birth date: bd, birth_ymd, seinen_ymd, umare_ymd …
BIRTH_KEYS = (
    "bd", "bday", "b_day", "birth_ymd", "birthymd", "birth_dt", "birthdt", "birth_yyyymmdd", "seinen_ymd", "seinenymd",
    "seinengappi_ymd", "umare_ymd", "birth_wareki", "seinengapi", "seinengappi_wareki",
    "seinengappi", "seinen_gappi", "tanjobi", "tanjoubi",
)


# what an identifier names when its last word is a name (cityName, company_name, facilityName): not a person
_THING_PREFIX = re.compile(r"(?i)(?:city|town|village|pref|prefecture|street|company|corp|corporation|org|organization|organisation"
                           r"|facility|shop|store|building|bldg|file|host|server|product|item|service|event|school|dept"
                           r"|department|section|division|bank|branch|station|place|area|district|project|app|course"
                           r"|table|column|field|kind|type|class|plan|trade|office|unit)[_\-.]?$")


def thing_key(text: str, p: int) -> bool:
    """The label at ``p`` ends an identifier whose first words name a thing (cityName, company_name)."""
    k = p
    while k > 0 and p - k < 24 and (text[k - 1].isascii() and (text[k - 1].isalnum() or text[k - 1] in "_-.")):
        k -= 1
    return k < p and _THING_PREFIX.search(text, k, p) is not None
