"""Load the demo site: legal pages and footer here, then each app's own demo command."""

from django.apps import apps
from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.models import Site
from wagtail.rich_text import RichText

from ...demo import ensure_translated_page
from ...models import FooterSettings, HomePage, StandardPage


def _text(*paragraphs):
    return [("paragraph", RichText("".join(f"<p>{p}</p>" for p in paragraphs)))]


LEGAL_PAGES = {
    "accessibility": {
        "pl": {
            "slug": "deklaracja-dostepnosci",
            "title": "Deklaracja dostępności",
            "intro": "Miasto Kraków chce, by portal był dostępny dla każdego, zgodnie z ustawą z 4 kwietnia 2019 r.",
            "body": _text(
                "Portal jest częściowo zgodny z WCAG 2.1 na poziomie AA. Problemy z dostępnością prosimy "
                "zgłaszać na adres podany w stopce; odpowiemy w ciągu 7 dni.",
            ),
        },
        "en": {
            "slug": "accessibility-statement",
            "title": "Accessibility statement",
            "intro": "The City of Kraków wants this portal to be usable by everyone, as Polish law requires.",
            "body": _text(
                "The portal partially conforms to WCAG 2.1 level AA. Please report any barrier to the address "
                "in the footer; we answer within 7 days.",
            ),
        },
        "de": {
            "slug": "barrierefreiheit",
            "title": "Erklärung zur Barrierefreiheit",
            "intro": "Die Stadt Krakau möchte, dass dieses Portal für alle nutzbar ist, wie es das Gesetz verlangt.",
            "body": _text(
                "Das Portal erfüllt WCAG 2.1 Stufe AA teilweise. Bitte melden Sie Barrieren an die Adresse in der "
                "Fußzeile; wir antworten innerhalb von 7 Tagen.",
            ),
        },
    },
    "imprint": {
        "pl": {
            "slug": "nota-prawna",
            "title": "Nota prawna",
            "intro": "Kto prowadzi portal i odpowiada za jego treść.",
            "body": _text("Wydawcą portalu jest Gmina Miejska Kraków, reprezentowana przez Prezydenta Miasta."),
        },
        "en": {
            "slug": "legal-notice",
            "title": "Legal notice",
            "intro": "Who runs this portal and answers for its content.",
            "body": _text("The portal is published by the Municipality of Kraków, represented by the Mayor."),
        },
        "de": {
            "slug": "impressum",
            "title": "Impressum",
            "intro": "Wer dieses Portal betreibt und für die Inhalte verantwortlich ist.",
            "body": _text(
                "Herausgeberin des Portals ist die Stadtgemeinde Krakau, vertreten durch den Stadtpräsidenten."
            ),
        },
    },
    "privacy": {
        "pl": {
            "slug": "polityka-prywatnosci",
            "title": "Polityka prywatności",
            "intro": "Portal nie używa plików cookie do śledzenia i nie łączy się z serwisami zewnętrznymi.",
            "body": _text(
                "Przeglądanie portalu nie wymaga podawania danych osobowych. Serwer zapisuje techniczne dzienniki "
                "dostępu przez 30 dni, wyłącznie w celu zapewnienia bezpieczeństwa."
            ),
        },
        "en": {
            "slug": "privacy-notice",
            "title": "Privacy notice",
            "intro": "The portal sets no tracking cookies and contacts no third-party services.",
            "body": _text(
                "Reading the portal requires no personal data. The server keeps technical access logs for 30 days, "
                "for security only."
            ),
        },
        "de": {
            "slug": "datenschutz",
            "title": "Datenschutzerklärung",
            "intro": "Das Portal setzt keine Tracking-Cookies und bindet keine Dienste Dritter ein.",
            "body": _text(
                "Zum Lesen des Portals sind keine personenbezogenen Daten nötig. Der Server speichert technische "
                "Zugriffsprotokolle 30 Tage lang, ausschließlich zur Sicherheit."
            ),
        },
    },
}


class Command(BaseCommand):
    help = "Load the demo content in Polish, English and German. Safe to run again: nothing is duplicated."

    def handle(self, *args, **options):
        with transaction.atomic():
            self._load_portal_content()
        for command in self._app_demo_commands():
            self.stdout.write(f"Loading {command} ...")
            call_command(command)
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))

    def _load_portal_content(self):
        polish_home = HomePage.objects.get(locale__language_code="pl")
        legal = {
            name: ensure_translated_page(polish_home, StandardPage, versions)["pl"]
            for name, versions in LEGAL_PAGES.items()
        }
        footer = FooterSettings.for_site(Site.objects.get(is_default_site=True))
        if not footer.address:
            footer.address = "pl. Wszystkich Świętych 3-4\n31-004 Kraków"
            footer.phone = "+48 12 616 12 00"
            footer.email = "portal@um.krakow.example"
            footer.facebook_url = "https://www.facebook.com/krakow"
            footer.youtube_url = "https://www.youtube.com/@krakow"
            footer.accessibility_page = legal["accessibility"]
            footer.imprint_page = legal["imprint"]
            footer.privacy_page = legal["privacy"]
            footer.save()

    @staticmethod
    def _app_demo_commands():
        """Commands named demo_<app label>, in INSTALLED_APPS order, so apps load on top of each other."""
        commands = get_commands()
        labels = [config.label for config in apps.get_app_configs()]
        return [f"demo_{label}" for label in labels if f"demo_{label}" in commands]
