"""Histologic type: lexicon patterns, and which mention is the report's own final diagnosis.

A pathology report names tumour types in many places: the clinician's question, the frozen
section, the gross and microscopic description, a comment, a synoptic "Histologic type:" line,
the final diagnosis, an earlier specimen. ``said_in`` tells where a mention was said, ranked:
the synoptic type line, then the final diagnosis, the report's other text, preliminary and
clinical readings, a precursor lesion beside the tumour ("carcinoma in situ"),
another time's diagnosis. ``choose`` takes the best-ranked mentions' type, and abstains (None)
when they name two different types: a wrong type is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: the merge imports this module without spaCy
    from spacy.tokens import Span

_NOT_NON = r"(?<!non-)(?<!non )(?<!non)(?<!non\s-)"
# "carcinoma", also cut short or garbled after its first letters by a table cell or OCR:
# "Adenocarci" (TCGA-80-5607, a truncated cell), "adenocarcin a" (TCGA-64-5774),
# "SQUAMOUS CELL CARCI,OMA" (TCGA-O2-A52V).
# Never a plural: "1 to 2% of lung adenocarcinomas" (a literature sentence) is no diagnosis.
_CARC = r"carc\w*(?<![sS])\b"
# "squamous epithelial carcinoma" (TCGA-66-2734, translated from Plattenepithelkarzinom).
_SQUAMOUS = (
    r"(?<!adeno)(?<!adeno-)\bsquamous(?:\s+cell)?(?:\s+epithelial)?"
    r"\s+(?:lung\s+)?(?:" + _CARC + r"|cancer)"
)
# "Histologic type: SQUAMOUS CELL" (TCGA-O2-A52W): a synoptic type line whose value leaves
# the noun out. Only on such a line: "squamous cell" elsewhere is a cell, not a diagnosis.
_TYPE_LABEL = r"\b(?:histo\w*|tumou?r)\s+type\s*:+\s*[-\u2013]?\s*"
_SQUAMOUS_TYPE_LINE = _TYPE_LABEL + r"squamous(?:\s+cell)?\b(?!\s+(?:carc|cancer|ca\b))"
# "Non-small cell carcinoma, favor squamous." (TCGA-98-A53C): the favoured type, noun left out.
_FAVOR_SQUAMOUS = (
    r"\bfavou?r(?:s|ing|ed)?\s+(?:a\s+)?squamous(?:\s+cell)?\b"
    r"(?!\s+(?:carc|cancer|differentiation|features|ca\b))"
)
_SQUAMOUS_ABBREVIATIONS = r"(?-i:\bSCC\b|\bSqCC\b|\bLUSC\b)"
# The older name, also in "SQUAMOUS CELL (EPIDERMOID) CARCINOMA" (TCGA-21-1083), but never
# "mucoepidermoid carcinoma".
_EPIDERMOID = r"\bepidermoid\)?\s+(?:cell\s+)?" + _CARC

# (SCHEMA histology, regex). Order matters only for overlaps of equal length.
PATTERNS: list[tuple[str, str]] = [
    ("adenosquamous carcinoma", r"\badeno-?\s?squamous\s+(?:cell\s+)?carcinoma\b"),
    (
        "non-small cell carcinoma",
        r"\bnon[- ]?small[- ]cell\s+(?:lung\s+)?(?:carcinoma|cancer)\b|(?-i:\bNSCLC\b)|\bNSCC\b",
    ),
    (
        "small cell carcinoma",
        # Not after a hyphen: "NOW-SMALL CELL CARCINOMA" (TCGA-O2-A52Q) is OCR for "non-small".
        _NOT_NON
        + r"(?<!-)(?<!- )\bsmall[- ]cell\s+(?:lung\s+)?(?:carcinoma|cancer)\b"
        + r"|(?<![Nn])(?-i:\bSCLC\b)",
    ),
    (
        "large cell carcinoma",
        r"\blarge[- ]cell\s+(?:neuroendocrine\s+)?(?:carcinoma|cancer)\b|(?-i:\bLCNEC\b)",
    ),
    (
        "squamous cell carcinoma",
        "|".join(
            (_SQUAMOUS, _SQUAMOUS_TYPE_LINE, _FAVOR_SQUAMOUS, _EPIDERMOID, _SQUAMOUS_ABBREVIATIONS)
        ),
    ),
    # "Adenoca" (TCGA-75-7031) is the common short form.
    ("adenocarcinoma", r"\badeno-?\s?" + _CARC + r"|\badeno\s?ca\b|(?-i:\bLUAD\b)"),
]
_COMPILED = [(name, re.compile(p, re.IGNORECASE)) for name, p in PATTERNS]

# Words that make a mention not about this patient's tumour.
_BLOCKING = {"NEGATED_EXISTENCE", "NOT_A_FINDING", "HYPOTHETICAL", "FAMILY", "PLANNED"}
_NOS = "non-small cell carcinoma"
_MIXED = "adenosquamous carcinoma"
_MIXED_PARTS = ("adenocarcinoma", "squamous cell carcinoma")


def classify(text: str) -> str | None:
    for name, rx in _COMPILED:
        if rx.search(text):
            return name
    return None


# A conclusion drawn from what is absent: "The absence of CK5/6 and p63 expression favors this
# is most likely a very poorly differentiated adenocarcinoma" (TCGA-55-6978). The negation is
# about the stains; the diagnosis after "favors" stands.
_CONCLUSION = re.compile(
    r"\b(?:favou?r(?:s|ed|ing)?|supports?|consistent\s+with|compatible\s+with|in\s+keeping\s+with|"
    r"most\s+likely|diagnostic\s+of|indicat(?:es?|ing)|represents?)\b",
    re.IGNORECASE,
)


def _applies(ent: Span, mod) -> bool:
    """A negation after the diagnosis only counts right next to it ("carcinoma: negative");
    "Adenocarcinoma, margins negative" and "(p40 positive, TTF-1 negative)" negate
    something else. A negation before it does not reach past a conclusion word."""
    if mod.category != "NEGATED_EXISTENCE":
        return True
    doc = ent.doc
    if mod.modifier_span[0] < ent.end:
        between = doc.text[doc[mod.modifier_span[1] - 1].idx : ent.start_char]
        return not _CONCLUSION.search(between)
    between = doc[ent.end : mod.modifier_span[0]]
    return not any(t.is_alpha or t.like_num for t in between)


def usable(ent: Span) -> bool:
    if ent[0]._.section_category == "family_history":
        return False  # a relative's cancer
    cats = {m.category for m in ent._.modifiers if _applies(ent, m)}
    if cats & _BLOCKING:
        # "non-squamous NSCLC" in a testing recommendation, "negative for carcinoma" …
        return False
    # "non-squamous" is a qualifier, not a squamous carcinoma.
    before = ent.doc.text[max(0, ent.start_char - 5) : ent.start_char].lower()
    return not before.rstrip(" -").endswith("non") and not is_form_option(ent)


# A numbered line that holds nothing but a tumour's name: "1. Invasive squamous carcinoma",
# "3. InvaSive adenocarcinoma", "10. Blastoma" (TCGA-50-6673, the printed choices under a
# checklist's "E. Type: ;2"). Not "1. Lung, right upper lobe: adenocarcinoma", which names
# its specimen, nor "2. Lymph node, negative for carcinoma".
_OPTION_LINE = re.compile(
    r"^[ \t]*\d{1,2}[ \t]*[.,)][ \t]*(?:[A-Za-z/-]+[ \t,.]+){0,4}[A-Za-z-]*"
    r"(?:oma|carcinoid|cancer|neuroendocrine|other)\b[ \t.,A-Za-z-]{0,24}$",
    re.IGNORECASE,
)
_NOT_OPTION = re.compile(r"\b(?:negative|no|not|without|free|metasta\w*|lymph)\b", re.IGNORECASE)


def _option(line: str) -> str | None:
    """The tumour name of a checklist choice line ("" when it names no SCHEMA type)."""
    if not _OPTION_LINE.match(line) or _NOT_OPTION.search(line):
        return None
    return classify(line) or ""


def is_form_option(ent: Span) -> bool:
    """One of a form's printed choices of type, in a run of at least three choices of
    different types: no diagnosis, whichever was ticked (the tick is rarely legible)."""
    text = ent.doc.text
    start = text.rfind("\n", 0, ent.start_char) + 1
    lines = text[start:].split("\n", 12)
    before = text[:start].split("\n")[-13:-1]
    if _option(lines[0]) is None:
        return False
    run = [lines[0]]
    for side in (lines[1:12], reversed(before)):
        for line in side:
            if not line.strip():
                continue  # a page break inside the list
            if _option(line) is None:
                break
            run.append(line)
    return len(run) >= 3 and len({_option(line) for line in run}) >= 2


_PAST_SECTIONS = {"prior_diagnosis", "past_medical_history"}
_PAST_WORDS = re.compile(r"^(?:(?:a\s+)?(?:past\s+|prior\s+|previous\s+)?history\s+of|h/o)$", re.I)


def is_prior(ent: Span) -> bool:
    """Under an "Outside diagnosis" / "Original diagnosis" / past-history heading, or told
    as history ("history of adenocarcinoma of the colon"): another time's diagnosis."""
    if ent[0]._.section_category in _PAST_SECTIONS:
        return True
    doc = ent.doc
    return any(
        _PAST_WORDS.match(doc[m.modifier_span[0] : m.modifier_span[1]].text)
        for m in ent._.modifiers
    )


