"""Load the demo site: legal pages and footer here, then each app's own demo command."""

import datetime

from django.apps import apps
from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from ...caching.tags import EVERYTHING, invalidate
from ...legal.privacy_notice import PRIVACY_NOTICE
from ...models import AccessibilityStatementPage, FooterSettings, HomePage, ImprintSettings, StandardPage
from ...search.demo import ensure_synonym_groups
from ..demo import ensure_translated_page, indexed_once


def _text(*paragraphs):
    return [("paragraph", RichText("".join(f"<p>{p}</p>" for p in paragraphs)))]


def _barrier(problem, reason, alternative):
    return ("barrier", {"problem": problem, "reason": reason, "alternative": alternative})


# The publisher as the imprint names it (Gmina Miejska Kraków's registration numbers are public).
IMPRINT = {
    "body_name_pl": "Gmina Miejska Kraków",
    "body_name_en": "Municipality of Kraków",
    "body_name_de": "Stadtgemeinde Krakau",
    "office_name_pl": "Urząd Miasta Krakowa",
    "office_name_en": "Kraków City Office",
    "office_name_de": "Stadtverwaltung Krakau",
    "representative_pl": "Aleksander Miszalski, Prezydent Miasta Krakowa",
    "representative_en": "Aleksander Miszalski, Mayor of Kraków",
    "representative_de": "Aleksander Miszalski, Stadtpräsident von Krakau",
    "address": "pl. Wszystkich Świętych 3-4\n31-004 Kraków\nPolska",
    "phone": "+48 12 616 12 00",
    "email": "portal@um.krakow.example",
    "epuap": "/UMKr/SkrytkaESP",
    "nip": "676-101-37-17",
    "regon": "351554353",
    "bip_url": "https://www.bip.krakow.pl/",
}

# Facts every language shares; the texts below are per language.
STATEMENT_FACTS = {
    "compliance_status": "partial",
    "site_published_on": datetime.date(2025, 3, 28),
    "last_updated_on": datetime.date(2026, 11, 20),
    "prepared_on": datetime.date(2025, 3, 28),
    "assessment_method": "self",
    "contact_email": "dostepnosc@um.krakow.example",
    "contact_phone": "+48 12 616 12 00",
    "response_days": 7,
}

