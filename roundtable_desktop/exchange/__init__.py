"""Import and export: files in, files out. Depends on the domain only."""
