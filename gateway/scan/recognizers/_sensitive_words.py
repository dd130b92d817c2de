"""Sensitive-topic words of sensitive_personal_info in other languages, by family (each a 0.7 word of its family).

``ENGLISH_TOPICS``: English case notes (lower case: ASCII keywords match in their own case). ``RESIDENT_LANGUAGE_TOPICS``:
letters and forms of residents in their own language (pasted in to be translated): the words a consultation turns on
(Portuguese, Spanish, Vietnamese, Tagalog, Chinese, Korean, Indonesian, Thai). ``CARE_TOPICS``: Japanese words of care
records added in round 26 (a treatment, a device, a sense lost) and 27 (an under-performer's record).
"""

from __future__ import annotations

ENGLISH_TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("dv", ("domestic violence", "domestic abuse", "abused by", "restraining order", "shelter for", "women's shelter",
            "womens shelter", "bruises on", "abusive husband", "abusive partner", "economic abuse",
            "controls all the money", "controls all money", "takes her residence card", "took her residence card",
            # fleeing a partner's violence, and the record's protection that follows (round 13)
            "husband's violence", "husband’s violence", "partner's violence", "partner’s violence", "wife's violence",
            "fled her husband", "fled from her husband", "fleeing her husband", "fled his wife", "fled domestic",
            "fleeing domestic", "restrict access to her resident", "restrict access to his resident",
            "protection order", "temporary shelter", "photos of the bruises", "bruises from")),  # (round 35)
    ("health", ("depression", "dementia", "diabetes", "diabetic", "cancer", "schizophrenia", "admitted to hospital",
                "hospitalized", "hospitalised", "diagnosed with", "medical history", "allergy", "allergies",
                "allergic to", "epipen", "asthma", "epilepsy", "autism", "adhd", "dialysis",
                # a home visit's note: a fall, a walking aid, the pills a person takes (or skips)
                "blood pressure", "hypertension", "his pills", "her pills", "his medication", "her medication",
                "uses a walker", "a walking frame", "had a fall", "fell in the", "fell down the", "fell at home",
                "heart disease", "kidney disease", "care manager", "nursing care", "bedridden",
                # a pupil's or a resident's condition and the support it gets, in a school's or a partner's mail (r17)
                "developmental disorder", "developmental disorders", "developmental disability",
                "developmental disabilities", "learning disability", "learning disabilities", "special needs",
                "receiving counselling", "receiving counseling", "in counselling", "in counseling", "sees a counsellor",
                "sees a counselor", "seeing a counsellor", "seeing a counselor", "self-harm", "self harm",
                # a diabetic's treatment and its emergencies, in a day service's or a school's incident log (round 31)
                "insulin", "hypoglycaemia", "hypoglycemia", "hypoglycaemic", "hypoglycemic", "home nursing",
                "getting forgetful", "incontinence", "seizure", "seizures",
                "counselling room", "counseling room", "referred her to the counsel", "referred him to the counsel",
                # (round 38) an infection screened for, an injury at work
                "tuberculosis", "active tb", "latent tb", "sputum culture", "injured at work", "work injury",
                "workplace injury", "hurt her back", "hurt his back")),
    ("welfare", ("public assistance", "welfare benefits", "on welfare", "rent arrears", "housing support",
                 "behind on rent", "behind on her rent", "behind on his rent", "behind on the rent", "unpaid rent",
                 "eviction notice", "evicted", "child-rearing allowance", "child rearing allowance",
                 "child support allowance", "livelihood protection", "welfare office", "food bank",
                 # (round 37) going without food, the money gone
                 "skips meals", "skipping meals", "skipped meals", "not eaten for", "hasn't eaten", "had not eaten",
                 "no money for food", "stopped sending money", "has no income", "lost her job", "lost his job")),
    ("crime", ("arrested", "criminal record", "convicted", "probation",
               # taken in by the police, held by immigration (round 35)
               "taken by police", "taken by the police", "taken away by police", "taken away by the police",
               "detained by police", "detained by the police", "police custody", "in custody", "provisional release",
               "immigration detention", "deportation order",
               # (round 37) a theft told plainly, the police called to someone's home
               "shoplifting", "shoplifted", "caught stealing", "was stealing", "stole", "theft", "police were called",
               "called the police", "police came to")),
    # a member of staff's disciplinary or sick-leave record written in English
    ("discipline", ("disciplinary action", "disciplinary measure", "disciplinary hearing", "disciplinary procedure",
                    "suspension from duty", "suspended from duty", "pay cut", "salary reduction", "reprimand",
                    "dismissal", "misconduct", "falsified", "proposed sanction", "month suspension", "day suspension",
                    "week suspension", "unpaid suspension", "written warning", "without authorisation",
                    "without authorization", "warning letter", "letter of warning", "does not recommend renewal",
                    "not recommended for renewal", "non-renewal", "disciplinary committee", "sent to the prosecutor",
                    "referred to prosecutors", "driving after drinking", "drunk driving", "drink driving", "drink-driving",
                    "breath alcohol")),
    ("health", ("sick leave", "medical leave", "mental health leave", "stress leave", "doctor's note", "sick note",
                "diagnosed me with", "diagnosed him with", "diagnosed her with", "diagnosed them with",  # "my doctor has…"
                "depressive", "medical certificate", "mental breakdown", "nervous breakdown",
                # a mail's own account of an attack, a night in the emergency room, the pills for it (round 23)
                "panic attack", "panic attacks", "panic disorder", "anxiety disorder", "emergency room", "bipolar",
                "ptsd", "eating disorder", "miscarriage", "chemotherapy", "antidepressant", "antidepressants",
                "sleeping pills", "psychiatrist", "psychiatric")),
    ("personnel", ("maternity leave", "paternity leave", "parental leave", "childcare leave", "performance review",
                   "performance evaluation", "reduced hours", "performance improvement plan", "recommending a demotion",
                   # harassment reported in English, named or described (an ALT's mail to the board, round 21)
                   "sexual harassment", "power harassment", "harassment complaint", "harassed me", "harassing me",
                   "harassed her", "harassing her", "comments about my body", "comments about her body",
                   "touched me", "touched her", "put his hand on my", "put his hand on her", "groped",
                   "unwanted advances", "inappropriate touching", "stalking me",
                   # (round 38) a touch and remarks about one's origin, in an ALT's complaint
                   "touched my hair", "touched her hair", "touched his hair", "racist comment", "racist remark",
                   "racial comment", "racial remark", "racial harassment",
                   # messages that will not stop after a visit (repeated LINE messages … asking her out: round 32)
                   "asking her out", "asked her out", "asking him out", "asked him out", "messages to stop",
                   "unwanted messages", "kept messaging her", "keeps messaging her")),
    ("child_welfare", ("child abuse", "neglect", "being bullied", "was bullied", "bullied at", "bullied by",
                       "been bullied", "taking money from him", "taking money from her", "took money from him",
                       "took money from her",  # (round 35: a pupil's classmates taking money from them)
                       "school refusal", "young carer",
                       # a referral after signs of abuse (round 13)
                       "child guidance centre", "child guidance center", "child consultation centre",
                       "child consultation center", "bruises were found", "signs of abuse", "suspected abuse",
                       "denies abuse", "denied abuse", "denies any abuse",
                       # marks on a child's body, hunger (round 28: several round marks, possibly burns, on her forearm)
                       "possibly burns", "burn marks", "cigarette burns", "burns on her", "burns on his", "bruises on her",
                       "bruises on his", "bruising on", "without lunch", "eating other children's", "same clothes for",
                       "bruise on", "same clothes", "new marks")),  # (a nursery's notes, round 35)
    ("school_record", ("absent for", "days absent", "been absent", "absent from school", "truancy", "failing grades",
                       "refused to come to school", "refuses to come to school", "refusing to go to school",
                       "stopped coming to school", "not been coming to school", "school counselor", "school counsellor")),
    ("welfare", ("unpaid wages", "wages unpaid", "lost his job", "lost her job", "overstay", "visa expired",
                 "not been paid", "not being paid", "kept his passport", "kept her passport", "took his passport",
                 "took her passport", "confiscated his passport", "confiscated her passport", "withheld his passport",
                 "withheld her passport", "lose his visa", "lose her visa", "lost his visa", "lost her visa",
                 # in the first person (a resident's own message to translate)
                 "took my passport", "kept my passport", "has my passport", "holds my passport", "confiscated my passport",
                 "withheld my passport", "took our passports", "haven't been paid", "have not been paid", "my visa expires",
                 "unpaid overtime",
                 # a resident's lapsed status and the cover they go without (round 24)
                 "residence status expired", "status has expired", "visa has expired", "keeps her passport",
                 "keeps his passport", "no health insurance", "without health insurance")),
    ("health", ("pregnant", "miscarriage", "suicidal", "self-harm", "panic attacks", "mental illness", "in a wheelchair",
                "disability certificate",
                # (round 36) a pregnancy and self-harm said in other words
                "pregnancy", "morning sickness", "self-harming", "harming himself", "harming herself", "cutting himself",
                "cutting herself",
                # a pupil's or a resident's impairment and its aid (round 18)
                "hearing impairment", "hearing impaired", "hearing loss", "cochlear implant",
                "visual impairment", "visually impaired", "intellectual disability", "physical disability",
                # a case conference's notes on a child (round 10): stopped eating, weight down, a referral to a clinic
                "stopped eating", "not eating at home", "weight down", "lost weight", "weight loss", "pediatric clinic",
                "pediatrician", "chest pain", "chest pains", "not seen a doctor", "hasn't seen a doctor",
                # an injury kept from the doctor (a trainee's cut hand, round 24)
                "deep cut", "not to go to hospital", "not to go to the hospital", "injured his", "injured her",
                # a risk assessment of one person (round 27; not a campaign's "suicide prevention")
                "suicide risk", "risk of suicide", "suicide attempt", "attempted suicide")),
    ("tax", ("your income", "annual income", "tax arrears", "unpaid tax", "delinquent tax", "unpaid resident tax",
             "unpaid property tax", "overdue tax", "tax delinquency")),
    ("single_parent", ("single mother", "single father", "single parent", "divorced", "divorce")),
    # round 8: childbirth, and what an interpreter's summary says of violence at home
    ("health", ("gave birth", "postnatal depression", "postpartum depression", "insomnia", "had a stroke", "suffered a stroke", "in hospital",
                "suspected stroke", "found collapsed", "collapsed at home",  # (round 14: a Teams thread on a resident)
                "anxiety disorder", "diagnosed as",
                # (round 39) sleepless in a complaint's first person (I have been having trouble sleeping)
                "trouble sleeping", "can't sleep", "cannot sleep", "unable to sleep", "not been sleeping", "haven't been sleeping")),
    ("dv", ("hits her", "hit her", "beats her", "beat her", "pushed her", "kicked her", "slapped her", "hits me",
            "hit me", "beats me", "pushed me", "kicked me", "threatened to kill", "threatens to kill", "locks me in",
            "locked me in", "locks her in", "locked her in", "takes all my salary", "takes my salary",
            "takes all my money", "took all my money", "hits him", "hit him", "beats him", "a bruise on",
            "bruise on his", "bruise on her")),
    ("health", ("medication for anxiety", "medication for depression", "on antidepressants", "panic attacks",
                "on medication for", "been on medication")),
    ("health", ("alcohol dependence", "alcoholism", "alcohol addiction", "drinking problem", "drug addiction", "overdose",
                "overdosed", "has a fever", "had a fever", "a fever of", "high fever",
                # (round 33) recovery told in the first person or of a candidate
                "recovering alcoholic", "an alcoholic", "years sober", "in recovery from", "fractured", "concussion",
                "adjustment disorder")),
    # (round 33) a warning's grounds and a household's arrears told in English
    ("discipline", ("absent without contact", "absent without notice", "absent without leave", "had a hangover", "drank too much",
                    "reported as sexual", "sexual harassment", "official warning")),
    ("tax", ("hasn't paid rent", "has not paid rent", "hasn't paid the rent", "not paid rent for")),
    ("welfare", ("seikatsu hogo", "food bank voucher")),
    # (round 25) a pupil's self-injury as a school's incident report tells it, and the family and the centre behind it
    ("health", ("cut her arm", "cut his arm", "cut her forearm", "cut his forearm", "cut her wrist", "cut his wrist",
                "cutting herself", "cutting himself", "cuts on her", "cuts on his", "shallow cuts", "older scars",
                "old scars", "self-injury", "self-inflicted")),
    ("single_parent", ("divorcing", "getting divorced", "separated from her husband", "separated from his wife")),
    ("child_welfare", ("child and family center", "child & family center", "child and family centre",
                       "child & family centre", "child protection services",
                       # a case conference's notes in English (bruise marks on back, papa hits with a belt: round 32)
                       "bruise marks", "bruised", "with a belt", "hits him", "hits her", "hit him with", "hit her with",
                       "beats him", "beats her", "without breakfast", "missed checkups", "missed check-ups")),
    # (round 30) a contract not renewed, told in English (Board decided NOT to re-appoint; will not be renewed)
    ("personnel", ("not to re-appoint", "not re-appoint", "not be re-appointed", "not be reappointed", "will not be renewed",
                   "not to renew her contract", "not to renew his contract")),
    # (round 30) a decision letter's disability services, and the injury behind them (lower case: not a division's name)
    ("disability", ("disability welfare services", "disability welfare service", "disability services",
                    "disability pension", "disability allowance", "disability benefits", "disability benefit",
                    "spinal cord injury", "accident at work", "injured at work", "work-related injury")),
)

