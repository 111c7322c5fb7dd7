"""Validate intl mails and labels; print counts."""
import collections
import csv
import email
import email.policy
import glob
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.abspath(os.path.join(HERE, "..", ".."))


def main():
    files = sorted(os.path.relpath(p, CORPUS) for p in glob.glob(os.path.join(CORPUS, "mails", "intl", "*.eml")))
    with open(os.path.join(CORPUS, "labels", "intl.csv"), encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        assert header == ["file", "category", "language", "urgent", "style"], header
        rows = list(rd)
    labelled = [r[0] for r in rows]
    assert len(labelled) == len(set(labelled)), "duplicate label rows"
    assert set(labelled) == set(files), (set(labelled) ^ set(files))
    mids = collections.Counter()
    problems = []
    for f in files:
        with open(os.path.join(CORPUS, f), "rb") as fh:
            raw = fh.read()
        if b"\n" in raw.replace(b"\r\n", b""):
            problems.append((f, "bare LF"))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            problems.append((f, msg.defects))
        for h in ("From", "To", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if msg[h] is None:
                problems.append((f, "missing " + h))
        mids[msg["Message-ID"]] += 1
        body = msg.get_body(("plain", "html"))
        if body is None:
            problems.append((f, "no body"))
            continue
        txt = body.get_content()
        if not txt.strip():
            problems.append((f, "empty body"))
        for part in msg.walk():
            if part.get_content_maintype() != "multipart":
                if part.defects:
                    problems.append((f, part.defects))
                part.get_payload(decode=True)
                if part.get_content_maintype() == "text":
                    part.get_content()
    dup = [k for k, v in mids.items() if v > 1]
    print("files", len(files), "rows", len(rows), "dup message-ids", dup)
    print("problems", problems[:20], len(problems))
    cat = collections.Counter(r[1] for r in rows)
    lang = collections.Counter(r[2] for r in rows)
    urg = collections.Counter(r[1] for r in rows if r[3] == "1")
    style = collections.Counter(r[4] for r in rows)
    print("category", dict(cat))
    print("language", dict(lang))
    print("urgent", dict(urg))
    print("style", dict(style))
    tab = collections.Counter((r[2], r[1]) for r in rows)
    cats = ["tenant_request", "landlord_offer", "inquiry", "auto", "spam"]
    print("lang  " + " ".join(f"{c[:8]:>9}" for c in cats) + "  total")
    for lg in sorted(lang, key=lambda x: -lang[x]):
        print(f"{lg:5} " + " ".join(f"{tab[(lg, c)]:>9}" for c in cats) + f"  {lang[lg]:>5}")
    print("total " + " ".join(f"{cat[c]:>9}" for c in cats) + f"  {len(rows):>5}")
    fmts = collections.Counter()
    for f in files:
        with open(os.path.join(CORPUS, f), "rb") as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        fmts[msg.get_content_type()] += 1
        fmts["cte:" + str(msg.get("Content-Transfer-Encoding"))] += 1
        fmts["charset:" + str(msg.get_content_charset())] += 1
    print(dict(fmts))


if __name__ == "__main__":
    main()
