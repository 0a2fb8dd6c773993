"""SQLite storage: the Database and the repositories that return domain records."""
