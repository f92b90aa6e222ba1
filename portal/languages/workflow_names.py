"""The names of the portal's workflow and task, shown in the editor's language.

Wagtail keeps a workflow's and a task's name as one string in the database and prints it as
stored in some thirty places: the "Submit to …" action, the status panel, the dashboard, the
reports and the notification e-mails. The one workflow and task the portal has were created
by Wagtail's migration as "Moderators approval", which a Polish editor read as "Wyślij do
Moderators approval". Wagtail offers no hook for this, so the `name` attribute of both models
reads through the catalogue here. Only the names listed below are translated, and only on
display: forms and saves see the stored value, so a moderator who edits the workflow edits the
catalogue key and nothing in the database ever depends on an editor's language.

A raw save (`loaddata`, a test database restoring its snapshot) writes what the attribute reads
rather than asking the field, so for the length of such a save the name reads as stored;
otherwise a dump loaded in a Polish process would store "Akceptacja moderatora" for good.
"""

from django.db.models.query_utils import DeferredAttribute
from django.db.models.signals import post_save, pre_save
from django.utils.translation import gettext_lazy as _

from wagtail.models import Task, Workflow

# Stored names (as Wagtail's migration created them) and their translations.
TRANSLATED_NAMES = {
    "Moderators approval": _("Moderators approval"),
}
# Marks an instance during a raw save, when its name must read as stored.
RAW_SAVE = "_portal_raw_save"


class TranslatedName(DeferredAttribute):
    """Reads a stored workflow or task name through TRANSLATED_NAMES."""

    def __get__(self, instance, cls=None):
        value = super().__get__(instance, cls)
        if instance is None or value not in TRANSLATED_NAMES or instance.__dict__.get(RAW_SAVE):
            return value
        return str(TRANSLATED_NAMES[value])

    def __set__(self, instance, value):
        # A data descriptor, so reads come here rather than straight from the instance's dict.
        instance.__dict__[self.field.attname] = value


def stored_name(field):
    """The untranslated value, for saving and for forms."""

    def value(instance, *args):
        return instance.__dict__.get(field.attname)

    return value


def mark_raw_save(sender, instance, raw, **kwargs):
    if raw and isinstance(instance, (Workflow, Task)):
        instance.__dict__[RAW_SAVE] = True


def unmark_raw_save(sender, instance, **kwargs):
    instance.__dict__.pop(RAW_SAVE, None)


def install():
    """Make Workflow.name and Task.name (and every task type's) read in the active language."""
    for model in (Workflow, Task):
        field = model._meta.get_field("name")
        setattr(model, field.attname, TranslatedName(field))
        field.pre_save = stored_name(field)
        field.value_from_object = stored_name(field)
    pre_save.connect(mark_raw_save, dispatch_uid="portal-workflow-names-raw-save")
    post_save.connect(unmark_raw_save, dispatch_uid="portal-workflow-names-raw-save-done")
