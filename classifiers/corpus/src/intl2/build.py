"""Build the `intl2` group: render every batch into mails/intl2/*.eml and write labels/intl2.csv.

Uses the shared writer of the `de` group (../de/mailwriter.py); nothing is copied from it."""
import csv
import glob
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DE = os.path.normpath(os.path.join(HERE, "..", "de"))
sys.path.insert(0, DE)
import mailwriter  # noqa: E402  (the de writer)

GROUP = "intl2"
CORPUS = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(CORPUS, "mails", GROUP)
LABELS = os.path.join(CORPUS, "labels", GROUP + ".csv")


def collect():
    mails = []
    for path in sorted(glob.glob(os.path.join(HERE, "batch*.py"))):
        # load by path under a unique name, so the de group's batchNN modules are never picked up
        name = "%s_%s" % (GROUP, os.path.splitext(os.path.basename(path))[0])
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
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