# --- which mention is the report's own diagnosis ---------------------------------------------

# Where a mention was said, best first. Stored with the fact (value["said_in"]).
TYPE_LINE, FINAL, BODY, PRELIMINARY, IN_SITU, PRIOR = (
    "type_line", "final_diagnosis", "report", "preliminary", "in_situ", "prior"
)  # fmt: skip
_RANK = {name: i for i, name in enumerate((TYPE_LINE, FINAL, BODY, PRELIMINARY, IN_SITU, PRIOR))}

# A synoptic type line: "Histologic Type: Squamous cell carcinoma" (TCGA-18-4083),
# "-HISTOLOGIC CLASSIFICATION OF TUMOR IS SQUAMOUS CELL ..." (TCGA-21-1083),
# "Tumor histologic type: ..." (TCGA-90-7964), "Histological Diagnosis:".
_TYPE_LINE = re.compile(
    r"^[\W\d_]*(?:[a-z]\W+)?(?:tumou?r\s+)?histo\w*\s+(?:type|subtype|classification|diagnosis)\b"
    r"|^[\W\d_]*tumou?r\s+type\b",
    re.IGNORECASE,
)
# Readings made before the final one, or by someone else than the pathologist: the frozen
# section, the clinician's question or history, the gross description. On the mention's own
# line before it ("FSA: Left upper lobe wedge resection: Non-small cell carcinoma (favor
# squamous cell carcinoma)", TCGA-60-2715), or in the heading of its section (TCGA-55-7570's
# frozen section "NON-SMALL CELL CARCINOMA, FAVOR SQUAMOUS CARCINOMA" reads under "Clinical
# History"; its comment and final diagnosis say adenocarcinoma).
_PRELIMINARY = r"frozen|intra-?operative|clinical|pre-?operative|post-?operative|provisional"
_PRELIMINARY_LINE = re.compile(_PRELIMINARY + r"|(?-i:\bFS[A-Z]?\d*\b)", re.IGNORECASE)
_PRELIMINARY_TITLE = re.compile(
    _PRELIMINARY + r"|question|indication|history|gross|macroscop|specimens?\b", re.IGNORECASE
)
_FINAL_TITLE = re.compile(r"diagnos[ie]s|impression|synoptic|conclusion", re.IGNORECASE)
# "SQUAMOUS CELL CARCINOMA IN SITU IDENTIFIED" (TCGA-55-6978, an adenocarcinoma): a precursor
# lesion beside the invasive tumour, not its type.
_IN_SITU = re.compile(r"^\W{0,3}in[- ]situ\b", re.IGNORECASE)


