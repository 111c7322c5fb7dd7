"""triage: sorts the shared mailbox of the Bergisch Gladbach housing team."""

__version__ = "0.1.0"
