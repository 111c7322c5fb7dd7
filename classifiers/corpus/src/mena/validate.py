"""Validate the mena corpus: parsing, bodies, labels <-> files, unique Message-IDs, addresses, counts."""
import collections
import csv
import email
import email.policy
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, "..", ".."))
GROUP = "mena"
ALLOWED = re.compile(r"@([a-z0-9.-]+\.)?example\.(org|com|net)$|@stadt-gl\.de$", re.I)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def main():
    errors = []
    files = sorted(glob.glob(os.path.join(CORPUS, "mails", GROUP, "*.eml")))
    rows = list(csv.DictReader(open(os.path.join(CORPUS, "labels", f"{GROUP}.csv"), encoding="utf-8")))
    with open(os.path.join(CORPUS, "labels", f"{GROUP}.csv"), encoding="utf-8") as f:
        if f.readline().strip() != "file,category,language,urgent,style":
            errors.append("bad header row")
    labelled = collections.Counter(r["file"] for r in rows)
    present = {os.path.relpath(p, CORPUS) for p in files}
    for f, n in labelled.items():
        if n != 1:
            errors.append(f"{f}: {n} label rows")
        if f not in present:
            errors.append(f"{f}: labelled but missing")
    for f in present - set(labelled):
        errors.append(f"{f}: file without label")
    mids = collections.Counter()
    for p in files:
        raw = open(p, "rb").read()
        if b"\n" in raw.replace(b"\r\n", b""):
            errors.append(f"{p}: bare LF")
        with open(p, "rb") as fh:
            m = email.message_from_binary_file(fh, policy=email.policy.default)
        mids[m["Message-ID"]] += 1
        for h in ("From", "To", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if m[h] is None:
                errors.append(f"{p}: missing {h}")
        if m["Date"].datetime.year not in (2025, 2026):
            errors.append(f"{p}: date {m['Date']}")
        body = m.get_body(preferencelist=("plain", "html"))
        if body is None:
            errors.append(f"{p}: no body")
            continue
        text = body.get_content()
        if not text.strip():
            errors.append(f"{p}: empty body")
        for part in m.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
            elif not part.is_multipart() and part.get_content_type() not in ("message/delivery-status",
                                                                              "message/disposition-notification"):
                part.get_payload(decode=True)
        for addr in EMAIL.findall(str(m["From"]) + " " + text):
            if not ALLOWED.search(addr) and not addr.lower().startswith(("mailer-daemon@", "postmaster@")):
                errors.append(f"{p}: address {addr}")
            elif not ALLOWED.search(addr):
                errors.append(f"{p}: address {addr}")
    for mid, n in mids.items():
        if n > 1:
            errors.append(f"duplicate Message-ID {mid}")
    cats = collections.Counter(r["category"] for r in rows)
    print(f"files {len(files)}, label rows {len(rows)}")
    langs = sorted({r["language"] for r in rows})
    print("category".ljust(16) + "".join(l.rjust(6) for l in langs) + "total".rjust(7) + "urgent".rjust(8))
    for c in ("tenant_request", "landlord_offer", "inquiry", "auto", "spam"):
        line = c.ljust(16)
        for l in langs:
            line += str(sum(1 for r in rows if r["category"] == c and r["language"] == l)).rjust(6)
        line += str(cats[c]).rjust(7) + str(sum(1 for r in rows if r["category"] == c and r["urgent"] == "1")).rjust(8)
        print(line)
    line = "total".ljust(16) + "".join(str(sum(1 for r in rows if r["language"] == l)).rjust(6) for l in langs)
    print(line + str(len(rows)).rjust(7) + str(sum(1 for r in rows if r["urgent"] == "1")).rjust(8))
    print("urgent by language:", dict(collections.Counter(r["language"] for r in rows if r["urgent"] == "1")))
    print("styles:", dict(collections.Counter(r["style"] for r in rows).most_common()))
    if errors:
        print(f"{len(errors)} ERRORS")
        for e in errors:
            print("  ", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
