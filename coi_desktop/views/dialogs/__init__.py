"""Dialogs of the application shell: new workshop, details, settings, shortcuts, about, errors."""
