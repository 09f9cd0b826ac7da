"""Write the PDF and DOCX test documents of this folder (the HTML page is written by hand).

Run once after changing them: `python tests/data/documents/make_documents.py` (needs fpdf2 and
python-docx; the files it writes are committed, so the tests need neither fpdf2 nor this script).
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

PDF_PAGES = [
    ("Rapport : les routes du pétrole kazakh",
     ["Ce rapport fait le point sur les voies d’exportation du pétrole du Kazakhstan après 2022.",
      "Le Kazakhstan exporte l’essentiel de son brut par l’oléoduc du Caspian Pipeline Consortium (CPC), qui "
      "traverse le territoire russe jusqu’au terminal de Novorossiïsk, sur la mer Noire."]),
    ("Les volumes",
     ["En 2023, le CPC a transporté 62 millions de tonnes de pétrole kazakh, soit environ 80 % des exportations "
      "du pays.",
      "La route transcaspienne, par Bakou et la Géorgie, n’en a acheminé que 1,5 million de tonnes la même année."]),
    ("Conclusions",
     ["La dépendance envers le CPC restera forte tant que la capacité de la route transcaspienne n’aura pas "
      "été multipliée.",
      "Le gouvernement vise 20 millions de tonnes par an sur cette route d’ici 2030."]),
]

DOCX_TITLE = "Note : la présidence kazakhe de l’OTSC"
DOCX_PARAGRAPHS = [
    ("heading", "Contexte"),
    ("text", "Le Kazakhstan a pris la présidence tournante de l’Organisation du Traité de sécurité collective "
             "le 1er janvier 2024, pour un an."),
    ("text", "Astana a annoncé que la présidence serait consacrée à la lutte contre le trafic de drogue en Asie "
             "centrale."),
    ("heading", "Enjeux"),
    ("text", "Le sommet annuel de l’organisation doit se tenir à Astana en novembre 2024."),
]


def make_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title("Les routes du pétrole kazakh")
    pdf.set_author("Centre d’études eurasiennes")
    pdf.set_creation_date(__import__("datetime").datetime(2024, 5, 2))
    pdf.add_font("DejaVu", fname=FONT)
    pdf.set_auto_page_break(False)
    for heading, paragraphs in PDF_PAGES:
        pdf.add_page()
        pdf.set_font("DejaVu", size=16)
        pdf.multi_cell(0, 10, heading, align="L")
        pdf.ln(4)
        pdf.set_font("DejaVu", size=11)
        for p in paragraphs:
            pdf.multi_cell(0, 6, p, align="L")
            pdf.ln(4)
        pdf.set_font("DejaVu", size=8)
        pdf.set_y(-15)
        pdf.cell(0, 10, f"Centre d’études eurasiennes — page {pdf.page_no()}", align="C")
    pdf.output(str(path))


def make_docx(path: Path) -> None:
    import datetime

    import docx

    d = docx.Document()
    d.core_properties.title = DOCX_TITLE
    d.core_properties.author = "Service de documentation"
    d.core_properties.created = datetime.datetime(2024, 1, 15)
    d.add_heading(DOCX_TITLE, level=1)
    for kind, text in DOCX_PARAGRAPHS:
        if kind == "heading":
            d.add_heading(text, level=2)
        else:
            d.add_paragraph(text)
    d.save(str(path))


if __name__ == "__main__":
    make_pdf(HERE / "rapport.pdf")
    make_docx(HERE / "note.docx")
