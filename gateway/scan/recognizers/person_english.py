"""Residents named in English prose and in letters written in their own language, without a title or a label (issue 13,
round 8), mixed into PersonRecognizer:

* a relative named after a possessive and a kinship word ("her son Kenji", "My husband Arjun", "meu marido Carlos
  Henrique Souza", "mi hija Lucía García Pérez", "Ang asawa ko, si Jose Reyes", "我丈夫王建国", "제 아들 박준호"): the
  writer or the subject of a record names a member of their family, one given name is enough;
* a Latin full name with an age after it ("Ana Paula Ferreira, 34, came …", "Tanaka Hiroshi (72) lives alone");
* a Latin full name opening a sentence as the subject of a verb a person does (came, called, lives, was diagnosed …)
  with a personal pronoun (she, he, her, his) in the sentences after it: a case note or an e-mail about a resident;
* a Latin full name after an address line's or a salutation's label ("To: Nguyen Van Minh", "Dear Maria Santos,");
* a family named by its surname ("the Nguyen family");
* a Latin full name after a sensitive topic and a colon in a list, or after a dash in a mail's subject ("- Rent
  arrears: Gabriel Costa", "Subject: Sick leave — Tanaka Hiroshi").

A name after a title of office (Governor, Mayor, Ambassador …) is a public figure in their official capacity; names of
organisations and places (Nagoya Castle, Sushi Tanaka) fail the name model (LATIN_ORG_WORDS, PLACE_WORDS).
"""

from __future__ import annotations

from gateway.scan import rx as re
from itertools import chain, islice

from gateway.scan.recognizers._text import line_matches, stable_key
from gateway.scan.recognizers.email import FREEMAIL, _domain_in
from gateway.scan.recognizers.person_columns import _LATIN_TITLE_BEFORE
from gateway.scan.recognizers.person_contacts import latin_name_ok
from gateway.scan.recognizers.person_lexicon import _LATIN_FULL, _LATIN_PART
from gateway.scan.recognizers.person_prefilter import Anchored, Initial, Prefiltered, fold
from gateway.scan.recognizers.sensitive_personal_info import KEYWORDS

_LATIN_LETTER = r"A-Za-zÀ-ÖØ-öø-ÿĀ-ɏḀ-ỿ'’"
_END = r"(?![" + _LATIN_LETTER + r"-])"
# a lookahead for the characters a match can start with, put before a pattern that would otherwise try its
# alternatives at every position of a Japanese text (the same matches: every start it rejects fails the pattern too)
_FIRST = r"(?=[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])"  # the first letter of _LATIN_PART
_BEFORE = r"(?<![" + _LATIN_LETTER + r"-])"

# kinship words after a possessive, in English and the residents' languages written in Latin script
_KIN_EN = (r"(?:husband|wife|son|daughter|mother|father|mum|mom|dad|partner|boyfriend|girlfriend|brother|sister|"
           r"grandmother|grandfather|grandson|granddaughter|baby|child|stepson|stepdaughter|fiancée?|spouse)")
_KIN_LATIN = re.compile(
    r"(?=(?i:[abcdefghiklmnoprstvwy]))"  # (a first letter of the words below: any other start fails at once; see _FIRST)
    r"(?:(?i:my|her|his|their|our|your)[ \t]+(?:(?:eldest|oldest|youngest|elder|older|younger|little|baby|"
    r"[0-9]{1,2}-year-old)[ \t]+)?" + _KIN_EN + r"(?:'s name is|,| named| called| is)?"
    # Portuguese, Spanish, Vietnamese, Tagalog
    r"|(?i:meu|minha)[ \t]+(?i:marido|esposo|esposa|mulher|filho|filha|mãe|pai|irmão|irmã|neto|neta)(?:,)?"
    r"|(?i:mi)[ \t]+(?i:esposo|marido|esposa|mujer|hijo|hija|madre|padre|hermano|hermana|nieto|nieta)(?:,)?"
    r"|(?i:chồng|vợ|con trai|con gái|mẹ|bố|cha|anh trai|em trai|chị gái|em gái)[ \t]+(?i:tôi|em|của tôi)(?:[ \t]+(?i:là|tên là))?(?:,)?"
    r"|(?i:asawa|anak|nanay|tatay|kapatid|apo)[ \t]+(?i:ko,?[ \t]+si|kong[ \t]+si|ko[ \t]+na[ \t]+si)"
    # the writer as a parent of someone named: "sou a mãe do aluno Pedro Henrique", "soy la madre de Sofía", "mother of"
    r"|(?i:mãe|pai|responsável)[ \t]+(?i:do|da)(?:[ \t]+(?i:aluno|aluna|menino|menina|criança))?"
    r"|(?i:madre|padre|tutor|tutora)[ \t]+(?i:de|del)(?:[ \t]+(?i:alumno|alumna|niño|niña))?"
    r"|(?i:(?:younger|older|elder|little|big)[ \t]+(?:brother|sister|son|daughter)|mother|father|guardian|brother|sister|son"
    r"|daughter|husband|wife)[ \t]+of"  # (a relative of someone named: the younger brother of Ahmet Yilmaz, r35)
    # Indonesian "suami saya, Budi Santoso"; Vietnamese "mẹ của bé Nguyễn Gia Bảo"
    r"|(?i:suami|istri|anak|ibu|ayah|adik|kakak)[ \t]+(?i:saya)(?:,)?"
    # (…or the writer as the parent of the child named: "Saya ibu dari Aisyah Putri Ramadhani", round 31)
    r"|(?i:ibu|ayah|orang[ \t]+tua|wali)[ \t]+(?i:dari)(?:[ \t]+(?i:anak|siswa|siswi|murid))?"
    r"|(?i:mẹ|bố|ba|cha|phụ huynh)[ \t]+(?i:của)(?:[ \t]+(?i:bé|cháu|em|con))?)"
    r"[ \t]+(?P<name>" + _LATIN_PART + r"(?:[ \t]+" + _LATIN_PART + r"){0,3})" + _END)
