from django.apps import AppConfig


class SigninConfig(AppConfig):
    """Two-factor sign-in for the Wagtail admin, built on django-otp."""

    name = "portal.signin"
    label = "portal_signin"
