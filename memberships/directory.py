"""The directory's filters and counts, computed from one list of rows.

The index page loads every relation of its language in one query (a few dozen in real life,
a few hundred at most); filtering and the counts beside each option then happen here, in
Python, so the page costs the same number of queries whatever is chosen.
"""

import unicodedata
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from .choices import RelationStatus, RelationType

FACETS = ("type", "status", "country", "network")


def fold(text):
    """Lower-case text without diacritics, so "krakow" matches "Kraków" and "nurnberg" "Nürnberg"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ł", "l").replace("ß", "ss")


@dataclass(frozen=True)
class Entry:
    """One relation as the directory and the map show it."""

    pk: int
    title: str
    url: str
    summary: str
    relation_type: str
    status: str
    partner_name: str
    country_code: str = ""
    country_name: str = ""
    network: str = ""  # the network's id as text, for memberships
    network_name: str = ""
    since: object = None  # the date the current relation began (memberships.history), and its precision
    since_precision: str = "day"
    latitude: float | None = None
    longitude: float | None = None
    search_text: str = ""

    @property
    def type_label(self):
        return RelationType(self.relation_type).label

    @property
    def status_label(self):
        return RelationStatus(self.status).label

    @property
    def is_network(self):
        return self.relation_type == RelationType.NETWORK_MEMBERSHIP

    def value_of(self, facet):
        return {"type": self.relation_type, "status": self.status, "country": self.country_code}.get(
            facet, self.network
        )


def entry_for(page, url):
    """The directory entry of a RelationPage loaded with its partner and `since` annotation."""
    city, network = page.partner_city, page.partner_network
    is_network = page.relation_type == RelationType.NETWORK_MEMBERSHIP
    names = [page.title]
    if is_network and network:
        partner_name = network.name
        names.append(network.name)
    elif city:
        partner_name = city.name
        names.extend(city.all_names)
    else:
        partner_name = page.title
    return Entry(
        pk=page.pk,
        title=page.title,
        url=url,
        summary=page.summary,
        relation_type=page.relation_type,
        status=page.status,
        partner_name=partner_name,
        country_code=city.country_code if city and not is_network else "",
        country_name=city.country_name if city and not is_network else "",
        network=str(network.pk) if network and is_network else "",
        network_name=network.name if network and is_network else "",
        since=getattr(page, "since", None),
        since_precision=getattr(page, "since_precision", None) or "day",
        latitude=float(city.latitude) if city and not is_network else None,
        longitude=float(city.longitude) if city and not is_network else None,
        search_text=fold(" ".join(names)),
    )


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    options: list = field(default_factory=list)

    @property
    def selected(self):
        return next((option for option in self.options if option.selected), None)


@dataclass
class Directory:
    """What the directory template shows."""

    entries: list
    total: int
    facets: list
    query: str
    active: dict
    ignored: bool

    @property
    def is_filtered(self):
        return bool(self.active or self.query)

    @property
    def mapped_entries(self):
        return [entry for entry in self.entries if entry.latitude is not None]


def _options(facet, entries):
    """(value, label) of every value a facet can take, in a stable, meaningful order."""
    if facet == "type":
        return list(RelationType.choices)
    if facet == "status":
        return list(RelationStatus.choices)
    if facet == "country":
        found = {(e.country_code, e.country_name) for e in entries if e.country_code}
        return sorted(found, key=lambda option: (fold(option[1]), option[0]))
    found = {(e.network, e.network_name) for e in entries if e.network}
    return sorted(found, key=lambda option: (fold(option[1]), option[0]))


def options_for(entries):
    """The values each facet can take among these entries."""
    return {facet: _options(facet, entries) for facet in FACETS}


FACET_LABELS = {
    "type": _("Type of relation"),
    "status": _("Status"),
    "country": _("Country"),
    "network": _("Network"),
}


@dataclass(frozen=True)
class Choices:
    """What the reader asked for, reduced to known values (`ignored` says whether any were not)."""

    active: dict
    query: str
    ignored: bool

    @property
    def key(self):
        """The choices in a fixed order: the key of what they select, for caching."""
        chosen = "&".join(f"{facet}={self.active[facet]}" for facet in FACETS if facet in self.active)
        return f"{chosen}|{int(self.ignored)}"


def parse_choices(params, options):
    """The reader's filters (a QueryDict or dict) checked against `options`; unknown values are dropped."""
    active, ignored = {}, False
    for facet in FACETS:
        value = (params.get(facet) or "").strip()
        if not value:
            continue
        if value in {option_value for option_value, _label in options[facet]}:
            active[facet] = value
        else:
            ignored = True
    query = " ".join((params.get("q") or "").split())[:100]
    return Choices(active, query, ignored)


def filter_directory(entries, options, choices):
    """The entries the choices select, with the count of each option beside it."""
    active, folded_query = choices.active, fold(choices.query)

    def matches(entry, skip=None):
        if folded_query and folded_query not in entry.search_text:
            return False
        return all(entry.value_of(facet) == value for facet, value in active.items() if facet != skip)

    facets = []
    for facet in FACETS:
        counts = {}
        for entry in entries:
            if matches(entry, skip=facet):
                counts[entry.value_of(facet)] = counts.get(entry.value_of(facet), 0) + 1
        facet_options = [
            Option(value, label, counts.get(value, 0), active.get(facet) == value)
            for value, label in options[facet]
            if counts.get(value) or active.get(facet) == value
        ]
        facets.append(Facet(facet, FACET_LABELS[facet], facet_options))

    shown = [entry for entry in entries if matches(entry)]
    return Directory(
        entries=shown, total=len(entries), facets=facets, query=choices.query, active=active, ignored=choices.ignored
    )
