"""The event editing form: choices in the event's own language, languages as tick boxes."""

from django import forms

from wagtail.admin.forms import WagtailAdminPageForm

from .choices import EVENT_LANGUAGES


class EventPageForm(WagtailAdminPageForm):
    """Offers only the venues, categories and relation pages in the event's language.

    A translation copied from another language still points at that language's choices;
    the form shows (and saving stores) their equivalents in this language instead.
    """

    localized_many = ("categories", "relations")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "event_languages" in self.fields:
            self.fields["event_languages"] = forms.MultipleChoiceField(
                choices=EVENT_LANGUAGES,
                required=False,
                widget=forms.CheckboxSelectMultiple,
                label=self.fields["event_languages"].label,
                help_text=self.fields["event_languages"].help_text,
            )
        parent = kwargs.get("parent_page")
        locale_id = self.instance.locale_id or (parent.locale_id if parent else None)
        if locale_id is None:
            return
        for name in self.localized_many:
            field = self.fields.get(name)
            if field is None:
                continue
            field.queryset = field.queryset.filter(locale_id=locale_id).order_by(
                "title" if name == "relations" else "name"
            )
            chosen_keys = [chosen.translation_key for chosen in getattr(self.instance, name).all()]
            self.initial[name] = list(field.queryset.filter(translation_key__in=chosen_keys))
        venue = self.fields.get("venue")
        if venue is not None:
            venue.queryset = venue.queryset.filter(locale_id=locale_id)
            if self.instance.venue_id and self.instance.venue.locale_id != locale_id:
                self.initial["venue"] = venue.queryset.filter(
                    translation_key=self.instance.venue.translation_key
                ).first()
