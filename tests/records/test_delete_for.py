"""Each app's own delete service, as account deletion calls them: one owner's rows only."""

from __future__ import annotations

import pytest
from django.core.files.base import ContentFile

from answers.reader_services import feedback_delete_for
from biomarkers.models import Finding
from records import services, storage
from records.models import Record
from tests.biomarkers.factories import FindingFactory
from tests.records.factories import RecordFactory


@pytest.mark.django_db(transaction=True)
def test_records_delete_for_takes_rows_history_and_files_of_one_owner_only(alice, bob):
    mine = FindingFactory(record=RecordFactory(owner=alice))
    theirs = FindingFactory(record=RecordFactory(owner=bob))
    for record in (mine.record, theirs.record):
        storage.private_storage().save(record.storage_key, ContentFile(b"%PDF-1.4"))
    assert services.records_delete_for(owner=alice) == 1
    assert list(Record.objects.values_list("owner_id", flat=True)) == [bob.pk]
    assert list(Finding.objects.values_list("pk", flat=True)) == [theirs.pk]
    assert not Finding.history.model.objects.filter(record_id=mine.record_id).exists()
    assert Finding.history.model.objects.filter(record_id=theirs.record_id).exists()
    assert not storage.private_storage().exists(mine.record.storage_key)
    assert storage.private_storage().exists(theirs.record.storage_key)


@pytest.mark.django_db
def test_feedback_delete_for_one_user_only(alice, bob, moderator, second_moderator):
    from answers.models import Feedback
    from answers.reader_services import feedback_create
    from tests.answers.helpers import make_answer

    answer = make_answer(moderator, publish_with=second_moderator)
    feedback_create(answer=answer, user=alice, helpful=True)
    feedback_create(answer=answer, user=bob, helpful=False)
    assert feedback_delete_for(user=alice) == 1
    assert list(Feedback.objects.values_list("user_id", flat=True)) == [bob.pk]
