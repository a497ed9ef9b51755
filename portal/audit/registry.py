"""Which routes reach patient data, and how each maps to an audit entry.

The middleware consults this registry for every request, so no view can forget to be
audited. A new route that shows patient data must be added here; the cross-patient test
(tests/portal/test_cross_patient.py) fails for routes it does not know, which is the
reminder to look at this list too.
"""

from __future__ import annotations

from dataclasses import dataclass

from portal.audit.models import AuditAction


@dataclass(frozen=True)
class AuditedRoute:
    object_type: str
    # URL kwarg holding the object's id (public UUID; the pk on admin pages).
    id_kwarg: str | None = None
    # A fixed action; otherwise derived from the HTTP method.
    action: str | None = None
    # GET of a file endpoint is a download, not a read.
    download: bool = False
    # Only these methods are audited (None: all but OPTIONS).
    methods: tuple[str, ...] | None = None
    # Only audited when the requester is a patient: pages personalized with their profile.
    patients_only: bool = False
    # The view records its own entry through a service on success (export, account deletion).
    service_logged: bool = False
    # The id in id_kwarg is the primary key (admin), not the public UUID.
    by_pk: bool = False


ROUTES: dict[str, AuditedRoute] = {
    # Records, web pages.
    "records:list": AuditedRoute("record"),
    "records:upload": AuditedRoute("record", methods=("POST",)),
    "records:detail": AuditedRoute("record", "record_id"),
    "records:download": AuditedRoute("record", "record_id", download=True),
    # The image of a scanned page is the report itself, like the download.
    "records:page-image": AuditedRoute("record", "record_id", download=True),
    "records:delete": AuditedRoute("record", "record_id", action=AuditAction.DELETE),
    "records:reprocess": AuditedRoute("record", "record_id", action=AuditAction.CHANGE),
    "records:report-date": AuditedRoute("record", "record_id", action=AuditAction.CHANGE),
    "records:finding-check": AuditedRoute(
        "finding", "finding_id", action=AuditAction.CHANGE, methods=("POST",)
    ),
    # Records, API.
    "api-record-list": AuditedRoute("record"),
    "api-record-detail": AuditedRoute("record", "record_id"),
    "api-record-file": AuditedRoute("record", "record_id", download=True),
    "api-record-reprocess": AuditedRoute("record", "record_id", action=AuditAction.CHANGE),
    # Findings and the merged profile.
    "api-finding-detail": AuditedRoute("finding", "finding_id"),
    "api-profile": AuditedRoute("profile"),
    # Pages personalized with the patient's own profile.
    "dashboard": AuditedRoute("profile", methods=("GET",), patients_only=True),
    "timeline": AuditedRoute("profile", methods=("GET",), patients_only=True),
    "summary": AuditedRoute("profile", methods=("GET",), patients_only=True),
    # The same summary as a file the patient keeps: a download of their own data.
    "summary-pdf": AuditedRoute("profile", methods=("GET",), download=True),
    "answers:detail": AuditedRoute("profile", methods=("GET",), patients_only=True),
    "api-answer-detail": AuditedRoute("profile", methods=("GET",), patients_only=True),
    # The patient's saved questions (issue 16).
    "my-questions": AuditedRoute("saved_question"),
    "my-question-delete": AuditedRoute(
        "saved_question", "question_id", action=AuditAction.DELETE, methods=("POST",)
    ),
    "api-me-questions": AuditedRoute("saved_question"),
    "api-me-question": AuditedRoute("saved_question", "question_id"),
    # Patient rights.
    "account-export": AuditedRoute(
        "export", action=AuditAction.EXPORT, methods=("POST",), service_logged=True
    ),
    "api-me-export": AuditedRoute("export", action=AuditAction.EXPORT, service_logged=True),
    "account-delete": AuditedRoute(
        "account", action=AuditAction.ACCOUNT_DELETE, methods=("POST",), service_logged=True
    ),
    "api-me": AuditedRoute("account", action=AuditAction.ACCOUNT_DELETE, service_logged=True),
    "account-access-log": AuditedRoute("audit_log", methods=("GET",)),
    "api-me-access-log": AuditedRoute("audit_log", methods=("GET",)),
    # Signed-in devices (revocations are recorded by the token service).
    "api-me-devices": AuditedRoute("token", methods=("GET",)),
    "api-me-device": AuditedRoute("token", "device_id", service_logged=True),
    "device-revoke": AuditedRoute("token", "device_id", service_logged=True),
    # Sharing (issue 18). The patient's own shares:
    "sharing": AuditedRoute("share", methods=("GET", "POST")),
    "sharing-revoke": AuditedRoute("share", "share_id", action=AuditAction.DELETE),
    "api-shares": AuditedRoute("share"),
    "api-share-detail": AuditedRoute("share", "share_id"),
    # A caregiver's reads: the view records each one in the PATIENT's log (sharing.access);
    # a refused one is recorded here, against the share's patient (audit selectors).
    "shared-summary": AuditedRoute("share", "share_id", service_logged=True),
    "shared-record": AuditedRoute("share", "share_id", service_logged=True),
    "shared-timeline": AuditedRoute("share", "share_id", service_logged=True),
    "shared-visit-summary": AuditedRoute("share", "share_id", service_logged=True),
    "api-shared-summary": AuditedRoute("share", "share_id", service_logged=True),
    "api-shared-profile": AuditedRoute("share", "share_id", service_logged=True),
    "api-shared-records": AuditedRoute("share", "share_id", service_logged=True),
    "api-shared-record-detail": AuditedRoute("share", "share_id", service_logged=True),
}

# Admin pages on models that hold patient data: "<app_label>_<model_name>" -> object type.
ADMIN_MODELS: dict[str, str] = {
    "records_record": "record",
    "biomarkers_finding": "finding",
    "accounts_user": "account",
    "audit_auditentry": "audit_entry",
    # Sign-in secrets' metadata and what patients wrote (issue 14).
    "accounts_apitoken": "token",
    "otp_totp_totpdevice": "totp_device",
    "otp_static_staticdevice": "static_device",
    "answers_feedback": "feedback",
}
_ADMIN_VIEWS = ("changelist", "add", "change", "delete", "history")


def admin_changelist(url_name: str) -> bool:
    return url_name.endswith("_changelist")


def admin_route(url_name: str) -> AuditedRoute | None:
    """``admin:records_record_change`` and friends; None for other admin pages."""
    name = url_name.removeprefix("admin:")
    for view in _ADMIN_VIEWS:
        model, sep, rest = name.rpartition(f"_{view}")
        if sep and not rest and model in ADMIN_MODELS:
            has_id = view in ("change", "delete", "history")
            action = AuditAction.DELETE if view == "delete" else None
            return AuditedRoute(
                ADMIN_MODELS[model],
                "object_id" if has_id else None,
                action=action,
                by_pk=True,
            )
    return None


def route_for(url_name: str | None) -> AuditedRoute | None:
    if not url_name:
        return None
    if url_name.startswith("admin:"):
        return admin_route(url_name)
    return ROUTES.get(url_name)


def action_for(route: AuditedRoute, method: str) -> str:
    if route.action and (method not in ("GET", "HEAD") or route.action == AuditAction.EXPORT):
        return route.action
    if method in ("GET", "HEAD"):
        return AuditAction.DOWNLOAD if route.download else AuditAction.READ
    if method == "DELETE":
        return AuditAction.DELETE
    return AuditAction.CHANGE
