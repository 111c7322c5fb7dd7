"""Local mail on disk: a Maildir (the embedded default source), an mbox file, or a folder of .eml files.

Read-only: nothing on disk is moved or changed; the ledger remembers what was stored.
"""

from __future__ import annotations

import mailbox
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from triage.errors import MailboxError


class LocalMail:
    """Lists and reads the mails of one Maildir, mbox file or directory of .eml files."""

    def __init__(self, path: Path) -> None:
        self.path = path.expanduser().resolve()
        if not self.path.exists():
            raise MailboxError(f"{self.path}: no such file or directory")
        self._mbox: mailbox.mbox | None = None
        self._maildir: mailbox.Maildir | None = None
        if self.path.is_file():
            self.kind = "mbox"
            self._mbox = mailbox.mbox(self.path, create=False)
        elif (self.path / "cur").is_dir() or (self.path / "new").is_dir():
            self.kind = "maildir"
            self._maildir = mailbox.Maildir(self.path, factory=None, create=False)
        else:
            self.kind = "eml"
        self.source = f"{self.kind}:{self.path}"

    def keys(self) -> list[str]:
        """Every mail's key, oldest first where the format tells."""
        try:
            if self._mbox is not None:
                return [str(k) for k in self._mbox.keys()]  # noqa: SIM118 - iterating a mailbox yields messages
            if self._maildir is not None:
                keys = self._maildir.keys()
                # Python < 3.13 lists dot-files (.keep) as mails; Maildir readers must skip them.
                return sorted(k for k in keys if not k.startswith("."))
            return sorted(
                str(p.relative_to(self.path))
                for p in self.path.rglob("*")
                if p.is_file() and p.suffix.lower() == ".eml"
            )
        except OSError as err:
            raise MailboxError(f"{self.path}: cannot list mail: {err}") from err

    def open(self, key: str) -> BinaryIO:
        try:
            if self._mbox is not None:
                return self._mbox.get_file(int(key), from_=False)  # type: ignore[return-value]
            if self._maildir is not None:
                return self._maildir.get_file(key)  # type: ignore[return-value]
            return open(self.path / key, "rb")
        except (OSError, KeyError) as err:
            raise MailboxError(f"{self.path}: cannot read mail {key}: {err}") from err

    def size(self, key: str) -> int:
        with self.open(key) as f:
            f.seek(0, os.SEEK_END)
            return f.tell()

    def read(self, key: str) -> bytes:
        with self.open(key) as f:
            return f.read()

    def chunks(self, key: str, chunk: int) -> Iterator[bytes]:
        with self.open(key) as f:
            while piece := f.read(chunk):
                yield piece
