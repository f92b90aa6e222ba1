"""The two-factor steps after the password: enrolment, the code, recovery codes shown once."""

from base64 import b32encode
from math import ceil

import django_otp
import segno

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .forms import CodeForm
from .policy import app_device, new_recovery_codes, pending_app_device, recovery_device

RECOVERY_CODES_SESSION_KEY = "signin_new_recovery_codes"
WRONG_CODE = _("This code is not valid. Type the newest code your app shows.")


def set_up(request):
    """Enrol an authenticator app: its secret as text, as an otpauth:// link and as a QR code."""
    target = next_url(request)
    if app_device(request.user):
        return redirect(step_url("signin_verify", target))
    device = pending_app_device(request.user)
    form = CodeForm(request.POST or None, label=_("Six-digit code from the app"))
    status = 200
    if form.is_valid():
        status = check_code(form, device)
        if form.is_valid():
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            complete_sign_in(request, device)
            request.session[RECOVERY_CODES_SESSION_KEY] = new_recovery_codes(request.user)
            return redirect(step_url("signin_recovery_codes", target))
    uri = device.config_url
    context = {
        "form": form,
        "next": target,
        "otpauth_uri": uri,
        "secret": device_secret(device),
        "qr_code": segno.make(uri, error="m").svg_inline(scale=4, border=2, title=_("QR code")),
    }
    return TemplateResponse(request, "signin/set_up.html", context, status=status)


def verify(request):
    """Ask for the code from the app, or one of the recovery codes."""
    target = next_url(request)
    device = app_device(request.user)
    if device is None:
        return redirect(step_url("signin_set_up", target))
    if request.user.is_verified():
        return redirect(target)
    form = CodeForm(request.POST or None, label=_("Code from your authenticator app, or a recovery code"))
    status = 200
    if form.is_valid():
        code = form.cleaned_data["code"]
        used = device if code.isdigit() else recovery_device(request.user)
        if used is None:
            form.add_error("code", WRONG_CODE)
        else:
            status = check_code(form, used)
        if form.is_valid():
            complete_sign_in(request, used)
            if used != device:
                left = used.token_set.count()
                messages.warning(
                    request,
                    ngettext(
                        "You signed in with a recovery code; %(count)d code is left.",
                        "You signed in with a recovery code; %(count)d codes are left.",
                        left,
                    )
                    % {"count": left},
                )
            return redirect(target)
    return TemplateResponse(request, "signin/verify.html", {"form": form, "next": target}, status=status)


def recovery_codes(request):
    """The new recovery codes, once: they are not stored where this page could show them again."""
    codes = request.session.pop(RECOVERY_CODES_SESSION_KEY, None)
    target = next_url(request)
    if not codes:
        return redirect(target)
    return TemplateResponse(request, "signin/recovery_codes.html", {"codes": codes, "next": target})


def check_code(form, device):
    """Verify the form's code against the device, adding an error to the form if it fails.

    Returns the HTTP status to answer with: 429 while earlier wrong guesses are paid for.
    """
    allowed, details = device.verify_is_allowed()
    if not allowed:
        seconds = max(1, ceil((details["locked_until"] - timezone.now()).total_seconds()))
        form.add_error(
            "code",
            ngettext(
                "Too many wrong codes. Wait %(seconds)d second, then try again.",
                "Too many wrong codes. Wait %(seconds)d seconds, then try again.",
                seconds,
            )
            % {"seconds": seconds},
        )
        return 429
    if not device.verify_token(form.cleaned_data["code"]):
        form.add_error("code", WRONG_CODE)
    return 200


def complete_sign_in(request, device):
    # A new session key for the stronger sign-in, so a key seen before it is worth nothing.
    request.session.cycle_key()
    django_otp.login(request, device)


def device_secret(device):
    """The secret as authenticator apps ask for it: base32, in groups of four."""
    encoded = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(encoded[i : i + 4] for i in range(0, len(encoded), 4))


def next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


def step_url(name, target):
    return f"{reverse(name)}?{urlencode({'next': target})}"
