"""The written forms of a password or secret that are not a provider's key: command lines (PowerShell, Oracle,
sqlplus, long options, tools), Terraform defaults, .pgpass lines, keyed and JSON/XML settings, DSNs, English and
Japanese sentences, ADO connection strings. Patterns only; ``credential.py`` reads them (group ``v``: the value)."""

from __future__ import annotations

from gateway.scan import rx as re

A = r"(?<![A-Za-z0-9_\-])"  # no identifier character before …
Z = r"(?![A-Za-z0-9_\-])"  # … or after

# PowerShell: ConvertTo-SecureString 'P@ss…' -AsPlainText (a password written in the script)
PS_PLAIN = re.compile(r"(?i)ConvertTo-SecureString[ \t]+(?:-String[ \t]+)?[\"'](?P<v>[^\"'\n]{4,128})[\"'][ \t]+-AsPlainText")
# Oracle thin / EZConnect: user/password@//host or user/password@host:port/service
ORACLE = re.compile(r"(?i)(?:thin:|sqlplus[ \t]+|[ \t]|^)(?P<u>[A-Za-z][A-Za-z0-9_$#]{0,30})/(?P<v>[^\s/@\"']{4,64})@(?://)?[A-Za-z0-9][A-Za-z0-9.\-]*(?::[0-9]{2,5})?/")
# a long option naming the secret on a command line: --api-key abc…, --password=…, --client-secret …
LONG_OPT = re.compile(
    r"(?i)(?<![A-Za-z0-9_\-])--(?P<k>(?:[a-z0-9]+[\-_])*(?:password|passwd|pass|pwd|api[\-_]?key|apikey|token|secret|"
    r"client[\-_]?secret|access[\-_]?token|auth[\-_]?token))(?![A-Za-z0-9_\-])(?:[ \t]+|=)[\"']?"
    # (not a secret's spec that names where it comes from: docker build --secret id=npmrc,src=$HOME/.npmrc, round 31)
    r"(?!(?i:id|src|source|env|type|target|file)=)(?P<v>[^\s\"'$<{-][^\s\"']{3,127})")
# SQL*Plus with a TNS alias or none: sqlplus user/password@ZEIDB, sqlplus -s user/password
SQLPLUS = re.compile(r"(?i)sqlplus(?:[ \t]+-[A-Za-z]+)*[ \t]+(?P<u>[A-Za-z][A-Za-z0-9_$#]{0,30})/(?P<v>[^\s/@\"']{4,64})(?=@|[ \t]|$)")
# docker config.json / .npmrc / basic auth: "auth": "<base64 of user:password>"
AUTH_B64 = re.compile(r"(?i)[\"']?(?:_?auth)[\"']?[ \t]*[:=][ \t]*[\"']?(?P<v>[A-Za-z0-9+/]{12,}={0,2})(?![A-Za-z0-9+/=])")
# a command continued over lines (ldapsearch … \⏎ -w '…'; PowerShell's ` and cmd's ^ too): read as one line (round 28)
_CONTINUATION = re.compile(r"[ \t]*[\\`^]\r?\n[ \t]*")


def joined(text: str) -> str:
    """``text`` with each line continuation written as blanks (same length: offsets hold)."""
    if "\\\n" not in text and "`\n" not in text and "^\n" not in text:
        return text
    return _CONTINUATION.sub(lambda m: " " * len(m.group()), text)


