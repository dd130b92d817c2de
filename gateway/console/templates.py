"""Jinja2 templates of ``aigw console`` (autoescaped; no script, no external asset)."""

from __future__ import annotations

import html

CSS = """
body{font-family:'Noto Sans CJK JP','Noto Sans JP','Hiragino Sans','Meiryo',sans-serif;margin:0;color:#222;line-height:1.6}
header{background:#0072B2;color:#fff;padding:8px 16px;display:flex;gap:16px;align-items:center;flex-wrap:wrap}
header a{color:#fff}header form{margin-left:auto}
main{padding:12px 16px;max-width:1200px}
table{border-collapse:collapse;font-size:13px;margin:8px 0}th,td{border:1px solid #bbb;padding:3px 6px;vertical-align:top}
th{background:#D6EAF8;text-align:left}td.n{text-align:right}
.err{color:#a00;font-weight:bold}.ok{color:#006b3c;font-weight:bold}
.block{color:#D55E00;font-weight:bold}.tag{border:1px solid #888;border-radius:4px;padding:0 4px;font-size:12px}
form.inline{display:inline}label{margin-right:8px}fieldset{border:1px solid #ccc;margin:8px 0}
input,select,button{font-size:14px}
"""

BASE = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{% block title %}aigw 管理コンソール{% endblock %} — {{ organisation }}</title><style>""" + CSS + """</style></head>
<body><header><b>生成AI利用ゲートウェイ 管理コンソール</b>
{% if me %}<nav>
{% if me.may_review %}<a href="/queue">ブロックの確認</a> {% endif %}
{% if me.sees_usage %}<a href="/search">検索</a> <a href="/dashboard">集計</a> {% endif %}
<a href="/applications">利用申請</a> <a href="/report-block">誤ブロックの申告</a>
{% if me.may_review or me.managed_services %}<a href="/reports">報告書</a>{% endif %}
</nav>
<form method="post" action="/logout"><input type="hidden" name="csrf" value="{{ csrf }}">
{{ me.display_name }}（{{ me.name }}）<button type="submit">サインアウト</button></form>{% endif %}
</header><main>{% block main %}{% endblock %}</main></body></html>"""

LOGIN = """{% extends "base.html" %}{% block title %}サインイン{% endblock %}{% block main %}
<h1>サインイン</h1>
{% if error %}<p class="err" role="alert">{{ error }}</p>{% endif %}
{% if oidc_label %}<p><a class="button" id="oidc-login" href="{{ oidc_url }}">{{ oidc_label }}</a></p>{% endif %}
{% if passwords %}<p>ゲートウェイ（プロキシ）と同じ利用者名・パスワードでサインインしてください。</p>
<form method="post" action="/login"><input type="hidden" name="csrf" value="{{ login_csrf }}">
<input type="hidden" name="next" value="{{ next }}">
<p><label>利用者名 <input name="user" autocomplete="username" required></label></p>
<p><label>パスワード <input name="password" type="password" autocomplete="current-password" required></label></p>
<p><button type="submit" id="login">サインイン</button></p></form>{% endif %}
{% if not passwords and not oidc_label %}<p class="err">サインインの方法が設定されていません（policy.yaml の console.proxyauth・identity.proxyauth または console.oidc）。</p>{% endif %}{% endblock %}"""

FORBIDDEN = """{% extends "base.html" %}{% block main %}<h1>この操作はできません</h1>
<p class="err" role="alert">{{ message or "この画面・操作の権限がありません。" }}</p>
<p><a href="/">最初の画面へ</a></p>{% endblock %}"""

RESULTS = """<table id="results"><thead><tr><th>時刻</th><th>参照番号</th><th>利用者</th><th>所属</th><th>サービス</th>
<th>利用目的</th><th>判定</th><th>理由</th><th>検出種別</th><th>要求</th>{% if triage %}<th>確認</th>{% endif %}</tr></thead><tbody>
{% for r in items %}<tr data-id="{{ r.request_id }}"><td>{{ r.time }}</td><td><a href="/search?id={{ r.request_id }}">{{ r.request_id }}</a></td>
<td>{{ r.user }}</td><td>{{ r.department }}</td><td>{{ r.service }}</td><td>{{ r.purpose }}</td>
<td class="{{ r.action }}">{{ ACTION_JA.get(r.action, r.action) }}</td><td>{{ r.reason }}</td><td>{{ r.entities }}</td>
<td>{{ r.method }} {{ r.host }}{{ r.path }}</td>
{% if triage %}<td>{% if r.reports %}<span class="tag">誤ブロックの申告 {{ r.reports }}件</span><br>{% endif %}
{% if r.triage %}<span class="tag">{{ TRIAGE[r.triage] }}</span>（{{ r.triage_by }}）<br>{% endif %}
<form method="post" action="/queue/{{ r.request_id }}/triage" class="inline">
<input type="hidden" name="csrf" value="{{ csrf }}"><input type="hidden" name="back" value="/queue?show={{ show }}&days={{ days }}">
{% for k, v in TRIAGE.items() %}<button type="submit" name="status" value="{{ k }}">{{ v }}</button>{% endfor %}
</form></td>{% endif %}</tr>{% endfor %}</tbody></table>"""

SEARCH = """{% extends "base.html" %}{% block title %}検索{% endblock %}{% block main %}<h1>利用記録の検索</h1>
<form method="get" action="/search"><fieldset>
<label>参照番号 <input name="id" value="{{ f.id }}" size="14"></label>
<label>利用者 <input name="user" value="{{ f.user }}" size="10"></label>
<label>所属 <input name="department" value="{{ f.department }}" size="12"></label>
<label>サービス <select name="service"><option value="">（すべて）</option>
{% for s in services %}<option value="{{ s }}" {% if s == f.service %}selected{% endif %}>{{ s }}</option>{% endfor %}</select></label>
<label>理由 <input name="reason" value="{{ f.reason }}" size="14"></label>
<label>検出種別 <input name="entity" value="{{ f.entity }}" size="14" placeholder="JP_MY_NUMBER"></label>
<label>判定 <select name="action"><option value="">（すべて）</option>{% for k, v in ACTION_JA.items() %}
<option value="{{ k }}" {% if k == f.action %}selected{% endif %}>{{ v }}</option>{% endfor %}</select></label>
<label>期間 <input name="since" value="{{ f.since }}" size="10" placeholder="2026-11-01"> 〜
<input name="until" value="{{ f.until }}" size="10"></label>
<button type="submit" id="search">検索</button></fieldset></form>
{% if error %}<p class="err" role="alert">{{ error }}</p>{% endif %}
<p id="total">{{ "{:,}".format(total) }} 件{% if total %}（新しい順に {{ first + 1 }}〜{{ first + results|length }} 件目）{% endif %}。送信内容（プロンプト）は記録していないため表示されません。</p>
{% with items=results, triage=False %}""" + RESULTS + """{% endwith %}
{% if pages > 1 %}<nav class="pages">{% if page > 1 %}<a rel="prev" href="{{ base }}&page={{ page - 1 }}">前の {{ PAGE }} 件</a>{% endif %}
{{ page }} / {{ pages }} ページ{% if page < pages %} <a rel="next" href="{{ base }}&page={{ page + 1 }}">次の {{ PAGE }} 件</a>{% endif %}</nav>{% endif %}{% endblock %}"""

QUEUE = """{% extends "base.html" %}{% block title %}ブロックの確認{% endblock %}{% block main %}
<h1>ブロックされた送信の確認</h1>
<p><a href="/queue?show=open&days={{ days }}">未確認のみ</a> ・ <a href="/queue?show=all&days={{ days }}">すべて</a>
（直近 {{ days }} 日。職員からの誤ブロックの申告があるものを先頭に表示）</p>
<p>{{ items|length }} 件</p>
{% with triage=True %}""" + RESULTS + """{% endwith %}{% endblock %}"""

REPORT_BLOCK = """{% extends "base.html" %}{% block title %}誤ブロックの申告{% endblock %}{% block main %}
<h1>誤ってブロックされた送信の申告</h1>
<p>ブロック画面に表示された参照番号を入力してください。入力した文章そのものは送らないでください。</p>
{% if msg %}<p class="ok" role="status">{{ msg }}</p>{% endif %}{% if err %}<p class="err" role="alert">{{ err }}</p>{% endif %}
<form method="post" action="/report-block"><input type="hidden" name="csrf" value="{{ csrf }}">
<p><label>参照番号 <input name="request_id" required size="16"></label></p>
<p><label>補足（任意・200字まで。個人情報は書かないでください）<br><input name="note" size="60" maxlength="200"></label></p>
<p><button type="submit">申告する</button></p></form>{% endblock %}"""

DASHBOARD = """{% extends "base.html" %}{% block title %}集計{% endblock %}{% block main %}
<h1>利用状況（{{ month }}）</h1><form method="get"><label>月 <input name="month" value="{{ month }}" size="8"></label>
<button type="submit">表示</button></form>
<p>利用件数は月次報告と同じ数え方です（送信＝プロンプト・アップロード、表示のみの訪問。ページ表示や
ポーリングの HTTP 要求は数えません。docs/governance.md §3.1）。</p>
{% macro table(rows, tid, label, name) %}<table id="{{ tid }}"><tr><th>{{ label }}</th><th>利用件数</th><th>送信</th>
<th>表示のみの訪問</th><th>ブロック</th><th>利用者数</th><th>HTTP要求数（参考）</th></tr>
{% for k, n, sends, visits, b, u, lines in rows %}<tr><td>{{ name(k) }}</td><td class="n">{{ "{:,}".format(n) }}</td>
<td class="n">{{ "{:,}".format(sends) }}</td><td class="n">{{ "{:,}".format(visits) }}</td>
<td class="n">{{ "{:,}".format(b) }}</td><td class="n">{{ u }}</td><td class="n">{{ "{:,}".format(lines) }}</td></tr>
{% endfor %}</table>{% endmacro %}
{% if by_dept %}<h2>所属別</h2>{{ table(by_dept, "by-department", "所属", dept_name) }}{% endif %}
<h2>サービス別</h2>{{ table(by_svc, "by-service", "サービス", svc_name) }}{% endblock %}"""

APPLICATIONS = """{% extends "base.html" %}{% block title %}利用申請{% endblock %}{% block main %}
<h1>利用申請</h1><p><a href="/applications/new" id="new-application">新しく申請する</a></p>
{% macro apptable(apps, actions, tid) %}<table id="{{ tid }}"><tr><th>申請番号</th><th>状態</th><th>サービス</th><th>対象</th>
<th>利用目的</th><th>有効期間</th><th>申請者</th><th>許可権限者</th>{% if actions %}<th>判断</th>{% endif %}</tr>
{% for a in apps %}<tr data-id="{{ a.application_id }}"><td>{{ a.application_id }}</td><td>{{ status(a) }}</td><td>{{ a.service }}</td>
<td>{{ a.subject }}</td><td>{{ a.purposes|join("、") }}</td><td>{{ a.valid_from }}〜{{ a.valid_until }}</td>
<td>{{ a.applicant }}</td><td>{{ a.approver or "-" }}</td>
{% if actions %}<td>{% for act, label in actions %}<form method="post" action="/applications/{{ a.application_id }}/{{ act }}" class="inline">
<input type="hidden" name="csrf" value="{{ csrf }}"><input name="comment" size="14" placeholder="{{ '理由（必須）' if act != 'approve' else 'コメント' }}">
<button type="submit" name="decision" value="{{ act }}">{{ label }}</button></form>{% endfor %}</td>{% endif %}</tr>
{% else %}<tr><td colspan="9">ありません</td></tr>{% endfor %}</table>{% endmacro %}
{% if me.approver_services or me.admin %}<h2>審査待ち（あなたが判断できる申請）</h2>{{ apptable(to_decide, [("approve", "承認"), ("deny", "却下")], "to-decide") }}
<h2>承認済み（取消できます）</h2>{{ apptable(decided, [("revoke", "取消")], "decided") }}{% endif %}
<h2>あなたの申請</h2>{{ apptable(mine, [], "mine") }}{% endblock %}"""

APPLY = """{% extends "base.html" %}{% block title %}新しい利用申請{% endblock %}{% block main %}
<h1>生成AIサービスの利用申請</h1>{% if err %}<p class="err" role="alert">{{ err }}</p>{% endif %}
<form method="post" action="/applications/new"><input type="hidden" name="csrf" value="{{ csrf }}">
<p><label>サービス <select name="service" id="service">{% for id, name, scopes in services %}
<option value="{{ id }}" {% if id == form.service %}selected{% endif %}>{{ name }}（{{ id }}）</option>{% endfor %}</select></label></p>
<fieldset><legend>利用目的（サービスの業務の範囲から選択）</legend>
{% for p in services|map(attribute=2)|sum(start=())|unique %}<label><input type="checkbox" name="purpose" value="{{ p }}"> {{ p }}</label>{% endfor %}
</fieldset>
<p><label>業務の範囲（具体的に） <input name="scope" size="50" required value="{{ form.scope }}"></label></p>
<p><label>有効期限 <input name="until" type="date" required value="{{ form.until or default_until }}"></label></p>
<p><label>グループ・所属として申請（空欄: 自分のみ） <input name="group" value="{{ form.group }}"></label></p>
<p><button type="submit" id="apply">申請する</button></p></form>{% endblock %}"""

REPORTS = """{% extends "base.html" %}{% block title %}報告書{% endblock %}{% block main %}
<h1>月次報告書のダウンロード</h1><form method="get" action="/reports">
<label>対象月 <input name="month" value="{{ month }}" size="8"></label>
<button type="submit" name="format" value="html">HTML</button>
<button type="submit" name="format" value="xlsx">Excel</button>
<button type="submit" name="format" value="csv">CSV（zip）</button></form>{% endblock %}"""

TEMPLATES = {"base.html": BASE, "login.html": LOGIN, "forbidden.html": FORBIDDEN, "search.html": SEARCH,
             "queue.html": QUEUE, "report_block.html": REPORT_BLOCK, "dashboard.html": DASHBOARD,
             "applications.html": APPLICATIONS, "apply.html": APPLY, "reports.html": REPORTS}


def simple(message: str) -> str:
    return (f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>aigw</title></head><body><p>{html.escape(message)}</p>'
            f'<p><a href="/">最初の画面へ</a></p></body></html>')
