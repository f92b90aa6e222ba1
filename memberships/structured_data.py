"""What search engines read about a relation page: schema.org JSON-LD of the page and the relation.

The relation's period is the page's `temporalCoverage` (an ISO 8601 interval, open-ended while the
relation lasts), starting on the same step the directory card and the timeline start from
(memberships.history). A network membership is also told the schema.org way, as an
OrganizationRole of Kraków within the network, with the same start date.
"""

import json

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .choices import DatePrecision, RelationStatus

# The characters json_script escapes, so the data cannot close its <script> element early.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
_ISO_FORMATS = {DatePrecision.DAY: "%Y-%m-%d", DatePrecision.MONTH: "%Y-%m", DatePrecision.YEAR: "%Y"}


def iso_date(step):
    """A step's date in ISO 8601, only as precise as it is known ("1993", "1990-09", "2025-10-15")."""
    return step.date.strftime(_ISO_FORMATS.get(step.date_precision, "%Y-%m-%d"))


def relation_data(page, history, partner_city, partner_network, canonical):
    """The JSON-LD of a relation page as a dict."""
    krakow = {"@type": "City", "name": _("Kraków")}
    data = {
        "@context": "https://schema.org",
        "@type": "WebPage",
        "name": page.title,
        "url": canonical,
        # The language being served is the page's own (its address carries it); page.locale would cost a query.
        "inLanguage": get_language(),
    }
    if page.summary:
        data["description"] = page.summary
    if history.start is not None:
        end = history.latest if page.status == RelationStatus.ENDED else None
        data["temporalCoverage"] = f"{iso_date(history.start)}/{iso_date(end) if end else '..'}"
    if partner_network is not None:
        network = {"@type": "Organization", "name": partner_network.name}
        if partner_network.website:
            network["url"] = partner_network.website
        if partner_network.founded_year:
            network["foundingDate"] = str(partner_network.founded_year)
        role = {"@type": "OrganizationRole", "member": krakow, "roleName": str(page.get_relation_type_display())}
        if history.start is not None:
            role["startDate"] = iso_date(history.start)
        network["member"] = role
        data["about"] = network
    elif partner_city is not None:
        data["about"] = [
            krakow,
            {
                "@type": "City",
                "name": partner_city.name,
                "containedInPlace": {"@type": "Country", "name": partner_city.country_name},
                "geo": {
                    "@type": "GeoCoordinates",
                    "latitude": float(partner_city.latitude),
                    "longitude": float(partner_city.longitude),
                },
            },
        ]
    return data


def relation_json_ld(page, history, partner_city, partner_network, canonical):
    """The same, as text safe inside a <script type="application/ld+json"> element."""
    data = relation_data(page, history, partner_city, partner_network, canonical)
    return json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
