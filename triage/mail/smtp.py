"""Sending over SMTP: TLS by default with verified certificates, errors that say what to check."""

from __future__ import annotations

import smtplib
import ssl
from types import TracebackType

from triage.errors import ConfigError, SendError
from triage.settings import Settings


class SmtpSender:
    """One SMTP connection for a run of the outbox; use as a context manager."""

    def __init__(self, settings: Settings) -> None:
        if not settings.smtp_host:
            raise ConfigError("no SMTP server set: set TRIAGE_SMTP_HOST (and TRIAGE_SMTP_USER/PASSWORD)")
        self.settings = settings
        self.where = f"SMTP {settings.smtp_host}:{settings.effective_smtp_port}"
        self.client: smtplib.SMTP | None = None

    def _context(self) -> ssl.SSLContext:
        ca = self.settings.smtp_ca_file
        try:
            return ssl.create_default_context(cafile=str(ca) if ca else None)
        except OSError as err:
            raise ConfigError(f"cannot read TRIAGE_SMTP_CA_FILE {ca}: {err}") from err

    def __enter__(self) -> SmtpSender:
        s = self.settings
        host, port, timeout = s.smtp_host or "", s.effective_smtp_port, s.smtp_timeout
        try:
            if s.smtp_tls == "ssl":
                client: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=timeout, context=self._context())
            else:
                client = smtplib.SMTP(host, port, timeout=timeout)
            self.client = client
            client.ehlo()
            if s.smtp_tls == "starttls":
                if not client.has_extn("starttls"):
                    raise SendError(
                        f"{self.where} does not offer STARTTLS; refusing to send without TLS. "
                        "Use TRIAGE_SMTP_TLS=ssl, or =none only for a relay on a trusted local network"
                    )
                client.starttls(context=self._context())
                client.ehlo()
            if s.smtp_user:
                password = s.smtp_password.get_secret_value() if s.smtp_password else ""
                client.login(s.smtp_user, password)
        except smtplib.SMTPNotSupportedError as err:
            self.close()
            raise SendError(
                f"{self.where} offers no login (AUTH): unset TRIAGE_SMTP_USER, or check TRIAGE_SMTP_PORT/TLS"
            ) from err
        except smtplib.SMTPAuthenticationError as err:
            self.close()
            raise SendError(
                f"{self.where} refused the login of {s.smtp_user}: check TRIAGE_SMTP_USER/PASSWORD"
            ) from err
        except ssl.SSLError as err:
            self.close()
            raise SendError(
                f"{self.where}: TLS failed ({err.reason}); check TRIAGE_SMTP_TLS/TRIAGE_SMTP_CA_FILE"
            ) from err
        except (OSError, smtplib.SMTPException) as err:
            self.close()
            if isinstance(err, SendError):
                raise
            raise SendError(f"{self.where} cannot be reached ({err}); mail waits in the outbox") from err
        return self

    def send(self, sender: str, recipient: str, raw: bytes) -> None:
        """Hand one mail to the server. Raises SendError; `permanent` when the server refused it for good."""
        assert self.client is not None
        try:
            refused = self.client.sendmail(sender, [recipient], raw)
        except smtplib.SMTPRecipientsRefused as err:
            code, text = next(iter(err.recipients.values()))
            raise SendError(f"{self.where} refused {recipient}: {code} {text!r}", permanent=code >= 500) from err
        except smtplib.SMTPResponseException as err:
            raise SendError(
                f"{self.where} refused the mail: {err.smtp_code} {err.smtp_error!r}", permanent=err.smtp_code >= 500
            ) from err
        except (OSError, smtplib.SMTPException) as err:
            raise SendError(f"{self.where}: connection lost while sending ({err})") from err
        if refused:
            raise SendError(f"{self.where} refused {recipient}: {refused}", permanent=True)

    def close(self) -> None:
        if self.client is not None:
            try:
                self.client.quit()
            except (OSError, smtplib.SMTPException):
                self.client.close()
            self.client = None

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
