from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .dashboard import StaleFactsPanel
from .models import Network, NetworkFact, PartnerCity
from .snippets import RegistryViewSetGroup

register_snippet(RegistryViewSetGroup)


@hooks.register("construct_homepage_panels")
def add_stale_facts_panel(request, panels):
    panels.append(StaleFactsPanel(request))


@hooks.register("register_cache_tags")
def register_cache_tags():
    # A network's facts change with the network (portal.caching.invalidation finds the parent).
    return [(PartnerCity, None), (Network, None), (NetworkFact, None)]
