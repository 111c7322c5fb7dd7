"""Build the `de2` group: render every batch into mails/de2/*.eml and write labels/de2.csv.

Uses the writer of the `de` group (../de/mailwriter.py) unchanged; the batch files here import it as
`mailwriter`. Batch modules are loaded under unique names so they never clash with the de batches.
"""
import csv
import glob
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DE_SRC = os.path.normpath(os.path.join(HERE, "..", "de"))
if DE_SRC not in sys.path:
    sys.path.insert(0, DE_SRC)
import mailwriter  # noqa: E402

GROUP = "de2"
CORPUS = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(CORPUS, "mails", GROUP)
LABELS = os.path.join(CORPUS, "labels", GROUP + ".csv")


def collect():
    mails = []
    for path in sorted(glob.glob(os.path.join(HERE, "batch*.py"))):
        name = GROUP + "_" + os.path.splitext(os.path.basename(path))[0]
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mails.extend(mod.MAILS)
    return mails


def main():
    mails = collect()
    keys = [m.key() for m in mails]
    assert len(set(keys)) == len(keys), "two mails with the same sender, subject and body"
    # stable pseudo-random order by content hash, so categories are interleaved
    mails.sort(key=lambda m: m.key())
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(os.path.dirname(LABELS), exist_ok=True)
    keep = set()
    rows = []
    for i, m in enumerate(mails, 1):
        name = "%s-%04d.eml" % (GROUP, i)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(mailwriter.render(m, i, GROUP))
        keep.add(name)
        rows.append(["mails/%s/%s" % (GROUP, name), m.cat, m.lang, m.urgent, m.style])
    for old in os.listdir(OUT):
        if old.endswith(".eml") and old not in keep:
            os.remove(os.path.join(OUT, old))
    with open(LABELS, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "category", "language", "urgent", "style"])
        w.writerows(rows)
    print("wrote %d mails" % len(mails))


if __name__ == "__main__":
    main()
