"""Batch 11: a few tenant mails in legacy charsets (German mixed with Arabic / Russian / Ukrainian script)."""
from mailwriter import T

MAILS = [
T("de", 0, "mixed_language", "Rami Khalil <rami.khalil@example.net>", "Wohnung Refrath - Vertrag",
"""Hallo Frau Yilmaz,

ich bin Rami Khalil, Sie kennen mich vom Workshop. Ich habe eine Wohnung in Refrath gefunden, 2 Zimmer, 49 qm, 510 Euro warm. Der Vermieter hat mir den Mietvertrag gegeben, aber ich verstehe Seite 2 nicht gut.
أرجو المساعدة في فهم العقد قبل التوقيع، خصوصا موضوع الكفالة والتدفئة.
Kann ich am Dienstag zu Ihnen kommen?

Danke und viele Gruesse
Rami""", charset="windows-1256", enc="8bit"),

T("de", 0, "mixed_language", "Sergej Morozov <sergej.morozov@example.com>", "Wohnung fuer Familie",
"""Guten Tag,

ich heisse Sergej, wir wohnen in der Unterkunft in Gronau, 3 Personen. Ich suche eine Wohnung, 2-3 Zimmer, bis 650 Euro warm. Ich arbeite als Fahrer, meine Frau macht Deutschkurs.
Извините, пишу без умлаутов, у меня русская клавиатура. Можно ли записаться на Wohnworkshop в следующем месяце?

Mit freundlichen Gruessen
Sergej Morozov
0157 23450707""", charset="koi8-r", enc="8bit"),

T("de", 0, "mixed_language", "Oksana Tkachenko <oksana.tkachenko@example.org>", "Zertifikat Workshop / сертифікат",
"""Guten Tag,

ich war im Oktober bei allen Terminen vom Wohnworkshop in Bensberg. Das Zertifikat habe ich noch nicht bekommen.
Будь ласка, надішліть мені сертифікат електронною поштою, він потрібен для квартири в Гебборні.
Vielen Dank!

Oksana Tkachenko""", charset="windows-1251", enc="quoted-printable", date="2025-11-12 19:40"),
]