# passwords on a command line: mysql -pSecret, --password=…, sshpass -p '…', curl -u user:pass, smbclient -U user%pass,
# net use … /user:DOM\user password
CLI = re.compile(
    r"(?i)(?=[abcdehklmnoprstw])"  # (a first letter of the tools and words below: other starts fail at once)
    r"(?:(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)[^\n]{0,120}?[ \t]-p[\"']?(?P<v1>[^\s\"'-][^\s\"']{3,127})"
    r"|sshpass[ \t]+-p[ \t]*[\"']?(?P<v2>[^\s\"']{4,128})"
    r"|(?:curl|wget)[^\n]{0,200}?[ \t](?:-u|--user)[ \t]*[\"']?[^\s:\"']{1,64}:(?P<v3>[^\s\"']{4,128})"
    r"|smbclient[^\n]{0,120}?[ \t]-U[ \t]*[\"']?[^\s%\"']{1,64}%(?P<v4>[^\s\"']{4,128})"
    r"|net[ \t]+use[^\n]{0,160}?/user:[^\s]{1,64}[ \t]+[\"']?(?P<v5>[^\s/\"'*$<%][^\s\"']{3,127})"
    r"|netsh[ \t][^\n]{0,160}?[ \t]key(?:material)?=[\"']?(?P<v6>[^\s\"']{8,63})"
    # network device configs: username admin password 0 …, enable password 7 … (type 0 plain, 7 reversible)
    r"|(?<![A-Za-z])(?:password|secret)[ \t]+[07][ \t]+(?P<v7>[^\s<>\"']{4,128})"
    r"|docker[ \t]+login[^\n]{0,160}?[ \t](?:-p|--password)(?:[ \t]+|=)[\"']?(?P<v8>[^\s<>\"'$][^\s\"']{3,127})"
    # ldapsearch -D … -w 'bind password', sqlcmd / bcp -P …, redis-cli -a …, mongosh -p …
    r"|(?:ldapsearch|ldapmodify|ldapadd|ldapdelete|ldapwhoami|ldappasswd)[^\n]{0,160}?[ \t]-w[ \t]*[\"']?(?P<v9>[^\s<>\"'$-][^\s\"']{3,127})"
    r"|(?:sqlcmd|bcp|osql)[^\n]{0,160}?[ \t]-P[ \t]*[\"']?(?P<v10>[^\s<>\"'$-][^\s\"']{3,127})"
    r"|(?:redis-cli)[^\n]{0,160}?[ \t](?:-a|--pass)[ \t]+[\"']?(?P<v11>[^\s<>\"'$-][^\s\"']{3,127})"
    r"|(?:mongo|mongosh)[ \t][^\n]{0,160}?[ \t](?:-p|--password)[ \t]+[\"']?(?P<v12>[^\s<>\"'$-][^\s\"']{3,127})"
    # htpasswd -b file user password (batch mode: the password on the command line)
    r"|htpasswd(?:[ \t]+-[A-Za-z]+)*?[ \t]+-[A-Za-z]*b[A-Za-z]*(?:[ \t]+-[A-Za-z]+)*[ \t]+[^\s-][^\s]*[ \t]+[^\s]+[ \t]+[\"']?(?P<v13>[^\s<>\"'$-][^\s\"']{3,127})"
    # a password piped into a tool reading it from stdin: echo '…' | sudo -S …, | passwd --stdin, | chpasswd
    r"|echo[ \t]+(?:-[ne][ \t]+)?[\"']?(?P<v14>[^\s<>\"'$|-][^\s\"'|]{3,127})[\"']?[ \t]*\|[ \t]*(?:sudo[ \t]+-S|sudo[ \t]+--stdin|passwd[ \t]+--stdin|chpasswd|[^\n|]{0,60}?--password-stdin)"
    # Windows: net user <name> <password> (/add): sets an account's password
    r"|net[ \t]+user[ \t]+[^\s/*]+[ \t]+[\"']?(?P<v15>[^\s/*\"'$<%][^\s\"']{3,127})"
    # network devices: snmp-server community <string> RO/RW (the community string is the password)
    r"|snmp-server[ \t]+community[ \t]+(?P<v16>[^\s\"']{4,64})"
    # SQL: CREATE / ALTER USER … IDENTIFIED BY "…" (Oracle, MySQL)
    r"|(?:create|alter)[ \t]+user[^\n]{0,80}?[ \t]IDENTIFIED[ \t]+(?:WITH[ \t]+[A-Za-z_]+[ \t]+)?BY[ \t]+[\"']?(?P<v17>[^\s\"';]{4,128})"
    # wireless and firewall configs: wpa-psk ascii 0 <key> (0: plain text), FortiGate set psksecret / passwd <value>
    # (an ENC value is stored encrypted)
    r"|wpa-psk[ \t]+(?:ascii|hex)[ \t]+0[ \t]+(?P<v18>[^\s]{8,64})"
    r"|(?<![A-Za-z])set[ \t]+(?:psksecret|passwd|password|secret|auth-pwd)[ \t]+(?!ENC(?:[ \t]|$))[\"']?(?P<v19>[^\s\"']{4,128})"
    # SNMPv3 users: snmp-server user … auth sha <pass> (Cisco), createUser … SHA "<pass>" (Net-SNMP), snmpwalk -A <pass>
    r"|snmp-server[ \t]+user[^\n]{0,80}?[ \t]auth[ \t]+(?:md5|sha(?:-?[0-9]{3})?)[ \t]+(?P<v20>[^\s\"']{8,64})"
    r"|createUser[ \t]+[^\s]+[ \t]+(?:MD5|SHA(?:-?[0-9]{3})?)[ \t]+[\"']?(?P<v21>[^\s\"']{8,64})"
    r"|snmp(?:walk|get|bulkwalk|set)[^\n]{0,120}?[ \t]-[AX][ \t]+[\"']?(?P<v22>[^\s\"'$<-][^\s\"']{7,63})"
    # VPN and router configs (round 15): a pre-shared key (Cisco crypto isakmp key … address, IKEv2 keyrings, YAMAHA RTX
    # ipsec ike pre-shared-key 1 text …, Juniper ascii-text, VyOS pre-shared-secret), an enable secret of any type (a
    # type 5/8/9 hash is cracked offline), YAMAHA pp auth myname <user> <password>, RADIUS / TACACS+ shared keys and
    # key chains (key-string)
    r"|crypto[ \t]+isakmp[ \t]+key[ \t]+(?:[06][ \t]+)?(?P<v23>[^\s*]{4,128})[ \t]+(?:address|hostname)"
    r"|pre-shared-(?:key|secret)[ \t]+(?:[0-9]{1,4}[ \t]+)?(?:(?:local|remote)[ \t]+)?(?:(?:ascii|ascii-text|hex|text)[ \t]+)?"
    r"(?:[06][ \t]+)?[\"']?(?P<v24>[^\s\"'*<>][^\s\"']{3,127})"
    r"|enable[ \t]+(?:secret|password)[ \t]+(?:[05789][ \t]+)?(?P<v25>[^\s\"'*<>]{4,128})"
    r"|pp[ \t]+auth[ \t]+(?:myname|username)[ \t]+[^\s]{1,64}[ \t]+(?P<v26>[^\s\"'*<>]{4,128})"
    r"|(?:(?:radius|tacacs)-server[^\n]{0,80}?[ \t]key|key-string)[ \t]+(?:[07][ \t]+)?(?P<v27>[^\s\"'*<>]{4,128})(?=[ \t]*(?:\n|$)))"
)
_CLI_GROUPS = tuple(f"v{i}" for i in range(1, 28))
CLI_TOOL_TRIGGERS = ("ldap", "sqlcmd", "bcp", "osql", "redis-cli", "mongo", "htpasswd", "echo", "net user", "snmp-server",
                     "identified", "wpa-psk", "psksecret", "createuser", "snmpwalk", "snmpget", "snmpbulkwalk",
                     "snmpset", "isakmp", "pre-shared", "pp auth", "radius-server", "tacacs-server", "key-string")
