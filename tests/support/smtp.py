"""A real SMTP server (aiosmtpd) in the test process, recording what it receives."""

from __future__ import annotations

import email
import email.policy
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from tests.support.dovecot import free_port


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    raw: bytes

    @property
    def message(self) -> EmailMessage:
        return email.message_from_bytes(self.raw, policy=email.policy.default)  # type: ignore[return-value]

    def text(self) -> str:
        part = self.message.get_body(preferencelist=("plain",))
        return part.get_content() if part is not None else ""

    def html(self) -> str:
        part = self.message.get_body(preferencelist=("html",))
        return part.get_content() if part is not None else ""


class _Handler:
    def __init__(self, server: SmtpServer) -> None:
        self.server = server

    async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:
        got = Received(envelope.mail_from, tuple(envelope.rcpt_tos), bytes(envelope.original_content))
        with self.server.lock:
            self.server.received.append(got)
        if self.server.on_data is not None:
            return self.server.on_data(got) or "250 OK"
        return "250 OK"


class SmtpServer:
    """Start with .start(); settings for triage with .env(); everything received in .received. With
    `certificate` (cert, key) it offers STARTTLS and requires it; with `login` it requires that login."""

    def __init__(
        self,
        *,
        certificate: tuple[Path, Path] | None = None,
        login: tuple[str, str] | None = None,
        implicit_tls: bool = False,
    ) -> None:
        self.certificate, self.login, self.implicit_tls = certificate, login, implicit_tls
        self.port = free_port()
        self.received: list[Received] = []
        self.lock = threading.Lock()
        self.on_data: Callable[[Received], str | None] | None = None
        self.controller: Controller | None = None

    def _authenticate(self, _server: Any, _session: Any, _envelope: Any, _mechanism: str, data: Any) -> AuthResult:
        ok = self.login is not None and (data.login.decode(), data.password.decode()) == self.login
        return AuthResult(success=ok, handled=False)

    def start(self) -> SmtpServer:
        options: dict[str, Any] = {}
        if self.certificate is not None:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(str(self.certificate[0]), str(self.certificate[1]))
            if self.implicit_tls:
                options.update(ssl_context=context)
            else:
                options.update(tls_context=context, require_starttls=True)
        if self.login is not None:
            # aiosmtpd cannot tell that an implicit-TLS session is encrypted: it asks for TLS only with STARTTLS
            options.update(authenticator=self._authenticate, auth_required=True, auth_require_tls=not self.implicit_tls)
        self.controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port, **options)
        self.controller.start()
        return self

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def env(self) -> dict[str, str]:
        values = {"TRIAGE_SMTP_HOST": "127.0.0.1", "TRIAGE_SMTP_PORT": str(self.port), "TRIAGE_SMTP_TLS": "none"}
        if self.certificate is not None:
            mode = "ssl" if self.implicit_tls else "starttls"
            values.update(TRIAGE_SMTP_TLS=mode, TRIAGE_SMTP_CA_FILE=str(self.certificate[0]))
        if self.login is not None:
            values.update(TRIAGE_SMTP_USER=self.login[0], TRIAGE_SMTP_PASSWORD=self.login[1])
        return values

    def to(self, address: str) -> list[Received]:
        with self.lock:
            return [r for r in self.received if address in r.rcpt_tos]
