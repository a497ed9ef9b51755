"""Saved questions (issue 16): kept from an answer page, listed on the visit summary and
"My questions", in the API, the export; another patient's are never reached."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from pypdf import PdfReader

from answers.models import SavedQuestion
from answers.reader_services import saved_question_create, saved_questions_delete_for
from portal.audit.models import AuditEntry
from tests.answers.helpers import make_answer

pytestmark = pytest.mark.django_db
QUESTION = "Which tests were done on my tumor?"


@pytest.fixture
def answer(moderator, second_moderator):
    return make_answer(moderator, publish_with=second_moderator)


def _save(owner, text=QUESTION) -> SavedQuestion:
    return saved_question_create(owner=owner, text=text)[0]


def test_answer_page_offers_a_save_button_per_question(alice_client, answer):
    html = alice_client.get(answer.get_absolute_url()).content.decode()
    assert 'id="save-question"' in html and 'name="csrfmiddlewaretoken"' in html
    assert f'form="save-question" name="text" value="{QUESTION}"' in html


def test_visitors_get_no_save_button(client, answer):
    html = client.get(answer.get_absolute_url()).content.decode()
    assert QUESTION in html and 'form="save-question"' not in html


def test_saving_from_the_answer_page_returns_there(alice_client, alice, answer):
    back = f"{answer.get_absolute_url()}#questions-heading"
    response = alice_client.post("/questions/", {"text": QUESTION, "next": back})
    assert response.status_code == 302 and response["Location"] == back
    assert list(SavedQuestion.objects.filter(owner=alice).values_list("text", flat=True)) == [
        QUESTION
    ]
    assert AuditEntry.objects.filter(patient_id=alice.pk, object_type="saved_question").exists()


def test_saving_twice_keeps_one_and_never_redirects_away(alice_client, alice):
    for _ in range(2):
        response = alice_client.post(
            "/questions/", {"text": f"  {QUESTION} ", "next": "https://evil.example/"}
        )
        assert response["Location"] == "/questions/"
    assert SavedQuestion.objects.filter(owner=alice).count() == 1


@pytest.mark.parametrize("text", ["", "   ", "x" * 301])
def test_bad_question_is_refused_with_a_message(alice_client, alice, text):
    response = alice_client.post("/questions/", {"text": text}, follow=True)
    assert not SavedQuestion.objects.filter(owner=alice).exists()
    assert "question" in response.content.decode().lower()
    assert [m.level_tag for m in response.context["messages"]] == ["error"]


def test_my_questions_lists_only_my_own_and_deletes(alice_client, alice, bob):
    mine = _save(alice)
    _save(bob, "bob's private question")
    html = alice_client.get("/questions/").content.decode()
    assert QUESTION in html and "bob&#x27;s private question" not in html
    response = alice_client.post(f"/questions/{mine.public_id}/delete/")
    assert response.status_code == 302
    assert not SavedQuestion.objects.filter(owner=alice).exists()


def test_another_patient_cannot_delete_my_question(bob_client, bob_api, alice):
    mine = _save(alice)
    assert bob_client.post(f"/questions/{mine.public_id}/delete/").status_code == 404
    assert bob_api.delete(f"/api/me/questions/{mine.public_id}/").status_code == 404
    assert bob_client.post("/questions/not-a-uuid/delete/").status_code == 404
    assert SavedQuestion.objects.filter(pk=mine.pk).exists()


def test_anonymous_is_sent_to_sign_in(client, api_client):
    assert "/accounts/login/" in client.get("/questions/")["Location"]
    assert "/accounts/login/" in client.post("/questions/", {"text": QUESTION})["Location"]
    assert api_client.get("/api/me/questions/").status_code in (401, 403)
    assert not SavedQuestion.objects.exists()


def test_api_lists_creates_and_deletes(alice_api, alice, bob):
    _save(bob, "bob's private question")
    response = alice_api.post("/api/me/questions/", {"text": QUESTION}, format="json")
    assert response.status_code == 201 and response.json()["text"] == QUESTION
    again = alice_api.post("/api/me/questions/", {"text": QUESTION}, format="json")
    assert again.status_code == 200 and again.json()["id"] == response.json()["id"]
    listed = alice_api.get("/api/me/questions/").json()
    assert [q["text"] for q in listed] == [QUESTION]
    gone = alice_api.delete(f"/api/me/questions/{response.json()['id']}/")
    assert gone.status_code == 204 and alice_api.get("/api/me/questions/").json() == []


def test_api_refuses_a_too_long_question(alice_api, alice):
    response = alice_api.post("/api/me/questions/", {"text": "x" * 301}, format="json")
    assert response.status_code == 400 and "300" in json.dumps(response.json())
    assert not SavedQuestion.objects.exists()


def test_staff_keep_no_questions(moderator):
    from rest_framework.test import APIClient

    api = APIClient()
    api.force_authenticate(moderator)
    response = api.post("/api/me/questions/", {"text": QUESTION}, format="json")
    assert response.status_code == 403 and not SavedQuestion.objects.exists()


def test_summary_page_and_pdf_list_my_questions_only(alice_client, alice, bob):
    _save(alice)
    _save(bob, "bob's private question")
    html = alice_client.get("/summary/").content.decode()
    assert "My questions" in html and QUESTION in html and "private question" not in html
    pdf = PdfReader(io.BytesIO(alice_client.get("/summary/pdf/").content))
    text = "".join(p.extract_text() for p in pdf.pages)
    assert "My questions" in text and QUESTION in text and "private question" not in text


def test_export_holds_my_questions(alice_api, alice, bob):
    _save(alice)
    _save(bob, "bob's private question")
    response = alice_api.get("/api/me/export/")
    zf = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    saved = json.loads(zf.read("findings.json"))["saved_questions"]
    assert [q["text"] for q in saved] == [QUESTION]


def test_delete_for_removes_only_the_owners(alice, bob):
    _save(alice)
    _save(bob, "bob's question")
    assert saved_questions_delete_for(owner=alice) == 1
    assert list(SavedQuestion.objects.values_list("owner", flat=True)) == [bob.pk]


def test_account_deletion_removes_them(alice, alice_api, bob, password):
    _save(alice)
    _save(bob, "bob's question")
    response = alice_api.delete("/api/me/", {"password": password}, format="json")
    assert response.status_code == 204
    assert list(SavedQuestion.objects.values_list("text", flat=True)) == ["bob's question"]
