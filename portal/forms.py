"""Admin form tweaks: the image form asks for alt text."""

from django.utils.translation import gettext_lazy as _

from wagtail.images.forms import BaseImageForm


class ImageForm(BaseImageForm):
    """Wagtail's image form with its description required: it is the image's default alt text."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" in self.fields:  # the bulk uploader's first step has only the file
            self.fields["description"].required = True
            self.fields["description"].label = _("Alt text")
            self.fields["description"].help_text = _(
                "What the image shows, for people who cannot see it, e.g. "
                '"The mayor signs the Eurocities membership letter". Do not start with "Image of".'
            )
