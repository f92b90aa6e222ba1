"""Admin form tweaks: the image form asks for alt text and refuses images it cannot decode."""

from PIL import Image as PILImage

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

# How Pillow reports a file whose header looks right but whose data is broken.
UNDECODABLE = (OSError, SyntaxError, ValueError, EOFError, IndexError)


class DecodedImageField(WagtailImageField):
    """Wagtail's image field, with a file that only looks like an image (a GIF header, a corrupt
    body) refused as a form error; Wagtail reads only the header and fails later, with a 500."""

    def to_python(self, data):
        try:
            upload = super().to_python(data)
            if upload is not None and upload.image.format_name != "svg":
                with PILImage.open(upload) as image:  # the size was checked above: decoding is bounded
                    image.load()
                upload.seek(0)
        except UNDECODABLE as error:
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from error
        return upload


class ImageForm(BaseImageForm):
    """Wagtail's image form with its description required: it is the image's default alt text."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            # Wagtail builds the field itself (formfield_for_dbfield); keep its settings, add the decoding.
            self.fields["file"].__class__ = DecodedImageField
        if "description" in self.fields:  # the bulk uploader's first step has only the file
            self.fields["description"].required = True
            self.fields["description"].label = _("Alt text")
            self.fields["description"].help_text = _(
                "What the image shows, for people who cannot see it, e.g. "
                '"The mayor signs the Eurocities membership letter". Do not start with "Image of".'
            )