# a Terraform variable whose name says secret, with its value written in as the default:
# variable "db_admin_password" { type = string  default = "…" }
TF_DEFAULT = re.compile(
    r"(?i)variable[ \t]+\"(?P<k>[A-Za-z0-9_\-]{0,40}(?:password|passwd|pwd|secret|token|api[_\-]?key|apikey)[A-Za-z0-9_\-]{0,40})\""
    r"[ \t]*\{[^{}]{0,300}?default[ \t]*=[ \t]*\"(?P<v>[^\"\s]{4,200})\"")
# an IPsec secrets file line (/etc/ipsec.secrets): selectors, a colon, the secret's type, the quoted secret
IPSEC_SECRET = re.compile(r"(?im)^[^\n#:]{0,120}:[ \t]*(?:PSK|EAP|XAUTH)[ \t]+\"(?P<v>[^\"\n]{4,128})\"")
# a PostgreSQL password file line (~/.pgpass): hostname:port:database:username:password
# a configuration dump's dotted leader between the key and its value (HikariConfig: password........Yk7#…, round 29)
DOTTED = re.compile(r"(?im)(?<![A-Za-z0-9_])(?:password|passwd|pwd|secret|api[_\-]?key|token)\.{3,}(?P<v>[^\s.][^\s]{3,127})[ \t]*$")
DOTTED_KEYS = ("pass", "pwd", "secret", "key", "token")  # (the keys it reads, as the recognizer's trigger words)
PGPASS = re.compile(r"(?m)^[ \t]*(?:[A-Za-z0-9_.\-]+|\*):(?:[0-9]{2,5}|\*):[^:\s]+:[^:\s]+:(?P<v>[^\s]{4,128})[ \t]*$")
# a secret-named key as a quoted argument or array key, then a quoted value: define('DB_PASSWORD', '…'),
# 'password' => '…', config.set("smtp.password", "…")
# (or ending in credential: Keycloak's bindCredential, round 13)
_SECRET_NAME = (r"[A-Za-z0-9_.\-]{0,40}(?:(?:password|passwd|pwd|secret|token|api[_\-]?key|apikey|private[_\-]?key)"
                r"[A-Za-z0-9_.\-]{0,40}|credential(?![A-Za-z0-9_.\-]))")
