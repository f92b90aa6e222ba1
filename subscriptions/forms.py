"""The sign-up form and the form of the page where a resident manages their alerts."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .models import Frequency


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_("We send a link to confirm it; nothing is stored until you do."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    frequency = forms.ChoiceField(
        label=_("How often"), choices=Frequency.choices, initial=Frequency.AS_PUBLISHED, widget=forms.RadioSelect
    )
    # A field people never see or fill in (hidden by CSS and from screen readers); bots that
    # fill every field are answered as usual, and nothing is sent.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_email(self):
        return normalise(self.cleaned_data["email"])

    @property
    def is_bot(self):
        return bool(self.cleaned_data.get("website"))


def normalise(email):
    """One spelling per address, so limits and the register meet each address once.

    The domain is kept in its Unicode form whichever way it was typed: "łódź.pl" and its
    ASCII spelling "xn--d-uga0v4h.pl" are one mailbox, as are upper and lower case. An IP
    address in brackets instead of a domain is refused: no resident's mailbox is written so,
    and it would let the form send mail to any host by number.
    """
    local, _at, domain = email.strip().rpartition("@")
    if domain.startswith("["):
        raise ValidationError(_("Use an address with a domain name, such as name@example.pl."), code="ip_literal")
    try:
        domain = domain.encode("idna").decode("ascii").encode("ascii").decode("idna")
    except UnicodeError as error:
        raise ValidationError(_("Enter a valid email address."), code="invalid") from error
    return f"{local}@{domain}".lower()


class ManageForm(forms.Form):
    """One frequency choice and one stop box per alert, built from the subscriber's alerts."""

    def __init__(self, *args, subscriptions, **kwargs):
        super().__init__(*args, **kwargs)
        self.subscriptions = list(subscriptions)
        for subscription in self.subscriptions:
            self.fields[f"frequency_{subscription.pk}"] = forms.ChoiceField(
                label=_("How often"), choices=Frequency.choices, initial=subscription.frequency
            )
            self.fields[f"stop_{subscription.pk}"] = forms.BooleanField(label=_("Stop this alert"), required=False)

    def rows(self):
        return [
            (subscription, self[f"frequency_{subscription.pk}"], self[f"stop_{subscription.pk}"])
            for subscription in self.subscriptions
        ]
