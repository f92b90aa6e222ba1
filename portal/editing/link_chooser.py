"""Wagtail's external-link chooser, answering a form error (not a 500) when the URL is left out.

Wagtail's URL field calls `.startswith` on the submitted value before checking that there is
one, so a POST without the field raises. The portal mounts this view on the same path, ahead of
the admin's URLs (portal.urls), with the admin's own access check.
"""

from wagtail.admin.auth import require_admin_access
from wagtail.admin.forms.choosers import ExternalLinkChooserForm, URLOrAbsolutePathField
from wagtail.admin.views.chooser import ExternalLinkView


class URLOrAbsolutePathOrMissingField(URLOrAbsolutePathField):
    """Wagtail's field, treating a missing value as an empty one (so "required" answers it)."""

    def to_python(self, value):
        return super().to_python(value or "")


class ExternalLinkForm(ExternalLinkChooserForm):
    url = URLOrAbsolutePathOrMissingField(required=True, label=ExternalLinkChooserForm.base_fields["url"].label)


external_link_view = require_admin_access(ExternalLinkView.as_view(form_class=ExternalLinkForm))
