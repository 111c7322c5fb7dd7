"""The errors triage raises on purpose. Each message says what to check or do next."""


class TriageError(Exception):
    """Base class: an expected failure with a message meant for the operator."""


class ConfigError(TriageError):
    """Settings or rules are invalid or incomplete."""


class MailboxError(TriageError):
    """The mail server could not be reached, refused us, or broke off mid-way."""


class StorageError(TriageError):
    """The database is unreachable, not initialised, or refused a write."""


class PollerBusyError(TriageError):
    """Another poller already works on this mailbox."""


class SendError(TriageError):
    """The SMTP server could not be reached or refused a mail; `permanent` when retrying cannot help."""

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent
