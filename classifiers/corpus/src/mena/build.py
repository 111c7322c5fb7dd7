"""Rebuild every mena mail and the labels file classifiers/corpus/labels/mena.csv."""
import csv
import glob
import importlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailw  # noqa: E402


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    names = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(here, "batch*.py")))
    for old in glob.glob(os.path.join(mailw.MAILDIR, "*.eml")):
        os.remove(old)
    rows, expect = [], 1
    for name in names:
        mod = importlib.import_module(name)
        if mod.START != expect:
            raise SystemExit(f"{name}: START={mod.START}, expected {expect}")
        rows += mailw.write_batch(mod.MAILS, mod.START)
        expect += len(mod.MAILS)
    labels = os.path.join(mailw.CORPUS, "labels", f"{mailw.GROUP}.csv")
    os.makedirs(os.path.dirname(labels), exist_ok=True)
    with open(labels, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "category", "language", "urgent", "style"])
        w.writerows(rows)
    print(f"{len(rows)} mails from {len(names)} batches -> {labels}")


if __name__ == "__main__":
    main()
