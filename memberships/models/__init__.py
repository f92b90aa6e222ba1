from .pages import RelationIndexPage, RelationPage, StatusHistoryEntry
from .partners import Network, NetworkFact, PartnerCity

__all__ = ["Network", "NetworkFact", "PartnerCity", "RelationIndexPage", "RelationPage", "StatusHistoryEntry"]
