"""Render the second fresh evaluation set: bench/fresh2/mails/fresh2-NNNN.eml and bench/fresh2/labels.csv."""
import csv
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FRESH = HERE.parent
sys.path.insert(0, str(FRESH.parent.parent / "classifiers" / "corpus" / "src" / "de"))
import mailwriter  # noqa: E402

mails = []
for path in sorted(HERE.glob("batch*.py")):
    spec = importlib.util.spec_from_file_location("fresh2_" + path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mails += mod.MAILS
mails.sort(key=lambda m: m.key())
assert len({m.key() for m in mails}) == len(mails), "duplicate mail"

out = FRESH / "mails"
out.mkdir(exist_ok=True)
for old in out.glob("fresh2-*.eml"):
    old.unlink()
with open(FRESH / "labels.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["file", "category", "language", "urgent", "style"])
    for i, m in enumerate(mails, 1):
        name = "mails/fresh2-%04d.eml" % i
        (FRESH / name).write_bytes(mailwriter.render(m, i, "fresh2"))
        w.writerow([name, m.cat, m.lang, m.urgent, m.style])
print(len(mails), "mails written to", out)
