"""The demo easy-to-read text about the city portal (Polish, English, German) and the demo
sign-language page (Polish only: the English and German headers then show no sign-language link).

Each passage is (pictogram motif, lines); the pictograms' descriptions are their alt text.
"""

PICTOGRAMS = {
    "screen": "Ekran komputera ze stroną internetową",
    "newspaper": "Gazeta",
    "calendar": "Kalendarz",
    "cities": "Dwa domy połączone linią",
    "magnifier": "Lupa",
    "hands": "Dwie dłonie",
    "book": "Otwarta książka",
    "envelope": "Koperta z listem",
    "shield": "Tarcza z kłódką",
}

# Alt text in the language of the page that shows the pictogram.
PICTOGRAM_ALT = {
    "en": {
        "screen": "A computer screen showing a web page",
        "newspaper": "A newspaper",
        "calendar": "A calendar",
        "cities": "Two houses joined by a line",
        "magnifier": "A magnifying glass",
        "hands": "Two hands",
        "book": "An open book",
        "envelope": "An envelope with a letter",
        "shield": "A shield with a lock",
    },
    "de": {
        "screen": "Ein Computer-Bildschirm mit einer Internet-Seite",
        "newspaper": "Eine Zeitung",
        "calendar": "Ein Kalender",
        "cities": "Zwei Häuser, mit einer Linie verbunden",
        "magnifier": "Eine Lupe",
        "hands": "Zwei Hände",
        "book": "Ein offenes Buch",
        "envelope": "Ein Brief-Umschlag",
        "shield": "Ein Schild mit einem Schloss",
    },
}

