"""The admin's e-mail alerts screen: how many follow each topic, and one address's data."""

import json

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max, Q
from django.http import HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView

from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from . import register
from .forms import normalise
from .models import Frequency, Subscription

VIEW_PERMISSION = "subscriptions.view_subscriber"
ERASE_PERMISSION = "subscriptions.delete_subscriber"


class AddressForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("E-mail address"), max_length=254)

    def clean_email(self):
        return normalise(self.cleaned_data["email"])


def topic_counts():
    """Alerts per topic and language, with how many want each frequency, most followed first."""
    return (
        Subscription.objects.values("topic", "key", "subscriber__language")
        .annotate(
            label=Max("label"),
            total=Count("pk"),
            as_published=Count("pk", filter=Q(frequency=Frequency.AS_PUBLISHED)),
            daily=Count("pk", filter=Q(frequency=Frequency.DAILY)),
        )
        .order_by("-total", "topic", "label")
    )


class AlertsAdminView(WagtailAdminTemplateMixin, FormView):
    template_name = "subscriptions/admin/alerts.html"
    form_class = AddressForm
    page_title = gettext_lazy("E-mail alerts")
    header_icon = "mail"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(VIEW_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        counts = list(topic_counts())
        for row in counts:
            row["topic_name"] = dict(Subscription._meta.get_field("topic").choices)[row["topic"]]
        return super().get_context_data(counts=counts, may_erase=self.request.user.has_perm(ERASE_PERMISSION), **kwargs)

    def form_valid(self, form):
        email = form.cleaned_data["email"]
        if "erase" in self.request.POST:
            if not self.request.user.has_perm(ERASE_PERMISSION):
                raise PermissionDenied
            if register.erase(email):
                messages.success(self.request, _("Everything held about the address is deleted."))
            else:
                messages.info(self.request, _("Nothing is held about this address."))
            return self.render_to_response(self.get_context_data(form=AddressForm()))
        data = register.export(email)
        if data is None:
            messages.info(self.request, _("Nothing is held about this address."))
            return self.render_to_response(self.get_context_data(form=form))
        response = HttpResponse(
            json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
        )
        response["Content-Disposition"] = 'attachment; filename="e-mail-alerts.json"'
        return response
