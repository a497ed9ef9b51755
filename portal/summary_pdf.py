"""The visit summary as a one-page PDF (issue 16), drawn with fpdf2 from the same
``VisitSummary`` the HTML page shows (no HTML-to-PDF: nothing of the page's markup, scripts
or links can reach the file).

fpdf2's core fonts (Helvetica) need no font file, so the PDF builds the same on any
machine; they only encode latin-1, so ``pdf_text`` first spells other characters the way a
reader would ("→" as "->", "≥" as ">=", accents dropped where latin-1 has no such letter)
and anything still left as "?". A report's words can then never break the download.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from records.visit_summary import VisitSummary

NOT_ADVICE = (
    "Health information read automatically from my reports, not medical advice. "
    "Each line names the report and page it comes from."
)
# Characters reports and our own words use that latin-1 lacks, as a reader would type them.
SPELLED = {
    "\u2192": "->",  # rightwards arrow
    "\u2190": "<-",  # leftwards arrow
    "\u2265": ">=",  # greater-than or equal to
    "\u2264": "<=",  # less-than or equal to
    "\u2260": "!=",  # not equal to
    "\u2248": "~",  # almost equal to
    "\u2013": "-",  # en dash
    "\u2014": "-",  # em dash
    "\u2011": "-",  # non-breaking hyphen
    "\u2212": "-",  # minus sign
    "\u2018": "'",  # left single quotation mark
    "\u2019": "'",  # right single quotation mark
    "\u201a": "'",  # single low-9 quotation mark
    "\u201c": '"',  # left double quotation mark
    "\u201d": '"',  # right double quotation mark
    "\u201e": '"',  # double low-9 quotation mark
    "\u2026": "...",  # horizontal ellipsis
    "\u2022": "-",  # bullet
    "\u20ac": "EUR",  # euro sign
    "\u2122": "(TM)",  # trade mark sign
    "\u2030": " per mille",  # per mille sign
    "\u2009": " ",  # thin space
    "\u200b": "",  # zero width space
}
LINE = 4.6  # mm per line of body text


def pdf_text(text: str) -> str:
    """``text`` with every character the core fonts can print (latin-1)."""
    out = []
    for ch in str(text):
        if ch in SPELLED:
            out.append(SPELLED[ch])
            continue
        try:
            ch.encode("latin-1")
        except UnicodeEncodeError:
            # "ő" -> "o", "ﬁ" -> "fi"; a letter with no latin form (κ, 中) -> "?".
            plain = unicodedata.normalize("NFKD", ch)
            plain = "".join(c for c in plain if not unicodedata.combining(c))
            try:
                plain.encode("latin-1")
            except UnicodeEncodeError:
                plain = "?"
            out.append(plain or "?")
        else:
            out.append(ch)
    return "".join(out)


def _day(value: date | None) -> str:
    return f"{value.day} {value:%b %Y}" if value else "undated"


class _Pdf(FPDF):
    def heading(self, text: str) -> None:
        self.ln(1.5)
        self.set_font("Helvetica", "B", 11)
        self.multi_cell(0, 6, pdf_text(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("Helvetica", "", 9.5)

    def para(self, text: str, *, bold: str = "") -> None:
        """One paragraph, an optional bold lead ("EGFR:") then plain text."""
        if bold:
            self.set_font("Helvetica", "B", 9.5)
            self.write(LINE, pdf_text(bold) + " ")
            self.set_font("Helvetica", "", 9.5)
        self.write(LINE, pdf_text(text))
        self.ln(LINE)


def summary_pdf(*, summary: VisitSummary, email: str) -> bytes:
    """The PDF bytes of ``summary`` for the patient signed in as ``email``."""
    pdf = _Pdf(format="A4", unit="mm")
    pdf.set_title("Summary for my next appointment")
    pdf.set_creator("Lung Cancer Patient Portal")
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(auto=True, margin=12)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, "Summary for my next appointment", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 9.5)
    printed = summary.printed.date() if summary.printed else None
    pdf.para(f"For {email} - printed {_day(printed)}")
    pdf.set_font("Helvetica", "I", 9.5)
    pdf.multi_cell(0, LINE, pdf_text(NOT_ADVICE), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 9.5)

    if not summary.profile.has_records:
        pdf.heading("Current findings")
        pdf.para("No report has been uploaded yet.")
    else:
        _findings(pdf, summary)
    _questions(pdf, summary)
    return bytes(pdf.output())


def _findings(pdf: _Pdf, summary: VisitSummary) -> None:
    pdf.heading("Current findings")
    if not summary.current:
        pdf.para("No findings were read from my reports yet.")
    for row in summary.current:
        pdf.para(f"{row.text} ({row.source})", bold=f"{row.title}:")
    if summary.conflicts:
        pdf.heading("Reports of the same date that do not agree")
        for c in summary.conflicts:
            said = "; ".join(
                f"{r.text} ({r.fact.record_name}, page {r.fact.page})" for r in c["rows"]
            )
            pdf.para(f"{said}. Which is right?", bold=f"{c['label'][:1].upper()}{c['label'][1:]}:")
    if summary.changes:
        pdf.heading("Changes over time")
        for c in summary.changes:
            steps = " -> ".join(f"{s['row'].text} ({s['row'].when})" for s in c["steps"])
            pdf.para(steps, bold=f"{c['title']}:")
    if summary.lines:
        pdf.heading("Treatments")
        for line in summary.lines:
            text = line.state_words
            if line.first:
                text += f", first mentioned {line.first:%b %Y}"
            if line.last and line.last != line.first:
                text += f", last {line.last:%b %Y}"
            m = line.mentions[-1]
            if m.course:
                text += f" - last report: {m.course_words}"
            text += f" ({m.record_name}, page {m.page})"
            pdf.para(text, bold=f"{line.drug}:")
    if summary.unclear or summary.missing_tests:
        pdf.heading("Unclear or missing tests to ask about")
        for row in summary.unclear:
            pdf.para(
                f"we could not read this result for sure ({row.fact.record_name}, "
                f"page {row.fact.page}).",
                bold=f"{row.title}:",
            )
        for m in summary.missing_tests:
            pdf.para(f"- {m.text}")


def _questions(pdf: _Pdf, summary: VisitSummary) -> None:
    if summary.questions:
        pdf.heading("My questions")
        for number, q in enumerate(summary.questions, 1):
            pdf.para(f"{number}. {q.text}")
