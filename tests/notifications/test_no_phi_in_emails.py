"""No PHI in any e-mail: every e-mail the flows send is searched for the patient's findings
(histology, genes, variants, results, drugs) and the file names of her reports."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from django.test import Client

from biomarkers.selectors import profile_for
from records import services as record_services
from records import storage
from records import tasks as record_tasks
from records.models import RecordStatus
from sharing import services as sharing_services
from sharing.models import Share
from tests.portal.otp_helpers import totp_code, totp_device
from tests.records.conftest import dev_pdf
from tests.records.factories import RecordFactory

READ_NAME = "alice-egfr-osimertinib-ngs-report.pdf"
FAILED_NAME = "alice-pdl1-biopsy-scan.pdf"


def _phi_terms(alice) -> set[str]:
    profile = profile_for(patient=alice).to_schema(evidence=False)
    terms = {READ_NAME, FAILED_NAME, "egfr", "osimertinib", "pd-l1", "biopsy"}
    if profile.get("histology"):
        terms.add(str(profile["histology"]))
    for gene, found in (profile.get("biomarkers") or {}).items():
        terms.add(gene)
        terms.update(str(v) for v in found.get("variants") or [])
    terms.update(str(t) for t in profile.get("treatments") or [])
    stage = profile.get("stage") or {}
    if stage.get("group"):
        terms.add(f"stage {stage['group']}")
    return {t.lower() for t in terms if t}


@pytest.mark.django_db
def test_no_email_of_any_flow_names_a_finding_or_a_file(
    alice, password, monkeypatch, django_capture_on_commit_callbacks
):
    run = django_capture_on_commit_callbacks
    # A report read (real engine) and one that fails.
    read = RecordFactory(owner=alice, status=RecordStatus.QUEUED, pages=[], filename=READ_NAME)
    storage.private_storage().save(read.storage_key, ContentFile(dev_pdf().read_bytes()))
    with run(execute=True):
        assert record_tasks.extract_record.apply(args=[read.pk]).get() == "done"
    failed = RecordFactory(
        owner=alice, status=RecordStatus.PROCESSING, pages=[], filename=FAILED_NAME
    )
    with run(execute=True):
        record_services.record_fail(record=failed, reason=f"{FAILED_NAME} is not readable")
    terms = _phi_terms(alice)
    assert len(terms) > 6, terms  # the report really gave findings to look for

    # Sharing: invite, a new account accepts, alice revokes; another share expires.
    with run(execute=True):
        sharing_services.share_create(patient=alice, email="carol@example.org", scope="records")
    path = re.search(r"(/sharing/accept/\S+/)", mail.outbox[-1].body).group(1)
    carol = Client()
    with run(execute=True):
        carol.post(
            path,
            {
                "action": "create",
                "password1": "Pw-long-enough-42",
                "password2": "Pw-long-enough-42",
            },
        )
    share = Share.objects.get(email="carol@example.org")
    assert share.accepted_at is not None
    with run(execute=True):
        sharing_services.share_revoke(patient=alice, share=share)
    with run(execute=True):
        sharing_services.share_create(patient=alice, email="dave@example.org", scope="summary")
    dave_path = re.search(r"(/sharing/accept/\S+/)", mail.outbox[-1].body).group(1)
    with run(execute=True):
        Client().post(
            dave_path,
            {
                "action": "create",
                "password1": "Pw-long-enough-42",
                "password2": "Pw-long-enough-42",
            },
        )
    dave_share = Share.objects.get(email="dave@example.org")
    with run(execute=True):
        sharing_services.shares_end_expired(now=dave_share.expires_at + timedelta(seconds=1))

    # Security: a sign-in, two-step sign-in on and off.
    from portal.accounts import otp_services

    with run(execute=True):
        Client().post("/accounts/login/", {"username": "alice@example.org", "password": password})
        device = totp_device(alice, confirmed=False)
        otp_services.totp_setup_confirm(user=alice, token=totp_code(device))
        otp_services.otp_disable(user=alice, token=totp_code(device, steps_ahead=1))

    subjects = [m.subject for m in mail.outbox]
    # Every kind of e-mail was sent (report read, failed, invitation x2, accepted x2, access
    # ended to carol, then to alice and dave, sign-ins, two-step on and off).
    assert len(mail.outbox) >= 12, subjects
    for message in mail.outbox:
        text = f"{message.subject}\n{message.body}".lower()
        for alternative in getattr(message, "alternatives", []):
            text += str(alternative[0]).lower()
        # The accept link is a signed random token (checked to be only that), not words: a
        # three-letter gene must not be "found" in it by chance.
        for link in re.findall(r"https?://\S+", text):
            assert re.fullmatch(r"https?://[^/]+/sharing/accept/[\w:.-]+/", link), link
        text = re.sub(r"https?://\S+", " ", text)
        leaked = sorted(t for t in terms if re.search(rf"(?<!\w){re.escape(t)}(?!\w)", text))
        assert not leaked, (message.subject, leaked)
