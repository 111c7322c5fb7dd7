"""Validate the east corpus: parse every mail, decode bodies, check labels and Message-IDs, print counts."""
import collections
import csv
import email
import email.policy
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.abspath(os.path.join(HERE, "..", ".."))
MAILDIR = os.path.join(CORPUS, "mails", "east")
LABELS = os.path.join(CORPUS, "labels", "east.csv")

errors = []
files = sorted(f for f in os.listdir(MAILDIR) if f.endswith(".eml"))
ids = collections.Counter()
for f in files:
    raw = open(os.path.join(MAILDIR, f), "rb").read()
    if b"\n" in raw.replace(b"\r\n", b""):
        errors.append((f, "bare LF"))
    with open(os.path.join(MAILDIR, f), "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    ids[msg["Message-ID"]] += 1
    for h in ("From", "To", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            errors.append((f, "missing " + h))
    str(msg["Subject"]) if msg["Subject"] is not None else None
    str(msg["From"])
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is None:
        errors.append((f, "no body"))
        continue
    txt = body.get_content()
    if not txt.strip():
        errors.append((f, "empty body"))
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            part.get_content()
        elif not part.is_multipart() and part.get_content_type() not in ("message/delivery-status", "message/disposition-notification"):
            part.get_content()
    if msg.defects:
        errors.append((f, "defects %r" % msg.defects))

rows = list(csv.DictReader(open(LABELS, encoding="utf-8")))
labelled = collections.Counter(r["file"] for r in rows)
for r in rows:
    if r["category"] not in ("tenant_request", "landlord_offer", "inquiry", "auto", "spam"):
        errors.append((r["file"], "bad category"))
    if r["urgent"] == "1" and r["category"] != "tenant_request":
        errors.append((r["file"], "urgent non-tenant"))
for f in files:
    if labelled["mails/east/" + f] != 1:
        errors.append((f, "label rows %d" % labelled["mails/east/" + f]))
for k, v in labelled.items():
    if not os.path.exists(os.path.join(CORPUS, k)):
        errors.append((k, "label without file"))
for k, v in ids.items():
    if v > 1:
        errors.append((k, "dup message-id"))

print("mails:", len(files), "label rows:", len(rows))
cats = ["tenant_request", "landlord_offer", "inquiry", "auto", "spam"]
langs = sorted({r["language"] for r in rows})
t = collections.Counter((r["category"], r["language"]) for r in rows)
print("%-16s" % "" + "".join("%6s" % l for l in langs) + "  total")
for c in cats:
    print("%-16s" % c + "".join("%6d" % t[(c, l)] for l in langs) + "  %5d" % sum(t[(c, l)] for l in langs))
print("%-16s" % "total" + "".join("%6d" % sum(t[(c, l)] for c in cats) for l in langs) + "  %5d" % len(rows))
u = collections.Counter(r["language"] for r in rows if r["urgent"] == "1")
print("urgent:", sum(u.values()), dict(u))
print("styles:", dict(collections.Counter(r["style"] for r in rows)))
if "-v" in sys.argv:
    ct = collections.Counter()
    for f in files:
        m = email.message_from_binary_file(open(os.path.join(MAILDIR, f), "rb"), policy=email.policy.default)
        ct[m.get_content_type()] += 1
        for p in m.walk():
            if p.get_content_maintype() == "text":
                ct["charset:" + str(p.get_content_charset())] += 1
                ct["cte:" + str(p["Content-Transfer-Encoding"])] += 1
    print(dict(ct))
print("ERRORS:", len(errors))
for e in errors[:50]:
    print(" ", e)
