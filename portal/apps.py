from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self):
        from .caching import invalidation
        from .languages import slugs, workflow_names
        from .search import indexing

        invalidation.connect()
        indexing.connect()
        workflow_names.install()
        slugs.connect()
