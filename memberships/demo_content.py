"""The demo registry: Kraków's best-known partners and networks, in the project's own words.

Facts come from the city's and partners' public pages (see the sources on each fact and step);
dates that the sources give only as a month or a year are stored with that precision.
"""

import datetime

from wagtail.rich_text import RichText

D = datetime.date


def text(*paragraphs):
    return [("paragraph", RichText("".join(f"<p>{p}</p>" for p in paragraphs)))]


INDEX = {
    "pl": {
        "slug": "wspolpraca-miedzynarodowa",
        "title": "Współpraca międzynarodowa",
        "intro": "Miasta bliźniacze i partnerskie Krakowa oraz sieci miast, do których należy: "
        "czym jest każda z tych relacji, na jakim jest etapie i co daje mieszkańcom.",
    },
    "en": {
        "slug": "partnerships",
        "title": "Partnerships and networks",
        "intro": "Kraków's twin and partner cities and the city networks it belongs to: "
        "what each relation is, where it stands and what it brings to residents.",
    },
    "de": {
        "slug": "partnerschaften",
        "title": "Partnerschaften und Netzwerke",
        "intro": "Krakaus Zwillings- und Partnerstädte und die Städtenetzwerke, denen es angehört: "
        "worum es jeweils geht, wo die Beziehung steht und was sie den Menschen bringt.",
    },
}

COUNTRIES = {
    "DE": {"pl": "Niemcy", "en": "Germany", "de": "Deutschland"},
    "FR": {"pl": "Francja", "en": "France", "de": "Frankreich"},
    "HU": {"pl": "Węgry", "en": "Hungary", "de": "Ungarn"},
    "GB": {"pl": "Wielka Brytania", "en": "United Kingdom", "de": "Vereinigtes Königreich"},
    "US": {"pl": "Stany Zjednoczone", "en": "United States", "de": "Vereinigte Staaten"},
    "BR": {"pl": "Brazylia", "en": "Brazil", "de": "Brasilien"},
}

# key: (names by language, native name, other names, country code, latitude, longitude)
CITIES = {
    "nuremberg": (
        {"pl": "Norymberga", "en": "Nuremberg", "de": "Nürnberg"},
        "Nürnberg",
        "Nuremberg, Norymberga, Nuernberg",
        "DE",
        "49.45211",
        "11.07675",
    ),
    "frankfurt": (
        {"pl": "Frankfurt nad Menem", "en": "Frankfurt am Main", "de": "Frankfurt am Main"},
        "Frankfurt am Main",
        "Frankfurt, Frankfurt nad Menem",
        "DE",
        "50.11092",
        "8.68213",
    ),
    "bordeaux": ({"pl": "Bordeaux", "en": "Bordeaux", "de": "Bordeaux"}, "", "", "FR", "44.83779", "-0.57918"),
    "budapest": ({"pl": "Budapeszt", "en": "Budapest", "de": "Budapest"}, "Budapest", "", "HU", "47.49791", "19.04023"),
    "edinburgh": (
        {"pl": "Edynburg", "en": "Edinburgh", "de": "Edinburgh"},
        "Edinburgh",
        "Dùn Èideann",
        "GB",
        "55.95325",
        "-3.18827",
    ),
    "cambridge": (
        {"pl": "Cambridge (Massachusetts)", "en": "Cambridge, Massachusetts", "de": "Cambridge (Massachusetts)"},
        "Cambridge",
        "Cambridge MA",
        "US",
        "42.37361",
        "-71.10973",
    ),
    "curitiba": (
        {"pl": "Kurytyba", "en": "Curitiba", "de": "Curitiba"},
        "Curitiba",
        "",
        "BR",
        "-25.42836",
        "-49.27325",
    ),
}

