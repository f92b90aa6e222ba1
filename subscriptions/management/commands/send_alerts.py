"""Run one round of e-mail alerts now (the scheduler does it every half minute)."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from ...sending.rounds import alerts_round


class Command(BaseCommand):
    help = "Queue and send due e-mail alerts, remind before they lapse and forget lapsed ones, once."

    def handle(self, *args, **options):
        sent = alerts_round(timezone.now())
        self.stdout.write(f"E-mail alerts: {sent} sent")
