"""Throwaway servers on loopback for the bench and the drills: gunicorn, PostgreSQL, Redis."""
