"""Build the `east2` group (second Ukrainian / Russian / Turkish set): render every batch into
mails/east2/*.eml and write labels/east2.csv.

Uses the writer of the `de` group (../de/mailwriter.py) unchanged; the numbering, ordering and label
format are the same as in src/de/build.py."""
import csv
import glob
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DE = os.path.normpath(os.path.join(HERE, "..", "de"))
sys.path.insert(0, DE)
sys.path.insert(0, HERE)  # before DE, so batchNN resolves to this group's files
import mailwriter  # noqa: E402  (src/de/mailwriter.py)

GROUP = "east2"
CORPUS = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(CORPUS, "mails", GROUP)
LABELS = os.path.join(CORPUS, "labels", GROUP + ".csv")


def collect():
    mails = []
    for path in sorted(glob.glob(os.path.join(HERE, "batch*.py"))):
        mod = importlib.import_module(os.path.splitext(os.path.basename(path))[0])
        assert os.path.dirname(os.path.abspath(mod.__file__)) == HERE, mod.__file__
        mails.extend(mod.MAILS)
    return mails


def main():
    mails = collect()
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
