"""Docks of the main window: inspector, outline and legend."""
