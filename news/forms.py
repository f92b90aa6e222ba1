"""The article editing form: choices limited to the article's own language."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm

# (name field, "the city office" box) pairs of the provenance box; one of each must be given.
PROVENANCE_FIELDS = (
    (
        "responsible_unit",
        "responsible_is_city_office",
        _("Name the unit that answers for the information, or tick “The city office answers for it”."),
    ),
    (
        "produced_by",
        "produced_by_city_office",
        _("Name who prepared the information, or tick “Prepared by the city office”."),
    ),
)


class NewsArticleForm(WagtailAdminPageForm):
    """Offers only categories and relation pages in the article's language.

    A translation copied from another language still points at that language's choices;
    the form shows (and saving stores) their equivalents in this language instead.
    """

    localized_choice_fields = ("categories", "relations")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        parent = kwargs.get("parent_page")
        locale_id = self.instance.locale_id or (parent.locale_id if parent else None)
        for name in self.localized_choice_fields:
            field = self.fields.get(name)
            if field is None or locale_id is None:
                continue
            field.queryset = field.queryset.filter(locale_id=locale_id).order_by(
                "title" if name == "relations" else "name"
            )
            chosen_keys = [chosen.translation_key for chosen in getattr(self.instance, name).all()]
            self.initial[name] = list(field.queryset.filter(translation_key__in=chosen_keys))

    def clean(self):
        cleaned = super().clean()
        # A draft may stay incomplete (Wagtail defers required fields then); publication may not.
        if self.is_deferred_validation:
            return cleaned
        for name_field, office_field, message in PROVENANCE_FIELDS:
            if name_field not in self.fields:
                continue
            if cleaned.get(office_field):
                cleaned[name_field] = ""
            elif not (cleaned.get(name_field) or "").strip():
                self.add_error(name_field, message)
        return cleaned
