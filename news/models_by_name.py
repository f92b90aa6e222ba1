"""The newsroom's models, for the modules that the page models are built from.

An article page shows itself through ArticleView and an index routes its views through the
listing: the page models import those modules. Those modules, and the link lookups and cards they
use, read articles, categories and index pages too, so they ask Django's app registry for the
models by name when they run, and the imports stay a tree.
"""

from django.apps import apps


def news_model(name):
    """The newsroom model of that class name (e.g. "NewsArticlePage")."""
    return apps.get_model("news", name)
