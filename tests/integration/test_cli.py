"""The `triage` command as the IT administrator uses it: init, poll on the embedded defaults, import, export,
and clear errors for what is wrong.
"""

from __future__ import annotations

import json
import mailbox
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.dovecot import Dovecot
from tests.support.mails import make_mail

pytestmark = pytest.mark.integration
EML = Path(__file__).parents[1] / "data" / "eml"
SAMPLES = Path(__file__).parents[2] / "triage" / "sample_maildir"


def triage(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_") or k == "TRIAGE_MODEL"}
    clean.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "triage", *args], cwd=cwd, env=clean, capture_output=True, text=True, timeout=300
    )


def export(cwd: Path, env: dict[str, str] | None = None) -> list[dict]:
    result = triage("export", "--jsonl", cwd=cwd, env=env)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_embedded_defaults_read_the_shipped_sample_mailbox_once(tmp_path: Path) -> None:
    assert triage("init", cwd=tmp_path).returncode == 0
    assert (tmp_path / "triage.db").exists(), "the default database is a SQLite file in the working directory"

    first = triage("poll", "--once", cwd=tmp_path)
    second = triage("poll", "--once", cwd=tmp_path)

    samples = [p for p in (SAMPLES / "new").iterdir() if not p.name.startswith(".")]
    assert first.returncode == 0, first.stderr
    assert f"{len(samples)} new" in first.stdout
    assert "0 new" in second.stdout
    records = export(tmp_path)
    assert len(records) == len(samples)
    for record in records:
        assert {"message_id", "received_at", "sender", "subject", "parse_error"} <= record.keys()
        assert record["received_at"].endswith("+00:00")
    assert "Exposé_Moitzfeld.pdf" in {a["filename"] for r in records for a in r["attachments"]}


def test_poll_before_init_says_to_run_init(tmp_path: Path) -> None:
    result = triage("poll", "--once", cwd=tmp_path)
    assert result.returncode == 1
    assert "run `triage init` first" in result.stderr
    assert "Traceback" not in result.stderr


def test_invalid_settings_name_the_variable(tmp_path: Path) -> None:
    result = triage("poll", "--once", cwd=tmp_path, env={"TRIAGE_IMAP_TLS": "maybe"})
    assert result.returncode == 1 and "TRIAGE_IMAP_TLS" in result.stderr and "Traceback" not in result.stderr
    result = triage("init", cwd=tmp_path, env={"TRIAGE_IMAP_HOST": "mail.example.org"})
    assert "TRIAGE_IMAP_USER" in result.stderr and "TRIAGE_IMAP_PASSWORD" in result.stderr


def test_import_mbox_maildir_and_eml_folder_as_archive(tmp_path: Path) -> None:
    assert triage("init", cwd=tmp_path).returncode == 0
    box = mailbox.mbox(tmp_path / "old.mbox")
    for i in range(5):
        box.add(make_mail(i))
    box.flush()
    shutil.copytree(SAMPLES, tmp_path / "maildir")
    eml_dir = tmp_path / "eml"
    shutil.copytree(EML, eml_dir)

    results = [triage("import", str(p), cwd=tmp_path) for p in ("old.mbox", "maildir", "eml")]

    assert [r.returncode for r in results] == [0, 0, 0], [r.stderr for r in results]
    assert "5 new (5 imported as archive)" in results[0].stdout
    records = export(tmp_path)
    assert all(r["archived"] and r["origin"] == "import" for r in records)
    assert all(r["case"] and not r["acknowledged"] for r in records), "imported mail is filed, never answered"
    eml_count = len(list(EML.glob("*.eml")))
    assert len(records) == 5 + 16 + eml_count
    assert sum(1 for r in records if r["parse_error"]) >= 3, "broken fixtures are stored with their parse error"

    again = triage("import", "eml", cwd=tmp_path)
    assert "0 new" in again.stdout


def test_poll_over_imap_with_password_file_and_no_password_in_output(tmp_path: Path) -> None:
    server = Dovecot().start()
    try:
        server.append([make_mail(i) for i in range(3)])
        secret = tmp_path / "imap-password"
        secret.write_text(server.env()["TRIAGE_IMAP_PASSWORD"] + "\n")
        env = server.env(TRIAGE_IMAP_PASSWORD_FILE=str(secret))
        del env["TRIAGE_IMAP_PASSWORD"]
        assert triage("init", cwd=tmp_path, env=env).returncode == 0
        result = triage("-v", "poll", "--once", cwd=tmp_path, env=env)
        assert result.returncode == 0, result.stderr
        assert "3 new" in result.stdout
        wrong = triage("poll", "--once", cwd=tmp_path, env={**env, "TRIAGE_IMAP_PASSWORD": "Wr0ng-Secret"})
        assert wrong.returncode == 1
        assert "login refused" in wrong.stderr and "Wr0ng-Secret" not in wrong.stderr + wrong.stdout
        assert server.env()["TRIAGE_IMAP_PASSWORD"] not in result.stderr + result.stdout
    finally:
        server.cleanup()


def test_the_service_polls_on_its_schedule_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    assert triage("init", cwd=tmp_path).returncode == 0
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_") or k == "TRIAGE_MODEL"}
    service = subprocess.Popen(
        [sys.executable, "-m", "triage", "run"], cwd=tmp_path, env=env, stderr=subprocess.PIPE, text=True
    )
    try:
        lines = []
        for line in service.stderr:
            lines.append(line)
            if "16 new" in line:
                break
        assert any("triage is running" in line for line in lines)
        service.send_signal(signal.SIGTERM)
        assert service.wait(timeout=20) == 0
    finally:
        service.kill()
    assert len(export(tmp_path)) == 16


