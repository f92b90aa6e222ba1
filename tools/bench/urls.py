"""The portal's URLs plus the ceiling view: the URLconf the bench serves, never production's."""

from django.urls import path

from portal.urls import handler500
from portal.urls import urlpatterns as portal_urlpatterns

from .ceiling import CEILING_PATH, ceiling

__all__ = ["handler500", "urlpatterns"]

urlpatterns = [path(CEILING_PATH.lstrip("/"), ceiling), *portal_urlpatterns]
