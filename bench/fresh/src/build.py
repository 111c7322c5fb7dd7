"""Render a fresh evaluation set: `build.py` renders bench/fresh/mails/fresh-NNNN.eml and bench/fresh/labels.csv
from the batches beside it; `build.py fresh2` renders bench/fresh2/ from bench/fresh2/src/ the same way."""
import csv
import importlib.util
import sys
from pathlib import Path

NAME = sys.argv[1] if len(sys.argv) > 1 else "fresh"
FRESH = Path(__file__).resolve().parents[2] / NAME
HERE = FRESH / "src"
if not HERE.is_dir():
    sys.exit(f"no evaluation set {NAME!r}: {HERE} does not exist (the sets are the bench/fresh*/src folders)")
sys.path.insert(0, str(FRESH.parent.parent / "classifiers" / "corpus" / "src" / "de"))
import mailwriter  # noqa: E402

mails = []
for path in sorted(HERE.glob("batch*.py")):
    spec = importlib.util.spec_from_file_location(NAME + "_" + path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mails += mod.MAILS
mails.sort(key=lambda m: m.key())
assert len({m.key() for m in mails}) == len(mails), "duplicate mail"

out = FRESH / "mails"
out.mkdir(exist_ok=True)
for old in out.glob(NAME + "-*.eml"):
    old.unlink()
with open(FRESH / "labels.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["file", "category", "language", "urgent", "style"])
    for i, m in enumerate(mails, 1):
        name = "mails/%s-%04d.eml" % (NAME, i)
        (FRESH / name).write_bytes(mailwriter.render(m, i, NAME))
        w.writerow([name, m.cat, m.lang, m.urgent, m.style])
print(len(mails), "mails written to", out)
