"""The admin dashboard panel that lists network facts due for a check."""

from wagtail.admin.ui.components import Component

from .models import Network, NetworkFact
from .models.partners import stale_cutoff


class StaleFactsPanel(Component):
    """Facts whose as-of date is more than twelve months ago, oldest first, with links to fix them."""

    name = "stale_network_facts"
    order = 150
    template_name = "memberships/admin/stale_facts_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        user = self.request.user
        can_edit = user.has_perm("memberships.change_network")
        facts = []
        if can_edit:
            facts = list(
                NetworkFact.objects.filter(as_of__lt=stale_cutoff(), archived=False)
                .select_related("network", "network__locale")
                .order_by("as_of", "network__name", "pk")
            )
        edit_url_name = Network.snippet_viewset.get_url_name("edit")
        return {"facts": facts, "edit_url_name": edit_url_name, "cutoff": stale_cutoff()}
