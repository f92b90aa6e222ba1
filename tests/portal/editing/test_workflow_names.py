"""The moderation workflow's stored name survives being dumped and loaded in a Polish process."""

import pytest

from django.core import serializers
from django.utils import translation

from wagtail.models import GroupApprovalTask, Task, Workflow

STORED = "Moderators approval"


def reload_raw(objects):
    """What `loaddata` and a test database's snapshot restore do: a raw save of dumped rows."""
    for row in serializers.deserialize("json", serializers.serialize("json", objects)):
        row.save()


def stored_names():
    return set(Workflow.objects.values_list("name", flat=True)) | set(Task.objects.values_list("name", flat=True))


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["pl", "de"])
def test_loading_dumped_rows_keeps_the_stored_names(language):
    rows = [*Workflow.objects.all(), *Task.objects.all(), *GroupApprovalTask.objects.all()]

    with translation.override(language):
        reload_raw(rows)

    assert stored_names() == {STORED}
    with translation.override(language):
        assert Workflow.objects.get().name != STORED  # still shown in the editor's language


@pytest.mark.django_db
def test_a_raw_save_leaves_the_name_translated_for_display_afterwards():
    workflow = Workflow.objects.get(name=STORED)

    with translation.override("pl"):
        workflow.save_base(raw=True)
        assert workflow.name == "Akceptacja moderatora"

    assert Workflow.objects.filter(name=STORED).exists()