_LABEL = re.compile(r"^[\W\d_]*[A-Za-z][\w ()/-]{0,40}:")


def _on_type_line(ent: Span) -> bool:
    """On a synoptic type line, or on the lines its value wraps onto ("Tumor histologic type:
    Poorly differentiated adenocarcinoma with a / sarcomatoid component ... and poorly /
    differentiated squamous cell carcinoma", TCGA-90-7964). A wrap ends at a full stop, a blank
    line or the next "label:"."""
    text = ent.doc.text
    start = text.rfind("\n", 0, ent.start_char) + 1
    if _TYPE_LINE.match(text[start:]):
        return True
    for _ in range(3):
        if start == 0 or _LABEL.match(text[start : ent.start_char]):
            return False
        prev_start = text.rfind("\n", 0, start - 1) + 1
        prev = text[prev_start : start - 1].rstrip()
        if not prev or prev.endswith("."):
            return False
        if _TYPE_LINE.match(prev):
            return True
        start = prev_start
    return False


def said_in(ent: Span) -> str:
    """Where ``ent`` was said: the synoptic type line, the final diagnosis, the report's other
    text, a preliminary or clinical reading, a precursor lesion, another time's diagnosis."""
    if is_prior(ent):
        return PRIOR
    if _IN_SITU.match(ent.doc.text[ent.end_char : ent.end_char + 20]):
        return IN_SITU
    sent = ent.sent.text
    line_start = sent.rfind("\n", 0, ent.start_char - ent.sent.start_char) + 1
    line = sent[line_start:]
    if _PRELIMINARY_LINE.search(line[: ent.start_char - ent.sent.start_char - line_start]):
        return PRELIMINARY  # "FROZEN SECTION DIAGNOSIS: ...", "Clinical Diagnosis: ..."
    if _on_type_line(ent):
        return TYPE_LINE
    title = ent[0]._.section_title
    if title is None:
        return BODY
    if _PRELIMINARY_TITLE.search(title.text):
        return PRELIMINARY
    return FINAL if _FINAL_TITLE.search(title.text) else BODY