ACCESSIBILITY_STATEMENT = {
    "pl": {
        "slug": "deklaracja-dostepnosci",
        "title": "Deklaracja dostępności",
        "search_description": "Jak dostępny jest portal miasta Krakowa, czego jeszcze brakuje i jak zgłosić problem.",
        "public_body": "Urząd Miasta Krakowa",
        "website": "Portal miejski Krakowa",
        "barriers": [
            _barrier(
                "Część starszych dokumentów PDF w archiwum nie ma warstwy tekstowej ani struktury nagłówków.",
                "non_compliance",
                "Na prośbę wysłaną e-mailem prześlemy treść dokumentu w dostępnej formie.",
            ),
            _barrier(
                "Skany uchwał Rady Miasta sprzed 2004 roku są obrazami bez tekstu.",
                "disproportionate_burden",
                "Treść wskazanej uchwały przepiszemy na życzenie w ciągu 7 dni.",
            ),
            _barrier(
                "Nagrania sesji Rady Miasta opublikowane przed 23 września 2020 r. nie mają napisów.",
                "out_of_scope",
                "Protokoły wszystkich sesji są dostępne w postaci tekstu.",
            ),
        ],
        "contact_name": "Wydział Komunikacji Społecznej, zespół ds. dostępności",
        "enforcement_procedure": "<p>Skargę można złożyć na piśmie w Kancelarii Urzędu Miasta Krakowa, "
        "pl. Wszystkich Świętych 3-4, "
        "31-004 Kraków, albo przez elektroniczną skrzynkę podawczą urzędu na platformie ePUAP.</p>",
        "architectural_accessibility": "<p>Informacje o wejściach, windach i miejscach parkingowych dla osób z "
        "niepełnosprawnościami w budynkach urzędu udostępnia Biuro Obsługi Mieszkańców. Na wizytę z tłumaczem "
        "polskiego języka migowego można umówić się z wyprzedzeniem.</p>",
    },
    "en": {
        "slug": "accessibility-statement",
        "title": "Accessibility statement",
        "search_description": "How accessible the Kraków city portal is, what is still missing and how to report a "
        "problem.",
        "public_body": "Kraków City Office",
        "website": "Kraków city portal",
        "barriers": [
            _barrier(
                "Some older PDF documents in the archive have no text layer or heading structure.",
                "non_compliance",
                "Write to us and we will send the content of the document in an accessible form.",
            ),
            _barrier(
                "Scans of City Council resolutions from before 2004 are images without text.",
                "disproportionate_burden",
                "We transcribe any resolution on request within 7 days.",
            ),
            _barrier(
                "Recordings of City Council sessions published before 23 September 2020 have no captions.",
                "out_of_scope",
                "The minutes of every session are available as text.",
            ),
        ],
        "contact_name": "Communications Department, accessibility team",
        "enforcement_procedure": "<p>A complaint may be handed in on paper at the city office's registry, "
        "pl. Wszystkich Świętych 3-4, "
        "31-004 Kraków, or sent to the office's electronic inbox on the ePUAP platform.</p>",
        "architectural_accessibility": "<p>The residents' service office gives information on entrances, lifts and "
        "parking for people with disabilities at the city office buildings. A Polish Sign Language interpreter can "
        "be booked for a visit in advance.</p>",
    },
    "de": {
        "slug": "barrierefreiheit",
        "title": "Erklärung zur Barrierefreiheit",
        "search_description": "Wie barrierefrei das Stadtportal Krakau ist, was noch fehlt und wie Sie ein Problem "
        "melden.",
        "public_body": "Stadtverwaltung Krakau",
        "website": "Stadtportal Krakau",
        "barriers": [
            _barrier(
                "Einige ältere PDF-Dokumente im Archiv haben keine Textebene und keine Überschriftenstruktur.",
                "non_compliance",
                "Schreiben Sie uns, und wir senden Ihnen den Inhalt des Dokuments in barrierefreier Form.",
            ),
            _barrier(
                "Scans von Beschlüssen des Stadtrats vor 2004 sind Bilder ohne Text.",
                "disproportionate_burden",
                "Auf Wunsch schreiben wir jeden Beschluss innerhalb von 7 Tagen ab.",
            ),
            _barrier(
                "Aufzeichnungen von Stadtratssitzungen, die vor dem 23. September 2020 veröffentlicht wurden, haben "
                "keine Untertitel.",
                "out_of_scope",
                "Die Protokolle aller Sitzungen liegen als Text vor.",
            ),
        ],
        "contact_name": "Abteilung für Kommunikation, Team Barrierefreiheit",
        "enforcement_procedure": "<p>Eine Beschwerde kann schriftlich in der Kanzlei der Stadtverwaltung, "
        "pl. Wszystkich Świętych 3-4, "
        "31-004 Kraków, abgegeben oder an das elektronische Postfach der Verwaltung auf der Plattform ePUAP "
        "gesendet werden.</p>",
        "architectural_accessibility": "<p>Auskunft über Eingänge, Aufzüge und Parkplätze für Menschen mit "
        "Behinderungen in den Gebäuden der Stadtverwaltung gibt das Bürgerbüro. Eine Dolmetscherin oder ein "
        "Dolmetscher für Polnische Gebärdensprache kann im Voraus bestellt werden.</p>",
    },
}


LEGAL_PAGES = {
    "imprint": {
        "pl": {
            "slug": "nota-prawna",
            "title": "Nota prawna",
            "intro": "Kto prowadzi portal i odpowiada za jego treść.",
            "body": _text(
                "Portal prowadzi Urząd Miasta Krakowa w imieniu Gminy Miejskiej Kraków. Za treść wiadomości odpowiada "
                "jednostka wskazana w metryczce każdego artykułu."
            ),
        },
        "en": {
            "slug": "legal-notice",
            "title": "Legal notice",
            "intro": "Who runs this portal and answers for its content.",
            "body": _text(
                "Kraków City Office runs the portal on behalf of the Municipality of Kraków. The unit named in each "
                "article's provenance box answers for its content."
            ),
        },
        "de": {
            "slug": "impressum",
            "title": "Impressum",
            "intro": "Wer dieses Portal betreibt und für die Inhalte verantwortlich ist.",
            "body": _text(
                "Die Stadtverwaltung Krakau betreibt das Portal im Auftrag der Stadtgemeinde Krakau. Für den Inhalt "
                "eines Artikels ist die Stelle verantwortlich, die in seinen Angaben zur Herkunft genannt ist."
            ),
        },
    },
    "privacy": {
        language: {
            "slug": notice["slug"],
            "title": notice["title"],
            "intro": notice["intro"],
            "body": _text(*notice["paragraphs"]),
        }
        for language, notice in PRIVACY_NOTICE.items()
    },
}


# What most residents come to a city portal for: Kraków's e-services and timetables, as links.
E_SERVICES = "https://www.bip.krakow.pl/?dok_id=124110"
WASTE_COLLECTION = "https://mpo.krakow.pl/"
TIMETABLES = "https://rozklady.mpk.krakow.pl/"
PARKING_PERMITS = "https://zdmk.krakow.pl/parkowanie/strefa-platnego-parkowania/wymagane-dokumenty/"
PARTICIPATORY_BUDGET = "https://budzet.krakow.pl/"

