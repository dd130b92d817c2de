import io
import json
import subprocess
import sys


from gateway.scan.cli import main
from tests.unit.scan._helpers import REPO


def run(argv, stdin_text="", monkeypatch=None):
    out = io.StringIO()
    err = io.StringIO()
    stdin = io.TextIOWrapper(io.BytesIO(stdin_text.encode("utf-8")), encoding="utf-8")
    old = sys.stdout, sys.stderr, sys.stdin
    sys.stdout, sys.stderr, sys.stdin = out, err, stdin
    try:
        rc = main(argv)
    finally:
        sys.stdout, sys.stderr, sys.stdin = old
    return rc, out.getvalue(), err.getvalue()


def test_single_text_from_file(tmp_path):
    p = tmp_path / "in.txt"
    p.write_text("カード番号4980123456789011の決済", encoding="utf-8")
    rc, out, _ = run([str(p)])
    assert rc == 0
    d = json.loads(out)
    assert d["action"] == "block" and d["reasons"] == ["credit_card_alone"]
    assert d["findings"] == [{"entity": "CREDIT_CARD", "start": 5, "end": 21, "score": 0.95}]
    assert "text" not in d["findings"][0]


def test_show_matches(tmp_path):
    p = tmp_path / "in.txt"
    p.write_text("カード番号4980123456789011", encoding="utf-8")
    rc, out, _ = run([str(p), "--show-matches"])
    assert json.loads(out)["findings"][0]["text"] == "4980123456789011"


def test_allow_exit_zero(tmp_path):
    p = tmp_path / "in.txt"
    p.write_text("議事録を要約するコツ", encoding="utf-8")
    rc, out, _ = run([str(p)])
    assert rc == 0 and json.loads(out) == {"action": "allow", "findings": [], "reasons": []}


def test_jsonl(tmp_path):
    p = tmp_path / "in.jsonl"
    rows = [{"id": "a", "text": "個人番号：314159265352"}, {"id": 7, "text": "こんにちは"}]
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    rc, out, _ = run(["--jsonl", str(p)])
    lines = [json.loads(line) for line in out.splitlines()]
    assert rc == 0 and [d["id"] for d in lines] == ["a", 7]
    assert [d["action"] for d in lines] == ["block", "allow"]


def test_bad_jsonl_line(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text('{"id": 1, "text": "ok"}\nnot json\n', encoding="utf-8")
    rc, out, err = run(["--jsonl", str(p)])
    assert rc == 2 and "line 2" in err and out == ""


def test_jsonl_missing_text(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text('{"id": 1}\n', encoding="utf-8")
    rc, _, err = run(["--jsonl", str(p)])
    assert rc == 2 and '"text"' in err


def test_missing_file():
    rc, _, err = run(["/nonexistent/file.txt"])
    assert rc == 2 and "cannot read" in err


def test_not_utf8(tmp_path):
    p = tmp_path / "in.txt"
    p.write_bytes("個人番号".encode("cp932"))
    rc, _, err = run([str(p)])
    assert rc == 2 and "UTF-8" in err


def test_bad_rules(tmp_path):
    (tmp_path / "detectors.yaml").write_text("custom_terms: [{name: x, pattern: '('}]\n", encoding="utf-8")
    p = tmp_path / "in.txt"
    p.write_text("x", encoding="utf-8")
    rc, _, err = run([str(p), "--rules", str(tmp_path)])
    assert rc == 2 and "detectors.yaml: custom_terms[0].pattern" in err


def test_service_flag(tmp_path):
    p = tmp_path / "in.txt"
    p.write_text("この資料を要約して\n機密性２情報\n組織再編案", encoding="utf-8")
    assert json.loads(run([str(p)])[1])["action"] == "block"
    assert json.loads(run([str(p), "--service", "azure-openai"])[1])["action"] != "block"


def test_stdin_via_subprocess():
    proc = subprocess.run(
        [sys.executable, "-m", "gateway.scan.cli", "-"], input="携帯090-2718-2818 山田花子さん".encode(),
        capture_output=True, cwd=REPO, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    d = json.loads(proc.stdout)
    assert d["action"] == "block" and "person_with_phone_number" in d["reasons"]


def test_explain_names_rules_and_masks_values(tmp_path):
    secret_phone, secret_addr = "090-4455-6677", "大阪府堺市北区長曽根町3-12-7"
    p = tmp_path / "in.txt"
    p.write_text(f"住所：{secret_addr}\n携帯：{secret_phone}\n", encoding="utf-8")
    rc, out, _ = run([str(p), "--explain"])
    assert rc == 0
    d = json.loads(out)
    assert d["action"] == "block" and d["reasons"] == ["address_with_personal_contact"]
    (rule,) = d["explain"]["rules"]
    assert rule["reason"] == "address_with_personal_contact" and rule["rule"]
    ents = [d["explain"]["findings"][i]["entity"] for i in rule["findings"]]
    assert ents == ["JP_ADDRESS", "PHONE_NUMBER"]
    masked = {f["entity"]: f["masked"] for f in d["explain"]["findings"]}
    assert masked["PHONE_NUMBER"] == "###-####-####"
    assert secret_phone not in out and "長曽根" not in out and "4455" not in out


def test_explain_jsonl(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text(json.dumps({"id": 1, "text": "予定価格は38,500,000円です"}, ensure_ascii=False) + "\n",
                 encoding="utf-8")
    rc, out, _ = run([str(p), "--jsonl", "--explain"])
    d = json.loads(out)
    assert d["id"] == 1 and d["reasons"] == ["internal_matter"]
    assert d["explain"]["findings"][0]["matter"] == "bid_price_before_opening"
    assert "38,500,000" not in out


def test_aigw_scan_reads_a_mail_body_encoded_as_the_gateway_does():
    # a raw .eml pasted with its base64 body: the gateway scans the decoded text (gateway.unwrap), and so does
    # `aigw scan`; a finding there says so and its offsets are into the decoded text
    import base64
    body = "山田太郎様（1985年4月3日生）の件です。電話090-1234-5678、うつ病で休職中です。"
    eml = ("このメールを要約して\n\nFrom: a@example.jp\nContent-Transfer-Encoding: base64\n\n"
           + base64.encodebytes(body.encode()).decode())
    proc = subprocess.run([sys.executable, "-m", "gateway.cli", "scan", "-"], input=eml.encode(),
                          capture_output=True, cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    d = json.loads(proc.stdout)
    assert d["action"] == "block" and "person_with_phone_number" in d["reasons"]
    phone = next(f for f in d["findings"] if f["entity"] == "PHONE_NUMBER")
    assert phone["in"] == "decoded" and body[phone["start"]:phone["end"]] == "090-1234-5678"
    assert json.loads(run(["-"], eml)[1])["action"] != "block"  # the scanner's own command reads the text as given
