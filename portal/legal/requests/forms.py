"""The request as residents send it: what, where, how they would like it, and how to reach them."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ALTERNATIVE_MAX_LENGTH, PAGE_MAX_LENGTH, PROBLEM_MAX_LENGTH


def _printable(text):
    # PostgreSQL cannot store NUL; other control characters besides line breaks say nothing.
    return "".join(ch for ch in text if ch in "\n\t" or ch >= " ")


class RequestForm(forms.Form):
    token = forms.CharField(max_length=500, widget=forms.HiddenInput)
    page_concerned = forms.CharField(
        label=_("Page or document concerned"),
        help_text=_("Its address, or its title and where you found it."),
        max_length=PAGE_MAX_LENGTH,
    )
    problem = forms.CharField(
        label=_("What is not accessible to you"),
        max_length=PROBLEM_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    alternative = forms.CharField(
        label=_("How would you like to receive it? (optional)"),
        help_text=_("For example: a text version, a recording, a phone call, a document in large print."),
        max_length=ALTERNATIVE_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    name = forms.CharField(label=_("Your name"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("We send our answer here."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    # The page-feedback form's honeypot (portal.feedback.forms.HONEYPOT), hidden the same way.
    website = forms.CharField(required=False, max_length=500)

    def clean(self):
        cleaned = super().clean()
        for name in ("page_concerned", "problem", "alternative", "name"):
            if isinstance(cleaned.get(name), str):
                cleaned[name] = _printable(cleaned[name]).strip()
                if name != "alternative" and not cleaned[name]:
                    self.add_error(name, forms.Field.default_error_messages["required"])
        return cleaned
