"""The spaCy/medspaCy pipeline, built once per process on first use.

blank English tokenizer → ``line_sentencer`` (layout-aware, then full stops inside lines) →
medspaCy TargetMatcher (genes, variants, drugs, histology) → medspaCy Sectionizer →
medspaCy ConText. Nothing is downloaded: blank pipeline, rules only.
"""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from . import drugs, histology
from .genes import GENE_PATTERNS, GLUED_VARIANT, OTHER_GENE_PATTERN
from .rules import (
    CONTEXT_RULES,
    DROP_DEFAULT_CONTEXT,
    SCOPED_REGEX_RULES,
    SCOPED_RULES,
    SECTION_RULES,
)
from .rx import alt, either
from .variants import VARIANT_PATTERNS

_LOCK = threading.Lock()
_NLP: Language | None = None

# --- Line patterns for the sentencer (``_continues`` and ``LineSentencer``) -----------------
_HEADING = re.compile(r"^[^a-z]{3,}$")  # ALL-CAPS line: a heading, never a continuation
_KEYVAL = re.compile(r"^\s*[^:.]{1,60}:\s*\S")  # "ALK (D5F3): negative"
# A list item: a bullet sign, "1." / "2)", or "a." / "b)".
_BULLET = re.compile(r"^\s*" + alt(r"[-•*▪◦]", r"\d{1,2}[.)]\s", r"[a-z][.)]\s"))
_END_PUNCT = re.compile(r"[.:;!?]\s*$")
# A line that ends mid-phrase ("EGFR, ALK, ROS1, RET and" / "NTRK1-3 negative."): the next
# line continues it. test_extraction_layouts.py::test_a_list_wrapped_after_and_is_one_sentence
_JOINER_END = re.compile(
    alt(
        r"[,(/&-]",
        r"\b"
        + alt("and", "or", "of", "with", "for", "to", "the", "a", "an", "in", "on", "by", "at",
              "from", "as"),
    )
    + r"\s*$"
)  # fmt: skip
_INNER_BREAK = re.compile(r"[.!?]\s+\S")
# A sentence stop: the word before it, the stop, closing quotes or brackets, white space,
# and what may start a sentence. test_extraction_generalise.py::test_sentences_split_inside_a_line
_STOP = re.compile(r"(?P<word>[A-Za-z0-9%)\]]+)?[.!?][\"')\]]*\s+(?=[A-Z0-9(\[\"'])")
# Leader dots ("EGFR ........ NEGATIVE", "MET amp . not detected"): layout, not a full stop.
# Two or more dots or ellipses, a lone dot between spaces, or an ellipsis character.
# test_extraction_context.py::test_leader_dots, ::test_leader_dots_pdl1
_LEADER = re.compile(
    either(r"(?:\s?(?:\.|\u2026)){2,}", r"(?<=\s)\.(?=\s)", r"\u2026+"),
)
# A wide gap before a marker name: the next cell of a two-column layout starts there
# ("MET amplification  not detected     PD-L1 (SP263) 90%").
# test_extraction_context.py::test_right_hand_cell_is_its_own_sentence
_CELL_GAP = re.compile(r"\S(?P<gap>\s{3,})(?=\S)")
_GENE_START = re.compile("|".join(f"(?:{p})" for p in GENE_PATTERNS.values()))
# A line that starts with a result: a status word, "no mutations", or a percentage.
_RESULT_START = re.compile(
    r"\s*"
    + alt(
        r"not\s+detected", "negative", "positive", "detected", "equivocal", "indeterminate",
        "inconclusive", "pending", r"wild[- ]?type",
        r"no\s+" + alt(r"mutations?", r"fusions?", r"alterations?", r"rearrangements?") + r"\b",
        r"[<>≤≥]?\s*\d{1,3}(?:\.\d+)?\s*%",  # "30%", "<1%", "≥ 50 %"
    ),
    re.IGNORECASE,
)  # fmt: skip
# A label that waits for its value on the next line: "EGFR (DNA sequencing):", "PD-L1: TPS".
# test_extraction_layouts.py::test_a_result_label_wrapped_before_its_value,
# ::test_a_pdl1_score_wrapped_onto_the_next_line
_LABEL_END = re.compile(
    alt(":", r"\b" + alt("TPS", r"tumou?r\s+proportion\s+score", "score")) + r"\s*$", re.I
)
# Words whose full stop does not end a sentence ("Dr. Smith", "approx. 5 cm").
_ABBREV = {
    "dr", "mr", "mrs", "ms", "st", "no", "vs", "fig", "approx", "ed", "e.g", "i.e", "etc",
    "inc", "co", "ltd", "pt", "jr", "sr", "prof", "dept", "nos",
}  # fmt: skip


