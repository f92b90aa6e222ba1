"""Forms of e-mail alerts refuse posts from other sites without setting a cookie.

Django's CSRF protection needs a cookie on every visitor who opens a form, and the sign-up
form is a public page for anyone who only reads it. These forms act on no session: the
sign-up form only mails a link to the address typed in (anyone can post that directly), and
the manage page is authorised by the signed link in its address. So a cross-site post could
do nothing a forger cannot do alone; refusing what browsers mark as cross-site keeps other
sites from making a reader's browser post the forms even so. Browsers send Sec-Fetch-Site
(all current ones) or Origin on a cross-site POST; a request with neither comes from a
program acting for itself, carrying no one's authority.
"""

from functools import wraps

from django.conf import settings
from django.core.exceptions import PermissionDenied


def is_cross_site(request):
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site not in ("same-origin", "none")
    origin = request.headers.get("Origin")
    if origin is None:
        return False
    return origin != f"{request.scheme}://{request.get_host()}" and origin not in settings.CSRF_TRUSTED_ORIGINS


def same_site_posts(view):
    """Refuse (403) a POST a browser sent from another site; GET and HEAD pass."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        if request.method == "POST" and is_cross_site(request):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return checked
