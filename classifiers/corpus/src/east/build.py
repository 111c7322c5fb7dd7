"""Rebuild all `east` mails and labels/east.csv from the batch modules."""
import glob
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import mailwriter  # noqa: E402


def main():
    mails = []
    for path in sorted(glob.glob(os.path.join(HERE, "batch*.py"))):
        mod = importlib.import_module(os.path.basename(path)[:-3])
        mails.extend(mod.MAILS)
    n = mailwriter.write_all(mails)
    print("wrote", n, "mails to", mailwriter.MAILDIR)


if __name__ == "__main__":
    main()
