# Extra hard cases and confusers (Arabic, Farsi)
from mailw import M

START = 351
MAILS = [
M(lang="ar", cat="inquiry", style="hard_case", frm=("رابطة مالكي العقارات العرب - كولن وضواحيها", "vorstand@arab-eigentuemer.example.org"),
  subj="دعوة لإلقاء كلمة في أمسية الأعضاء", body="""
السادة الأفاضل في فريق Integration Wohnen،

تضم رابطتنا أكثر من 60 مالك عقار من أصول عربية في كولن وبيرغيش غلادباخ وليفركوزن. كثير من أعضائنا يسألون عن تأجير شققهم للاجئين عن طريق البلدية، وعن دور الجوب سنتر والضمانات.
نود دعوة أحد موظفيكم لإلقاء كلمة (20-30 دقيقة) في أمسية الأعضاء يوم الخميس 15 تشرين الأول 2026 الساعة 19:00 في Bensberg، مع وقت للأسئلة.
لا نعرض في هذه الرسالة شققاً محددة، الهدف التعريف بالبرنامج.

مع التقدير
د. سمير العطار
رئيس الرابطة
"""),
M(lang="ar", cat="inquiry", style="formal", frm=("Rima Saab - Integrationsbüro Gemeinde Kürten", "r.saab@integration-kuerten.example.org"),
  subj="استفسار عن برنامج Auszugsmanagement", body="""
زملائي الأعزاء،
أعمل في مكتب الاندماج في بلدية مجاورة، وأكتب بالعربية لأن زميلتكم السيدة ... أخبرتني أن في فريقكم من يتحدث العربية.
نحن نخطط لبدء برنامج مشابه لبرنامجكم في 2026. هل يمكن أن تشاركونا تجربتكم: كيف تبنون شبكة المؤجرين؟ كم موظفاً يعمل في الفريق؟ وهل يمكن أن نحضر إحدى ورشات السكن كضيوف؟
مع الشكر والتحية
ريما صعب
"""),
M(lang="ar", cat="tenant_request", style="reply", frm=("Hiba Nassar", "hiba.nassar@example.net"),
  subj="Re: Ihre Teilnahmebestätigung Wohnworkshop", irt=True, body="""
شكراً جزيلاً 🙏🙏

> Liebe Frau Nassar,
> anbei erhalten Sie Ihre Teilnahmebestätigung für den Wohnworkshop.
> Viel Erfolg bei der Wohnungssuche!
"""),
M(lang="ar", cat="landlord_offer", style="hard_case", frm=("جمعية مسجد الهدى", "verwaltung@alhuda-verein.example.org"),
  subj="شقة فارغة فوق مصلى الجمعية", body="""
السلام عليكم
جمعيتنا تملك البناية التي فيها المصلى في Hand. الشقة في الطابق الثاني (3 غرف، 70 م²) أصبحت فارغة بعد أن انتقل الإمام السابق.
قررت الهيئة الإدارية أن نؤجرها لعائلة لاجئة من السكن البلدي بإيجار معتدل (650 يورو شامل التدفئة)، والعقد يكون رسمياً باسم الجمعية.
من فضلكم أخبرونا كيف نرسل لكم التفاصيل، وهل تقترحون عائلة مناسبة.
أمين صندوق الجمعية
يوسف الحلبي
"""),
M(lang="fa", cat="tenant_request", style="reply", frm=("Morteza Kazemi", "morteza.kazemi@example.com"),
  subj="AW: Besichtigungstermin Bensberg", irt=True, body="""
باشه، ممنون. میام.

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Betreff: Besichtigungstermin Bensberg
Hallo Herr Kazemi, der Vermieter schlägt Samstag, 11 Uhr, für die Besichtigung vor. Passt Ihnen das?
"""),
M(lang="fa", cat="inquiry", style="hard_case", frm=("باشگاه کارآفرینان ایرانی راین-برگ", "info@iranian-business-rb.example.net"),
  subj="دعوت برای سخنرانی در جلسه اعضا", body="""
با سلام و احترام
باشگاه کارآفرینان ایرانی که بسیاری از اعضای آن صاحب ملک هستند، در جلسه‌ی ماهانه‌ی خود در ماه ژوئن مایل است با برنامه‌ی شما آشنا شود.
آیا یکی از همکاران شما می‌تواند حدود ۲۰ دقیقه درباره‌ی همکاری صاحبخانه‌ها با شهرداری، پرداخت اجاره از طریق جاب سنتر و پشتیبانی شما صحبت کند؟
تاریخ پیشنهادی: پنجشنبه ۱۸ ژوئن ۲۰۲۶، ساعت ۱۹، رفرات.
با سپاس
دبیر باشگاه، آرمان نیک‌نام
"""),
M(lang="fa", cat="landlord_offer", style="hard_case", frm=("Pizzeria Bella Napoli - Jawed Sultani", "bellanapoli.gl@example.org"),
  subj="آپارتمان برای همکارم یا یک خانواده دیگر", body="""
سلام
من صاحب یک پیتزافروشی در هیدکامپ هستم. یک آپارتمان دو اتاقه در همان ساختمان دارم که خالی است.
یکی از کارکنانم، آقای رحیمی، هنوز با خانواده‌اش در اقامتگاه شهری است. دوست دارم آپارتمان را به او بدهم، و اگر مناسبش نبود به یک خانواده‌ی دیگر از برنامه‌ی شما. اجاره ۵۹۰ یورو گرم.
چطور باید پیش برویم؟
جاوید سلطانی
"""),
]

if __name__ == "__main__":
    from mailw import write_batch
    print(len(write_batch(MAILS, START)), "written")
