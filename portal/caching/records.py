"""The portal's own reader-facing records, and those of the libraries it shows readers."""

from taggit.models import Tag
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from ..models import AlertBanner, FooterSettings, ImprintSettings
from .tags import SEARCH_TAG


def portal_records():
    """(model, tags function) pairs for the register_cache_tags hook."""
    return [
        (AlertBanner, None),
        (FooterSettings, None),
        (ImprintSettings, None),
        (SearchPromotion, lambda promotion: {SEARCH_TAG}),
        # Alt texts, titles and files: the reference index finds the pages that show them.
        (get_image_model(), None),
        (get_document_model(), None),
        (Tag, None),
    ]