EASY_READ = {
    "pl": {
        "slug": "tekst-latwy-do-czytania",
        "title": "Portal miasta. Tekst łatwy do czytania",
        "intro": "Tu przeczytasz, czym jest portal miasta Krakowa.",
        "body": [
            ("heading", "Czym jest ten portal?"),
            (
                "screen",
                [
                    "To jest strona internetowa miasta Krakowa.",
                    "Nazywamy ją portalem miasta.",
                    "Portal prowadzi Urząd Miasta Krakowa.",
                    "W urzędzie pracują ludzie, którzy dbają o sprawy miasta.",
                ],
            ),
            ("heading", "Co znajdziesz na portalu?"),
            (
                "newspaper",
                [
                    "Na portalu są wiadomości z Krakowa.",
                    "Wiadomości mówią, co nowego dzieje się w mieście.",
                ],
            ),
            (
                "calendar",
                [
                    "Na portalu są wydarzenia.",
                    "Wydarzenia to na przykład koncerty, spotkania i wystawy.",
                    "Przy każdym wydarzeniu jest dzień, godzina i miejsce.",
                ],
            ),
            (
                "cities",
                [
                    "Kraków współpracuje z innymi miastami.",
                    "Na przykład z Norymbergą w Niemczech.",
                    "Na portalu przeczytasz o tej współpracy.",
                ],
            ),
            (
                "magnifier",
                [
                    "Na portalu możesz szukać informacji.",
                    "Wyszukiwarka jest na górze każdej strony.",
                    "Wpisz słowo i naciśnij przycisk Szukaj.",
                ],
            ),
            ("heading", "Jak portal pomaga osobom z niepełnosprawnościami?"),
            (
                "hands",
                [
                    "Portal ma stronę w polskim języku migowym.",
                    "Na tej stronie jest film z napisami.",
                ],
            ),
            (
                "book",
                [
                    "Portal ma też ten tekst łatwy do czytania.",
                    "Linki do obu stron są na górze każdej strony.",
                ],
            ),
            (
                "envelope",
                [
                    "Czasem coś na portalu jest dla Ciebie trudne.",
                    "Wtedy napisz do nas.",
                    "Nasz adres e-mail to: dostepnosc@um.krakow.example",
                    "Odpowiemy Ci najpóźniej w ciągu 7 dni.",
                ],
            ),
            ("heading", "Czy portal zbiera informacje o Tobie?"),
            (
                "shield",
                [
                    "Portal nie sprawdza, co czytasz.",
                    "Portal nie pokazuje reklam.",
                ],
            ),
        ],
    },
    "en": {
        "slug": "easy-read",
        "title": "The city portal. Easy read",
        "intro": "Here you can read what the Kraków city portal is.",
        "body": [
            ("heading", "What is this portal?"),
            (
                "screen",
                [
                    "This is the website of the City of Kraków.",
                    "We call it the city portal.",
                    "The City Office of Kraków runs the portal.",
                ],
            ),
            ("heading", "What can you find here?"),
            ("newspaper", ["There is news from Kraków.", "The news tells you what is new in the city."]),
            (
                "calendar",
                ["There are events.", "Events are for example concerts, meetings and exhibitions."],
            ),
            ("cities", ["Kraków works together with other cities.", "You can read about this on the portal."]),
            (
                "magnifier",
                ["You can search the portal.", "The search box is at the top of every page."],
            ),
            ("heading", "Do you need help?"),
            (
                "envelope",
                [
                    "Is something on the portal hard for you?",
                    "Then write to us.",
                    "Our e-mail address is: dostepnosc@um.krakow.example",
                    "We will answer within 7 days.",
                ],
            ),
        ],
    },
    "de": {
        "slug": "leichte-sprache",
        "title": "Das Stadt-Portal. Leichte Sprache",
        "intro": "Hier lesen Sie, was das Stadt-Portal von Krakau ist.",
        "body": [
            ("heading", "Was ist dieses Portal?"),
            (
                "screen",
                [
                    "Das ist die Internet-Seite der Stadt Krakau.",
                    "Wir nennen sie das Stadt-Portal.",
                    "Die Stadt-Verwaltung von Krakau macht das Portal.",
                ],
            ),
            ("heading", "Was finden Sie hier?"),
            ("newspaper", ["Hier gibt es Nachrichten aus Krakau.", "Die Nachrichten sagen, was in der Stadt neu ist."]),
            (
                "calendar",
                ["Hier gibt es Veranstaltungen.", "Das sind zum Beispiel Konzerte, Treffen und Ausstellungen."],
            ),
            ("cities", ["Krakau arbeitet mit anderen Städten zusammen.", "Zum Beispiel mit Nürnberg."]),
            ("magnifier", ["Sie können im Portal suchen.", "Das Such-Feld ist oben auf jeder Seite."]),
            ("heading", "Brauchen Sie Hilfe?"),
            (
                "envelope",
                [
                    "Ist etwas im Portal schwer für Sie?",
                    "Dann schreiben Sie uns.",
                    "Unsere E-Mail-Adresse ist: dostepnosc@um.krakow.example",
                    "Wir antworten in 7 Tagen.",
                ],
            ),
        ],
    },
}

SIGN_LANGUAGE = {
    "pl": {
        "slug": "polski-jezyk-migowy",
        "title": "Portal miasta w polskim języku migowym",
        "intro": "Nagranie mówi w polskim języku migowym (PJM), czym jest portal miasta i co na nim znajdziesz. "
        "Film ma napisy, a pod nim jest jego pełny tekst. W wersji pokazowej portalu zamiast tłumaczki PJM "
        "widać rysunek.",
    },
}

RECORDING = {
    "key": "portal-pjm",
    "title": "Czym jest portal miasta Krakowa",
    "poster": "Rysunek osoby, która miga. W rogu napis PJM.",
    "cues": [
        (0.0, 2.5, "Dzień dobry. Witamy na portalu miasta Krakowa."),
        (2.5, 5.0, "Tu znajdziesz wiadomości i wydarzenia z miasta."),
        (5.0, 7.5, "Linki do tej strony są na górze każdej strony portalu."),
    ],
}