def _continues(prev: str, line: str) -> bool:
    """Whether ``line`` is the wrapped continuation of ``prev`` (same sentence)."""
    if not prev.strip() or not line.strip():
        return False
    if _LABEL_END.search(prev) and _GENE_START.search(prev) and _RESULT_START.match(line):
        # A result label wrapped before its value: "EGFR (DNA sequencing):" / "indeterminate",
        # "PD-L1 (SP263): TPS" / "30%".
        return True  # before the heading test: "30%" has no lower case
    if _HEADING.match(prev.strip()) or _HEADING.match(line.strip()):
        return False
    if _BULLET.match(line) or "   " in prev or "   " in line:  # table rows stay apart
        return False
    if _END_PUNCT.search(prev):
        return False
    if _KEYVAL.match(line) and not line[:1].islower():
        return False
    first = line.lstrip()[:1]
    return first.islower() or bool(_JOINER_END.search(prev)) or len(prev) > 70


class LineSentencer:
    """Sentence starts from the page layout, then at full stops inside a line.

    A PDF line is a unit: key/value lines, table rows and headings are never merged with
    their neighbours (so "ALK: Negative" cannot negate the next line). Wrapped prose lines
    are joined back. Inside a block, a sentence starts after ". ", "? " or "! " before a
    capital, a digit or a bracket, unless the word before the stop is an abbreviation
    ("St. Brigid", "approx. 5 cm"), an initial or a list letter ("B. KRAS codon 12/13");
    never before a lower-case word ("8th ed. stage").

    Why not PyRuSH (medspaCy's sentence splitter, used here before): on the real, OCR'd
    reports it cost about 30 ms per 1,000 characters, 90% of the whole engine's time, and
    every split it made that mattered here is one of the rule above (bench/extraction.py
    prints the figures; the suites scored the same without it).
    """

    @staticmethod
    def cell_starts(line: str) -> list[int]:
        """Offsets in ``line`` where a second marker's cell starts after a wide gap, when the
        cells before it already name a marker: two result columns merged into one line.
        A table row ("PD-L1   22C3   Positive   TPS 60%") has one marker and stays whole."""
        out = []
        seg = 0
        for m in _CELL_GAP.finditer(line):
            cell = m.end("gap")
            if _GENE_START.match(line, cell) and _GENE_START.search(line, seg, cell):
                out.append(cell)
                seg = cell
        return out

    @staticmethod
    def inner_starts(chunk: str) -> set[int]:
        """Sentence starts inside one block (see the class docstring)."""
        chunk = _LEADER.sub(lambda m: " " * len(m.group(0)), chunk)
        out = set()
        for m in _STOP.finditer(chunk):
            word = (m.group("word") or "").lower().rstrip(".")
            if word in _ABBREV or (len(word) == 1 and word.isalpha()):
                continue
            out.add(m.end())
        return out

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        starts: set[int] = set()
        pos, prev, prev_end = 0, "", 0
        block_start: int | None = None
        blocks: list[tuple[int, int]] = []
        for line in text.split("\n"):
            end = pos + len(line)
            if "   " in line:
                starts.update(pos + c for c in self.cell_starts(line))
            if line.strip():
                if block_start is None or not _continues(prev, line):
                    if block_start is not None:
                        blocks.append((block_start, prev_end))
                    block_start = pos + (len(line) - len(line.lstrip()))
                prev_end = end
            elif block_start is not None:
                blocks.append((block_start, prev_end))
                block_start = None
            prev = line
            pos = end + 1
        if block_start is not None:
            blocks.append((block_start, prev_end))
        for b0, b1 in blocks:
            starts.add(b0)
            chunk = text[b0:b1]
            if _INNER_BREAK.search(_LEADER.sub(" ", chunk)):
                starts.update(b0 + c for c in self.inner_starts(chunk))
        by_char = {t.idx: t for t in doc}
        for tok in doc:
            tok.is_sent_start = tok.i == 0
        for c in starts:
            tok = by_char.get(c)
            if tok is not None:
                tok.is_sent_start = True
        return doc


# No annotations on a factory: spaCy resolves them at run time and the postponed
# ones from ``from __future__ import annotations`` cannot be resolved.
@Language.factory("line_sentencer")
def _make_line_sentencer(nlp, name):
    return LineSentencer()


# medspaCy keeps a token Matcher beside the regex/phrase ones; left empty, spaCy warns
# (W036) on every document. One token pattern that cannot match keeps it quiet.
_NEVER = [{"ORTH": "\u0000never\u0000"}]


