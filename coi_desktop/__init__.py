"""COI Desktop: an offline workshop tool for public–private innovation."""

__version__ = "0.1.0"
