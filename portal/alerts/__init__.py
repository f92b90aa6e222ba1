"""Alert banners shown on every page from the moment they start."""
