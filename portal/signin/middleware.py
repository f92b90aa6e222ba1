"""Keep the admin closed to a signed-in user who still owes a second factor."""

from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import reverse

from .policy import app_device, second_factor_required

# Reachable before the second factor: the steps themselves, leaving, and what the sign-in
# pages load (the icon sprite and the JavaScript translations).
OPEN_URL_NAMES = (
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "signin_verify",
    "signin_set_up",
    "signin_recovery_codes",
)


class SecondFactorMiddleware:
    """Send an unverified user from any admin URL to the code step, or to enrolment if required."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        admin_root = reverse("wagtailadmin_home")
        if request.path.startswith(admin_root) and not self.may_pass(request):
            step = "signin_verify" if app_device(request.user) else "signin_set_up"
            return redirect(f"{reverse(step)}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    @staticmethod
    def may_pass(request):
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return True
        if request.path in {reverse(name) for name in OPEN_URL_NAMES}:
            return True
        return not (second_factor_required(user) or app_device(user))
