"""Who may do what to which page in the admin, beyond Wagtail's defaults."""