KIN_TRIGGERS = ("husband", "wife", " son ", " son,", "daughter", "mother", "father", " mum ", " mom ", " dad ", "partner",
                "boyfriend", "girlfriend", "brother", "sister", "grand", "baby", "child", "stepson", "stepdaughter",
                "fiancé", "spouse", " saya", " của ", "mãe ", "pai ", "responsável", "madre ", "padre ", "tutor", " of ",
                "meu ", "minha ", "mi ", " tôi", "asawa", "anak ", "nanay", "tatay", "kapatid", " apo ", " dari ")
# Chinese and Korean: 我丈夫王建国 / 我的女儿李娜 / 제 아들 박준호
_KIN_HAN = re.compile(r"我(?:的)?(?:丈夫|先生|老公|妻子|太太|老婆|爱人|愛人|儿子|兒子|女儿|女兒|母亲|母親|父亲|父親|妈妈|媽媽|爸爸|孩子)"
                      r"(?:叫|是)?(?P<name>[一-鿿]{2,4}?)(?=[，,。.、！!？?\s（(：:]|$|出生|今年|在|因|得|被|生病|住院|失业|于|於"
                      # (a time or a verb starting the predicate: 我老公陈志强上个月被辞退了, round 13)
                      r"|上个|上周|上星期|去年|昨天|前天|最近|已经|一直|没有|不[能会想]|说|从|也|和|住在|现在|今天)")
_KIN_HANGUL = re.compile(r"(?:제|저희|우리)[ ]?(?:아들|딸|남편|아내|어머니|아버지|엄마|아빠|아이)[ ]?(?:인[ ]?)?(?P<name>[가-힣]{2,4}?)"
                         r"(?=[ (（,，이가은는을를의도]|$)")
# the writer as the parent of someone named: 我是张小明的妈妈 / 저는 김민준의 엄마입니다
_PARENT_HAN = re.compile(r"我是(?:[^\s的，。]{1,8}?[组組班])?(?P<name>[一-鿿]{2,4}?)的(?:妈妈|媽媽|爸爸|母亲|母親|父亲|父親|家长|家長)")
_PARENT_HANGUL = re.compile(r"(?P<name>[가-힣]{2,4}?)(?:이)?의[ ]?(?:엄마|아빠|어머니|아버지|보호자)(?:입니다|예요|이에요|되는)")
KIN_CJK_TRIGGERS = ("我是", "엄마", "아빠", "어머니", "아버지", "보호자", "我丈夫", "我先生", "我老公", "我妻子", "我太太", "我老婆", "我爱人", "我愛人", "我儿子", "我兒子", "我女儿",
                    "我女兒", "我母亲", "我母親", "我父亲", "我父親", "我妈妈", "我媽媽", "我爸爸", "我孩子", "我的", "제 ", "저희 ",
                    "우리 ")
# a Latin full name with an age after it: "Ana Paula Ferreira, 34, came", "Tanaka Hiroshi (72) lives", ", aged 72"
# (or a street number after a comma: "Kenji and Yumi Sato, 5-6-2 Minami-machi"; a couple named by two given names and
# their surname)
_AGED = re.compile(_FIRST + _BEFORE + r"(?P<name>(?:" + _LATIN_PART + r"[ \t]+(?:and|&)[ \t]+)?" + _LATIN_FULL + r")"
                   r"(?:,[ \t]*(?:aged[ \t]+)?(?P<a1>[0-9]{1,3})[ \t]*(?:,|\.|years?|y/o|yo(?![A-Za-z]))"
                   # (the bracket may go on to the school or the ward: "Haruto Kimura (Grade 4, Minami Elementary)", round 11)
                   # (the sex first, as a handover note writes it: "Tsujimoto Keigo (M, 34)", round 18; or the country:
                   # "Rebecca Thornfield (UK, 29)", "Aiko Fernandes (Brazil/Japan, 34)", round 33)
                   r"|[ \t]*\((?:(?:[MFmf]|(?i:male|female)|[A-Z][A-Za-z]{1,15}(?:/[A-Z][A-Za-z]{1,15})?)[ \t]*[,/][ \t]*)?(?:(?i:aged?|grade|year|class)[ \t]+)?(?P<a2>[0-9]{1,3})(?:[ \t]*(?:years? old|y/o|yo|[MFmf]))?"
                   r"(?:[,;][^()\n]{0,40})?\)"
                   # (or the pupil's class: "Haruto Sakuma (class 2-3)", "Rikuto Hamaoka (5-2)", "… in 5-1", round 27)
                   r"|[ \t]*\((?i:class[ \t]+)?(?P<klass>[1-6]-[1-9])\)|[ \t]+in[ \t]+(?i:class[ \t]+)?(?P<klass2>[1-6]-[1-9])(?![0-9-])|[ \t]*\((?P<kin>(?i:mother|father|mum|mom|dad|parent|guardian|grandmother|grandfather))(?:[,;][^()\n]{0,40})?\)"
                   r"|,[ \t]*(?P<street>[1-9][0-9]{0,3}-[0-9]{1,4}(?:-[0-9]{1,4})?[ \t,]+[A-Z])"
                   # (or the record's number in the bracket: "Ryota Shimizu (Tax Division, employee no. 20418)", round 12)
                   r"|[ \t]*\([^()\n]{0,40}?(?<![A-Za-z])(?P<ident>(?i:employee|staff|case|client|resident|member|student|file)"
                   r"[ \t]*(?i:no\.?|number|#|id)[ \t]*[:.]?[ \t]*[A-Z]{0,3}-?[0-9]{2,10}(?:-[0-9]{1,6})?)[ \t]*\))")
