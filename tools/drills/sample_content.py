"""Give a drill site one uploaded image and one document, so a restore has files to bring back.

Run inside the drill's environment: `python -m tools.drills.sample_content`. Safe to run again.
"""

import io
import os

TITLE = "Restore drill sample"


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    import django

    django.setup()

    from PIL import Image as Picture

    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    image_model, document_model = get_image_model(), get_document_model()
    if not image_model.objects.filter(title=TITLE).exists():
        png = io.BytesIO()
        Picture.new("RGB", (64, 48), (200, 16, 46)).save(png, "PNG")
        image_model.objects.create(
            title=TITLE,
            description="A red rectangle used to check that backups bring images back.",
            file=ContentFile(png.getvalue(), name="restore-drill.png"),
        )
    if not document_model.objects.filter(title=TITLE).exists():
        text = "A document used to check that backups bring documents back.\n"
        document_model.objects.create(title=TITLE, file=ContentFile(text.encode(), name="restore-drill.txt"))


if __name__ == "__main__":
    main()
