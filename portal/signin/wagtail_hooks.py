from wagtail import hooks

from . import urls


@hooks.register("register_admin_urls")
def register_two_factor_steps():
    return urls.urlpatterns
