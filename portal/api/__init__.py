"""The read-only content API (Wagtail API v2) and the checks on its parameters."""
