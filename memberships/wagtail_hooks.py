from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from portal.pages.queries import public

from .dashboard import StaleFactsPanel
from .models import Network, NetworkFact, PartnerCity, RelationIndexPage
from .snippets import RegistryViewSetGroup

register_snippet(RegistryViewSetGroup)


@hooks.register("construct_homepage_panels")
def add_stale_facts_panel(request, panels):
    panels.append(StaleFactsPanel(request))


@hooks.register("register_cache_tags")
def register_cache_tags():
    # A network's facts change with the network (portal.caching.invalidation finds the parent).
    return [(PartnerCity, None), (Network, None), (NetworkFact, None)]


@hooks.register("register_search_suggestion")
def suggest_the_directory(request, language):
    # A reader whose search found nothing may find the partner city in the directory.
    directory = public(RelationIndexPage.objects.filter(locale__language_code=language)).first()
    return (_("Browse the partnerships directory"), directory.get_url(request)) if directory else None