RESIDENT_LANGUAGE_TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # (round 31) Indonesian: an allergy, a trip to the emergency room, a faith named in a parent's letter to the school
    ("health", ("alergi kacang", "alergi makanan", "alergi telur", "alergi susu", "dibawa ke ugd", "dirawat di rumah sakit")),
    ("creed", ("beragama islam", "beragama kristen", "beragama katolik", "beragama buddha", "beragama hindu")),
    # (round 32) an intern's injury kept quiet, the wage cut and the passport held (Indonesian); a pregnancy and the
    # hospital in a Burmese letter
    ("health", ("kecelakaan kerja", "terjepit", "tidak dibawa ke rumah sakit", "masih bengkak", "ကိုယ်ဝန်", "ဆေးရုံ")),
    ("personnel", ("gaji dipotong", "paspor disimpan", "paspor ditahan", "takut dipulangkan")),
    ("health", ("autismo", "depressão", "depresión", "grávida", "embarazada", "câncer", "cáncer", "mang thai", "có thai",
                "trầm cảm", "ung thư", "buntis", "怀孕", "抑郁症", "癌症", "住院", "임신", "우울증", "암 진단", "입원",
                "anafilaxia", "anafilaxis", "sốc phản vệ", "过敏性休克", "아나필락시스",
                # an illness or a stay in hospital (Tagalog, Portuguese, Spanish, Vietnamese)
                "may sakit", "sakit sa puso", "naospital", "nasa ospital", "doença", "hospitalizado", "hospitalizada",
                "enfermedad", "bệnh tim", "nằm viện",
                # (round 38) a fracture, an accident at work (Spanish, Portuguese)
                "fractura", "fratura", "accidente de trabajo", "acidente de trabalho")),
    ("disability", ("deficiência", "discapacidad", "khuyết tật", "残疾", "장애인", "장애가",
                    # a diagnosed condition in the resident's own words (발달장애 진단, 自闭症, 手术: round 17)
                    "발달장애", "장애 진단", "자폐", "自闭症", "自閉症", "发育障碍", "發育障礙", "rối loạn phát triển")),
    ("health", ("做了手术", "做手术", "动手术", "수술을 받", "수술했", "phẫu thuật", "operada", "operado", "cirurgia",
                "cirugía", "inoperahan")),
    ("dv", ("violência doméstica", "violencia doméstica", "bạo lực gia đình", "bị chồng đánh", "家暴", "家庭暴力",
            "가정폭력", "남편의 폭력",
            # a partner's blows in the letter's own words (남편이 때려서, me pega, bị đánh)
            "때려서", "때리고", "때립니다", "때렸", "폭행을", "me pega", "me bate", "bị đánh")),
    ("welfare", ("desempregado", "desempregada", "desempleado", "desempleada", "thất nghiệp", "không có tiền", "失业",
                 "没有收入", "低保", "生活保护", "실직", "생활보호", "기초생활",
                 # labour exploitation in residents' languages: wages withheld, a passport kept by the employer
                 "không trả lương", "nợ lương", "giữ hộ chiếu", "拖欠工资", "不给工资", "扣押护照", "임금 체불", "임금을 못",
                 "salário atrasado", "não pagou o salário", "não paga o salário", "no me pagan", "no me pagaron",
                 # a lost job, a rent that cannot be paid
                 "nawalan ako ng trabaho", "nawalan ng trabaho", "walang trabaho", "hindi ko mabayaran", "hindi makabayad",
                 "perdeu o emprego", "perdi o emprego", "foi demitido", "foi demitida", "fui demitido", "fui demitida",
                 "fue despedido", "fue despedida", "aluguel atrasado", "alquiler atrasado", "perdí mi trabajo", "perdí el trabajo", "mất việc",
                 "không trả được tiền nhà", "no puedo pagar el alquiler", "não consigo pagar o aluguel")),
    ("single_parent", ("divórcio", "divorcio", "ly hôn", "离婚", "이혼")),
    # round 8: a stay in hospital, an injury at work, anxiety, bullying, a lost job
    ("health", ("internado", "internada", "hospitalizado", "hospitalizada", "ansiedad", "ansiedade", "nằm viện",
                "bị thương", "gãy chân", "gãy tay", "tai nạn lao động", "nasa ospital", "naospital", "受伤", "受傷", "工伤", "工傷", "焦虑症", "입원 중",
                "다쳤",
                # round 10: dialysis (hemodiálise, chạy thận, 透析 in Chinese letters is 透析 as in Japanese)
                "hemodiálise", "hemodiálisis", "diálise", "diálisis", "chạy thận", "nagda-dialysis", "투석")),
    ("child_welfare", ("acoso escolar", "bullying", "se burlan de", "괴롭힘", "왕따", "欺负", "欺負", "霸凌", "binu-bully",
                       "bắt nạt",
                       # (round 38) a child hiding from school, their things hidden, told to go home (Spanish, Portuguese)
                       "no quiere ir a la escuela", "não quer ir à escola", "não quer mais ir à escola", "le esconden",
                       "escondem as coisas", "vete a tu país", "volta pro seu país")),
    # (round 38) a family member arrested, drink-driving, a sentence (Chinese, Spanish, Portuguese, Vietnamese)
    ("crime", ("酒驾", "醉驾", "被警察抓", "被逮捕", "被拘留", "判刑", "fue detenido", "fue arrestado", "foi preso", "foi detido",
               "bị bắt", "bị công an bắt")),
    ("welfare", ("nawalan ng trabaho", "perdeu o emprego", "perdió su trabajo", "perdí mi trabajo", "mất việc",
                 "giữ hộ chiếu", "không trả lương", "chưa trả lương")),
    ("health", ("tdah", "diagnosticado", "diagnosticada", "tomando remédio", "tomando remedio", "medicación")),
    ("single_parent", ("divorciando", "divorciarnos", "divorciarse", "divorciada", "divorciado", "separação", "이혼 소송")),
    ("child_welfare", ("被老师打", "被老師打", "被打了", "体罚", "體罰", "有伤", "有傷")),
    ("health", ("kecelakaan kerja", "dirawat di rumah sakit", "hamil", "dị ứng", "ตั้งครรภ์", "ป่วย", "โรงพยาบาล",
                "allergic", "gestational diabetes", "heart operation", "operation on his", "operation on her")),
    ("dv", ("sinaktan ako", "sinasaktan", "bate em mim", "me pega", "đánh tôi", "打我", "때려요", "때립니다",
            # (round 19: a partner who punched, slapped or beat her, in Tagalog and Portuguese; hit me in English)
            "sinuntok niya ako", "sinampal niya ako", "binugbog niya ako", "binubugbog", "me bateu", "me agrediu",
            "hit me", "hits me", "punched me", "beats me")),
    # round 13: a child's fever or asthma attack in a parent's message to the school or the nursery, and Nepali words
    ("health", ("com febre", "febre alta", "está doente", "crise de asma", "tiene fiebre", "fiebre alta", "ataque de asma",
                "may lagnat", "nilalagnat", "may hika", "inatake ng hika", "dinala sa ospital", "dinala namin sa ospital",
                "hen suyễn", "고열", "열이 나", "천식", "发烧", "发高烧", "哮喘", "ज्वरो", "बिरामी", "अस्पताल")),
    # a lost job or an unpaid rent in Nepali written in Latin letters (kaam chhaina, bhada tirna sakeko chhaina)
    ("welfare", ("kaam chhaina", "kam chhaina", "jagir gayo", "bhada tirna sak", "bhada tirna sakin")),
    # an asylum claim (a person's immigration status, as 難民申請)
    ("welfare", ("asylum seeker", "asylum-seeker", "asylum application", "applied for asylum", "refugee status",
                 "refugee application", "solicitante de refúgio", "pedido de refúgio")),
)

