"""Batch 04: English spam and auto (rental scam, phishing, 'dear beneficiary', crypto; out-of-office, bounce,
newsletter, no-reply notification)."""
from mailwriter import S, A, bounce_builder


def with_html(mail, source):
    """Give a mail its own HTML source instead of the writer's generated one."""
    mail.html_source = source
    return mail


MAILS = [
S("en", 0, "other", "Eng. Howard Pritchard <howard.pritchard.offshore@example.net>", "Regarding your work with refugees - my flat in Bensberg",
"""Dear Integration Team,

I hope this message finds you well. I read about your wonderful work helping refugee families find a home and I was deeply touched, as my late wife was a volunteer with displaced people for many years.

I am a petroleum engineer currently on a 14-month contract on an offshore platform in the North Sea, so I cannot be physically present in Germany. My fully furnished 3 bedroom apartment in Bensberg is standing empty and I would like it to go to a family in need for just 450 EUR per month including all bills and internet.

Because I am offshore, all viewings and key handover are managed by a secure rental escrow service that protects both sides. The family only needs to transfer the first month and the deposit (900 EUR) to the escrow account in London; the keys and the signed contract are then sent by courier within 48 hours. If they don't like the apartment, the escrow refunds everything.

Kindly send me the name and phone number of a suitable family and I will forward the escrow details to them directly.

God bless you,
Howard Pritchard""", date="2025-09-03 02:14 +0000"),

with_html(S("en", 0, "html_only", "DocuSign via Secure Sign <dse-notification@secure-esign.example.com>", "Tenancy Agreement_Integration_Wohnen.pdf - Please review and sign",
"""Integration Wohnen has sent you a document to review and sign.

Tenancy Agreement_Integration_Wohnen.pdf

REVIEW DOCUMENT: https://secure-esign.example.com/review?env=7f3a91c2

This document expires in 24 hours. If you do not sign, the agreement will be cancelled automatically.

Do Not Share This Email. This email contains a secure link. Please do not share this email, link, or access code with others.""", html="only"),
"""<html><body style="background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center" style="background:#ffffff;border-top:6px solid #ffcc22">
<tr><td style="padding:24px;text-align:center">
<p style="font-size:18px">Integration Wohnen has sent you a document to review and sign.</p>
<p style="font-size:14px;color:#555">Tenancy Agreement_Integration_Wohnen.pdf</p>
<p><a href="https://secure-esign.example.com/review?env=7f3a91c2" style="background:#ffcc22;color:#000;padding:12px 28px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></p>
<p style="font-size:12px;color:#c00">This document expires in 24 hours. If you do not sign, the agreement will be cancelled automatically.</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888">Do Not Share This Email<br>This email contains a secure link. Please do not share this email, link, or access code with others.</td></tr>
</table></body></html>
"""),

S("en", 0, "other", "UN Refugee Compensation Unit <payments.unit@unrcu-office.example.org>", "ATTN: DEAR BENEFICIARY - YOUR COMPENSATION FUND",
"""ATTENTION: DEAR BENEFICIARY,

This is to officially inform you that your organisation has been listed among the 120 beneficiaries selected for the 2025 Refugee Host Compensation Payment approved by the United Nations in conjunction with the World Bank and the European Union.

Your compensation sum of US$ 1,500,000.00 (One Million Five Hundred Thousand United States Dollars) has been loaded into an ATM MASTER CARD which will be delivered to your office address by diplomatic courier.

To receive your card you are required to reconfirm the following:
1. Full name of beneficiary
2. Office address and direct telephone
3. Copy of ID of the head of department
4. The delivery/insurance fee of US$ 285 only (payable by iTunes or Steam gift cards)

Note that you are to keep this information confidential until your fund is received, to avoid double claiming.

Yours faithfully,
Dr. Williams Anderson
Director, Payment Verification
Reply to: dr.williams.anderson@unrcu-office.example.org"""),

S("en", 0, "other", "Wallet Support <support@coinvault-wallet.example.net>", "Action required: withdrawal of 0.4178 BTC pending",
"""Dear Customer,

A withdrawal of 0.4178 BTC (approx. 38,420.11 EUR) from your CoinVault account to an external address is pending.

Requested: today 04:12 UTC
Device: Windows 10 - Lagos, NG

If you did NOT request this withdrawal, cancel it immediately and verify your identity here:
https://coinvault-wallet.example.net/secure/cancel?id=W-88201-XQ

Unverified accounts will be frozen within 12 hours and funds may be lost.

CoinVault Security Team
This is an automated message, please do not reply."""),

# ---------------- auto ----------------
A("en", 0, "header_only", "Dr. Catherine Mbeki-Lowe <c.mbekilowe@migration-lab.example.org>", "Automatic reply: Your questions on the landlord network",
"""Thank you for your message.

I am on fieldwork in Amman and Irbid until 15 March with very irregular internet access. I will reply as soon as I can after my return. For anything concerning the Housing Transitions project, please contact our project manager Jonas Eberle (j.eberle@migration-lab.example.org).

Best wishes,
Catherine Mbeki-Lowe""", headers={"Thread-Topic": "Your questions on the landlord network", "X-MS-Has-Attach": "",
"X-MS-Exchange-Organization-AuthAs": "Anonymous", "X-Auto-Response-Suppress": "All"}, date="2026-02-16 08:02"),

A("en", 0, "header_only", "Mail Delivery Subsystem <mailer-daemon@googlemail.example.com>", "Delivery Status Notification (Failure)",
"", raw=bounce_builder("berhane.t.1990@example.com", "Your appointment on 4 December", "5.1.1",
"smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.",
"mx.googlemail.example.com",
"** Address not found **\r\n\r\nYour message wasn't delivered to berhane.t.1990@example.com because the address couldn't be found, or is unable to receive mail.\r\n\r\nLearn more here: https://support.example.com/mail/answer/6596\r\n\r\nThe response from the remote server was:\r\n550 5.1.1 The email account that you tried to reach does not exist.",
orig_date="Tue, 02 Dec 2025 10:41:07 +0100"), headers={"Auto-Submitted": "auto-replied"}, date="2025-12-02 10:41"),

with_html(A("en", 0, "html_only", "Housing First Europe Digest <digest@hf-europe.example.org>", "Housing & Migration Digest #37: tenancy sustainment, landlord incentives, new toolkit",
"""Housing & Migration Digest #37

In this issue:
- Tenancy sustainment after the first year: what the evidence says
- Landlord incentives compared: guarantee funds in five countries
- New toolkit: accompanying refugees to viewings
- Upcoming webinars

Read online: https://hf-europe.example.org/digest/37
You are receiving this because you subscribed to the Digest. Unsubscribe: https://hf-europe.example.org/u/9c2e""",
headers={"List-Id": "Housing & Migration Digest <digest.hf-europe.example.org>",
         "List-Unsubscribe": "<https://hf-europe.example.org/u/9c2e>, <mailto:leave-digest@hf-europe.example.org>",
         "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}, html="only"),
"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Digest #37</title></head>
<body style="margin:0;background:#eef2f5">
<div style="max-width:640px;margin:auto;background:#fff;font-family:Georgia,serif">
<h1 style="background:#1d4e6b;color:#fff;padding:20px;margin:0">Housing &amp; Migration Digest #37</h1>
<div style="padding:20px">
<p>In this issue:</p>
<ul>
<li><a href="https://hf-europe.example.org/digest/37#a1">Tenancy sustainment after the first year: what the evidence says</a></li>
<li><a href="https://hf-europe.example.org/digest/37#a2">Landlord incentives compared: guarantee funds in five countries</a></li>
<li><a href="https://hf-europe.example.org/digest/37#a3">New toolkit: accompanying refugees to viewings</a></li>
<li><a href="https://hf-europe.example.org/digest/37#a4">Upcoming webinars</a></li>
</ul>
<p><a href="https://hf-europe.example.org/digest/37">Read online</a></p>
</div>
<p style="font-size:11px;color:#777;padding:20px">You are receiving this because you subscribed to the Digest.
<a href="https://hf-europe.example.org/u/9c2e">Unsubscribe</a></p>
</div></body></html>
"""),

A("en", 0, "other", "PollPal <no-reply@pollpal.example.com>", "New response to your poll \"Workshop dates January\"",
"""Hi,

Samira K. has responded to your poll "Workshop dates January".

Tue 13 Jan, 9:30-12:00: yes
Thu 15 Jan, 14:00-16:30: if need be
Mon 19 Jan, 9:30-12:00: no

View all 7 responses: https://pollpal.example.com/p/k2w9x

You are receiving this email because you created this poll. Change your notification settings: https://pollpal.example.com/settings

-- PollPal, scheduling made easy. Please do not reply to this email.""",
headers={"Auto-Submitted": "auto-generated", "X-Mailer": "PollPal Notifier"}),
]
