"""An article names only the relation pages every reader may open."""

import pytest

from tests.builders import make_private
from tests.memberships.builders import directory, network, relation
from tests.news.builders import article

pytestmark = pytest.mark.django_db


def test_a_login_restricted_relation_page_is_not_linked_from_a_public_article(client):
    parent = directory("en")
    public = relation(parent, "Eurocities network", partner_network=network("en"), slug="eurocities-en")
    restricted = relation(
        parent,
        "Council-only network RESTRICTED-7f3a",
        partner_network=network("en", name="Council club"),
        slug="council",
    )
    make_private(restricted)
    page = article("Kraków joins Eurocities", language="en", relations=[public, restricted])

    body = client.get(page.url).content.decode()

    assert f'<a href="{public.url}">Eurocities network</a>' in body
    assert "RESTRICTED-7f3a" not in body
    assert restricted.url not in body