def choose(mentions: Iterable[str | tuple[str, str]]) -> str | None:
    """The type of the best-ranked mentions; None when they name two different
    specific types (two tumours, a diagnosis the engine cannot read for sure).

    A specific type beats a NOS "non-small cell carcinoma" ("NSCC, favor adenocarcinoma";
    "Histologic type: non-small cell carcinoma" with the comment's "most likely ...
    adenocarcinoma"), but not from a precursor lesion or another time's diagnosis.
    ``mentions`` are (type, said_in) pairs, or bare types (read as BODY)."""
    said = [(m, BODY) if isinstance(m, str) else m for m in mentions]
    ranked = [(n, _RANK.get(where, _RANK[BODY])) for n, where in said]
    specific = [(n, t) for n, t in ranked if n != _NOS]
    nos_rank = min((t for n, t in ranked if n == _NOS), default=None)
    if specific:
        best = min(t for _, t in specific)
        if best < _RANK[IN_SITU] or nos_rank is None:
            names = {n for n, t in specific if t == best}
            # An adenosquamous carcinoma's diagnosis names its two parts too: "-Squamous cell
            # carcinoma ... 90% ... -Adenocarcinoma, comprise 10% of the tumor, adenosquamous
            # carcinoma" (TCGA-98-7454).
            if _MIXED in names and names <= {_MIXED, *_MIXED_PARTS}:
                return _MIXED
            return names.pop() if len(names) == 1 else None
    return _NOS if nos_rank is not None else None
