# ruff: noqa: E501 (prose reads best with one sentence per line)
"""The demo newsroom: listings, categories and articles in Polish, English and German.

Facts come from the project brief (Eurocities, partner cities, dates of agreements); the
sentences are written for this project. Body blocks are (type, value) pairs, see `body()`.
"""

INDEX = {
    "pl": {
        "slug": "aktualnosci",
        "title": "Aktualności",
        "intro": "Wiadomości z Krakowa: współpraca międzynarodowa, sprawy urzędu i kultura.",
        "show_in_menus": True,
    },
    "en": {
        "slug": "news",
        "title": "News",
        "intro": "News from Kraków: international cooperation, the city hall and culture.",
        "show_in_menus": True,
    },
    "de": {
        "slug": "nachrichten",
        "title": "Nachrichten",
        "intro": "Neuigkeiten aus Krakau: internationale Zusammenarbeit, Rathaus und Kultur.",
        "show_in_menus": True,
    },
}

CATEGORIES = {
    "international": {
        "pl": (
            "Współpraca międzynarodowa",
            "wspolpraca-miedzynarodowa",
            "Miasta partnerskie, sieci miast i wspólne projekty Krakowa.",
        ),
        "en": (
            "International cooperation",
            "international-cooperation",
            "Kraków's partner cities, city networks and joint projects.",
        ),
        "de": (
            "Internationale Zusammenarbeit",
            "internationale-zusammenarbeit",
            "Partnerstädte, Städtenetzwerke und gemeinsame Projekte Krakaus.",
        ),
    },
    "city-hall": {
        "pl": ("Urząd miasta", "urzad-miasta", "Decyzje, usługi i sprawy Urzędu Miasta Krakowa."),
        "en": ("City hall", "city-hall", "Decisions, services and news from Kraków's city hall."),
        "de": ("Rathaus", "rathaus", "Entscheidungen, Dienste und Neues aus dem Krakauer Rathaus."),
    },
    "culture": {
        "pl": ("Kultura", "kultura", "Literatura, wydarzenia i dziedzictwo miasta."),
        "en": ("Culture", "culture", "Literature, events and the city's heritage."),
        "de": ("Kultur", "kultur", "Literatur, Veranstaltungen und das Erbe der Stadt."),
    },
}

PROVENANCE = {
    "pl": {"responsible_unit": "Biuro Prasowe Urzędu Miasta Krakowa", "produced_by": "Redakcja portalu"},
    "en": {"responsible_unit": "Press Office, Kraków City Hall", "produced_by": "Portal editorial team"},
    "de": {"responsible_unit": "Pressestelle der Stadtverwaltung Krakau", "produced_by": "Portalredaktion"},
}

CREDIT = {"pl": "Urząd Miasta Krakowa", "en": "City of Kraków", "de": "Stadt Krakau"}

