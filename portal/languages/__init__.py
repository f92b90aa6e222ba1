"""The portal in Polish, English and German: language links and prefixes, ASCII slugs, and
tags and workflow names per language."""
