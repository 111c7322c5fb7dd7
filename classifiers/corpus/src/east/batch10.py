# batch10: extra hard cases (short replies to the service's own mail, politicians, co-operative, OOO variants)
from mailwriter import M

MAILS = [
M("landlord_offer", "uk", 0, "hard_case", "Оксана Келлер <oksana.keller@example.com>",
  "Re: Ist Ihre Wohnung in Hand noch frei?",
  """Ні, дякую, квартиру вже здали знайомим. Але восени, можливо, звільниться ще одна, я напишу.
О. Келлер

> Sehr geehrte Frau Keller,
> ist Ihre Wohnung in Hand noch frei? Wir hätten eine interessierte Familie.""", date="2026-05-19 21:40"),

M("tenant_request", "uk", 0, "hard_case", "Bohdan Lytvyn <bohdan.lytvyn@example.org>",
  "Re: Bitte fehlende Unterlagen nachreichen",
  """👍

Am Mo., 9. März 2026 um 11:20 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Lieber Herr Lytvyn,
> bitte reichen Sie noch eine Kopie Ihres Passes nach.""", attach=["Pass_Kopie.jpg"], date="2026-03-09 18:02"),

M("inquiry", "ru", 0, "formal", "Виктория Кляйн <viktoria.klein@rat.example.org>",
  "Запрос члена городского совета",
  """Уважаемые коллеги!

Как член городского совета (фракция в комитете по социальным вопросам) я хотела бы получить к следующему заседанию краткую информацию о программе Auszugsmanagement:
– сколько домохозяйств переехало из коммунальных общежитий в частные квартиры в 2025 году;
– сколько арендодателей сотрудничает с программой;
– какие есть основные препятствия.

Русскоязычные избиратели часто меня об этом спрашивают. Ответ можно прислать на немецком.

С уважением,
Виктория Кляйн""", date="2026-01-27 09:15"),

M("inquiry", "tr", 0, "clean", "Cemile Arıkan <cemile.arikan@rat.example.net>",
  "Meclis üyesi olarak bilgi talebi",
  """Merhaba,

belediye meclisi üyesiyim. Seçmenlerimden bazıları, özellikle Türk kökenli ev sahipleri, programınızla ilgili soru soruyor. Gelecek ay mahalle toplantısında programı kısaca anlatmak istiyorum. Bana sunum için kullanabileceğim bir bilgi notu veya broşür gönderebilir misiniz? Almanca olması da sorun değil.

Saygılarımla
Cemile Arıkan""", date="2025-10-08 17:05"),

M("landlord_offer", "ru", 0, "clean", "Алина Вебер <alina.weber@wohnbau-eg.example.com>",
  "Квартиры нашего кооператива для участников программы",
  """Добрый день!

Я сотрудница жилищного кооператива (Wohnungsbaugenossenschaft) в Bergisch Gladbach, отвечаю за сдачу квартир. С 1 июля у нас освобождаются две квартиры в Refrath (2 и 3 комнаты), обе в пределах норм Jobcenter.
Правление решило в этот раз предложить их сначала вашей программе. Для вступления в кооператив нужны Genossenschaftsanteile (2 × 500 €), Jobcenter обычно их покрывает.

Пишу по-русски, так как знаю, что у вас много русскоязычных клиентов и мне так проще с ними общаться. Пришлите, пожалуйста, кандидатов до конца месяца.

С уважением,
Алина Вебер
Vermietung""", footer="""Wohnungsbaugenossenschaft (fiktiv) eG · Registergericht Köln GnR 000
Diese E-Mail ist vertraulich.""", date="2025-05-12 10:48", mailer="Microsoft Outlook 16.0"),

M("auto", "uk", 0, "other", "Oleksandr Danylchenko <o.danylchenko@example.org>",
  "Автоматична відповідь: Wohnungsangebot barrierefrei",
  """Вітаю! Я зараз у лікарні з дружиною і не перевіряю пошту до 3 листопада. Якщо щось термінове щодо квартири, напишіть SMS на 0151 23459910.
Hello, I am out of office until 3 November.""", headers=[("X-Auto-Response-Suppress", "DR, RN, NRN, OOF, AutoReply"), ("Thread-Topic", "Wohnungsangebot barrierefrei")],
  fmt="text", date="2025-10-27 14:02"),

M("tenant_request", "tr", 0, "hard_case", "Zeynep Aydın <zeynep.aydin@example.net>",
  "Vermieter beni reddetti – Flüchtling olduğum için mi?",
  """Merhaba,

Refrath'ta bir dairenin sahibi telefonda açıkça "Flüchtlinge istemiyorum" dedi. Ben 2019'dan beri burada yaşıyorum, çalışıyorum, kiramı her zaman ödedim. Şu an Unterkunft'tayım çünkü eski evimiz satıldı.
Bu ayrımcılık değil mi? Bir yere şikayet edebilir miyim? Ve bana başka bir ev bulmakta yardımcı olabilir misiniz?

Zeynep Aydın"""),

M("tenant_request", "ru", 0, "clean", "Леонид Гринберг <leonid.grinberg@example.com>",
  "Подруга из Одессы приезжает – жильё",
  """Здравствуйте!
Я уже живу в своей квартире в Refrath (спасибо вашей программе!). Теперь ко мне на время приехала двоюродная сестра из Одессы с сыном, они зарегистрированы в Бергиш-Гладбахе и пока живут у меня на диване. Больше месяца так нельзя, мой Vermieter против. Можно ли записать её к вам на консультацию? Её зовут Алла Гринберг, телефон 0157 23451919.
Леонид"""),
]
