"""Deleting a locale by the DELETE method takes the same checks as the confirmation form.

wagtail-localize's locale delete view answers DELETE by Django's bare deletion, skipping the
check that no page uses the locale, so deleting a locale in use raised ProtectedError.
"""

from functools import cache

from django.contrib import messages

from wagtail.admin.viewsets import viewsets
from wagtail_localize.locales.views import DeleteView, LocaleViewSet


class CheckedLocaleDeleteView(DeleteView):
    def delete(self, request, *args, **kwargs):
        if self.can_delete(self.get_object()):
            return super().delete(request, *args, **kwargs)
        messages.error(request, self.cannot_delete_message)
        return self.get(request, *args, **kwargs)


@cache
def _view():
    viewset = next(v for v in viewsets.viewsets if isinstance(v, LocaleViewSet))
    return viewset.construct_view(CheckedLocaleDeleteView, **viewset.get_delete_view_kwargs())


def locale_delete(request, pk):
    return _view()(request, pk=pk)
