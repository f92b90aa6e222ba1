"""Whatever a visitor or a script POSTs to the feedback form gets an answer below 500."""

import time

from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from django.core import signing

from portal.feedback import tokens
from portal.feedback.models import FeedbackAnswer
from tests.fuzz.values import CLASSIC, any_text, control_text, long_text, raw_bytes
from tests.news.builders import article

FIELDS = ["token", "useful", "comment", "website"]
ANSWERED = {303, 400, 405, 429}


def token_for(page_id, seconds_ago=3600):
    return signing.dumps({"p": page_id, "t": int(time.time() - seconds_ago)}, salt=tokens.SALT)


text = st.sampled_from(CLASSIC) | any_text | control_text | long_text
addresses = st.sampled_from(["192.0.2.1", "2001:db8::1", "", "not an address", "203.0.113.9"])


class ArbitraryAnswerTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.story = article("Nocne tramwaje na Rynku", language="pl")
        cls.tokens = [
            token_for(cls.story.pk),
            token_for(cls.story.pk, seconds_ago=0),  # too soon
            token_for(cls.story.pk, seconds_ago=2 * 24 * 3600),  # too old
            token_for(10**12),  # no such page
            signing.dumps({"p": "x", "t": "y"}, salt=tokens.SALT),
            signing.dumps([1, 2], salt=tokens.SALT),
            signing.dumps({"p": cls.story.pk, "t": 0}, salt="another purpose"),
        ]

    def post(self, data, address, language):
        return self.client.post(f"/{language}/feedback/", data, HTTP_HOST="localhost", REMOTE_ADDR=address)

    @settings(max_examples=150, deadline=None, derandomize=True, database=None)
    @given(
        fields=st.lists(
            st.tuples(st.sampled_from(FIELDS) | any_text, st.integers(0, 6) | text | st.sampled_from(["yes", "no"])),
            max_size=8,
        )
        # The form as the page sends it, with any comment: most of these are stored.
        | st.tuples(st.sampled_from(["yes", "no"]), text).map(
            lambda answer: [("token", 0), ("useful", answer[0]), ("comment", answer[1])]
        ),
        address=addresses,
        language=st.sampled_from(["pl", "en", "de"]),
    )
    def test_any_form_fields_are_answered_below_500(self, fields, address, language):
        data = {}
        for name, value in fields:
            # A small integer picks one of the tokens the site could have made, good and bad.
            value = self.tokens[value] if isinstance(value, int) else value
            data.setdefault(name, []).append(value)
        response = self.post(data, address, language)
        assert response.status_code in ANSWERED, (response.status_code, data)
        for comment in FeedbackAnswer.objects.values_list("comment", flat=True):
            assert all(character in "\n\t" or character >= " " for character in comment)

    @settings(max_examples=60, deadline=None, derandomize=True, database=None)
    @given(
        body=raw_bytes | st.binary(max_size=3000),
        content_type=st.sampled_from(
            [
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=xyz",
                "multipart/form-data",
                "application/json",
                "text/plain; charset=latin-1",
                "application/x-www-form-urlencoded; charset=utf-16",
            ]
        ),
    )
    def test_any_raw_body_is_answered_below_500(self, body, content_type):
        response = self.client.generic("POST", "/pl/feedback/", body, content_type=content_type, HTTP_HOST="localhost")
        assert response.status_code in ANSWERED, (response.status_code, body[:80])
