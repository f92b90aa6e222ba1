"""Every combination of listing parameters a visitor can send gets a 200 or a 400, never a 500."""

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from django.utils.http import urlencode

from tests.events.builders import category, event, events_index, venue
from tests.fuzz.values import CLASSIC

PARAMETERS = ["when", "month", "from", "to", "category", "free", "step_free", "page"]
TODAY = datetime.date.today()

plausible = st.sampled_from(
    ["upcoming", "today", "weekend", "past", "1", "0", "on", "culture", "nope", "2", "999", "abc"]
    + [f"{TODAY:%Y-%m}", "2026-13", "0000-01", "9999-12"]
    + [str(TODAY), str(TODAY + datetime.timedelta(days=40)), "2026-02-30", "1-1-1"]
)
values = plausible | st.sampled_from(CLASSIC) | st.text(max_size=30)
queries = st.lists(st.tuples(st.sampled_from(PARAMETERS), values), max_size=6)


class ListingParameterTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        index = events_index("en")
        culture = category("en", "Culture")
        place = venue("en")
        event("Weekly", start=TODAY, recurrence_rule="FREQ=WEEKLY;COUNT=30", venue=place, index=index)
        event("Fair", start=TODAY, end_date=TODAY + datetime.timedelta(days=2), all_day=True, index=index)
        event("Talk", start=TODAY + datetime.timedelta(days=3), categories=[culture], is_free=False, price="5 zł")
        event("Old", start=TODAY - datetime.timedelta(days=100), index=index)

    @settings(max_examples=200, deadline=None)
    @given(queries)
    def test_any_query_is_answered_with_a_page_or_a_400(self, pairs):
        response = self.client.get(f"/en/events/?{urlencode(pairs)}", HTTP_HOST="localhost")
        assert response.status_code in (200, 400), pairs
        if response.status_code == 400:
            assert 'role="alert"' in response.content.decode()
        else:
            assert "<h1>Events</h1>" in response.content.decode()

    @settings(max_examples=60, deadline=None)
    @given(st.sampled_from(CLASSIC) | st.text(max_size=20))
    def test_any_category_calendar_address_is_a_calendar_or_a_404(self, slug):
        response = self.client.get(f"/en/events/category/{slug}/calendar/", HTTP_HOST="localhost")
        assert response.status_code in (200, 404, 301, 302), slug
