"""Reliability in the window: one copy per library, disk trouble, backups and restore."""
