"""Embedded default for a laptop: SQLite, local private files, eager tasks."""

from __future__ import annotations

from portal.settings.base import *  # noqa: F403
from portal.settings.env import env_bool

DEBUG = env_bool("DEBUG", True)
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG
