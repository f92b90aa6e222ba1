"""What the law asks of the site: the accessibility statement and its yearly review."""
