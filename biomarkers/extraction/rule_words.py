"""Words that several rule modules use, each defined once.

Each is a tuple of regex alternatives, so a rule can add its own words to it:
``alt(*FOUND, "reported")``.
"""

from __future__ import annotations

# The verb of a finding, "… were detected"; negated by "no … were detected".
FOUND = ("detected", "identified", "found")
# The general words for what a molecular test finds.
ALTERATIONS = (r"alterations?", r"mutations?", r"variants?")
# Every kind of finding a negative result can deny: "no mutation", "absence of fusions".
NEGATABLE_FINDINGS = (
    *ALTERATIONS, r"fusions?", r"rearrangements?", r"amplifications?", r"abnormalit(?:y|ies)",
    r"changes?", r"translocations?",
)  # fmt: skip
