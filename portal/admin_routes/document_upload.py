"""A document made from an earlier upload is validated with that upload's file name.

Wagtail validates the new document before giving it the uploaded file, so the portal's
allowed-extension check (WAGTAILDOCS_EXTENSIONS) sees no name, and its error, meant for a
`file` field the form does not have, raises ValueError. The form here starts from an instance
named after the upload, so a .txt passes, and shows an error about the file (an .exe) as one
about the whole form.
"""

import os

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError

from wagtail.documents.views.multiple import CreateFromUploadedDocumentView


def _with_file_errors_on_the_form(form_class):
    class Form(form_class):
        def add_error(self, field, error):
            if field is None and isinstance(error, ValidationError) and hasattr(error, "error_dict"):
                errors = {}
                for name, messages in error.error_dict.items():
                    errors.setdefault(name if name in self.fields else NON_FIELD_ERRORS, []).extend(messages)
                error = ValidationError(errors)
            super().add_error(field, error)

    return Form


class CreateFromUploadedDocumentWithItsName(CreateFromUploadedDocumentView):
    def get_edit_form_class(self):
        form_class = _with_file_errors_on_the_form(super().get_edit_form_class())

        def named_after_the_upload(*args, instance, **kwargs):
            instance.file.name = os.path.basename(self.upload.file.name)
            return form_class(*args, instance=instance, **kwargs)

        return named_after_the_upload


create_document_from_upload = CreateFromUploadedDocumentWithItsName.as_view()
