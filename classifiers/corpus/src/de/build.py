"""Build the `de` group: render every batch into mails/de/*.eml and write labels/de.csv."""
import csv
import glob
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import mailwriter  # noqa: E402

GROUP = "de"
CORPUS = os.path.normpath(os.path.join(HERE, "..", ".."))


def load_batches(directory, group):
    """The MAILS of every batchNN.py in `directory`, loaded by path under names unique to the group (the
    groups reuse the same file names)."""
    for extra in (directory, HERE):
        if extra not in sys.path:
            sys.path.insert(0, extra)
    mails = []
    for path in sorted(glob.glob(os.path.join(directory, "batch*.py"))):
        name = "%s_%s" % (group, os.path.splitext(os.path.basename(path))[0])
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mails.extend(mod.MAILS)
    return mails


def write_group(group, mails):
    """Render `mails` into mails/<group>/<group>-NNNN.eml and write labels/<group>.csv."""
    out = os.path.join(CORPUS, "mails", group)
    labels = os.path.join(CORPUS, "labels", group + ".csv")
    # stable pseudo-random order by content hash, so categories are interleaved
    mails = sorted(mails, key=lambda m: m.key())
    os.makedirs(out, exist_ok=True)
    os.makedirs(os.path.dirname(labels), exist_ok=True)
    keep = set()
    rows = []
    for i, m in enumerate(mails, 1):
        name = "%s-%04d.eml" % (group, i)
        with open(os.path.join(out, name), "wb") as f:
            f.write(mailwriter.render(m, i, group))
        keep.add(name)
        rows.append(["mails/%s/%s" % (group, name), m.cat, m.lang, m.urgent, m.style])
    for old in os.listdir(out):
        if old.endswith(".eml") and old not in keep:
            os.remove(os.path.join(out, old))
    with open(labels, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "category", "language", "urgent", "style"])
        w.writerows(rows)
    print("wrote %d mails" % len(mails))


def main():
    """`build.py` builds the de group; `build.py de2` the group whose batches are in ../de2/ (the second-round
    groups de2, mena2, east2 and intl2 use this writer and these steps)."""
    group = sys.argv[1] if len(sys.argv) > 1 else GROUP
    write_group(group, load_batches(os.path.normpath(os.path.join(HERE, "..", group)), group))


if __name__ == "__main__":
    main()
