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
from ...models import AccessibilityStatementPage, FooterSettings, HomePage, StandardPage
from ...search.demo import ensure_synonym_groups
from ..demo import ensure_translated_page, indexed_once


def _text(*paragraphs):
    return [("paragraph", RichText("".join(f"<p>{p}</p>" for p in paragraphs)))]


def _barrier(problem, reason, alternative):
    return ("barrier", {"problem": problem, "reason": reason, "alternative": alternative})


# Facts every language shares; the texts below are per language.
STATEMENT_FACTS = {
    "compliance_status": "partial",
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
        "website": "portal miejski Krakowa",
        "legislation": "ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji "
        "mobilnych podmiotów publicznych",
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
        "enforcement_procedure": "<p>Każdy ma prawo zażądać zapewnienia dostępności cyfrowej strony, jej elementu "
        "albo informacji w alternatywnej formie. Żądanie powinno zawierać dane kontaktowe, wskazanie strony lub "
        "elementu oraz preferowany sposób przekazania informacji. Urząd realizuje żądanie niezwłocznie, najpóźniej "
        "w ciągu 7 dni; jeśli to niemożliwe, informuje o terminie, nie dłuższym niż 2 miesiące.</p>"
        "<p>W razie odmowy albo niedotrzymania terminu można złożyć skargę. Po wyczerpaniu tej procedury można "
        "zwrócić się do Rzecznika Praw Obywatelskich.</p>",
        "architectural_accessibility": "<p>Informacje o wejściach, windach i miejscach parkingowych dla osób z "
        "niepełnosprawnościami w budynkach urzędu udostępnia Biuro Obsługi Mieszkańców. Na wizytę z tłumaczem "
        "polskiego języka migowego można umówić się z wyprzedzeniem.</p>",
    },
    "en": {
        "slug": "accessibility-statement",
        "title": "Accessibility statement",
        "search_description": "How accessible the Kraków city portal is, what is still missing and how to report a "
        "problem.",
        "public_body": "The City of Kraków",
        "website": "the Kraków city portal",
        "legislation": "the Polish Act of 4 April 2019 on the digital accessibility of websites and mobile "
        "applications of public bodies",
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
        "enforcement_procedure": "<p>Anyone may ask for a page, a part of it or the information it holds to be "
        "made accessible or provided in another form. Include your contact details, the page or element concerned "
        "and how you would like to receive the information. The city answers without undue delay and within 7 "
        "days at the latest; if that is not possible, it says when, within 2 months at most.</p>"
        "<p>If the request is refused or the deadline is missed, you may file a complaint. Once that procedure is "
        "over, you may turn to the Polish Commissioner for Human Rights (Rzecznik Praw Obywatelskich).</p>",
        "architectural_accessibility": "<p>The residents' service office gives information on entrances, lifts and "
        "parking for people with disabilities at the city office buildings. A Polish Sign Language interpreter can "
        "be booked for a visit in advance.</p>",
    },
    "de": {
        "slug": "barrierefreiheit",
        "title": "Erklärung zur Barrierefreiheit",
        "search_description": "Wie barrierefrei das Stadtportal Krakau ist, was noch fehlt und wie Sie ein Problem "
        "melden.",
        "public_body": "Die Stadt Krakau",
        "website": "das Stadtportal Krakau",
        "legislation": "dem polnischen Gesetz vom 4. April 2019 über die digitale Barrierefreiheit von Websites und "
        "mobilen Anwendungen öffentlicher Stellen",
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
        "enforcement_procedure": "<p>Jede Person kann verlangen, dass eine Seite, ein Teil davon oder ihre "
        "Informationen barrierefrei oder in anderer Form bereitgestellt werden. Geben Sie Ihre Kontaktdaten, die "
        "betroffene Seite und die gewünschte Form an. Die Stadt antwortet unverzüglich, spätestens innerhalb von 7 "
        "Tagen; ist das nicht möglich, nennt sie einen Termin von höchstens 2 Monaten.</p>"
        "<p>Bei Ablehnung oder Fristversäumnis können Sie Beschwerde einlegen. Danach können Sie sich an den "
        "polnischen Beauftragten für Bürgerrechte (Rzecznik Praw Obywatelskich) wenden.</p>",
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
