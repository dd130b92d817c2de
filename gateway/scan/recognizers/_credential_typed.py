"""Passwords written where no label names them (issue 13, round 16): typed by a script's keystrokes, or given as the
answer to a question about a password in a chat. Candidate spans only; ``credential.py`` keeps those that look like
a password (three character classes, entropy, no placeholder).

* keystrokes: ``[System.Windows.Forms.SendKeys]::SendWait("Zm4@…")``, ``send_keys("…")``, ``pyautogui.write('…')``,
  ``.typewrite("…")`` — an automation typing a login (the user id before it is too plain to pass the check);
* an account's line under an account heading or a login word (３　管理者アカウント ⏎ ・CMS 管理画面 admin-kikaku / Hz7!…;
  the shared login for … ⏎ kawase_city_official / Kawase2026!!…): a user and a password split by a slash on one of the
  next three lines (the same line's login word is LOGIN_PAIR's);
* a chat's answer: a line asking for a password (共用のパス何でしたっけ, what's the admin password?) and, within the next
  three lines, a message that opens with the value (``[17:33] 久保田：DomAdm!2026Fuyu です。``).
"""

from __future__ import annotations

from gateway.scan import rx as re

TRIGGERS = ("sendwait", "sendkeys", "send_keys", "typewrite", ".write(")  # (also asked: the recognizer's trigger words)
_ACCOUNT_WORD = re.compile(r"(?i)アカウント|ログイン|(?<![a-z])(?:account|login|log-in|sign-in)(?![a-z])")
_ACCOUNT_LINE = re.compile(r"[ \t　]*(?:[・\-*•●○◆■□>][ \t　]*)?(?:[^\n/]{0,24}?[ \t　])?(?P<u>[A-Za-z0-9_.@\-]{2,40})(?:[ \t]+/[ \t]+|[ \t]*／[ \t]*)"
                           r"(?P<v>[!-~]{6,128}?)(?=$|[\s、。,()（）]|です)")
_KEYSTROKES = re.compile(
    r"(?i)(?:SendKeys\]?::SendWait|SendKeys\.Send(?:Wait)?|send_?keys|typewrite|(?:pyautogui|keyboard)\.write)"
    r"\([ \t]*[\"'](?P<v>[^\"'\s{}%^+~]{6,64})[\"']")
# (not a login that prompts for one: それでもパスワードを聞かれます, round 21)
_ASKED = re.compile(r"(?i)(?:パスワード|パス(?![ァ-ヺー])|暗証番号|PW(?![A-Za-z])|password|passcode)"
                    r"(?!を聞かれ|が聞かれ|を求められ|を要求され|の入力を求め|を入力する画面)[^\n]{0,24}?"
                    r"(?:教えて|ですか|でしたっけ|だっけ|[?？])")
# a message's start: a chat line's speaker prefix ([17:33] 久保田：, 久保田: , > ) or the line's start
_ANSWER = re.compile(r"[ \t]*(?:\[[0-9:]{3,8}\][ \t]*)?(?:[^\n:：]{1,16}[:：][ \t]*)?(?P<v>[!-~]{8,64}?)"
                     r"(?=[ \t]*(?:です|だよ|でした|。|$|[ \t]))", re.MULTILINE)
# a setting, a path, a URL; a public key's type (ssh-ed25519 AAAA…)
_NOT_SECRET = re.compile(r"[=:/\\]|^https?|^\$[0-9a-z]{1,3}\$|\.(?:com|jp|html?|exe|txt)$|^(?:ssh|ecdsa|sk)-", re.IGNORECASE)
_MAX = 32  # questions or calls looked at per prompt: bounded work


def typed_secrets(text: str) -> list[tuple[int, int]]:
    out = []
    for i, m in enumerate(_KEYSTROKES.finditer(text)):
        if i >= _MAX:
            break
        out.append(m.span("v"))
    return out


def answered_passwords(text: str) -> list[tuple[int, int]]:
    out = []
    for i, q in enumerate(_ASKED.finditer(text)):
        if i >= _MAX:
            break
        ls = text.find("\n", q.end())
        for _ in range(3):  # the next three lines
            if ls < 0:
                break
            le = text.find("\n", ls + 1)
            m = _ANSWER.match(text, ls + 1, len(text) if le < 0 else le)
            if m is not None and not _NOT_SECRET.search(m.group("v")):
                out.append(m.span("v"))
                break
            ls = le
    return out


def account_lines(text: str) -> list[tuple[int, int]]:
    """Passwords of ``user / password`` lines within three lines after an account word (the value's span)."""
    out: list[tuple[int, int]] = []
    for i, w in enumerate(_ACCOUNT_WORD.finditer(text)):
        if i >= _MAX:
            break
        ls = text.find("\n", w.end())
        for _ in range(3):
            if ls < 0:
                break
            le = text.find("\n", ls + 1)
            m = _ACCOUNT_LINE.match(text, ls + 1, len(text) if le < 0 else le)
            if m is not None and m.group("u") != m.group("v") and "/" not in m.group("v") \
                    and not _NOT_SECRET.search(m.group("v")) and m.span("v") not in out:
                out.append(m.span("v"))
            ls = le
    return out


_ASKED_TRIGGERS = ("パス", "暗証番号", "pw", "pass")
_ACCOUNT_TRIGGERS = ("アカウント", "ログイン", "account", "login")


def typed_spans(text: str, hits: dict[str, list[int]]) -> list[tuple[int, int]]:
    """The three forms' candidates, each looked for only when its trigger words are in the prompt."""
    out = typed_secrets(text) if any(w in hits for w in TRIGGERS) else []
    if any(w in hits for w in _ASKED_TRIGGERS):
        out += answered_passwords(text)
    if any(w in hits for w in _ACCOUNT_TRIGGERS):
        out += account_lines(text)
    return out