KEYED = re.compile(
    r"(?i)(?P<q>[\"'])(?P<k>" + _SECRET_NAME + r")(?P=q)[ \t]*(?:,|=>)[ \t]*[\"'](?P<v>[^\"'\s]{4,200})[\"']")
# a collection indexed by a secret's name, then assigned (VBA's CDO: .Item("…/sendpassword") = "…", Fields("…pwd").Value
# = "…"; the name may be a schema URL, so the key may start further than the keyed forms' reach: searched by window)
# (round 14)
INDEXED = re.compile(
    r"(?i)\([ \t]*(?P<q>[\"'])(?P<k>(?:[A-Za-z0-9_.\-]{0,40}[:/]){0,8}" + _SECRET_NAME + r")(?P=q)[ \t]*\)"
    r"(?:\.Value)?[ \t]*=[ \t]*[\"'](?P<v>[^\"'\s]{4,200})[\"']")
# JSON / JS object: "ClientSecret": "…", "dbPassword": "…", apiKey: "…" (a secret word anywhere in the key)
JSON_KEYED = re.compile(
    # the key ends with the secret word (dbPassword, ClientSecret, accessToken; not password_reset_path, tokenizer)
    r"(?i)(?=[\"'A-Za-z0-9_.\-])(?<![A-Za-z0-9_.\-])(?P<q>[\"']?)(?P<k>[A-Za-z0-9_.\-]{0,40}"
    r"(?:password|passwd|pwd|secret|token|api[_\-]?key|apikey|private[_\-]?key))(?P=q)[ \t]*:[ \t]*"
    r"[\"'](?P<v>[^\"'\s/][^\"'\s]{3,199})[\"']")
# keys that name something about a secret, not the secret: page tokens, CSRF tokens, types, lifetimes, policies
# (a refresh token is a secret: ref, not refresh)
_NOT_SECRET_KEY = re.compile(
    r"(?i)page|csrf|xsrf|type|expir|length|policy|hint|url|uri|name|count|ttl|ref(?!resh)|format|mode")
