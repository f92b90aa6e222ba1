"""The answer as the form sends it: token, honeypot, yes or no, and what was wrong."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import COMMENT_MAX_LENGTH

# A field people never see (hidden by CSS and from screen readers) that form-filling scripts fill in.
HONEYPOT = "website"


class AnswerForm(forms.Form):
    token = forms.CharField(max_length=500)
    useful = forms.ChoiceField(choices=[("yes", _("Yes")), ("no", _("No"))])
    comment = forms.CharField(
        label=_("What was wrong? (optional)"),
        max_length=COMMENT_MAX_LENGTH,
        required=False,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": COMMENT_MAX_LENGTH}),
    )
    website = forms.CharField(required=False, max_length=500)

    def clean_comment(self):
        comment = self.cleaned_data["comment"]
        # PostgreSQL cannot store NUL; other control characters besides line breaks say nothing.
        return "".join(ch for ch in comment if ch in "\n\t" or ch >= " ")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("useful") == "yes":
            cleaned["comment"] = ""  # only a "no" asks what was wrong
        return cleaned
