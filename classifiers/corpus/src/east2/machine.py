"""Machine-mail helper for `east2`: bounces whose human-readable part is not ASCII.

The de writer's bounce_builder declares the notification part as us-ascii; this wraps it and declares
that part as UTF-8 (8bit) instead, so Ukrainian, Russian and Turkish notices stay readable."""
from mailwriter import bounce_builder

RFC3834 = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}


def exch(topic):
    """Headers of an Exchange/Outlook out-of-office reply (which sends no Auto-Submitted)."""
    return {"Thread-Topic": topic, "X-MS-Has-Attach": "", "X-MS-TNEF-Correlator": "",
            "X-MS-Exchange-Organization-AuthAs": "Internal"}


def bounce_utf8(orig_to, orig_subj, status, diag, mta, human, orig_date):
    inner = bounce_builder(orig_to, orig_subj, status, diag, mta, human.replace("\n", "\r\n"), orig_date=orig_date)

    def build(m, rng):
        h, body = inner(m, rng)
        body = body.replace("Content-Type: text/plain; charset=us-ascii",
                            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit", 1)
        return h, body
    return build