ARTICLES = [
    {
        "key": "eurocities-history",
        "date": "2025-09-08T10:00",
        "categories": ["international"],
        "image": ("documents", "paper"),
        "relation": "eurocities",
        "pl": {
            "slug": "35-lat-od-pierwszego-wniosku-do-eurocities",
            "title": "35 lat temu Kraków po raz pierwszy zapukał do Eurocities",
            "lead": "Uchwała Rady Miasta z 8 września 1990 roku otworzyła drogę do współpracy z siecią europejskich miast.",
            "tags": ["Eurocities", "historia"],
            "alt": "Ilustracja: stos dokumentów z czerwoną pieczęcią",
            "caption": "Współpraca z Eurocities zaczęła się od uchwały Rady Miasta.",
            "body": [
                (
                    "paragraph",
                    "We wrześniu 1990 roku Rada Miasta Krakowa przyjęła uchwałę nr IV/47/90 i zdecydowała, że miasto wystąpi o przyjęcie do Eurocities. Była to jedna z pierwszych decyzji samorządu odrodzonego po przemianach 1990 roku.",
                ),
                (
                    "paragraph",
                    "Według starszej, anglojęzycznej strony miasta 9 listopada 1992 roku Zarząd Miasta potwierdził członkostwo Krakowa jako członka stowarzyszonego, a po wejściu Polski do Unii Europejskiej w 2004 roku Kraków otrzymał status pełnego członka; udział miasta koordynowało Biuro Funduszy Europejskich. Strona nie mówi, kiedy ani jak to członkostwo się zakończyło.",
                ),
                (
                    "paragraph",
                    "2 lipca 2025 roku Rada Miasta przyjęła uchwałę nr XXXIII/658/25 o przystąpieniu Krakowa do Eurocities. Decyzja sieci o przyjęciu miasta jeszcze nie zapadła.",
                ),
                (
                    "facts",
                    (
                        "Daty",
                        [
                            "8 września 1990: uchwała Rady Miasta nr IV/47/90",
                            "9 listopada 1992: członkostwo stowarzyszone",
                            "2004: pełne członkostwo po akcesji Polski do UE",
                            "2 lipca 2025: uchwała Rady Miasta nr XXXIII/658/25 o przystąpieniu do Eurocities",
                        ],
                    ),
                ),
            ],
        },
        "en": {
            "slug": "35-years-since-krakow-first-applied-to-eurocities",
            "title": "35 years since Kraków first knocked on Eurocities' door",
            "lead": "A City Council resolution of 8 September 1990 opened the way to working with Europe's network of cities.",
            "tags": ["Eurocities", "history"],
            "alt": "Illustration: a stack of documents with a red seal",
            "caption": "Kraków's work with Eurocities began with a City Council resolution.",
            "body": [
                (
                    "paragraph",
                    "In September 1990 Kraków City Council adopted resolution IV/47/90, deciding that the city would apply to join Eurocities. It was one of the first decisions of the newly elected local government.",
                ),
                (
                    "paragraph",
                    "According to the city's older English page, on 9 November 1992 the City Board confirmed Kraków as an associate member, and after Poland joined the European Union in 2004 Kraków was granted full membership; the European Funds Bureau coordinated the city's part. The page does not say when or how that membership ended.",
                ),
                (
                    "paragraph",
                    "On 2 July 2025 the City Council adopted resolution XXXIII/658/25 on Kraków joining Eurocities. The network has yet to decide on the city's admission.",
                ),
                (
                    "facts",
                    (
                        "Key dates",
                        [
                            "8 September 1990: City Council resolution IV/47/90",
                            "9 November 1992: associate membership",
                            "2004: full membership after Poland joined the EU",
                            "2 July 2025: City Council resolution XXXIII/658/25 on joining Eurocities",
                        ],
                    ),
                ),
            ],
        },
        "de": {
            "slug": "35-jahre-seit-dem-ersten-antrag-bei-eurocities",
            "title": "Vor 35 Jahren klopfte Krakau zum ersten Mal bei Eurocities an",
            "lead": "Ein Beschluss des Stadtrats vom 8. September 1990 ebnete den Weg zur Zusammenarbeit mit dem europäischen Städtenetzwerk.",
            "tags": ["Eurocities", "Geschichte"],
            "alt": "Illustration: ein Stapel Dokumente mit rotem Siegel",
            "caption": "Die Zusammenarbeit mit Eurocities begann mit einem Beschluss des Stadtrats.",
            "body": [
                (
                    "paragraph",
                    "Im September 1990 fasste der Krakauer Stadtrat den Beschluss Nr. IV/47/90: Die Stadt sollte die Aufnahme in Eurocities beantragen. Es war eine der ersten Entscheidungen der neu gewählten Selbstverwaltung.",
                ),
                (
                    "paragraph",
                    "Nach der älteren englischsprachigen Seite der Stadt bestätigte der Magistrat am 9. November 1992 Krakau als assoziiertes Mitglied; nach dem EU-Beitritt Polens 2004 erhielt Krakau den Status eines Vollmitglieds, koordiniert vom Büro für EU-Fonds. Wann oder wie diese Mitgliedschaft endete, sagt die Seite nicht.",
                ),
                (
                    "paragraph",
                    "Am 2. Juli 2025 fasste der Stadtrat den Beschluss Nr. XXXIII/658/25 über den Beitritt Krakaus zu Eurocities. Über die Aufnahme entscheidet nun das Netzwerk.",
                ),
                (
                    "facts",
                    (
                        "Daten",
                        [
                            "8. September 1990: Stadtratsbeschluss Nr. IV/47/90",
                            "9. November 1992: assoziierte Mitgliedschaft",
                            "2004: Vollmitgliedschaft nach dem EU-Beitritt Polens",
                            "2. Juli 2025: Stadtratsbeschluss Nr. XXXIII/658/25 über den Beitritt zu Eurocities",
                        ],
                    ),
                ),
            ],
        },
    },
    {
        "key": "budapest-20",
        "date": "2025-09-25T09:00",
        "categories": ["international"],
        "image": ("flags-pl-hu", "dusk"),
        "relation": "budapeszt",
        "pl": {
            "slug": "20-lat-partnerstwa-z-budapesztem",
            "title": "Dwadzieścia lat partnerstwa z Budapesztem",
            "lead": "Od 2005 roku Kraków i Budapeszt współpracują jako miasta partnerskie.",
            "tags": ["Budapeszt", "miasta partnerskie"],
            "alt": "Ilustracja: flagi Polski i Węgier nad mostem o wielu łukach",
            "caption": "Oba miasta łączą mosty i wspólne programy.",
            "body": [
                (
                    "paragraph",
                    "Budapeszt dołączył do grona miast partnerskich Krakowa w 2005 roku. Oba miasta łączą podobne doświadczenia: historyczne centra wpisane na listę UNESCO, duże uczelnie i ruch turystyczny, z którym trzeba mądrze gospodarować.",
                ),
                (
                    "paragraph",
                    "Partnerstwo to przede wszystkim wymiana: urzędnicy porównują rozwiązania, a szkoły i instytucje kultury przygotowują wspólne programy.",
                ),
            ],
        },
        "en": {
            "slug": "twenty-years-of-partnership-with-budapest",
            "title": "Twenty years of partnership with Budapest",
            "lead": "Kraków and Budapest have worked together as partner cities since 2005.",
            "tags": ["Budapest", "partner cities"],
            "alt": "Illustration: the flags of Poland and Hungary above a bridge of many arches",
            "caption": "Bridges are a symbol of both cities.",
            "body": [
                (
                    "paragraph",
                    "Budapest joined Kraków's partner cities in 2005. The two cities share a lot: historic centres on the UNESCO list, large universities and visitor numbers that need careful management.",
                ),
                (
                    "paragraph",
                    "The partnership is above all an exchange: officials compare solutions, while schools and cultural institutions prepare joint programmes.",
                ),
            ],
        },
        "de": {
            "slug": "zwanzig-jahre-partnerschaft-mit-budapest",
            "title": "Zwanzig Jahre Partnerschaft mit Budapest",
            "lead": "Seit 2005 arbeiten Krakau und Budapest als Partnerstädte zusammen.",
            "tags": ["Budapest", "Partnerstädte"],
            "alt": "Illustration: die Flaggen Polens und Ungarns über einer Brücke mit vielen Bögen",
            "caption": "Brücken sind ein Symbol beider Städte.",
            "body": [
                (
                    "paragraph",
                    "Budapest gehört seit 2005 zu den Partnerstädten Krakaus. Beide Städte verbindet viel: historische Zentren auf der UNESCO-Liste, große Hochschulen und ein Besucherandrang, der kluge Planung verlangt.",
                ),
                (
                    "paragraph",
                    "Die Partnerschaft lebt vom Austausch: Verwaltungen vergleichen Lösungen, Schulen und Kultureinrichtungen bereiten gemeinsame Programme vor.",
                ),
            ],
        },
    },
    {
        "key": "eurocities-2025",
        "date": "2025-10-15T12:00",
        "categories": ["international", "city-hall"],
        "image": ("eurocities-map", "blue"),
        "relation": "eurocities",
        "top_story": True,
        "notes": [
            (
                "2025-10-16T09:30",
                {
                    "pl": "Dodaliśmy fragment o liście prezydenta miasta do Eurocities.",
                    "en": "Added a section on the mayor's application letter.",
                    "de": "Abschnitt über das Bewerbungsschreiben des Stadtpräsidenten ergänzt.",
                },
            )
        ],
        "pl": {
            "slug": "krakow-czlonkiem-eurocities",
            "title": "Kraków członkiem Eurocities",
            "lead": "15 października 2025 roku Kraków został oficjalnie przyjęty do Eurocities, największej sieci miast europejskich.",
            "tags": ["Eurocities", "cyfryzacja", "przedsiębiorczość"],
            "alt": "Ilustracja: mapa Europy, na której linie łączą Kraków z sześcioma miastami założycielskimi Eurocities",
            "caption": "Eurocities łączy ponad 200 miast z 38 krajów.",
            "body": [
                (
                    "paragraph",
                    "Kraków dołączył do Eurocities – sieci, w której europejskie miasta wspólnie pracują nad zrównoważonym rozwojem, innowacjami i jakością życia mieszkańców. Decyzja o przyjęciu zapadła 15 października 2025 roku.",
                ),
                ("heading", "Cyfryzacja i przedsiębiorczość"),
                (
                    "paragraph",
                    "Miasto chce działać przede wszystkim w dwóch obszarach: cyfryzacji, czyli rozwoju e-usług dla mieszkańców, oraz przedsiębiorczości miejskiej – wspierania innowacyjnych firm i start-upów oraz partnerstw administracji, uczelni i biznesu.",
                ),
                ("heading", "List prezydenta miasta"),
                (
                    "paragraph",
                    "W liście do Eurocities prezydent Krakowa Aleksander Miszalski przedstawił miasto jako miejsce, które łączy szacunek dla historii z otwartością na przyszłość. Kraków chce dzielić się wiedzą o kulturze, edukacji, innowacjach i partycypacji obywatelskiej – i uczyć się od innych.",
                ),
                (
                    "list",
                    [
                        "platformy wymiany wiedzy między miastami",
                        "wspólne projekty finansowane z funduszy UE",
                        "głos w kształtowaniu polityki miejskiej UE",
                        "trwałe relacje z innymi miastami",
                    ],
                ),
                (
                    "facts",
                    (
                        "Eurocities w skrócie",
                        [
                            "Założona w 1986 r. przez burmistrzów Barcelony, Birmingham, Frankfurtu, Lyonu, Mediolanu i Rotterdamu",
                            "Ponad 200 miast z 38 krajów",
                            "Ponad 130 milionów mieszkańców",
                            "Członkostwo: pełne, stowarzyszone, partnerskie i dla partnerów biznesowych",
                        ],
                    ),
                ),
                ("paragraph", "Przystąpienie do sieci to realizacja jednej z obietnic wyborczych prezydenta miasta."),
            ],
        },
        "en": {
            "slug": "krakow-joins-eurocities",
            "title": "Kraków joins Eurocities",
            "lead": "On 15 October 2025 Kraków was officially admitted to Eurocities, the largest network of European cities.",
            "tags": ["Eurocities", "digitalisation", "entrepreneurship"],
            "alt": "Illustration: a map of Europe with lines joining Kraków to the six founding cities of Eurocities",
            "caption": "Eurocities brings together more than 200 cities in 38 countries.",
            "body": [
                (
                    "paragraph",
                    "Kraków has joined Eurocities, the network in which European cities work together on sustainable development, innovation and the quality of life of their residents. The city was admitted on 15 October 2025.",
                ),
                ("heading", "Digital services and entrepreneurship"),
                (
                    "paragraph",
                    "The city wants to contribute above all in two fields: digitalisation, meaning better online services for residents, and urban entrepreneurship – support for innovative firms and start-ups and partnerships between the administration, universities and business.",
                ),
                ("heading", "The mayor's letter"),
                (
                    "paragraph",
                    "In his letter to Eurocities, Kraków's mayor Aleksander Miszalski described a city that joins respect for its history with openness to the future. Kraków is ready to share what it knows about culture, education, innovation and civic participation – and to learn from others.",
                ),
                (
                    "list",
                    [
                        "platforms for exchanging knowledge between cities",
                        "joint projects funded by the EU",
                        "a voice in EU urban policy",
                        "lasting relations with other cities",
                    ],
                ),
                (
                    "facts",
                    (
                        "Eurocities at a glance",
                        [
                            "Founded in 1986 by the mayors of Barcelona, Birmingham, Frankfurt, Lyon, Milan and Rotterdam",
                            "More than 200 cities in 38 countries",
                            "More than 130 million residents",
                            "Tiers: full member, associate member, partner, business partner",
                        ],
                    ),
                ),
                ("paragraph", "Joining the network fulfils one of the mayor's election promises."),
            ],
        },
        "de": {
            "slug": "krakau-tritt-eurocities-bei",
            "title": "Krakau ist Mitglied von Eurocities",
            "lead": "Am 15. Oktober 2025 wurde Krakau offiziell in Eurocities aufgenommen, das größte Netzwerk europäischer Städte.",
            "tags": ["Eurocities", "Digitalisierung", "Unternehmertum"],
            "alt": "Illustration: eine Europakarte, auf der Linien Krakau mit den sechs Gründungsstädten von Eurocities verbinden",
            "caption": "Eurocities verbindet mehr als 200 Städte in 38 Ländern.",
            "body": [
                (
                    "paragraph",
                    "Krakau gehört nun zu Eurocities, dem Netzwerk, in dem europäische Städte gemeinsam an nachhaltiger Entwicklung, Innovation und Lebensqualität arbeiten. Die Aufnahme erfolgte am 15. Oktober 2025.",
                ),
                ("heading", "Digitalisierung und städtisches Unternehmertum"),
                (
                    "paragraph",
                    "Die Stadt will sich vor allem in zwei Bereichen einbringen: bei der Digitalisierung, also besseren Online-Diensten für die Bürgerinnen und Bürger, und beim städtischen Unternehmertum – der Förderung innovativer Firmen und Start-ups sowie von Partnerschaften zwischen Verwaltung, Hochschulen und Wirtschaft.",
                ),
                ("heading", "Der Brief des Stadtpräsidenten"),
                (
                    "paragraph",
                    "In seinem Schreiben an Eurocities beschrieb Stadtpräsident Aleksander Miszalski Krakau als eine Stadt, die Respekt vor ihrer Geschichte mit Offenheit für die Zukunft verbindet. Krakau will sein Wissen über Kultur, Bildung, Innovation und Bürgerbeteiligung teilen – und von anderen lernen.",
                ),
                (
                    "list",
                    [
                        "Plattformen für den Wissensaustausch zwischen Städten",
                        "gemeinsame, von der EU geförderte Projekte",
                        "eine Stimme in der Stadtpolitik der EU",
                        "dauerhafte Beziehungen zu anderen Städten",
                    ],
                ),
                (
                    "facts",
                    (
                        "Eurocities auf einen Blick",
                        [
                            "1986 gegründet von den Bürgermeistern von Barcelona, Birmingham, Frankfurt, Lyon, Mailand und Rotterdam",
                            "Mehr als 200 Städte in 38 Ländern",
                            "Mehr als 130 Millionen Einwohnerinnen und Einwohner",
                            "Mitgliedsformen: Vollmitglied, assoziiertes Mitglied, Partner, Wirtschaftspartner",
                        ],
                    ),
                ),
                ("paragraph", "Mit dem Beitritt löst der Stadtpräsident eines seiner Wahlversprechen ein."),
            ],
        },
    },
    {
        "key": "eurocities-benefits",
        "date": "2025-11-20T10:00",
        "categories": ["international"],
        "image": ("globe", "dusk"),
        "relation": "eurocities",
        "pl": {
            "slug": "co-daje-czlonkostwo-w-eurocities",
            "title": "Co mieszkańcom daje członkostwo w Eurocities?",
            "lead": "Wymiana doświadczeń, wspólne projekty i głos w Brukseli: tłumaczymy, po co miastu sieć miast.",
            "tags": ["Eurocities", "Unia Europejska"],
            "alt": "Ilustracja: globus z zaznaczonymi miastami",
            "caption": "Sieć miast pozwala uczyć się na doświadczeniach innych.",
            "body": [
                (
                    "paragraph",
                    "Członkostwo w sieci miast nie jest celem samym w sobie. Dla mieszkańców liczy się to, co miasto z niego wyniesie: rozwiązania sprawdzone gdzie indziej, pieniądze na wspólne projekty i wpływ na przepisy, które dotyczą miast.",
                ),
                (
                    "list",
                    [
                        "Wymiana wiedzy: urzędnicy uczą się od miast, które podobny problem już rozwiązały.",
                        "Projekty unijne: w konsorcjum z innymi miastami łatwiej o dofinansowanie.",
                        "Polityka UE: sieć zabiera głos w sprawach miejskich w instytucjach europejskich.",
                        "Relacje: stałe kontakty przydają się także poza projektami.",
                    ],
                ),
            ],
        },
        "en": {
            "slug": "what-eurocities-membership-brings",
            "title": "What does Eurocities membership bring residents?",
            "lead": "Shared experience, joint projects and a voice in Brussels: why a city needs a network of cities.",
            "tags": ["Eurocities", "European Union"],
            "alt": "Illustration: a globe with cities marked on it",
            "caption": "A network of cities lets each learn from the others.",
            "body": [
                (
                    "paragraph",
                    "Membership of a city network is not an end in itself. What matters to residents is what the city gains: solutions tested elsewhere, funding for joint projects and a say in the rules that affect cities.",
                ),
                (
                    "list",
                    [
                        "Knowledge exchange: officials learn from cities that have already solved a similar problem.",
                        "EU projects: funding is easier to win together with other cities.",
                        "EU policy: the network speaks for cities in the European institutions.",
                        "Relations: lasting contacts help beyond individual projects.",
                    ],
                ),
            ],
        },
        "de": {
            "slug": "was-die-eurocities-mitgliedschaft-bringt",
            "title": "Was bringt die Mitgliedschaft bei Eurocities den Bürgern?",
            "lead": "Erfahrungsaustausch, gemeinsame Projekte und eine Stimme in Brüssel: wozu eine Stadt ein Städtenetzwerk braucht.",
            "tags": ["Eurocities", "Europäische Union"],
            "alt": "Illustration: ein Globus mit markierten Städten",
            "caption": "Im Netzwerk lernen Städte voneinander.",
            "body": [
                (
                    "paragraph",
                    "Die Mitgliedschaft in einem Städtenetzwerk ist kein Selbstzweck. Für die Bürgerinnen und Bürger zählt, was die Stadt davon hat: anderswo erprobte Lösungen, Fördermittel für gemeinsame Projekte und Einfluss auf Regeln, die Städte betreffen.",
                ),
                (
                    "list",
                    [
                        "Wissensaustausch: Die Verwaltung lernt von Städten, die ein ähnliches Problem schon gelöst haben.",
                        "EU-Projekte: Gemeinsam mit anderen Städten gelingt die Förderung leichter.",
                        "EU-Politik: Das Netzwerk vertritt städtische Anliegen bei den europäischen Institutionen.",
                        "Beziehungen: Dauerhafte Kontakte helfen auch über einzelne Projekte hinaus.",
                    ],
                ),
            ],
        },
    },
    {
        "key": "frankfurt-partnership",
        "date": "2025-12-05T10:00",
        "categories": ["international"],
        "image": ("frankfurt-skyline", "dusk"),
        "relation": "frankfurt-nad-menem",
        "pl": {
            "slug": "krakow-i-frankfurt-nad-menem-partnerzy-od-1991",
            "title": "Kraków i Frankfurt nad Menem: partnerzy od 1991 roku",
            "lead": "6 grudnia 1991 roku oba miasta zawarły partnerstwo, które trwa do dziś.",
            "tags": ["Frankfurt nad Menem", "miasta partnerskie", "Niemcy"],
            "alt": "Ilustracja: wieżowce Frankfurtu nad rzeką o zmierzchu",
            "caption": "Frankfurt to jedno z miast założycielskich Eurocities.",
            "body": [
                (
                    "paragraph",
                    "Partnerstwo Krakowa z Frankfurtem nad Menem sięga 6 grudnia 1991 roku. Frankfurt jest też jednym z sześciu miast, które w 1986 roku założyły Eurocities – od jesieni 2025 roku oba miasta spotykają się więc także w tej sieci.",
                ),
                (
                    "paragraph",
                    "Współpraca obejmuje wymianę młodzieży, kontakty uczelni i instytucji kultury oraz rozmowy o tym, jak nowocześnie zarządzać dużym miastem.",
                ),
            ],
        },
        "en": {
            "slug": "krakow-and-frankfurt-partners-since-1991",
            "title": "Kraków and Frankfurt am Main: partners since 1991",
            "lead": "On 6 December 1991 the two cities entered a partnership that continues today.",
            "tags": ["Frankfurt am Main", "partner cities", "Germany"],
            "alt": "Illustration: Frankfurt's high-rise towers by the river at dusk",
            "caption": "Frankfurt is one of the founding cities of Eurocities.",
            "body": [
                (
                    "paragraph",
                    "Kraków's partnership with Frankfurt am Main dates from 6 December 1991. Frankfurt is also one of the six cities that founded Eurocities in 1986, so since autumn 2025 the two cities meet in that network as well.",
                ),
                (
                    "paragraph",
                    "The cooperation covers youth exchanges, links between universities and cultural institutions, and talks on how to run a large city well.",
                ),
            ],
        },
        "de": {
            "slug": "krakau-und-frankfurt-partner-seit-1991",
            "title": "Krakau und Frankfurt am Main: Partner seit 1991",
            "lead": "Am 6. Dezember 1991 schlossen die beiden Städte eine Partnerschaft, die bis heute besteht.",
            "tags": ["Frankfurt am Main", "Partnerstädte", "Deutschland"],
            "alt": "Illustration: die Hochhäuser Frankfurts am Fluss in der Abenddämmerung",
            "caption": "Frankfurt gehört zu den Gründungsstädten von Eurocities.",
            "body": [
                (
                    "paragraph",
                    "Die Partnerschaft zwischen Krakau und Frankfurt am Main besteht seit dem 6. Dezember 1991. Frankfurt ist zudem eine der sechs Städte, die 1986 Eurocities gründeten – seit Herbst 2025 begegnen sich beide Städte also auch in diesem Netzwerk.",
                ),
                (
                    "paragraph",
                    "Die Zusammenarbeit umfasst Jugendaustausch, Kontakte zwischen Hochschulen und Kultureinrichtungen sowie Gespräche darüber, wie man eine Großstadt gut verwaltet.",
                ),
            ],
        },
    },
    {
        "key": "nuremberg-twinning",
        "date": "2025-12-09T10:00",
        "categories": ["international"],
        "image": ("flags-pl-de", "blue"),
        "relation": "norymberga",
        "pl": {
            "slug": "norymberga-miastem-blizniaczym-od-1991",
            "title": "Norymberga: 34 lata jako miasto bliźniacze",
            "lead": "9 grudnia 1991 roku Kraków i Norymberga podpisały umowę o miastach bliźniaczych.",
            "tags": ["Norymberga", "miasta partnerskie", "Niemcy"],
            "alt": "Ilustracja: flagi Polski i Niemiec nad mostem o wielu łukach",
            "caption": "Współpraca z Norymbergą zaczęła się jeszcze w 1979 roku.",
            "body": [
                (
                    "paragraph",
                    "Kontakty z Norymbergą są starsze niż samo partnerstwo: 2 października 1979 roku miasta podpisały porozumienie o współpracy. Umowa o miastach bliźniaczych z 9 grudnia 1991 roku została zatwierdzona uchwałą Rady Miasta nr XLIII/298/92 z 14 lutego 1992 roku.",
                ),
                (
                    "facts",
                    (
                        "Kraków – Norymberga",
                        [
                            "2 października 1979: porozumienie o współpracy",
                            "9 grudnia 1991: umowa o miastach bliźniaczych",
                            "14 lutego 1992: uchwała Rady Miasta nr XLIII/298/92",
                            "Czerwiec 1996: otwarcie Domu Norymberskiego w Krakowie i Domu Krakowskiego w Norymberdze",
                        ],
                    ),
                ),
            ],
        },
        "en": {
            "slug": "nuremberg-twin-city-since-1991",
            "title": "Nuremberg: 34 years as twin cities",
            "lead": "On 9 December 1991 Kraków and Nuremberg signed their twin-city agreement.",
            "tags": ["Nuremberg", "partner cities", "Germany"],
            "alt": "Illustration: the flags of Poland and Germany above a bridge of many arches",
            "caption": "Cooperation with Nuremberg began as early as 1979.",
            "body": [
                (
                    "paragraph",
                    "Ties with Nuremberg are older than the twinning itself: on 2 October 1979 the cities signed a framework cooperation agreement. The twin-city agreement of 9 December 1991 was approved by City Council resolution XLIII/298/92 of 14 February 1992.",
                ),
                (
                    "facts",
                    (
                        "Kraków – Nuremberg",
                        [
                            "2 October 1979: framework cooperation agreement",
                            "9 December 1991: twin-city agreement",
                            "14 February 1992: City Council resolution XLIII/298/92",
                            "June 1996: the Nuremberg House in Kraków and the Kraków House in Nuremberg open",
                        ],
                    ),
                ),
            ],
        },
        "de": {
            "slug": "nuernberg-partnerstadt-seit-1991",
            "title": "Nürnberg: 34 Jahre Städtepartnerschaft",
            "lead": "Am 9. Dezember 1991 unterzeichneten Krakau und Nürnberg ihren Partnerschaftsvertrag.",
            "tags": ["Nürnberg", "Partnerstädte", "Deutschland"],
            "alt": "Illustration: die Flaggen Polens und Deutschlands über einer Brücke mit vielen Bögen",
            "caption": "Die Zusammenarbeit mit Nürnberg begann schon 1979.",
            "body": [
                (
                    "paragraph",
                    "Die Verbindung zu Nürnberg ist älter als die Partnerschaft selbst: Am 2. Oktober 1979 vereinbarten die Städte eine Rahmenzusammenarbeit. Der Partnerschaftsvertrag vom 9. Dezember 1991 wurde mit dem Stadtratsbeschluss Nr. XLIII/298/92 vom 14. Februar 1992 bestätigt.",
                ),
                (
                    "facts",
                    (
                        "Krakau – Nürnberg",
                        [
                            "2. Oktober 1979: Rahmenvereinbarung über Zusammenarbeit",
                            "9. Dezember 1991: Partnerschaftsvertrag",
                            "14. Februar 1992: Stadtratsbeschluss Nr. XLIII/298/92",
                            "Juni 1996: Eröffnung des Nürnberger Hauses in Krakau und des Krakauer Hauses in Nürnberg",
                        ],
                    ),
                ),
            ],
        },
    },
    {
        "key": "digital-services",
        "date": "2026-01-22T10:00",
        "categories": ["city-hall"],
        "image": ("screen", "blue"),
        "pl": {
            "slug": "e-uslugi-dla-mieszkancow-priorytetem",
            "title": "E-usługi dla mieszkańców priorytetem miasta w Eurocities",
            "lead": "Cyfryzacja to jeden z dwóch obszarów, w których Kraków chce najaktywniej pracować w sieci miast.",
            "tags": ["cyfryzacja", "Eurocities", "e-usługi"],
            "alt": "Ilustracja: laptop i telefon z formularzem na ekranie",
            "caption": "Sprawy urzędowe coraz częściej załatwiamy przez internet.",
            "body": [
                (
                    "paragraph",
                    "Kraków zgłosił chęć udziału w pracach Eurocities poświęconych cyfryzacji. Chodzi o to, by sprawy w urzędzie dało się załatwić szybciej i wygodniej, także z telefonu.",
                ),
                (
                    "paragraph",
                    "Miasta w sieci porównują, jak projektują usługi cyfrowe, jak dbają o ich dostępność i jak chronią dane mieszkańców. Kraków chce korzystać z tych doświadczeń i dzielić się własnymi.",
                ),
            ],
        },
        "en": {
            "slug": "digital-services-a-priority-in-eurocities",
            "title": "Digital services for residents: the city's priority in Eurocities",
            "lead": "Digitalisation is one of the two fields in which Kraków wants to be most active in the network.",
            "tags": ["digitalisation", "Eurocities", "e-services"],
            "alt": "Illustration: a laptop and a phone showing a form",
            "caption": "More and more city business is done online.",
            "body": [
                (
                    "paragraph",
                    "Kraków has signed up for the Eurocities work on digitalisation. The aim is simple: dealing with the city hall should be quicker and easier, including from a phone.",
                ),
                (
                    "paragraph",
                    "Cities in the network compare how they design digital services, keep them accessible and protect residents' data. Kraków wants to learn from their experience and share its own.",
                ),
            ],
        },
        "de": {
            "slug": "digitale-dienste-als-prioritaet-bei-eurocities",
            "title": "Digitale Dienste für die Bürger: Krakaus Schwerpunkt bei Eurocities",
            "lead": "Die Digitalisierung ist einer der beiden Bereiche, in denen Krakau im Netzwerk besonders aktiv sein will.",
            "tags": ["Digitalisierung", "Eurocities", "E-Services"],
            "alt": "Illustration: ein Laptop und ein Telefon mit einem Formular",
            "caption": "Behördengänge werden immer öfter online erledigt.",
            "body": [
                (
                    "paragraph",
                    "Krakau hat sich für die Arbeit von Eurocities zur Digitalisierung gemeldet. Das Ziel: Behördengänge sollen schneller und bequemer werden, auch mit dem Telefon.",
                ),
                (
                    "paragraph",
                    "Die Städte im Netzwerk vergleichen, wie sie digitale Dienste gestalten, barrierefrei halten und die Daten der Bürger schützen. Krakau will von diesen Erfahrungen lernen und eigene teilen.",
                ),
            ],
        },
    },
    {
        "key": "entrepreneurship",
        "date": "2026-02-17T10:00",
        "categories": ["city-hall"],
        "image": ("gears", "green"),
        "pl": {
            "slug": "miasto-uczelnie-i-biznes-razem",
            "title": "Miasto, uczelnie i biznes razem: wsparcie dla start-upów",
            "lead": "Przedsiębiorczość miejska to drugi obszar, w którym Kraków chce współpracować z miastami Eurocities.",
            "tags": ["przedsiębiorczość", "start-upy", "Eurocities"],
            "alt": "Ilustracja: trzy zazębiające się koła zębate",
            "caption": "Administracja, nauka i firmy mogą działać jak jeden mechanizm.",
            "body": [
                (
                    "paragraph",
                    "Kraków ma silne uczelnie i wiele młodych firm technologicznych. Miasto chce lepiej łączyć te środowiska: wspierać innowacyjne przedsiębiorstwa i start-upy oraz budować partnerstwa administracji, uczelni i biznesu.",
                ),
                (
                    "paragraph",
                    "W sieci Eurocities miasto będzie szukać sprawdzonych sposobów takiej współpracy – od programów dla młodych firm po wspólne projekty badawcze.",
                ),
            ],
        },
        "en": {
            "slug": "city-universities-and-business-together",
            "title": "City, universities and business together: support for start-ups",
            "lead": "Urban entrepreneurship is the second field in which Kraków wants to work with other Eurocities members.",
            "tags": ["entrepreneurship", "start-ups", "Eurocities"],
            "alt": "Illustration: three interlocking gears",
            "caption": "Administration, science and firms can work like one mechanism.",
            "body": [
                (
                    "paragraph",
                    "Kraków has strong universities and many young technology firms. The city wants to bring them closer together: to support innovative companies and start-ups and to build partnerships between the administration, universities and business.",
                ),
                (
                    "paragraph",
                    "In Eurocities the city will look for proven ways of working like this, from programmes for young firms to joint research projects.",
                ),
            ],
        },
        "de": {
            "slug": "stadt-hochschulen-und-wirtschaft-gemeinsam",
            "title": "Stadt, Hochschulen und Wirtschaft gemeinsam: Förderung für Start-ups",
            "lead": "Städtisches Unternehmertum ist der zweite Bereich, in dem Krakau mit anderen Eurocities-Mitgliedern zusammenarbeiten will.",
            "tags": ["Unternehmertum", "Start-ups", "Eurocities"],
            "alt": "Illustration: drei ineinandergreifende Zahnräder",
            "caption": "Verwaltung, Wissenschaft und Firmen können wie ein Getriebe zusammenwirken.",
            "body": [
                (
                    "paragraph",
                    "Krakau hat starke Hochschulen und viele junge Technologiefirmen. Die Stadt will diese Welten enger verbinden: innovative Unternehmen und Start-ups fördern und Partnerschaften zwischen Verwaltung, Hochschulen und Wirtschaft aufbauen.",
                ),
                (
                    "paragraph",
                    "Bei Eurocities sucht die Stadt nach bewährten Wegen solcher Zusammenarbeit – von Programmen für junge Firmen bis zu gemeinsamen Forschungsprojekten.",
                ),
            ],
        },
    },
    {
        "key": "city-of-literature",
        "date": "2026-03-19T10:00",
        "categories": ["culture", "international"],
        "image": ("books", "paper"),
        "pl": {
            "slug": "krakow-miasto-literatury-unesco",
            "title": "Miasto Literatury UNESCO: co oznacza ten tytuł",
            "lead": "Kraków należy do Sieci Miast Kreatywnych UNESCO jako Miasto Literatury. Wyjaśniamy, co z tego wynika.",
            "tags": ["UNESCO", "literatura"],
            "alt": "Ilustracja: półka z kolorowymi grzbietami książek",
            "caption": "Literatura jest jedną z wizytówek Krakowa.",
            "body": [
                (
                    "paragraph",
                    "Sieć Miast Kreatywnych UNESCO łączy miasta, które rozwijają się dzięki kulturze. Kraków jest w niej Miastem Literatury – obok innych sieci, takich jak Eurocities, to jedna z dróg, którymi miasto współpracuje ze światem.",
                ),
                (
                    "paragraph",
                    "Tytuł zobowiązuje: do wspierania bibliotek, wydawców i festiwali, do promocji czytelnictwa i do wymiany z innymi miastami literatury.",
                ),
            ],
        },
        "en": {
            "slug": "krakow-unesco-city-of-literature",
            "title": "UNESCO City of Literature: what the title means",
            "lead": "Kraków belongs to the UNESCO Creative Cities Network as a City of Literature. We explain what follows from that.",
            "tags": ["UNESCO", "literature"],
            "alt": "Illustration: a shelf of colourful book spines",
            "caption": "Literature is one of Kraków's calling cards.",
            "body": [
                (
                    "paragraph",
                    "The UNESCO Creative Cities Network brings together cities that grow through culture. Kraków is a City of Literature in it; alongside networks such as Eurocities, it is one of the ways the city works with the world.",
                ),
                (
                    "paragraph",
                    "The title is a commitment: to support libraries, publishers and festivals, to promote reading and to exchange ideas with other cities of literature.",
                ),
            ],
        },
        "de": {
            "slug": "krakau-unesco-literaturstadt",
            "title": "UNESCO-Literaturstadt: was der Titel bedeutet",
            "lead": "Krakau gehört dem Netzwerk der kreativen Städte der UNESCO als Literaturstadt an. Wir erklären, was daraus folgt.",
            "tags": ["UNESCO", "Literatur"],
            "alt": "Illustration: ein Regal mit bunten Buchrücken",
            "caption": "Literatur ist eine Visitenkarte Krakaus.",
            "body": [
                (
                    "paragraph",
                    "Das Netzwerk der kreativen Städte der UNESCO verbindet Städte, die sich durch Kultur entwickeln. Krakau ist darin Literaturstadt; neben Netzwerken wie Eurocities ist das einer der Wege, auf denen die Stadt mit der Welt zusammenarbeitet.",
                ),
                (
                    "paragraph",
                    "Der Titel verpflichtet: Bibliotheken, Verlage und Festivals zu unterstützen, das Lesen zu fördern und sich mit anderen Literaturstädten auszutauschen.",
                ),
            ],
        },
    },
    {
        "key": "book-day",
        "date": "2026-04-23T09:00",
        "categories": ["culture"],
        "image": ("books", "green"),
        "pl": {
            "slug": "swiatowy-dzien-ksiazki-w-krakowie",
            "title": "Światowy Dzień Książki: biblioteki zapraszają",
            "lead": "23 kwietnia to dobry dzień, by odwiedzić bibliotekę w swojej dzielnicy.",
            "tags": ["literatura", "biblioteki"],
            "alt": "Ilustracja: półka z książkami na zielonym tle",
            "caption": "Biblioteki publiczne działają w każdej dzielnicy.",
            "body": [
                (
                    "paragraph",
                    "Światowy Dzień Książki i Praw Autorskich obchodzimy 23 kwietnia. Dla Miasta Literatury UNESCO to okazja, by przypomnieć, że biblioteki są otwarte dla wszystkich – także dla tych, którzy dopiero uczą się polskiego.",
                ),
                ("paragraph", "Zapisanie się do biblioteki publicznej jest bezpłatne. Wystarczy dokument tożsamości."),
            ],
        },
        "en": {
            "slug": "world-book-day-in-krakow",
            "title": "World Book Day: libraries welcome readers",
            "lead": "23 April is a good day to visit the library in your district.",
            "tags": ["literature", "libraries"],
            "alt": "Illustration: a shelf of books on a green background",
            "caption": "There are public libraries in every district.",
            "body": [
                (
                    "paragraph",
                    "World Book and Copyright Day falls on 23 April. For a UNESCO City of Literature it is a chance to remind everyone that libraries are open to all – including people who are just learning Polish.",
                ),
                ("paragraph", "Joining a public library is free. All you need is an identity document."),
            ],
        },
        "de": {
            "slug": "welttag-des-buches-in-krakau",
            "title": "Welttag des Buches: Bibliotheken laden ein",
            "lead": "Der 23. April ist ein guter Tag, um die Bibliothek im eigenen Stadtteil zu besuchen.",
            "tags": ["Literatur", "Bibliotheken"],
            "alt": "Illustration: ein Bücherregal vor grünem Hintergrund",
            "caption": "Öffentliche Bibliotheken gibt es in jedem Stadtteil.",
            "body": [
                (
                    "paragraph",
                    "Der Welttag des Buches und des Urheberrechts ist am 23. April. Für eine UNESCO-Literaturstadt ist das ein Anlass zu zeigen, dass Bibliotheken allen offenstehen – auch denen, die gerade Polnisch lernen.",
                ),
                (
                    "paragraph",
                    "Die Anmeldung in einer öffentlichen Bibliothek ist kostenlos. Es genügt ein Ausweisdokument.",
                ),
            ],
        },
    },
    {
        "key": "accessibility",
        "date": "2026-05-14T10:00",
        "categories": ["city-hall"],
        "image": ("access", "blue"),
        "pl": {
            "slug": "zglos-bariere-na-stronie-miasta",
            "title": "Zgłoś barierę: portal miasta ma być dostępny dla każdego",
            "lead": "Deklaracja dostępności mówi, co już działa, a czego jeszcze brakuje – i jak zgłosić problem.",
            "tags": ["dostępność", "portal"],
            "alt": "Ilustracja: strona internetowa z dużym, czytelnym tekstem",
            "caption": "Dostępność cyfrowa to obowiązek prawny i codzienna praca.",
            "body": [
                (
                    "paragraph",
                    "Strony publiczne muszą być dostępne dla osób z niepełnosprawnościami – tego wymaga ustawa z 4 kwietnia 2019 roku o dostępności cyfrowej. Portal miasta ma deklarację dostępności, w której opisujemy jego stan.",
                ),
                (
                    "paragraph",
                    "Jeśli coś utrudnia korzystanie z portalu – brakujący opis zdjęcia, zbyt mały kontrast, formularz, którego nie da się obsłużyć klawiaturą – napisz do nas. Odpowiemy w ciągu 7 dni.",
                ),
            ],
        },
        "en": {
            "slug": "report-a-barrier-on-the-city-website",
            "title": "Report a barrier: the city portal should work for everyone",
            "lead": "The accessibility statement says what works, what does not yet – and how to report a problem.",
            "tags": ["accessibility", "portal"],
            "alt": "Illustration: a web page with large, clear text",
            "caption": "Digital accessibility is a legal duty and everyday work.",
            "body": [
                (
                    "paragraph",
                    "Public websites must be accessible to people with disabilities, as Poland's Act of 4 April 2019 on digital accessibility requires. The city portal has an accessibility statement describing where it stands.",
                ),
                (
                    "paragraph",
                    "If something gets in your way – a picture without a description, low contrast, a form you cannot use with a keyboard – write to us. We answer within 7 days.",
                ),
            ],
        },
        "de": {
            "slug": "barriere-auf-der-stadtseite-melden",
            "title": "Barriere melden: Das Stadtportal soll für alle funktionieren",
            "lead": "Die Erklärung zur Barrierefreiheit sagt, was schon funktioniert, was noch fehlt – und wie man ein Problem meldet.",
            "tags": ["Barrierefreiheit", "Portal"],
            "alt": "Illustration: eine Webseite mit großem, gut lesbarem Text",
            "caption": "Digitale Barrierefreiheit ist gesetzliche Pflicht und tägliche Arbeit.",
            "body": [
                (
                    "paragraph",
                    "Öffentliche Websites müssen für Menschen mit Behinderungen zugänglich sein; das verlangt das polnische Gesetz vom 4. April 2019 über digitale Barrierefreiheit. Das Stadtportal hat eine Erklärung zur Barrierefreiheit, die den Stand beschreibt.",
                ),
                (
                    "paragraph",
                    "Wenn Sie etwas behindert – ein Bild ohne Beschreibung, zu geringer Kontrast, ein Formular, das sich nicht mit der Tastatur bedienen lässt –, schreiben Sie uns. Wir antworten innerhalb von 7 Tagen.",
                ),
            ],
        },
    },
    {
        "key": "nuremberg-house-30",
        "date": "2026-06-12T10:00",
        "categories": ["international", "culture"],
        "image": ("houses", "stone"),
        "relation": "norymberga",
        "pl": {
            "slug": "30-lat-domu-norymberskiego",
            "title": "30 lat Domu Norymberskiego i Domu Krakowskiego",
            "lead": "W czerwcu 1996 roku otwarto dwa domy, które od trzech dekad łączą mieszkańców Krakowa i Norymbergi.",
            "tags": ["Norymberga", "kultura", "miasta partnerskie"],
            "alt": "Ilustracja: dwie kamienice stojące obok siebie",
            "caption": "Dom Norymberski w Krakowie i Dom Krakowski w Norymberdze działają od 1996 roku.",
            "body": [
                (
                    "paragraph",
                    "Dom Norymberski w Krakowie i Dom Krakowski w Norymberdze otwarto w czerwcu 1996 roku. To miejsca spotkań, wystaw, kursów językowych i rozmów – żywy znak partnerstwa obu miast.",
                ),
                (
                    "paragraph",
                    "Przez trzydzieści lat domy stały się adresem dla wszystkich, którzy chcą poznać sąsiadów zza granicy: uczniów, artystów, przedsiębiorców i seniorów.",
                ),
            ],
        },
        "en": {
            "slug": "30-years-of-the-nuremberg-house",
            "title": "30 years of the Nuremberg House and the Kraków House",
            "lead": "In June 1996 two houses opened that have linked the people of Kraków and Nuremberg for three decades.",
            "tags": ["Nuremberg", "culture", "partner cities"],
            "alt": "Illustration: two town houses standing side by side",
            "caption": "The Nuremberg House in Kraków and the Kraków House in Nuremberg have been open since 1996.",
            "body": [
                (
                    "paragraph",
                    "The Nuremberg House in Kraków and the Kraków House in Nuremberg opened in June 1996. They host meetings, exhibitions, language courses and debates – a living sign of the partnership between the two cities.",
                ),
                (
                    "paragraph",
                    "Over thirty years the houses have become an address for everyone who wants to get to know the neighbours across the border: pupils, artists, entrepreneurs and senior citizens.",
                ),
            ],
        },
        "de": {
            "slug": "30-jahre-nuernberger-haus",
            "title": "30 Jahre Nürnberger Haus und Krakauer Haus",
            "lead": "Im Juni 1996 öffneten zwei Häuser, die seit drei Jahrzehnten die Menschen in Krakau und Nürnberg verbinden.",
            "tags": ["Nürnberg", "Kultur", "Partnerstädte"],
            "alt": "Illustration: zwei Bürgerhäuser nebeneinander",
            "caption": "Das Nürnberger Haus in Krakau und das Krakauer Haus in Nürnberg gibt es seit 1996.",
            "body": [
                (
                    "paragraph",
                    "Das Nürnberger Haus in Krakau und das Krakauer Haus in Nürnberg wurden im Juni 1996 eröffnet. Dort finden Begegnungen, Ausstellungen, Sprachkurse und Diskussionen statt – ein lebendiges Zeichen der Partnerschaft beider Städte.",
                ),
                (
                    "paragraph",
                    "In dreißig Jahren wurden die Häuser zur Adresse für alle, die die Nachbarn jenseits der Grenze kennenlernen wollen: Schülerinnen und Schüler, Kunstschaffende, Unternehmer und Senioren.",
                ),
            ],
        },
    },
    {
        "key": "partner-cities",
        "date": "2026-08-20T10:00",
        "categories": ["international"],
        "image": ("partner-world", "blue"),
        "pl": {
            "slug": "miasta-partnerskie-krakowa-na-czterech-kontynentach",
            "title": "Miasta partnerskie Krakowa na czterech kontynentach",
            "lead": "Od Cambridge w Massachusetts po Kurytybę: przegląd najstarszych partnerstw miasta.",
            "tags": ["miasta partnerskie"],
            "alt": "Ilustracja: mapa świata, na której łuki łączą Kraków z miastami partnerskimi w Europie i obu Amerykach",
            "caption": "Kraków ma ponad 30 miast partnerskich.",
            "body": [
                (
                    "paragraph",
                    "Kraków współpracuje z ponad trzydziestoma miastami na świecie. Niektóre partnerstwa mają już ponad trzydzieści lat.",
                ),
                (
                    "list",
                    [
                        "Cambridge (Massachusetts, USA) – od 1989",
                        "Norymberga (Niemcy) – od 1991",
                        "Frankfurt nad Menem (Niemcy) – od 1991",
                        "Bordeaux (Francja) – od 1993",
                        "Kurytyba (Brazylia) – od 1993",
                        "Edynburg (Wielka Brytania) – od 1995",
                        "Budapeszt (Węgry) – od 2005",
                    ],
                ),
                ("paragraph", "Pełną listę relacji, z podstawą prawną i datami, znajdziesz w katalogu partnerstw."),
            ],
        },
        "en": {
            "slug": "krakows-partner-cities-on-four-continents",
            "title": "Kraków's partner cities on four continents",
            "lead": "From Cambridge, Massachusetts to Curitiba: an overview of the city's oldest partnerships.",
            "tags": ["partner cities"],
            "alt": "Illustration: a world map with arcs joining Kraków to its partner cities in Europe and the Americas",
            "caption": "Kraków has more than 30 partner cities.",
            "body": [
                (
                    "paragraph",
                    "Kraków works with more than thirty cities around the world. Some of these partnerships are over thirty years old.",
                ),
                (
                    "list",
                    [
                        "Cambridge (Massachusetts, USA) – since 1989",
                        "Nuremberg (Germany) – since 1991",
                        "Frankfurt am Main (Germany) – since 1991",
                        "Bordeaux (France) – since 1993",
                        "Curitiba (Brazil) – since 1993",
                        "Edinburgh (United Kingdom) – since 1995",
                        "Budapest (Hungary) – since 2005",
                    ],
                ),
                (
                    "paragraph",
                    "The full list of relations, with their legal basis and dates, is in the partnerships directory.",
                ),
            ],
        },
        "de": {
            "slug": "krakaus-partnerstaedte-auf-vier-kontinenten",
            "title": "Krakaus Partnerstädte auf vier Kontinenten",
            "lead": "Von Cambridge in Massachusetts bis Curitiba: ein Überblick über die ältesten Partnerschaften der Stadt.",
            "tags": ["Partnerstädte"],
            "alt": "Illustration: eine Weltkarte, auf der Bögen Krakau mit seinen Partnerstädten in Europa und Amerika verbinden",
            "caption": "Krakau hat mehr als 30 Partnerstädte.",
            "body": [
                (
                    "paragraph",
                    "Krakau arbeitet mit mehr als dreißig Städten in aller Welt zusammen. Manche dieser Partnerschaften bestehen seit über dreißig Jahren.",
                ),
                (
                    "list",
                    [
                        "Cambridge (Massachusetts, USA) – seit 1989",
                        "Nürnberg (Deutschland) – seit 1991",
                        "Frankfurt am Main (Deutschland) – seit 1991",
                        "Bordeaux (Frankreich) – seit 1993",
                        "Curitiba (Brasilien) – seit 1993",
                        "Edinburgh (Vereinigtes Königreich) – seit 1995",
                        "Budapest (Ungarn) – seit 2005",
                    ],
                ),
                (
                    "paragraph",
                    "Die vollständige Liste mit Rechtsgrundlagen und Daten steht im Verzeichnis der Partnerschaften.",
                ),
            ],
        },
    },
    {
        "key": "new-portal",
        "date": "2026-09-15T10:00",
        "categories": ["city-hall"],
        "image": ("krakow-skyline", "dusk"),
        "pl": {
            "slug": "nowy-portal-miasta-w-trzech-jezykach",
            "title": "Nowy portal miasta w trzech językach",
            "lead": "Wiadomości i informacje o współpracy międzynarodowej Krakowa po polsku, angielsku i niemiecku.",
            "tags": ["portal", "dostępność"],
            "alt": "Ilustracja: sylwetka Krakowa o zmierzchu: Wawel, wieża ratuszowa, Sukiennice i wieże Kościoła Mariackiego",
            "caption": "Portal działa na telefonach, tabletach i komputerach.",
            "body": [
                (
                    "paragraph",
                    "Nowy portal miasta publikuje wiadomości równolegle w trzech językach. Każdy artykuł ma datę publikacji i – jeśli treść się zmieniła – datę aktualizacji z opisem zmiany.",
                ),
                (
                    "paragraph",
                    "Portal nie używa plików cookie do śledzenia i nie łączy się z zewnętrznymi serwisami. Nie musisz niczego akceptować, by go czytać.",
                ),
            ],
        },
        "en": {
            "slug": "new-city-portal-in-three-languages",
            "title": "A new city portal in three languages",
            "lead": "News and information on Kraków's international cooperation in Polish, English and German.",
            "tags": ["portal", "accessibility"],
            "alt": "Illustration: Kraków's skyline at dusk: Wawel, the Town Hall tower, the Cloth Hall and the towers of St Mary's",
            "caption": "The portal works on phones, tablets and computers.",
            "body": [
                (
                    "paragraph",
                    "The new city portal publishes news in three languages side by side. Every article shows when it was published and – if its content changed – when it was updated and what changed.",
                ),
                (
                    "paragraph",
                    "The portal sets no tracking cookies and contacts no third-party services. You do not have to accept anything to read it.",
                ),
            ],
        },
        "de": {
            "slug": "neues-stadtportal-in-drei-sprachen",
            "title": "Ein neues Stadtportal in drei Sprachen",
            "lead": "Nachrichten und Informationen über Krakaus internationale Zusammenarbeit auf Polnisch, Englisch und Deutsch.",
            "tags": ["Portal", "Barrierefreiheit"],
            "alt": "Illustration: Krakaus Silhouette in der Abenddämmerung: Wawel, Rathausturm, Tuchhallen und die Türme der Marienkirche",
            "caption": "Das Portal funktioniert auf Telefon, Tablet und Computer.",
            "body": [
                (
                    "paragraph",
                    "Das neue Stadtportal veröffentlicht Nachrichten in drei Sprachen nebeneinander. Jeder Artikel zeigt, wann er erschienen ist und – falls sich der Inhalt geändert hat – wann und was aktualisiert wurde.",
                ),
                (
                    "paragraph",
                    "Das Portal setzt keine Tracking-Cookies und bindet keine Dienste Dritter ein. Sie müssen nichts akzeptieren, um es zu lesen.",
                ),
            ],
        },
    },
    {
        "key": "eurocities-one-year",
        "date": "2026-10-15T10:00",
        "categories": ["international"],
        "image": ("eurocities-map", "dusk"),
        "relation": "eurocities",
        "pl": {
            "slug": "rok-krakowa-w-eurocities",
            "title": "Rok Krakowa w Eurocities",
            "lead": "Mija rok od przyjęcia miasta do sieci. Priorytety pozostają te same: cyfryzacja i przedsiębiorczość.",
            "tags": ["Eurocities", "cyfryzacja", "przedsiębiorczość"],
            "alt": "Ilustracja: mapa Europy z Krakowem połączonym z miastami założycielskimi Eurocities",
            "caption": "Kraków jest członkiem Eurocities od 15 października 2025 roku.",
            "body": [
                (
                    "paragraph",
                    "15 października 2025 roku Kraków został przyjęty do Eurocities. Przez pierwszy rok miasto poznawało sposób pracy sieci i ludzi, którzy w innych miastach zajmują się podobnymi sprawami.",
                ),
                (
                    "paragraph",
                    "Priorytety się nie zmieniły: usługi cyfrowe dla mieszkańców i wspieranie przedsiębiorczości. O kolejnych projektach będziemy informować w tym dziale.",
                ),
            ],
        },
        "en": {
            "slug": "krakows-first-year-in-eurocities",
            "title": "Kraków's first year in Eurocities",
            "lead": "A year has passed since the city joined the network. The priorities remain: digitalisation and entrepreneurship.",
            "tags": ["Eurocities", "digitalisation", "entrepreneurship"],
            "alt": "Illustration: a map of Europe with Kraków linked to the founding cities of Eurocities",
            "caption": "Kraków has been a member of Eurocities since 15 October 2025.",
            "body": [
                (
                    "paragraph",
                    "Kraków was admitted to Eurocities on 15 October 2025. In its first year the city got to know how the network works and the people in other cities who deal with similar questions.",
                ),
                (
                    "paragraph",
                    "The priorities have not changed: digital services for residents and support for entrepreneurship. We will report on new projects in this section.",
                ),
            ],
        },
        "de": {
            "slug": "krakaus-erstes-jahr-bei-eurocities",
            "title": "Krakaus erstes Jahr bei Eurocities",
            "lead": "Vor einem Jahr trat die Stadt dem Netzwerk bei. Die Schwerpunkte bleiben: Digitalisierung und Unternehmertum.",
            "tags": ["Eurocities", "Digitalisierung", "Unternehmertum"],
            "alt": "Illustration: eine Europakarte mit Krakau, verbunden mit den Gründungsstädten von Eurocities",
            "caption": "Krakau ist seit dem 15. Oktober 2025 Mitglied von Eurocities.",
            "body": [
                (
                    "paragraph",
                    "Am 15. Oktober 2025 wurde Krakau in Eurocities aufgenommen. Im ersten Jahr lernte die Stadt die Arbeitsweise des Netzwerks kennen – und die Menschen, die sich in anderen Städten mit ähnlichen Fragen befassen.",
                ),
                (
                    "paragraph",
                    "Die Schwerpunkte sind geblieben: digitale Dienste für die Bürger und die Förderung des Unternehmertums. Über neue Projekte berichten wir in dieser Rubrik.",
                ),
            ],
        },
    },
    {
        "key": "news-feeds",
        "date": "2026-11-05T10:00",
        "categories": ["city-hall"],
        "image": ("feed", "dusk"),
        "pl": {
            "slug": "wiadomosci-miasta-w-czytniku-rss",
            "title": "Wiadomości z miasta w Twoim czytniku RSS",
            "lead": "Każdy dział aktualności ma własny kanał RSS i Atom. Nie trzeba zakładać konta ani instalować aplikacji miasta.",
            "tags": ["portal", "RSS"],
            "alt": "Ilustracja: symbol kanału RSS – kropka i dwa łuki",
            "caption": "Kanały działają w każdym czytniku wiadomości.",
            "body": [
                (
                    "paragraph",
                    "Chcesz wiedzieć o nowych artykułach bez zaglądania na stronę? Dodaj kanał aktualności do czytnika RSS. Osobne kanały mają wszystkie kategorie, na przykład Współpraca międzynarodowa czy Kultura.",
                ),
                (
                    "list",
                    [
                        "Otwórz dział Aktualności lub wybraną kategorię.",
                        "Skopiuj adres kanału RSS albo Atom z ramki „Obserwuj wiadomości”.",
                        "Wklej go w swoim czytniku.",
                    ],
                ),
            ],
        },
        "en": {
            "slug": "city-news-in-your-feed-reader",
            "title": "City news in your feed reader",
            "lead": "Every news section has its own RSS and Atom feed. No account or city app needed.",
            "tags": ["portal", "RSS"],
            "alt": "Illustration: the feed symbol – a dot and two arcs",
            "caption": "The feeds work in any news reader.",
            "body": [
                (
                    "paragraph",
                    "Want to hear about new articles without checking the site? Add the news feed to your feed reader. Every category, such as International cooperation or Culture, has a feed of its own.",
                ),
                (
                    "list",
                    [
                        "Open the News section or a category.",
                        "Copy the RSS or Atom address from the “Follow the news” box.",
                        "Paste it into your reader.",
                    ],
                ),
            ],
        },
        "de": {
            "slug": "stadtnachrichten-im-feedreader",
            "title": "Stadtnachrichten in Ihrem Feedreader",
            "lead": "Jede Nachrichtenrubrik hat einen eigenen RSS- und Atom-Feed. Kein Konto und keine App nötig.",
            "tags": ["Portal", "RSS"],
            "alt": "Illustration: das Feed-Symbol – ein Punkt und zwei Bögen",
            "caption": "Die Feeds funktionieren in jedem Newsreader.",
            "body": [
                (
                    "paragraph",
                    "Sie möchten von neuen Artikeln erfahren, ohne die Seite aufzurufen? Abonnieren Sie den Nachrichten-Feed in Ihrem Feedreader. Jede Rubrik, etwa Internationale Zusammenarbeit oder Kultur, hat einen eigenen Feed.",
                ),
                (
                    "list",
                    [
                        "Öffnen Sie die Nachrichten oder eine Rubrik.",
                        "Kopieren Sie die RSS- oder Atom-Adresse aus dem Kasten „Nachrichten folgen“.",
                        "Fügen Sie sie in Ihren Reader ein.",
                    ],
                ),
            ],
        },
    },
]