SAMPLE_EXPECTED = [
    "tenant_request",
    "tenant_request",
    "tenant_request",
    "tenant_request",
    "tenant_request",
    "tenant_request",
    "landlord_offer",
    "landlord_offer",
    "landlord_offer",
    "inquiry",
    "inquiry",
    "auto",
    "auto",
    "auto",
    "spam",
    "tenant_request",
]


def test_classify_explains_every_sample_mail_and_never_acknowledges_machines(tmp_path: Path) -> None:
    result = triage("classify", "--json", str(SAMPLES), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["category"] for r in records] == SAMPLE_EXPECTED
    for r in records:
        assert {"path", "message_id", "category", "confidence", "language", "urgent", "acknowledge"} <= r.keys()
        assert r["acknowledge"] == (r["category"] not in ("auto", "spam"))
        assert r["reasons"], "every decision says why"
    assert [r["language"] for r in records[:7]] == ["de", "de", "ar", "uk", "ru", "fa", "tr"]
    assert records[5]["urgent"], "must leave the accommodation by Monday"
    assert not any(r["urgent"] for i, r in enumerate(records) if i != 5)
    assert not (tmp_path / "triage.db").exists(), "classify stores nothing"


def test_polled_mail_carries_its_classification_and_staff_can_correct_it(tmp_path: Path) -> None:
    assert triage("init", cwd=tmp_path).returncode == 0
    assert triage("poll", "--once", cwd=tmp_path).returncode == 0
    records = export(tmp_path)
    assert [r["category"] for r in records] == SAMPLE_EXPECTED
    assert all(r["language"] and r["confidence"] is not None for r in records)

    spam = records[14]
    fixed = triage("correct", spam["message_id"], "landlord_offer", "--by", "Frau Schneider", cwd=tmp_path)
    assert fixed.returncode == 0, fixed.stderr
    after = export(tmp_path)[14]
    assert after["category"] == "landlord_offer" and any("Frau Schneider" in r for r in after["reasons"])
    unknown = triage("correct", "<nope@example.org>", "inquiry", cwd=tmp_path)
    assert unknown.returncode == 1 and "no stored mail" in unknown.stderr


def test_eval_reports_per_category_and_language(tmp_path: Path) -> None:
    files = sorted(p.name for p in (SAMPLES / "new").iterdir() if not p.name.startswith("."))
    labels = tmp_path / "labels.csv"
    labels.write_text(
        "file,category,language\n" + "".join(f"new/{f},{c},de\n" for f, c in zip(files, SAMPLE_EXPECTED, strict=True))
    )
    result = triage("eval", str(SAMPLES), "--labels", str(labels), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    metrics = json.loads(result.stdout)
    assert metrics["mails"] == 16 and metrics["accuracy"] == 1.0
    assert metrics["per_category"]["auto"]["support"] == 3
    assert metrics["machine_acknowledged"] == 0
    human = triage("eval", str(SAMPLES), "--labels", str(labels), cwd=tmp_path)
    assert "confusion" in human.stdout and "macro-F1" in human.stdout


def test_a_broken_rules_file_stops_the_poll_and_the_service_with_file_line_and_key(tmp_path: Path) -> None:
    (tmp_path / "rules.yaml").write_text("version: 1\nreview:\n  min_confidence: high\n")
    assert triage("init", cwd=tmp_path).returncode == 0
    for command in (["poll", "--once"], ["run"]):
        result = triage(*command, cwd=tmp_path)
        assert result.returncode == 1
        assert "rules.yaml:3: review.min_confidence" in result.stderr and "Traceback" not in result.stderr
    check = triage("check-rules", cwd=tmp_path)
    assert check.returncode == 1 and "rules.yaml:3: review.min_confidence" in check.stderr


def test_check_rules_on_the_shipped_file(tmp_path: Path) -> None:
    result = triage("check-rules", str(Path(__file__).parents[2] / "rules.yaml"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "OK" in result.stdout and "ar, de, en, fa, fr, ru, tr, uk" in result.stdout
    assert "fluechtlingshilfe-501@stadt-gl.de" in result.stdout


@pytest.mark.parametrize(
    ("csv_text", "expected"),
    [
        ("name,label\nx.eml,inquiry\n", "labels.csv:1: the header needs the columns file and category"),
        ("file,category\nnew/missing.eml,inquiry\n", "labels.csv:2: cannot read"),
        ("file,category\nnew/x.eml,question\n", "labels.csv:2: unknown category 'question'"),
    ],
)
def test_eval_with_a_broken_labels_file_names_the_line(tmp_path: Path, csv_text: str, expected: str) -> None:
    (tmp_path / "labels.csv").write_text(csv_text)
    result = triage("eval", str(SAMPLES), "--labels", str(tmp_path / "labels.csv"), cwd=tmp_path)
    assert result.returncode == 1 and expected in result.stderr and "Traceback" not in result.stderr


def test_outbox_flags_that_exclude_each_other_are_refused(tmp_path: Path) -> None:
    assert triage("init", cwd=tmp_path).returncode == 0
    result = triage("outbox", "--release", "--discard", cwd=tmp_path)
    assert result.returncode == 2 and "--release and --discard exclude each other" in result.stderr
    listing = triage("outbox", "--list", cwd=tmp_path)
    assert listing.returncode == 0, listing.stderr
