"""Steps of the e-mail alert journeys: sign up through the form, follow links in received mail."""

import re

from django.urls import reverse
from django.utils import translation

from portal.scheduling.jobs import run_scheduled_jobs
from tests.smtp_server import html_of, text_of

LINK = re.compile(r"https?://[^\s\"<>]+")


def subscribe_url(topic, key, language):
    with translation.override(language):
        return reverse("subscriptions:subscribe") + f"?topic={topic}&key={key}"


def sign_up(client, topic, key, language, email, frequency="as_published", **extra):
    return client.post(
        subscribe_url(topic, key, language),
        {"topic": topic, "key": key, "email": email, "frequency": frequency, "website": "", **extra},
    )


def links_in(message):
    return LINK.findall(text_of(message))


def link_to(message, part):
    """The one link of the plain-text part whose path contains `part`; the HTML part has it too."""
    found = [link for link in links_in(message) if part in link]
    assert len(found) == 1, found
    assert found[0].replace("&", "&amp;") in html_of(message) or found[0] in html_of(message)
    return found[0]


def path_of(link):
    return re.sub(r"^https?://[^/]+", "", link)


def confirm_from(client, message):
    """Open the confirmation link of a received message and press its button."""
    path = path_of(link_to(message, "/confirm/"))
    assert client.get(path).status_code == 200
    return client.post(path)


def run_sender(now):
    """One round of the scheduler's registered jobs, as `run_scheduler` runs them; none may fail."""
    assert run_scheduled_jobs(now) == []
