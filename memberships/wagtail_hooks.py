from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .dashboard import StaleFactsPanel
from .snippets import RegistryViewSetGroup

register_snippet(RegistryViewSetGroup)


@hooks.register("construct_homepage_panels")
def add_stale_facts_panel(request, panels):
    panels.append(StaleFactsPanel(request))
