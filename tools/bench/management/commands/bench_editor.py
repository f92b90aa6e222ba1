"""An editor at work, for `make bench`: a draft or a publication of one page at a fixed interval."""

import time

from django.core.management.base import BaseCommand

from wagtail.models import Page


class Command(BaseCommand):
    help = "Save a draft (as autosave does) or publish a page every few seconds, for a while."

    def add_arguments(self, parser):
        parser.add_argument("page_id", type=int)
        parser.add_argument("--every", type=float, required=True, help="Seconds between two saves.")
        parser.add_argument("--for", dest="duration", type=float, required=True, help="Seconds to keep going.")
        parser.add_argument("--publish", action="store_true", help="Publish each save, not only a draft.")

    def handle(self, *args, page_id, every, duration, publish, **options):
        page = Page.objects.get(pk=page_id).specific
        original_title = page.title
        stop_at = time.monotonic() + duration
        saves = 0
        while time.monotonic() < stop_at:
            saves += 1
            page.title = f"{original_title} ({saves})"
            revision = page.save_revision(clean=False)
            if publish:
                revision.publish()
            time.sleep(max(0.0, min(every, stop_at - time.monotonic())))
        page.title = original_title
        page.save_revision(clean=False).publish()
        self.stdout.write(f"{saves} {'publications' if publish else 'drafts'}")
