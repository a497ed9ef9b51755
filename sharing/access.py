"""Every read by a caregiver goes in the patient's access log (actor: the caregiver)."""

from __future__ import annotations

from portal.audit.models import AuditAction
from portal.audit.services import audit_record
from sharing.models import Share


def audit_caregiver_read(
    *, request, share: Share, object_type: str = "share", object_id: str = ""
) -> None:
    audit_record(
        actor=request.user,
        patient_id=share.patient_id,
        action=AuditAction.READ,
        object_type=object_type,
        object_id=object_id or str(share.public_id),
        request=getattr(request, "_request", request),
        status_code=200,
    )
