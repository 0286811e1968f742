"""The Kindcheck section: the structured note on an adult patient who may care for children, and how
often the practice does it."""
