from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from . import urls
from .policy import app_device


@hooks.register("register_admin_urls")
def register_two_factor_steps():
    return urls.urlpatterns


@hooks.register("register_account_menu_item")
def offer_two_factor_sign_in(request):
    """Groups that need no second factor may still choose one, from their account page."""
    if app_device(request.user):
        return None
    return {
        "url": reverse("signin_set_up"),
        "label": _("Set up two-factor sign-in"),
        "help_text": _("Ask for a code from an authenticator app on your phone after the password."),
    }
