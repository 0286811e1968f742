"""Overleg: the series of meetings with partners, their attendance, agenda, notes, decisions and actions."""
