"""The article editing form: choices limited to the article's own language."""

from wagtail.admin.forms import WagtailAdminPageForm


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
