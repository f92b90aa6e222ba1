"""The privacy notice's text in Polish, English and German: who keeps what, why, how long, and your rights.

The demo content publishes it (load_demo_content); editors keep the live page up to date. It
names the controller and the data protection officer and covers every form of the site: the
e-mail alerts, accessibility requests, the editors' sign-in and the access logs here; the page
feedback form and the request form add their own sections beneath it, written next to the code
they describe (portal.feedback, portal.legal.requests).
"""

PRIVACY_NOTICE = {
    "pl": {
        "slug": "polityka-prywatnosci",
        "title": "Polityka prywatności",
        "intro": "Portal nie używa plików cookie do śledzenia i nie łączy się z serwisami zewnętrznymi.",
        "paragraphs": [
            "Administrator danych. Administratorem danych osobowych jest Gmina Miejska Kraków, w imieniu której "
            "działa Prezydent Miasta Krakowa, pl. Wszystkich Świętych 3-4, 31-004 Kraków. Z inspektorem ochrony "
            "danych można się skontaktować pod adresem iod@um.krakow.example lub pisemnie na adres urzędu.",
            "Przeglądanie portalu nie wymaga podawania danych osobowych. Serwer zapisuje techniczne dzienniki "
            "dostępu przez 30 dni, wyłącznie w celu zapewnienia bezpieczeństwa (art. 6 ust. 1 lit. e RODO).",
            "Powiadomienia e-mail. Jeśli zamówisz powiadomienia o wiadomościach z kategorii, tagu lub partnerstwa, "
            "przechowujemy: Twój adres e-mail, język powiadomień, wybrane tematy i częstotliwość, datę "
            "potwierdzenia i datę wygaśnięcia, a także listę wysłanych Ci artykułów (przez 7 dni, aby żaden nie "
            "dotarł dwa razy). Dopóki nie klikniesz linku potwierdzającego, nie zapisujemy adresu; aby ograniczyć "
            "nadużycia, liczymy wysłane linki potwierdzające za pomocą nieodwracalnego skrótu adresu (HMAC), "
            "który usuwamy po 2 dniach.",
            "Podstawą jest Twoja zgoda (art. 6 ust. 1 lit. a RODO). Powiadomienia wygasają po roku, jeśli ich nie "
            "odnowisz (wcześniej przypomnimy e-mailem); wtedy, albo gdy wypiszesz się z ostatniego powiadomienia, "
            "usuwamy adres w ciągu minuty. Każda wiadomość zawiera link do wypisania się jednym kliknięciem i link "
            "do zarządzania powiadomieniami, w tym do usunięcia wszystkich danych. Wiadomości nie zawierają "
            "pikseli śledzących, a linki prowadzą wprost do portalu, bez przekierowań zliczających kliknięcia.",
            "Żądania zapewnienia dostępności. Formularz w deklaracji dostępności zapisuje Twoje imię i nazwisko, "
            "adres e-mail, treść żądania i naszą odpowiedź, aby wykonać obowiązek z ustawy o dostępności "
            "cyfrowej (art. 6 ust. 1 lit. c RODO); szczegóły podajemy niżej.",
            "Logowanie redakcji. Pracownicy urzędu, którzy redagują portal, logują się nazwą użytkownika, hasłem "
            "i kodem z aplikacji uwierzytelniającej. Przechowujemy ich konto, dziennik zmian treści oraz nieudane "
            "próby logowania (z adresem IP, co pozwala zablokować zgadywanie hasła na 15 minut), aby chronić portal "
            "przed włamaniem (art. 6 ust. 1 lit. c i e RODO). Formularz logowania nie służy mieszkańcom.",
            "Twoje prawa. Masz prawo dostępu do swoich danych, ich sprostowania, usunięcia lub ograniczenia "
            "przetwarzania, prawo sprzeciwu, a gdy podstawą jest zgoda, prawo jej cofnięcia w każdej chwili. "
            "Możesz też wnieść skargę do Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 Warszawa). "
            "Nie przekazujemy danych poza Europejski Obszar Gospodarczy i nie podejmujemy na ich podstawie "
            "zautomatyzowanych decyzji.",
        ],
    },
    "en": {
        "slug": "privacy-notice",
        "title": "Privacy notice",
        "intro": "The portal sets no tracking cookies and contacts no third-party services.",
        "paragraphs": [
            "Controller. The controller of personal data is the Municipality of Kraków (Gmina Miejska Kraków), "
            "acting through the Mayor of Kraków, pl. Wszystkich Świętych 3-4, 31-004 Kraków, Poland. You can reach "
            "the data protection officer at iod@um.krakow.example or by letter to the city office.",
            "Reading the portal requires no personal data. The server keeps technical access logs for 30 days, "
            "for security only (Art. 6(1)(e) GDPR).",
            "E-mail alerts. If you ask for alerts about the news of a category, a tag or a partnership, we keep: "
            "your e-mail address, the language of the alerts, the topics and frequency you chose, when you "
            "confirmed and when the alerts lapse, and a list of the articles sent to you (for 7 days, so that none "
            "reaches you twice). Until you follow the confirmation link we store no address; to limit abuse we "
            "count the confirmation links sent under a keyed, irreversible hash of the address (HMAC), deleted "
            "after 2 days.",
            "The legal basis is your consent (Art. 6(1)(a) GDPR). Alerts lapse after a year unless you renew them "
            "(we remind you by e-mail first); then, or when you unsubscribe from your last alert, your address is "
            "deleted within a minute. Every message has a one-click unsubscribe link and a link to manage your "
            "alerts, including deleting everything. Messages contain no tracking pixels, and links lead straight "
            "to the portal, with no redirect counting clicks.",
            "Accessibility requests. The form on the accessibility statement stores your name, your e-mail "
            "address, your request and our answer, to meet the duty the digital accessibility act sets "
            "(Art. 6(1)(c) GDPR); the details follow below.",
            "Editors' sign-in. City office staff who edit the portal sign in with a user name, a password and a "
            "code from an authenticator app. We keep their account, the log of content changes and failed "
            "sign-ins (with the IP address, which lets the portal lock out password guessing for 15 minutes), "
            "to protect "
            "the portal from break-ins (Art. 6(1)(c) and (e) GDPR). Residents never sign in.",
            "Your rights. You have the right of access to your data, to rectification, erasure or restriction of "
            "processing, the right to object and, where the basis is consent, to withdraw it at any time. You may "
            "also lodge a complaint with the President of the Personal Data Protection Office (Prezes Urzędu "
            "Ochrony Danych Osobowych, ul. Stawki 2, 00-193 Warszawa). We transfer no data outside the European "
            "Economic Area and take no automated decisions based on it.",
        ],
    },
    "de": {
        "slug": "datenschutz",
        "title": "Datenschutzerklärung",
        "intro": "Das Portal setzt keine Tracking-Cookies und bindet keine Dienste Dritter ein.",
        "paragraphs": [
            "Verantwortlicher. Verantwortlich für die personenbezogenen Daten ist die Stadtgemeinde Krakau (Gmina "
            "Miejska Kraków), vertreten durch den Stadtpräsidenten von Krakau, pl. Wszystkich Świętych 3-4, "
            "31-004 Kraków, Polen. Den Datenschutzbeauftragten erreichen Sie unter iod@um.krakow.example oder "
            "schriftlich über die Anschrift der Stadtverwaltung.",
            "Zum Lesen des Portals sind keine personenbezogenen Daten nötig. Der Server speichert technische "
            "Zugriffsprotokolle 30 Tage lang, ausschließlich zur Sicherheit (Art. 6 Abs. 1 lit. e DSGVO).",
            "E-Mail-Benachrichtigungen. Wenn Sie Benachrichtigungen über Nachrichten einer Kategorie, eines "
            "Schlagworts oder einer Partnerschaft bestellen, speichern wir: Ihre E-Mail-Adresse, die Sprache der "
            "Benachrichtigungen, die gewählten Themen und die Häufigkeit, wann Sie bestätigt haben und wann die "
            "Benachrichtigungen enden, sowie eine Liste der Ihnen gesendeten Artikel (7 Tage lang, damit keiner "
            "Sie zweimal erreicht). Bevor Sie dem Bestätigungslink folgen, speichern wir keine Adresse; um "
            "Missbrauch zu begrenzen, zählen wir die gesendeten Bestätigungslinks unter einem nicht umkehrbaren, "
            "mit einem geheimen Schlüssel gebildeten Hashwert der Adresse (HMAC), der nach 2 Tagen gelöscht wird.",
            "Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO). Benachrichtigungen enden nach "
            "einem Jahr, wenn Sie sie nicht erneuern (wir erinnern Sie vorher per E-Mail); dann, oder wenn Sie die "
            "letzte Benachrichtigung abbestellen, wird Ihre Adresse innerhalb einer Minute gelöscht. Jede "
            "Nachricht enthält einen Link zum Abbestellen mit einem Klick und einen Link zur Verwaltung Ihrer "
            "Benachrichtigungen, auch zum Löschen aller Daten. Die Nachrichten enthalten keine Zählpixel, und die "
            "Links führen direkt zum Portal, ohne Umleitung, die Klicks zählt.",
            "Anträge auf Barrierefreiheit. Das Formular der Erklärung zur Barrierefreiheit speichert Ihren Namen, "
            "Ihre E-Mail-Adresse, Ihren Antrag und unsere Antwort, um die Pflicht aus dem Gesetz über die digitale "
            "Barrierefreiheit zu erfüllen (Art. 6 Abs. 1 lit. c DSGVO); Einzelheiten folgen unten.",
            "Anmeldung der Redaktion. Beschäftigte der Stadtverwaltung, die das Portal bearbeiten, melden sich mit "
            "Benutzernamen, Passwort und einem Code aus einer Authentifizierungs-App an. Wir speichern ihr Konto, "
            "das Protokoll der Inhaltsänderungen und fehlgeschlagene Anmeldungen (mit IP-Adresse, für die "
            "15-minütige Sperre gegen das Erraten von Passwörtern), um das Portal vor Einbrüchen zu schützen "
            "(Art. 6 Abs. 1 lit. c und e DSGVO). Bürgerinnen und Bürger melden sich nie an.",
            "Ihre Rechte. Sie haben das Recht auf Auskunft, Berichtigung, Löschung oder Einschränkung der "
            "Verarbeitung, das Recht auf Widerspruch und, wo die Grundlage eine Einwilligung ist, das Recht, sie "
            "jederzeit zu widerrufen. Sie können sich auch beim Präsidenten des polnischen Amtes für den Schutz "
            "personenbezogener Daten beschweren (Prezes Urzędu Ochrony Danych Osobowych, ul. Stawki 2, 00-193 "
            "Warszawa). Wir übermitteln keine Daten außerhalb des Europäischen Wirtschaftsraums und treffen keine "
            "automatisierten Entscheidungen auf ihrer Grundlage.",
        ],
    },
}
