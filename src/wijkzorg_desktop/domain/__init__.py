"""Domain: dataclasses, enums, rules and errors. Standard library only."""