_ROW_START = re.compile(r"[ \t]*(?:[-*•・]|[0-9]{1,3}[.)])?[ \t]*")
# a list's row: a Latin full name (or "Lucas, Bernard"), a note in brackets allowed, then a separator and a date (a
# roster with birth dates: "2. WONG Ka Yan / 03-11-2008 / …", round 27); two rows at least
_DATED_ROW = re.compile(r"^[ \t]*(?:[-*•・]|[0-9]{1,3}[.)．])[ \t]*(?P<name>" + _LATIN_FULL + r"|" + _LATIN_PART + r",[ \t]*"
                        + _LATIN_PART + r")" + _END + r"(?:[ \t]*\([^()\n]{1,24}\))?[ \t]*[/|,\t｜][ \t]*"
                        r"(?:(?:19|20)[0-9]{2}[-./年]|[0-9]{1,2}[-./][0-9]{1,2}[-./](?:19|20)[0-9]{2}|[HSR][0-9]{1,2}\.)", re.MULTILINE)
# a Latin full name opening a sentence, then a verb a person does
# (verbs of dealing with the office and of daily life: not was / is / has, which open a public figure's biography too)
_VERBS = (r"(?:came|comes|called|calls|phoned|rang|visited|visits|lives|lived|said|says|told|tells|asked|asks|reported|"
          r"reports|complained|moved|applied|gave birth|arrived|needs|wants|wanted|received|lost|fell|stayed|missed|"
          r"attended|contacted|emailed|e-mailed|wrote|brought|showed|explained|mentioned|refused|cannot|can't|could not|"
          r"couldn't|does not|doesn't|did not|didn't|went|left|speaks|spoke|registered|requested|submitted|owes|"
          r"cried|admitted|is behind|was behind|is unable|was unable|has not paid|hasn't paid|has no|lives alone|"
          r"has been on|had been on|was stopped|was taken|was detained|was caught|was picked up|has submitted|has asked|has told)")
# (…has been on sick leave since …, round 34; stopped by the police, taken to the koban, has submitted a note, round 35)
# (or after an opening phrase's comma: "During 5th period on Thursday (Class 2-3), Hinata Mogami came up …", round 27)
_SUBJECT = re.compile(r"(?:^|(?<=[.!?:;\n\"“,]))[ \t\"“]*(?P<name>" + _LATIN_FULL + r")"
                      # (an appositive between: "Emily Hartwell, our CIR who was to accompany the group, has been on …", r34)
                      r"(?:,[ \t]+(?:our|the|a|an|my|his|her|their)[ \t][^,.;\n]{1,60}?,|[ \t]*\([^()\n]{1,60}\))?[ \t]+" + _VERBS  # (or a
                      + r"(?![a-z])",  # bracket: "Kim Min-jun (international student, …) came to the counter", round 35)
                      re.MULTILINE)
SUBJECT_TRIGGERS = (" came ", " called ", " phoned ", " visited ", " lives ", " lived ", " said ", " told ", " asked ",
                    " reported ", " complained ", " moved ", " applied ", " is behind", " was behind", " is unable",
                    " was unable", " has not paid", " hasn't paid", " has no ", " needs ", " wants ", " received ",
                    " lost ", " attended ", " contacted ", " cannot ", " can't ", " could not ", " does not ", " doesn't ",
                    " did not ", " didn't ", " speaks ", " owes ", " gave birth", " fell ", " missed ", " wrote ",
                    " brought ", " has been on", " had been on", " was stopped", " was taken", " was detained", " was caught",
                    " was picked up", " has submitted", " has asked", " has told")
# a full stop after a title's abbreviation opens no sentence (Dr. Amara Okafor)
_ABBREV_BEFORE = re.compile(r"(?:Dr|Mr|Mrs|Ms|Prof|St|Rev|Sr|Jr|No|Fr)\.[ \t]*$")
_PRONOUN = re.compile(r"(?<![A-Za-z])(?:she|he|her|his|him|hers|herself|himself)(?![A-Za-z])", re.IGNORECASE)
_PRONOUN_SPAN = 240
# an address block's or a salutation's label: "To: Nguyen Van Minh", "Attn: …", "Dear Maria Santos,"
# (or a signature's label, "Signed: …", "Firma: …", "Assinatura: …"; or a mail's subject naming its case before a dash or a
# comma: "Subject: Re: Amina Diallo - housing support", "Subject: Daniel Kim, M, 34")
_ADDRESSEE = re.compile(r"(?=(?i:[acdefhmnprstw])|件)(?:(?i:to|attn\.?|attention|addressee|recipient|signed|signed by|firma|assinatura|next of kin|"
                        r"emergency contact(?: name)?|contact person|spouse|husband|wife|mother|father|parent)[ \t]*[:：]"
                        r"|(?i:dear)|(?i:subject|件名)[ \t]*[:：](?:[ \t]*(?i:re|fw|fwd)[ \t]*[:：])*)[ \t]+"
                        # (a courtesy title before the name: "Subject: Dr. Kaito HANAZAWA, anaesthesiology", round 30)
                        r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?[ \t]+)?(?P<name>" + _LATIN_FULL
                        # (or a surname and an initial, as staff notes abbreviate a colleague: "Subject: Yamada T. (…)")
                        + r"|(?!(?:Appendix|Annex|Attachment|Exhibit|Table|Figure|Section|Part|Chapter|Article|Item|Plan|"
                        r"Option|Phase|Stage|Type|Group|Team|Room|Building|Block|Zone|Area|Level|Grade|Class|Form|Case|"
                        r"Step|Unit|Ward|Floor|Gate|Route|Line|Lot|Site|Model|Version)[ \t])"
                        + _LATIN_PART + r"[ \t]+[A-Z]\.(?=[ \t]*[(–—-])"
                        + r")" + _END + r"(?![ \t]*(?:City|Ward|Town|Division|Section|Office|Department))(?P<subject_end>"
                        r"[ \t]*(?:[-–—(,]|$))?")
ADDRESSEE_TRIGGERS = ("to:", "attn", "attention:", "addressee", "recipient:", "dear ", "signed", "firma", "assinatura",
                      "subject:", "件名", "next of kin", "emergency contact", "contact person", "spouse:", "husband:",
                      "wife:", "mother:", "father:", "parent:")
