"""Build real test documents (docx, xlsx, pptx, pdf) with the same libraries users' tools write."""

from __future__ import annotations

import io

MY_NUMBER = "526018159084"  # a valid 個人番号 (check digit correct); test data only


def docx_bytes(body: str, *, header: str | None = None, footer: str | None = None, title: str | None = None,
               table: list[list[str]] | None = None) -> bytes:
    import docx

    d = docx.Document()
    for line in body.split("\n"):
        d.add_paragraph(line)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, v in enumerate(row):
                t.cell(r, c).text = v
    if header:
        d.sections[0].header.paragraphs[0].text = header
    if footer:
        d.sections[0].footer.paragraphs[0].text = footer
    if title:
        d.core_properties.title = title
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def xlsx_bytes(rows: list[list[object]], *, sheet: str = "名簿", header: str | None = None,
               comment: str | None = None, title: str | None = None) -> bytes:
    import openpyxl
    from openpyxl.comments import Comment

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    if header:
        ws.oddHeader.center.text = header
    if comment:
        ws["A1"].comment = Comment(comment, "作成者")
    if title:
        wb.properties.title = title
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def pptx_bytes(slide_text: str, *, notes: str | None = None) -> bytes:
    import pptx
    from pptx.util import Inches

    prs = pptx.Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "報告"
    box = slide.shapes.add_textbox(Inches(1), Inches(2), Inches(6), Inches(1))
    box.text_frame.text = slide_text
    if notes:
        slide.notes_slide.notes_text_frame.text = notes
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()


def pdf_bytes(lines: list[str], *, header: str | None = None, title: str | None = None,
              password: str | None = None) -> bytes:
    """A text PDF in a built-in Japanese CID font (no font file needed); optionally AES-encrypted."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    if title:
        c.setTitle(title)
    width, height = A4
    if header:
        c.setFont("HeiseiKakuGo-W5", 10)
        c.drawRightString(width - 40, height - 30, header)
    c.setFont("HeiseiKakuGo-W5", 12)
    y = height - 80
    for line in lines:
        c.drawString(50, y, line)
        y -= 18
    c.showPage()
    c.save()
    data = buf.getvalue()
    if password is None:
        return data
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    writer = pypdf.PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
