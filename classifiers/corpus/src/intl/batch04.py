# English: machine mail (auto) and spam
from common import m, dsn, mdn

OOO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "X-Auto-Response-Suppress": "All"}

MAILS = [
# ------------------------------------------------------------------ auto
m("auto", "en", "clean", "Dr. Elena Marković <e.markovic@uni-research.example.org>", "Out of office: Re: Research interview request",
"""Thank you for your email. I am currently on research leave and will have limited access to email until 6 January 2026. For urgent matters regarding the project, please contact the project office at project-office@uni-research.example.org.

Best regards,
Elena Marković""", hdr=dict(OOO), date="2025-12-19 09:02"),

m("auto", "en", "header_only", "Anna Berger <a.berger@rheinhome.example.com>", "Automatic reply: Candidates for Gronau flat",
"""I am out of the office until Monday, 11 August with no access to e-mail. Your message will not be forwarded. For lettings enquiries please contact lettings@rheinhome.example.com.""",
hdr={"Thread-Topic": "Candidates for Gronau flat", "X-MS-Has-Attach": "", "X-MS-Exchange-Organization-SCL": "-1",
     "X-MS-TNEF-Correlator": "", "Content-Language": "en-US"}, date="2025-08-01 14:33"),

m("auto", "en", "clean", "James Whitfield <james.whitfield@example.com>", "Re: Your flat in Refrath – next steps",
"""Hi,

I'm travelling until 3 February and will reply when I'm back. If it's about the flat in Refrath, please call my neighbour Mr. Krause (0170 23450012).

James

(This is an automated reply.)""", hdr={"Auto-Submitted": "auto-replied", "Precedence": "bulk", "X-Google-Smtp-Source": "AGHT+IF0000example"}, tz="+0000"),

m("auto", "en", "header_only", "Markus Weber <markus.weber@jobcenter-rbk.example.org>", "Automatic reply: Mr. Tesfaye – move-out date",
"""Thank you for your message. I am currently absent. Your e-mail will not be forwarded automatically. In urgent cases please contact the team mailbox.""",
hdr={"Thread-Topic": "Mr. Tesfaye – move-out date", "X-MS-Exchange-Organization-AutoReplyState": "1", "Content-Language": "de-DE"}, fmt="html"),

dsn("en", "header_only", "k.asante.old@example.net", "5.1.1", "550 5.1.1 <k.asante.old@example.net>: Recipient address rejected: User unknown in virtual mailbox table",
    "Your appointment with the Auszugsmanagement", orig_date="Tue, 4 Mar 2025 10:11:02 +0100", mta="mail.example.net",
    frm="MAILER-DAEMON@mail.example.net (Mail Delivery System)", date="2025-03-04 10:11"),

dsn("en", "header_only", "grace.okafor@example.org", "4.2.2", "452 4.2.2 The email account that you tried to reach is over quota.",
    "Your certificate of attendance", orig_date="Fri, 28 Mar 2025 08:40:19 +0100", mta="mx.example.org",
    frm="Mail Delivery Subsystem <mailer-daemon@mx.example.org>", subj="Delivery Status Notification (Delay)", action="delayed",
    human="This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipient has been delayed:\n\n     grace.okafor@example.org\n\nMessage will be retried for 2 more day(s)\n\nThe recipient's mailbox is full.\n",
    date="2025-03-28 12:41"),

dsn("en", "header_only", "olena.k@example.com", "5.4.1", "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)",
    "Wohnworkshop Mai – Anmeldebestätigung", orig_date="Wed, 23 Apr 2025 15:00:00 +0200", mta="EUR05-AM6-obe.outbound.protection.example.com",
    frm="Microsoft Outlook <postmaster@outbound.example.com>", subj="Undeliverable: Wohnworkshop Mai – Anmeldebestätigung",
    human="Delivery has failed to these recipients or groups:\n\nolena.k@example.com\nThe email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.\n\nDiagnostic information for administrators:\n\nGenerating server: EUR05-AM6-obe.outbound.protection.example.com\n\nolena.k@example.com\nRemote Server returned '550 5.4.1 Recipient address rejected: Access denied.'\n",
    hdr={"X-MS-Exchange-Message-Is-Ndr": ""}, date="2025-04-23 15:01"),

dsn("en", "header_only", "yonas.t@example.net", "5.2.2", "552 5.2.2 Mailbox full",
    "Re: i need house please", orig_date="Mon, 12 May 2025 09:30:44 +0200", mta="smtp.example.net",
    frm="postmaster@smtp.example.net", subj="Returned mail: see transcript for details", date="2025-05-12 09:31"),

mdn("en", "header_only", "Helen Carter <helen.carter@example.net>", "Lease and deposit – information for landlords",
"""Your message

  To: Helen Carter
  Subject: Lease and deposit – information for landlords
  Sent: Tuesday, 9 September 2025 11:04:21 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna

was read on Tuesday, 9 September 2025 13:27:55 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.""", date="2025-09-09 13:28"),

mdn("en", "header_only", "Rosa Mendes <rosa.mendes@example.com>", "Appointment confirmation",
"""This is a Return Receipt for the mail that you sent to rosa.mendes@example.com.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.""",
ua="Mozilla Thunderbird; Thunderbird 128.3.1", disposition="manual-action/MDN-sent-manually; displayed",
subj="Return Receipt (displayed) - Appointment confirmation"),

m("auto", "en", "other", "Refugee Housing Network <newsletter@rhnetwork.example.org>", "Newsletter November 2025: Landlord outreach that works",
"""REFUGEE HOUSING NETWORK – NEWSLETTER 11/2025

In this issue:
* Five lessons from municipal landlord networks
* New study: discrimination on the rental market (summary)
* Webinar: "Guarantees for landlords – what works?" on 3 December
* Job posting: project coordinator (part-time)

Read online: https://rhnetwork.example.org/newsletter/2025-11

You receive this newsletter because you subscribed at one of our events.
Unsubscribe: https://rhnetwork.example.org/unsubscribe?u=kim-gl""",
hdr={"List-Id": "Refugee Housing Network Newsletter <newsletter.rhnetwork.example.org>",
     "List-Unsubscribe": "<https://rhnetwork.example.org/unsubscribe?u=kim-gl>, <mailto:unsubscribe@rhnetwork.example.org>",
     "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}, fmt="alt", date="2025-11-06 07:00"),

m("auto", "en", "other", "Integration Research Digest <digest@lists.migration.example.net>", "[migration-research] Weekly digest, Vol 48, Issue 12",
"""Send migration-research mailing list submissions to
	migration-research@lists.migration.example.net

To subscribe or unsubscribe via the World Wide Web, visit
	https://lists.migration.example.net/mailman/listinfo/migration-research

Today's Topics:

   1. CfP: Housing and Migration Workshop (J. Smith)
   2. New report on reception centres in Europe (A. Kowalski)
   3. Re: Data on secondary movement (M. Osei)

----------------------------------------------------------------------

Message: 1
Date: Mon, 16 Mar 2026 09:12:01 +0000
From: J. Smith
Subject: CfP: Housing and Migration Workshop

Dear colleagues, we invite abstracts for a two-day workshop on housing pathways of refugees...""",
hdr={"List-Id": "Migration research discussion <migration-research.lists.migration.example.net>",
     "List-Unsubscribe": "<https://lists.migration.example.net/mailman/options/migration-research>, <mailto:migration-research-request@lists.migration.example.net?subject=unsubscribe>",
     "List-Post": "<mailto:migration-research@lists.migration.example.net>", "Precedence": "list", "X-BeenThere": "migration-research@lists.migration.example.net"},
tz="+0000", date="2026-03-17 06:00"),

m("auto", "en", "clean", "Webinar Service <noreply@webinar-tool.example.com>", "Registration confirmed: Guarantees for landlords – what works?",
"""Hi Integration Wohnen,

Thank you for registering for "Guarantees for landlords – what works?".

Date & Time: Dec 3, 2025 02:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna
Join from a PC, Mac, iPad or Android: https://webinar-tool.example.com/w/81234567890?tk=example

Add to calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

You can cancel your registration at any time.

Please do not reply to this email.""", hdr={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "OOF, AutoReply"}, fmt="html", date="2025-11-12 10:21"),

m("auto", "en", "other", "Housing Portal <no-reply@flatportal.example.com>", "You have a new message about your listing",
"""Hello,

you have received a new message regarding the listing "2-room flat, Bergisch Gladbach".

Log in to read and answer the message: https://flatportal.example.com/messages

This email was sent automatically. Replies to this address are not monitored.

Manage your notification settings: https://flatportal.example.com/settings/notifications""",
hdr={"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://flatportal.example.com/settings/notifications>"}, fmt="alt"),

m("auto", "en", "clean", "Support Desk <support-noreply@caseflow-software.example.com>", "[Ticket #48213] We received your request",
"""Hello,

Thank you for contacting CaseFlow Support. This is an automatic confirmation that we have received your request.

Ticket number: #48213
Subject: Demo request

A member of our team will get back to you within 2 business days.

CaseFlow Support""", hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "Precedence": "auto_reply"}),

m("auto", "en", "other", "Survey Tool <noreply@survey.example.net>", "Reminder: KIM evaluation survey closes in 3 days",
"""This is a reminder that the survey "KIM evaluation 2025 – municipalities" will close on 28 February 2026.

Continue your response: https://survey.example.net/r/KIM2025?token=example

If you have already completed the survey, please ignore this message.

-- 
This message was sent automatically by the survey system.""", hdr={"Auto-Submitted": "auto-generated"}, date="2026-02-25 06:30"),

m("auto", "en", "header_only", "Claire Dubois-Schmitz <claire.ds@example.com>", "Re: Your flat in Herkenrath",
"""I'm away until the 14th with limited access to email. I'll get back to you as soon as possible.

Claire""", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, tz="+0100"),

m("auto", "en", "other", "Foundation News <news@foundation.example.org>", "Inclusive Housing 2026 – deadline extended",
"""Dear partners,

the deadline for the funding call "Inclusive Housing 2026" has been extended to 30 April 2026.

More information and FAQ: https://foundation.example.org/inclusive-housing

You are receiving this email because you are on our partner mailing list. Unsubscribe here.""",
hdr={"List-Id": "<partners.foundation.example.org>", "List-Unsubscribe": "<mailto:unsubscribe-partners@foundation.example.org>", "Precedence": "bulk"}, fmt="html"),

m("auto", "en", "clean", "Calendar <calendar-noreply@example.com>", "Invitation accepted: Viewing Hebborn flat @ Thu 12 Jun 2025 15:00",
"""Svetlana Jensen has accepted this invitation.

Viewing Hebborn flat
When: Thursday 12 June 2025 15:00 – 15:30 (Central European Time - Berlin)
Who: integration-wohnen@stadt-gl.de - organiser, Svetlana Jensen

Invitation from Calendar. You are receiving this email because you are an attendee on the event.""",
hdr={"Auto-Submitted": "auto-generated"}, fmt="alt", date="2025-06-10 19:03"),

# ------------------------------------------------------------------ spam
m("spam", "en", "other", "IT Service Desk <helpdesk@mailbox-verify.example.net>", "Your mailbox is almost full (98%)",
"""Dear integration-wohnen@stadt-gl.de,

Your mailbox has exceeded the storage limit set by your administrator. You may not be able to send or receive new messages until you re-validate your mailbox.

To re-validate your mailbox, please CLICK HERE: http://stadt-gl-webmail.example.net/verify

Failure to verify within 24 hours will result in permanent deactivation.

IT Service Desk
© 2025 Microsoft Corporation""", fmt="html"),

m("spam", "en", "other", "Euro Millions Claims Dept <claims@euro-lotto-winners.example.com>", "CONGRATULATIONS!!! YOU HAVE WON €850,000.00",
"""ATTN: WINNER,

We are pleased to inform you that your email address was selected in our annual INTERNATIONAL EMAIL LOTTERY PROGRAM held in Madrid, Spain. Your email won the sum of €850,000.00 (Eight Hundred and Fifty Thousand Euro).

Ticket No: 564-7721-902
Batch No: EM/09/2025

To claim your prize contact our agent Mr. Carlos Ramirez with your FULL NAME, ADDRESS, PHONE and a copy of your ID. A processing fee of €250 is required.

Congratulations once again!
Mrs. Maria Lopez
Promotion Manager"""),

m("spam", "en", "other", "Daniel Greaves <daniel.greaves1962@example.net>", "Apartment in Bergisch Gladbach – keys by post",
"""Hello,

Thank you for your interest in my apartment in Bergisch Gladbach (3 rooms, 80 m², 450 euro warm). I am currently in London for work with my family and I cannot come back to Germany to show the apartment.

I prefer that you send the deposit (two months rent, 900 euro) by Western Union to my name and then I post you the keys and the contract by DHL. If you don't like the apartment you can send back the keys and I refund the money.

Please send me your full name and address so I prepare the contract.

God bless,
Daniel Greaves""", tz="+0000"),

m("spam", "en", "other", "SEO Expert <rank.top@seo-boost.example.com>", "Rank your website #1 on Google",
"""Hi,

I was checking your website stadt-gl.de and noticed it is not ranking on the first page of Google for many important keywords. I can help you with on-page SEO, backlinks and local SEO at very affordable prices.

Shall I send you a price list and a free site audit?

Regards,
Rahul
SEO Consultant"""),

m("spam", "en", "other", "Crypto Desk <profits@btc-gains.example.net>", "Turn €250 into €12,000 in 30 days – guaranteed",
"""Dear Investor,

Our AI-powered trading bot has made more than 4,800 people rich this year. Start with only €250 and watch your money grow every single day. No experience needed!

Register now before the offer closes: https://btc-gains.example.net/join

Limited places available.""", fmt="html"),

m("spam", "en", "other", "Barrister James Okoro <j.okoro.chambers@example.org>", "CONFIDENTIAL BUSINESS PROPOSAL",
"""Dear Friend,

I am Barrister James Okoro, personal attorney to the late Engr. Michael Schmidt, a foreign contractor who died in a car accident with his family. He left the sum of USD 7.5 million in a bank here. Since you share the same nationality, I want to present you as the next of kin so that the fund can be released to you.

We will share 50/50. Reply with your full details.

Yours faithfully,
Barrister James Okoro (Esq.)"""),

m("spam", "en", "other", "DHL Express <tracking@dhl-parcel-notice.example.com>", "Your parcel could not be delivered",
"""DHL

Your package could not be delivered on 14/08/2025 because no customs fee was paid.

Amount due: 2.99 EUR

Pay now to reschedule delivery: http://dhl-parcel-notice.example.com/pay

If payment is not received within 48 hours the parcel will be returned to the sender.""", fmt="html", date="2025-08-14 04:12"),

m("spam", "en", "other", "Microsoft 365 <no-reply@m365-security.example.net>", "Password expiry notice for integration-wohnen@stadt-gl.de",
"""Your password for integration-wohnen@stadt-gl.de expires today.

Keep current password: https://m365-security.example.net/keep?u=integration-wohnen

If no action is taken your account will be signed out of all devices.

Microsoft 365 Admin Center""", fmt="html"),

m("spam", "en", "other", "Mrs. Linda Howard <linda.howard.flat@example.com>", "Re: Flat available for refugee family",
"""Good day,

I saw that your office helps refugees to find flats. I have a nice furnished apartment in Bergisch Gladbach-Refrath (2 rooms, 65 m²) that I want to give for only 390 euro per month including everything, because I am a missionary in Cameroon now and I just want good people to take care of it.

The keys are with the Airbnb agency. To reserve the apartment the family only need to pay the first rent and deposit (1,170 euro) to the Airbnb payment service, then the agency will deliver the keys to them. No viewing is possible before payment because I am abroad.

Please give my email to families who are interested.

Linda Howard""", tz="+0100"),

m("spam", "en", "other", "Global Pharmacy <deals@meds-discount.example.net>", "Save up to 80% on your prescriptions",
"""Cheap meds without prescription! Viagra, Cialis, weight loss pills. Worldwide discreet shipping. Order now and get 10 free pills.

Click here to order >>>"""),

m("spam", "en", "other", "Accounts Payable <invoice@billing-center.example.com>", "Outstanding invoice INV-20931 – final reminder",
"""Dear customer,

please find attached the outstanding invoice INV-20931 for services rendered. Payment of 1,480.00 EUR is overdue. Open the attached document for payment details.

Accounts Payable""", att=[("INV-20931.pdf.exe", "application/octet-stream")]),

m("spam", "en", "other", "Business Loans <funding@quickloans.example.org>", "Loan offer at 2% interest",
"""Do you need a loan for personal or business use? We offer loans from €5,000 to €5,000,000 at 2% interest rate. No credit check. Fast approval within 24 hours. Contact us now with: Name, Amount needed, Duration, Phone."""),

m("spam", "en", "other", "Web Design Pro <hello@webdesign-pro.example.net>", "Quick question about stadt-gl.de",
"""Hi there,

Your website looks a bit outdated on mobile. We redesign government and NGO websites for a flat fee of $499. 100% money back guarantee.

Interested? Just reply "YES".

Best,
Kevin"""),

m("spam", "en", "other", "Security Team <alert@bank-secure.example.com>", "Unusual sign-in activity detected",
"""We detected an unusual sign-in to your online banking account from a new device (Lagos, Nigeria).

If this was not you, please confirm your identity immediately:
https://bank-secure.example.com/confirm

Failure to confirm within 12 hours will lead to suspension of your account.""", fmt="html"),

m("spam", "en", "other", "Pastor Samuel Eze <samuel.eze.rentals@example.net>", "Accommodation for refugees – deposit first",
"""Dear Sir,

I have 6 apartments in Bergisch Gladbach for refugees. Rent is paid by government so no problem. But because of many fake people I need the deposit of 500 euro per apartment first by MoneyGram or bitcoin to my agent in Ghana, then I send the contracts and address.

Send me the names of the families today.

Pastor Samuel Eze"""),

m("spam", "en", "other", "Adult Dating <meet@hot-singles.example.com>", "3 singles near Bergisch Gladbach want to meet you",
"""Hi! Anna (29), Julia (34) and Kate (27) viewed your profile. They are only 2 km away. Click to see their photos."""),

m("spam", "en", "other", "Conference Registry <registry@world-congress.example.org>", "Invitation to speak at the World Congress on Social Housing (Dubai)",
"""Dear Esteemed Colleague,

Based on your outstanding contribution to housing and integration, you have been nominated as a KEYNOTE SPEAKER at the 7th World Congress on Social Housing in Dubai.

To confirm your slot, kindly pay the speaker registration fee of USD 799 within 5 days. Accommodation will be covered upon confirmation.

Organizing Committee"""),

m("spam", "en", "other", "Gift Card Rewards <rewards@amazn-gifts.example.com>", "You've been chosen! Claim your €500 gift card",
"""Congratulations! As a loyal customer you have been selected to receive a €500 gift card. Answer 3 short questions and pay only €1 shipping to receive your card.

CLAIM NOW""", fmt="html"),
]

from common import set_dates  # noqa: E402
set_dates(MAILS, {
    "Re: Your flat in Refrath – next steps": "2026-01-26 11:02",
    "Inclusive Housing 2026 – deadline extended": "2026-04-08 07:30",
})

if __name__ == "__main__":
    import build
    build.main()
