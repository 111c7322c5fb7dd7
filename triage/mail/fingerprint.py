"""Content hashes that recognise the same mail however it reached us.

The fingerprint joins the Message-ID with a hash of the body, with line endings normalised: a copy of a mail
in another folder, the same mail after a UIDVALIDITY reset, or a mail imported from an mbox file and later
fetched over IMAP all get the same fingerprint. Trace headers that servers add on delivery are not part of it.
A mail without a Message-ID is fingerprinted by all of its bytes.
"""

from __future__ import annotations

import hashlib


class ContentHasher:
    """Feed raw bytes in chunks with `update`; then read `raw_sha256` and `fingerprint(message_id)`."""

    def __init__(self) -> None:
        self._raw = hashlib.sha256()
        self._whole = hashlib.sha256()
        self._body = hashlib.sha256()
        self._head = bytearray()
        self._in_body = False
        self._pending_cr = False
        self.size = 0

    def update(self, chunk: bytes) -> None:
        self.size += len(chunk)
        self._raw.update(chunk)
        self._feed(self._normalise(chunk))

    def _normalise(self, chunk: bytes) -> bytes:
        if self._pending_cr:
            chunk = b"\r" + chunk
            self._pending_cr = False
        if chunk.endswith(b"\r"):
            chunk = chunk[:-1]
            self._pending_cr = True
        return chunk.replace(b"\r\n", b"\n")

    def _feed(self, data: bytes) -> None:
        self._whole.update(data)
        if self._in_body:
            self._body.update(data)
            return
        self._head += data
        if self._head.startswith(b"\n"):
            end, start = 0, 1
        else:
            pos = self._head.find(b"\n\n")
            if pos < 0:
                return
            end, start = pos, pos + 2
        self._in_body = True
        self._body.update(bytes(self._head[start:]))
        del self._head[end:]

    def _flush(self) -> None:
        if self._pending_cr:
            self._pending_cr = False
            self._feed(b"\r")

    @property
    def raw_sha256(self) -> str:
        return self._raw.hexdigest()

    def fingerprint(self, message_id: str | None) -> str:
        self._flush()
        if message_id:
            joined = b"mid:" + message_id.encode("utf-8", "replace") + b"\0" + self._body.digest()
        else:
            joined = b"raw:" + self._whole.digest()
        return hashlib.sha256(joined).hexdigest()


def fingerprint_of(raw: bytes, message_id: str | None) -> tuple[str, str]:
    """(fingerprint, raw_sha256) of a mail held in memory."""
    hasher = ContentHasher()
    hasher.update(raw)
    return hasher.fingerprint(message_id), hasher.raw_sha256
