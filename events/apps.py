from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Events"

    def ready(self):
        from wagtail.signals import page_published

        from .models import EventPage
        from .publication import record_publication

        page_published.connect(record_publication, sender=EventPage, dispatch_uid="events.record_publication")
