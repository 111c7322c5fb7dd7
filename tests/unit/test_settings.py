"""Settings come from TRIAGE_* variables (a public contract) or a TOML file; problems name the variable."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from triage.errors import ConfigError
from triage.logs import RedactSecrets
from triage.settings import SAMPLE_MAILDIR, load_settings


@pytest.fixture(autouse=True)
def _clean(clean_env: None) -> None:
    pass


def test_defaults_run_without_any_configuration() -> None:
    s = load_settings()
    assert s.database_url == "sqlite:///triage.db"
    assert not s.uses_imap and s.maildir == SAMPLE_MAILDIR
    assert (s.imap_tls, s.imap_folder) == ("ssl", "INBOX")
    assert s.rules_path.name == "rules.yaml" and s.rules_path.exists()


def test_the_public_variable_names(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    names = {
        "TRIAGE_DATABASE_URL": "postgresql+psycopg://triage@db/triage",
        "TRIAGE_IMAP_HOST": "imap.stadt-gl.de",
        "TRIAGE_IMAP_PORT": "993",
        "TRIAGE_IMAP_USER": "integration-wohnen",
        "TRIAGE_IMAP_PASSWORD": "pw-123456",
        "TRIAGE_IMAP_TLS": "starttls",
        "TRIAGE_IMAP_FOLDER": "INBOX/Wohnen",
        "TRIAGE_SMTP_HOST": "smtp.stadt-gl.de",
        "TRIAGE_SMTP_PORT": "587",
        "TRIAGE_SMTP_TLS": "starttls",
        "TRIAGE_SMTP_USER": "integration-wohnen",
        "TRIAGE_SMTP_PASSWORD": "smtp-secret",
        "TRIAGE_FROM_ADDRESS": "integration-wohnen@stadt-gl.de",
        "TRIAGE_RULES": str(tmp_path / "rules.yaml"),
    }
    for k, v in names.items():
        monkeypatch.setenv(k, v)
    s = load_settings()
    assert s.imap_host == "imap.stadt-gl.de" and s.effective_imap_port == 993 and s.imap_tls == "starttls"
    assert s.imap_secret() == "pw-123456" and s.smtp_password and s.smtp_port == 587
    assert s.rules == tmp_path / "rules.yaml" and s.imap_folder == "INBOX/Wohnen"
    assert "pw-123456" not in repr(s) and "smtp-secret" not in repr(s)


def test_password_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "pw").write_text("from-a-file\n")
    monkeypatch.setenv("TRIAGE_IMAP_HOST", "imap.example.org")
    monkeypatch.setenv("TRIAGE_IMAP_USER", "u")
    monkeypatch.setenv("TRIAGE_IMAP_PASSWORD_FILE", str(tmp_path / "pw"))
    s = load_settings()
    assert s.imap_secret() == "from-a-file" and "from-a-file" in s.secrets()
    monkeypatch.setenv("TRIAGE_IMAP_PASSWORD_FILE", str(tmp_path / "missing"))
    with pytest.raises(ConfigError, match="cannot read TRIAGE_IMAP_PASSWORD_FILE"):
        load_settings().imap_secret()


def test_port_default_follows_tls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIAGE_IMAP_TLS", "starttls")
    assert load_settings().effective_imap_port == 143


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"TRIAGE_IMAP_TLS": "sometimes"}, "TRIAGE_IMAP_TLS"),
        ({"TRIAGE_IMAP_PORT": "imap"}, "TRIAGE_IMAP_PORT"),
        ({"TRIAGE_IMAP_HOST": "imap.example.org"}, "TRIAGE_IMAP_USER"),
        ({"TRIAGE_POLL_INTERVAL": "1"}, "TRIAGE_POLL_INTERVAL"),
    ],
)
def test_bad_settings_name_the_variable(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], named: str) -> None:
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    with pytest.raises(ConfigError, match=named):
        load_settings()


def test_toml_config_file_with_environment_taking_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = tmp_path / "triage.toml"
    config.write_text('imap_folder = "Wohnen"\npoll_interval = 120\n')
    monkeypatch.setenv("TRIAGE_CONFIG", str(config))
    monkeypatch.setenv("TRIAGE_POLL_INTERVAL", "300")
    s = load_settings()
    assert (s.imap_folder, s.poll_interval) == ("Wohnen", 300)
    config.write_text('imap_folder = "Wohnen"\nunknown_key = 1\n')
    with pytest.raises(ConfigError, match="unknown_key"):
        load_settings()


def test_logs_never_carry_a_secret() -> None:
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "login as %s with %s", ("kim", "hunter22"), None)
    RedactSecrets(["hunter22"]).filter(record)
    assert record.getMessage() == "login as kim with ********"
