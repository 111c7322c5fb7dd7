"""r5mix batch 05: English inquiry (a student, a general volunteer, a company donation, mail meant for the
foreigners' office, a webinar invitation) and Turkish tenant_request (own cases in careful, phone-typed and
ASCII Turkish, German words mixed in, a reply to the team's German mail, a son and a neighbour writing for
others; two urgent)."""
from mailwriter import T, I

MAILS = [
I("en", 0, "clean", "Madeleine Okafor-Price <m.okaforprice@student.example.com>", "Master's thesis – short interview?",
"""Hi,

I'm a Canadian master's student currently on exchange at the University of Cologne, working on my thesis about "housing readiness" programmes for refugees in Germany and Canada.

I came across your Wohnungsführerschein workshop and would love to learn how it is designed: who developed the curriculum, how long it is, and how you measure whether it helps participants find housing.

Would someone be available for a 30-minute interview (online or in person) sometime in May? I can do it in English or in simple German.

Thank you so much,
Madeleine"""),

I("en", 0, "clean", "Carol Whitfield <carol.whitfield@example.net>", "Volunteering",
"""Hello,

I moved to Bergisch Gladbach two years ago with my husband's job and I'm looking for a way to give something back. Back home in Ohio I worked as a real estate agent for 25 years, so I know a thing or two about leases, viewings and landlords, although of course the German system is different.

I'd be happy to help in any way that is useful: practising viewing conversations in English, helping people prepare their application folders, or just driving people to appointments. I don't have any specific family in mind – whatever you need.

Is there a volunteer coordinator I should talk to?

Best,
Carol Whitfield"""),

I("en", 0, "formal", "Community Engagement | Nordhaus Logistics <community@nordhaus-logistics.example.com>", "Donation offer: household appliances from our staff apartments",
"""Dear Sir or Madam,

As part of our annual community engagement programme, Nordhaus Logistics would like to donate household items from staff apartments we are currently closing in the region: 14 refrigerators, 9 washing machines, 20 microwaves and around 30 sets of bedding, all in good working condition.

We understand that people moving out of shared accommodation often need exactly these items. Could you let us know whether your department can accept such a donation or point us to a suitable partner organisation? We can deliver within the Bergisch Gladbach area in June.

Kind regards,

Martina Öztürk
Community Engagement Manager
Nordhaus Logistics GmbH

This message may contain confidential information. If you have received it in error, please notify the sender and delete it. Nordhaus Logistics GmbH | Registered office: Cologne | Managing directors: see imprint."""),

I("en", 0, "clean", "Gareth Llewellyn <gareth.llewellyn@example.org>", "Residence permit appointment",
"""Hello,

I'm a British citizen living in Bensberg since 2019 and my residence document under the Withdrawal Agreement needs to be renewed. I've been trying to get an appointment online for weeks but the calendar is always full.

Is this the right address to request an appointment, or could you forward my email to the right colleague? My current card expires on 30 June.

Many thanks,
Gareth Llewellyn"""),

I("en", 0, "html_only", "Welcoming Cities Network <events@welcoming-cities.example.org>", "Webinar invitation: From shelter to home – 3 June 2026",
"""Dear colleague,

You are warmly invited to our next practitioners' webinar:

FROM SHELTER TO HOME – How municipalities support refugees' transition into private housing
Wednesday, 3 June 2026, 14:00–15:30 CET, online (Zoom)

Speakers from Ghent, Malmö and Graz will present their programmes, followed by an open exchange. We would particularly welcome contributions from German municipalities with housing workshop approaches.

Register here: https://welcoming-cities.example.org/webinar-june

Best regards,
The Welcoming Cities Network team""", html="only"),

T("tr", 0, "phone", "Serdar Yildiz <serdar.yildiz.1988@example.com>", "ev",
"""merhaba ben ev ariyorum 2 kisiyiz esimle, heimde kaliyoruz paffrath. wbs var bizde, 2 ay once aldik. esim hamile 4 aylik
yardim eder misiniz nasil yapacagiz bilmiyoruz
tel 0152 4471 9023
serdar"""),

T("tr", 0, "clean", "Ayşe Gül Karadağ <aysegul.karadag@example.org>", "Konut desteği hakkında bilgi talebi",
"""Sayın yetkili,

Adım Ayşe Gül Karadağ. Türkiye'de 14 yıl boyunca matematik öğretmeni olarak çalıştım; 2016'dan sonra ihraç edildim ve 2023 yılında iki çocuğumla birlikte Almanya'ya geldim. Geçen ay iltica başvurumuz kabul edildi ve şu anda Herkenrath'taki toplu konaklama yerinde kalıyoruz.

Çocuklarım 11 ve 15 yaşında; ikisi de Bensberg'de okula gidiyor. Üç kişi için iki veya üç odalı bir daire arıyoruz. Şu an Jobcenter'dan destek alıyoruz, ancak ben önümüzdeki aylarda bir özel okulda yardımcı öğretmen olarak çalışmaya başlamayı umuyorum.

Öğrendiğime göre sizin biriminiz ev arayanlar için bir kurs (Wohnungsführerschein) düzenliyor ve ev sahipleriyle bağlantı kuruyor. Bu kursa nasıl kaydolabilirim? Ayrıca WBS (Wohnberechtigungsschein) için önce nereye başvurmam gerektiğini de öğrenmek istiyorum.

Almancam B1 seviyesinde, yazışmaları Almanca da yapabiliriz, ancak resmi konularda Türkçe yazmayı tercih ettim.

Saygılarımla,
Ayşe Gül Karadağ
Tel: 0176 3318 5520""", charset="windows-1254"),

T("tr", 0, "reply", "Mustafa Demirtaş <mustafa.demirtas@example.net>", "AW: Fehlende Unterlagen",
"""Merhaba Aylin Hanım,

Almancam henüz yeterli değil, o yüzden Türkçe yazıyorum, umarım sorun olmaz.
Maaş bordrolarını ekte gönderiyorum (Ocak, Şubat, Mart). Oturum kartımın arka yüzünü de ekledim.
Mietschuldenfreiheitsbescheinigung bende yok çünkü Almanya'da hiç kendi evimde oturmadım, hep Heim'dayım. Bu yeterli mi?

Teşekkürler,
Mustafa Demirtaş

Am Mi., 15. Apr. 2026 um 09:48 Uhr schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrter Herr Demirtaş,
>
> für die Vermittlung fehlen uns noch folgende Unterlagen:
> - Gehaltsabrechnungen der letzten drei Monate
> - Rückseite Ihres Aufenthaltstitels
>
> Bitte senden Sie uns diese Unterlagen bis Ende April zu.
>
> Mit freundlichen Grüßen
> Aylin Demir
> Integration Wohnen""", attach=["Bordro_Ocak.pdf", "Bordro_Subat.pdf", "Bordro_Mart.pdf", "Aufenthaltstitel_Rueckseite.jpg"], date="2026-04-15 21:07"),

T("tr", 1, "clean", "Zeynep Arslan <zeynep.arslan.gl@example.com>", "Acil yardım - çocuklarımla kalacak yer yok",
"""Merhaba,

Kocam dün gece bana yine şiddet uyguladı. Polis geldi ve onu 10 gün evden uzaklaştırdı (Wegweisung), ama ev onun adına kiralı ve ev sahibi bana "sözleşme onun, 10 gün sonra o geri gelir" dedi. Ben 10 gün sonra bu evde kalmak istemiyorum, çok korkuyorum.

İki kızım var, 6 ve 9 yaşında. Kadın sığınma evini (Frauenhaus) aradım, şu an yer yokmuş, bekleme listesine aldılar.

Daha önce, evlenmeden önce, sizin programınıza kayıtlıydım ve sizin kursunuza da katıldım (2022). Bana ve kızlarıma kalacak bir yer bulmakta yardım edebilir misiniz? Öncelikle geçici bir yer, sonra kendi evimiz.

Telefonum: 0157 2209 8847 (lütfen mesaj atın, her zaman açamıyorum)

Zeynep Arslan""", date="2026-04-13 10:31"),

T("tr", 1, "phone", "Hasan Özkan <hasan.ozkan.77@example.net>", "tahliye 30 nisan",
"""merhaba
bugün gerichtsvollzieher dan mektup geldi 30 nisanda evden cikarilacagiz. ev sahibi eigenbedarf dedi 1 yil once, biz cok aradik ama ev bulamadik 5 kisiyiz
avukat dedi yapacak bir sey yok artik
nereye gidecegiz bilmiyorum, cocuklar okulda. lutfen yardim edin
hasan özkan 0178 5541 2039""", date="2026-04-23 19:55"),

T("tr", 0, "on_behalf", "Emre Çelik <emre.celik.2007@example.com>", "Annem ve babam için / für meine Eltern",
"""Merhaba,

Ben Emre, 18 yaşındayım. Annem ve babam için yazıyorum çünkü onlar Almanca ve e-posta pek bilmiyor.

Geçen hafta bize bir mektup geldi, Wohnungsbesichtigung için 28.04 Salı saat 17:00 yazıyor, Refrath'ta bir ev. Babam o gün 18:00'e kadar çalışıyor. Annem tek başına gidebilir mi, yoksa babamın da orada olması gerekiyor mu? Ben de okuldan sonra gelebilirim ve tercüme yapabilirim.

Babamın adı Murat Çelik, Gronau'daki Heim'da kalıyoruz.

Kurz auf Deutsch: Ich schreibe für meine Eltern wegen der Besichtigung am 28.04. um 17 Uhr. Mein Vater arbeitet bis 18 Uhr. Kann meine Mutter allein kommen? Ich komme mit zum Übersetzen.

Teşekkürler / Danke
Emre Çelik""", date="2026-04-24 16:20"),

T("tr", 0, "mixed_language", "Gülsüm Aydın <gulsum.aydin@example.org>", "Wohnungsführerschein kursu kayıt",
"""Merhaba,

Wohnungsführerschein kursuna kayıt olmak istiyorum. Sozialarbeiterin Frau Berger bana sizin adresinizi verdi. Mayıs'taki Termin'lere katılabilirim, sadece Dienstag ve Donnerstag öğleden önce Sprachkurs'um var.

Adım Gülsüm Aydın, Bensberg'deki Unterkunft'ta kalıyorum, Zimmer 31.
Kursa Türkçe tercüman olacak mı?

Teşekkür ederim"""),

T("tr", 0, "oneliner", "Kemal Yavuz <kemal.yavuz@example.com>", "Teilnahmebestätigung",
"""Merhaba, Mart'taki kursun Teilnahmebestätigung belgesini kaybettim, tekrar PDF olarak gönderebilir misiniz? Kemal Yavuz, doğum tarihi 12.09.1990"""),

T("tr", 0, "mixed_language", "Fatma Kılıç <fatma.kilic.84@example.net>", "Kaution sorusu",
"""Merhaba,

Schildgen'de bir ev bulduk, Vermieter bize zusage verdi!! Ama 3 Kaltmiete Kaution istiyor, 1.650 Euro. Bizde bu para yok.
Jobcenter'a sordum, "Darlehen olarak verebiliriz ama önce Mietangebot getirin" dediler. Mietangebot'u aldık, yarın Jobcenter'a götüreceğim.

Sorum şu: Jobcenter Kaution'u direkt Vermieter'e mi öder, yoksa bize mi? Ve Darlehen'i her ay geri ödememiz gerekiyor mu, ne kadar?

Vermieter 1 Mayıs'ta Mietvertrag imzalamak istiyor, zaman az.

Çok teşekkürler
Fatma Kılıç""", date="2026-04-20 11:14"),

T("tr", 0, "forward", "Baran Akgül <baran.akgul@example.com>", "Fwd: Ihre Anfrage zur Wohnung in Heidkamp",
"""Merhaba,
bu ev sahibi bana cevap yazdı. Ne istediğini tam anlamadım, Selbstauskunft ve SCHUFA istiyor galiba. SCHUFA'm yok, Almanya'ya 2 yıl önce geldim. Ne yapmalıyım? Bu evi çok istiyorum, işyerime yakın.

---------- Forwarded message ---------
Von: Immobilienverwaltung Heck <vermietung@immo-heck.example.net>
Date: Mo., 20. Apr. 2026 um 14:22 Uhr
Subject: Ihre Anfrage zur Wohnung in Heidkamp
To: <baran.akgul@example.com>

Sehr geehrter Herr Akgül,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in Heidkamp. Bitte senden Sie uns vor einer Besichtigung folgende Unterlagen:
- ausgefüllte Mieterselbstauskunft (Anlage)
- aktuelle SCHUFA-Bonitätsauskunft
- Einkommensnachweise der letzten drei Monate

Mit freundlichen Grüßen
Verwaltung Heck""", attach=["Mieterselbstauskunft.pdf"]),

T("tr", 0, "broken", "Ramazan Tekin <ramazan.tekin61@example.net>", "dosyam ne durumda",
"""Merhabalar

ben ramazan tekin, gecen sene eylulde size kayit oldum, kursu da bitirdim sertifika aldim. o zamandan beri hic haber yok. heimde 4 kisi bir odadayiz, oglum universiteye basladi ders calisacak yer yok

dosyam hala acik mi, beni unuttunuz mu? bir sey eksik ise soyleyin hemen getiririm

saygilar
ramazan tekin
gronau heim oda 8"""),

T("tr", 0, "oneliner", "Elif Şahin <elif.sahin.93@example.org>", "yarın",
"""Merhaba, yarınki saat 11 randevusuna gelemiyorum, oğlum hasta. Başka bir gün verebilir misiniz? Elif Şahin"""),

T("tr", 0, "clean", "Volkan Erdem <volkan.erdem@example.com>", "Mietschuldenfreiheitsbescheinigung",
"""İyi günler,

Şu anda Köln'de küçük bir dairede kiracıyım, ama iş yerim Bergisch Gladbach'a taşındı ve oraya taşınmak istiyorum. 2022'de sizin programınız aracılığıyla Heim'dan çıkmıştım, o zaman çok yardımcı olmuştunuz.

Yeni ev başvuruları için Mietschuldenfreiheitsbescheinigung lazım. Şimdiki ev sahibim yaşlı bir beyefendi ve bu belgeyi nasıl yazacağını bilmiyor. Sizde bunun için bir form ya da örnek var mı? Ona götürürsem imzalayabilir.

Teşekkürler,
Volkan Erdem"""),

T("tr", 0, "on_behalf", "Nurten Bayraktar <nurten.bayraktar@example.net>", "Komşumuz Ahmed ailesi için",
"""Merhaba,

Ben Nurten Bayraktar, 30 yıldır Bergisch Gladbach'ta yaşıyorum. Gönüllü olarak Heidkamp'taki Unterkunft'ta kalan Suriyeli Kürt bir aileye, Ahmed ailesine (Bay Şiyar Ahmed, eşi Rûken ve üç çocukları) yardım ediyorum. Aile Kurmancı ve biraz Türkçe konuşuyor, Almancaları henüz zayıf. Onların izniyle size yazıyorum.

Aile Ocak'ta sizinle bir görüşme yaptı ama ondan sonra bir mektup geldi ve ne yazdığını tam anlayamadık; bir tarih ve "Unterlagen nachreichen" yazıyor. Mektubun fotoğrafını ekte gönderiyorum. Neyin eksik olduğunu bana da yazabilir misiniz, aileyle birlikte tamamlayalım.

Gerekirse Almanca da yazışabiliriz.

Selamlar,
Nurten Bayraktar""", attach=["Brief_Familie_Ahmed.jpg"]),

T("tr", 0, "html_only", "Oğuz Polat <oguz.polat@example.com>", "Taşınıyorum – Heim çıkışı",
"""Merhaba Aylin Hanım,

Size müjdeli bir haber vermek istiyorum: Moitzfeld'deki daire için Mietvertrag'ı dün imzaladım! 15 Mayıs'ta anahtarları alıyorum. Her şey için çok teşekkür ederim.

Birkaç sorum var:
- Heim'dan çıkışı kime bildirmem gerekiyor? Heimleitung'a yazılı mı vermeliyim?
- Erstausstattung (mobilya) için Jobcenter'a ne zaman başvurmalıyım, anahtar almadan önce mi sonra mı?
- Yeni adresimi Bürgerbüro'ya ben mi bildiriyorum?

Saygılarımla,
Oğuz Polat""", html="only", charset="iso-8859-9"),
]
