"""Site search: one document per live page, matched per language, shown at /<lang>/search/.

`models` holds the document table and the editors' synonym groups, `extract` reads a page's
text, `morphology` gives Polish lemmas and German compound parts, `indexing` keeps the table in
step with publishing, `query` turns a query into terms (with `synonyms`), `postgres` and
`fallback` run it, `corrections` offers typo hints, `results` puts a results page together,
`views` serves it, and `relevance` measures it against a judged set of queries.
"""