def _target_rules():
    from medspacy.target_matcher import TargetRule

    rules = [TargetRule(k, "GENE", pattern=p) for k, p in GENE_PATTERNS.items() if k != "PD-L1"]
    rules.append(TargetRule("PD-L1", "PDL1", pattern=GENE_PATTERNS["PD-L1"]))
    rules.append(TargetRule("other gene", "OTHER_GENE", pattern=OTHER_GENE_PATTERN))
    rules += [TargetRule(k, "VARIANT", pattern=p) for k, p in VARIANT_PATTERNS.items()]
    rules += [TargetRule(k, "HISTOLOGY", pattern=p) for k, p in histology.PATTERNS]
    rules.append(TargetRule("drug", "DRUG", pattern=drugs.DRUG_PATTERN))
    return [*rules, TargetRule("never", "NONE", pattern=_NEVER)]


def _context_rules():
    from medspacy.context import ConTextRule

    default = (
        Path(spacy.util.get_package_path("medspacy")).parent / "resources/en/context_rules.json"
    )
    rules = []
    if default.exists():
        for r in json.loads(default.read_text())["context_rules"]:
            if r["literal"].lower() in DROP_DEFAULT_CONTEXT or r.get("pattern"):
                continue
            rules.append(ConTextRule(r["literal"], r["category"], direction=r["direction"]))
    for literal, cat, direction, pattern in CONTEXT_RULES:
        rules.append(ConTextRule(literal, cat, pattern=pattern, direction=direction))
    for literal, cat, direction, regex, scope in SCOPED_REGEX_RULES:
        rules.append(ConTextRule(literal, cat, pattern=regex, direction=direction, max_scope=scope))
    for literal, cat, direction, regex, scope in SCOPED_RULES:
        token = [{"TEXT": "-", "OP": "?"}, {"TEXT": {"REGEX": regex}}]
        rules.append(ConTextRule(literal, cat, pattern=token, direction=direction, max_scope=scope))
    return [*rules, ConTextRule("never", "NONE", pattern=_NEVER)]


def _section_rules():
    from medspacy.section_detection import SectionRule

    rules = []
    default = (
        Path(spacy.util.get_package_path("medspacy")).parent / "resources/en/section_patterns.json"
    )
    if default.exists():
        for r in json.loads(default.read_text())["section_rules"]:
            if isinstance(r.get("pattern", r["literal"]), str):
                rules.append(SectionRule(r["literal"], r["category"]))
    for cat, pattern in SECTION_RULES:
        # Whole-line headers only (an optional trailing colon).
        rules.append(
            SectionRule(cat, cat, pattern=rf"(?<![^\n])[ \t]*(?:{pattern})[ \t]*:?[ \t]*(?=\n|$)")
        )
    return [*rules, SectionRule("never", "NONE", pattern=_NEVER)]


def build() -> Language:
    import medspacy  # noqa: F401  (registers the medspaCy factories)

    nlp = spacy.blank("en")
    # "/", "::", "=" split tokens so "carboplatin/pemetrexed" gives two drugs and
    # "TPS=60%" three tokens; regex targets still resolve to token boundaries.
    # "KRASG12C" (tumour-board shorthand) splits into the gene and its variant.
    infixes = [*nlp.Defaults.infixes, r"/", r"::", r"=", r"(?<=[A-Za-z0-9]):(?=\S)", GLUED_VARIANT]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.add_pipe("line_sentencer")
    # Targets go to a span group, not doc.ents: medspaCy appends to doc.ents one span at a
    # time, which is quadratic in the number of targets.
    tm = nlp.add_pipe("medspacy_target_matcher", config={"result_type": "group"})
    tm.add(_target_rules())
    sec = nlp.add_pipe(
        "medspacy_sectionizer",
        config={"rules": None, "require_start_line": False, "input_span_type": "group"},
    )
    sec.add(_section_rules())
    status = ["NEGATED_EXISTENCE", "POSITIVE", "EQUIVOCAL", "PENDING", "NOT_TESTED"]
    ctx = nlp.add_pipe(
        "medspacy_context",
        config={
            "rules": None,
            "input_span_type": "group",
            "span_attrs": None,
            # A status ends the scope of any other status: "ALK negative, RET positive".
            "terminating_types": {s: [o for o in status if o != s] for s in status},
        },
    )
    ctx.add(_context_rules())
    return nlp


TARGETS = "medspacy_spans"  # the span group holding the TargetMatcher's results


def get_nlp() -> Language:
    global _NLP
    if _NLP is None:
        with _LOCK:
            if _NLP is None:
                _NLP = build()
    return _NLP
