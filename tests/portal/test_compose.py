"""docker-compose.yml cannot run here; check it by reading."""

from __future__ import annotations

import re

import yaml

from tests.conftest import REPO_ROOT

SETTINGS_DIR = REPO_ROOT / "portal" / "settings"
# Read by the compose file itself (interpolation), by images, or by Celery/gunicorn commands.
NOT_DJANGO = {
    "DJANGO_SETTINGS_MODULE",
    "POSTGRES_USER",
    "POSTGRES_PASSWORD",
    "POSTGRES_DB",
    "MINIO_ROOT_USER",
    "MINIO_ROOT_PASSWORD",
    "MINIO_KMS_SECRET_KEY",
}


def _compose() -> dict:
    return yaml.safe_load((REPO_ROOT / "docker-compose.yml").read_text())


def _settings_env_names() -> set[str]:
    text = "".join(p.read_text() for p in SETTINGS_DIR.glob("*.py"))
    return set(re.findall(r'env_\w+\(\s*"([A-Z0-9_]+)"', text))


def test_topology_has_every_service_with_healthcheck():
    services = _compose()["services"]
    assert set(services) >= {"web", "worker", "beat", "postgres", "redis", "minio"}
    for name, svc in services.items():
        assert "healthcheck" in svc, f"{name} has no healthcheck"


def test_every_app_env_name_is_read_by_settings():
    known = _settings_env_names()
    assert {"SECRET_KEY", "DATABASE_URL", "REDIS_URL"} <= known
    for name, svc in _compose()["services"].items():
        for var in svc.get("environment", {}):
            if var in NOT_DJANGO:
                continue
            assert var in known, f"service {name} sets {var}, which no setting reads"


def test_no_secret_values_in_compose():
    for name, svc in _compose()["services"].items():
        for var, value in (svc.get("environment") or {}).items():
            if any(word in var for word in ("SECRET", "PASSWORD")):
                assert "${" in str(value), f"{name}.{var} holds a literal secret"
