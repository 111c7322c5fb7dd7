"""A real Dovecot IMAP server for the integration tests: throwaway config, free loopback port, one user.

Dovecot is required. If it is not installed, the tests that need it fail with a message saying how to get it.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from imapclient import IMAPClient

USER = "kim"
PASSWORD = "s3cret-Passw0rd!"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def dovecot_binary() -> str:
    path = shutil.which("dovecot") or ("/usr/sbin/dovecot" if os.path.exists("/usr/sbin/dovecot") else None)
    if path is None:
        raise RuntimeError(
            "Dovecot is not installed: the integration tests need a real IMAP server. "
            "Install it with `apt-get install dovecot-imapd` (scripts/test does this for you)."
        )
    return path


def make_certificate(directory: Path) -> tuple[Path, Path]:
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=IP:127.0.0.1,DNS:localhost",
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


class Dovecot:
    def __init__(self, *, tls: bool = False) -> None:
        self.binary = dovecot_binary()
        self.dir = Path(tempfile.mkdtemp(prefix="triage-dovecot-"))
        os.chmod(self.dir, 0o755)
        self.port = free_port()
        self.ssl_port = free_port() if tls else 0
        self.tls = tls
        self.cert: Path | None = None
        self.proc: subprocess.Popen[bytes] | None = None
        if os.geteuid() == 0:
            mail_user = pwd.getpwnam("nobody")
            login_user, internal_user = "dovenull", "dovecot"
        else:
            mail_user = pwd.getpwuid(os.geteuid())
            login_user = internal_user = mail_user.pw_name
        self.uid, self.gid = mail_user.pw_uid, mail_user.pw_gid
        home = self.dir / "home" / USER
        home.mkdir(parents=True)
        for p in (home.parent, home):
            os.chown(p, self.uid, self.gid)
        (self.dir / "users").write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::::\n")
        ssl_lines = "ssl = no"
        if tls:
            self.cert, key = make_certificate(self.dir)
            ssl_lines = f"ssl = yes\nssl_cert = <{self.cert}\nssl_key = <{key}"
        self.config = self.dir / "dovecot.conf"
        self.config.write_text(f"""
protocols = imap
listen = 127.0.0.1
base_dir = {self.dir}/run
state_dir = {self.dir}/state
log_path = {self.dir}/dovecot.log
{ssl_lines}
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:~/Maildir
first_valid_uid = 1
first_valid_gid = 1
default_login_user = {login_user}
default_internal_user = {internal_user}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.dir}/users
}}
userdb {{
  driver = static
  args = uid={self.uid} gid={self.gid} home={self.dir}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    port = {self.port}
  }}
  inet_listener imaps {{
    port = {self.ssl_port}
    ssl = yes
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
protocol imap {{
  mail_max_userip_connections = 50
}}
""")

    def start(self) -> Dovecot:
        self.proc = subprocess.Popen(
            [self.binary, "-F", "-c", str(self.config)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                out = self.proc.stdout.read().decode(errors="replace") if self.proc.stdout else ""
                raise RuntimeError(f"Dovecot did not start: {out}\n{self.log()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as s:
                    if s.recv(100).startswith(b"* OK"):
                        return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"Dovecot did not open port {self.port}: {self.log()}")

    def stop(self) -> None:
        if self.proc is None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        # Running imap processes outlive their master; a stopped server must drop its clients too.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc = None
        # The master's children follow it; wait until nobody answers on the port any more.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                time.sleep(0.05)
            except OSError:
                break

    def restart(self) -> None:
        self.stop()
        self.start()

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)

    def log(self) -> str:
        path = self.dir / "dovecot.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    def client(self) -> IMAPClient:
        c = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=30)
        c.login(USER, PASSWORD)
        return c

    def env(self, **extra: str) -> dict[str, str]:
        """TRIAGE_* settings that point triage at this server."""
        values = {
            "TRIAGE_IMAP_HOST": "127.0.0.1",
            "TRIAGE_IMAP_PORT": str(self.port),
            "TRIAGE_IMAP_USER": USER,
            "TRIAGE_IMAP_PASSWORD": PASSWORD,
            "TRIAGE_IMAP_TLS": "none",
        }
        values.update(extra)
        return values

    def append(self, messages: list[bytes], folder: str = "INBOX") -> None:
        with self.client() as c:
            if not c.folder_exists(folder):
                c.create_folder(folder)
            for i in range(0, len(messages), 200):
                c.multiappend(folder, messages[i : i + 200])

    def deliver(self, raw: bytes, folder: str = "INBOX") -> None:
        """Put a mail into the Maildir as a local delivery agent would: even mail APPEND refuses."""
        base = self.dir / "home" / USER / "Maildir"
        target = base if folder == "INBOX" else base / f".{folder}"
        for sub in ("tmp", "new", "cur"):
            (target / sub).mkdir(parents=True, exist_ok=True)
            for p in (base, target, target / sub):
                os.chown(p, self.uid, self.gid)
        name = f"{time.time_ns()}.P{os.getpid()}.triage-test"
        path = target / "new" / name
        path.write_bytes(raw)
        os.chown(path, self.uid, self.gid)

    def uids(self, folder: str = "INBOX", criteria: list[str] | None = None) -> list[int]:
        with self.client() as c:
            c.select_folder(folder, readonly=True)
            return sorted(c.search(criteria or ["ALL"]))
