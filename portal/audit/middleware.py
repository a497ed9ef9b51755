"""Records every request to a registered patient-data route in the audit trail."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from portal.audit.registry import action_for, admin_changelist, route_for
from portal.audit.selectors import owner_id_of, owner_ids_in
from portal.audit.services import audit_record

logger = logging.getLogger(__name__)


class AuditMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        try:
            self._audit(request, response)
        except Exception:
            # The access already happened; an audit failure is an operator alarm, not a
            # reason to hide the response. Ids only in the message.
            logger.exception("audit entry could not be written")
        return response

    def _audit(self, request: HttpRequest, response: HttpResponse) -> None:
        match = getattr(request, "resolver_match", None)
        if match is None or request.method == "OPTIONS":
            return
        route = route_for(match.view_name)
        if route is None or (route.methods and request.method not in route.methods):
            return
        # Read after the view ran: DRF's token authentication sets request.user there.
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return  # refused before any data was reached (401/redirect to login)
        if route.service_logged and getattr(request, "audit_recorded", False):
            return
        if route.patients_only and not user.is_patient:
            return
        object_id = str(match.kwargs.get(route.id_kwarg, "")) if route.id_kwarg else ""
        patient_id = None
        if object_id:
            patient_id = owner_id_of(
                object_type=route.object_type, object_id=object_id, by_pk=route.by_pk
            )
        if patient_id is None and user.is_patient and not route.by_pk:
            patient_id = user.pk
        patients = [patient_id]
        if route.by_pk and admin_changelist(match.view_name or ""):
            # An admin list shows many people's rows: each of them sees that it was listed.
            patients = self._listed_patients(response) or [None]
        for patient in patients:
            audit_record(
                actor=user,
                patient_id=patient,
                action=action_for(route, request.method or "GET"),
                object_type=route.object_type,
                object_id=object_id,
                request=request,
                route=match.view_name,
                status_code=response.status_code,
            )

    @staticmethod
    def _listed_patients(response: HttpResponse) -> list[int]:
        changelist = (getattr(response, "context_data", None) or {}).get("cl")
        if changelist is None:
            return []
        return owner_ids_in(objects=changelist.result_list)
