"""Helpers shared by the apps that belong to none of them (no app imports, no settings)."""
