"""Editors saving pages: conflicts between people, and Wagtail's autosave of new pages."""