# a list item naming a resident after a sensitive topic and a colon ("- Rent arrears: Gabriel Costa (Block B) …")
_TOPIC_ROW = re.compile(r"^[ \t]*(?:[-*•・][ \t]*)?(?P<topic>[A-Za-z][^:\n]{2,40}):[ \t]*(?P<name>" + _LATIN_FULL + r")" + _END,
                        re.MULTILINE)
# or a mail's subject naming a sensitive topic, then the person after a dash ("Subject: Sick leave — Tanaka Hiroshi")
_SUBJECT_TOPIC = re.compile(r"^[ \t]*(?i:subject|件名)[ \t]*[:：][ \t]*(?:(?i:re|fw|fwd)[ \t]*[:：][ \t]*)*"
                            r"(?P<topic>[A-Za-z][^:\n—–]{2,40}?)[ \t]+[—–-][ \t]*(?P<name>" + _LATIN_FULL + r")" + _END,
                            re.MULTILINE)
_EN_TOPICS = tuple(w for w in KEYWORDS if w.isascii() and w == w.lower() and len(w) >= 5)
# a log's row: a time or a date, then a Latin full name and a dash, a colon or a bracket, then what they came about in
# lower case ("10:05 Ahmed Karim - asked …"; not a programme's "10:00 Opening Remarks - Mayor")
_LOG_ROW = re.compile(r"^[ \t]*(?:[0-9]{1,2}[:：][0-9]{2}|[0-9]{1,2}/[0-9]{1,2})[ \t]+(?P<name>" + _LATIN_FULL + r")" + _END
                      + r"[ \t]*(?:[-–—:|][ \t]*[a-z]|\()", re.MULTILINE)
# a declaration's opening: "I, Maria Fernanda Lopes, hereby declare", "Yo, Juan Pérez, declaro", "Eu, Ana Lima, portadora"
_DECLARANT = re.compile(r"(?:^|(?<=[\s.]))(?:I|Yo|Eu|Ich|Je[ \t]+soussignée?|Ako)[ \t]*,[ \t]*(?P<name>" + _LATIN_FULL + r"(?:[ \t]+"
                        + _LATIN_PART + r")?)" + _END + r"[ \t]*,")
DECLARANT_TRIGGERS = ("i, ", "yo, ", "eu, ", "ich, ", "soussign", "ako, ")
# title-case words of a mail's subject, not of a name (Meeting Minutes, Budget Proposal): a noun's suffix or a word of
# subjects
_PLAIN_WORD = re.compile(r"[A-Za-z]{2,}(?:tion|sion|ment|ness|ship|ance|ence|ings|ures|ies)|Meeting|Minutes|Notice|Request|"
                         r"Update|Reminder|Schedule|Budget|Proposal|Inquiry|Enquiry|Question|Invitation|Draft|Agenda|"
                         r"Weekly|Monthly|Annual|Urgent|Important|Follow|Your|Our|Re|Fw|Fwd|Thanks|Hello|Summary")
# a person of the record in apposition after the word for their role, closed by a comma: "One student, Haruka
# Ishizaki, has …", "a resident, Maria Santos, is on dialysis"
_APPOSITION_ROLES = ("student", "pupil", "patient", "client", "resident", "applicant", "tenant", "child", "girl", "boy",
                     "woman", "man", "caller", "visitor", "claimant", "participant", "service user", "trainee", "employee",
                     "member of staff", "staff member", "user", "volunteer", "parent", "guardian", "foster child")
_GROUP_WORDS = frozenset({"Class", "Grade", "Group", "Team", "Unit", "Office", "Division", "Section", "Centre", "Center",
                          "School", "Form", "Year", "Ward", "Room", "Floor", "Programme", "Program", "Course", "Club"})
# (or where they come from between, or "named" instead of the commas: "a woman from Indonesia, Siti Rahmawati,", "A man in
# his 40s named Nguyen Van Duc came …", round 35)
APPOSITION_TRIGGERS = tuple(f"{w}{s}{t}" for w in _APPOSITION_ROLES for s in ("", "s") for t in (", ", " from ")) + (" named ",)
_APPOSITION = re.compile(r"(?<![A-Za-z])(?i:" + "|".join(w.replace(" ", "[ \\t]+") for w in _APPOSITION_ROLES)
                         + r")s?(?:[ \t]+(?:from|in)[ \t]+[^,.\n]{1,30}?)?(?:[ \t]*,[ \t]*(?P<name>" + _LATIN_FULL + r")[ \t]*,"
                         r"|[ \t]+named[ \t]+(?P<named>" + _LATIN_FULL + r")(?=[ \t]*[,.;:)]|[ \t]+[a-z]))")
# a member of staff named after their grade in an English personnel, disciplinary or sick-leave record ("HR memo:
# Officer Kenji Arai, Tax Division, accessed … Proposed sanction: one-month suspension"): the record's subject (round 12)
STAFF_ROLE_TRIGGERS = ("officer ", "employee ", "clerk ", "caseworker ", "staff member ", "coordinator ", "colleague ", " team", " division",
                       " section", " department", "mayor ", "governor ", "superintendent ", "councillor ", "councilor ",
                       "principal ", "director ")
# (or the office's head or a member of its council by title, their health in the same sentence: "Mayor Kenji Muto was
# admitted … with a suspected stroke", round 15; not once the office has announced it: _ANNOUNCED_EN)
_STAFF_ROLE = re.compile(r"(?<![A-Za-z])(?:Officer|Employee|Clerk|Caseworker|Staff [Mm]ember|[Cc]oordinator|[Cc]olleague|(?P<head>(?:Deputy |Vice )?"
                         r"(?:Mayor|Governor|Superintendent|Councill?or|Principal|Director)))[ \t]+(?P<name>" + _LATIN_FULL
                         + r")" + _END)
