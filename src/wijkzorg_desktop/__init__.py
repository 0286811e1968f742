"""Wijkzorg Desktop: the practice's child-safety collaboration, kept in an encrypted local vault."""

__version__ = "0.1.0"
