"""Backups and restores of the database and the uploads: operator tools of every deployment."""
