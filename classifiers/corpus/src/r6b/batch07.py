"""r6b batch 07: Turkish tenant_request (on behalf, a mentor, a forwarded listing, a reply, owner's conditions;
one urgent: newborn without a place) and fourteen Turkish inquiries (address registration, Kita, Kindergeld,
school, mosque and parents' associations, press, a neighbour, furniture, a volunteer, how the programme works,
a renovation firm, naturalisation, Sperrmüll)."""
from mailwriter import T, I

MAILS = [
T("tr", 1, "phone", "Baran Yıldırım <baran.yildirim@example.net>", "bebek dogdu kalacak yer yok",
"""merhaba esim dun dogum yapti, kiz. 3 aydir arkadasimin evinde kaliyorduk ama bebek gelince artik olmaz dedi, 5 kisi 2 odada. pazartesi hastaneden cikiyoruz, nereye gidecegimizi bilmiyoruz. Heim'da yer var mi, ne yapmaliyim. Baran 0152 77340912""", date="2026-05-08 22:37", charset="windows-1254"),

T("tr", 0, "on_behalf", "Deniz Arı <deniz.ari@example.com>", "kız kardeşim Rojda – ev sahibi görüşmek istiyor",
"""Merhaba,

kız kardeşim Rojda Arı sizin programınızda, Bensberg'deki Heim'da kalıyor. Hand'da bir ev buldu, ev sahibi onunla ve sizden biriyle tanışmak istiyor. Rojda'nın Almancası A1, ben de hafta içi Düsseldorf'ta çalışıyorum.

Ev sahibi perşembe 16:00'yı önerdi. Sizden biri gelebilir mi?

Deniz Arı (ağabeyi)"""),

T("tr", 0, "on_behalf", "Sevgi Uçar <sevgi.ucar@example.org>", "Kaya ailesi – boya karşılığı kira",
"""Merhaba, ben gönüllü mentorum, Kaya ailesine (Mardin'den, 6 kişi) eşlik ediyorum. Refrath'ta buldukları evin sahibi şunu önerdi: daire boyasız teslim edilir, aile kendisi boyarsa ilk ay kira almaz. Aile istiyor. Sizce Jobcenter buna itiraz eder mi, sözleşmeye nasıl yazılmalı?
Sevgi Uçar"""),

T("tr", 0, "clean", "Kadir Şimşek <kadir.simsek@example.com>", "sözleşme haftaya – Heim'a ne zaman söyleyeyim",
"""Merhaba, ev sahibi sözleşmeyi gelecek çarşamba imzalayacağımızı söyledi, anahtarlar 1'inde. Heim yönetimine ne zaman haber vermem lazım, yoksa siz mi bildiriyorsunuz? Odayı boşaltmak için kaç günüm var?
Kadir"""),

T("tr", 0, "broken", "Gülizar Tekin <gulizar.tekin@example.net>", "Kaution taksit",
"""Merhaba, ev sahibi iyi insan, Kaution'u 3 taksitte ödememi kabul etti. Jobcenter'den Darlehen almadan böyle yapabilir miyim, yoksa Jobcenter'e söylemem gerekir mi? Sonra sorun çıkmasın."""),

T("tr", 0, "reply", "Kadir Şimşek <kadir.simsek@example.com>", "Re: Besichtigung Paffrath",
"""Evi gördüm, güzel. Ama ev sahibi şehirden bir Bürgschaft istiyor, "başka şehirlerde belediye veriyormuş" dedi. Sizde böyle bir şey var mı?

Am 21.04.2026 schrieb Integration Wohnen:
> Lieber Herr Şimşek, der Vermieter erwartet Sie am Dienstag um 17 Uhr in Paffrath."""),

T("tr", 0, "forward", "Aras Demir <aras.demir@example.org>", "Fwd: 2-Zimmer-Wohnung Bergisch Gladbach-Heidkamp",
"""bu ev olur mu? ev sahibi yazdı, Jobcenter ile sorun yok diyor. ben yalnızım, fiyat uygun mu

-------- Weitergeleitete Nachricht --------
Betreff: 2-Zimmer-Wohnung Bergisch Gladbach-Heidkamp
Von: Ralf Otten <r.otten@example.net>

Guten Tag Herr Demir,
die Wohnung (48 m², 2. OG) ist noch frei. Kaltmiete 495 €, Nebenkosten 150 €. Besichtigung nach Absprache.
Mit freundlichen Grüßen
R. Otten"""),

T("tr", 0, "clean", "Nurcan Eren <nurcan.eren@example.com>", "Staffelmiete",
"""Merhaba, ev sahibi sözleşmeye Staffelmiete yazmak istiyor: her yıl 20 € artacak. Bugün Jobcenter sınırının içinde ama 2 yıl sonra üstüne çıkıyor. Bunu imzalarsam sonra Jobcenter farkı ödemez mi?
Nurcan"""),

I("tr", 0, "phone", "Hakan Özdemir <hakan.ozdemir@example.net>", "adres degisikligi",
"""merhaba Heimdan ciktik, Refrath'ta evimiz var artik. Ummeldung'u nerede yapiyoruz, Bürgerbüro'dan Termin mi lazim yoksa direkt gidebilir miyiz""", charset="windows-1254"),

I("tr", 0, "clean", "Melek Acar <melek.acar@example.org>", "Kita yeri",
"""Merhaba, Paffrath'a taşındık, oğlumun eski Kita'sı artık çok uzak. Yeni eve yakın bir Kita için başvuruyu nereye yapıyoruz? Jugendamt mı, yoksa Kita'nın kendisine mi? Yanlış yere yazdıysam özür dilerim.
Melek Acar"""),

I("tr", 0, "broken", "Recep Güler <recep.guler@example.com>", "Kindergeld adres",
"""Merhaba. Yeni adrese taşındık. Kindergeld için Familienkasse'ye kendimiz mi yazmalıyız yoksa Ummeldung'dan sonra onlar otomatik görüyor mu?"""),

I("tr", 0, "clean", "Selin Kurt <selin.kurt@example.net>", "okul değişikliği",
"""Merhaba, Heidkamp'a taşındık. Kızım 2. sınıfta, eski okulu Bensberg'de. Yakındaki Grundschule'ye geçmesi için kime başvurmalıyız? Sizin birim mi, Schulamt mı?
Selin"""),

I("tr", 0, "formal", "Moschee-Verein Bergisch Gladbach e.V. <vorstand@moschee-gl.example.org>", "Davet: Cemaat bilgilendirme akşamı",
"""Değerli yetkililer,

Derneğimiz (fiktiv) 7 Haziran Cumartesi akşam namazından sonra cemaatimize yönelik bir bilgilendirme akşamı düzenliyor. Cemaatimizde ev sahibi olan ve sizin programınızı merak eden çok kişi var, ayrıca yurtlarda kalan yeni gelenler de geliyor.

Programınızı 20-30 dakika tanıtmanızı çok isteriz. Türkçe-Almanca tercüme bizden.

Saygılarımızla
Yönetim Kurulu adına
Mustafa Eren"""),

I("tr", 0, "clean", "Türk Veliler Derneği <iletisim@veliler-rb.example.org>", "veli toplantısına davet",
"""Merhaba, biz Rhein-Berg'de Türk veliler derneğiyiz (fiktiv). Eylül'deki veli buluşmamızda konu "taşınma, okul değişikliği ve Kita". Sizin birimden biri 15 dakika konuşabilir mi? Yeni taşınan ailelerin çok sorusu var.
Dilek Sarı, dernek başkanı"""),

I("tr", 0, "formal", "Orhan Bayraktar <o.bayraktar@haber-koeln.example.com>", "Basın talebi – Türkçe gazete",
"""Merhaba,

Köln merkezli Türkçe haftalık bir gazetede (fiktiv) muhabirim. Bergisch Gladbach'taki "yurttan eve" programınız hakkında bir haber hazırlıyoruz. Özellikle Türkiye kökenli ev sahiplerinin programa katılımını merak ediyoruz.

Telefonla kısa bir röportaj mümkün mü? Ya da birkaç soruyu yazılı iletebilirim.

Saygılarımla
Orhan Bayraktar"""),

I("tr", 0, "broken", "Sibel Aydoğan <sibel.aydogan@example.net>", "yurdun önündeki çöpler",
"""Merhaba, Schildgen'deki yurdun hemen yanında oturuyorum. İki haftadır yurdun çöp konteynerleri taşıyor, kediler sokağa dağıtıyor, koku var. Kime söylemem lazım? Komşu olarak rahatsızız ama kimseyi suçlamak istemiyorum.
Sibel"""),

I("tr", 0, "phone", "Yasin Koç <yasin.koc@example.com>", "esya bagisi",
"""merhaba annemin evini bosaltiyoruz. yemek masasi 6 sandalye, koltuk takimi, buzdolabi, hepsi temiz. ilk evine tasinan birine verelim istiyoruz. Herkenrath'tan kendileri almali. Yasin 0170 5521738"""),

I("tr", 0, "clean", "Derya Yavuz <derya.yavuz@example.org>", "gönüllü olmak istiyorum",
"""Merhaba, emekli öğretmenim, Türkçe, Almanca ve biraz Kürtçe biliyorum. Haftada bir-iki gün gönüllü olarak tercüme ya da form doldurmada yardımcı olabilirim. Nasıl başvurabilirim?
Derya Yavuz"""),

I("tr", 0, "clean", "Tuncay Er <tuncay.er@example.net>", "program nasıl işliyor?",
"""Merhaba, Wohnungsführerschein diye bir şey duydum, tam anlamadım. Kurs kimlere açık, ne anlatılıyor, sonunda belge veriliyor mu? Benim evim de yok ev arayan bir yakınım da yok, derneğimizde anlatmak için soruyorum.
Tuncay Er"""),

I("tr", 0, "clean", "Usta Renovierung <info@usta-renovierung.example.com>", "Taşınma öncesi tadilat hizmeti",
"""Merhaba,

Bergisch Gladbach'ta boya, parke ve küçük tadilat işleri yapan bir firmayız. Yurttan çıkıp eve taşınan aileler ve ev sahipleri için Einzugsrenovierung'da uygun fiyat veriyoruz, Jobcenter'e Kostenvoranschlag da hazırlıyoruz.

Broşürümüz ekte, işbirliği için görüşebilir miyiz?

Usta Renovierung (fiktiv)
Tel. 02202 3340871""", attach=["Usta_Broschuere.pdf"], html="alt"),

I("tr", 0, "phone", "Veysel Ateş <veysel.ates@example.com>", "Einbürgerung",
"""merhaba vatandaslik basvurusu icin Termin lazim, online sistem hep dolu. sizin uzerinizden olur mu, yoksa kime yazmaliyim""", charset="windows-1254"),

I("tr", 0, "oneliner", "Gönül Balcı <gonul.balci@example.net>", "Sperrmüll",
"""Taşındıktan sonra eski eşyalar için Sperrmüll Termin'i nasıl alınıyor? Teşekkürler."""),
]
