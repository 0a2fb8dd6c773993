"""The Notes area's parts: capture box, notes list and filters, by-question view."""
