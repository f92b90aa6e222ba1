"""The one-field forms of the two-factor steps."""

from django import forms


class CodeForm(forms.Form):
    """A code typed from an authenticator app (or, when signing in, a recovery code)."""

    code = forms.CharField(
        max_length=32,
        strip=True,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True, "spellcheck": "false"}),
    )

    def __init__(self, *args, label, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].label = label

    def clean_code(self):
        # People copy codes with the spaces their app shows ("123 456").
        return "".join(self.cleaned_data["code"].split()).lower()
