"""Rendered parts of newsroom pages, kept until the next content change."""

from portal.chrome import cached_part


def cached_unless_preview(request, name, build, per_language=True):
    """`build()`, cached until the content version changes; previews show drafts, so they build afresh."""
    if getattr(request, "is_preview", False):
        return build()
    return cached_part(name, build, per_language=per_language)