# the next sentence goes on about them by a pronoun (… asked me to tell you. He was diagnosed with …, round 15)
_PRONOUN_NEXT = re.compile(r"[ \t]*(?:He|She|They)(?:['’]s| was| is| were| has been| had been)[ \t]+(?:(?:recently|just|now|"
                           r"since|last week|then)[ \t]+)?(?:diagnosed|admitted|hospitali[sz]ed|off sick|on sick leave|"
                           r"signed off|arrested|charged|suspended|disciplined|treated|taken to|undergoing|in hospital)")
_ANNOUNCED_EN = re.compile(r"(?i)press release|media advisory|news release|announced|press conference|in a statement")
_NOT_YET_EN = re.compile(r"(?i)not (?:yet )?(?:been )?(?:announced|public)|nothing (?:be|is|has been|will be) announced|"
                         r"before (?:it is |we )?announc|confidential|do not (?:tell|share|forward)|don['’]t (?:tell|share)")
# …or named with their unit after them ("Yuki Nakamura from the tax team is on sick leave until January")
_STAFF_UNIT = re.compile(r"(?P<name>" + _LATIN_FULL + r")[ \t]+(?:from|of|in)[ \t]+the[ \t]+(?:[A-Za-z-]+[ \t]+){1,3}"
                         r"(?i:team|division|section|department|office)(?![A-Za-z])")
# …or announced as what a thread or a note is about, its record following lines later ("heads up, it's about Takuya Mori
# from parks" … "HR is looking at a pay cut or suspension", round 13)
STAFF_TOPIC_TRIGGERS = ("it's about ", "it’s about ", "it is about ", "this is about ", "regarding ", "concerning ", "re: ",
                        "update on ")
_STAFF_TOPIC = re.compile(r"(?<![A-Za-z])(?i:it['’]s about|it is about|this is about|regarding|concerning|re:|update on)[ \t]+(?P<name>"
                          + _LATIN_FULL + r")" + _END + r"(?!['’]s)")
_TOPIC_SPAN = 400
# an initial and a surname before the post in brackets ("PA notes – D. Okafor (ALT, 2nd yr, …)"): a record about them
_INITIAL_STAFF = re.compile(r"(?<![A-Za-z.])(?P<name>[A-Z]\.[ ]?[A-Z][a-z]{2,15}(?:-[A-Z][a-z]{2,15})?)[ \t]*\((?:ALT|CIR|SEA|JTE|"
                            r"AET|ELT|teacher|staff|employee|nurse|clerk|officer|caseworker)(?![A-Za-z])")
# …or a full name before the post, the notes going on to their injury or health ("ALT: Daniel James Whitcombe (JET, 3rd
# year …) … Diagnosis: fractured left wrist", round 33)
_FULL_STAFF = re.compile(_FIRST + _BEFORE + r"(?P<name>" + _LATIN_FULL + r")" + _END + r"[ \t]*\((?:ALT|CIR|SEA|JTE|AET|"
                         r"ELT|JET|teacher|staff|employee|nurse|clerk|officer|caseworker)(?![A-Za-z])")
def _record_after(text: str, m: re.Match[str]) -> bool:
    """A staff-record word (health, personnel, discipline, crime) within _TOPIC_SPAN after a prose-like name."""
    rest = text[m.end():m.end() + _TOPIC_SPAN].lower()
    return prose_name_ok(m.group("name")) and any(w in rest for w in _TOPIC_RECORD_EN)


_TOPIC_RECORD_EN = tuple(w for w, (fam, _legal, score) in KEYWORDS.items()
                         if w.isascii() and fam in ("discipline", "personnel", "health", "crime") and len(w) >= 6 and score >= 0.7)
# (or speaks of their own life by a pronoun: after her father passed away …; she is on sick leave, round 31)
_PERSONAL_NEXT = re.compile(r"(?<![A-Za-z])(?i:(?:her|his) (?:doctor|father|mother|husband|wife|family|health|condition)|"
                            r"(?:she|he) (?:has been|is on|was diagnosed|is being treated|has had))(?![A-Za-z])")
_SENTENCE_END = re.compile(r"[.;!?](?:[ \t]|$)|\n")
_ACRONYM_LEAD = re.compile(r"[A-Z]{2,4}[ \t]+(?=\S+[ \t]+\S)")
_STAFF_RECORD_EN = tuple(w for w, (fam, _legal, _score) in KEYWORDS.items()
                         if w.isascii() and fam in ("discipline", "personnel", "health") and len(w) >= 8)
# a family named by its surname: "the Nguyen family", "The Okafor family"
_FAMILY = re.compile(r"(?i:the)[ \t]+(?P<name>[A-Z][a-zà-ÿĀ-ɏḀ-ỿ'’]{1,15}(?:-[A-Z][a-zà-ÿ]{1,15})?)[ \t]+(?i:family|household)"
                     r"(?![A-Za-z])")
