"""Celery application: JSON only, late acks, tasks survive a dying worker."""

from __future__ import annotations

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.local")

app = Celery("portal")
# All Celery settings live in Django settings under the CELERY_ prefix.
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.update(
    task_serializer="json",
    result_serializer="json",
    accept_content=["json"],
    # A task is acknowledged only after it finished, and re-delivered when the
    # worker process running it dies, so no upload is lost (celery #4984).
    task_acks_late=True,
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=1,
    broker_connection_retry_on_startup=True,
)


def _late_config() -> None:
    from django.conf import settings

    app.conf.broker_transport_options = {
        "visibility_timeout": settings.CELERY_BROKER_VISIBILITY_TIMEOUT,
    }


app.on_after_configure.connect(lambda sender, **kw: _late_config())
app.autodiscover_tasks()
