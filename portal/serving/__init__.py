"""How the portal answers requests: one host, strict headers, a friendly 503 in an outage, files sent by nginx."""
