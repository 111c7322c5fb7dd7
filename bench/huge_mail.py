"""Memory stays bounded however large a mail is: peak RSS of `triage poll --once` for one mail of growing size.

    .venv/bin/python bench/huge_mail.py [--sizes 10 40 120]

Each round delivers one mail with an attachment of the given size (MB, before base64) into a throwaway
Dovecot and polls it into a fresh SQLite database. Mail above TRIAGE_MAX_PARSE_MB (10) is streamed in 4 MB
pieces, so peak memory should not grow with the mail.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.ingest import triage  # noqa: E402
from tests.support.dovecot import Dovecot  # noqa: E402
from tests.support.mails import make_huge_mail  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 40, 120])
    args = parser.parse_args()
    for size in args.sizes:
        server = Dovecot().start()
        try:
            server.deliver(make_huge_mail(size, tag=f"huge-{size}"))
            workdir = Path(tempfile.mkdtemp(prefix="triage-bench-"))
            env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
            env.update(server.env(TRIAGE_DATABASE_URL=f"sqlite:///{workdir}/bench.db", TRIAGE_LOG_LEVEL="WARNING"))
            triage(["init"], env)
            elapsed, peak = triage(["poll", "--once"], env)
            print(f"{size:4d} MB attachment: stored in {elapsed:5.1f} s, peak RSS {peak.tree / 2**20:6.1f} MB")
        finally:
            server.cleanup()


if __name__ == "__main__":
    main()
