"""Site search: one document per live page, matched per language, shown at /<lang>/search/.

`models` holds the document table, `extract` reads a page's text, `indexing` keeps the table
in step with publishing, `postgres` and `fallback` run a query, `results` puts a results page
together, `views` serves it.
"""
