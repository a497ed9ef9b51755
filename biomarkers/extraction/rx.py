"""Small helpers to write the engine's regular expressions as named, readable parts.

The rule modules build each long pattern from named pieces (``_NEG_NOUN``, ``_FOUND``)
joined with these helpers, so a rule reads as the wording it is for. The helpers only
join strings: ``alt("a", "b")`` is exactly ``"(?:a|b)"``, so a pattern written with them is
the same string as the one written out by hand.
"""

from __future__ import annotations


def alt(*parts: str) -> str:
    """One non-capturing group of alternatives, tried in the order given."""
    return "(?:" + "|".join(parts) + ")"


def either(*parts: str) -> str:
    """Alternatives at the top level of a pattern (no group around them)."""
    return "|".join(parts)


def opt(part: str) -> str:
    """``part`` or nothing, as a non-capturing group."""
    return "(?:" + part + ")?"


def words(text: str, sep: str = r"\s+") -> str:
    """A phrase whose words may be split by any run of white space: "wrong patient"."""
    return sep.join(text.split())
