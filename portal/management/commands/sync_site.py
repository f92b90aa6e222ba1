"""Point the default Wagtail site at PORTAL_BASE_URL (run at every start; changes nothing twice)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Site

from ...serving.hosts import base_url_parts


class Command(BaseCommand):
    help = "Set the default site's host name and port from PORTAL_BASE_URL, so page URLs use it."

    def handle(self, *args, **options):
        if not settings.PORTAL_BASE_URL:
            raise CommandError("PORTAL_BASE_URL is not set.")
        _scheme, hostname, port, _netloc = base_url_parts(settings.PORTAL_BASE_URL)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("There is no default site: run migrate first.")
        if (site.hostname, site.port) == (hostname, port):
            self.stdout.write(f"The site already answers at {settings.PORTAL_BASE_URL}.")
            return
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])  # the site's signals refresh the caches
        self.stdout.write(f"The site now answers at {settings.PORTAL_BASE_URL}.")