# The exact pages the facts and steps are taken from.
# The city's news item of October 2025 on the admission (German edition of krakow.pl).
ADMISSION_NEWS = (
    "https://www.krakow.pl/krakau_weltoffene_stadt/aktuelles/299910,361,komunikat,"
    "krakau_tritt_eurocities_bei___dem_europaischen_netzwerk_der_stadte_der_zukunft.html"
)
ADMISSION_NEWS_NAME = {
    "pl": "krakow.pl: „Krakau tritt Eurocities bei” (wersja niemiecka serwisu)",
    "en": "krakow.pl: “Krakau tritt Eurocities bei” (German edition)",
    "de": "krakow.pl: „Krakau tritt Eurocities bei“",
}
# The city's page on Eurocities in its German edition: names the resolution of July 2025.
EUROCITIES_ENTRY = "https://www.krakow.pl/krakau_weltoffene_stadt/instcbi/245093,inst,127744,2587,instcbi.html"
# The city's older English page on Eurocities: the 1990-2004 steps and the 2007 figure.
EUROCITIES_OLD_PAGE = "https://www.krakow.pl/krakow_open_city/international_organisations/8161,artykul,eurocities.html"
# The Public Information Bulletin's page on Nuremberg, with the agreements as PDF files.
NUREMBERG_BIP = "https://www.bip.krakow.pl/?sub_dok_id=1028"
# The Kraków Festival Office, which runs the City of Literature programme.
UNESCO_PROGRAMME = "https://kbf.krakow.pl/en/aktywnosci-articles/krakow-unesco-city-of-literature/"
FRANKFURT_PAGE = (
    "https://frankfurt.de/service-und-rathaus/verwaltung/aemter-und-institutionen/hauptamt-und-stadtmarketing/"
    "referat-fuer-internationale-angelegenheiten/partnerstaedte/krakau"
)

NETWORKS = {
    "eurocities": {
        "name": {"pl": "Eurocities", "en": "Eurocities", "de": "Eurocities"},
        "founded_year": 1986,
        "founders": {
            "pl": "burmistrzowie Barcelony, Birmingham, Frankfurtu, Lyonu, Mediolanu i Rotterdamu",
            "en": "the mayors of Barcelona, Birmingham, Frankfurt, Lyon, Milan and Rotterdam",
            "de": "die Bürgermeister von Barcelona, Birmingham, Frankfurt, Lyon, Mailand und Rotterdam",
        },
        "website": "https://eurocities.eu/",
        "facts": [
            {
                "value": {"pl": "ponad 200", "en": "over 200", "de": "über 200"},
                "counts": {"pl": "miast członkowskich", "en": "member cities", "de": "Mitgliedsstädte"},
                "as_of": D(2025, 10, 15),
                "as_of_precision": "day",
                "source_name": ADMISSION_NEWS_NAME,
                "source_url": ADMISSION_NEWS,
            },
            {
                "value": {"pl": "38", "en": "38", "de": "38"},
                "counts": {"pl": "krajów", "en": "countries", "de": "Länder"},
                "as_of": D(2025, 10, 15),
                "as_of_precision": "day",
                "source_name": ADMISSION_NEWS_NAME,
                "source_url": ADMISSION_NEWS,
            },
            {
                "value": {"pl": "ponad 130 milionów", "en": "more than 130 million", "de": "mehr als 130 Millionen"},
                "counts": {
                    "pl": "mieszkańców miast członkowskich",
                    "en": "people living in member cities",
                    "de": "Menschen in den Mitgliedsstädten",
                },
                "as_of": D(2025, 10, 15),
                "as_of_precision": "day",
                "source_name": ADMISSION_NEWS_NAME,
                "source_url": ADMISSION_NEWS,
            },
            {
                "value": {"pl": "ponad 130", "en": "more than 130", "de": "mehr als 130"},
                "counts": {"pl": "miast z 30 krajów", "en": "cities from 30 countries", "de": "Städte aus 30 Ländern"},
                "as_of": D(2007, 1, 1),
                "as_of_precision": "year",
                "source_name": {
                    "pl": "krakow.pl: anglojęzyczna strona o Eurocities",
                    "en": "krakow.pl: English page on Eurocities",
                    "de": "krakow.pl: englischsprachige Seite über Eurocities",
                },
                "source_url": EUROCITIES_OLD_PAGE,
                "archived": True,
            },
        ],
    },
    "unesco-creative-cities": {
        "name": {
            "pl": "Sieć Miast Kreatywnych UNESCO",
            "en": "UNESCO Creative Cities Network",
            "de": "UNESCO-Netzwerk der kreativen Städte",
        },
        "founded_year": None,
        "founders": {"pl": "", "en": "", "de": ""},
        "website": "https://www.unesco.org/en/creative-cities",
        "facts": [],
    },
}


