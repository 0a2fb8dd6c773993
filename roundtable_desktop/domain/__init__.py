"""Pure-Python meeting domain: no Qt, no SQL."""
