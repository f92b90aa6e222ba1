"""Rebuild the site search's documents from every live page."""

from django.core.management.base import BaseCommand
from django.db import transaction

from ...search import indexing


class Command(BaseCommand):
    help = "Rebuild the site search index (portal.search) from every live page. Safe to run at any time."

    def handle(self, *args, **options):
        with transaction.atomic():
            count = indexing.rebuild()
        self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {count} pages."))
