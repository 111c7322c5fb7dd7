"""Render all intl batches into ../../mails/intl and write ../../labels/intl.csv."""
import csv
import glob
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
CORPUS = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(CORPUS, "mails", "intl")
LABELS = os.path.join(CORPUS, "labels", "intl.csv")

import common  # noqa: E402

CATS = {"tenant_request", "landlord_offer", "inquiry", "auto", "spam"}
STYLES = {"clean", "broken", "machine_translated", "oneliner", "reply", "forward", "html_only", "on_behalf",
          "mixed_language", "formal", "phone", "hard_case", "header_only", "other"}


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in glob.glob(os.path.join(OUT, "intl-*.eml")):
        os.remove(f)
    rows = []
    n = 0
    for path in sorted(glob.glob(os.path.join(HERE, "batch*.py"))):
        mod = importlib.import_module(os.path.basename(path)[:-3])
        for d in mod.MAILS:
            n += 1
            assert d["cat"] in CATS, (path, d["cat"])
            assert d["style"] in STYLES, (path, d["style"])
            raw = common.render(n, d)
            name = f"intl-{n:04d}.eml"
            with open(os.path.join(OUT, name), "wb") as fh:
                fh.write(raw)
            rows.append([f"mails/intl/{name}", d["cat"], d["lang"], int(bool(d.get("u"))), d["style"]])
    with open(LABELS, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "category", "language", "urgent", "style"])
        w.writerows(rows)
    print(f"wrote {n} mails")


if __name__ == "__main__":
    main()
