"""A thin layer over imapclient: connect securely, read the folder, mark what we stored. Never deletes.

Every library error leaves here as a MailboxError that names the server, account and folder and says what to
check. Passwords never appear in those messages.
"""

from __future__ import annotations

import logging
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime

from imapclient import IMAPClient
from imapclient.exceptions import CapabilityError, IMAPClientError, LoginError

from triage.errors import ConfigError, MailboxError
from triage.settings import Settings

log = logging.getLogger(__name__)


class ImapFolder:
    """One folder of one account, opened read-write for flags, with the UID facts we need."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.host = settings.imap_host or ""
        self.port = settings.effective_imap_port
        self.user = settings.imap_user or ""
        self.folder = settings.imap_folder
        self.client: IMAPClient | None = None
        self.uidvalidity = 0
        self.uidnext = 0

    @property
    def where(self) -> str:
        return f"IMAP {self.user}@{self.host}:{self.port} folder {self.folder!r}"

    @property
    def source(self) -> str:
        return f"imap://{self.user}@{self.host}:{self.port}/{self.folder}"

    @contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        try:
            yield
        except MailboxError:
            raise
        except LoginError as err:
            raise MailboxError(
                f"{self.where}: login refused while {doing}: check TRIAGE_IMAP_USER and TRIAGE_IMAP_PASSWORD"
            ) from err
        except ssl.SSLCertVerificationError as err:
            raise MailboxError(
                f"{self.where}: the server's TLS certificate is not trusted ({err.verify_message}): "
                "check TRIAGE_IMAP_HOST, or give the CA that signed it in TRIAGE_IMAP_CA_FILE"
            ) from err
        except ssl.SSLError as err:
            raise MailboxError(
                f"{self.where}: TLS failed while {doing} ({err.reason or err}): check TRIAGE_IMAP_TLS "
                f"(ssl for port 993, starttls for 143) and TRIAGE_IMAP_PORT"
            ) from err
        except TimeoutError as err:
            raise MailboxError(
                f"{self.where}: the server did not answer within {self.settings.imap_timeout:.0f} s while "
                f"{doing}: check the network and the server"
            ) from err
        except ConnectionRefusedError as err:
            raise MailboxError(
                f"{self.where}: connection refused: is the server running, and are TRIAGE_IMAP_HOST and "
                "TRIAGE_IMAP_PORT right?"
            ) from err
        except socket.gaierror as err:
            raise MailboxError(f"{self.where}: cannot resolve host name: check TRIAGE_IMAP_HOST") from err
        except (OSError, EOFError) as err:
            raise MailboxError(
                f"{self.where}: connection lost while {doing} ({type(err).__name__}: {err}); "
                "nothing half-done was kept, the next poll picks up from here"
            ) from err
        except IMAPClientError as err:
            text = str(err)
            if "socket error" in text or "EOF" in text or "abort" in type(err).__name__.lower():
                raise MailboxError(
                    f"{self.where}: connection lost while {doing} ({text}); the next poll picks up from here"
                ) from err
            raise MailboxError(f"{self.where}: the server refused {doing}: {text}") from err

    def connect(self) -> None:
        settings = self.settings
        context = None
        if settings.imap_tls != "none":
            try:
                context = ssl.create_default_context(
                    cafile=str(settings.imap_ca_file) if settings.imap_ca_file else None
                )
            except OSError as err:
                raise ConfigError(f"cannot read TRIAGE_IMAP_CA_FILE {settings.imap_ca_file}: {err}") from err
        with self._errors("connecting"):
            client = IMAPClient(
                self.host,
                port=self.port,
                ssl=settings.imap_tls == "ssl",
                ssl_context=context,
                timeout=settings.imap_timeout,
            )
        self.client = client
        try:
            if settings.imap_tls == "starttls":
                with self._errors("starting TLS"):
                    try:
                        client.starttls(context)
                    except CapabilityError as err:
                        raise MailboxError(
                            f"{self.where}: the server does not offer STARTTLS; refusing to log in without "
                            "TLS. Use TRIAGE_IMAP_TLS=ssl, or =none only on a trusted local network"
                        ) from err
            with self._errors("logging in"):
                client.login(self.user, settings.imap_secret())
            self._select()
        except BaseException:
            self.close()
            raise

    def _select(self) -> None:
        assert self.client is not None
        with self._errors("opening the folder"):
            if not self.client.folder_exists(self.folder):
                names = ", ".join(sorted(str(f[2]) for f in self.client.list_folders())[:20])
                raise MailboxError(f"{self.where}: no such folder: check TRIAGE_IMAP_FOLDER (the server has: {names})")
            status = self.client.select_folder(self.folder)
            self.uidvalidity = int(status[b"UIDVALIDITY"])
            self.uidnext = int(status.get(b"UIDNEXT", 0))
            target = self.settings.imap_move_to
            if target and not self.client.folder_exists(target):
                log.info("creating folder %r for stored mail", target)
                self.client.create_folder(target)

    def uids_after(self, last_uid: int) -> list[int]:
        """UIDs above last_uid, ascending. (`N:*` always matches the newest mail, hence the filter.)"""
        assert self.client is not None
        with self._errors("searching for new mail"):
            uids = self.client.search(["UID", f"{last_uid + 1}:*"])
        return sorted(u for u in uids if u > last_uid)

    def unmarked_up_to(self, last_uid: int) -> list[int]:
        """UIDs at or below last_uid that still lack our mark: stored, but marking was cut short."""
        assert self.client is not None
        if last_uid <= 0:
            return []
        criteria = ["UID", f"1:{last_uid}"]
        if not self._moves():
            criteria += ["UNKEYWORD", self.settings.imap_done_keyword]
        with self._errors("searching for unmarked mail"):
            return sorted(u for u in self.client.search(criteria) if u <= last_uid)

    def sizes(self, uids: list[int]) -> dict[int, tuple[int, datetime | None]]:
        assert self.client is not None
        if not uids:
            return {}
        with self._errors("reading mail sizes"):
            data = self.client.fetch(uids, ["RFC822.SIZE", "INTERNALDATE"])
        found = {}
        for uid, item in data.items():
            if b"RFC822.SIZE" not in item:
                continue
            date = item.get(b"INTERNALDATE")
            if isinstance(date, datetime):
                date = date.replace(tzinfo=UTC) if date.tzinfo is None else date.astimezone(UTC)
            found[uid] = (int(item[b"RFC822.SIZE"]), date)
        return found

    def bodies(self, uids: list[int]) -> dict[int, bytes]:
        """Whole mails, without setting \\Seen (BODY.PEEK)."""
        assert self.client is not None
        if not uids:
            return {}
        with self._errors("fetching mail"):
            data = self.client.fetch(uids, ["BODY.PEEK[]"])
        return {uid: item[b"BODY[]"] or b"" for uid, item in data.items() if b"BODY[]" in item}

    def body_chunks(self, uid: int, size: int, chunk: int) -> Iterator[bytes]:
        """A large mail in pieces, so memory stays bounded however large it is."""
        assert self.client is not None
        for offset in range(0, max(size, 1), chunk):
            with self._errors(f"fetching part of uid {uid}"):
                data = self.client.fetch([uid], [f"BODY.PEEK[]<{offset}.{chunk}>"])
            item = data.get(uid, {})
            piece = next((v for k, v in item.items() if k.startswith(b"BODY[]")), None)
            if piece is None:
                raise MailboxError(f"{self.where}: uid {uid} vanished while it was being fetched")
            yield piece
            if len(piece) < chunk:
                return

    def mark_done(self, uids: list[int]) -> None:
        """Flag or move mail that is safely stored. Never deletes, never expunges."""
        assert self.client is not None
        if not uids:
            return
        target = self.settings.imap_move_to
        with self._errors("marking stored mail"):
            if self._moves():
                self.client.move(uids, target)
            elif target:
                # Without MOVE, a move would need EXPUNGE; we copy and flag instead and never delete.
                self.client.copy(uids, target)
                self.client.add_flags(uids, [self.settings.imap_done_keyword], silent=True)
            else:
                self.client.add_flags(uids, [self.settings.imap_done_keyword], silent=True)

    def _ensure(self, folder: str) -> None:
        assert self.client is not None
        with self._errors(f"creating folder {folder!r}"):
            if not self.client.folder_exists(folder):
                log.info("creating folder %r", folder)
                self.client.create_folder(folder)

    def holds(self, folder: str, message_id: str) -> bool:
        """Whether `folder` already has a mail with this Message-ID (so a retry never files it twice)."""
        assert self.client is not None
        self._ensure(folder)
        with self._errors(f"searching folder {folder!r}"):
            self.client.select_folder(folder, readonly=True)
            try:
                return bool(self.client.search(["HEADER", "Message-ID", message_id]))
            finally:
                self.client.select_folder(self.folder)

    def append(self, folder: str, raw: bytes, flags: tuple[str, ...] = ()) -> None:
        assert self.client is not None
        self._ensure(folder)
        with self._errors(f"appending to folder {folder!r}"):
            self.client.append(folder, raw, flags=flags)

    def copy_to(self, uids: list[int], folder: str) -> None:
        """Copy mail of the polled folder into `folder` (a queue's folder); the original stays."""
        assert self.client is not None
        if not uids:
            return
        self._ensure(folder)
        with self._errors(f"copying mail to folder {folder!r}"):
            self.client.copy(uids, folder)

    def _moves(self) -> bool:
        assert self.client is not None
        return bool(self.settings.imap_move_to) and self.client.has_capability("MOVE")

    def close(self) -> None:
        client, self.client = self.client, None
        if client is None:
            return
        try:
            client.logout()
        except Exception:
            with suppress(Exception):
                client.shutdown()
