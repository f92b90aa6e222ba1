"""What every page is made of: shared blocks, sections apps add, the public-pages query, the sitemaps."""
