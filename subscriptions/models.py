"""What the portal keeps about a resident with e-mail alerts, and which articles it has mailed."""

import datetime

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

# An alert lapses a year after it was confirmed or last renewed; a reminder goes out before.
LIFETIME = datetime.timedelta(days=365)


class Topic(models.TextChoices):
    CATEGORY = "category", _("News category")
    TAG = "tag", _("News tag")
    RELATION = "relation", _("Partnership or network")
    RELATION_EVENTS = "relation_events", _("Events of a partnership or network")


class Frequency(models.TextChoices):
    # At most one e-mail an hour per address: articles published within the hour travel together.
    AS_PUBLISHED = "as_published", _("As published (at most one e-mail an hour)")
    DAILY = "daily", _("Daily digest")


class Subscriber(models.Model):
    """A confirmed e-mail address: the one piece of personal data alerts need."""

    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("confirmed at"), auto_now_add=True)
    # When the last e-mail of each kind went out: the hourly batch and the daily digest wait on them.
    last_batch_at = models.DateTimeField(null=True, blank=True)
    last_digest_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("alert subscriber")
        verbose_name_plural = _("alert subscribers")

    def __str__(self):
        return self.email


class Subscription(models.Model):
    """One confirmed alert of one address: a topic, how often, and until when."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="subscriptions")
    topic = models.CharField(_("topic"), max_length=16, choices=Topic.choices)
    # A category's or relation's translation key, or a tag's id: the same topic in every language.
    key = models.CharField(max_length=64)
    label = models.CharField(_("name"), max_length=255, help_text=_("The topic's name when it was chosen."))
    frequency = models.CharField(_("frequency"), max_length=16, choices=Frequency.choices)
    confirmed_at = models.DateTimeField(_("confirmed at"))
    expires_at = models.DateTimeField(_("lapses at"))
    reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("e-mail alert")
        verbose_name_plural = _("e-mail alerts")
        constraints = [models.UniqueConstraint(fields=["subscriber", "topic", "key"], name="one_alert_per_topic")]
        indexes = [models.Index(fields=["topic", "key"], name="alert_topic")]

    def __str__(self):
        return f"{self.get_topic_display()}: {self.label}"

    def end(self):
        """Stop this alert: what it still owed is dropped, what it sent stays recorded as sent."""
        self.deliveries.filter(sent_at=None).delete()
        self.delete()

    def renew(self, now):
        # `confirmed_at` stays: articles are owed from the first confirmation on.
        self.expires_at = now + LIFETIME
        self.reminded_at = None


class Delivery(models.Model):
    """An article owed to, or mailed to, one address.

    The unique constraint on (subscriber, article) is what keeps an article from being mailed
    twice to one address: every sender process inserts with ON CONFLICT DO NOTHING, so a
    restart or a second process finds the row already there instead of adding another, and
    the row is marked sent in the same transaction that holds the address's row lock.
    """

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    # Kept (emptied) when its alert ends, so a sent article stays sent for the other alerts.
    subscription = models.ForeignKey(
        Subscription, null=True, blank=True, on_delete=models.SET_NULL, related_name="deliveries"
    )
    article = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    frequency = models.CharField(max_length=16, choices=Frequency.choices)
    queued_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("alert delivery")
        verbose_name_plural = _("alert deliveries")
        constraints = [models.UniqueConstraint(fields=["subscriber", "article"], name="one_delivery_per_article")]
        indexes = [models.Index(fields=["frequency", "sent_at"], name="delivery_pending")]

    def __str__(self):
        return f"{self.subscriber_id} / {self.article_id}"


class ConfirmationCount(models.Model):
    """How many confirmation e-mails one address was sent on one day, under a keyed hash.

    The digest is an HMAC of the address with a secret, so the table says nothing about who
    signed up; rows older than two days are deleted by the scheduler.
    """

    digest = models.CharField(max_length=64)
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["digest", "day"], name="one_count_per_address_day")]

    def __str__(self):
        return f"{self.day}: {self.count}"
