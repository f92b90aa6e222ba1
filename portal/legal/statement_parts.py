"""The parts the Polish model accessibility statement (wzór deklaracji dostępności) requires.

The statement page renders each part as `<section data-statement-part="…">` and each fact it
is built from as an element with `data-fact="…"`. `missing_parts(html)` reads a rendered
statement back and names every part that is absent or has a fact with no text: the test of
the statement, and a check anyone can run against the live page.
"""

from dataclasses import dataclass
from html.parser import HTMLParser


@dataclass(frozen=True)
class Part:
    key: str
    title: str  # for whoever reads a failed check, not shown to readers
    facts: tuple


PARTS = (
    Part("intro", "Who commits to accessibility, for which website", ("public_body", "website")),
    Part("dates", "Publication and last significant update of the website", ("site_published_on", "last_updated_on")),
    Part("status", "Compliance status", ("compliance",)),
    Part("non_accessible", "Non-accessible content and its reasons", ("barriers",)),
    Part("exemptions", "Exemptions", ("exemptions",)),
    Part("preparation", "Preparation of the statement", ("prepared_on", "assessment_method", "last_reviewed_on")),
    Part("contact", "Feedback and contact information", ("contact_name", "contact_email", "contact_phone")),
    Part("procedure", "Request and complaint procedure", ("request_form", "response_days", "complaint")),
    Part("buildings", "Architectural accessibility", ("architectural_accessibility",)),
    Part("easy_read_and_sign_language", "Easy-to-read text and Polish Sign Language", ("easy_read", "sign_language")),
)

VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _StatementReader(HTMLParser):
    """Collects, per part, the text of each of its facts."""

    def __init__(self):
        super().__init__()
        self.parts = {}
        self.stack = []  # (tag, part key or None, fact name or None)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        part = attrs.get("data-statement-part")
        if part is not None:
            self.parts.setdefault(part, {})
        fact = attrs.get("data-fact")
        current_part = part or next((entry[1] for entry in reversed(self.stack) if entry[1]), None)
        if fact is not None and current_part is not None:
            self.parts[current_part].setdefault(fact, "")
        if tag not in VOID_ELEMENTS:
            self.stack.append((tag, part, fact))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        part = next((entry[1] for entry in reversed(self.stack) if entry[1]), None)
        if part is None:
            return
        for entry in self.stack:
            if entry[2] is not None:
                self.parts[part][entry[2]] = self.parts[part].get(entry[2], "") + data


def missing_parts(html):
    """{part key: [missing facts]} for every statutory part absent from the page or incomplete."""
    reader = _StatementReader()
    reader.feed(html)
    missing = {}
    for part in PARTS:
        found = reader.parts.get(part.key)
        if found is None:
            missing[part.key] = list(part.facts)
            continue
        empty = [fact for fact in part.facts if not found.get(fact, "").strip()]
        if empty:
            missing[part.key] = empty
    return missing