def step(
    date,
    stage,
    precision="day",
    legal_basis=None,
    legal_basis_date=None,
    note=None,
    source_url="",
    starts_current=False,
):
    """A status-history step in three languages: `stage`, `legal_basis` and `note` map language to text."""
    return {
        "starts_current": starts_current,
        "date": date,
        "date_precision": precision,
        "stage": stage,
        "legal_basis": legal_basis or {},
        "legal_basis_date": legal_basis_date,
        "note": note or {},
        "source_url": source_url,
    }


def doc(kind, title, date=None, url="", no_link_reason=""):
    return {"kind": kind, "title": title, "date": date, "url": url, "no_link_reason": no_link_reason}


def partnership_since(year, source_url=""):
    """The one step known about a partnership that public lists date only by its year."""
    return step(
        D(year, 1, 1),
        {"pl": "Nawiązanie partnerstwa", "en": "Partnership established", "de": "Partnerschaft begründet"},
        precision="year",
        source_url=source_url,
    )


RELATIONS = {
    "eurocities": {
        "network": "eurocities",
        "relation_type": "network_membership",
        "status": "active",
        "slug": {"pl": "eurocities", "en": "eurocities", "de": "eurocities"},
        "title": {"pl": "Eurocities", "en": "Eurocities", "de": "Eurocities"},
        "summary": {
            "pl": "Kraków jest członkiem największej sieci miast europejskich od oficjalnego przyjęcia "
            "15 października 2025 roku. Starsze strony miasta opisują też wcześniejsze członkostwo, "
            "zapoczątkowane wnioskiem z 1990 roku.",
            "en": "Kraków has been a member of the largest network of European cities since its official admission "
            "on 15 October 2025. The city's older pages also tell of an earlier membership, begun with an "
            "application in 1990.",
            "de": "Krakau ist seit seiner offiziellen Aufnahme am 15. Oktober 2025 Mitglied im größten Netzwerk "
            "europäischer Städte. Ältere Seiten der Stadt berichten auch von einer früheren Mitgliedschaft, die "
            "mit einem Antrag 1990 begann.",
        },
        "coordinating_department": {
            "pl": "Biuro Funduszy Europejskich",
            "en": "European Funds Bureau",
            "de": "Büro für EU-Fonds",
        },
        "history": [
            step(
                D(1990, 9, 1),
                {"pl": "Złożenie wniosku o członkostwo", "en": "Application submitted", "de": "Antrag gestellt"},
                precision="month",
                legal_basis={
                    "pl": "Uchwała Rady Miasta Krakowa nr IV/47/90",
                    "en": "City Council resolution IV/47/90",
                    "de": "Beschluss des Stadtrats Nr. IV/47/90",
                },
                legal_basis_date=D(1990, 9, 8),
                source_url=EUROCITIES_OLD_PAGE,
            ),
            step(
                D(1992, 11, 9),
                {"pl": "Członek stowarzyszony", "en": "Associate member", "de": "Assoziiertes Mitglied"},
                legal_basis={
                    "pl": "Uchwała Zarządu Miasta Krakowa",
                    "en": "Resolution of the City Board",
                    "de": "Beschluss des Magistrats der Stadt Krakau",
                },
                legal_basis_date=D(1992, 11, 9),
                note={
                    "pl": "Zarząd Miasta potwierdził członkostwo Krakowa w Eurocities jako członka stowarzyszonego.",
                    "en": "The City Board confirmed Kraków's membership of Eurocities as an associate member.",
                    "de": "Der Magistrat bestätigte Krakaus Mitgliedschaft in Eurocities als assoziiertes Mitglied.",
                },
                source_url=EUROCITIES_OLD_PAGE,
            ),
            step(
                D(2004, 1, 1),
                {"pl": "Pełne członkostwo", "en": "Full member", "de": "Vollmitglied"},
                precision="year",
                note={
                    "pl": "Po wejściu Polski do Unii Europejskiej Kraków otrzymał status pełnego członka. "
                    "Udział miasta koordynowało Biuro Funduszy Europejskich. Źródła nie podają, kiedy ani jak "
                    "to członkostwo się zakończyło.",
                    "en": "After Poland joined the European Union, Kraków was granted full membership. "
                    "The European Funds Bureau coordinated the city's part in the network. The sources do not say "
                    "when or how that membership ended.",
                    "de": "Nach dem EU-Beitritt Polens erhielt Krakau den Status eines Vollmitglieds. "
                    "Das Büro für EU-Fonds koordinierte die Mitarbeit der Stadt. Die Quellen sagen nicht, wann oder "
                    "wie diese Mitgliedschaft endete.",
                },
                source_url=EUROCITIES_OLD_PAGE,
            ),
            step(
                D(2025, 10, 15),
                {
                    "pl": "Oficjalne przyjęcie do sieci",
                    "en": "Officially admitted as a member",
                    "de": "Offiziell als Mitglied aufgenommen",
                },
                legal_basis={
                    "pl": "Uchwała Rady Miasta Krakowa nr XXXIII/658/25 o przystąpieniu do Eurocities",
                    "en": "City Council resolution XXXIII/658/25 on joining Eurocities",
                    "de": "Beschluss des Stadtrats Nr. XXXIII/658/25 über den Beitritt zu Eurocities",
                },
                legal_basis_date=D(2025, 7, 2),
                note={
                    "pl": "Eurocities oficjalnie przyjęło Kraków w poczet członków; od tego dnia liczy się obecne "
                    "członkostwo. To realizacja jednej z obietnic wyborczych prezydenta miasta. O wcześniejszym "
                    "członkostwie z lat 1990–2004 mówi „Wcześniejsza historia” poniżej.",
                    "en": "Eurocities officially admitted Kraków as a member; the current membership runs from this "
                    "day. Joining fulfils one of the mayor's election promises. The earlier membership of "
                    "1990–2004 is under “Earlier history” below.",
                    "de": "Eurocities nahm Krakau offiziell als Mitglied auf; seit diesem Tag läuft die heutige "
                    "Mitgliedschaft. Damit ist eines der Wahlversprechen des Stadtpräsidenten eingelöst. Die frühere "
                    "Mitgliedschaft von 1990 bis 2004 steht unten unter „Frühere Geschichte“.",
                },
                source_url=ADMISSION_NEWS,
                starts_current=True,
            ),
        ],
        "focus_areas": {
            "pl": [
                ("Cyfryzacja", "Usługi cyfrowe, które ułatwiają mieszkańcom załatwianie spraw w mieście."),
                (
                    "Przedsiębiorczość miejska",
                    "Wsparcie innowacyjnych firm i start-upów oraz współpraca urzędu z uczelniami i biznesem.",
                ),
            ],
            "en": [
                ("Digitalisation", "Digital services that make it easier for residents to deal with the city."),
                (
                    "Urban entrepreneurship",
                    "Support for innovative firms and start-ups, and partnerships between the city administration, "
                    "universities and business.",
                ),
            ],
            "de": [
                ("Digitalisierung", "Digitale Dienste, die den Menschen den Weg zur Stadtverwaltung erleichtern."),
                (
                    "Städtisches Unternehmertum",
                    "Unterstützung innovativer Firmen und Start-ups sowie Partnerschaften zwischen Verwaltung, "
                    "Hochschulen und Wirtschaft.",
                ),
            ],
        },
        "benefits": {
            "pl": [
                "Platformy wymiany wiedzy i doświadczeń z innymi miastami",
                "Wspólne projekty finansowane przez Unię Europejską",
                "Głos w kształtowaniu polityki miejskiej Unii Europejskiej",
                "Trwałe relacje z miastami w całej Europie",
            ],
            "en": [
                "Platforms for swapping knowledge and experience with other cities",
                "Joint projects funded by the European Union",
                "A voice in how the European Union shapes its policy for cities",
                "Lasting ties with cities across Europe",
            ],
            "de": [
                "Plattformen für den Austausch von Wissen und Erfahrungen mit anderen Städten",
                "Gemeinsame, von der EU geförderte Projekte",
                "Eine Stimme in der Stadtpolitik der Europäischen Union",
                "Dauerhafte Beziehungen zu Städten in ganz Europa",
            ],
        },
        "documents": {
            "pl": [
                doc(
                    "application",
                    "List aplikacyjny prezydenta Krakowa Aleksandra Miszalskiego",
                    no_link_reason="Nie jest opublikowany w sieci; jego treść streszcza komunikat miasta "
                    "z października 2025 roku.",
                ),
                doc(
                    "resolution",
                    "Uchwała Rady Miasta Krakowa nr XXXIII/658/25 o przystąpieniu do Eurocities",
                    D(2025, 7, 2),
                    no_link_reason="Tekst uchwały publikuje Biuletyn Informacji Publicznej miasta; "
                    "wyszukaj ją tam po numerze.",
                ),
                doc(
                    "resolution",
                    "Uchwała Rady Miasta Krakowa nr IV/47/90",
                    D(1990, 9, 8),
                    no_link_reason="Uchwała z 1990 roku nie jest dostępna w sieci; kopię udostępnia "
                    "biuro koordynujące członkostwo.",
                ),
            ],
            "en": [
                doc(
                    "application",
                    "Application letter from Aleksander Miszalski, Mayor of Kraków",
                    no_link_reason="Not published online; the city's news item of October 2025 sums it up.",
                ),
                doc(
                    "resolution",
                    "City Council resolution XXXIII/658/25 on joining Eurocities",
                    D(2025, 7, 2),
                    no_link_reason="The city's Public Information Bulletin (BIP) publishes the text; "
                    "search it there by its number.",
                ),
                doc(
                    "resolution",
                    "City Council resolution IV/47/90",
                    D(1990, 9, 8),
                    no_link_reason="The resolution of 1990 is not online; the coordinating bureau provides a copy.",
                ),
            ],
            "de": [
                doc(
                    "application",
                    "Bewerbungsschreiben des Krakauer Stadtpräsidenten Aleksander Miszalski",
                    no_link_reason="Nicht online veröffentlicht; die Meldung der Stadt vom Oktober 2025 fasst es "
                    "zusammen.",
                ),
                doc(
                    "resolution",
                    "Beschluss des Stadtrats Nr. XXXIII/658/25 über den Beitritt zu Eurocities",
                    D(2025, 7, 2),
                    no_link_reason="Den Text veröffentlicht das Informationsbulletin (BIP) der Stadt; "
                    "suchen Sie ihn dort nach seiner Nummer.",
                ),
                doc(
                    "resolution",
                    "Beschluss des Stadtrats Nr. IV/47/90",
                    D(1990, 9, 8),
                    no_link_reason="Der Beschluss von 1990 ist nicht online; eine Kopie erhalten Sie beim "
                    "koordinierenden Büro.",
                ),
            ],
        },
        "body": {
            "pl": text(
                "Eurocities skupia więcej miast europejskich niż jakakolwiek inna sieć. Jej członkowie wspólnie "
                "szukają sposobów na zrównoważony rozwój, nowe rozwiązania i lepsze życie mieszkańców.",
                "W liście aplikacyjnym prezydent Aleksander Miszalski przedstawił Kraków jako miasto, które "
                "szanuje swoją historię i jednocześnie patrzy w przyszłość – gotowe dzielić się wiedzą o kulturze, "
                "edukacji, innowacjach i udziale mieszkańców w życiu miasta, a także uczyć się od innych.",
            ),
            "en": text(
                "Eurocities brings together more European cities than any other network. Its members look for "
                "ways to grow sustainably, try out new ideas and make everyday life better for their residents.",
                "In his application letter, Mayor Aleksander Miszalski described Kraków as a city that honours "
                "its history while looking ahead: ready to share what it knows about culture, education, "
                "innovation and residents' participation, and keen to learn from others.",
            ),
            "de": text(
                "Eurocities vereint mehr europäische Städte als jedes andere Netzwerk. Seine Mitglieder suchen "
                "gemeinsam nach Wegen zu nachhaltigem Wachstum, neuen Ideen und einem besseren Alltag für die "
                "Menschen.",
                "In seinem Bewerbungsschreiben beschrieb Stadtpräsident Aleksander Miszalski Krakau als eine Stadt, "
                "die ihre Geschichte achtet und zugleich nach vorn blickt: bereit, ihr Wissen über Kultur, Bildung, "
                "Innovation und Bürgerbeteiligung zu teilen und von anderen zu lernen.",
            ),
        },
    },
    "unesco-creative-cities": {
        "network": "unesco-creative-cities",
        "relation_type": "network_membership",
        "status": "active",
        "slug": {
            "pl": "siec-miast-kreatywnych-unesco",
            "en": "unesco-creative-cities-network",
            "de": "unesco-netzwerk-kreativer-staedte",
        },
        "title": {
            "pl": "Sieć Miast Kreatywnych UNESCO",
            "en": "UNESCO Creative Cities Network",
            "de": "UNESCO-Netzwerk der kreativen Städte",
        },
        "summary": {
            "pl": "Kraków należy do Sieci Miast Kreatywnych UNESCO jako Miasto Literatury UNESCO.",
            "en": "Kraków belongs to the UNESCO Creative Cities Network as a UNESCO City of Literature.",
            "de": "Krakau gehört dem UNESCO-Netzwerk der kreativen Städte als UNESCO-Literaturstadt an.",
        },
        "history": [
            step(
                D(2013, 1, 1),
                {
                    "pl": "Kraków Miastem Literatury UNESCO",
                    "en": "Kraków named a UNESCO City of Literature",
                    "de": "Krakau wird UNESCO-Literaturstadt",
                },
                precision="year",
                note={
                    "pl": "Kraków jako pierwsze miasto Europy Wschodniej otrzymał tytuł Miasta Literatury UNESCO. "
                    "Program prowadzi Krakowskie Biuro Festiwalowe.",
                    "en": "Kraków was the first city in Eastern Europe to receive the title of UNESCO City of "
                    "Literature. The Kraków Festival Office runs the programme.",
                    "de": "Krakau erhielt als erste Stadt Osteuropas den Titel UNESCO-Literaturstadt. "
                    "Das Programm führt das Krakauer Festivalbüro.",
                },
                source_url=UNESCO_PROGRAMME,
            ),
        ],
        "focus_areas": {
            "pl": [("Literatura", "Kraków uczestniczy w sieci jako Miasto Literatury UNESCO.")],
            "en": [("Literature", "Kraków takes part in the network as a UNESCO City of Literature.")],
            "de": [("Literatur", "Krakau wirkt im Netzwerk als UNESCO-Literaturstadt mit.")],
        },
    },
    "nuremberg": {
        "city": "nuremberg",
        "relation_type": "twinning",
        "status": "active",
        "slug": {"pl": "norymberga", "en": "nuremberg", "de": "nuernberg"},
        "title": {"pl": "Norymberga", "en": "Nuremberg", "de": "Nürnberg"},
        "summary": {
            "pl": "Miasto bliźniacze Krakowa w Niemczech: współpraca od 1979 roku, umowa o miastach bliźniaczych "
            "od 1991 roku i dom każdego z miast w drugim od 1996 roku.",
            "en": "Kraków's twin city in Germany: working together since 1979, twinned since 1991, and each city "
            "with a house of its own in the other since 1996.",
            "de": "Krakaus Zwillingsstadt in Deutschland: Zusammenarbeit seit 1979, Städtepartnerschaft seit 1991 "
            "und seit 1996 ein Haus jeder Stadt in der anderen.",
        },
        "history": [
            step(
                D(1979, 10, 2),
                {
                    "pl": "Umowa ramowa o współpracy",
                    "en": "Framework cooperation agreement",
                    "de": "Rahmenvereinbarung über die Zusammenarbeit",
                },
                note={
                    "pl": "Pierwsze porozumienie obu miast. Współpraca na jego podstawie trwała do zawarcia umowy "
                    "o miastach bliźniaczych w 1991 roku.",
                    "en": "The cities' first agreement. They worked together under it until the twin-city "
                    "agreement of 1991.",
                    "de": "Die erste Vereinbarung der beiden Städte. Auf ihrer Grundlage arbeiteten sie bis zum "
                    "Partnerschaftsvertrag von 1991 zusammen.",
                },
                source_url=NUREMBERG_BIP,
            ),
            step(
                D(1991, 12, 9),
                {
                    "pl": "Umowa o miastach bliźniaczych",
                    "en": "Twin-city agreement signed",
                    "de": "Städtepartnerschaftsvertrag unterzeichnet",
                },
                source_url=NUREMBERG_BIP,
                starts_current=True,
            ),
            step(
                D(1992, 2, 14),
                {"pl": "Uchwała Rady Miasta Krakowa", "en": "City Council resolution", "de": "Beschluss des Stadtrats"},
                legal_basis={
                    "pl": "Uchwała Rady Miasta Krakowa nr XLIII/298/92",
                    "en": "City Council resolution XLIII/298/92",
                    "de": "Beschluss des Stadtrats Nr. XLIII/298/92",
                },
                legal_basis_date=D(1992, 2, 14),
                source_url=NUREMBERG_BIP,
            ),
            step(
                D(1996, 6, 1),
                {
                    "pl": "Otwarcie Domu Norymberskiego w Krakowie i Domu Krakowskiego w Norymberdze",
                    "en": "Nuremberg House opens in Kraków, Kraków House in Nuremberg",
                    "de": "Nürnberg-Haus in Krakau und Krakauer Haus in Nürnberg eröffnet",
                },
                precision="month",
                source_url=NUREMBERG_BIP,
            ),
        ],
        "documents": {
            "pl": [
                doc("agreement", "Umowa ramowa o współpracy Krakowa i Norymbergi", D(1979, 10, 2), url=NUREMBERG_BIP),
                doc(
                    "agreement", "Umowa o miastach bliźniaczych Kraków – Norymberga", D(1991, 12, 9), url=NUREMBERG_BIP
                ),
                doc("resolution", "Uchwała Rady Miasta Krakowa nr XLIII/298/92", D(1992, 2, 14), url=NUREMBERG_BIP),
            ],
            "en": [
                doc(
                    "agreement",
                    "Framework cooperation agreement between Kraków and Nuremberg",
                    D(1979, 10, 2),
                    url=NUREMBERG_BIP,
                ),
                doc("agreement", "Kraków–Nuremberg twin-city agreement", D(1991, 12, 9), url=NUREMBERG_BIP),
                doc("resolution", "City Council resolution XLIII/298/92", D(1992, 2, 14), url=NUREMBERG_BIP),
            ],
            "de": [
                doc(
                    "agreement",
                    "Rahmenvereinbarung über die Zusammenarbeit von Krakau und Nürnberg",
                    D(1979, 10, 2),
                    url=NUREMBERG_BIP,
                ),
                doc("agreement", "Städtepartnerschaftsvertrag Krakau–Nürnberg", D(1991, 12, 9), url=NUREMBERG_BIP),
                doc("resolution", "Beschluss des Stadtrats Nr. XLIII/298/92", D(1992, 2, 14), url=NUREMBERG_BIP),
            ],
        },
        "body": {
            "pl": text(
                "Kraków i Norymberga współpracują od października 1979 roku, kiedy podpisały umowę ramową. "
                "W grudniu 1991 roku zawarły umowę o miastach bliźniaczych. Od czerwca 1996 roku każde z miast "
                "ma swój dom w drugim: Dom Norymberski w Krakowie i Dom Krakowski w Norymberdze."
            ),
            "en": text(
                "Kraków and Nuremberg have worked together since October 1979, when they signed a framework "
                "agreement. In December 1991 they became twin cities. Since June 1996 each has a home in the "
                "other: the Nuremberg House in Kraków and the Kraków House in Nuremberg."
            ),
            "de": text(
                "Krakau und Nürnberg arbeiten seit Oktober 1979 zusammen, als sie eine Rahmenvereinbarung "
                "unterzeichneten. Im Dezember 1991 wurden sie Partnerstädte. Seit Juni 1996 hat jede Stadt ein "
                "Zuhause in der anderen: das Nürnberg-Haus in Krakau und das Krakauer Haus in Nürnberg."
            ),
        },
    },
    "frankfurt": {
        "city": "frankfurt",
        "relation_type": "city_partnership",
        "status": "active",
        "slug": {"pl": "frankfurt-nad-menem", "en": "frankfurt-am-main", "de": "frankfurt-am-main"},
        "title": {"pl": "Frankfurt nad Menem", "en": "Frankfurt am Main", "de": "Frankfurt am Main"},
        "summary": {
            "pl": "Miasto partnerskie Krakowa od 6 grudnia 1991 roku.",
            "en": "Kraków's partner city since 6 December 1991.",
            "de": "Partnerstadt Krakaus seit dem 6. Dezember 1991.",
        },
        "history": [
            step(
                D(1991, 12, 6),
                {
                    "pl": "Nawiązanie partnerstwa miast",
                    "en": "City partnership begins",
                    "de": "Beginn der Städtepartnerschaft",
                },
                source_url=FRANKFURT_PAGE,
            ),
        ],
    },
    "bordeaux": {
        "city": "bordeaux",
        "relation_type": "city_partnership",
        "status": "active",
        "slug": {"pl": "bordeaux", "en": "bordeaux", "de": "bordeaux"},
        "title": {"pl": "Bordeaux", "en": "Bordeaux", "de": "Bordeaux"},
        "summary": {
            "pl": "Miasto partnerskie Krakowa we Francji od 1993 roku.",
            "en": "Kraków's partner city in France since 1993.",
            "de": "Krakaus Partnerstadt in Frankreich seit 1993.",
        },
        "history": [partnership_since(1993)],
    },
    "budapest": {
        "city": "budapest",
        "relation_type": "city_partnership",
        "status": "active",
        "slug": {"pl": "budapeszt", "en": "budapest", "de": "budapest"},
        "title": {"pl": "Budapeszt", "en": "Budapest", "de": "Budapest"},
        "summary": {
            "pl": "Stolica Węgier jest miastem partnerskim Krakowa od 2005 roku.",
            "en": "Hungary's capital has been Kraków's partner city since 2005.",
            "de": "Die ungarische Hauptstadt ist seit 2005 Partnerstadt Krakaus.",
        },
        "history": [partnership_since(2005)],
    },
    "edinburgh": {
        "city": "edinburgh",
        "relation_type": "city_partnership",
        "status": "active",
        "slug": {"pl": "edynburg", "en": "edinburgh", "de": "edinburgh"},
        "title": {"pl": "Edynburg", "en": "Edinburgh", "de": "Edinburgh"},
        "summary": {
            "pl": "Miasto partnerskie Krakowa w Szkocji od 1995 roku.",
            "en": "Kraków's partner city in Scotland since 1995.",
            "de": "Krakaus Partnerstadt in Schottland seit 1995.",
        },
        "history": [partnership_since(1995)],
    },
    "cambridge": {
        "city": "cambridge",
        "relation_type": "city_partnership",
        "status": "active",
        "slug": {"pl": "cambridge-massachusetts", "en": "cambridge-massachusetts", "de": "cambridge-massachusetts"},
        "title": {
            "pl": "Cambridge (Massachusetts)",
            "en": "Cambridge, Massachusetts",
            "de": "Cambridge (Massachusetts)",
        },
        "summary": {
            "pl": "Miasto partnerskie Krakowa w Stanach Zjednoczonych od 1989 roku.",
            "en": "Kraków's partner city in the United States since 1989.",
            "de": "Krakaus Partnerstadt in den Vereinigten Staaten seit 1989.",
        },
        "history": [partnership_since(1989)],
    },
    "curitiba": {
        "city": "curitiba",
        "relation_type": "city_partnership",
        "status": "active",
        "slug": {"pl": "kurytyba", "en": "curitiba", "de": "curitiba"},
        "title": {"pl": "Kurytyba", "en": "Curitiba", "de": "Curitiba"},
        "summary": {
            "pl": "Miasto partnerskie Krakowa w Brazylii od 1993 roku.",
            "en": "Kraków's partner city in Brazil since 1993.",
            "de": "Krakaus Partnerstadt in Brasilien seit 1993.",
        },
        "history": [partnership_since(1993)],
    },
}