# or by its surname in the plural with the given names in brackets: "the Okafors (Chinedu and Grace)"
_FAMILY_PLURAL = re.compile(r"(?i:the)[ \t]+(?P<name>[A-Z][a-z]{2,15})s[ \t]*\([A-Z][a-z]{1,15}(?:,|[ \t]+and|[ \t]*&)[ \t]+[A-Z]")
FAMILY_TRIGGERS = (" family", " household", "s (")
# capitalised words that open a sentence or name a group, never a person's first name (The Mayor, Last Friday)
_NOT_FIRST = frozenset({
    "The", "This", "That", "These", "Those", "Our", "My", "Your", "His", "Her", "Their", "We", "They", "He", "She", "It",
    "In", "On", "At", "For", "From", "After", "Before", "When", "If", "As", "But", "And", "Or", "Yesterday", "Today",
    "Tomorrow", "Last", "Next", "Every", "Each", "All", "Some", "Most", "Many", "No", "Please", "Thank", "Thanks", "Dear",
    "Hi", "Hello", "Note", "Mr", "Ms", "Mrs", "Dr", "Sir", "Madam", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Mayor", "Governor", "Minister", "President", "Professor", "Director",
    "Ambassador", "Councillor", "Councilor", "Chief", "Head", "Consul", "General", "Prime", "Emperor", "Empress",
    "King", "Queen", "Prince", "Princess", "Lord", "Lady", "Saint", "St", "Father", "Sister", "Brother", "Uncle", "Aunt",
    "Grandma", "Grandpa", "Case", "Client", "Staff", "Team", "Section", "Unit", "Room", "Apt", "Building", "Block",
    "North", "South", "East", "West", "Central", "New", "Old", "Great", "Little", "Big", "Upper", "Lower", "Japanese",
    "English", "Chinese", "Korean", "Vietnamese", "Brazilian", "Filipino", "Nepali", "Nepalese", "Indian", "American",
    "British", "Spanish", "Portuguese", "Royal", "Imperial", "Google", "Microsoft", "Apple", "Amazon", "Windows",
    "Excel", "Word", "Teams", "Zoom", "Chrome", "Edge", "Outlook", "Sushi", "Ramen", "Cafe", "Café", "Bar", "Kitchen",
    "CEO", "CFO", "COO", "CTO", "Chairman", "Chairwoman", "Chair", "Founder", "Spokesperson", "Spokesman", "Spokeswoman",
    "Manager", "Coach", "Captain", "Senator", "Judge", "Officer", "Inspector", "Sergeant", "Detective", "Reverend",
    "Author", "Writer", "Novelist", "Poet", "Actor", "Actress", "Singer", "Artist", "Player", "Athlete", "Former", "Late",
})
# a public role in apposition before the name: "The president of Maruei Construction, Eiichi Maruyama, 58, was …",
# "said the company's founder, …": a person named in their public capacity (news, a press release)
_ROLE_APPOSITION = re.compile(r"(?i:president|ceo|chairman|chairwoman|chairperson|director|founder|owner|spokes(?:person|man|woman)"
                              r"|manager|head|minister|mayor|governor|professor|author|researcher|coach|captain|ambassador"
                              r"|consul|councill?or|secretary|superintendent|principal|chief|leader|representative)"
                              r"(?![a-z])[^.\n!?]{0,48},[ \t]*$")
# words of places and institutions that never end a person's name (Nagoya Castle, Atsuta Shrine)
PLACE_WORDS = frozenset({
    "Castle", "Shrine", "Temple", "Museum", "Gardens", "Garden", "Tower", "Bridge", "River", "Lake", "Mountain", "Mount",
    "Island", "Bay", "Port", "Airport", "Line", "Avenue", "Heights", "Mansion", "Apartments", "Residence", "Court",
    "Village", "Hills", "Beach", "Valley", "Festival", "Award", "Awards", "Prize", "Cup", "Marathon", "Stadium",
    "Arena", "Dome", "Theatre", "Theater", "Church", "Cathedral", "Memorial", "Monument", "Plaza", "Square", "Mall",
    "Market", "Restaurant", "Kitchen", "Ramen", "Sushi", "Cafe", "Café", "Bar", "Bakery", "Salon", "Clinic",
    "Kindergarten", "Nursery", "Elementary", "Junior", "High", "College", "Academy", "Press", "News", "Times", "Post",
    "Journal", "Review", "Magazine", "Motors", "Motor", "Electric", "Industries", "Industry", "Trading", "Bank",
    "Insurance", "Pharmacy", "Act", "Law", "Plan", "Program", "Programme", "Project", "Day", "Week", "Month", "Year",
    "Club", "Society", "Union", "Party", "Church", "Commemorative", "Dental", "Medical", "Realty", "Estate", "Legal",
    "Accounting", "Auto", "Garage", "Laundry", "Cleaning", "Foods", "Farm", "Works", "Factory", "Lab", "Labs", "Denki",
    "Kaihatsu", "Shoten", "Kogyo", "Shoji", "Sangyo", "Kensetsu", "Unyu", "Clinic", "Hospital", "Pharmaceutical",
    # the same in the residents' languages (a multilingual leaflet's evacuation site: Escola Primária Midorino)
    "Escola", "Escuela", "Colégio", "Colegio", "Primária", "Primaria", "Prefeitura", "Centro", "Biblioteca", "Parque",
    "Estação", "Estación", "Igreja", "Iglesia", "Trường", "Bệnh", "Công", "Paaralan", "Ospital",
})
_FAMILY_NOT = frozenset({"Royal", "Imperial", "Host", "Foster", "Whole", "Entire", "Extended", "Nuclear", "Same", "Other",
                         "New", "First", "Second", "Next", "Last", "Average", "Typical", "Whole", "Japanese", "Tokugawa"})
_NATIONALITY = re.compile(r"(?:ese|ian|ish|ean|ic)$")
_MAX = 64
# a Latin full name on the line of a free-mail address whose local part spells two of its parts (Maria Lourdes
# Villanueva / maria.villanueva.1988@yahoo.co.jp): the person's own address (a work address names staff or an official)
_LINE_NAME = re.compile(_FIRST + _BEFORE + r"(?P<name>" + _LATIN_FULL + r")" + _END)
_MAIL_HEAD, _MAIL_AT = r"(?P<local>[A-Za-z0-9._%+-]{3,64})", r"@(?P<domain>[A-Za-z0-9.-]+\.[A-Za-z]{2,})"
_MAIL_LOCAL = re.compile(_MAIL_HEAD + _MAIL_AT)
_MAIL_SCAN = Anchored(_MAIL_LOCAL, _MAIL_HEAD, _MAIL_AT)  # tried only before an @
_LOCAL_SPLIT = re.compile(r"[._%+\-0-9]+")


def _mail_named(text: str):
    """(start, name) of each Latin full name whose line holds a mail address spelling two of its parts."""
    for m in islice(_MAIL_SCAN.finditer(text), _MAX):
        if not _domain_in(m.group("domain"), FREEMAIL):
            continue
        ls, le = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        parts = {p for p in _LOCAL_SPLIT.split(m.group("local").lower()) if len(p) >= 2}
        for n in _LINE_NAME.finditer(text, ls, le if le >= 0 else len(text)):
            words = [w.lower() for w in n.group("name").split()]
            if len(parts.intersection(words)) >= 2 and prose_name_ok(n.group("name")):
                yield n.start("name"), n.group("name")
