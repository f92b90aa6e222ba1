"""The privacy notice's text in Polish, English and German: what the portal keeps, why, how long.

The demo content publishes it (load_demo_content); editors keep the live page up to date. It
covers the access logs and the e-mail alerts, the only personal data the portal holds about
readers.
"""

PRIVACY_NOTICE = {
    "pl": {
        "slug": "polityka-prywatnosci",
        "title": "Polityka prywatności",
        "intro": "Portal nie używa plików cookie do śledzenia i nie łączy się z serwisami zewnętrznymi.",
        "paragraphs": [
            "Przeglądanie portalu nie wymaga podawania danych osobowych. Serwer zapisuje techniczne dzienniki "
            "dostępu przez 30 dni, wyłącznie w celu zapewnienia bezpieczeństwa.",
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
            "pikseli śledzących, a linki prowadzą wprost do portalu, bez przekierowań zliczających kliknięcia. "
            "Możesz też poprosić urząd o kopię lub usunięcie danych.",
        ],
    },
    "en": {
        "slug": "privacy-notice",
        "title": "Privacy notice",
        "intro": "The portal sets no tracking cookies and contacts no third-party services.",
        "paragraphs": [
            "Reading the portal requires no personal data. The server keeps technical access logs for 30 days, "
            "for security only.",
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
            "to the portal, with no redirect counting clicks. You may also ask the city office for a copy of your "
            "data or for its deletion.",
        ],
    },
    "de": {
        "slug": "datenschutz",
        "title": "Datenschutzerklärung",
        "intro": "Das Portal setzt keine Tracking-Cookies und bindet keine Dienste Dritter ein.",
        "paragraphs": [
            "Zum Lesen des Portals sind keine personenbezogenen Daten nötig. Der Server speichert technische "
            "Zugriffsprotokolle 30 Tage lang, ausschließlich zur Sicherheit.",
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
            "Links führen direkt zum Portal, ohne Umleitung, die Klicks zählt. Sie können die Stadtverwaltung "
            "auch um eine Kopie oder die Löschung Ihrer Daten bitten.",
        ],
    },
}