CARE_TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # a treatment, a device or a sense lost (在宅酸素療法中, 難聴, 胃ろう), and 糖尿 as a nurse's list shortens 糖尿病
    ("health", ("在宅酸素", "酸素療法", "人工呼吸器", "胃ろう", "胃瘻", "経管栄養", "喀痰吸引", "たん吸引", "人工肛門", "ストーマ",
                "難聴", "失明", "全盲", "弱視", "糖尿",
                # (round 33) an eye disease, a dementia screening's score, drinking a doctor forbade
                "緑内障", "白内障", "黄斑変性", "長谷川式", "断酒会", "断酒", "肝臓の薬", "アルコールはやめ", "酒をやめ",
                "膵臓がん", "すい臓がん", "膵がん", "食道がん", "悪性リンパ腫", "骨髄腫", "脳腫瘍", "せん妄")),
    ("tax", ("家賃をため", "家賃を滞納", "家賃の滞納", "家賃が払えな", "家賃を払えな")),  # (a tenant's arrears, round 33)
    ("welfare", ("収入がなくなっ", "収入が無くなっ", "収入が途絶え")),  # (a household's income gone, round 33)
    # a symptom said of someone (昨夜から眠れず、出勤できない; 動悸がして; 食欲がない: round 28)
    ("health", ("眠れず", "眠れない", "眠れなく", "不眠", "動悸", "食欲がない", "食欲不振", "吐き気")),
    # a pregnancy said in everyday words (つわりがひどく, まだ安定期前なので: round 31)
    ("health", ("倒れていた", "倒れているの", "救急要請", "脱水症", "脱水状態", "肝臓が悪", "腎臓が悪", "心臓が悪", "肺が悪", "つわり", "悪阻", "安定期前", "安定期に入", "妊娠初期", "出産予定日", "眠れていない", "眠れていません")),
    # an occupational physician's interview for long hours (産業医面接の対象者, 長時間労働者: round 31)
    ("health", ("産業医面接", "産業医面談", "産業医との面談", "産業医との面接", "長時間労働者", "過重労働")),
    # a member of staff's leave before and after a birth, and drinking or lateness at work (酒のにおいがする, 無断遅刻: r31)
    ("personnel", ("産前休暇", "産後休暇", "産前休業", "産後休業")),
    ("discipline", ("厳重注意", "顛末書", "口頭注意", "文書訓告", "文書注意",
                    "酒のにおい", "酒の臭い", "酒臭い", "酒臭かった", "アルコール臭", "無断遅刻", "遅刻が続", "遅刻を繰り返")),
    # someone named as the culprit of an offence (…っていう男です。…捨てている犯人です: round 31)
    # a resident cheated by a seller (消費者被害に遭い, 悪質商法の被害, 訪問販売でだまされ: round 31)
    ("crime", ("消費者被害", "悪質商法の被害", "詐欺被害", "特殊詐欺の被害", "だまされて", "騙されて")),
    # a fine paid on a summary order, a criminal complaint to be filed against someone (略式で罰金50万を払っている; 告発状)
    ("crime", ("略式で罰金", "略式命令", "罰金を払", "罰金刑", "告発状", "刑事告発")),
    ("crime", ("犯人", "犯行", "免停", "免許停止", "免許取消", "免許取り消し", "酒を飲んで運転", "飲んで運転して", "飲んで運転した")),
    # a visitor's conduct at a counter kept on record, the police consulted about them (…に対し大声を出し…、城北警察署
    # 生活安全課に相談済み。次回来庁時は2名以上で対応すること: round 32; not the police unit's name, 警察署生活安全課の…係長)
    ("crime", ("警察に相談済", "警察署に相談", "大声を出し", "大声で怒鳴",
               "怒鳴り続け", "威圧的な言動", "不当要求", "要注意人物", "2名以上で対応", "複数名で対応", "複数人で対応")),
    # gifts from a contractor to a member of staff, reported (業者から商品券をもらっている, 金品を受け取った: round 32)
    ("discipline", ("商品券をもら", "商品券を受け取", "金品を受け取", "金品の授受", "金品をもら",
                    "接待を受けて", "接待を受けた", "見返りに")),
    # neglect told in a school's or a neighbour's ordinary words (毎日同じトレーナーで登校, 裸足のまま, お母さんの怒鳴る声: r32)
    ("child_welfare", ("同じ服で登校", "同じトレーナーで登校", "毎日同じ服", "同じ服を着", "裸足のまま", "怒鳴る声", "泣き叫ぶ声",
                       "保護者のサインがない", "持って帰っていいか", "お母さんは夜いない", "夜は親がいない")),
    # a return to work on a doctor's conditions (主治医の意見書では…, 薬の影響で朝は…: round 32)
    ("health", ("主治医の意見書", "主治医意見書では", "薬の影響で", "服薬の影響", "リワーク")),
    # an injury at work and what it left (労災で…就労不可: round 32)
    ("health", ("労災で", "労災認定", "労災申請", "労災の申請", "就労不可")),
    # touching reported as harassment (腰や胸を触られた, 抱きつかれた: round 28)
    ("personnel", ("胸を触", "腰を触", "尻を触", "胸や腰を触", "腰や胸を触", "抱きつか", "抱き付か")),
    # an under-performer's record (round 27)
    ("personnel", ("降任", "分限免職", "分限休職", "勤務実績不良", "勤務成績不良", "改善計画書")),
    # an elder found out at night, as the police or a neighbour report it (寝間着のまま…歩いていたため保護: round 30)
    ("care", ("寝間着のまま", "寝巻きのまま", "寝巻のまま", "パジャマのまま", "警察に保護", "交番で保護", "交番に保護", "夜中に出歩",
              "夜間に出歩", "一人で出歩いて")),
    # (round 37) an examination's findings and the examination itself (便潜血陽性→大腸内視鏡, 心電図に異常, ホルター心電図)
    ("health_check", ("内視鏡", "胃カメラ", "大腸カメラ", "便潜血", "ホルター心電図", "心電図に異常", "心電図で異常", "要精密検査")),
)

