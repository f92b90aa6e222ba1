from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self):
        from . import signals
        from .search import indexing

        signals.connect()
        indexing.connect()