# XML: <add key="SmtpPassword" value="…"/>, <property name="db.password" value="…"/>, <keyMaterial>…</keyMaterial>
# (and the JSON twin of Postman / header lists: {"key": "x-api-key", "value": "…"})
XML_ATTR = re.compile(
    r"(?i)(?:key|name)[\"']?[ \t]*[=:][ \t]*[\"'](?P<k>" + _SECRET_NAME + r")[\"'](?:[ \t]+|[ \t]*,[ \t]*)"
    r"[\"']?value[\"']?[ \t]*[=:][ \t]*[\"'](?P<v>[^\"'\s]{4,200})[\"']")
XML_ELEM = re.compile(
    r"(?i)<(?P<k>keyMaterial|pass|" + _SECRET_NAME + r")(?:[ \t]+[A-Za-z_:]+=\"[^\"<>]{0,40}\")*>"
    # the value directly, or in a nested <Value> (Windows unattend.xml: <AdministratorPassword><Value>…)
    r"(?:[ \t]*\n?[ \t]*<Value>)?(?P<v>[^<\s]{4,200})</")
# Go / MySQL DSN without a scheme: "user:password@tcp(10.2.2.31:3306)/db"
DSN = re.compile(r"(?<![A-Za-z0-9_.\-])(?P<u>[A-Za-z0-9_.\-]{1,64}):(?P<v>[^\s\"'@/:]{4,128})@(?:tcp|unix|udp)\(")
# English prose: "the admin pw for the lobby kiosk is Kiosk!2026", "password: is X"
EN_IS = re.compile(
    r"(?i)(?<![A-Za-z])(?:password|passwd|passcode|pass|pw|pwd)(?![A-Za-z])(?:[ \t]+(?:for|of|to|on)[ \t]+[^\n.,;:]{1,40}?)?"
    r"[ \t]+(?:is|was|will[ \t]+be|has[ \t]+been[ \t]+(?:changed|set)[ \t]+to)(?:[ \t]*:)?[ \t]+[\"'`]?(?P<v>[!-~]{6,128}?)[\"'`]?(?=$|[\s,;]|\.(?:\s|$))")
# Japanese: パスワードを Adm#2026 に変更しました / 暗証番号は「…」と設定
JP_SET = re.compile(
    # (an adverb between: パスワードを一時的に Wj3!pa9Ls#26 に変更, round 18)
    r"(?:パスワード|暗証番号|パスフレーズ|キー)(?:を|は)[ \t　]*(?:(?:一時的|臨時|仮|暫定的|新た|急遽|再度|今回|本日|いったん|一旦)(?:に|で)?[ \t　、,]*)?"
    r"[「『\"']?(?P<v>[!-~]{6,128}?)[」』\"']?[ \t　]*"
    r"(?:に|へ|と)(?:変更|設定|再設定|リセット|更新|して|した|しました)")
# a quoted value shortly after a password word: パスワードは、いつもの「Mdr2026!」です
JP_QUOTED = re.compile(
    r"(?i)(?:パスワード|暗証番号|パスフレーズ|(?:暗号化?|ネットワーク|セキュリティ)キー|password|passcode)[^\n「」『』。\"“”]{0,16}?"
    r"[「『\"“](?P<v>[!-~]{6,64}?)[」』\"”]")
# a password label, a remark, then the value after a colon on the same line: PW：初期値から変更済み（新：Kh!2026Sns）
LINE_PW = re.compile(
    r"(?i)(?:パスワード|暗証番号|(?<![A-Za-z])(?:password|passwd|pw|pwd)(?![A-Za-z]))(?:[ \t]*[:：][^\n:：]{1,24}?[:：][ \t]*"
    # (or は, a remark and a comma: パスワードは前回変えたやつ、Hinata#0915kyo です, round 18)
    r"|は[^\n:：、。「」]{1,16}?[、,][ \t　]*)(?P<v>[!-~]{8,64}?)(?=$|[\s)）」』、。,]|です|だよ)")