# words of CARE_TOPICS and the families used in a sense that is nobody's matter: (words, before, after), regexes read right
# before and right after the word (sensitive_personal_info._guard)
CARE_GUARDS: tuple[tuple[tuple[str, ...], str | None, str | None], ...] = (
    (("シェルター",), r"核|防空|避難", None),
    # a machine's symptom in a help-desk ticket (症状：トレイ2から給紙すると…詰まる, エラーコード: round 38)
    (("症状",), r"故障|不具合|機器|端末|障害の|エラーの", r"[:：]?[^。\n]{0,40}?(?:給紙|詰ま|エラー|起動|接続|印刷|画面|フリーズ|"
                                                    r"ログイン|通信|電源|ランプ|異音)"),
    # the disaster law's programme (避難行動要支援者の見守り体制づくり, 災害時要支援者名簿の更新): nobody's care level (r22)
    (("要支援",), r"避難行動|災害時", None),
    # a noise or the heat keeping people awake (騒音で眠れない), a sleepless night as an idiom (不眠不休, 眠れない夜に)
    (("眠れず", "眠れない", "眠れなく"), r"(?:音|声|騒ぎ|暑さ|寒さ|振動|光|臭い|におい)(?:で|が[^。\n]{0,8})?", r"夜|ほど|くらい|ぐらい"),
    (("不眠",), None, r"不休"),
    # a standby duty at home in a storm or a disaster's alert (夜間待機（自宅待機ではなく詰所待機）, 自宅待機の手当), not a
    # member of staff kept home while a case is decided (round 31)
    (("自宅待機",), r"(?:台風|災害|警戒|配備|夜間|非常)[^。\n]{0,6}",
     r"(?:ではなく|でなく|ではない|じゃなく|[・や]詰所|と詰所|(?:の|時の)?(?:手当|体制|要員|区分))"),
    # a care home named after its kind on a line of its own (特別養護老人ホーム 青葉の杜: an addressee's facility, round 30)
    (("特別養護老人ホーム", "特養", "老人ホーム"), None,
     r"[ 　]+(?![^\n]{0,6}(?:入所|入居|利用|申請|待機|退所))[^\s、。]{2,12}[ 　]*(?=\n|$)"),
    # a parasport by its name (車いすフェンシング 銅メダル in an award list): a sport, nobody's condition (round 35)
    (("車いす", "車椅子"), None, r"(?:テニス|バスケットボール|バスケ|フェンシング|ラグビー|マラソン|陸上|競技|スポーツ|ダンス|卓球|"
                              r"バドミントン|ソフトボール|カーリング|[ ]?[0-9０-９]{1,3}台|利用者の目線|使用者の目線|対応(?:トイレ|の)|"
                              r"用(?:トイレ|駐車|スロープ)|トイレ|駐車|スロープ)"),  # (a donation: 車いす2台; a facility's design)
    # a leave scheme named as such (育児休業手当金, 育休の取得率, 育休中の手当): the scheme, no one's leave (round 37)
    (("育休", "育児休業", "介護休暇", "介護休業", "部分休業", "産休", "育児時間"), None,
     r"(?:手当金?|制度|説明会|取得率|取得促進|規程|条例|の(?:取得率|制度|違い|期間|要件|対象者?|仕組み|手続き?|申請方法|規程)"
     r"|中の(?:手当|給与|給料|社会保険|期末|勤勉|昇給)"
     # (or a childcare leave announced: 7月1日から育児休業を取得させていただきます, 育児休業取得のお知らせ, round 42)
     r"|(?:(?<=育児休業)|(?<=育休)|(?<=産休))(?:(?:を|の)?取得(?:させて|いたし|します|する予定|予定|のお知らせ)|に入(?:ります|らせて|る予定)"
     r"|のお知らせ))"),
    # harassment as a training's or a desk's subject (ハラスメント防止研修, パワハラ対策, セクハラの定義): nobody's case (r42)
    (("ハラスメント", "パワハラ", "セクハラ", "マタハラ"), None,
     r"(?:防止|対策|研修|相談窓口|相談員|の(?:定義|類型|種類|要素|3要素|三要素|防止|対策|研修)|とは)"),
    # the office's work by its name (差押事務研修, 督促事務マニュアル; 滞納's own guard: r39): a training or a manual (r42)
    (("差押", "差押え", "差し押さえ", "督促"), None, r"(?:整理)?(?:事務|実務)(?:研修|の手引|マニュアル|説明会)|研修|マニュアル|の手引"),
)
