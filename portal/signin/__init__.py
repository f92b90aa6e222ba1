"""Signing in to the admin: login throttling per account and address, and a second factor."""
