"""Validate the `de` group: parse every .eml, decode bodies, check labels and Message-IDs."""
import collections
import csv
import email
import email.policy
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, "..", ".."))
GROUP = sys.argv[1] if len(sys.argv) > 1 else "de"  # also checks the groups built by build.py GROUP
CATS = {"tenant_request", "landlord_offer", "inquiry", "auto", "spam"}
STYLES = {"clean", "broken", "machine_translated", "oneliner", "reply", "forward", "html_only", "on_behalf",
          "mixed_language", "formal", "phone", "hard_case", "header_only", "other"}


def main():
    errors = []
    d = os.path.join(CORPUS, "mails", GROUP)
    files = sorted(f for f in os.listdir(d) if f.endswith(".eml"))
    with open(os.path.join(CORPUS, "labels", GROUP + ".csv"), encoding="utf-8") as f:
        r = csv.reader(f)
        header = next(r)
        if header != ["file", "category", "language", "urgent", "style"]:
            errors.append("bad header %r" % header)
        rows = list(r)
    labelled = collections.Counter(row[0] for row in rows)
    for k, v in labelled.items():
        if v != 1:
            errors.append("duplicate label row " + k)
    fileset = {"mails/%s/%s" % (GROUP, f) for f in files}
    for k in set(labelled) - fileset:
        errors.append("label without file " + k)
    for k in fileset - set(labelled):
        errors.append("file without label " + k)
    ids = collections.Counter()
    for row in rows:
        if row[1] not in CATS or row[3] not in ("0", "1") or row[4] not in STYLES:
            errors.append("bad row %r" % row)
        if row[3] == "1" and row[1] != "tenant_request":
            errors.append("urgent on non-tenant %r" % row)
    for fn in files:
        p = os.path.join(d, fn)
        raw = open(p, "rb").read()
        if b"\n" in raw.replace(b"\r\n", b""):
            errors.append(fn + ": bare LF")
        with open(p, "rb") as f:
            msg = email.message_from_binary_file(f, policy=email.policy.default)
        if msg.defects:
            errors.append("%s: defects %r" % (fn, msg.defects))
        for h in ("From", "To", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (fn, h))
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is not None and getattr(msg[h], "defects", None):
                errors.append("%s: header %s defects %r" % (fn, h, msg[h].defects))
        hdr_bytes = raw.split(b"\r\n\r\n", 1)[0]
        try:
            hdr_bytes.decode("ascii")
        except UnicodeDecodeError:
            errors.append(fn + ": non-ASCII bytes in top-level header")
        addrs = msg["From"].addresses
        if len(addrs) != 1 or not addrs[0].domain.endswith((".example.org", ".example.com", ".example.net")) \
                and addrs[0].domain not in ("example.org", "example.com", "example.net"):
            errors.append("%s: bad From %r" % (fn, str(msg["From"])))
        ids[msg["Message-ID"]] += 1
        str(msg["From"]); str(msg["Subject"]); msg["Date"].datetime
        n_text = 0
        for part in msg.walk():
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            if part.defects:
                errors.append("%s: part defects %r" % (fn, part.defects))
            if ct.startswith("text/"):
                c = part.get_content()
                if "\ufffd" in c:
                    errors.append(fn + ": replacement char")
                n_text += 1
            else:
                part.get_payload(decode=True)
        if n_text == 0:
            errors.append(fn + ": no text part")
    for k, v in ids.items():
        if v > 1:
            errors.append("duplicate Message-ID " + str(k))
    print("files", len(files), "rows", len(rows))
    cat = collections.Counter(r[1] for r in rows)
    lang = collections.Counter(r[2] for r in rows)
    urg = collections.Counter(r[1] for r in rows if r[3] == "1")
    sty = collections.Counter(r[4] for r in rows)
    print("category:", dict(cat))
    print("urgent:", dict(urg))
    print("language:", dict(lang))
    print("style:", dict(sty))
    ct = collections.Counter()
    for fn in files:
        with open(os.path.join(d, fn), "rb") as f:
            msg = email.message_from_binary_file(f, policy=email.policy.default)
        ct[msg.get_content_type()] += 1
        for part in msg.walk():
            if not part.is_multipart():
                ct["cte:" + str(part.get("Content-Transfer-Encoding", "7bit")).lower()] += 1
                cs = part.get_content_charset()
                if cs:
                    ct["cs:" + cs] += 1
    print("mime:", dict(ct))
    for e in errors[:60]:
        print("ERROR", e)
    print("errors", len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
