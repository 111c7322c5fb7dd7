"""Settings from TRIAGE_* environment variables, optionally from a TOML file named by TRIAGE_CONFIG.

The variable names are a public contract with operators; do not rename them.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from triage.errors import ConfigError

TlsMode = Literal["ssl", "starttls", "none"]
SAMPLE_MAILDIR = Path(__file__).parent / "sample_maildir"
SHIPPED_RULES = Path(__file__).resolve().parent.parent / "rules.yaml"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TRIAGE_", extra="forbid", validate_default=True)

    database_url: str = Field(
        "sqlite:///triage.db",
        description="SQLAlchemy URL; default is a SQLite file in the working directory. "
        "PostgreSQL: postgresql+psycopg://user@host/dbname",
    )
    imap_host: str | None = Field(None, description="IMAP server; unset means: read the local Maildir")
    imap_port: int | None = Field(None, description="default 993 for ssl, 143 otherwise")
    imap_user: str | None = None
    imap_password: SecretStr | None = None
    imap_password_file: Path | None = Field(None, description="file holding the IMAP password")
    imap_tls: TlsMode = Field("ssl", description="ssl | starttls | none; certificates are verified")
    imap_ca_file: Path | None = Field(None, description="extra CA bundle to trust, e.g. the city's own CA")
    imap_folder: str = "INBOX"
    imap_done_keyword: str = Field("$Triaged", description="IMAP keyword set on mail once it is stored")
    imap_move_to: str | None = Field(None, description="move stored mail to this folder instead of flagging")
    imap_batch_size: int = Field(100, ge=1, le=1000)
    imap_timeout: float = Field(60.0, gt=0, description="seconds before a silent server counts as gone")

    smtp_host: str | None = Field(None, description="SMTP server; unset means: mail waits in the outbox")
    smtp_port: int | None = Field(None, description="default 465 for ssl, 587 for starttls, 25 otherwise")
    smtp_tls: TlsMode = Field("starttls", description="ssl | starttls | none; certificates are verified")
    smtp_user: str | None = Field(None, description="log in with this user (and TRIAGE_SMTP_PASSWORD)")
    smtp_password: SecretStr | None = None
    smtp_ca_file: Path | None = Field(None, description="extra CA bundle to trust for SMTP")
    smtp_timeout: float = Field(60.0, gt=0)
    from_address: str = Field("integration-wohnen@stadt-gl.de", description="the team address we answer from")
    imap_drafts_folder: str | None = Field(None, description="IMAP folder drafted replies are appended to")
    imap_sent_folder: str | None = Field(None, description="IMAP folder a copy of every mail we send goes to")
    templates: Path | None = Field(None, description="folder of mail templates; default: the shipped templates/")

    rules: Path | None = Field(None, description="path of rules.yaml; default ./rules.yaml, else the shipped one")
    model: Path = Field(Path("triage-model.skops"), description="the classifier model file; trained on first use")
    maildir: Path = Field(SAMPLE_MAILDIR, description="Maildir read when no IMAP host is set")
    poll_interval: float = Field(60.0, ge=5, description="seconds between polls in the scheduled mode")
    max_parse_mb: float = Field(
        10.0, gt=0, description="mail larger than this is stored whole but parsed from its start only"
    )
    parse_workers: int = Field(
        default_factory=lambda: min(os.cpu_count() or 1, 2),
        ge=0,
        le=32,
        description="worker processes that parse a large backlog; 0 or 1 parses in the main process",
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    @model_validator(mode="after")
    def _imap_complete(self) -> Settings:
        if self.imap_host:
            missing = [n for n in ("imap_user",) if not getattr(self, n)]
            if not (self.imap_password or self.imap_password_file):
                missing.append("imap_password (or imap_password_file)")
            if missing:
                names = ", ".join("TRIAGE_" + m.upper() for m in missing)
                raise ValueError(f"TRIAGE_IMAP_HOST is set but {names} is missing")
        return self

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        config_file = os.environ.get("TRIAGE_CONFIG")
        if config_file:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=Path(config_file)))
        return tuple(sources)

    @property
    def rules_path(self) -> Path:
        if self.rules is not None:
            return self.rules
        local = Path("rules.yaml")
        return local if local.exists() else SHIPPED_RULES

    @property
    def uses_imap(self) -> bool:
        return bool(self.imap_host)

    @property
    def effective_imap_port(self) -> int:
        if self.imap_port:
            return self.imap_port
        return 993 if self.imap_tls == "ssl" else 143

    def imap_secret(self) -> str:
        """The IMAP password, read from TRIAGE_IMAP_PASSWORD or the file TRIAGE_IMAP_PASSWORD_FILE names."""
        if self.imap_password is not None:
            return self.imap_password.get_secret_value()
        if self.imap_password_file is None:
            raise ConfigError("no IMAP password: set TRIAGE_IMAP_PASSWORD or TRIAGE_IMAP_PASSWORD_FILE")
        try:
            return self.imap_password_file.read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as err:
            raise ConfigError(
                f"cannot read TRIAGE_IMAP_PASSWORD_FILE {self.imap_password_file}: {err.strerror}"
            ) from err

    def secrets(self) -> list[str]:
        """Every secret value, so that logs and error messages can be scrubbed of them."""
        found = [s.get_secret_value() for s in (self.imap_password, self.smtp_password) if s is not None]
        if self.imap_password_file is not None:
            with contextlib.suppress(ConfigError):
                found.append(self.imap_secret())
        return [s for s in found if s]

    @property
    def effective_smtp_port(self) -> int:
        if self.smtp_port:
            return self.smtp_port
        return {"ssl": 465, "starttls": 587}.get(self.smtp_tls, 25)

    @property
    def max_parse_bytes(self) -> int:
        return int(self.max_parse_mb * 1024 * 1024)


def load_settings(**overrides: object) -> Settings:
    """Read the settings, turning validation problems into one readable ConfigError."""
    source = os.environ.get("TRIAGE_CONFIG")
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as err:
        problems = []
        for e in err.errors():
            key = "_".join(str(p) for p in e["loc"])
            name = f"TRIAGE_{key.upper()}" if key else "settings"
            if source and key:
                name += f" (or {key} in {Path(source).name})"
            problems.append(f"{name}: {e['msg']}")
        where = f" (environment and {source})" if source else " (environment)"
        raise ConfigError("invalid settings" + where + ": " + "; ".join(problems)) from None