# a password word, a short remark, a blank, then the value and what is done with it: PWは当面 Kanri#2026mz で統一,
# パスは前回から変えて Tz4!uR9pLq にしてます (round 19; the verb after it keeps a product name in a sentence out)
JP_PROSE_PW = re.compile(
    r"(?:パスワード|パス(?![ポタテトワ])|暗証番号|パスフレーズ|(?<![A-Za-z])(?i:pw|pwd|password)(?![A-Za-z]))(?:は|を|が|も)"
    r"[^\n:：。「」]{0,16}?[ \t　](?P<v>[!-~]{8,64}?)[ \t　]*"
    r"(?=で(?:統一|固定|設定|運用|共通|お願い|す|した|いけ|入れ|ログイン|通|OK|ok)|に(?:して|した|変更|設定|統一|なって|変え|しま)|です|だよ|だから|のまま|で変わ|から変)")  # (…変更していないので Kaede!2025-hoshu のままです, r25)
# a chat typed in romaji: pasu wa Kg4!rv_Tm2026q, pasuwaado ha … (round 19)
ROMAJI_PW = re.compile(r"(?i)(?<![A-Za-z])(?:pasu(?:waa?do)?|pasuwado|anshou ?bangou)[ \t]+(?:wa|ha)[ \t]+"
                       r"(?P<v>[!-~]{8,64}?)(?=$|[\s,(]|desu)")
# a password word, a remark, then an arrow of prose (→ ⇒; not code's => or ->) and the value on the same line:
# 管理者用に設定したやつ → Tz8#Kq2!mVw9Lp
ARROW_PW = re.compile(
    r"(?i)(?:パスワード|暗証番号|パスフレーズ|(?<![A-Za-z])(?:password|passwd|pw|pwd)(?![A-Za-z]))[^\n]{0,48}?"
    r"(?:→|⇒)[ \t　]*[「『\"']?(?P<v>[!-~]{8,64}?)[」』\"']?(?=$|[\s)）」』、。,])")
# a password announced, then given alone on the next line (the second mail of a zip sent with its password:
# 解凍パスワードをお知らせします。⏎　Zk8#mdr1130; "The password for the file is below:" ⏎ Zk8#mdr1130)
_PW_WORDS = r"(?:パスワード|パスコード|暗証番号|パスフレーズ|(?<![A-Za-z])(?:password|passcode)(?![A-Za-z]))"
NEXT_LINE_PW = re.compile(
    r"(?i)(?:" + _PW_WORDS + r"[^\n]{0,40}?"
    r"(?:(?:お知らせ|お送り|送付|通知|ご連絡|連絡します|下記|以下|次のとおり|は次の|below|following|as follows"
    # (or a label ending its line, or a chat's "sent in two parts": パスワード： ⏎ …, パスワードは2回に分けて送ります, round 21)
    r"|送ります|送りま|分けて|貼ります|伝えます)[^\n]{0,24}|[ \t]*[:：][ \t]*)"
    # (or the word itself ending its sentence and line: 「…zip」のパスワードです。 ⏎ Qe7m-…, round 23)
    r"|" + _PW_WORDS + r"(?:は(?:こちら|以下|下記))?(?:です|(?:に|と)なります)[。．.！!]?[ \t]*)\n"
    # (the value's line may be a chat message: [14:21] 能登: Tq8#…)
    r"(?:[ \t]*[\[(]?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[\])]?[ \t]*[^\n:：\[\]]{1,24}?[ \t]*[:：])?"
    r"[ \t\u3000]*(?P<v>[!-~]{6,64})[ \t\u3000]*(?=\n|$)")