TOP_TASKS = {
    "pl": [
        ("Załatw sprawę przez internet", "Wnioski, które złożysz w urzędzie elektronicznie", E_SERVICES),
        ("Sprawdź terminy wywozu odpadów", "Wyszukiwarka MPO według adresu", WASTE_COLLECTION),
        ("Rozkłady jazdy", "Tramwaje i autobusy MPK Kraków", TIMETABLES),
        ("Abonament parkingowy", "Strefa płatnego parkowania: wymagane dokumenty", PARKING_PERMITS),
        ("Budżet obywatelski", "Zgłoś projekt albo zagłosuj", PARTICIPATORY_BUDGET),
        ("Zgłoś problem z dostępnością", "Deklaracja dostępności i kontakt", None),
    ],
    "en": [
        ("Deal with the city online", "Applications you can file electronically", E_SERVICES),
        ("Check waste collection days", "The waste company's search by address (in Polish)", WASTE_COLLECTION),
        ("Public transport timetables", "Trams and buses of MPK Kraków", TIMETABLES),
        ("Parking permits", "Paid parking zone: documents you need (in Polish)", PARKING_PERMITS),
        ("Participatory budget", "Propose a project or vote (in Polish)", PARTICIPATORY_BUDGET),
        ("Report an accessibility problem", "Accessibility statement and contact", None),
    ],
    "de": [
        ("Behördengänge online", "Anträge, die Sie elektronisch stellen können", E_SERVICES),
        ("Abfuhrtermine prüfen", "Suche der Stadtreinigung nach Adresse (polnisch)", WASTE_COLLECTION),
        ("Fahrpläne", "Straßenbahnen und Busse der MPK Kraków", TIMETABLES),
        ("Parkausweise", "Gebührenpflichtige Zone: nötige Unterlagen (polnisch)", PARKING_PERMITS),
        ("Bürgerhaushalt", "Projekt vorschlagen oder abstimmen (polnisch)", PARTICIPATORY_BUDGET),
        ("Barriere melden", "Erklärung zur Barrierefreiheit und Kontakt", None),
    ],
}


class Command(BaseCommand):
    help = "Load the demo content in Polish, English and German. Safe to run again: nothing is duplicated."

    def handle(self, *args, **options):
        with indexed_once():
            with transaction.atomic():
                self._load_portal_content()
                ensure_synonym_groups()
            for command in self._app_demo_commands():
                self.stdout.write(f"Loading {command} ...")
                call_command(command)
        # The links between pages were indexed only now, after the publications that read them.
        invalidate({EVERYTHING})
        # Publishing indexes each page as it goes; a rebuild also catches content loaded in bulk.
        call_command("rebuild_search_index", stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))

    def _load_portal_content(self):
        polish_home = HomePage.objects.get(locale__language_code="pl")
        legal = {
            name: ensure_translated_page(polish_home, StandardPage, versions)["pl"]
            for name, versions in LEGAL_PAGES.items()
        }
        legal["accessibility"] = self._ensure_accessibility_statement(polish_home)
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
        if footer.accessibility_page_id is None:
            footer.accessibility_page = legal["accessibility"]
            footer.save()
        imprint = ImprintSettings.for_site(Site.objects.get(is_default_site=True))
        if not imprint.representative_pl:
            for field, value in IMPRINT.items():
                setattr(imprint, field, value)
            imprint.save()
        self._ensure_top_tasks(legal["accessibility"])

    @staticmethod
    def _ensure_top_tasks(accessibility_statement):
        """Each language's home page leads with its top tasks, set once and then left to the editors."""
        for language, tasks in TOP_TASKS.items():
            home = HomePage.objects.get(locale__language_code=language)
            if home.top_tasks:
                continue
            statement = accessibility_statement.get_translation_or_none(home.locale) or accessibility_statement
            home.top_tasks = [
                ("task", {"label": label, "hint": hint, "url": url or "", "page": None if url else statement})
                for label, hint, url in tasks
            ]
            home.save_revision().publish()

    @staticmethod
    def _ensure_accessibility_statement(polish_home):
        """The statement in three languages; an older plain page with its slug gives way to it."""
        slug = ACCESSIBILITY_STATEMENT["pl"]["slug"]
        plain = StandardPage.objects.child_of(polish_home).filter(slug=slug).first()
        if plain is not None:
            for page in Page.objects.filter(translation_key=plain.translation_key).order_by("-depth"):
                page.delete()
        reviewed = {"last_reviewed_on": timezone.localdate()}
        versions = {code: {**STATEMENT_FACTS, **reviewed, **fields} for code, fields in ACCESSIBILITY_STATEMENT.items()}
        return ensure_translated_page(polish_home, AccessibilityStatementPage, versions)["pl"]

    @staticmethod
    def _app_demo_commands():
        """Commands named demo_<app label>, in INSTALLED_APPS order, so apps load on top of each other."""
        commands = get_commands()
        labels = [config.label for config in apps.get_app_configs()]
        return [f"demo_{label}" for label in labels if f"demo_{label}" in commands]
