"""Links and forms of a rendered page, read with the standard library's HTML parser."""

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Form:
    method: str
    action: str
    fields: dict = field(default_factory=dict)  # name -> list of values seen (options, defaults)
    buttons: list = field(default_factory=list)  # (name, value) of named submit buttons


class PageReader(HTMLParser):
    """Collects hrefs and forms (with their field names and offered values)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.forms = []
        self._form = None
        self._select = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"])
        elif tag == "form":
            self._form = Form(attributes.get("method", "get").lower(), attributes.get("action", ""))
            self.forms.append(self._form)
        elif self._form is None:
            return
        elif tag == "input" and attributes.get("name"):
            if attributes.get("type") in ("submit", "image"):
                self._form.buttons.append((attributes["name"], attributes.get("value", "")))
            else:
                self._form.fields.setdefault(attributes["name"], []).append(attributes.get("value", ""))
        elif tag == "button" and attributes.get("name"):
            self._form.buttons.append((attributes["name"], attributes.get("value", "")))
        elif tag == "select" and attributes.get("name"):
            self._select = self._form.fields.setdefault(attributes["name"], [])
        elif tag == "option" and self._select is not None:
            self._select.append(attributes.get("value", ""))
        elif tag == "textarea" and attributes.get("name"):
            self._textarea = self._form.fields.setdefault(attributes["name"], [])
            self._textarea.append("")

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[-1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None


def read(html):
    reader = PageReader()
    reader.feed(html)
    reader.close()
    return reader
