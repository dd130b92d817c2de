"""Issue 13, round 14, helper r14-detect-records: table tests of the mechanisms the r14r probe batches led to (positive
and negative rows, written apart from the probe file's rows).

* batch r14r001–036: Indonesian forms (Nama: label, Tanggal lahir with Indonesian months: Mei, Agustus, Desember)
  (person_foreign._LATIN_FOREIGN_LABEL, date_of_birth._MONTHS / _EN_LABEL); Ukrainian and Russian forms (ПІБ / ФИО /
  Прізвище / Фамилия / Ім'я labels before a Cyrillic name; Дата народження / Дата рождения)
  (person_foreign._CYRILLIC_LABEL, date_of_birth._EN_LABEL); a care record's change of level and falls (区分変更申請,
  転倒が増え, 転倒を繰り返) are care words (sensitive_personal_info); a pupil after 第N学年M組 and a seat number
  (15番, 出席番号 15) (person_tables._CLASS_HEAD, _CLASS_NAME).
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("indonesian_nama_label", "Nama: Dewi Lestari Putri\nNo. HP: 090-2281-4417\nKeluhan: hamil 5 bulan"),
    ("indonesian_mei_dob", "Nama: Agus Setiawan\nTanggal lahir: 17 Mei 1990\nAlamat: 豊田市保見町3-12-5"),
    ("indonesian_desember_dob", "Nama lengkap: Rina Kurniawati\nTgl. lahir: 2 Desember 1985\nPekerjaan: pabrik"),
    ("ukrainian_pib", "ПІБ: Шевченко Ірина Василівна\nДата народження: 03.02.1979\nТелефон: 080-1294-5530"),
    ("russian_fio", "ФИО: Иванова Анна Сергеевна\nДата рождения: 21.09.1992\nАдрес: 札幌市北区北24条西5-2-8"),
    ("ukrainian_surname_label", "Прізвище, ім'я: Бондаренко Оксана\nТелефон: 070-3318-2290\nПотреба: у доньки діабет"),
    ("care_level_change", "田端 キミ子さん、区分変更申請が出ています。最近転倒を繰り返しているそうです。"),
    ("care_fall_fracture", "H番号の件、長岡 茂雄さんは自宅で転倒して骨折、入院中です。"),
    ("pupil_gakunen_seat", "第3学年1組　8番　久保田 凛\n欠席日数 32日　不登校傾向あり"),
    ("pupil_seat_number_label", "5年2組 出席番号 21 番場 悠真（ADHD、服薬中）"),
]

ALLOW = [
    ("indonesian_notice", "Nama program: Kelas bahasa Jepang gratis\nTempat: 国際交流センター\nTelepon: 053-457-2111"),
    ("indonesian_blank", "Nama: ____________\nTanggal lahir: ____ / ____ / ______\nAlamat: ____________"),
    ("ukrainian_blank", "ПІБ: ________________\nДата народження: __.__.____\nТелефон: ________"),
    ("russian_guide", "Заполните анкету: ФИО, дата рождения и адрес. Консультация бесплатная, тел. 045-671-7128."),
    ("care_level_change_general", "区分変更申請は、心身の状態が変わったときにいつでも申請できます。転倒が増えた方はご相談ください。"),
    ("class_seat_no_name", "第3学年1組　8番　欠席\n第3学年1組　9番　出席"),
    ("class_teacher", "第3学年1組 担任 教諭の授業公開は11月20日です。"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
