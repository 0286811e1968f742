"""The Sociale kaart section: organisations and people, how and when to reach them."""