# 2FA backup codes listed under their heading, one a line (a note line such as （2025/05/20 発行） may come between): the
# first code, when another follows on the next line (二段階認証 バックアップコード ⏎ 4433 4766 ⏎ 1583 9354 …, round 22)
_CODE = r"[ \t\u3000]*(?:[0-9]{1,2}[.)][ \t]*)?[0-9A-Za-z]{3,6}(?:[ \-][0-9A-Za-z]{3,6}){0,3}[ \t\u3000]*"
BACKUP_LIST = re.compile(
    r"(?i)(?P<k>(?:バックアップ|リカバリー?|復旧|回復|予備)コード|(?:backup|recovery)[ _\-]?codes?)[^\n]{0,40}\n"
    r"(?:[^\n]{0,40}\n)?[ \t\u3000]*(?:[0-9]{1,2}[.)][ \t]*)?(?P<v>[0-9A-Za-z]{3,6}(?:[ \-][0-9A-Za-z]{3,6}){0,3})[ \t\u3000]*\n"
    + _CODE + r"(?:\n|$)")
# a file name, a path, a web or mail address on that line: not a password
NOT_A_PASSWORD = re.compile(
    r"(?i)://|^www\.|^[/~\\]|@[A-Za-z0-9-]+\.|\.(?:pdf|zip|xlsx?|docx?|pptx?|csv|txt|jpe?g|png)$")
ADO = re.compile(r"(?i)(?:^|;)\s*(?:password|pwd)\s*=\s*(?P<v>[^;\s]{3,128})")

# (round 25) a call's literal passed by a keyword that names no secret (encoding="utf-8-sig", mode="w", sep="|")
_KEYWORD_BEFORE = re.compile(r"(?P<k>[A-Za-z_][A-Za-z0-9_]*)[ \t]*=[ \t]*$")
_SECRET_KEYWORD = re.compile(r"(?i)pass|pwd|secret|key|token|cred|auth")


def other_keyword(text: str, literal_start: int) -> bool:
    """The literal opening at ``literal_start`` is a keyword argument whose keyword names no secret."""
    kw = _KEYWORD_BEFORE.search(text, max(0, literal_start - 40), literal_start)
    return kw is not None and _SECRET_KEYWORD.search(kw.group("k")) is None


# a login pair in a memo: "ログイン admin / Fw#2026admin", "アカウント: ops01 / K7v!q2Lm9"
LOGIN_PAIR = re.compile(
    r"(?i)(?:(?:ログイン|login|アカウント|account|ユーザー|ユーザ|user)[^\n/]{0,16}?"
    r"|ID[ \t]*[/／・][ \t]*(?:PW|パスワード|パス|pass(?:word)?))(?:[ \t:=：]|は)+"
    r"(?P<u>[A-Za-z0-9_.@\-]{2,40})[ \t]*/[ \t]*(?P<v>[!-~]{6,128}?)(?=$|[\s、。,()（）]|です)"
)
# …or the administrator's account itself before the password (AP管理画面 http://… （admin / Sh0cchoAP-2024）, round 32)
ADMIN_PAIR = re.compile(r"(?<![A-Za-z0-9_.@\-])(?P<u>admin|administrator|root)[ \t]*/[ \t]*(?P<v>[!-~]{6,128}?)"
                        r"(?=$|[\s、。,()（）]|です)")


def login_pairs(text: str, lo: int, hi: int):
    """The matches of LOGIN_PAIR, then of ADMIN_PAIR, in ``text[lo:hi]``."""
    yield from LOGIN_PAIR.finditer(text, lo, hi)
    yield from ADMIN_PAIR.finditer(text, lo, hi)

# a password column's header in a table or an export (credential._columns)
# (round 39) a key's prefix or suffix in an export's column: init_pw, initial_password, temp_pass, pw_init
PW_HEADER = re.compile(r"(?i)(?:初期|仮|管理者|ログイン|(?:init(?:ial)?|temp(?:orary)?|tmp|default|admin|user|login|new|first)[_\-]?)?"
                       r"(?:パスワード|password|passwd|pwd|pw|pass|暗証番号)(?:[_\-](?:init(?:ial)?|temp|tmp|plain))?"
                       r"(?:[(（][^)）]{0,10}[)）])?")
