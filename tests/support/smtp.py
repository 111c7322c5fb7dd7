"""A real SMTP server (aiosmtpd) in the test process, recording what it receives."""

from __future__ import annotations

import email
import email.policy
import threading
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller

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
    """Start with .start(); settings for triage with .env(); everything received in .received."""

    def __init__(self) -> None:
        self.port = free_port()
        self.received: list[Received] = []
        self.lock = threading.Lock()
        self.on_data: Callable[[Received], str | None] | None = None
        self.controller: Controller | None = None

    def start(self) -> SmtpServer:
        self.controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port)
        self.controller.start()
        return self

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def env(self) -> dict[str, str]:
        return {"TRIAGE_SMTP_HOST": "127.0.0.1", "TRIAGE_SMTP_PORT": str(self.port), "TRIAGE_SMTP_TLS": "none"}

    def to(self, address: str) -> list[Received]:
        with self.lock:
            return [r for r in self.received if address in r.rcpt_tos]
