"""Names said in passing as residents and callers say them (issue 13, round 31), for person_intro: a full name before a
pause and です in a voicemail's transcript (宮島 早苗、です); a resident giving their district and surname (東三条2丁目の
小笠原です, 大字西原に住んでいる樋口です); a surname alone before っていう男 / という女 in a neighbour's report (1階の 樋渡
っていう男です).
"""

from __future__ import annotations

from gateway.scan import rx as re

# …or the spaced full name alone before a pause and です, as a voicemail's transcript gives it (宮島 早苗、です, round 31)
SPOKEN_SELF = re.compile(r"(?<![一-鿿々〆ヶ])(?P<spaced>[一-鿿々〆ヶ]{1,4}[ 　][一-鿿々〆ヶ]{1,4})[、,][ 　]?(?:です|と申します|といいます)")
# a resident introducing themself by their district and surname (東三条2丁目の小笠原です, 大字西原に住んでいる樋口です: r31)
PLACE_SELF = re.compile(r"(?:[0-9一二三四五六七八九十]丁目|番地|地区|団地|集落|大字[一-鿿]{1,4})(?:に住んでいる|に住んでいます|に住む|在住の|の)"
                         r"(?P<name>[一-鿿々]{1,4})(?:です|と申します|でございます)(?=[。、,!！\n]|$)")
PLACE_WORDS = ("丁目", "番地", "地区", "団地", "集落", "大字")
# …or a surname alone before っていう男 / という女, as a neighbour's report names someone (1階の 樋渡 っていう男です, r31)
BARE_NAME = re.compile(r"(?:(?<=[のがはにをと、。\s「])|^)(?P<name>[一-鿿々]{1,4}|[ァ-ヺー]{2,6})[ 　]?$")
BARE_CALLED = tuple(f"{q}{n}" for q in ("っていう", "という", "って言う") for n in ("男", "女", "奴", "やつ", "おやじ", "ばあさん", "じいさん"))
PLACE_TRIGGERS = ("丁目の", "番地の", "地区の", "団地の", "集落の", "に住んでいる", "在住の")
