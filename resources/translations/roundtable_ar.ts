<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>ActionRunner</name>
    <message>
        <source>Not saved: {reason} What you entered is kept here; try again.</source>
        <translation>لم يُحفظ: {reason} ما أدخلته محفوظ هنا؛ أعد المحاولة.</translation>
    </message>
    <message>
        <source>Not saved yet: the library does not take writes now (the bar above says why). What you entered stays here and is saved as soon as it does.</source>
        <translation>لم يُحفظ بعد: لا تقبل المكتبة الكتابة الآن (يبيّن الشريط أعلاه السبب). يبقى ما أدخلته هنا ويُحفظ حالما تقبلها.</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>New agenda item</source>
        <translation>بند جديد في جدول الأعمال</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوان(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>النوع(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation>المقرر سلفاً(&amp;P):</translation>
    </message>
    <message>
        <source>P&amp;resenter:</source>
        <translation>مقدم العرض(&amp;R):</translation>
    </message>
    <message>
        <source>Speaker &amp;target:</source>
        <translation>الوقت المستهدف للمتكلم(&amp;T):</translation>
    </message>
    <message>
        <source>Speaker &amp;limit:</source>
        <translation>حد المتكلم(&amp;L):</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>الدقائق المقررة</translation>
    </message>
    <message>
        <source>Speaker target, minutes</source>
        <translation>الوقت المستهدف للمتكلم، بالدقائق</translation>
    </message>
    <message>
        <source>Speaker target, seconds</source>
        <translation>الوقت المستهدف للمتكلم، بالثواني</translation>
    </message>
    <message>
        <source>Speaker limit, minutes</source>
        <translation>حد المتكلم، بالدقائق</translation>
    </message>
    <message>
        <source>Speaker limit, seconds</source>
        <translation>حد المتكلم، بالثواني</translation>
    </message>
    <message>
        <source>An agenda item needs a title</source>
        <translation>يحتاج بند جدول الأعمال إلى عنوان</translation>
    </message>
    <message>
        <source>new agenda item</source>
        <translation>بند جديد في جدول الأعمال</translation>
    </message>
    <message>
        <source>agenda item edit</source>
        <translation>تحرير بند جدول الأعمال</translation>
    </message>
</context>
<context>
    <name>AgendaKind</name>
    <message>
        <source>Presentation</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>المداخلات</translation>
    </message>
    <message>
        <source>Interactive discussion</source>
        <translation>المناقشة التفاعلية</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>الاختتام</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Planned start: the meeting&apos;s start plus the minutes of the items before</source>
        <translation>البداية المقررة: بداية الاجتماع مضافاً إليها دقائق البنود السابقة</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>دقيقة</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>المتكلمون</translation>
    </message>
    <message>
        <source>Target / limit of each speaker</source>
        <translation>الوقت المستهدف / الحد لكل متكلم</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>{planned} min planned</source>
        <translation>{planned} دقيقة مقررة</translation>
    </message>
    <message>
        <source>{planned} of {length} min</source>
        <translation>{planned} من {length} دقيقة</translation>
    </message>
    <message>
        <source>{left} min of the meeting are not planned yet</source>
        <translation>لم تُخطط بعد {left} دقيقة من الاجتماع</translation>
    </message>
    <message>
        <source>The items take {over} min more than the meeting lasts</source>
        <translation>تستغرق البنود {over} دقيقة أكثر من مدة الاجتماع</translation>
    </message>
    <message>
        <source>The items fill the meeting exactly</source>
        <translation>تملأ البنود وقت الاجتماع تماماً</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

What you saved is safe. The details are in the log file:
{log}</source>
        <translation>حدث خطأ: {error}

ما حفظته في أمان. التفاصيل في ملف السجل:
{log}</translation>
    </message>
    <message>
        <source>The library cannot be opened</source>
        <translation>تعذّر فتح المكتبة</translation>
    </message>
</context>
<context>
    <name>BalanceBars</name>
    <message>
        <source>{group}: {time:.0f} % of the time, {turns:.0f} % of the interventions</source>
        <translation>{group}: {time:.0f} % من الوقت، {turns:.0f} % من المداخلات</translation>
    </message>
    <message>
        <source>Nobody has spoken yet.</source>
        <translation>لم يتكلم أحد بعد.</translation>
    </message>
</context>
<context>
    <name>BalanceLegend</name>
    <message>
        <source>Legend</source>
        <translation>مفتاح الرموز</translation>
    </message>
    <message>
        <source>share of speaking time</source>
        <translation>نسبة وقت الكلام</translation>
    </message>
    <message>
        <source>share of interventions</source>
        <translation>نسبة المداخلات</translation>
    </message>
</context>
<context>
    <name>BalanceLine</name>
    <message>
        <source>Sort the floor: not &amp;yet spoken first</source>
        <translation>ترتيب طلبات الكلمة: &amp;أولاً من لم يتكلم بعد</translation>
    </message>
    <message>
        <source>Floor requests of those who have not spoken yet come first; points of order stay at the head</source>
        <translation>تأتي أولاً طلبات الكلمة ممن لم يتكلموا بعد؛ وتبقى نقاط النظام في المقدمة</translation>
    </message>
    <message>
        <source>Balance so far</source>
        <translation>التوازن حتى الآن</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>أفريقيا</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>آسيا والمحيط الهادئ</translation>
    </message>
    <message>
        <source>Eastern Europe</source>
        <translation>أوروبا الشرقية</translation>
    </message>
    <message>
        <source>GRULAC</source>
        <translation>أمريكا اللاتينية والكاريبي</translation>
    </message>
    <message>
        <source>WEOG</source>
        <translation>أوروبا الغربية وغيرها</translation>
    </message>
    <message>
        <source>So far, % of time / of interventions: {gender}</source>
        <translation>حتى الآن، % من الوقت / من المداخلات: {gender}</translation>
    </message>
    <message>
        <source>Regions: {regions}</source>
        <translation>المجموعات الإقليمية: {regions}</translation>
    </message>
    <message>
        <source>So far: nobody has spoken yet.</source>
        <translation>حتى الآن: لم يتكلم أحد بعد.</translation>
    </message>
    <message>
        <source>Waiting, not yet spoken (• in the list): {n}</source>
        <translation>في الانتظار ولم يتكلموا بعد (• في القائمة): {n}</translation>
    </message>
    <message>
        <source>Floor requests sorted: those who have not spoken yet come first.</source>
        <translation>رُتبت طلبات الكلمة: يأتي أولاً من لم يتكلموا بعد.</translation>
    </message>
</context>
<context>
    <name>BalanceView</name>
    <message>
        <source>Fairness: not measured yet (it needs two people who asked for the floor and some time spoken).</source>
        <translation>الإنصاف: لم يُقس بعد (يلزم شخصان طلبا الكلمة وبعض وقت الكلام).</translation>
    </message>
    <message>
        <source>Fairness: the Gini coefficient of speaking time among the {n} who asked for the floor is {gini} (0: everyone had the same time; nearer 1: a few had most of it).</source>
        <translation>الإنصاف: معامل جيني لوقت الكلام بين {n} ممن طلبوا الكلمة هو {gini} (0: تساوى الجميع في الوقت؛ قرب 1: استأثر قلة بمعظمه).</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>حسب نوع الجنس</translation>
    </message>
    <message>
        <source>By regional group</source>
        <translation>حسب المجموعة الإقليمية</translation>
    </message>
</context>
<context>
    <name>ByQuestionView</name>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>No question</source>
        <translation>لا سؤال</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>يتكلم</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>المتكلمون</translation>
    </message>
    <message>
        <source>How much of the meeting addressed each guiding question: notes, speaking time, speakers</source>
        <translation>مقدار ما تناوله الاجتماع من كل سؤال توجيهي: الملاحظات ووقت الكلام والمتكلمون</translation>
    </message>
    <message>
        <source>The meeting&apos;s key messages, one a line</source>
        <translation>الرسائل الرئيسية للاجتماع، رسالة في كل سطر</translation>
    </message>
    <message>
        <source>Add the notes marked as key messages</source>
        <translation>إضافة الملاحظات المعلَّمة كرسائل رئيسية</translation>
    </message>
    <message>
        <source>Append the notes marked as key messages that are not there yet</source>
        <translation>إلحاق الملاحظات المعلَّمة كرسائل رئيسية التي لم تُدرج بعد</translation>
    </message>
    <message>
        <source>&lt;b&gt;Key messages of the meeting&lt;/b&gt;</source>
        <translation>&lt;b&gt;الرسائل الرئيسية للاجتماع&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Notes tied to no guiding question</source>
        <translation>ملاحظات غير مرتبطة بأي سؤال توجيهي</translation>
    </message>
    <message>
        <source>&lt;b&gt;Synthesis of {question}&lt;/b&gt;</source>
        <translation>&lt;b&gt;خلاصة {question}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Synthesis&lt;/b&gt;</source>
        <translation>&lt;b&gt;الخلاصة&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your synthesis of {label}: {text}</source>
        <translation>خلاصتك لـ {label}: {text}</translation>
    </message>
    <message>
        <source>Notes tied to no guiding question have no synthesis.</source>
        <translation>لا خلاصة للملاحظات غير المرتبطة بأي سؤال توجيهي.</translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>لا متكلم</translation>
    </message>
    <message>
        <source>No notes on this question yet.</source>
        <translation>لا توجد ملاحظات عن هذا السؤال بعد.</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <source>Your unsaved typing was brought back.</source>
        <translation>استُعيد ما كتبته ولم يُحفظ.</translation>
    </message>
    <message>
        <source>Nothing to save yet: type the note first.</source>
        <translation>لا شيء للحفظ بعد: اكتب الملاحظة أولاً.</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>حُفظ في {time}.</translation>
    </message>
    <message>
        <source>Draft kept at {time}.</source>
        <translation>حُفظت المسودة في {time}.</translation>
    </message>
</context>
<context>
    <name>ChairRunsLine</name>
    <message>
        <source>The chair&apos;s laptop runs this meeting: this console shows its speaker, clock and queue, and changes nothing.</source>
        <translation>حاسوب الرئيس هو الذي يدير هذا الاجتماع: تعرض هذه الوحدة المتكلم والساعة وقائمة الانتظار ولا تغيّر شيئًا.</translation>
    </message>
</context>
<context>
    <name>ChairSetsUpLine</name>
    <message>
        <source>The chair&apos;s laptop runs this meeting: its agenda, guiding questions, participants and properties are set there and shown here; the notes, syntheses, key messages and the summary (its document, language and introduction) are written here.</source>
        <translation>حاسوب الرئيس هو الذي يدير هذا الاجتماع: يُعدّ عليه جدول أعماله وأسئلته التوجيهية ومشاركوه وخصائصه، وتُعرض هنا؛ أما الملاحظات والخلاصات والرسائل الرئيسية والموجز (نوع وثيقته ولغته ومقدمته) فتُكتب هنا.</translation>
    </message>
</context>
<context>
    <name>ConceptNote</name>
    <message>
        <source>the note gives no year for “{date}”; {year} was taken from its other dates (the weekday matches)</source>
        <translation>لم تذكر المذكرة السنة في ”{date}“؛ أُخذت سنة {year} من تواريخها الأخرى (يوم الأسبوع مطابق)</translation>
    </message>
    <message>
        <source>the weekday does not match any year the note names</source>
        <translation>يوم الأسبوع لا يطابق أي سنة تذكرها المذكرة</translation>
    </message>
    <message>
        <source>the note names no other year</source>
        <translation>لا تذكر المذكرة أي سنة أخرى</translation>
    </message>
    <message>
        <source>the note names several years</source>
        <translation>تذكر المذكرة عدة سنوات</translation>
    </message>
    <message>
        <source>the note gives no year for “{date}”; {year} was taken from its other dates ({reason})</source>
        <translation>لم تذكر المذكرة السنة في ”{date}“؛ أُخذت سنة {year} من تواريخها الأخرى ({reason})</translation>
    </message>
    <message>
        <source>Line {lines} is not UTF-8 like the rest of the file: read as Windows-1252, so check the accents there.</source>
        <translation>السطر {lines} ليس بترميز UTF-8 مثل بقية الملف: قُرئ بترميز Windows-1252، فتحقق من علامات التشكيل فيه.</translation>
    </message>
    <message>
        <source>Lines {lines} and {more} more are not UTF-8 like the rest of the file: read as Windows-1252, so check the accents there.</source>
        <translation>الأسطر {lines} و{more} أسطر أخرى ليست بترميز UTF-8 مثل بقية الملف: قُرئت بترميز Windows-1252، فتحقق من علامات التشكيل فيها.</translation>
    </message>
    <message>
        <source>Lines {lines} are not UTF-8 like the rest of the file: read as Windows-1252, so check the accents there.</source>
        <translation>الأسطر {lines} ليست بترميز UTF-8 مثل بقية الملف: قُرئت بترميز Windows-1252، فتحقق من علامات التشكيل فيها.</translation>
    </message>
    <message>
        <source>{name} is a damaged Word document; open it in Word and save it again.</source>
        <translation>{name} مستند Word تالف؛ افتحه في Word واحفظه من جديد.</translation>
    </message>
    <message>
        <source>{name} is not a Word document: it has no {part}.</source>
        <translation>{name} ليس مستند Word: لا يحتوي على {part}.</translation>
    </message>
    <message>
        <source>{name} is not a Word document: its document part has no body.</source>
        <translation>{name} ليس مستند Word: جزء المستند فيه بلا متن.</translation>
    </message>
    <message>
        <source>{name} is empty: the Word document holds no text.</source>
        <translation>{name} فارغ: لا يحتوي مستند Word على أي نص.</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>مستند Word</translation>
    </message>
    <message>
        <source>{name} is not a Word document (a .docx file is a zip archive, and this one is not). Save it again from Word as .docx.</source>
        <translation>{name} ليس مستند Word (ملف .docx أرشيف zip، وهذا الملف ليس كذلك). احفظه من جديد في Word بصيغة .docx.</translation>
    </message>
    <message>
        <source>{name} is refused: it holds {count:,} parts, more than a Word document has.</source>
        <translation>رُفض {name}: يحتوي على {count:,} جزءًا، وهذا أكثر مما يحتويه مستند Word.</translation>
    </message>
    <message>
        <source>{name} is refused: it would unpack to {size:,} MB, more than the {limit} MB allowed.</source>
        <translation>رُفض {name}: سيبلغ حجمه بعد فك الضغط {size:,} ميغابايت، وهذا أكثر من {limit} ميغابايت المسموح بها.</translation>
    </message>
    <message>
        <source>{name} is refused: one of its parts is compressed more than {ratio} to 1, which only a zip bomb does.</source>
        <translation>رُفض {name}: أحد أجزائه مضغوط بنسبة تزيد على {ratio} إلى 1، ولا يفعل ذلك إلا ملف zip مفخخ.</translation>
    </message>
    <message>
        <source>{name} is refused: a part unpacks to more than its stated size.</source>
        <translation>رُفض {name}: جزء منه يتجاوز بعد فك الضغط الحجم المعلن له.</translation>
    </message>
    <message>
        <source>{name} is refused: it declares XML entities (a DOCTYPE), which a Word document never does and which can be used to read other files.</source>
        <translation>رُفض {name}: يعلن كيانات XML (DOCTYPE)، وهو ما لا يفعله مستند Word أبدًا وقد يُستخدم لقراءة ملفات أخرى.</translation>
    </message>
    <message>
        <source>{name} is refused: it holds {count:,} XML elements, more than the {limit:,} a concept note of {lines:,} lines needs.</source>
        <translation>رُفض {name}: يحتوي على {count:,} عنصر XML، وهذا أكثر من {limit:,} عنصر تحتاجها مذكرة مفاهيمية من {lines:,} سطر.</translation>
    </message>
    <message>
        <source>{name} cannot be imported: give a Word document (.docx), a PDF (.pdf), a Markdown or text file (.md, .txt) or a Roundtable session file (.json).</source>
        <translation>لا يمكن استيراد {name}: اختر مستند Word (.docx) أو ملف PDF (.pdf) أو ملف Markdown أو ملفًا نصيًا (.md، .txt) أو ملف جلسة Roundtable (.json).</translation>
    </message>
    <message>
        <source>{name} is over {limit} MB; a concept note is far shorter. Is it the right text?</source>
        <translation>يتجاوز {name} {limit} ميغابايت؛ والمذكرة المفاهيمية أقصر من ذلك بكثير. هل هذا هو النص الصحيح؟</translation>
    </message>
    <message>
        <source>The pasted text is empty: copy the concept note&apos;s text first.</source>
        <translation>النص الملصق فارغ: انسخ نص المذكرة المفاهيمية أولًا.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>نص ملصق</translation>
    </message>
    <message>
        <source>session file</source>
        <translation>ملف جلسة</translation>
    </message>
    <message>
        <source>the note gives {n} days or sessions; the first ({first}) was taken: choose the one that is the meeting</source>
        <translation>تذكر المذكرة {n} من الأيام أو الجلسات؛ أُخذ أولها ({first}): اختر ما يخص الاجتماع</translation>
    </message>
    <message>
        <source>{date}, {start}</source>
        <translation>{date}، {start}</translation>
    </message>
    <message>
        <source>{date}, {start}–{end}</source>
        <translation>{date}، {start}–{end}</translation>
    </message>
    <message>
        <source>the only date is “{date}”, which may not be the meeting&apos;s (a dateline, a post date or a version date)</source>
        <translation>التاريخ الوحيد هو ”{date}“، وقد لا يكون تاريخ الاجتماع (تاريخ تحرير أو نشر أو إصدار)</translation>
    </message>
    <message>
        <source>the only date is “{date}”, which looks like a deadline</source>
        <translation>التاريخ الوحيد هو ”{date}“، ويبدو أنه موعد نهائي</translation>
    </message>
    <message>
        <source>the note gives the days {days}; the first was taken: choose the meeting&apos;s day</source>
        <translation>تذكر المذكرة الأيام {days}؛ أُخذ أولها: اختر يوم الاجتماع</translation>
    </message>
    <message>
        <source>no time is given for the meeting; {start} to {end} was taken from the programme</source>
        <translation>لم يُذكر وقت الاجتماع؛ أُخذ الوقت من {start} إلى {end} من البرنامج</translation>
    </message>
    <message>
        <source>two dates: “{other}” {where_other}, “{chosen}” {where_chosen}; {date} was taken</source>
        <translation>تاريخان: ”{other}“ {where_other}، و”{chosen}“ {where_chosen}؛ أُخذ تاريخ {date}</translation>
    </message>
    <message>
        <source>beside the meeting&apos;s time</source>
        <translation>بجانب وقت الاجتماع</translation>
    </message>
    <message>
        <source>labelled as the date</source>
        <translation>موسوم بأنه التاريخ</translation>
    </message>
    <message>
        <source>in the header</source>
        <translation>في الترويسة</translation>
    </message>
    <message>
        <source>{start} (no end time)</source>
        <translation>{start} (دون وقت انتهاء)</translation>
    </message>
    <message>
        <source>No time zone is written; {zone} was taken from the city named.</source>
        <translation>لم تُذكر المنطقة الزمنية؛ أُخذت {zone} من المدينة المذكورة.</translation>
    </message>
    <message>
        <source>{zone} (written {written})</source>
        <translation>{zone} (مكتوبة {written})</translation>
    </message>
    <message>
        <source>{n} items, {total} min</source>
        <translation>البنود: {n}، {total} دقيقة</translation>
    </message>
    <message>
        <source>The note gives no minutes for some agenda items; they were shared out of the meeting&apos;s length. Check the programme.</source>
        <translation>لا تذكر المذكرة مدة بعض بنود جدول الأعمال؛ فوُزّعت عليها مدة الاجتماع. تحقق من البرنامج.</translation>
    </message>
    <message>
        <source>{target} target, {limit} limit</source>
        <translation>المدة المستهدفة {target}، والحد الأقصى {limit}</translation>
    </message>
    <message>
        <source>{name}: this PDF has no text (it is a scan or a picture); copy the text or use the Word version.</source>
        <translation>{name}: لا يحتوي ملف PDF هذا على نص (إنه صورة ممسوحة ضوئيًا أو صورة)؛ انسخ النص أو استخدم نسخة Word.</translation>
    </message>
    <message>
        <source>{name} is protected by a password; open it, save a copy without the password, or use the Word version.</source>
        <translation>{name} محمي بكلمة مرور؛ افتحه واحفظ نسخة منه بلا كلمة مرور، أو استخدم نسخة Word.</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF (it is damaged or not a PDF); use the Word version.</source>
        <translation>{name} ليس ملف PDF قابلًا للقراءة (إنه تالف أو ليس ملف PDF)؛ استخدم نسخة Word.</translation>
    </message>
    <message>
        <source>{name} is encrypted; open it, save a copy without protection, or use the Word version.</source>
        <translation>{name} مشفَّر؛ افتحه واحفظ نسخة منه بلا حماية، أو استخدم نسخة Word.</translation>
    </message>
    <message>
        <source>{name} cannot be read: this installation has no PDF reader (pypdf); use the Word version or copy the text.</source>
        <translation>تعذّرت قراءة {name}: لا يوجد في هذا التثبيت قارئ PDF (pypdf)؛ استخدم نسخة Word أو انسخ النص.</translation>
    </message>
    <message>
        <source>{name} has {pages:,} pages; a concept note has at most {limit}. Is it the right file?</source>
        <translation>يتألف {name} من {pages:,} صفحة؛ والمذكرة المفاهيمية لا تتجاوز {limit} صفحة. هل هذا هو الملف الصحيح؟</translation>
    </message>
    <message>
        <source>{name} is a damaged PDF; open it and save it again, or use the Word version.</source>
        <translation>{name} ملف PDF تالف؛ افتحه واحفظه من جديد، أو استخدم نسخة Word.</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>{name} holds more than {limit:,} characters of text; a concept note has far fewer. Is it the right file?</source>
        <translation>يحتوي {name} على أكثر من {limit:,} حرف من النص؛ والمذكرة المفاهيمية أقل من ذلك بكثير. هل هذا هو الملف الصحيح؟</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>الجهة المنظمة</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Start and end</source>
        <translation>البدء والانتهاء</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Venue / format</source>
        <translation>المكان / الشكل</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>الرئيس</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>معلومات أساسية</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>الأسئلة التوجيهية</translation>
    </message>
    <message>
        <source>Programme (agenda items)</source>
        <translation>البرنامج (بنود جدول الأعمال)</translation>
    </message>
    <message>
        <source>Speaking time of interventions</source>
        <translation>مدة المداخلات</translation>
    </message>
    <message>
        <source>Focus SDGs</source>
        <translation>أهداف التنمية المستدامة المحورية</translation>
    </message>
    <message>
        <source>Outcome feeds into</source>
        <translation>تُقدَّم النتائج إلى</translation>
    </message>
    <message>
        <source>Speakers named</source>
        <translation>المتكلمون المذكورون</translation>
    </message>
    <message>
        <source>{name} is not a text file (it holds binary data).</source>
        <translation>{name} ليس ملفًا نصيًا (يحتوي على بيانات ثنائية).</translation>
    </message>
    <message>
        <source>Markdown file</source>
        <translation>ملف Markdown</translation>
    </message>
    <message>
        <source>text file</source>
        <translation>ملف نصي</translation>
    </message>
    <message>
        <source>The date “{date}” could be day/month or month/day; check the date.</source>
        <translation>التاريخ ”{date}“ قد يكون يوم/شهر أو شهر/يوم؛ تحقق من التاريخ.</translation>
    </message>
    <message>
        <source>The note says {abbreviation} ({stated}), but {zone} is on {actual} on {date}; check the times and the zone.</source>
        <translation>تذكر المذكرة {abbreviation} ({stated})، لكن {zone} على توقيت {actual} في {date}؛ تحقق من الأوقات والمنطقة الزمنية.</translation>
    </message>
    <message>
        <source>{name} has {count:,} lines; a concept note has at most {limit:,}. Is it the right file?</source>
        <translation>يتألف {name} من {count:,} سطر؛ والمذكرة المفاهيمية لا تتجاوز {limit:,} سطر. هل هذا هو الملف الصحيح؟</translation>
    </message>
    <message>
        <source>{name} holds {count:,} characters of text; a concept note has at most {limit:,}. Is it the right file?</source>
        <translation>يحتوي {name} على {count:,} حرف من النص؛ والمذكرة المفاهيمية لا تتجاوز {limit:,} حرف. هل هذا هو الملف الصحيح؟</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>No guiding question</source>
        <translation>لا سؤال توجيهي</translation>
    </message>
    <message>
        <source>Speaks {language}</source>
        <translation>يتكلم بـ{language}</translation>
    </message>
    <message>
        <source>The list of speakers for “{item}” is closed: only a point of order can still be added. Add this speaker anyway only if you mean to.</source>
        <translation>قائمة المتكلمين بشأن ”{item}“ مقفلة: لا يمكن أن تُضاف إليها إلا نقطة نظام. لا تُضف هذا المتكلم رغم ذلك إلا إذا كنت تقصد ذلك.</translation>
    </message>
    <message>
        <source>Only a speaker who is waiting can be given the floor.</source>
        <translation>لا تُعطى الكلمة إلا لمتكلم في الانتظار.</translation>
    </message>
    <message>
        <source>Only a speaker who is speaking can be paused.</source>
        <translation>لا يمكن إيقاف إلا المتكلم الذي يتكلم مؤقتاً.</translation>
    </message>
    <message>
        <source>Only a paused speaker can be resumed.</source>
        <translation>لا يمكن استئناف إلا المتكلم الموقوف مؤقتاً.</translation>
    </message>
    <message>
        <source>Only the current speaker can be ended.</source>
        <translation>لا يمكن إنهاء إلا كلمة المتكلم الحالي.</translation>
    </message>
    <message>
        <source>The time of a speaker who has finished cannot be changed.</source>
        <translation>لا يمكن تغيير وقت متكلم أنهى كلمته.</translation>
    </message>
    <message>
        <source>This speaker has finished; add them again to give them the floor.</source>
        <translation>أنهى هذا المتكلم كلمته؛ أضفه مرة أخرى لإعطائه الكلمة.</translation>
    </message>
    <message>
        <source>That speaker is no longer in the list.</source>
        <translation>لم يعد هذا المتكلم في القائمة.</translation>
    </message>
    <message>
        <source>Nobody is waiting to speak.</source>
        <translation>لا أحد ينتظر الكلمة.</translation>
    </message>
    <message>
        <source>Nobody is speaking.</source>
        <translation>لا أحد يتكلم.</translation>
    </message>
    <message>
        <source>Nobody is waiting to speak: add a speaker or a floor request first.</source>
        <translation>لا أحد ينتظر الكلمة: أضف أولاً متكلماً أو طلب كلمة من القاعة.</translation>
    </message>
    <message>
        <source>Only a speaker who is still waiting can withdraw.</source>
        <translation>لا يمكن الانسحاب إلا لمتكلم لا يزال في الانتظار.</translation>
    </message>
    <message>
        <source>This speaker is already in the queue.</source>
        <translation>هذا المتكلم موجود بالفعل في قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Only a speaker who is still waiting can be moved.</source>
        <translation>لا يمكن نقل إلا متكلم لا يزال في الانتظار.</translation>
    </message>
    <message>
        <source>The speaker list changed meanwhile; sort it again.</source>
        <translation>تغيّرت قائمة المتكلمين في غضون ذلك؛ رتّبها من جديد.</translation>
    </message>
    <message>
        <source>Type the speaker&apos;s name first.</source>
        <translation>اكتب اسم المتكلم أولاً.</translation>
    </message>
</context>
<context>
    <name>ConsoleActions</name>
    <message>
        <source>Screen</source>
        <translation>الشاشة</translation>
    </message>
    <message>
        <source>the window&apos;s screen</source>
        <translation>شاشة النافذة</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>&amp;Start / pause speaker</source>
        <translation>بدء / إيقاف المتكلم مؤقتاً(&amp;S)</translation>
    </message>
    <message>
        <source>Give the floor to the next speaker, pause or resume</source>
        <translation>إعطاء الكلمة للمتكلم التالي، أو الإيقاف المؤقت أو الاستئناف</translation>
    </message>
    <message>
        <source>&amp;End speaker and start next</source>
        <translation>إنهاء كلمة المتكلم وبدء التالي(&amp;E)</translation>
    </message>
    <message>
        <source>End the current speaker and give the floor to the next</source>
        <translation>إنهاء كلمة المتكلم الحالي وإعطاء الكلمة للتالي</translation>
    </message>
    <message>
        <source>End speaker, &amp;nobody next</source>
        <translation>إنهاء المتكلم، دون تالٍ(&amp;N)</translation>
    </message>
    <message>
        <source>End the current speaker without starting the next</source>
        <translation>إنهاء كلمة المتكلم الحالي دون بدء التالي</translation>
    </message>
    <message>
        <source>&amp;Add 30 seconds</source>
        <translation>إضافة 30 ثانية(&amp;A)</translation>
    </message>
    <message>
        <source>Give the current speaker 30 seconds more</source>
        <translation>منح المتكلم الحالي 30 ثانية إضافية</translation>
    </message>
    <message>
        <source>&amp;Take 30 seconds off</source>
        <translation>خصم 30 ثانية(&amp;T)</translation>
    </message>
    <message>
        <source>Take 30 seconds off the current speaker&apos;s limit</source>
        <translation>خصم 30 ثانية من حد المتكلم الحالي</translation>
    </message>
    <message>
        <source>&amp;Floor request…</source>
        <translation>طلب كلمة من القاعة(&amp;F)…</translation>
    </message>
    <message>
        <source>Add a request from the floor to the interactive discussion</source>
        <translation>إضافة طلب كلمة من القاعة إلى المناقشة التفاعلية</translation>
    </message>
    <message>
        <source>Add spea&amp;ker…</source>
        <translation>إضافة متكلم(&amp;K)…</translation>
    </message>
    <message>
        <source>Add a participant, or a new person, to the speaker list</source>
        <translation>إضافة مشارك، أو شخص جديد، إلى قائمة المتكلمين</translation>
    </message>
    <message>
        <source>Speaking-time stat&amp;istics…</source>
        <translation>إحصاءات وقت الكلام(&amp;I)…</translation>
    </message>
    <message>
        <source>Time per speaker, agenda item, role, gender and region; CSV</source>
        <translation>الوقت حسب المتكلم وبند جدول الأعمال والدور ونوع الجنس والمنطقة؛ CSV</translation>
    </message>
    <message>
        <source>Sound &amp;cue at target and limit</source>
        <translation>تنبيه صوتي عند الوقت المستهدف والحد(&amp;C)</translation>
    </message>
    <message>
        <source>Beep when the speaker reaches the target and the limit</source>
        <translation>إصدار صفارة عند بلوغ المتكلم الوقت المستهدف والحد</translation>
    </message>
    <message>
        <source>&amp;Presenter display</source>
        <translation>شاشة المتكلمين(&amp;P)</translation>
    </message>
    <message>
        <source>Show or hide the big timer for the speakers</source>
        <translation>إظهار المؤقت الكبير للمتكلمين أو إخفاؤه</translation>
    </message>
    <message>
        <source>&amp;Flash the clock past the limit</source>
        <translation>وميض الساعة بعد تجاوز الحد(&amp;F)</translation>
    </message>
    <message>
        <source>Past the limit the clock&apos;s background flashes twice a second</source>
        <translation>بعد تجاوز الحد تومض خلفية الساعة مرتين في الثانية</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح(&amp;K)</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>جميع اختصارات لوحة المفاتيح في النافذة</translation>
    </message>
    <message>
        <source>Presenter &amp;screen</source>
        <translation>شاشة العرض(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>الاجتماع(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ConsoleController</name>
    <message>
        <source>{name} was speaking when Roundtable Desktop closed. Their clock goes on from {spoken}, counted from the time they started.</source>
        <translation>كان {name} يتكلم عند إغلاق Roundtable Desktop. تستأنف ساعته من {spoken}، محسوبة من وقت بدئه.</translation>
    </message>
    <message>
        <source>{name} is still speaking: their clock went on while another meeting was shown, and stands at {spoken}.</source>
        <translation>لا يزال {name} يتكلم: استمرت ساعته أثناء عرض اجتماع آخر، وهي الآن عند {spoken}.</translation>
    </message>
    <message>
        <source>A speaker</source>
        <translation>متكلم</translation>
    </message>
    <message>
        <source>The speaker</source>
        <translation>المتكلم</translation>
    </message>
    <message>
        <source>{name} speaks next</source>
        <translation>{name} يتكلم بعد ذلك</translation>
    </message>
    <message>
        <source>{name} is number {n} in the queue</source>
        <translation>{name} رقم {n} في الطابور</translation>
    </message>
    <message>
        <source>{where}, in “{item}”.</source>
        <translation>{where}، في «{item}».</translation>
    </message>
    <message>
        <source>The speaker list is run from the chair&apos;s laptop.</source>
        <translation>تُدار قائمة المتكلمين من حاسوب الرئيس.</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <source>m:ss</source>
        <translation>د:ث</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Give the file a name.</source>
        <translation>أعطِ الملف اسمًا.</translation>
    </message>
    <message>
        <source>“{name}…” is too long for a file name ({count} characters). Choose a shorter name.</source>
        <translation>“{name}…” أطول من أن يكون اسم ملف ({count} حرفًا). اختر اسمًا أقصر.</translation>
    </message>
    <message>
        <source>“{name}” is not a valid file name: it contains {shown}. Choose another name.</source>
        <translation>“{name}” ليس اسم ملف صالحًا: يحتوي على {shown}. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>“{name}” is not a valid file name on every computer. Choose another name.</source>
        <translation>“{name}” ليس اسم ملف صالحًا على كل الحواسيب. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>{folder} is not a folder. Choose another place for the file.</source>
        <translation>{folder} ليس مجلدًا. اختر مكانًا آخر للملف.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a device or a pipe). Choose a file name.</source>
        <translation>{path} ليس ملفًا عاديًا (جهاز أو أنبوب). اختر اسم ملف.</translation>
    </message>
    <message>
        <source>{name} is open in Word or another program. Close it there, or choose another name.</source>
        <translation>{name} مفتوح في Word أو في برنامج آخر. أغلقه هناك أو اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>{name} is read-only. Choose another name, or make it writable.</source>
        <translation>{name} للقراءة فقط. اختر اسمًا آخر، أو اجعله قابلًا للكتابة.</translation>
    </message>
    <message>
        <source>{name} is the library&apos;s own file ({own}): writing there would destroy it. Choose another name.</source>
        <translation>{name} ملف من ملفات المكتبة نفسها ({own}): الكتابة فيه ستتلفها. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose another folder.</source>
        <translation>المجلد {folder} غير موجود. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>{path} is a folder. Choose a file name.</source>
        <translation>{path} مجلد. اختر اسم ملف.</translation>
    </message>
    <message>
        <source>{name} is open in Word or another program, or read-only. Close it, or choose another name.</source>
        <translation>{name} مفتوح في Word أو في برنامج آخر، أو للقراءة فقط. أغلقه أو اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>You are not allowed to write in {folder}. Choose another folder.</source>
        <translation>ليس لديك إذن بالكتابة في {folder}. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full. Free some space or choose another place.</source>
        <translation>القرص الذي يحوي {folder} ممتلئ. أفرغ بعض المساحة أو اختر مكانًا آخر.</translation>
    </message>
    <message>
        <source>“{name}” is not a valid file name here. Choose another name.</source>
        <translation>“{name}” ليس اسم ملف صالحًا هنا. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>{folder} is on a read-only disk. Choose another place.</source>
        <translation>{folder} على قرص للقراءة فقط. اختر مكانًا آخر.</translation>
    </message>
    <message>
        <source>{name} could not be written ({reason}). Choose another name or place.</source>
        <translation>تعذّرت كتابة {name} ({reason}). اختر اسمًا آخر أو مكانًا آخر.</translation>
    </message>
    <message>
        <source>The statistics cannot be written to {place}: {reason}.</source>
        <translation>تعذّرت كتابة الإحصاءات في {place}: {reason}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export rapporteur’s summary</source>
        <translation>تصدير موجز المقرر</translation>
    </message>
    <message>
        <source>Rapporteur’s summary (Word, .docx)</source>
        <translation>موجز المقرر (Word، ‎.docx)</translation>
    </message>
    <message>
        <source>Rapporteur’s summary (Markdown, .md)</source>
        <translation>موجز المقرر (Markdown، ‎.md)</translation>
    </message>
    <message>
        <source>Speaker log (CSV spreadsheet, .csv)</source>
        <translation>سجل المتكلمين (جدول بيانات CSV، ‎.csv)</translation>
    </message>
    <message>
        <source>Whole meeting (session JSON, .json)</source>
        <translation>الاجتماع بأكمله (JSON الجلسة، ‎.json)</translation>
    </message>
    <message>
        <source>None: a plain A4 document</source>
        <translation>لا شيء: مستند A4 بسيط</translation>
    </message>
    <message>
        <source>A Word file (.docx or .dotx) whose styles, page set-up, header and footer the summary takes</source>
        <translation>ملف Word (‎.docx أو ‎.dotx) يأخذ منه الموجز الأنماط وإعداد الصفحة والرأس والتذييل</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>بالاسم</translation>
    </message>
    <message>
        <source>By role (“a discussant from …”)</source>
        <translation>حسب الدور («مناقش من …»)</translation>
    </message>
    <message>
        <source>Unattributed (no speaker named)</source>
        <translation>دون نسبة (لا يُذكر أي متكلم)</translation>
    </message>
    <message>
        <source>How the summary says who made each point; unattributed, nothing names or times a speaker</source>
        <translation>كيف يبيّن الموجز من أثار كل نقطة؛ ودون نسبة لا يُذكر أي متكلم ولا يُوقَّت</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>التصدير(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>الملف(&amp;F):</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>اختيار(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose &amp;template…</source>
        <translation>اختيار قالب(&amp;T)…</translation>
    </message>
    <message>
        <source>Word &amp;template:</source>
        <translation>قالب Word(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Speakers named:</source>
        <translation>ذكر المتكلمين(&amp;S):</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>تصدير(&amp;X)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>The summary in Word, to edit and circulate.</source>
        <translation>الموجز بصيغة Word، للتحرير والتعميم.</translation>
    </message>
    <message>
        <source>The same summary as plain text with Markdown headings.</source>
        <translation>الموجز نفسه كنص عادي بعناوين Markdown.</translation>
    </message>
    <message>
        <source>One row per speaker slot: who, when, planned and spoken time.</source>
        <translation>صف لكل دور كلام: من ومتى والوقت المقرر ووقت الكلام.</translation>
    </message>
    <message>
        <source>The whole meeting, readable back by Roundtable Desktop.</source>
        <translation>الاجتماع بأكمله، يمكن لـ Roundtable Desktop قراءته مجدداً.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <source>{what} (*{suffix})</source>
        <translation>{what} (*{suffix})</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>قالب Word</translation>
    </message>
    <message>
        <source>Speaker log</source>
        <translation>سجل المتكلمين</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>مستندات Word وقوالبها (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Export not written</source>
        <translation>لم يُكتب التصدير</translation>
    </message>
    <message>
        <source>summary document</source>
        <translation>وثيقة الموجز</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>إلغاء التصدير</translation>
    </message>
    <message>
        <source>Exporting… the meeting goes on meanwhile; Cancel stops the export and writes nothing.</source>
        <translation>جارٍ التصدير… يستمر الاجتماع في الأثناء؛ وإلغاء يوقف التصدير ولا يكتب شيئاً.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>أُلغي التصدير: لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The export failed and nothing was written ({problem}). The details are in the log file.</source>
        <translation>فشل التصدير ولم يُكتب شيء ({problem}). التفاصيل في ملف السجل.</translation>
    </message>
    <message>
        <source>{problem}

Nothing was written. The file name now offers another one:
{name}
Press Export to use it, or choose another.</source>
        <translation>{problem}

لم يُكتب شيء. يقترح اسم الملف الآن اسماً آخر:
{name}
اضغط تصدير لاستخدامه، أو اختر غيره.</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>صُدّر إلى {path}</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>الجهة المنظمة</translation>
    </message>
    <message>
        <source>session</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>وقت البدء</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>وقت الانتهاء</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>background</source>
        <translation>معلومات أساسية</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>format</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>SDGs in focus</source>
        <translation>الأهداف موضع التركيز</translation>
    </message>
    <message>
        <source>outcome feeds into</source>
        <translation>تُقدَّم النتائج إلى</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>الرئيس</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>key messages</source>
        <translation>الرسائل الرئيسية</translation>
    </message>
    <message>
        <source>document type</source>
        <translation>نوع الوثيقة</translation>
    </message>
    <message>
        <source>document symbol</source>
        <translation>رمز الوثيقة</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>التوزيع</translation>
    </message>
    <message>
        <source>date of issue</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>original language</source>
        <translation>لغة الأصل</translation>
    </message>
    <message>
        <source>introduction</source>
        <translation>المقدمة</translation>
    </message>
    <message>
        <source>language of the summary</source>
        <translation>لغة الموجز</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>planned minutes</source>
        <translation>الدقائق المقررة</translation>
    </message>
    <message>
        <source>place in the order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>مقدِّم العرض</translation>
    </message>
    <message>
        <source>usual speaking time</source>
        <translation>وقت الكلام المعتاد</translation>
    </message>
    <message>
        <source>usual time limit</source>
        <translation>الحد الزمني المعتاد</translation>
    </message>
    <message>
        <source>actual start</source>
        <translation>البدء الفعلي</translation>
    </message>
    <message>
        <source>actual end</source>
        <translation>الانتهاء الفعلي</translation>
    </message>
    <message>
        <source>list of speakers closed</source>
        <translation>إقفال قائمة المتكلمين</translation>
    </message>
    <message>
        <source>text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>synthesis</source>
        <translation>الخلاصة</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>function</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>regional group</source>
        <translation>المجموعة الإقليمية</translation>
    </message>
    <message>
        <source>present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>المتكلم</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <source>guiding question</source>
        <translation>السؤال التوجيهي</translation>
    </message>
    <message>
        <source>speaker&apos;s place</source>
        <translation>دور المتكلم</translation>
    </message>
    <message>
        <source>speaking time</source>
        <translation>وقت الكلام</translation>
    </message>
    <message>
        <source>time limit</source>
        <translation>الحد الزمني</translation>
    </message>
    <message>
        <source>kind of request</source>
        <translation>نوع الطلب</translation>
    </message>
    <message>
        <source>state</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>time spoken</source>
        <translation>الوقت المستغرق في الكلام</translation>
    </message>
    <message>
        <source>last start</source>
        <translation>آخر بدء</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <source>key message</source>
        <translation>رسالة رئيسية</translation>
    </message>
    <message>
        <source>meeting clock</source>
        <translation>ساعة الاجتماع</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>وقت الإرسال</translation>
    </message>
    <message>
        <source>usual message</source>
        <translation>رسالة معتادة</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>وقت المسح</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>access to it is refused</source>
        <translation>رُفض الوصول إليه</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>لم يعد موجودًا</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>إنه مجلد</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>أبلغ القرص عن خطأ</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>يستخدمه برنامج آخر</translation>
    </message>
    <message>
        <source>its name is too long</source>
        <translation>اسمه طويل جدًا</translation>
    </message>
    <message>
        <source>its link leads nowhere</source>
        <translation>رابطه لا يؤدي إلى أي مكان</translation>
    </message>
    <message>
        <source>its drive is not connected</source>
        <translation>محرك الأقراص الذي يحويه غير متصل</translation>
    </message>
    <message>
        <source>a file stands where a folder should be</source>
        <translation>يوجد ملف في المكان الذي ينبغي أن يكون فيه مجلد</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>القرص للقراءة فقط</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>لا يوجد ملف باسم {path}.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} ليس ملفًا.</translation>
    </message>
    <message>
        <source>You are not allowed to read {path}.</source>
        <translation>ليس لديك إذن بقراءة {path}.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>تعذّرت قراءة {path} ({reason}).</translation>
    </message>
    <message>
        <source>{name} is open in another program that keeps it locked; close it there and try again.</source>
        <translation>{name} مفتوح في برنامج آخر يقفله؛ أغلقه في ذلك البرنامج ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; at most {limit} MB can be read. Is it the right file?</source>
        <translation>حجم {name} {size} ميغابايت؛ ولا يمكن قراءة أكثر من {limit} ميغابايت. هل هذا هو الملف الصحيح؟</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} فارغ.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search the notes (Ctrl+F)</source>
        <translation>البحث في الملاحظات (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>البحث في الملاحظات</translation>
    </message>
    <message>
        <source>Key messages only</source>
        <translation>الرسائل الرئيسية فقط</translation>
    </message>
    <message>
        <source>Only the notes marked as key messages</source>
        <translation>الملاحظات المعلَّمة كرسائل رئيسية فقط</translation>
    </message>
    <message>
        <source>Only this speaker&apos;s notes</source>
        <translation>ملاحظات هذا المتكلم فقط</translation>
    </message>
    <message>
        <source>Only notes of this kind</source>
        <translation>الملاحظات من هذا النوع فقط</translation>
    </message>
    <message>
        <source>Only notes on this guiding question</source>
        <translation>الملاحظات المتعلقة بهذا السؤال التوجيهي فقط</translation>
    </message>
    <message>
        <source>Only notes tagged with this SDG</source>
        <translation>الملاحظات المرتبطة بهذا الهدف فقط</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>جميع الأنواع</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Show every note again</source>
        <translation>إظهار كل الملاحظات مجدداً</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>جميع المتكلمين</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>جميع الأسئلة</translation>
    </message>
    <message>
        <source>No question</source>
        <translation>لا سؤال</translation>
    </message>
    <message>
        <source>All SDGs</source>
        <translation>جميع الأهداف</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>لا توجد ملاحظات بعد</translation>
    </message>
    <message>
        <source>%1 of %2 notes</source>
        <translation>%1 من %2 ملاحظة</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>لا ملاحظات</numerusform>
            <numerusform>ملاحظة واحدة</numerusform>
            <numerusform>ملاحظتان</numerusform>
            <numerusform>%n ملاحظات</numerusform>
            <numerusform>%n ملاحظة</numerusform>
            <numerusform>%n ملاحظة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Not stated</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>امرأة</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>رجل</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Review the imported meeting — {name}</source>
        <translation>مراجعة الاجتماع المستورد — {name}</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>الاجتماع(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Background and objectives</source>
        <translation>الخلفية والأهداف(&amp;B)</translation>
    </message>
    <message>
        <source>Guiding &amp;questions ({n})</source>
        <translation>الأسئلة التوجيهية ({n})(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Programme ({n})</source>
        <translation>البرنامج ({n})(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Speakers ({n})</source>
        <translation>المتكلمون ({n})(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save meeting</source>
        <translation>حفظ الاجتماع(&amp;S)</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>المتكلمون</translation>
    </message>
    <message>
        <source>&lt;b&gt;The note gives several days or sessions.&lt;/b&gt; Which one is the &amp;meeting?</source>
        <translation>&lt;b&gt;تذكر المذكرة عدة أيام أو جلسات.&lt;/b&gt; أيّها هو الاجتماع(&amp;M)؟</translation>
    </message>
    <message>
        <source>&lt;b&gt;{found} of {total}&lt;/b&gt; fields were found in &lt;b&gt;{name}&lt;/b&gt; ({source}). Check them, correct what was misread, fill in what is missing. Nothing is saved until you press &lt;b&gt;Save meeting&lt;/b&gt;.</source>
        <translation>عُثر على &lt;b&gt;{found} من {total}&lt;/b&gt; حقلاً في &lt;b&gt;{name}&lt;/b&gt; ({source}). تحقق منها، وصحح ما أسيئت قراءته، واستكمل ما ينقص. لا يُحفظ شيء حتى تضغط &lt;b&gt;حفظ الاجتماع&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;{style}&apos;&gt;Check {field}:&lt;/span&gt; {reason}.</source>
        <translation>&lt;span style=&apos;{style}&apos;&gt;تحقق من {field}:&lt;/span&gt; {reason}.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;{style}&apos;&gt;Not found:&lt;/span&gt; {names}.</source>
        <translation>&lt;span style=&apos;{style}&apos;&gt;لم يُعثر على:&lt;/span&gt; {names}.</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>يلزم التحقق:</translation>
    </message>
    <message>
        <source>Back&amp;ground:</source>
        <translation>الخلفية(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>الأهداف(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>الصيغة(&amp;F):</translation>
    </message>
    <message>
        <source>Speaking time to check: {value} ({reason})</source>
        <translation>مدة الكلمة التي يلزم التحقق منها: {value} ({reason})</translation>
    </message>
    <message>
        <source>Speaking time: {value}</source>
        <translation>وقت الكلام: {value}</translation>
    </message>
    <message>
        <source>Speaking time not found: the kinds&apos; defaults are used</source>
        <translation>لم يُعثر على وقت الكلام: تُستخدم القيم الافتراضية للأنواع</translation>
    </message>
    <message>
        <source>imported meeting</source>
        <translation>الاجتماع المستورد</translation>
    </message>
    <message>
        <source>found in the note</source>
        <translation>ورد في المذكرة</translation>
    </message>
    <message>
        <source>check: {reason}</source>
        <translation>يلزم التحقق: {reason}</translation>
    </message>
    <message>
        <source>not found in the note</source>
        <translation>لم يرد في المذكرة</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a shared meeting</source>
        <translation>الانضمام إلى اجتماع مشترك</translation>
    </message>
    <message>
        <source>Meetings shared on this network:</source>
        <translation>الاجتماعات المشتركة على هذه الشبكة:</translation>
    </message>
    <message>
        <source>Meetings shared on this network</source>
        <translation>الاجتماعات المشتركة على هذه الشبكة</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>العنوان(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>الرمز(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>انضمام(&amp;J)</translation>
    </message>
    <message>
        <source>{address} — not answering</source>
        <translation>{address} — لا يستجيب</translation>
    </message>
    <message>
        <source>{address} — checking…</source>
        <translation>{address} — جارٍ التحقق…</translation>
    </message>
    <message>
        <source>If the meeting is not listed (hotspots often hide it), type the address the chair&apos;s laptop shows.</source>
        <translation>إذا لم يظهر الاجتماع (كثيراً ما تخفيه نقاط الاتصال)، فاكتب العنوان الذي يعرضه حاسوب الرئيس.</translation>
    </message>
    <message>
        <source>Cannot look for meetings on this network.</source>
        <translation>يتعذر البحث عن اجتماعات على هذه الشبكة.</translation>
    </message>
    <message>
        <source>Looking for shared meetings… none found yet.</source>
        <translation>جارٍ البحث عن الاجتماعات المشتركة… لم يُعثر على أي اجتماع بعد.</translation>
    </message>
    <message>
        <source>Meetings found: {count}.</source>
        <translation>الاجتماعات التي عُثر عليها: {count}.</translation>
    </message>
    <message>
        <source>The code has 6 digits, as the chair&apos;s laptop shows it.</source>
        <translation>يتكون الرمز من 6 أرقام، كما يعرضه حاسوب الرئيس.</translation>
    </message>
</context>
<context>
    <name>JournalWatch</name>
    <message>
        <source>The library&apos;s journal ({name}) was removed while the window was open, and its changes could not be saved into the library: {error}. Keep the window open and make a backup copy of the library&apos;s folder.</source>
        <translation>أُزيل سجل المكتبة ({name}) أثناء فتح النافذة، وتعذّر حفظ تغييراته في المكتبة: {error}. أبقِ النافذة مفتوحة وخذ نسخة احتياطية من مجلد المكتبة.</translation>
    </message>
    <message>
        <source>The library&apos;s journal ({name}) was removed while the window was open. Everything it held was saved into the library; nothing was lost.</source>
        <translation>أُزيل سجل المكتبة ({name}) أثناء فتح النافذة. وحُفظ كل ما فيه في المكتبة؛ لم يُفقد شيء.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>الصينية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنكليزية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>is not a number</source>
        <translation>ليس عددًا</translation>
    </message>
    <message>
        <source>is {value}; it must be from {low} to {high}</source>
        <translation>قيمته {value}؛ ويجب أن تكون من {low} إلى {high}</translation>
    </message>
    <message>
        <source>has a time-zone offset; a time of day is given in the meeting&apos;s own zone</source>
        <translation>يتضمن فرقًا في التوقيت؛ ووقت اليوم يُعطى بتوقيت الاجتماع نفسه</translation>
    </message>
    <message>
        <source>is in the year {year}; it must be from {first} to {last}</source>
        <translation>يقع في سنة {year}؛ ويجب أن تكون السنة من {first} إلى {last}</translation>
    </message>
    <message>
        <source>is “{text}”, not an offset in use (UTC-12:00 to UTC+14:00)</source>
        <translation>قيمته “{text}”، وهذا ليس فرقًا مستخدمًا في التوقيت (من UTC-12:00 إلى UTC+14:00)</translation>
    </message>
    <message>
        <source>is “{text}”, not a time zone (such as Europe/Zurich or UTC+02:00)</source>
        <translation>قيمته “{text}”، وهذه ليست منطقة زمنية (مثل Europe/Zurich أو UTC+02:00)</translation>
    </message>
</context>
<context>
    <name>LinkAddress</name>
    <message>
        <source>“{typed}” is not an address like 192.168.1.5:8765.</source>
        <translation>«{typed}» ليس عنواناً مثل 192.168.1.5:8765.</translation>
    </message>
</context>
<context>
    <name>ListClosingActions</name>
    <message>
        <source>Close or reopen the &amp;list of speakers</source>
        <translation>إقفال قائمة المتكلمين أو إعادة فتحها(&amp;L)</translation>
    </message>
    <message>
        <source>Close the list of the agenda item under way: only points of order are added; again to reopen it</source>
        <translation>إقفال قائمة البند الجاري من جدول الأعمال: لا تُضاف إلا نقاط النظام؛ ومرة أخرى لإعادة فتحها</translation>
    </message>
    <message>
        <source>Close or reopen floor re&amp;quests</source>
        <translation>إقفال طلبات القاعة أو إعادة فتحها(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the list of floor requests of the interactive discussion; again to reopen it</source>
        <translation>إقفال قائمة طلبات الكلمة من القاعة في المناقشة التفاعلية؛ ومرة أخرى لإعادة فتحها</translation>
    </message>
    <message>
        <source>This meeting has no agenda item to close.</source>
        <translation>لا يتضمن هذا الاجتماع أي بند من بنود جدول الأعمال يمكن إقفاله.</translation>
    </message>
    <message>
        <source>List of speakers closed (points of order only): {items}</source>
        <translation>قائمة المتكلمين مقفلة (نقاط النظام فقط): {items}</translation>
    </message>
    <message>
        <source>List of speakers closed</source>
        <translation>قائمة المتكلمين مقفلة</translation>
    </message>
    <message>
        <source>The list of speakers for “{item}” is closed: only a point of order can still be added.</source>
        <translation>قائمة المتكلمين بشأن ”{item}“ مقفلة: لا يمكن أن تُضاف إليها إلا نقطة نظام.</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>الإضافة على أي حال</translation>
    </message>
</context>
<context>
    <name>ListEditors</name>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>إضافة صف (Insert)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>إزالة الصف المحدد (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>إلى الأسفل</translation>
    </message>
</context>
<context>
    <name>LiveLinkActions</name>
    <message>
        <source>S&amp;hare on this network…</source>
        <translation>المشاركة على هذه الشبكة(&amp;H)…</translation>
    </message>
    <message>
        <source>Let the rapporteur&apos;s laptop follow this meeting, and phones open the presenter view</source>
        <translation>السماح لحاسوب المقرر بمتابعة هذا الاجتماع وللهواتف بفتح عرض المتكلمين</translation>
    </message>
    <message>
        <source>&amp;Join a shared meeting…</source>
        <translation>الانضمام إلى اجتماع مشترك(&amp;J)…</translation>
    </message>
    <message>
        <source>Follow a meeting shared by the chair&apos;s laptop on this network</source>
        <translation>متابعة اجتماع يشاركه حاسوب الرئيس على هذه الشبكة</translation>
    </message>
    <message>
        <source>Stop follo&amp;wing</source>
        <translation>إيقاف المتابعة(&amp;W)</translation>
    </message>
    <message>
        <source>Stop following the chair&apos;s laptop; what this laptop holds stays, and a new join catches up</source>
        <translation>إيقاف متابعة الحاسوب المحمول للرئيس؛ يبقى ما يحفظه هذا الحاسوب، وعند الانضمام من جديد يُستكمل ما فات</translation>
    </message>
    <message>
        <source>R&amp;un this meeting on this laptop…</source>
        <translation>إدارة هذا الاجتماع على هذا الحاسوب(&amp;U)…</translation>
    </message>
    <message>
        <source>When the chair&apos;s laptop is gone for good: this laptop runs the clock and the speaker list</source>
        <translation>عندما لا يعود حاسوب الرئيس متاحًا: يتولى هذا الحاسوب الساعة وقائمة المتكلمين</translation>
    </message>
    <message>
        <source>Share on this network</source>
        <translation>المشاركة على هذه الشبكة</translation>
    </message>
    <message>
        <source>Shared on this network: {count} following</source>
        <translation>مشترك على هذه الشبكة: {count} من المتابعين</translation>
    </message>
    <message>
        <source>Joining {address}…</source>
        <translation>جارٍ الانضمام إلى {address}…</translation>
    </message>
    <message>
        <source>Following the chair&apos;s laptop: {title}</source>
        <translation>متابعة حاسوب الرئيس: {title}</translation>
    </message>
    <message>
        <source>Link lost since {time}; trying again…</source>
        <translation>انقطع الاتصال منذ {time}؛ جارٍ إعادة المحاولة…</translation>
    </message>
    <message>
        <source>(shared again? File &gt; Join with the new code)</source>
        <translation>(هل أُعيدت المشاركة؟ ملف &gt; الانضمام بالرمز الجديد)</translation>
    </message>
    <message>
        <source>Run this meeting here</source>
        <translation>إدارة هذا الاجتماع هنا</translation>
    </message>
    <message>
        <source>Run “{title}” on this laptop? Do it only when the chair&apos;s laptop is gone for good: this laptop stops following it, its clock keys come back, and it becomes the chair&apos;s laptop for this meeting (it may share it). If the other laptop&apos;s changes come in later, a record both changed is shown for a choice.</source>
        <translation>إدارة «{title}» على هذا الحاسوب؟ لا تفعل ذلك إلا إذا لم يعد حاسوب الرئيس متاحًا: يتوقف هذا الحاسوب عن متابعته، وتعود مفاتيح الساعة إلى العمل، ويصبح حاسوب الرئيس لهذا الاجتماع (ويمكنه مشاركته). وإذا وصلت تغييرات الحاسوب الآخر لاحقًا، يُعرض السجل الذي غُيّر في الجانبين للاختيار.</translation>
    </message>
    <message>
        <source>Run it here</source>
        <translation>الإدارة من هنا</translation>
    </message>
    <message>
        <source>The code is not right: type the 6 digits the chair&apos;s laptop shows now (Meeting &gt; Share on this network…) and join again.</source>
        <translation>الرمز غير صحيح: اكتب الأرقام الستة التي يعرضها حاسوب الرئيس الآن (الاجتماع &gt; المشاركة على هذه الشبكة…) ثم انضم مجددًا.</translation>
    </message>
    <message>
        <source>Too many wrong codes were tried: ask the chair&apos;s laptop for a new code.</source>
        <translation>جُرِّب عدد كبير جدًا من الرموز الخاطئة: اطلب رمزًا جديدًا من حاسوب الرئيس.</translation>
    </message>
    <message>
        <source>The other laptop did not show that it knows the code.</source>
        <translation>لم يُثبت الحاسوب الآخر أنه يعرف الرمز.</translation>
    </message>
    <message>
        <source>The address now shares another meeting.</source>
        <translation>هذا العنوان يشارك الآن اجتماعًا آخر.</translation>
    </message>
    <message>
        <source>Join a shared meeting</source>
        <translation>الانضمام إلى اجتماع مشترك</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>اجتماع جديد(&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;demo meeting</source>
        <translation>اجتماع تجريبي جديد(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;uplicate meeting</source>
        <translation>نسخ الاجتماع(&amp;U)</translation>
    </message>
    <message>
        <source>Dele&amp;te meeting…</source>
        <translation>حذف الاجتماع(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Choose meeting</source>
        <translation>اختيار الاجتماع(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export rapporteur’s summary…</source>
        <translation>تصدير موجز المقرر(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>الاجتماع(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>الملاحظات(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Roundtable Desktop</source>
        <translation>حول Roundtable Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>The library holds no meeting: File &gt; New meeting or New demo meeting.</source>
        <translation>لا تضم المكتبة أي اجتماع: ملف &gt; اجتماع جديد أو اجتماع تجريبي جديد.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>اجتماع جديد</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>حذف الاجتماع</translation>
    </message>
    <message>
        <source>Delete “{title}” with its agenda, speakers and notes? This cannot be undone.</source>
        <translation>هل يُحذف «{title}» مع جدول أعماله ومتكلميه وملاحظاته؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>{name} is speaking. Quit anyway? Their clock is stored and goes on from where it is when Roundtable Desktop starts again.</source>
        <translation>{name} يتكلم. هل تخرج مع ذلك؟ تُحفظ ساعته وتستأنف من حيث هي عند تشغيل Roundtable Desktop مجدداً.</translation>
    </message>
    <message>
        <source>About Roundtable Desktop</source>
        <translation>حول Roundtable Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Roundtable Desktop {version}&lt;/h3&gt;&lt;p&gt;The chair&apos;s and the rapporteur&apos;s offline companion for a roundtable: agenda, guiding questions, a timed speaker list and structured notes, all in one local library.&lt;/p&gt;&lt;p&gt;Library: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Roundtable Desktop {version}&lt;/h3&gt;&lt;p&gt;رفيق رئيس اجتماع المائدة المستديرة ومقرره دون اتصال: جدول الأعمال، والأسئلة التوجيهية، وقائمة متكلمين موقوتة، وملاحظات منظمة، كلها في مكتبة محلية واحدة.&lt;/p&gt;&lt;p&gt;المكتبة: {path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingClockDisplay</name>
    <message>
        <source>Meeting clock</source>
        <translation>ساعة الاجتماع</translation>
    </message>
    <message>
        <source>(local {time})</source>
        <translation>(التوقيت المحلي {time})</translation>
    </message>
    <message>
        <source>meeting not started</source>
        <translation>لم يبدأ الاجتماع</translation>
    </message>
    <message>
        <source>meeting held {length}</source>
        <translation>عُقد الاجتماع لمدة {length}</translation>
    </message>
    <message>
        <source>meeting {elapsed} elapsed</source>
        <translation>مضى من الاجتماع {elapsed}</translation>
    </message>
    <message>
        <source>{left} left</source>
        <translation>المتبقي {left}</translation>
    </message>
    <message>
        <source>{over} past the planned end</source>
        <translation>{over} بعد النهاية المقررة</translation>
    </message>
    <message>
        <source>{item}: {elapsed} of {planned} min</source>
        <translation>{item}: {elapsed} من {planned} دقيقة</translation>
    </message>
    <message>
        <source>planned {start}–{end}</source>
        <translation>المقرر من {start} إلى {end}</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>في الموعد</translation>
    </message>
    <message>
        <source>{n} min late</source>
        <translation>تأخير {n} دقيقة</translation>
    </message>
    <message>
        <source>ended {time}, {words}</source>
        <translation>انتهى في {time}، {words}</translation>
    </message>
    <message>
        <source>ends {time}, {words}</source>
        <translation>ينتهي في {time}، {words}</translation>
    </message>
    <message>
        <source>1 floor request of {length} still fits</source>
        <translation>لا يزال هناك متسع لطلب واحد من القاعة مدته {length}</translation>
    </message>
    <message>
        <source>{n} floor requests of {length} still fit</source>
        <translation>لا يزال هناك متسع لـ {n} من طلبات القاعة مدة كل منها {length}</translation>
    </message>
    <message>
        <source>floor closed</source>
        <translation>طلبات القاعة مقفلة</translation>
    </message>
</context>
<context>
    <name>MeetingFile</name>
    <message>
        <source>The meeting file holds more than {limit:,} records.</source>
        <translation>يحتوي ملف الاجتماع على أكثر من {limit:,} سجل.</translation>
    </message>
    <message>
        <source>“{where}” must be a list.</source>
        <translation>يجب أن يكون “{where}” قائمة.</translation>
    </message>
    <message>
        <source>This is not a Roundtable meeting file (format “{expected}”).</source>
        <translation>هذا ليس ملف اجتماع Roundtable (الصيغة “{expected}”).</translation>
    </message>
    <message>
        <source>The meeting file has no valid “version” (a whole number from 1).</source>
        <translation>لا يحتوي ملف الاجتماع على “version” صحيح (عدد صحيح يبدأ من 1).</translation>
    </message>
    <message>
        <source>This meeting file was written by a newer Roundtable Desktop (version {version}); update Roundtable Desktop to merge it.</source>
        <translation>كُتب ملف الاجتماع هذا بإصدار أحدث من Roundtable Desktop (الإصدار {version})؛ حدِّث Roundtable Desktop لدمجه.</translation>
    </message>
    <message>
        <source>The meeting file does not say which laptop wrote it (“laptop”).</source>
        <translation>لا يذكر ملف الاجتماع الحاسوب الذي كتبه (“laptop”).</translation>
    </message>
    <message>
        <source>The meeting file has no “records”.</source>
        <translation>لا يحتوي ملف الاجتماع على “records”.</translation>
    </message>
    <message>
        <source>“{where}” belongs to another meeting.</source>
        <translation>“{where}” يخص اجتماعًا آخر.</translation>
    </message>
    <message>
        <source>“{where}” {id} is used twice.</source>
        <translation>“{where}” {id} مستخدم مرتين.</translation>
    </message>
    <message>
        <source>“{where}” must be an object.</source>
        <translation>يجب أن يكون “{where}” كائنًا.</translation>
    </message>
    <message>
        <source>“{where}” is not a deleted record of a meeting.</source>
        <translation>“{where}” ليس سجلًا محذوفًا من اجتماع.</translation>
    </message>
    <message>
        <source>The meeting file&apos;s “{where}” is not an id.</source>
        <translation>“{where}” في ملف الاجتماع ليس معرّفًا.</translation>
    </message>
    <message>
        <source>The meeting file&apos;s “{where}” is not a whole number.</source>
        <translation>“{where}” في ملف الاجتماع ليس عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>{name} is not a meeting file: it is not valid JSON text.</source>
        <translation>{name} ليس ملف اجتماع: ليس نص JSON صحيحًا.</translation>
    </message>
    <message>
        <source>{name} is a session file, which comes in with new ids: use File &gt; Import.</source>
        <translation>{name} ملف جلسة، يدخل بمعرّفات جديدة: استخدم ملف &gt; استيراد.</translation>
    </message>
</context>
<context>
    <name>MeetingFileActions</name>
    <message>
        <source>Export for another &amp;laptop…</source>
        <translation>التصدير لحاسوب آخر(&amp;L)…</translation>
    </message>
    <message>
        <source>Write the meeting with its ids to a file that the other laptop merges (no network needed)</source>
        <translation>كتابة الاجتماع بمعرّفاته في ملف يدمجه الحاسوب الآخر (لا حاجة إلى شبكة)</translation>
    </message>
    <message>
        <source>&amp;Merge a meeting file…</source>
        <translation>دمج ملف اجتماع(&amp;M)…</translation>
    </message>
    <message>
        <source>Bring in the notes and changes of another laptop&apos;s meeting file, by id</source>
        <translation>جلب الملاحظات والتغييرات من ملف اجتماع حاسوب آخر، حسب المعرّف</translation>
    </message>
    <message>
        <source>Export for another laptop</source>
        <translation>التصدير لحاسوب آخر</translation>
    </message>
    <message>
        <source>Meeting files (*{suffix});;All files (*)</source>
        <translation>ملفات الاجتماعات (*{suffix});;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>كُتب: {path}</translation>
    </message>
    <message>
        <source>Merge a meeting file</source>
        <translation>دمج ملف اجتماع</translation>
    </message>
    <message>
        <source>Nothing was merged.</source>
        <translation>لم يُدمج شيء.</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>End time</source>
        <translation>وقت الانتهاء</translation>
    </message>
    <message>
        <source>e.g. E/CN.16/2021/CRP.1</source>
        <translation>مثلاً E/CN.16/2021/CRP.1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنكليزية</translation>
    </message>
    <message>
        <source>The document symbol; with one, the Word summary opens with a masthead: symbol, distribution, date of issue, original language</source>
        <translation>رمز الوثيقة؛ إذا وُجد، يبدأ موجز Word بترويسة: الرمز والتوزيع وتاريخ الإصدار ولغة الأصل</translation>
    </message>
    <message>
        <source>The meeting&apos;s title, as the summary will show it</source>
        <translation>عنوان الاجتماع كما سيظهر في الموجز</translation>
    </message>
    <message>
        <source>Room, building, or virtual / hybrid</source>
        <translation>القاعة أو المبنى، أو افتراضي / مختلط</translation>
    </message>
    <message>
        <source>The forum the outcome feeds, e.g. the HLPF</source>
        <translation>المنتدى الذي تُقدَّم إليه النتائج، مثل المنتدى السياسي الرفيع المستوى</translation>
    </message>
    <message>
        <source>in</source>
        <translation>في</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوان(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>الجهة المنظمة(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>الدورة(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>التاريخ(&amp;D):</translation>
    </message>
    <message>
        <source>T&amp;imes:</source>
        <translation>الأوقات(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Venue / format:</source>
        <translation>المكان / الشكل(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>الرئيس(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Rapporteur:</source>
        <translation>المقرر(&amp;R):</translation>
    </message>
    <message>
        <source>Outcome &amp;feeds:</source>
        <translation>تُقدَّم النتائج إلى(&amp;F):</translation>
    </message>
    <message>
        <source>Focus SD&amp;Gs:</source>
        <translation>الأهداف ذات الأولوية(&amp;G):</translation>
    </message>
    <message>
        <source>Document s&amp;ymbol:</source>
        <translation>رمز الوثيقة(&amp;Y):</translation>
    </message>
    <message>
        <source>Distr.:</source>
        <translation>Distr.:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>تاريخ الإصدار:</translation>
    </message>
    <message>
        <source>Original:</source>
        <translation>الأصل:</translation>
    </message>
    <message>
        <source>check</source>
        <translation>يلزم التحقق</translation>
    </message>
    <message>
        <source>Read from the concept note, but not sure: {reason}.</source>
        <translation>مأخوذ من المذكرة المفاهيمية، ولكنه غير مؤكد: {reason}.</translation>
    </message>
    <message>
        <source>Read from the concept note.</source>
        <translation>مأخوذ من المذكرة المفاهيمية.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>لم يوجد</translation>
    </message>
    <message>
        <source>found</source>
        <translation>وُجد</translation>
    </message>
    <message>
        <source>The concept note did not say; fill it in or leave it empty.</source>
        <translation>لم تذكره المذكرة المفاهيمية؛ املأه أو اتركه فارغاً.</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone: choose one from the list (type part of a city&apos;s name).</source>
        <translation>«{zone}» ليست منطقة زمنية: اختر واحدة من القائمة (اكتب جزءاً من اسم مدينة).</translation>
    </message>
    <message>
        <source>{zone} is UTC{sign}{hours:02d}:{minutes:02d} ({abbreviation}) on that date.</source>
        <translation>{zone} في ذلك التاريخ هي UTC{sign}{hours:02d}:{minutes:02d} ({abbreviation}).</translation>
    </message>
    <message>
        <source>Starts at {time} on this computer&apos;s clock.</source>
        <translation>يبدأ في {time} حسب ساعة هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The meeting needs a title.</source>
        <translation>يحتاج الاجتماع إلى عنوان.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>اختر منطقة زمنية من القائمة.</translation>
    </message>
    <message>
        <source>The meeting ends when it starts; correct the end time.</source>
        <translation>ينتهي الاجتماع عند بدئه؛ صحّح وقت الانتهاء.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
</context>
<context>
    <name>MeetingImporter</name>
    <message>
        <source>Import a concept note or a session file</source>
        <translation>استيراد مذكرة مفاهيمية أو ملف جلسة</translation>
    </message>
    <message>
        <source>Concept notes and session files (*.docx *.pdf *.md *.markdown *.txt *.json);;Word documents (*.docx);;PDF documents (*.pdf);;Markdown and text (*.md *.markdown *.txt);;Session files (*.json);;All files (*)</source>
        <translation>المذكرات المفاهيمية وملفات الجلسات (*.docx *.pdf *.md *.markdown *.txt *.json);;مستندات Word (*.docx);;مستندات PDF (*.pdf);;Markdown ونص (*.md *.markdown *.txt);;ملفات الجلسات (*.json);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no text: copy the concept note&apos;s text, then choose File &gt; Import from clipboard again.</source>
        <translation>لا تحتوي الحافظة على نص: انسخ نص المذكرة المفاهيمية، ثم اختر ملف &gt; الاستيراد من الحافظة مرة أخرى.</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>النص الملصق</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>نص ملصق</translation>
    </message>
    <message>
        <source>The library already holds a meeting with this title on this date; saving adds another one.</source>
        <translation>تضم المكتبة بالفعل اجتماعاً بهذا العنوان في هذا التاريخ؛ والحفظ يضيف اجتماعاً آخر.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>جارٍ قراءة {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>MeetingPropertiesDialog</name>
    <message>
        <source>Meeting properties</source>
        <translation>خصائص الاجتماع</translation>
    </message>
    <message>
        <source>meeting properties</source>
        <translation>خصائص الاجتماع</translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message>
        <source>meeting&apos;s details</source>
        <translation>تفاصيل الاجتماع</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>بنود جدول الأعمال</translation>
    </message>
    <message>
        <source>guiding question</source>
        <translation>السؤال التوجيهي</translation>
    </message>
    <message>
        <source>guiding questions</source>
        <translation>الأسئلة التوجيهية</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>speaker slot</source>
        <translation>دور الكلمة</translation>
    </message>
    <message>
        <source>speaker slots</source>
        <translation>أدوار الكلمة</translation>
    </message>
    <message>
        <source>note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>message to the speaker</source>
        <translation>الرسالة إلى المتكلم</translation>
    </message>
    <message>
        <source>messages to the speaker</source>
        <translation>الرسائل إلى المتكلم</translation>
    </message>
    <message>
        <source>{n} meeting&apos;s details</source>
        <translation>تفاصيل الاجتماع ({n})</translation>
    </message>
    <message>
        <source>{n} agenda item</source>
        <translation>بنود جدول الأعمال: {n}</translation>
    </message>
    <message>
        <source>{n} agenda items</source>
        <translation>بنود جدول الأعمال: {n}</translation>
    </message>
    <message>
        <source>{n} guiding question</source>
        <translation>الأسئلة التوجيهية: {n}</translation>
    </message>
    <message>
        <source>{n} guiding questions</source>
        <translation>الأسئلة التوجيهية: {n}</translation>
    </message>
    <message>
        <source>{n} participant</source>
        <translation>المشاركون: {n}</translation>
    </message>
    <message>
        <source>{n} participants</source>
        <translation>المشاركون: {n}</translation>
    </message>
    <message>
        <source>{n} speaker slot</source>
        <translation>أدوار الكلمة: {n}</translation>
    </message>
    <message>
        <source>{n} speaker slots</source>
        <translation>أدوار الكلمة: {n}</translation>
    </message>
    <message>
        <source>{n} note</source>
        <translation>الملاحظات: {n}</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>الملاحظات: {n}</translation>
    </message>
    <message>
        <source>{n} message to the speaker</source>
        <translation>الرسائل إلى المتكلم: {n}</translation>
    </message>
    <message>
        <source>{n} messages to the speaker</source>
        <translation>الرسائل إلى المتكلم: {n}</translation>
    </message>
    <message>
        <source>Nothing to merge: this library already holds everything in the file for “{title}”.</source>
        <translation>لا شيء لدمجه: تحتوي هذه المكتبة بالفعل على كل ما في الملف بشأن ”{title}“.</translation>
    </message>
    <message>
        <source>Added the meeting “{title}” ({id}).</source>
        <translation>أُضيف الاجتماع ”{title}“ ({id}).</translation>
    </message>
    <message>
        <source>Merged into the meeting “{title}” ({id}).</source>
        <translation>دُمج في الاجتماع ”{title}“ ({id}).</translation>
    </message>
    <message>
        <source>Added: {items}.</source>
        <translation>أُضيف: {items}.</translation>
    </message>
    <message>
        <source>Updated: {items}.</source>
        <translation>حُدّث: {items}.</translation>
    </message>
    <message>
        <source>Deleted: {items}.</source>
        <translation>حُذف: {items}.</translation>
    </message>
    <message>
        <source>Kept deleted here: {items}.</source>
        <translation>أُبقي محذوفاً هنا: {items}.</translation>
    </message>
    <message>
        <source>Changed on both laptops, to check: the {what} “{label}” ({fields}): the newer was kept; the older had {older}.</source>
        <translation>تغيّر على الحاسوبين، يلزم التحقق: {what} ”{label}“ ({fields}): أُبقي على الأحدث؛ وكان في الأقدم {older}.</translation>
    </message>
    <message>
        <source>Changed on both laptops: the {what} “{label}” ({fields}) kept as on the chair&apos;s laptop.</source>
        <translation>تغيّر على الحاسوبين: {what} ”{label}“ ({fields}) أُبقي كما هو على حاسوب الرئيس.</translation>
    </message>
    <message>
        <source>Changed on both laptops: the {what} “{label}” ({fields}) kept as on the rapporteur&apos;s laptop.</source>
        <translation>تغيّر على الحاسوبين: {what} ”{label}“ ({fields}) أُبقي كما هو على حاسوب المقرر.</translation>
    </message>
    <message>
        <source>Changed on both laptops: the {what} “{label}” ({fields}) kept as on the chair&apos;s and the rapporteur&apos;s laptop.</source>
        <translation>تغيّر على الحاسوبين: {what} ”{label}“ ({fields}) أُبقي كما هو على حاسوبَي الرئيس والمقرر.</translation>
    </message>
    <message>
        <source>This meeting was deleted from this library; to have it again, import the file as a new meeting (File &gt; Import).</source>
        <translation>حُذف هذا الاجتماع من هذه المكتبة؛ ولاستعادته، استورد الملف بوصفه اجتماعًا جديدًا (ملف &gt; استيراد).</translation>
    </message>
    <message>
        <source>This library does not hold the meeting these changes belong to.</source>
        <translation>لا تحتوي هذه المكتبة على الاجتماع الذي تخصه هذه التغييرات.</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <source>Merged: {title}</source>
        <translation>دُمج: {title}</translation>
    </message>
    <message>
        <source>Changed on both laptops; the newer version was kept. Tick those where the other version is the right one:</source>
        <translation>عُدّل على كلا الحاسوبين؛ واحتُفظ بالنسخة الأحدث. ضع علامة على ما تكون فيه النسخة الأخرى هي الصحيحة:</translation>
    </message>
    <message>
        <source>The {what} “{label}”: use {values} instead of {kept}</source>
        <translation>{what} «{label}»: استخدام {values} بدلاً من {kept}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>إخفاء هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>NewShareBar</name>
    <message>
        <source>The chair&apos;s laptop shares this meeting again: join with the new code (at {address}).</source>
        <translation>يشارك حاسوب الرئيس هذا الاجتماع من جديد: انضم بالرمز الجديد (على {address}).</translation>
    </message>
    <message>
        <source>&amp;Join…</source>
        <translation>انضمام(&amp;J)…</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <source>Who said it (Ctrl+N ties the note to the current speaker)</source>
        <translation>من قال ذلك (Ctrl+N يربط الملاحظة بالمتكلم الحالي)</translation>
    </message>
    <message>
        <source>The guiding question it answers (Alt+1 … Alt+9)</source>
        <translation>السؤال التوجيهي الذي تجيب عنه (Alt+1 … Alt+9)</translation>
    </message>
    <message>
        <source>What kind of note (Ctrl+1 … Ctrl+9)</source>
        <translation>نوع الملاحظة (Ctrl+1 … Ctrl+9)</translation>
    </message>
    <message>
        <source>{kind} (Ctrl+{n})</source>
        <translation>{kind} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>&amp;Key message</source>
        <translation>رسالة رئيسية(&amp;K)</translation>
    </message>
    <message>
        <source>Mark as a key message for the summary (Ctrl+K)</source>
        <translation>تعليم كرسالة رئيسية للموجز (Ctrl+K)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Return)</source>
        <translation>حفظ الملاحظة (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Leave the note as it was stored (Esc)</source>
        <translation>ترك الملاحظة كما كانت محفوظة (Esc)</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>نص الملاحظة</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتكلم</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>السؤال التوجيهي</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Note box</source>
        <translation>مربع الملاحظة</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>حفظ الملاحظة</translation>
    </message>
    <message>
        <source>Leave the note being edited as it was</source>
        <translation>ترك الملاحظة قيد التحرير كما كانت</translation>
    </message>
    <message>
        <source>— no speaker —</source>
        <translation>— لا متكلم —</translation>
    </message>
    <message>
        <source>— no question —</source>
        <translation>— لا سؤال —</translation>
    </message>
    <message>
        <source>Speaker confirmed: Ctrl+Return saves the note.</source>
        <translation>تأكّد المتكلم: Ctrl+Return يحفظ الملاحظة.</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>في {time}</translation>
    </message>
    <message>
        <source>at {time} (time not sure)</source>
        <translation>في {time} (الوقت غير مؤكد)</translation>
    </message>
    <message>
        <source>&lt;b&gt;New note&lt;/b&gt;</source>
        <translation>&lt;b&gt;ملاحظة جديدة&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Editing the note of {time}&lt;/b&gt;</source>
        <translation>&lt;b&gt;تحرير ملاحظة الساعة {time}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type the note; Ctrl+Return saves it, Esc leaves it as it was.</source>
        <translation>اكتب الملاحظة؛ Ctrl+Return يحفظها، وEsc يتركها كما كانت.</translation>
    </message>
    <message>
        <source>Ctrl+N ties a note to the current speaker. Type; Ctrl+Return saves. Ctrl+1…9 kind, Ctrl+K key message, Alt+1…9 question.</source>
        <translation>Ctrl+N يربط الملاحظة بالمتكلم الحالي. اكتب؛ Ctrl+Return يحفظ. Ctrl+1…9 النوع، Ctrl+K رسالة رئيسية، Alt+1…9 السؤال.</translation>
    </message>
</context>
<context>
    <name>NoteHistory</name>
    <message>
        <source>new note</source>
        <translation>الملاحظة الجديدة</translation>
    </message>
    <message>
        <source>note edit</source>
        <translation>تعديل الملاحظة</translation>
    </message>
    <message>
        <source>deleted note</source>
        <translation>حذف الملاحظة</translation>
    </message>
    <message>
        <source>Undone: {what} “{text}”. Ctrl+Shift+Z brings it back.</source>
        <translation>تم التراجع عن: {what} ”{text}“. يعيده Ctrl+Shift+Z.</translation>
    </message>
    <message>
        <source>Redone: {what} “{text}”. Ctrl+Z undoes it again.</source>
        <translation>تمت الإعادة: {what} ”{text}“. يتراجع عنه Ctrl+Z مرة أخرى.</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>التراجع عن {what}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>إعادة {what}(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo note change</source>
        <translation>التراجع عن تغيير الملاحظة(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo note change</source>
        <translation>إعادة تغيير الملاحظة(&amp;R)</translation>
    </message>
</context>
<context>
    <name>NoteKind</name>
    <message>
        <source>Key point</source>
        <translation>نقطة رئيسية</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>توصية</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>التزام</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>ممارسة جيدة</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>تحدٍّ</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>Data point</source>
        <translation>بيانات</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>إجراء متابعة</translation>
    </message>
</context>
<context>
    <name>NotesActions</name>
    <message>
        <source>&amp;New note</source>
        <translation>ملاحظة جديدة(&amp;N)</translation>
    </message>
    <message>
        <source>Start a note tied to the current speaker</source>
        <translation>بدء ملاحظة مرتبطة بالمتكلم الحالي</translation>
    </message>
    <message>
        <source>&amp;Search notes</source>
        <translation>البحث في الملاحظات(&amp;S)</translation>
    </message>
    <message>
        <source>Find notes by their words</source>
        <translation>البحث عن الملاحظات بكلماتها</translation>
    </message>
    <message>
        <source>Notes &amp;by question</source>
        <translation>الملاحظات حسب السؤال(&amp;B)</translation>
    </message>
    <message>
        <source>Notes grouped by guiding question, with your synthesis</source>
        <translation>الملاحظات مجمعة حسب السؤال التوجيهي، مع خلاصتك</translation>
    </message>
    <message>
        <source>&amp;Edit selected note (Enter in the list)</source>
        <translation>تحرير الملاحظة المحددة (Enter في القائمة)(&amp;E)</translation>
    </message>
    <message>
        <source>Edit its text &amp;in place (F2 in the list)</source>
        <translation>تحرير نصها في مكانه (F2 في القائمة)(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Delete selected note (Del in the list)</source>
        <translation>حذف الملاحظة المحددة (Del في القائمة)(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo note change</source>
        <translation>التراجع عن تغيير الملاحظة(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last new, edited or deleted note</source>
        <translation>التراجع عن آخر ملاحظة أُنشئت أو حُررت أو حُذفت</translation>
    </message>
    <message>
        <source>&amp;Redo note change</source>
        <translation>إعادة تغيير الملاحظة(&amp;R)</translation>
    </message>
    <message>
        <source>Redo the note change just undone</source>
        <translation>إعادة تغيير الملاحظة الذي تم التراجع عنه للتو</translation>
    </message>
    <message>
        <source>Mark as &amp;key message</source>
        <translation>تعليم كرسالة رئيسية(&amp;K)</translation>
    </message>
    <message>
        <source>Mark the note as a key message for the summary</source>
        <translation>تعليم الملاحظة كرسالة رئيسية للموجز</translation>
    </message>
    <message>
        <source>Kind o&amp;f note</source>
        <translation>نوع الملاحظة(&amp;F)</translation>
    </message>
    <message>
        <source>Guiding &amp;question</source>
        <translation>السؤال التوجيهي(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>&amp;List</source>
        <translation>القائمة(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;By question</source>
        <translation>حسب السؤال(&amp;B)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;الملاحظات&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Note deleted: Ctrl+Z brings it back.</source>
        <translation>حُذفت الملاحظة: Ctrl+Z يعيدها.</translation>
    </message>
</context>
<context>
    <name>NotesTable</name>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتكلم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>س</translation>
    </message>
    <message>
        <source>SDG</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>رسالة رئيسية</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>F2 edits a note&apos;s text in place; Enter or double-click opens it in the box below; Delete removes it (Ctrl+Z brings it back)</source>
        <translation>F2 يحرر نص الملاحظة في مكانه؛ Enter أو النقر المزدوج يفتحها في المربع أدناه؛ Delete يزيلها (Ctrl+Z يعيدها)</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>مشارك جديد</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <source>e.g. H.E. Ms. Paula Ingabire</source>
        <translation>مثلاً معالي السيدة باولا إينغابيري</translation>
    </message>
    <message>
        <source>e.g. Minister of ICT and Innovation</source>
        <translation>مثلاً وزيرة تكنولوجيا المعلومات والاتصالات والابتكار</translation>
    </message>
    <message>
        <source>Organisation, or a country: type part of its name</source>
        <translation>منظمة أو بلد: اكتب جزءاً من اسمه</translation>
    </message>
    <message>
        <source>Not stated: type one if not listed</source>
        <translation>غير محددة: اكتبها إن لم تكن مدرجة</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>المنصب(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Organisation / country:</source>
        <translation>المنظمة / البلد(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>الدور(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>نوع الجنس(&amp;G):</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>المنطقة(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Language spoken:</source>
        <translation>لغة الكلام(&amp;L):</translation>
    </message>
    <message>
        <source>A participant needs a name</source>
        <translation>يحتاج المشارك إلى اسم</translation>
    </message>
    <message>
        <source>new participant</source>
        <translation>مشارك جديد</translation>
    </message>
    <message>
        <source>participant edit</source>
        <translation>تحرير مشارك</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>{name} is not a CSV file; save the spreadsheet as CSV (.csv) first.</source>
        <translation>{name} ليس ملف CSV؛ احفظ جدول البيانات أولًا بصيغة CSV (.csv).</translation>
    </message>
    <message>
        <source>{name} has {count:,} lines; a participants list is at most {limit:,} rows.</source>
        <translation>يتألف {name} من {count:,} سطر؛ وقائمة المشاركين لا تتجاوز {limit:,} صف.</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file (its quotation marks do not close).</source>
        <translation>{name} ليس ملف CSV قابلًا للقراءة (علامات الاقتباس فيه لا تُغلق).</translation>
    </message>
    <message>
        <source>Row {row}: {name} is already on row {first}; the row was skipped.</source>
        <translation>الصف {row}: {name} مدرج بالفعل في الصف {first}؛ تُرك هذا الصف.</translation>
    </message>
    <message>
        <source>{name} has a header row but no participants under it.</source>
        <translation>يحتوي {name} على صف عناوين، ولكن لا يوجد تحته أي مشارك.</translation>
    </message>
    <message>
        <source>The first row of {name} must name the columns, with at least “name” (and any of function, organisation, country, role, gender, region, language); it is empty.</source>
        <translation>يجب أن يسمي الصف الأول من {name} الأعمدة، وفيها على الأقل “name” (وأي من function وorganisation وcountry وrole وgender وregion وlanguage)؛ وهو فارغ.</translation>
    </message>
    <message>
        <source>The first row of {name} must name the columns, with at least “name” (and any of function, organisation, country, role, gender, region, language); it holds {found}.</source>
        <translation>يجب أن يسمي الصف الأول من {name} الأعمدة، وفيها على الأقل “name” (وأي من function وorganisation وcountry وrole وgender وregion وlanguage)؛ وهو يحتوي على {found}.</translation>
    </message>
    <message>
        <source>Row {row}: no name; the row was skipped.</source>
        <translation>الصف {row}: لا يوجد اسم؛ تُرك هذا الصف.</translation>
    </message>
    <message>
        <source>Row {row}: {what} “{value}” is not known; it was set to {default}.</source>
        <translation>الصف {row}: {what} “{value}” غير معروف؛ ضُبط على {default}.</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Organisation / country</source>
        <translation>المنظمة / البلد</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>نوع الجنس</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Adding a speaker offers only those &amp;present</source>
        <translation>عند إضافة متكلم لا يُعرض إلا الحاضرون(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إضافة(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a participant (Insert)</source>
        <translation>إضافة مشارك (Insert)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تحرير(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected participant (Enter)</source>
        <translation>تحرير المشارك المحدد (Enter)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إزالة(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected participant (Delete)</source>
        <translation>إزالة المشارك المحدد (Delete)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>استيراد CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Add participants from a spreadsheet saved as CSV</source>
        <translation>إضافة مشاركين من جدول بيانات محفوظ بصيغة CSV</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} participants&lt;/b&gt;, {k} present — the speaker list and floor requests offer them by name; Space marks the selected one present (the roll call).</source>
        <translation>&lt;b&gt;{n} من المشاركين&lt;/b&gt;، {k} حاضرون — تعرضهم قائمة المتكلمين وطلبات القاعة بالاسم؛ ويسجّل مفتاح المسافة حضور المشارك المحدد (المناداة بالأسماء).</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>المناداة بالأسماء</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>إزالة المشارك</translation>
    </message>
    <message>
        <source>{name} is on the speaker list ({n} places). Removing them takes them off the list too; notes about what they said are kept.</source>
        <translation>{name} مدرج في قائمة المتكلمين ({n} مواضع). إزالته تحذفه من القائمة أيضاً؛ وتُحفظ الملاحظات عما قاله.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>participant removed</source>
        <translation>أُزيل المشارك</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>استيراد المشاركين</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>جداول بيانات محفوظة بصيغة CSV (*.csv *.tsv *.txt);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>participants imported</source>
        <translation>استُورد المشاركون</translation>
    </message>
    <message>
        <source>Add {n} participants from {name}?</source>
        <translation>هل تضاف {n} من المشاركين من {name}؟</translation>
    </message>
    <message>
        <source>{n} already in the list (same name), not added again.</source>
        <translation>{n} موجودون في القائمة بالفعل (الاسم نفسه)، لم يُضافوا مجدداً.</translation>
    </message>
    <message>
        <source>{n} problems in the file (see the details).</source>
        <translation>{n} من المشكلات في الملف (انظر التفاصيل).</translation>
    </message>
    <message>
        <source>{name} holds nobody who is not already in the list.</source>
        <translation>لا يضم {name} أحداً غير موجود في القائمة.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
</context>
<context>
    <name>PresenterDisplay</name>
    <message>
        <source>Presenter display — Roundtable Desktop</source>
        <translation>شاشة المتكلمين — Roundtable Desktop</translation>
    </message>
    <message>
        <source>Presenter display</source>
        <translation>شاشة المتكلمين</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>التالي: {name}</translation>
    </message>
    <message>
        <source>End of the meeting</source>
        <translation>نهاية الاجتماع</translation>
    </message>
    <message>
        <source>Ended at {time}</source>
        <translation>انتهى في {time}</translation>
    </message>
    <message>
        <source>About to begin</source>
        <translation>على وشك البدء</translation>
    </message>
    <message>
        <source>Starts in</source>
        <translation>يبدأ بعد</translation>
    </message>
    <message>
        <source>Planned start: {when}</source>
        <translation>موعد البدء المقرر: {when}</translation>
    </message>
    <message>
        <source>First: {name}</source>
        <translation>المتكلم الأول: {name}</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الوقت المستهدف</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>مقدم العرض</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Each speaker&apos;s target / limit in this item (minutes:seconds)</source>
        <translation>الوقت المستهدف / الحد لكل متكلم في هذا البند (دقائق:ثوانٍ)</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>بند جديد</translation>
    </message>
    <message>
        <source>{planned} min planned</source>
        <translation>{planned} دقيقة مقررة</translation>
    </message>
    <message>
        <source>{planned} of {length} min</source>
        <translation>{planned} من {length} دقيقة</translation>
    </message>
    <message>
        <source> ({left} min not planned)</source>
        <translation> ({left} دقيقة غير مخططة)</translation>
    </message>
    <message>
        <source> ({over} min too many)</source>
        <translation> ({over} دقيقة زائدة)</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>New guiding question</source>
        <translation>سؤال توجيهي جديد</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>السؤال التوجيهي</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>التسمية(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>السؤال(&amp;Q):</translation>
    </message>
    <message>
        <source>A guiding question needs its text</source>
        <translation>يحتاج السؤال التوجيهي إلى نص</translation>
    </message>
    <message>
        <source>new guiding question</source>
        <translation>سؤال توجيهي جديد</translation>
    </message>
    <message>
        <source>guiding question edit</source>
        <translation>تحرير سؤال توجيهي</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Guiding questions</source>
        <translation>الأسئلة التوجيهية</translation>
    </message>
    <message>
        <source>&lt;small&gt;Double-click a question (or press F2) to correct it; the order here is the order of Q1, Q2…&lt;/small&gt;</source>
        <translation>&lt;small&gt;انقر نقراً مزدوجاً على سؤال (أو اضغط F2) لتصحيحه؛ والترتيب هنا هو ترتيب س1، س2…&lt;/small&gt;</translation>
    </message>
    <message>
        <source>New question?</source>
        <translation>سؤال جديد؟</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>الأسئلة التوجيهية</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>لا أسئلة</numerusform>
            <numerusform>سؤال واحد</numerusform>
            <numerusform>سؤالان</numerusform>
            <numerusform>%n أسئلة</numerusform>
            <numerusform>%n سؤالاً</numerusform>
            <numerusform>%n سؤال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>Edit the selected row</source>
        <translation>تحرير الصف المحدد</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>إزالة الصف المحدد</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <source>removal</source>
        <translation>الحذف</translation>
    </message>
    <message>
        <source>move</source>
        <translation>النقل</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>Not stated</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>African States</source>
        <translation>الدول الأفريقية</translation>
    </message>
    <message>
        <source>Asia-Pacific States</source>
        <translation>دول آسيا والمحيط الهادئ</translation>
    </message>
    <message>
        <source>Eastern European States</source>
        <translation>دول أوروبا الشرقية</translation>
    </message>
    <message>
        <source>Latin American and Caribbean States</source>
        <translation>دول أمريكا اللاتينية ومنطقة البحر الكاريبي</translation>
    </message>
    <message>
        <source>Western European and other States</source>
        <translation>دول أوروبا الغربية ودول أخرى</translation>
    </message>
</context>
<context>
    <name>RegionFromCountry</name>
    <message>
        <source>From the country; choose another group if needed.</source>
        <translation>بحسب البلد؛ اختر مجموعة أخرى عند الحاجة.</translation>
    </message>
</context>
<context>
    <name>RegionalGroups</name>
    <message>
        <source>Counted with the Western European and other States for elections; it also takes part fully in the Asia-Pacific States.</source>
        <translation>تُحسب مع دول أوروبا الغربية ودول أخرى لأغراض الانتخابات؛ وتشارك أيضاً مشاركة كاملة في دول آسيا والمحيط الهادئ.</translation>
    </message>
    <message>
        <source>In no group as a member: it attends the Western European and other States as an observer and is counted with them for elections.</source>
        <translation>ليست عضواً في أي مجموعة: تحضر اجتماعات دول أوروبا الغربية ودول أخرى بصفة مراقب وتُحسب معها لأغراض الانتخابات.</translation>
    </message>
    <message>
        <source>In the Western European and other States, not in the Asia-Pacific States where it lies.</source>
        <translation>ضمن دول أوروبا الغربية ودول أخرى، لا ضمن دول آسيا والمحيط الهادئ حيث تقع.</translation>
    </message>
    <message>
        <source>In the Asia-Pacific States, though a member of the European Union.</source>
        <translation>ضمن دول آسيا والمحيط الهادئ، مع أنها عضو في الاتحاد الأوروبي.</translation>
    </message>
    <message>
        <source>In the Asia-Pacific States since 2010; until then in no group.</source>
        <translation>ضمن دول آسيا والمحيط الهادئ منذ عام 2010؛ ولم تكن قبل ذلك في أي مجموعة.</translation>
    </message>
    <message>
        <source>An observer State, in no regional group: choose one if the meeting counts it.</source>
        <translation>دولة مراقبة، ليست في أي مجموعة إقليمية: اختر مجموعة إذا كان الاجتماع يحتسبها.</translation>
    </message>
    <message>
        <source>An observer State, not a Member State: choose its group if the meeting counts it.</source>
        <translation>دولة مراقبة، وليست دولة عضواً: اختر مجموعتها إذا كان الاجتماع يحتسبها.</translation>
    </message>
</context>
<context>
    <name>Reliability</name>
    <message>
        <source>{title} (read-only)</source>
        <translation>{title} (للقراءة فقط)</translation>
    </message>
    <message>
        <source>The library is damaged</source>
        <translation>المكتبة تالفة</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>الاستعادة من نسخة احتياطية(&amp;R)…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>another copy of Roundtable Desktop ({who}) writes to this library</source>
        <translation>نسخة أخرى من Roundtable Desktop ({who}) تكتب في هذه المكتبة</translation>
    </message>
    <message>
        <source>the library cannot be written to</source>
        <translation>تتعذّر الكتابة في المكتبة</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>The copy of {when} is now the library. The library as it was is kept as {path}; File &gt; Restore from backup… lists it to come back to.</source>
        <translation>أصبحت النسخة المؤرخة {when} هي المكتبة الآن. وتُحفظ المكتبة السابقة باسم {path}؛ ويعرضها ملف &gt; الاستعادة من نسخة احتياطية… للعودة إليها.</translation>
    </message>
    <message>
        <source>The library needs attention</source>
        <translation>المكتبة تحتاج إلى انتباه</translation>
    </message>
    <message>
        <source>Restore the backup of {when}</source>
        <translation>استعادة النسخة الاحتياطية المؤرخة {when}</translation>
    </message>
    <message>
        <source>Use the library as it is</source>
        <translation>استخدام المكتبة كما هي</translation>
    </message>
    <message>
        <source>Start a new library</source>
        <translation>إنشاء مكتبة جديدة</translation>
    </message>
    <message>
        <source>Start a new library (the damaged one is kept aside)</source>
        <translation>إنشاء مكتبة جديدة (تُحفظ المكتبة التالفة جانباً)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>The library is in use</source>
        <translation>المكتبة قيد الاستخدام</translation>
    </message>
    <message>
        <source>{problem}

Its window could not be brought to the front. You can open the library read-only to look at it; changes would not be saved.</source>
        <translation>{problem}

تعذّر إحضار نافذته إلى الواجهة. يمكنك فتح المكتبة للقراءة فقط للاطلاع عليها؛ ولن تُحفظ التغييرات.</translation>
    </message>
    <message>
        <source>The library cannot be written to</source>
        <translation>تتعذّر الكتابة في المكتبة</translation>
    </message>
    <message>
        <source>{problem}

You can open the library read-only to look at it and export from it; changes would not be saved. To change it, copy it to a folder you can write to and open the copy (--db PATH).</source>
        <translation>{problem}

يمكنك فتح المكتبة للقراءة فقط للاطلاع عليها والتصدير منها؛ ولن تُحفظ التغييرات. ولتغييرها، انسخها إلى مجلد يمكنك الكتابة فيه وافتح النسخة (--db المسار).</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>فتح للقراءة فقط(&amp;R)</translation>
    </message>
    <message>
        <source>The library as it was is kept as {path}.</source>
        <translation>تُحفظ المكتبة السابقة باسم {path}.</translation>
    </message>
    <message>
        <source>The backup of {when} is now the library.</source>
        <translation>أصبحت النسخة الاحتياطية المؤرخة {when} هي المكتبة الآن.</translation>
    </message>
    <message>
        <source>Library restored</source>
        <translation>استُعيدت المكتبة</translation>
    </message>
</context>
<context>
    <name>RequestType</name>
    <message>
        <source>Intervention</source>
        <translation>مداخلة</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>نقطة نظام</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>{when} — damaged, cannot be restored</source>
        <translation>{when} — تالفة، لا يمكن استعادتها</translation>
    </message>
    <message>
        <source>{when} — 1 meeting</source>
        <translation>{when} — اجتماع واحد</translation>
    </message>
    <message>
        <source>{when} — {count} meetings</source>
        <translation>{when} — {count} من الاجتماعات</translation>
    </message>
    <message>
        <source>The library as it was before a restore, last changed {when} — {count} meeting(s)</source>
        <translation>المكتبة كما كانت قبل الاستعادة، آخر تغيير {when} — {count} من الاجتماعات</translation>
    </message>
    <message>
        <source>Everything the library holds now is in this copy: restoring it drops nothing.</source>
        <translation>كل ما تضمه المكتبة الآن موجود في هذه النسخة: استعادتها لا تُسقط شيئاً.</translation>
    </message>
    <message>
        <source>{count} note(s) written since (in {meetings})</source>
        <translation>{count} من الملاحظات كُتبت منذ ذلك الحين (في {meetings})</translation>
    </message>
    <message>
        <source>{count} meeting(s) added since</source>
        <translation>{count} من الاجتماعات أُضيفت منذ ذلك الحين</translation>
    </message>
    <message>
        <source>Restoring this copy drops what the library gained since: {what}. A speaker still speaking in the copy comes back paused at the time it holds. The library as it is now is kept as a file and listed here, to come back to.</source>
        <translation>استعادة هذه النسخة تُسقط ما اكتسبته المكتبة منذ ذلك الحين: {what}. والمتكلم الذي لا يزال يتكلم في النسخة يعود متوقفاً مؤقتاً عند الوقت الذي تحمله. وتُحفظ المكتبة الحالية كملف وتُدرج هنا للعودة إليها.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backups are taken at start and every 5 minutes while something changes; the last 20 are kept in {folder}.
The library as it is now is kept beside it, never deleted.</source>
        <translation>تؤخذ نسخ احتياطية عند البدء وكل 5 دقائق ما دام هناك تغيير؛ وتُحفظ آخر 20 نسخة في {folder}.
وتُحفظ المكتبة الحالية بجانبها، ولا تُحذف أبداً.</translation>
    </message>
    <message>
        <source>Backups and kept libraries</source>
        <translation>النسخ الاحتياطية والمكتبات المحفوظة</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>استعادة(&amp;R)</translation>
    </message>
    <message>
        <source>There is no backup yet.</source>
        <translation>لا توجد نسخة احتياطية بعد.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Chair</source>
        <translation>الرئيس</translation>
    </message>
    <message>
        <source>Co-chair</source>
        <translation>الرئيس المشارك</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>مدير الحوار</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>الأمانة</translation>
    </message>
    <message>
        <source>Discussant</source>
        <translation>المناقش</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation>دولة عضو</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>مراقب</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>المجتمع المدني</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>SDG</name>
    <message>
        <source>No poverty</source>
        <translation>القضاء على الفقر</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>القضاء التام على الجوع</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>الصحة الجيدة والرفاه</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>التعليم الجيد</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>المساواة بين الجنسين</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>المياه النظيفة والنظافة الصحية</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>طاقة نظيفة وبأسعار معقولة</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>العمل اللائق ونمو الاقتصاد</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>الصناعة والابتكار والهياكل الأساسية</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>الحد من أوجه عدم المساواة</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>مدن ومجتمعات محلية مستدامة</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>الاستهلاك والإنتاج المسؤولان</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>العمل المناخي</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>الحياة تحت الماء</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>الحياة في البر</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>السلام والعدل والمؤسسات القوية</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>عقد الشراكات لتحقيق الأهداف</translation>
    </message>
    <message>
        <source>SDG {number}: {name}</source>
        <translation>الهدف {number}: {name}</translation>
    </message>
</context>
<context>
    <name>SdgPicker</name>
    <message>
        <source>The SDGs this note speaks to (focus SDGs of the meeting first)</source>
        <translation>الأهداف التي تتناولها هذه الملاحظة (الأهداف ذات الأولوية للاجتماع أولاً)</translation>
    </message>
    <message>
        <source>Focus of this meeting</source>
        <translation>محور تركيز هذا الاجتماع</translation>
    </message>
    <message>
        <source>Other goals</source>
        <translation>أهداف أخرى</translation>
    </message>
    <message>
        <source>Clear SDGs</source>
        <translation>مسح الأهداف</translation>
    </message>
    <message>
        <source>SDG %1</source>
        <translation>الهدف %1</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>الأهداف</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>The meeting shown (Ctrl+O to choose another)</source>
        <translation>الاجتماع المعروض (Ctrl+O لاختيار غيره)</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>الاجتماع(&amp;M):</translation>
    </message>
    <message>
        <source>{date}, from the chair&apos;s laptop</source>
        <translation>{date}، من حاسوب الرئيس</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>{name} is not a session file: it is not UTF-8 text.</source>
        <translation>{name} ليس ملف جلسة: ليس نصًا بترميز UTF-8.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON: it is damaged at line {line}, column {column}.</source>
        <translation>{name} ليس JSON صحيحًا: فيه تلف في السطر {line}، العمود {column}.</translation>
    </message>
    <message>
        <source>{name} is not a session file: it is nested too deeply.</source>
        <translation>{name} ليس ملف جلسة: تداخله عميق جدًا.</translation>
    </message>
    <message>
        <source>{name} is not a session file: it holds a number too long to be one of a meeting&apos;s.</source>
        <translation>{name} ليس ملف جلسة: يحتوي على عدد أطول من أن يكون من أعداد اجتماع.</translation>
    </message>
    <message>
        <source>This is not a Roundtable session file: it does not hold a JSON object.</source>
        <translation>هذا ليس ملف جلسة Roundtable: لا يحتوي على كائن JSON.</translation>
    </message>
    <message>
        <source>“{where}” must be a list, not {kind}.</source>
        <translation>يجب أن يكون “{where}” قائمة، لا {kind}.</translation>
    </message>
    <message>
        <source>The session file holds more than {limit:,} records.</source>
        <translation>يحتوي ملف الجلسة على أكثر من {limit:,} سجل.</translation>
    </message>
    <message>
        <source>The session file holds {count:,} records in “{where}”; a meeting has at most {limit:,}.</source>
        <translation>يحتوي ملف الجلسة على {count:,} سجل في “{where}”؛ والاجتماع لا يتجاوز {limit:,} سجل.</translation>
    </message>
    <message>
        <source>“{where}” must not be empty.</source>
        <translation>يجب ألا يكون “{where}” فارغًا.</translation>
    </message>
    <message>
        <source>“{where}” must be one line of at most {limit} characters, as the chair sends it.</source>
        <translation>يجب أن يكون “{where}” سطرًا واحدًا لا يتجاوز {limit} حرفًا، كما يرسله الرئيس.</translation>
    </message>
    <message>
        <source>“{where}” is before it was sent ({sent}).</source>
        <translation>“{where}” سابق لوقت إرساله ({sent}).</translation>
    </message>
    <message>
        <source>This is not a Roundtable session file (it names no format, expected “{expected}”).</source>
        <translation>هذا ليس ملف جلسة Roundtable (لا يذكر أي صيغة، والمتوقع “{expected}”).</translation>
    </message>
    <message>
        <source>This is not a Roundtable session file (its format is “{format}”, expected “{expected}”).</source>
        <translation>هذا ليس ملف جلسة Roundtable (صيغته “{format}”، والمتوقع “{expected}”).</translation>
    </message>
    <message>
        <source>The session file has no valid “version” (a whole number from 1).</source>
        <translation>لا يحتوي ملف الجلسة على “version” صحيح (عدد صحيح يبدأ من 1).</translation>
    </message>
    <message>
        <source>This session file was written by a newer Roundtable Desktop (format version {version}); this one reads up to version {known}. Update Roundtable Desktop to open it.</source>
        <translation>كُتب ملف الجلسة هذا بإصدار أحدث من Roundtable Desktop (إصدار الصيغة {version})؛ وهذا الإصدار يقرأ حتى الإصدار {known}. حدِّث Roundtable Desktop لفتحه.</translation>
    </message>
    <message>
        <source>“{where}” must be an object, not {kind}.</source>
        <translation>يجب أن يكون “{where}” كائنًا، لا {kind}.</translation>
    </message>
    <message>
        <source>“{where}” has no “{name}”.</source>
        <translation>لا يحتوي “{where}” على “{name}”.</translation>
    </message>
    <message>
        <source>“{where}” must not be empty (null).</source>
        <translation>يجب ألا يكون “{where}” فارغًا (null).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>نصًا</translation>
    </message>
    <message>
        <source>“{where}” must be a whole number, not {kind}.</source>
        <translation>يجب أن يكون “{where}” عددًا صحيحًا، لا {kind}.</translation>
    </message>
    <message>
        <source>“{where}” must be a number, not {kind}.</source>
        <translation>يجب أن يكون “{where}” عددًا، لا {kind}.</translation>
    </message>
    <message>
        <source>“{where}” is {value}; it must be one of {allowed}.</source>
        <translation>“{where}” قيمته {value}؛ ويجب أن يكون أحد {allowed}.</translation>
    </message>
    <message>
        <source>“{where}” is {value}, not {kind} like {example}.</source>
        <translation>“{where}” قيمته {value}، وليس {kind} مثل {example}.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>“{where}” must be a list of SDG numbers, not {kind}.</source>
        <translation>يجب أن يكون “{where}” قائمة بأرقام أهداف التنمية المستدامة، لا {kind}.</translation>
    </message>
    <message>
        <source>“{where}” holds {value}; SDGs are numbered 1 to 17.</source>
        <translation>يحتوي “{where}” على {value}؛ وأهداف التنمية المستدامة مرقمة من 1 إلى 17.</translation>
    </message>
    <message>
        <source>“{where}” {id} is used twice in the file.</source>
        <translation>“{where}” {id} مستخدم مرتين في الملف.</translation>
    </message>
    <message>
        <source>“{where}” belongs to another meeting (session_id {id}).</source>
        <translation>“{where}” يخص اجتماعًا آخر (session_id {id}).</translation>
    </message>
    <message>
        <source>a participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <source>an agenda item</source>
        <translation>بند من بنود جدول الأعمال</translation>
    </message>
    <message>
        <source>a guiding question</source>
        <translation>سؤال توجيهي</translation>
    </message>
    <message>
        <source>a speaker slot</source>
        <translation>دور متكلم</translation>
    </message>
    <message>
        <source>“{where}” refers to {target} that is not in the file ({field} {id}).</source>
        <translation>“{where}” يشير إلى {target} غير موجود في الملف ({field} {id}).</translation>
    </message>
    <message>
        <source>“{where}” must be {described}, not {kind}.</source>
        <translation>يجب أن يكون “{where}” {described}، لا {kind}.</translation>
    </message>
    <message>
        <source>the text {value}</source>
        <translation>النص {value}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>صحيحًا أو خطأ</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>كائن</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <source>a time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>a datetime</source>
        <translation>تاريخ ووقت</translation>
    </message>
    <message>
        <source>“{where}” {problem}.</source>
        <translation>“{where}” {problem}.</translation>
    </message>
</context>
<context>
    <name>SetupActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>استيراد(&amp;I)…</translation>
    </message>
    <message>
        <source>Add a meeting from a concept note (.docx, .pdf, .md, .txt) or a session file (.json), reviewed before it is saved</source>
        <translation>إضافة اجتماع من مذكرة مفاهيمية (.docx، .pdf، .md، .txt) أو من ملف جلسة (.json)، تُراجَع قبل حفظه</translation>
    </message>
    <message>
        <source>Import from clip&amp;board</source>
        <translation>الاستيراد من الحافظة(&amp;B)</translation>
    </message>
    <message>
        <source>Add a meeting from a concept note&apos;s text copied from an e-mail, a web page or a PDF, reviewed before it is saved</source>
        <translation>إضافة اجتماع من نص مذكرة مفاهيمية منسوخ من رسالة بريد إلكتروني أو صفحة ويب أو ملف PDF، تُراجَع قبل حفظه</translation>
    </message>
    <message>
        <source>P&amp;roperties…</source>
        <translation>الخصائص(&amp;R)…</translation>
    </message>
    <message>
        <source>Title, organiser, date, times and time zone, venue, chair, rapporteur, focus SDGs</source>
        <translation>العنوان والجهة المنظمة والتاريخ والأوقات والمنطقة الزمنية والمكان والرئيس والمقرر والأهداف ذات الأولوية</translation>
    </message>
    <message>
        <source>Partici&amp;pants…</source>
        <translation>المشاركون(&amp;P)…</translation>
    </message>
    <message>
        <source>Add, edit, remove or import (CSV) the participants</source>
        <translation>إضافة المشاركين أو تحريرهم أو إزالتهم أو استيرادهم (CSV)</translation>
    </message>
    <message>
        <source>R&amp;oll call (Space marks present)…</source>
        <translation>المناداة بالأسماء (المسافة تسجّل الحضور)(&amp;O)…</translation>
    </message>
    <message>
        <source>The participants, the first one selected: Space marks the selected participant present and moves to the next</source>
        <translation>المشاركون، والأول محدد: مفتاح المسافة يسجّل حضور المشارك المحدد وينتقل إلى التالي</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share on this network</source>
        <translation>المشاركة على هذه الشبكة</translation>
    </message>
    <message>
        <source>Another laptop joins with File &gt; Join a shared meeting…, the address and the code. A phone or tablet opens the browser view with the QR code: it shows the speaker and the countdown, nothing of the notes.</source>
        <translation>ينضم حاسوب محمول آخر عبر ملف &gt; الانضمام إلى اجتماع مشترك…، والعنوان والرمز. ويفتح الهاتف أو الجهاز اللوحي عرض المتصفح برمز QR: يعرض المتكلم والعد التنازلي، ولا شيء من الملاحظات.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Pairing code:</source>
        <translation>رمز الاقتران:</translation>
    </message>
    <message>
        <source>Browser view:</source>
        <translation>عرض المتصفح:</translation>
    </message>
    <message>
        <source>Following:</source>
        <translation>المتابعة:</translation>
    </message>
    <message>
        <source>On Windows, if the firewall asks, allow Roundtable Desktop on private networks.</source>
        <translation>في Windows، إذا طلب جدار الحماية ذلك، فاسمح لـ Roundtable Desktop على الشبكات الخاصة.</translation>
    </message>
    <message>
        <source>&amp;New code</source>
        <translation>رمز جديد(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Stop sharing</source>
        <translation>إيقاف المشاركة(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق(&amp;C)</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <source>1 laptop</source>
        <translation>حاسوب واحد</translation>
    </message>
    <message>
        <source>{count} laptops</source>
        <translation>{count} من الحواسيب</translation>
    </message>
    <message>
        <source>Too many wrong codes were tried: nobody joins until you make a new code.</source>
        <translation>جُرّبت رموز خاطئة كثيرة: لن ينضم أحد حتى تنشئ رمزاً جديداً.</translation>
    </message>
</context>
<context>
    <name>ShareServer</name>
    <message>
        <source>Sharing stopped: {error}</source>
        <translation>توقفت المشاركة: {error}</translation>
    </message>
    <message>
        <source>Cannot listen on port {port}: {error}.</source>
        <translation>يتعذر الاستماع على المنفذ {port}: {error}.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>النافذة</translation>
    </message>
</context>
<context>
    <name>SlotListModel</name>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتكلم</translation>
    </message>
    <message>
        <source>Target/limit</source>
        <translation>المستهدف/الحد</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>وقت الكلام</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>انسحب</translation>
    </message>
    <message>
        <source>Country / org.</source>
        <translation>البلد / المنظمة</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>يتكلم</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>متوقف مؤقتاً</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>تكلّم</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Waiting {n}</source>
        <translation>في الانتظار: {n}</translation>
    </message>
    <message>
        <source>(unknown speaker)</source>
        <translation>(متكلم غير معروف)</translation>
    </message>
    <message>
        <source>{name} (point of order)</source>
        <translation>{name} (نقطة نظام)</translation>
    </message>
    <message>
        <source>{name} (reply)</source>
        <translation>{name} (رد)</translation>
    </message>
    <message>
        <source>Request: {kind}</source>
        <translation>الطلب: {kind}</translation>
    </message>
    <message>
        <source>Has not spoken yet in this meeting</source>
        <translation>لم يتكلم بعد في هذا الاجتماع</translation>
    </message>
</context>
<context>
    <name>SlotTimesDialog</name>
    <message>
        <source>Speaking time of {name}</source>
        <translation>وقت كلام {name}</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>السؤال التوجيهي</translation>
    </message>
    <message>
        <source>The participant&apos;s own</source>
        <translation>لغة المشارك نفسه</translation>
    </message>
    <message>
        <source>Language of this turn</source>
        <translation>لغة هذا الدور</translation>
    </message>
    <message>
        <source>&amp;Target (amber from):</source>
        <translation>الوقت المستهدف (كهرماني ابتداءً من)(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Limit (red from):</source>
        <translation>الحد (أحمر ابتداءً من)(&amp;L):</translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation>الطلب(&amp;Q):</translation>
    </message>
    <message>
        <source>Guiding q&amp;uestion:</source>
        <translation>السؤال التوجيهي(&amp;U):</translation>
    </message>
    <message>
        <source>Lan&amp;guage this time:</source>
        <translation>اللغة هذه المرة(&amp;G):</translation>
    </message>
    <message>
        <source>Type the time as minutes:seconds, such as 5:00.</source>
        <translation>اكتب الوقت بالدقائق:الثواني، مثل 5:00.</translation>
    </message>
</context>
<context>
    <name>SpeakerClockDisplay</name>
    <message>
        <source>Nobody is speaking</source>
        <translation>لا أحد يتكلم</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>يتكلم</translation>
    </message>
    <message>
        <source>F5 gives the floor to the next speaker</source>
        <translation>F5 يعطي الكلمة للمتكلم التالي</translation>
    </message>
    <message>
        <source>WRAP UP</source>
        <translation>اختتم</translation>
    </message>
    <message>
        <source>OVER</source>
        <translation>تجاوز</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>متوقف مؤقتاً</translation>
    </message>
    <message>
        <source>Speaker&apos;s clock</source>
        <translation>ساعة المتكلم</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>الوقت المتبقي</translation>
    </message>
    <message>
        <source>spoken {spoken} · wrap up {amber} · limit {limit}</source>
        <translation>الكلام {spoken} · الاختتام {amber} · الحد {limit}</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>التالي: {name}</translation>
    </message>
    <message>
        <source>Next: nobody waiting</source>
        <translation>التالي: لا أحد في الانتظار</translation>
    </message>
    <message>
        <source>{name}: {phase}, {time}</source>
        <translation>{name}: {phase}، {time}</translation>
    </message>
</context>
<context>
    <name>SpeakerListView</name>
    <message>
        <source>Speaker list</source>
        <translation>قائمة المتكلمين</translation>
    </message>
    <message>
        <source>Drag a waiting speaker to reorder, or Alt+Up / Alt+Down; Delete withdraws; Insert adds again; Enter edits the time; Shift+F5 gives the floor now</source>
        <translation>اسحب متكلماً منتظراً لإعادة الترتيب، أو Alt+أعلى / Alt+أسفل؛ Delete يسحبه؛ Insert يضيفه مجدداً؛ Enter يحرر الوقت؛ Shift+F5 يعطيه الكلمة الآن</translation>
    </message>
</context>
<context>
    <name>SpeakerMessageActions</name>
    <message>
        <source>Show this to the speaker on the presenter display</source>
        <translation>عرض هذا على المتكلم في شاشة المتكلمين</translation>
    </message>
    <message>
        <source>&amp;Type a message…</source>
        <translation>كتابة رسالة(&amp;T)…</translation>
    </message>
    <message>
        <source>Type a short message to show the speaker</source>
        <translation>كتابة رسالة قصيرة لعرضها على المتكلم</translation>
    </message>
    <message>
        <source>&amp;Clear the message</source>
        <translation>مسح الرسالة(&amp;C)</translation>
    </message>
    <message>
        <source>Take the message off the presenter display</source>
        <translation>إزالة الرسالة من شاشة المتكلمين</translation>
    </message>
    <message>
        <source>&amp;Message to the speaker</source>
        <translation>رسالة إلى المتكلم(&amp;M)</translation>
    </message>
    <message>
        <source>Shown to the speaker: {message}</source>
        <translation>معروض على المتكلم: {message}</translation>
    </message>
</context>
<context>
    <name>SpeakerMessages</name>
    <message>
        <source>Choose or create a meeting first.</source>
        <translation>اختر اجتماعاً أو أنشئه أولاً.</translation>
    </message>
    <message>
        <source>Message to the speaker</source>
        <translation>رسالة إلى المتكلم</translation>
    </message>
    <message>
        <source>Shown large on the presenter display (at most {n} characters):</source>
        <translation>يُعرض بخط كبير على شاشة المتكلمين (بحد أقصى {n} حرفاً):</translation>
    </message>
</context>
<context>
    <name>SpeakerRequestDialog</name>
    <message>
        <source>Floor request</source>
        <translation>طلب من القاعة</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>إضافة متكلم</translation>
    </message>
    <message>
        <source>Name, function or country; a new name adds a participant</source>
        <translation>الاسم أو المنصب أو البلد؛ والاسم الجديد يضيف مشاركاً</translation>
    </message>
    <message>
        <source>Country or organisation</source>
        <translation>البلد أو المنظمة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>نوع الجنس</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>المجموعة الإقليمية</translation>
    </message>
    <message>
        <source>Not stated: type one if not listed</source>
        <translation>غير محددة: اكتبها إن لم تكن مدرجة</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>لغة الكلام</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>السؤال التوجيهي</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>المتكلم(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>المنصب(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Country / organisation:</source>
        <translation>البلد / المنظمة(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>الدور(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>نوع الجنس(&amp;G):</translation>
    </message>
    <message>
        <source>Regional &amp;group:</source>
        <translation>المجموعة الإقليمية(&amp;G):</translation>
    </message>
    <message>
        <source>La&amp;nguage spoken:</source>
        <translation>لغة الكلام(&amp;N):</translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation>الطلب(&amp;Q):</translation>
    </message>
    <message>
        <source>Guiding q&amp;uestion:</source>
        <translation>السؤال التوجيهي(&amp;U):</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>بند جدول الأعمال(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Target (amber from):</source>
        <translation>الوقت المستهدف (كهرماني ابتداءً من)(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Limit (red from):</source>
        <translation>الحد (أحمر ابتداءً من)(&amp;L):</translation>
    </message>
    <message>
        <source>Type the time as minutes:seconds, such as 5:00.</source>
        <translation>اكتب الوقت بالدقائق:الثواني، مثل 5:00.</translation>
    </message>
    <message>
        <source>Not marked present</source>
        <translation>لم يُسجَّل حضوره</translation>
    </message>
    <message>
        <source>{name} is not marked present at the roll call.</source>
        <translation>لم يُسجَّل حضور {name} عند المناداة بالأسماء.</translation>
    </message>
    <message>
        <source>Mark present and add</source>
        <translation>تسجيل الحضور والإضافة</translation>
    </message>
    <message>
        <source>Add to the queue</source>
        <translation>إضافة إلى الطابور</translation>
    </message>
    <message>
        <source>A participant of this meeting.</source>
        <translation>مشارك في هذا الاجتماع.</translation>
    </message>
    <message>
        <source>New participant: added to the meeting with this request.</source>
        <translation>مشارك جديد: أُضيف إلى الاجتماع مع هذا الطلب.</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>&lt;b&gt;Speakers&lt;/b&gt;</source>
        <translation>&lt;b&gt;المتكلمون&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Start/pause</source>
        <translation>بدء/إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>–30 s</source>
        <translation>–30 ث</translation>
    </message>
    <message>
        <source>+30 s</source>
        <translation>+30 ث</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Floor…</source>
        <translation>القاعة…</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Move speaker up</source>
        <translation>نقل المتكلم إلى الأعلى</translation>
    </message>
    <message>
        <source>Move speaker down</source>
        <translation>نقل المتكلم إلى الأسفل</translation>
    </message>
    <message>
        <source>Withdraw speaker</source>
        <translation>سحب المتكلم</translation>
    </message>
    <message>
        <source>Edit speaking time and language…</source>
        <translation>تحرير وقت الكلام واللغة…</translation>
    </message>
    <message>
        <source>Give the floor now to the selected speaker</source>
        <translation>إعطاء الكلمة الآن للمتكلم المحدد</translation>
    </message>
    <message>
        <source>Add a speaker, or the selected one again</source>
        <translation>إضافة متكلم، أو المتكلم المحدد مرة أخرى</translation>
    </message>
    <message>
        <source>Next guiding question for the selected speaker</source>
        <translation>السؤال التوجيهي التالي للمتكلم المحدد</translation>
    </message>
    <message>
        <source>Add again to the queue (Insert)</source>
        <translation>إعادة الإضافة إلى الطابور (Insert)</translation>
    </message>
    <message>
        <source>Run from the chair&apos;s laptop</source>
        <translation>يُدار من حاسوب الرئيس</translation>
    </message>
    <message>
        <source>A speaker</source>
        <translation>متكلم</translation>
    </message>
    <message>
        <source>Choose or create a meeting first.</source>
        <translation>اختر اجتماعاً أو أنشئه أولاً.</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Speaking-time statistics</source>
        <translation>إحصاءات وقت الكلام</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتكلم</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الوقت المستهدف</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>الفعلي</translation>
    </message>
    <message>
        <source>Over/under</source>
        <translation>زيادة/نقص</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>المتكلمون</translation>
    </message>
    <message>
        <source>Against the plan</source>
        <translation>مقارنة بالخطة</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>المقرر سلفاً</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>بنود جدول الأعمال</translation>
    </message>
    <message>
        <source>By role</source>
        <translation>حسب الدور</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>حسب نوع الجنس</translation>
    </message>
    <message>
        <source>By regional group</source>
        <translation>حسب المجموعة الإقليمية</translation>
    </message>
    <message>
        <source>By kind of request</source>
        <translation>حسب نوع الطلب</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>التوازن</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>1 intervention</source>
        <translation>مداخلة واحدة</translation>
    </message>
    <message>
        <source>{n} interventions</source>
        <translation>{n} مداخلة</translation>
    </message>
    <message>
        <source>1 point of order</source>
        <translation>نقطة نظام واحدة</translation>
    </message>
    <message>
        <source>{n} points of order</source>
        <translation>{n} من نقاط النظام</translation>
    </message>
    <message>
        <source>{counts}, {total} in all</source>
        <translation>{counts}، والمجموع {total}</translation>
    </message>
    <message>
        <source>{name} (point of order)</source>
        <translation>{name} (نقطة نظام)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>المداخلات</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>الوقت الإجمالي</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Export speaking-time statistics</source>
        <translation>تصدير إحصاءات وقت الكلام</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>حُفظ في {path}</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <source>guiding question</source>
        <translation>السؤال التوجيهي</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>speaker&apos;s place</source>
        <translation>دور المتكلم</translation>
    </message>
    <message>
        <source>note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>message to the speaker</source>
        <translation>الرسالة إلى المتكلم</translation>
    </message>
    <message>
        <source>The {thing} was removed meanwhile; the change was not saved.</source>
        <translation>في غضون ذلك، حُذف {thing}؛ لم يُحفظ التغيير.</translation>
    </message>
    <message>
        <source>The change could not be saved in the library ({error}).</source>
        <translation>تعذّر حفظ التغيير في المكتبة ({error}).</translation>
    </message>
    <message>
        <source>This {thing} was changed meanwhile ({fields}), so your change was not saved over it. The list now shows the newer version: make your change again if it is still needed.</source>
        <translation>في غضون ذلك، تغيّر {thing} ({fields})، فلم يُحفظ تغييرك فوقه. تعرض القائمة الآن النسخة الأحدث: أعد إجراء التغيير إن كان لا يزال لازماً.</translation>
    </message>
    <message>
        <source>The backup could not be copied beside {library}: {error}.</source>
        <translation>تعذّر نسخ النسخة الاحتياطية بجانب {library}: {error}.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of {library}: {error}. The library is as it was.</source>
        <translation>تعذّر وضع النسخة الاحتياطية مكان {library}: {error}. المكتبة كما كانت.</translation>
    </message>
    <message>
        <source>The backup is damaged ({problem}) and cannot be restored.</source>
        <translation>النسخة الاحتياطية تالفة ({problem}) ولا يمكن استعادتها.</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted after the backup was put in place; it was finished. The library as it was is kept as {kept}.</source>
        <translation>توقفت استعادة من {name} بعد وضع النسخة الاحتياطية في مكانها؛ وقد اكتملت. والمكتبة كما كانت محفوظة باسم {kept}.</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted after the backup was put in place; it was finished.</source>
        <translation>توقفت استعادة من {name} بعد وضع النسخة الاحتياطية في مكانها؛ وقد اكتملت.</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted before the backup was put in place; it was undone: the library is as it was before.</source>
        <translation>توقفت استعادة من {name} قبل وضع النسخة الاحتياطية في مكانها؛ وقد أُلغيت: المكتبة كما كانت من قبل.</translation>
    </message>
    <message>
        <source>the disk holding the library is full ({folder})</source>
        <translation>القرص الذي يحوي المكتبة ممتلئ ({folder})</translation>
    </message>
    <message>
        <source>the library&apos;s folder cannot be written to ({folder})</source>
        <translation>لا يمكن الكتابة في مجلد المكتبة ({folder})</translation>
    </message>
    <message>
        <source>another program holds the library locked ({path})</source>
        <translation>برنامج آخر يقفل المكتبة ({path})</translation>
    </message>
    <message>
        <source>the disk reported an error while writing ({path})</source>
        <translation>أبلغ القرص عن خطأ أثناء الكتابة ({path})</translation>
    </message>
    <message>
        <source>its folder cannot be written to</source>
        <translation>لا يمكن الكتابة في مجلدها</translation>
    </message>
    <message>
        <source>another program holds it locked</source>
        <translation>برنامج آخر يقفلها</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>أبلغ القرص عن خطأ</translation>
    </message>
    <message>
        <source>it is not a library file</source>
        <translation>ليس ملف مكتبة</translation>
    </message>
    <message>
        <source>The last change could not be saved: {where}.</source>
        <translation>تعذّر حفظ التغيير الأخير: {where}.</translation>
    </message>
    <message>
        <source>The library path {path} is a folder, not a file.</source>
        <translation>مسار المكتبة {path} مجلد وليس ملفاً.</translation>
    </message>
    <message>
        <source>The library {path} was written by a newer version of Roundtable Desktop (schema {found}, this version knows {known}). It was not changed; open it with the newer version.</source>
        <translation>كُتبت المكتبة {path} بإصدار أحدث من Roundtable Desktop (المخطط {found}، وهذا الإصدار يعرف {known}). لم تُغيَّر؛ افتحها بالإصدار الأحدث.</translation>
    </message>
    <message>
        <source>The library {path} cannot be opened: {error}.</source>
        <translation>تعذّر فتح المكتبة {path}: {error}.</translation>
    </message>
    <message>
        <source>The library {path} cannot be used: {error}.</source>
        <translation>تعذّر استخدام المكتبة {path}: {error}.</translation>
    </message>
    <message>
        <source>The library {path} is damaged ({error}). Restore a backup (File &gt; Restore from backup…, or `roundtable-desktop check --repair`); the library as it is is kept aside.</source>
        <translation>المكتبة {path} تالفة ({error}). استعد نسخة احتياطية (ملف &gt; الاستعادة من نسخة احتياطية…، أو `roundtable-desktop check --repair`)؛ وتُحفظ المكتبة بحالتها الحالية جانباً.</translation>
    </message>
    <message>
        <source>{target} is one of the library&apos;s own files ({name}); nothing was written over it.</source>
        <translation>{target} أحد ملفات المكتبة نفسها ({name})؛ لم يُكتب شيء فوقه.</translation>
    </message>
    <message>
        <source>{path} is not a Roundtable Desktop library or is damaged ({error}).</source>
        <translation>{path} ليس مكتبة Roundtable Desktop أو أنه تالف ({error}).</translation>
    </message>
    <message>
        <source>The draft could not be stored in the library: {error}.</source>
        <translation>تعذّر حفظ المسودة في المكتبة: {error}.</translation>
    </message>
    <message>
        <source>The draft could not be removed from the library: {error}.</source>
        <translation>تعذّرت إزالة المسودة من المكتبة: {error}.</translation>
    </message>
    <message>
        <source>process {pid} on {host}, since {since} UTC</source>
        <translation>العملية {pid} على {host}، منذ {since} UTC</translation>
    </message>
    <message>
        <source>The folder of the library {path} cannot be written to ({error}).</source>
        <translation>لا يمكن الكتابة في مجلد المكتبة {path} ({error}).</translation>
    </message>
    <message>
        <source>The library {library} is in use by another copy of Roundtable Desktop ({who}).</source>
        <translation>المكتبة {library} قيد الاستخدام من نسخة أخرى من Roundtable Desktop ({who}).</translation>
    </message>
    <message>
        <source>The library {path} cannot be opened read-only: {error}.</source>
        <translation>تعذّر فتح المكتبة {path} للقراءة فقط: {error}.</translation>
    </message>
    <message>
        <source>The backup {name} would be written over one of the library&apos;s own files; nothing was written.</source>
        <translation>كانت النسخة الاحتياطية {name} ستُكتب فوق أحد ملفات المكتبة نفسها؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The library {name} is damaged ({detail}), so no backup was taken and the good ones are kept. Restore one (File &gt; Restore from backup…).</source>
        <translation>المكتبة {name} تالفة ({detail})، لذا لم تُؤخذ نسخة احتياطية واحتُفظ بالنسخ السليمة. استعد إحداها (ملف &gt; الاستعادة من نسخة احتياطية…).</translation>
    </message>
    <message>
        <source>The backup of the library could not be written to {folder}: {reason}.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية للمكتبة في {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The backup {name} is damaged and cannot be restored.</source>
        <translation>النسخة الاحتياطية {name} تالفة ولا يمكن استعادتها.</translation>
    </message>
    <message>
        <source>The library {library} could not be moved aside: {reason}.</source>
        <translation>تعذّر نقل المكتبة {library} جانبًا: {reason}.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>The library {library} is damaged. The damaged file can be moved aside (it is kept, never deleted) and the newest good backup put in its place.</source>
        <translation>المكتبة {library} تالفة. يمكن نقل الملف التالف جانبًا (يُحتفظ به ولا يُحذف أبدًا) ووضع أحدث نسخة احتياطية سليمة مكانه.</translation>
    </message>
    <message>
        <source>The library {library} is damaged ({detail}). The damaged file can be moved aside (it is kept, never deleted) and the newest good backup put in its place.</source>
        <translation>المكتبة {library} تالفة ({detail}). يمكن نقل الملف التالف جانبًا (يُحتفظ به ولا يُحذف أبدًا) ووضع أحدث نسخة احتياطية سليمة مكانه.</translation>
    </message>
    <message>
        <source>The journal of the library {library} (its -wal file) was removed after the app stopped: the changes of the last minutes before that may be lost. The library can be used as it is, or the newest good backup can take its place.</source>
        <translation>أُزيل سجل المكتبة {library} (ملفها -wal) بعد توقف التطبيق: قد تكون تغييرات الدقائق الأخيرة قبل ذلك قد فُقدت. يمكن استخدام المكتبة كما هي، أو يمكن أن تحل محلها أحدث نسخة احتياطية سليمة.</translation>
    </message>
    <message>
        <source>The library {library} is empty (0 bytes), but it has backups: the newest good backup can take its place.</source>
        <translation>المكتبة {library} فارغة (0 بايت)، ولكن لها نسخ احتياطية: يمكن أن تحل محلها أحدث نسخة احتياطية سليمة.</translation>
    </message>
    <message>
        <source>The library {library} is missing, but it has backups: the newest good backup can take its place.</source>
        <translation>المكتبة {library} مفقودة، ولكن لها نسخ احتياطية: يمكن أن تحل محلها أحدث نسخة احتياطية سليمة.</translation>
    </message>
    <message>
        <source>There is no library at {library} yet.</source>
        <translation>لا توجد مكتبة في {library} بعد.</translation>
    </message>
    <message>
        <source>The library {library} is in good order.</source>
        <translation>المكتبة {library} سليمة.</translation>
    </message>
    <message>
        <source>its -wal journal is missing</source>
        <translation>سجلها -wal مفقود</translation>
    </message>
    <message>
        <source>No library at {library}.</source>
        <translation>لا توجد مكتبة في {library}.</translation>
    </message>
    <message>
        <source>{report} Run `roundtable-desktop check --repair` to do so.</source>
        <translation>{report} شغّل `roundtable-desktop check --repair` للقيام بذلك.</translation>
    </message>
    <message>
        <source>The library as it was is kept as {path}.</source>
        <translation>احتُفظ بالمكتبة كما كانت باسم {path}.</translation>
    </message>
    <message>
        <source>Restored the backup of {when} UTC ({count} meetings).</source>
        <translation>استُعيدت النسخة الاحتياطية المأخوذة في {when} UTC ({count} من الاجتماعات).</translation>
    </message>
    <message>
        <source>No backup to restore: the library is used as it is.</source>
        <translation>لا توجد نسخة احتياطية لاستعادتها: تُستخدم المكتبة كما هي.</translation>
    </message>
    <message>
        <source>{report} There is no good backup to restore: the next start begins with a new library.</source>
        <translation>{report} لا توجد نسخة احتياطية سليمة لاستعادتها: سيبدأ التشغيل التالي بمكتبة جديدة.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>برنامج آخر</translation>
    </message>
    <message>
        <source>It is open in Roundtable Desktop ({who}).</source>
        <translation>إنها مفتوحة في Roundtable Desktop ({who}).</translation>
    </message>
    <message>
        <source>It has no backup yet.</source>
        <translation>ليست لها نسخة احتياطية بعد.</translation>
    </message>
    <message>
        <source>{count} backups in {folder}, the newest of {when} UTC.</source>
        <translation>{count} من النسخ الاحتياطية في {folder}، أحدثها في {when} UTC.</translation>
    </message>
</context>
<context>
    <name>SummaryOptions</name>
    <message>
        <source>Summary by the Rapporteur</source>
        <translation>موجز المقرر</translation>
    </message>
    <message>
        <source>Chair’s summary</source>
        <translation>موجز الرئيس</translation>
    </message>
    <message>
        <source>Rapporteur’s report</source>
        <translation>تقرير المقرر</translation>
    </message>
    <message>
        <source>The language the summary is written in: its headings, dates and introduction (the notes stay as typed)</source>
        <translation>لغة الموجز: عناوينه وتواريخه ومقدمته (تبقى الملاحظات كما كُتبت)</translation>
    </message>
    <message>
        <source>For circulation: introduction, discussion, key messages, recommendations</source>
        <translation>للتعميم: المقدمة والمناقشة والرسائل الرئيسية والتوصيات</translation>
    </message>
    <message>
        <source>Full record: everything, with the statistics and annexes</source>
        <translation>السجل الكامل: كل شيء، مع الإحصاءات والمرفقات</translation>
    </message>
    <message>
        <source>Write it a&amp;gain from the facts</source>
        <translation>إعادة كتابتها من الوقائع(&amp;G)</translation>
    </message>
    <message>
        <source>e.g. Numbered Paragraph=SingleTxtG, Heading 1=HChG</source>
        <translation>مثلاً Numbered Paragraph=SingleTxtG, Heading 1=HChG</translation>
    </message>
    <message>
        <source>The template&apos;s own style to use in place of one of the summary&apos;s: OUR STYLE=TEMPLATE STYLE, separated by commas</source>
        <translation>نمط القالب الخاص الذي يُستخدم بدلاً من أحد أنماط الموجز: نمطنا=نمط القالب، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>المقدمة</translation>
    </message>
    <message>
        <source>Discussion by guiding question</source>
        <translation>المناقشة حسب السؤال التوجيهي</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>الرسائل الرئيسية</translation>
    </message>
    <message>
        <source>Recommendations and commitments</source>
        <translation>التوصيات والالتزامات</translation>
    </message>
    <message>
        <source>Contribution to the SDGs</source>
        <translation>المساهمة في أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <source>List of participants (annex)</source>
        <translation>قائمة المشاركين (مرفق)</translation>
    </message>
    <message>
        <source>Programme as held (annex)</source>
        <translation>البرنامج كما نُفِّذ (مرفق)</translation>
    </message>
    <message>
        <source>Speaking time and shares (annex)</source>
        <translation>وقت الكلام والنسب (مرفق)</translation>
    </message>
    <message>
        <source>Notes in time order (annex)</source>
        <translation>الملاحظات بترتيب زمني (مرفق)</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>الوثيقة(&amp;D):</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>اللغة(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>الإعداد المسبق(&amp;P):</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>الأقسام:</translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation>المقدمة(&amp;I):</translation>
    </message>
    <message>
        <source>Template st&amp;yles:</source>
        <translation>أنماط القالب(&amp;Y):</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>The Word template {name} cannot be used: its styles or lists are damaged ({detail}).</source>
        <translation>لا يمكن استخدام قالب Word {name}: أنماطه أو قوائمه تالفة ({detail}).</translation>
    </message>
    <message>
        <source>The Word template {name} was not found ({path}).</source>
        <translation>لم يُعثر على قالب Word {name} ({path}).</translation>
    </message>
    <message>
        <source>The Word template {name} is a folder, not a Word file.</source>
        <translation>قالب Word {name} مجلد وليس ملف Word.</translation>
    </message>
    <message>
        <source>The Word template {name} cannot be read ({reason}).</source>
        <translation>تعذّرت قراءة قالب Word {name} ({reason}).</translation>
    </message>
    <message>
        <source>The Word template {name} is not a Word document (.docx or .dotx) that can be used.</source>
        <translation>قالب Word {name} ليس مستند Word (.docx أو .dotx) يمكن استخدامه.</translation>
    </message>
</context>
<context>
    <name>TimeTroubleBar</name>
    <message>
        <source>the speaker</source>
        <translation>المتكلم</translation>
    </message>
    <message>
        <source>The computer was asleep for {missed} while {name} was speaking. Their clock shows {shown} spoken without that time; with it, {corrected}.</source>
        <translation>كان الحاسوب في وضع السكون لمدة {missed} أثناء كلمة {name}. تعرض ساعته {shown} من الكلام دون تلك المدة؛ ومعها {corrected}.</translation>
    </message>
    <message>
        <source>Count the sleep: {corrected}</source>
        <translation>احتساب فترة السكون: {corrected}</translation>
    </message>
    <message>
        <source>The computer&apos;s clock was set {direction} by {missed} while {name} was speaking. Their clock was not affected: {shown} spoken.</source>
        <translation>ضُبطت ساعة الحاسوب {direction} بمقدار {missed} أثناء كلمة {name}. ولم تتأثر ساعته: {shown} من الكلام.</translation>
    </message>
    <message>
        <source>Follow the computer&apos;s clock: {corrected}</source>
        <translation>اتباع ساعة الحاسوب: {corrected}</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>إلى الأمام</translation>
    </message>
    <message>
        <source>back</source>
        <translation>إلى الوراء</translation>
    </message>
    <message>
        <source>Keep {shown}</source>
        <translation>الإبقاء على {shown}</translation>
    </message>
</context>
<context>
    <name>TroubleBar</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>إعادة المحاولة الآن(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;emergency file</source>
        <translation>فتح ملف الطوارئ(&amp;E)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>The last change could not be saved.</source>
        <translation>تعذّر حفظ التغيير الأخير.</translation>
    </message>
    <message>
        <source>What you typed is kept in the window and copied to {file}.</source>
        <translation>ما كتبته محفوظ في النافذة ومنسوخ إلى {file}.</translation>
    </message>
    <message>
        <source>What you entered stays where you typed it, marked as not saved. Roundtable Desktop tries again every 2 seconds and says here when it is all saved.</source>
        <translation>يبقى ما أدخلته حيث كتبته، مع علامة «لم يُحفظ». يعيد Roundtable Desktop المحاولة كل ثانيتين ويبيّن هنا متى حُفظ كل شيء.</translation>
    </message>
    <message>
        <source>The library can be written again: every change kept for a retry is stored. A note still in the box is kept as a draft: Ctrl+Return saves it.</source>
        <translation>يمكن الكتابة في المكتبة مجدداً: حُفظ كل تغيير كان محتفظاً به لإعادة المحاولة. والملاحظة التي لا تزال في المربع محفوظة كمسودة: Ctrl+Return يحفظها.</translation>
    </message>
    <message>
        <source>Read-only: {why}. Changes made here are not saved.</source>
        <translation>للقراءة فقط: {why}. لا تُحفظ التغييرات التي تُجرى هنا.</translation>
    </message>
</context>
<context>
    <name>UnsureSpeaker</name>
    <message>
        <source>Notes written while the link was lost and now tied to another speaker, who had the floor at their time by the chair&apos;s record: {count}.</source>
        <translation>الملاحظات المكتوبة أثناء انقطاع الاتصال والمرتبطة الآن بمتكلم آخر كانت له الكلمة وقتها وفقاً لسجل الرئيس: {count}.</translation>
    </message>
    <message>
        <source>The note of {time}, written while the link was lost, is now tied to {speaker}, who had the floor then by the chair&apos;s record (not {guess}).</source>
        <translation>الملاحظة المكتوبة في {time} أثناء انقطاع الاتصال مرتبطة الآن بـ {speaker}، الذي كانت له الكلمة حينها وفقاً لسجل الرئيس (لا بـ {guess}).</translation>
    </message>
    <message>
        <source>no speaker</source>
        <translation>لا متكلم</translation>
    </message>
    <message>
        <source>speaker not sure: written while the link was lost</source>
        <translation>المتكلم غير مؤكد: كُتبت أثناء انقطاع الاتصال</translation>
    </message>
    <message>
        <source>{name} (not sure)</source>
        <translation>{name} (غير مؤكد)</translation>
    </message>
    <message>
        <source>(not sure)</source>
        <translation>(غير مؤكد)</translation>
    </message>
    <message>
        <source>Time not sure: written while the link was lost, before the meeting&apos;s start reached this laptop; counted from the planned start until the chair&apos;s record arrives.</source>
        <translation>الوقت غير مؤكد: كُتبت أثناء انقطاع الاتصال، قبل أن يصل موعد بدء الاجتماع إلى هذا الحاسوب؛ ويُحسب من موعد البدء المقرر إلى أن يصل سجل الرئيس.</translation>
    </message>
    <message>
        <source>Speaker not sure: written while the link was lost. Open the note (Enter) to confirm or change the speaker.</source>
        <translation>المتكلم غير مؤكد: كُتبت أثناء انقطاع الاتصال. افتح الملاحظة (Enter) لتأكيد المتكلم أو تغييره.</translation>
    </message>
    <message>
        <source>Confirm speaker</source>
        <translation>تأكيد المتكلم</translation>
    </message>
    <message>
        <source>The speaker shown is right: clear the mark (or pick another speaker)</source>
        <translation>المتكلم المعروض صحيح: إزالة العلامة (أو اختيار متكلم آخر)</translation>
    </message>
    <message>
        <source>Speaker not sure</source>
        <translation>المتكلم غير مؤكد</translation>
    </message>
    <message>
        <source>Review them first</source>
        <translation>مراجعتها أولاً</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>التصدير على أي حال</translation>
    </message>
    <message>
        <source>Notes with a speaker not sure: {count}. They were written while the link to the chair&apos;s laptop was lost; the summary names no speaker for them until you confirm or change it.</source>
        <translation>ملاحظات المتكلم فيها غير مؤكد: {count}. كُتبت أثناء انقطاع الاتصال بحاسوب الرئيس؛ ولا يذكر الموجز متكلماً لها حتى تؤكده أو تغيّره.</translation>
    </message>
</context>
<context>
    <name>UsualMessage</name>
    <message>
        <source>Please conclude</source>
        <translation>يرجى الاختتام</translation>
    </message>
    <message>
        <source>One minute left</source>
        <translation>تبقّت دقيقة واحدة</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>انتهى الوقت</translation>
    </message>
    <message>
        <source>Please speak closer to the microphone</source>
        <translation>يرجى التحدث بالقرب من الميكروفون</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>{time} past the limit</source>
        <translation>{time} بعد الحد الأقصى</translation>
    </message>
    <message>
        <source>{time} past the target, within the limit</source>
        <translation>{time} بعد المدة المستهدفة، ضمن الحد الأقصى</translation>
    </message>
    <message>
        <source>{time} under the target</source>
        <translation>{time} أقل من المدة المستهدفة</translation>
    </message>
</context>
</TS>