# a capitalised Latin word's first two letters (a text without one holds no Latin name: the passes are skipped)
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ÿĀ-ɏḀ-ỿ]")
# what every _LATIN_FULL holds: a run of the letters of its parts, a blank, a capital letter (read from each run's
# start, possessively: linear in the text)
_WORD = r"[A-Za-zß-öø-ÿÀ-ÖØ-ÞĀ-ɏḀ-ỿ'’-]"
_TWO_WORDS = re.compile(_WORD + r"(?<!" + _WORD + r".)" + _WORD + r"*+[ \t]+[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]")


def prose_name_ok(name: str) -> bool:
    """The name model for a Latin full name outside a label: no organisation, place, title or sentence word in it."""
    words = name.split()
    return (latin_name_ok(name) and words[0] not in _NOT_FIRST and not any(w in PLACE_WORDS for w in words)
            and not all(len(w) <= 3 and w.isupper() for w in words))


def _official(text: str, s: int) -> bool:
    """A title of office right before the name, or a public role in apposition before it."""
    return (_LATIN_TITLE_BEFORE.search(text, max(0, s - 28), s) is not None
            or _ROLE_APPOSITION.search(text, max(0, s - 80), s) is not None)


class PersonEnglishMixin:
    ENTITY = "PERSON"

    def _prose(self, s: int, name: str, score: float, form: str, official: bool = False):
        """A name read from prose; ``official``: a public figure named in their capacity (not staff of the office)."""
        return self.result(
            self.ENTITY, s, s + len(name), score, form=form, full_name=" " in name.strip(), label=form == "label",
            official=official, staff=False, strength="strong" if score >= 0.8 and not official else "medium",
            honorific=None, person_key=stable_key(re.sub(r"\s", "", name)),
        )

    def _staff_subject(self, m: re.Match[str]):
        """A member of staff named as the subject of the notes (their record: rule_staff_record_subject)."""
        return self.result(self.ENTITY, m.start("name"), m.end("name"), 0.7, form="context", full_name=True, label=False,
                           official=False, staff=True, subject=True, topic=True, strength="medium", honorific=None,
                           person_key=stable_key(re.sub(r"\s", "", m.group("name"))))

    def _english_prose_names(self, text: str, hits: dict[str, list[int]]):
        """The passes of this module (see the module docstring); each is bounded to ``_MAX`` matches per prompt."""
        # complexity: eight independent passes, each run only when its trigger words occur
        folded = None  # (for the passes that open with words: person_prefilter; folded once when one runs)
        if not _SETS['KIN_TRIGGERS'].isdisjoint(hits):
            for m in islice(_KIN_LATIN_SCAN.finditer(text, folded := fold(text)), _MAX):
                name = m.group("name")
                if latin_name_ok(name) and name.split()[0] not in _NOT_FIRST:
                    yield self._prose(m.start("name"), name, 0.8 if " " in name else 0.6, "context")
        if not _SETS['KIN_CJK_TRIGGERS'].isdisjoint(hits):
            for rx in (_KIN_HAN, _KIN_HANGUL, _PARENT_HAN, _PARENT_HANGUL):
                for m in islice(rx.finditer(text), _MAX):
                    yield self._prose(m.start("name"), m.group("name"), 0.8, "context")
        # every Latin-name pass below needs a capitalised word, and a full name (two capitalised words in a row)
        latin = _CAPITALISED.search(text) is not None and _TWO_WORDS.search(text) is not None
        if latin and ("(" in text or "," in text or " in " in text):
            for m in islice(_AGED_SCAN.finditer(text), _MAX):
                if m.group("street") and _ROW_START.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start()) is None:
                    continue  # a name tied to a street number heads its line (not "(Escola …, 2-3-1 Chuo)" in a sentence)
                age = 1 if m.group("street") or m.group("ident") or m.group("klass") or m.group("klass2") or m.group("kin") \
                    else int(m.group("a1") or m.group("a2"))
                if 0 < age <= 110 and prose_name_ok(m.group("name")):
                    yield self._prose(m.start("name"), m.group("name"), 0.7, "context", _official(text, m.start()))
        if not _SETS['SUBJECT_TRIGGERS'].isdisjoint(hits):
            for m in islice(_SUBJECT.finditer(text), _MAX):
                name = m.group("name")
                if prose_name_ok(name) and _PRONOUN.search(text, m.end(), m.end() + _PRONOUN_SPAN) is not None \
                        and _ABBREV_BEFORE.search(text, max(0, m.start("name") - 6), m.start("name")) is None:
                    yield self._prose(m.start("name"), name, 0.6, "context", _official(text, m.start()))
        if latin and (":" in text or "/" in text):
            for m in islice(line_matches(_LOG_ROW, text), _MAX):
                if prose_name_ok(m.group("name")):
                    yield self._prose(m.start("name"), m.group("name"), 0.6, "context")
            for m in chain(islice(line_matches(_TOPIC_ROW, text), _MAX), islice(line_matches(_SUBJECT_TOPIC, text), _MAX)):
                topic = m.group("topic").lower()
                if prose_name_ok(m.group("name")) and any(w in topic for w in _EN_TOPICS):
                    yield self._prose(m.start("name"), m.group("name"), 0.7, "label")
        if latin and "\n" in text:
            rows = [m for m in islice(line_matches(_DATED_ROW, text), _MAX) if prose_name_ok(m.group("name").replace(",", ""))]
            for m in rows if len(rows) >= 2 else ():
                yield self._prose(m.start("name"), m.group("name"), 0.7, "context")
        if not _SETS['DECLARANT_TRIGGERS'].isdisjoint(hits):
            for m in islice(_DECLARANT.finditer(text), _MAX):
                if prose_name_ok(m.group("name")):
                    yield self._prose(m.start("name"), m.group("name"), 0.85, "label")
        if not _SETS['ADDRESSEE_TRIGGERS'].isdisjoint(hits):
            for m in islice(_ADDRESSEE_SCAN.finditer(text, folded or fold(text)), _MAX):
                subject = m.group(0)[:7].lower().startswith(("subject", "件名"))
                if subject and (m.group("subject_end") is None
                                or any(_PLAIN_WORD.fullmatch(w) for w in m.group("name").split())):
                    continue  # a subject line names its case before a dash or a comma, in words of a name
                if prose_name_ok(m.group("name")):
                    yield self._prose(m.start("name"), m.group("name"), 0.8, "label", _official(text, m.start()))
        if latin and "@" in text:
            for s, name in _mail_named(text):
                yield self._prose(s, name, 0.8, "context", _official(text, s))
        if not _SETS['APPOSITION_TRIGGERS'].isdisjoint(hits):
            for m in islice(_APPOSITION.finditer(text), _MAX):
                g = "name" if m.group("name") else "named"
                name = m.group(g)
                if prose_name_ok(name) and not any(_PLAIN_WORD.fullmatch(w) or w in _GROUP_WORDS for w in name.split()):
                    yield self._prose(m.start(g), name, 0.7, "context", _official(text, m.start()))
        if not _SETS['STAFF_ROLE_TRIGGERS'].isdisjoint(hits):
            lower = text.lower()
            if any(w in lower for w in _STAFF_RECORD_EN):
                for m in chain(islice(_STAFF_ROLE.finditer(text), _MAX), islice(_STAFF_UNIT.finditer(text), _MAX)):
                    lead = _ACRONYM_LEAD.match(m.group("name"))  # "FYI Yuki Nakamura": no part of the name
                    start = m.start("name") + (lead.end() if lead else 0)
                    name = text[start:m.end("name")]
                    end = _SENTENCE_END.search(text, m.end())
                    for _ in range(2):  # "… He was diagnosed with …"; (…, after her father …; she is on …, round 31)
                        if end is None or not (_PRONOUN_NEXT.match(text, end.end())
                                               or _PERSONAL_NEXT.search(text, end.end(), end.end() + 80)):
                            break
                        end = _SENTENCE_END.search(text, end.end())
                    rest = lower[m.end():end.start() if end else len(text)]
                    if m.groupdict().get("head") and _ANNOUNCED_EN.search(text) and not _NOT_YET_EN.search(text):
                        continue  # the office announced the head's illness: news
                    if prose_name_ok(name) and any(w in rest for w in _STAFF_RECORD_EN):  # their own record, in their
                        # sentence: the subject of the record (aggregate.rule_staff_record_subject)
                        yield self.result(self.ENTITY, start, m.end("name"), 0.7, form="context",
                                          full_name=True, label=False, official=False, staff=True, subject=True,
                                          strength="medium", honorific=None, topic=True,
                                          person_key=stable_key(re.sub(r"\s", "", name)))
        if not _SETS['STAFF_TOPIC_TRIGGERS'].isdisjoint(hits):  # (its record within _TOPIC_SPAN after the name)
            yield from (self._staff_subject(m) for m in islice(_STAFF_TOPIC.finditer(text), _MAX) if _record_after(text, m))
        if "(" in text and ". " in text:  # an initial and a surname before the post in brackets: the notes' subject (r30)
            yield from (self._staff_subject(m) for m in islice(_INITIAL_STAFF.finditer(text), _MAX))
        if "(" in text:  # a full name before the post in brackets, the notes going on to their record (r33)
            yield from (self._staff_subject(m) for m in islice(_FULL_STAFF.finditer(text), _MAX) if _record_after(text, m))
        if not _SETS['FAMILY_TRIGGERS'].isdisjoint(hits):
            for m in islice(_FAMILY_PLURAL.finditer(text), _MAX):
                yield self._prose(m.start("name"), m.group("name"), 0.7, "context")
            for m in islice(_FAMILY.finditer(text), _MAX):
                name = m.group("name")
                if name not in _FAMILY_NOT and name not in _NOT_FIRST and not _NATIONALITY.search(name) \
                        and latin_name_ok(name) and name not in PLACE_WORDS:
                    yield self._prose(m.start("name"), name, 0.6, "context")


