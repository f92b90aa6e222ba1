"""After confirming: the links on pages, the manage page, renewal and lapse, and the admin's view."""

import datetime
import json
import uuid

import pytest

from django.contrib.auth import get_user_model
from django.utils import timezone

from subscriptions.models import LIFETIME, Frequency, Subscriber, Subscription, Topic
from subscriptions.sections import subscribe_path
from tests.editors import user_in
from tests.memberships.builders import directory, network, relation
from tests.news.builders import category, news_index
from tests.smtp_server import text_of
from tests.subscriptions.helpers import link_to, path_of, run_sender

pytestmark = pytest.mark.django_db


def alert(email="resident@example.org", language="en", topic=Topic.CATEGORY, key=None, label="Culture", **fields):
    subscriber, _ = Subscriber.objects.get_or_create(email=email, defaults={"language": language})
    now = timezone.now()
    fields = {"frequency": Frequency.AS_PUBLISHED, "confirmed_at": now, "expires_at": now + LIFETIME, **fields}
    key = key or str(uuid.uuid4())
    return Subscription.objects.create(subscriber=subscriber, topic=topic, key=key, label=label, **fields)


def test_a_partnership_page_and_a_category_listing_link_to_their_alert_form(client, uncached_pages):
    eurocities = relation(directory("en"), "Eurocities", partner_network=network("en"))
    culture = category("en", name="Culture")
    index = news_index("en")

    relation_page = client.get(eurocities.url).content.decode()
    listing = client.get(index.url + index.category_path(culture.slug)).content.decode()

    for topic in (Topic.RELATION, Topic.RELATION_EVENTS):
        assert subscribe_path(topic, eurocities.translation_key).replace("&", "&amp;") in relation_page
    assert subscribe_path(Topic.CATEGORY, culture.translation_key).replace("&", "&amp;") in listing
    assert "/subscriptions/" not in client.get(index.url).content.decode()  # all news: no topic to follow


def test_the_manage_link_changes_frequency_stops_an_alert_and_erases_the_address(client, smtp_server):
    kept = alert(label="Culture")
    stopped = alert(topic=Topic.TAG, key="7", label="#tram")
    run_sender(timezone.now() + LIFETIME - datetime.timedelta(days=3))  # the reminder has the link
    [reminder] = smtp_server.messages
    assert "Culture" in text_of(reminder) and reminder["List-Unsubscribe-Post"]
    manage = path_of(link_to(reminder, "/manage/"))

    assert client.get(manage).status_code == 200
    response = client.post(
        manage,
        {f"frequency_{kept.pk}": "daily", f"frequency_{stopped.pk}": "daily", f"stop_{stopped.pk}": "on", "renew": ""},
    )
    assert response.status_code == 302
    kept.refresh_from_db()
    assert kept.frequency == "daily" and kept.expires_at > timezone.now() + LIFETIME - datetime.timedelta(days=1)
    assert not Subscription.objects.filter(pk=stopped.pk).exists()

    assert client.post(manage, {"erase": ""}).status_code == 200
    assert not Subscriber.objects.exists()
    assert client.get(manage).status_code == 400


def test_alerts_lapse_after_a_year_with_one_reminder_before(smtp_server):
    lapsing = alert()
    year_on = lapsing.expires_at

    run_sender(year_on - datetime.timedelta(days=10))
    run_sender(year_on - datetime.timedelta(days=9))
    assert len(smtp_server.messages) == 1

    run_sender(year_on + datetime.timedelta(seconds=1))
    assert not Subscriber.objects.exists()


def test_the_admin_counts_alerts_per_topic_and_exports_and_erases_an_address(client):
    alert("a@example.org", label="Eurocities", topic=Topic.RELATION, key="r1")
    alert("b@example.org", label="Eurocities", topic=Topic.RELATION, key="r1", frequency=Frequency.DAILY)
    alert("b@example.org", label="Culture")
    admin = get_user_model().objects.create_superuser("chief", "chief@krakow.example", "x" * 16)
    client.force_login(admin)

    page = client.get("/admin/e-mail-alerts/").content.decode()
    exported = client.post("/admin/e-mail-alerts/", {"email": "B@example.org", "export": ""})
    erased = client.post("/admin/e-mail-alerts/", {"email": "b@example.org", "erase": ""})

    assert "<td>2</td><td>1</td><td>1</td>" in page.replace("\n", "")  # Eurocities: two, one of each
    data = json.loads(exported.content)
    assert exported["Content-Disposition"].startswith("attachment")
    assert sorted(item["name"] for item in data["alerts"]) == ["Culture", "Eurocities"]
    assert erased.status_code == 200
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["a@example.org"]


@pytest.mark.parametrize("group", ["Editors", "Moderators", None])
def test_editors_without_the_right_cannot_see_addresses(client, group):
    alert("private@example.org")
    client.force_login(user_in(group))

    response = client.post("/admin/e-mail-alerts/", {"email": "private@example.org", "export": ""})

    assert response.status_code in (302, 403)
    assert b"private@example.org" not in response.content
