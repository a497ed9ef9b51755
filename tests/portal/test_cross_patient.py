"""Cross-patient route walker: every route and verb that takes an id refuses another patient.

The URL resolver and the OpenAPI schema are both walked. Each route must be declared below:
either with a provider of alice's ids for its kwargs (PATIENT_ROUTES: bob must get 403/404,
with his session and with his token), as public content (PUBLIC_ID_ROUTES), or as an admin
page (ADMIN_MODELS: non-staff are sent to sign in). A route that is not declared fails the
test, so a new route cannot ship without being thought about here.

Unauthenticated requests get 401/403 or a redirect to sign in everywhere except PUBLIC_PAGES.
Decision: the API schema and its docs page are public (they describe the API, hold no data),
like the answers, which are general content.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from drf_spectacular.generators import SchemaGenerator

from answers.models import SavedQuestion
from answers.reader_services import saved_question_create
from biomarkers.models import Finding
from portal.accounts.models import ApiToken
from portal.audit.models import AuditEntry
from portal.audit.registry import ROUTES as AUDITED_ROUTES
from records.models import Record
from records.storage import private_storage
from sharing.models import Scope, Share
from tests.factories import UserFactory
from tests.portal.patient_data import patient_with_data
from tests.sharing.factories import ShareFactory, expired_share, revoked_share

VERBS = ("get", "post", "put", "patch", "delete")
DENIED = {403, 404}
Provider = Callable[[dict], str]

# URL name -> {kwarg: how to get alice's id}. bob must be refused (403/404) on every verb.
PATIENT_ROUTES: dict[str, dict[str, Provider]] = {
    "records:detail": {"record_id": lambda d: d["record"]},
    "records:download": {"record_id": lambda d: d["record"]},
    "records:page-image": {"record_id": lambda d: d["record"], "page": lambda d: d["scan_page"]},
    "records:delete": {"record_id": lambda d: d["record"]},
    "records:reprocess": {"record_id": lambda d: d["record"]},
    "records:report-date": {"record_id": lambda d: d["record"]},
    "records:finding-check": {
        "record_id": lambda d: d["record"],
        "finding_id": lambda d: d["finding"],
    },
    "api-record-detail": {"record_id": lambda d: d["record"]},
    "api-record-file": {"record_id": lambda d: d["record"]},
    "api-record-reprocess": {"record_id": lambda d: d["record"]},
    "api-finding-detail": {"finding_id": lambda d: d["finding"]},
    # Signed-in devices (API tokens): bob can neither see nor revoke alice's.
    "api-me-device": {"device_id": lambda d: d["device"]},
    "device-revoke": {"device_id": lambda d: d["device"]},
    # alice's shares with her caregiver (issue 18): bob can neither see nor revoke them.
    "sharing-revoke": {"share_id": lambda d: d["share"]},
    "api-share-detail": {"share_id": lambda d: d["share"]},
    # alice's saved questions (issue 16): bob can neither see nor delete them.
    "my-question-delete": {"question_id": lambda d: d["question"]},
    "api-me-question": {"question_id": lambda d: d["question"]},
}
# Routes a caregiver reads through a share alice gave carol (records scope). carol reaches
# them; bob (another patient) and alice herself (not the caregiver) are refused, and so is
# carol through each of the other shares: revoked, expired, and, for the record routes, one
# that is summary-scoped.
CAREGIVER_ROUTES: dict[str, dict[str, Provider]] = {
    "shared-summary": {"share_id": lambda d: d["share"]},
    "api-shared-profile": {"share_id": lambda d: d["share"]},
    "api-shared-records": {"share_id": lambda d: d["share"]},
    "api-shared-record-detail": {
        "share_id": lambda d: d["share"],
        "record_id": lambda d: d["record"],
    },
    "shared-record": {"share_id": lambda d: d["share"], "record_id": lambda d: d["record"]},
    # The treatment timeline and visit summary (issue 16), under any scope.
    "shared-timeline": {"share_id": lambda d: d["share"]},
    "shared-visit-summary": {"share_id": lambda d: d["share"]},
    "api-shared-summary": {"share_id": lambda d: d["share"]},
}
CAREGIVER_RECORD_ROUTES = {"api-shared-records", "api-shared-record-detail", "shared-record"}
# Routes whose id names public content, not a patient's data.
PUBLIC_ID_ROUTES: dict[str, dict[str, Provider]] = {
    "answers:detail": {"slug": lambda d: "alk-positive"},
    "answers:feedback": {"slug": lambda d: "alk-positive"},
    "api-answer-detail": {"slug": lambda d: "alk-positive"},
    # alice's real uid with a forged token: must show "invalid link", nothing of hers.
    "password_reset_confirm": {"uidb64": lambda d: d["uidb64"], "token": lambda d: "set-password"},
    # A forged invitation link: "not valid", nothing of alice's.
    "sharing-accept": {"token": lambda d: "forged-token"},
}
# Admin pages: "<app>/<model>" -> alice's object id there (None: model holds no patient data).
ADMIN_MODELS: dict[str, Provider | None] = {
    "records/record": lambda d: d["record_pk"],
    "accounts/user": lambda d: d["alice_pk"],
    "audit/auditentry": lambda d: d["audit_pk"],
    "otp_totp/totpdevice": lambda d: d["totp_pk"],
    "otp_static/staticdevice": lambda d: d["static_pk"],
    "accounts/apitoken": lambda d: d["token_pk"],
    "answers/feedback": None,
    "answers/answer": None,
    "answers/answerinreview": None,
    "answers/answerrevision": None,
    "answers/moderationevent": None,
    "answers/topic": None,
    "auth/group": None,
    "axes/accessattempt": None,
    "axes/accesslog": None,
    "axes/accessfailurelog": None,
}
ADMIN_SPECIAL: dict[str, dict[str, Provider]] = {
    "admin:app_list": {"app_label": lambda d: "records"},
    "admin:view_on_site": {
        "content_type_id": lambda d: d["record_ct"],
        "object_id": lambda d: d["record_pk"],
    },
    "admin/(?P<url>.*)$": {"url": lambda d: f"records/record/{d['record_pk']}/"},
}
PUBLIC_PAGES = {
    "home", "healthz", "signup", "login", "otp-verify", "logout", "admin:logout", "password_reset",
    "password_reset_done", "password_reset_confirm", "password_reset_complete",
    "answers:list", "answers:detail", "api-answer-list", "api-answer-detail",
    "api-register", "api-token", "api-schema", "api-docs",
}  # fmt: skip

_PARAM = re.compile(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>[^)]*\)")


def _walk(resolver: URLResolver, prefix: str = "", ns: str = "") -> Iterator[tuple[str, str]]:
    for p in resolver.url_patterns:
        if isinstance(p, URLResolver):
            yield from _walk(
                p, prefix + str(p.pattern), ns + (f"{p.namespace}:" if p.namespace else "")
            )
        elif isinstance(p, URLPattern):
            pattern = prefix + str(p.pattern)
            yield (ns + p.name if p.name else pattern), pattern


def all_routes() -> list[tuple[str, str, list[str]]]:
    """(key, pattern, kwarg names) for every URL pattern; key is the name or the pattern."""
    return [
        (key, pattern, [a or b for a, b in _PARAM.findall(pattern)])
        for key, pattern in _walk(get_resolver())
    ]


def _admin_model(pattern: str) -> str | None:
    m = re.match(r"admin/(\w+)/(\w+)/", pattern)
    return f"{m.group(1)}/{m.group(2)}" if m else None


def providers_for(key: str, pattern: str, params: list[str]) -> tuple[str, dict[str, Provider]]:
    """(category, kwarg providers); fails the test for a route nobody declared."""
    if key in PATIENT_ROUTES:
        return "patient", PATIENT_ROUTES[key]
    if key in CAREGIVER_ROUTES:
        return "caregiver", CAREGIVER_ROUTES[key]
    if key in PUBLIC_ID_ROUTES:
        return "public", PUBLIC_ID_ROUTES[key]
    if key in ADMIN_SPECIAL:
        return "admin", ADMIN_SPECIAL[key]
    if pattern.startswith("admin/"):
        model = _admin_model(pattern)
        if model not in ADMIN_MODELS:
            pytest.fail(f"admin route {key} ({pattern}) on undeclared model {model}")
        provider = ADMIN_MODELS[model] or (lambda d: "1")
        return "admin", dict.fromkeys(params, provider)
    pytest.fail(f"route {key} ({pattern}) takes {params} but declares no id provider")


def build_path(pattern: str, values: dict[str, str]) -> str:
    path = _PARAM.sub(lambda m: str(values[m.group(1) or m.group(2)]), pattern)
    return "/" + path.lstrip("^").rstrip("$")


@pytest.fixture
def world(alice, bob, moderator, second_moderator):
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    data = patient_with_data(alice)
    entry = AuditEntry.objects.create(
        actor_id=alice.pk, actor_kind="patient", patient_id=alice.pk, action="read",
        object_type="record", object_id=str(data.record.public_id),
    )  # fmt: skip
    token, _key = ApiToken.objects.create(user=alice, label="alice's phone")
    carol = UserFactory(email="carol@example.org")
    share = ShareFactory(patient=alice, caregiver=carol, scope=Scope.RECORDS)
    from records.models import ScanPage

    scan = ScanPage.objects.create(record=data.record, page=1, width=1, height=1, image=b"\xff\xd8")
    return {
        "scan_page": str(scan.page),
        "carol": carol,
        "share": str(share.public_id),
        # carol's other shares from alice, none of which opens anything.
        "share_revoked": str(revoked_share(patient=alice, caregiver=carol).public_id),
        "share_expired": str(expired_share(patient=alice, caregiver=carol).public_id),
        "share_summary": str(
            ShareFactory(patient=alice, caregiver=carol, scope=Scope.SUMMARY).public_id
        ),
        "record": str(data.record.public_id),
        "record_pk": str(data.record.pk),
        "record_ct": str(ContentType.objects.get_for_model(Record).pk),
        "finding": str(data.finding.public_id),
        "alice_pk": str(alice.pk),
        "uidb64": urlsafe_base64_encode(force_bytes(alice.pk)),
        "audit_pk": str(entry.pk),
        "totp_pk": str(TOTPDevice.objects.create(user=alice, name="app", confirmed=True).pk),
        "static_pk": str(StaticDevice.objects.create(user=alice, name="codes", confirmed=True).pk),
        "token_pk": token.pk,  # the digest: the admin's id for a token, not a usable key
        "device": str(token.public_id),
        "question": str(
            saved_question_create(owner=alice, text="alice's question for her oncologist")[
                0
            ].public_id
        ),
        "data": data,
    }


def _redirects_to_login(response) -> bool:
    location = response.get("Location", "")
    return response.status_code == 302 and location.startswith(
        ("/accounts/login/", "/admin/login/")
    )


def _send(client, verb: str, path: str):
    body = {"confirmation": "confirmed", "action": "confirm", "password": "x"}
    if verb == "get":
        return client.get(path)
    return getattr(client, verb)(path, body, content_type="application/json")


@pytest.mark.django_db
def test_every_id_route_refuses_another_patient(world, bob, bob_api, alice_client):
    bob_session = Client()
    bob_session.force_login(bob)
    failures: list[str] = []
    checked: list[str] = []
    for key, pattern, params in all_routes():
        if not params:
            continue
        category, providers = providers_for(key, pattern, params)
        missing = set(params) - set(providers)
        assert not missing, f"{key}: no provider for {missing}"
        path = build_path(pattern, {p: providers[p](world) for p in params})
        if category == "patient":
            # The ids are really alice's: she reaches the page herself.
            own = alice_client.get(path)
            assert own.status_code in (200, 405), f"alice GET {path} -> {own.status_code}"
        if category == "caregiver":
            failures += _caregiver_checks(key, pattern, params, path, world, alice_client)
        refused_somewhere = False
        for client_name, client in (("session", bob_session), ("token", bob_api)):
            for verb in VERBS:
                response = _send(client, verb, path)
                code = response.status_code
                web_route = not path.startswith("/api/")
                if category == "public":
                    ok = code < 500 and b"alice@example.org" not in getattr(
                        response, "content", b""
                    )
                elif category == "admin":
                    ok = code in DENIED or _redirects_to_login(response) or code == 405
                elif code in DENIED:
                    ok = refused_somewhere = True
                else:
                    # A token is no credential on web pages: that is an anonymous request.
                    ok = code == 405 or (
                        client_name == "token" and web_route and _redirects_to_login(response)
                    )
                if not ok:
                    failures.append(f"{client_name} {verb.upper()} {path} ({key}) -> {code}")
        if category in ("patient", "caregiver"):
            if not refused_somewhere:
                failures.append(f"{key}: no verb ever reached the owner check")
            checked.append(key)
    assert not failures, "\n".join(failures)
    assert set(checked) == set(PATIENT_ROUTES) | set(CAREGIVER_ROUTES), (
        set(PATIENT_ROUTES) | set(CAREGIVER_ROUTES)
    ) - set(checked)
    # Nothing of alice's changed under bob's attempts.
    data = world["data"]
    assert Record.objects.filter(pk=data.record.pk).exists()
    assert Finding.objects.get(pk=data.finding.pk).confirmation == "unconfirmed"
    assert private_storage().exists(data.record.storage_key)
    assert ApiToken.objects.filter(public_id=world["device"]).exists()  # not revoked by bob
    assert Share.objects.get(public_id=world["share"]).revoked_at is None  # nor her share
    assert SavedQuestion.objects.filter(public_id=world["question"]).exists()


def _caregiver_checks(key, pattern, params, path, world, alice_client) -> list[str]:
    """carol reads through her active share (GET only: every other verb is 405); alice is
    not the caregiver; carol's revoked, expired and (on record routes) summary shares open
    nothing."""
    failures = []
    carol = Client()
    carol.force_login(world["carol"])
    code = carol.get(path).status_code
    if code != 200:
        failures.append(f"carol GET {path} ({key}) -> {code}")
    for verb in ("post", "put", "patch", "delete"):
        code = _send(carol, verb, path).status_code
        if code != 405:
            failures.append(f"carol {verb.upper()} {path} ({key}) -> {code}: not read-only")
    code = alice_client.get(path).status_code
    if code != 404:
        failures.append(f"alice (the patient, not the caregiver) GET {path} -> {code}")
    others = ["share_revoked", "share_expired"]
    if key in CAREGIVER_RECORD_ROUTES:
        others.append("share_summary")
    for other in others:
        values = {p: CAREGIVER_ROUTES[key][p](world) for p in params}
        values["share_id"] = world[other]
        other_path = build_path(pattern, values)
        code = carol.get(other_path).status_code
        if code != 404:
            failures.append(f"carol GET {other_path} via {other} ({key}) -> {code}")
    return failures


@pytest.mark.django_db
def test_every_openapi_operation_with_an_id_refuses_another_patient(world, bob, bob_api):
    schema = SchemaGenerator().get_schema(request=None, public=True)
    bob_session = Client()
    bob_session.force_login(bob)
    failures, seen = [], 0
    for api_path, operations in schema["paths"].items():
        params = re.findall(r"{(\w+)}", api_path)
        if not params:
            continue
        match = resolve(re.sub(r"{(\w+)}", "x", api_path))
        category, providers = providers_for(match.view_name, api_path, params)
        values = {p: providers[p](world) for p in params}
        path = re.sub(r"{(\w+)}", lambda m, v=values: str(v[m.group(1)]), api_path)
        for verb in operations:
            if verb not in VERBS:
                continue
            seen += 1
            for client_name, client in (("session", bob_session), ("token", bob_api)):
                code = _send(client, verb, path).status_code
                if category in ("patient", "caregiver") and code not in DENIED:
                    failures.append(f"{client_name} {verb.upper()} {path} -> {code}")
                if category == "public" and code >= 500:
                    failures.append(f"{client_name} {verb.upper()} {path} -> {code}")
    assert seen >= 6, schema["paths"].keys()  # records x4 verbs, findings x2, answers
    assert not failures, "\n".join(failures)


@pytest.mark.django_db
def test_unauthenticated_requests_are_refused_except_public_pages(world):
    anonymous = Client()
    failures = []
    for key, pattern, params in all_routes():
        values = {}
        if params:
            _category, providers = providers_for(key, pattern, params)
            values = {p: providers[p](world) for p in params}
        path = build_path(pattern, values)
        for verb in ("get", "post"):
            response = _send(anonymous, verb, path)
            code = response.status_code
            if key in PUBLIC_PAGES:
                ok = code < 500
            else:
                ok = code in (401, 403, 404, 405) or _redirects_to_login(response)
            if not ok:
                failures.append(f"{verb.upper()} {path} ({key}) -> {code}")
    assert not failures, "\n".join(failures)


def test_every_patient_route_is_in_the_audit_registry():
    # A route that serves one patient's data and is not audited is a gap in the trail.
    routes = set(PATIENT_ROUTES) | set(CAREGIVER_ROUTES)
    assert routes <= set(AUDITED_ROUTES), routes - set(AUDITED_ROUTES)


def test_walker_sees_the_routes_it_claims_to_cover():
    keys = {key for key, _pattern, _params in all_routes()}
    for name in (
        *PATIENT_ROUTES,
        *CAREGIVER_ROUTES,
        *PUBLIC_ID_ROUTES,
        "admin:records_record_change",
        "api-me-export",
        "api-me-devices",
        "summary-pdf",
        "my-questions",
        "api-me-questions",
        "api-logout",
    ):
        assert name in keys, name