_KIN_LATIN_SCAN, _ADDRESSEE_SCAN = Prefiltered(_KIN_LATIN), Prefiltered(_ADDRESSEE)
_AGED_SCAN = Initial(_AGED, _FIRST[3:-1])  # (_FIRST without its lookahead)
_SETS = {name: frozenset(words) for name, words in (
    ("KIN_TRIGGERS", KIN_TRIGGERS), ("KIN_CJK_TRIGGERS", KIN_CJK_TRIGGERS), ("SUBJECT_TRIGGERS", SUBJECT_TRIGGERS),
    ("DECLARANT_TRIGGERS", DECLARANT_TRIGGERS), ("ADDRESSEE_TRIGGERS", ADDRESSEE_TRIGGERS), ("FAMILY_TRIGGERS", FAMILY_TRIGGERS),
    ("APPOSITION_TRIGGERS", APPOSITION_TRIGGERS), ("STAFF_ROLE_TRIGGERS", STAFF_ROLE_TRIGGERS),
    ("STAFF_TOPIC_TRIGGERS", STAFF_TOPIC_TRIGGERS))}
# the record numbers _AGED reads in a bracket after a name (its other forms ride on the other passes' words)
IDENT_TRIGGERS = tuple(f"{w} {n}" for w in ("employee", "staff", "case", "client", "resident", "member", "student", "file")
                       for n in ("no", "number", "id", "#"))
ENGLISH_TRIGGERS = (IDENT_TRIGGERS + KIN_TRIGGERS + KIN_CJK_TRIGGERS + SUBJECT_TRIGGERS + ADDRESSEE_TRIGGERS
                    + DECLARANT_TRIGGERS + FAMILY_TRIGGERS + APPOSITION_TRIGGERS + STAFF_ROLE_TRIGGERS
                    + STAFF_TOPIC_TRIGGERS)
