from __future__ import annotations

from django.apps import AppConfig


class BiomarkersConfig(AppConfig):
    name = "biomarkers"
    default_auto_field = "django.db.models.BigAutoField"
