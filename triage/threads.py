"""Case references and reply subjects: pure functions, no database."""

from __future__ import annotations

import re
from datetime import datetime

REFERENCE = re.compile(r"\bGL-(20\d\d)-(\d{6})\b")

# Reply and forward prefixes as mail programs write them in the languages of our senders (and a few more),
# with or without a counter ("Re[2]:", "AW(3):") and with ASCII or full-width colons.
_PREFIXES = (
    "re|aw|wg|fw|fwd|fyi|tr|rif|r|ri|i|sv|vs|vb|odp|pd|res|enc|antw|antwort|doorst|wtr|rv|ynt|yanıt|yanit|cvp|"
    "cevap|ilt|iletilen|отв|ответ|відп|відповідь|пересл|переслано|رد|ر|إعادة توجيه|ارسال مجدد|پاسخ|"
    "هدایت|باز ارسال|تحويل|πρθ|απ|σχετ|vá|továbbítás|atb|vl|réf"
)
REPLY_PREFIX = re.compile(
    rf"^\s*(?:(?:{_PREFIXES})\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*|\[[^\]]{{0,40}}\]\s*)+", re.IGNORECASE
)

# Other systems' ticket numbers and receipts: "[Ticket#2026112510000123]", "[#117904]", "(Vorgang 4711)".
FOREIGN_TICKET = re.compile(
    r"[\[(]\s*(?:ticket|case|request|incident|vorgang|anfrage|id|ref)?\s*(?:nr\.?|no\.?)?\s*[#:]?\s*\d{4,}\s*[\])]"
    r"|\b(?:ticket|request|case)\s*(?:#|no\.?|nr\.?)\s*\d+"
    r"|\b(?:ticket received|has been received|we have received your|eingangsbest[äa]tigung|ihre anfrage ist eingegangen"
    r"|automatische antwort|automatic reply|auto(?:matic)?[- ]?response)\b",
    re.IGNORECASE,
)


def reference_for(case_id: int, created: datetime) -> str:
    return f"GL-{created.year}-{case_id:06d}"


def references_in(text: str) -> list[str]:
    return [m.group(0) for m in REFERENCE.finditer(text or "")]


def base_subject(subject: str | None) -> str:
    """The subject without reply/forward prefixes and bracketed tags: what a thread is about."""
    return REPLY_PREFIX.sub("", subject or "").strip()


def is_reply_subject(subject: str | None) -> bool:
    return bool(subject) and REPLY_PREFIX.match(subject or "") is not None and base_subject(subject) != subject


def looks_like_other_helpdesk(subject: str | None) -> bool:
    """Another system's ticket number or receipt: answering it could start two systems answering each other."""
    return bool(FOREIGN_TICKET.search(subject or ""))


def message_ids(in_reply_to: str | None, references: list[str]) -> list[str]:
    """The Message-IDs a mail answers, nearest first."""
    ids = [in_reply_to] if in_reply_to else []
    ids += [r for r in reversed(references) if r not in ids]
    return ids
