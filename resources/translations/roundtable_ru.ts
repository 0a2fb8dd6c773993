<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ActionRunner</name>
    <message>
        <source>Not saved: {reason} What you entered is kept here; try again.</source>
        <translation>Не сохранено: {reason} Введенное хранится здесь; попробуйте еще раз.</translation>
    </message>
    <message>
        <source>Not saved yet: the library does not take writes now (the bar above says why). What you entered stays here and is saved as soon as it does.</source>
        <translation>Пока не сохранено: библиотека сейчас не принимает запись (причина указана на панели выше). Введенное остается здесь и будет сохранено, как только запись станет возможной.</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>New agenda item</source>
        <translation>Новый пункт повестки дня</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Пункт повестки дня</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation>&amp;По плану:</translation>
    </message>
    <message>
        <source>P&amp;resenter:</source>
        <translation>В&amp;ыступающий:</translation>
    </message>
    <message>
        <source>Speaker &amp;target:</source>
        <translation>&amp;Целевое время оратора:</translation>
    </message>
    <message>
        <source>Speaker &amp;limit:</source>
        <translation>&amp;Лимит оратора:</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Минут по плану</translation>
    </message>
    <message>
        <source>Speaker target, minutes</source>
        <translation>Целевое время оратора, минуты</translation>
    </message>
    <message>
        <source>Speaker target, seconds</source>
        <translation>Целевое время оратора, секунды</translation>
    </message>
    <message>
        <source>Speaker limit, minutes</source>
        <translation>Лимит оратора, минуты</translation>
    </message>
    <message>
        <source>Speaker limit, seconds</source>
        <translation>Лимит оратора, секунды</translation>
    </message>
    <message>
        <source>An agenda item needs a title</source>
        <translation>У пункта повестки дня должно быть название</translation>
    </message>
    <message>
        <source>new agenda item</source>
        <translation>новый пункт повестки дня</translation>
    </message>
    <message>
        <source>agenda item edit</source>
        <translation>изменение пункта повестки дня</translation>
    </message>
</context>
<context>
    <name>AgendaKind</name>
    <message>
        <source>Presentation</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Выступления</translation>
    </message>
    <message>
        <source>Interactive discussion</source>
        <translation>Интерактивное обсуждение</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Закрытие</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Planned start: the meeting&apos;s start plus the minutes of the items before</source>
        <translation>Плановое начало: начало мероприятия плюс минуты предыдущих пунктов</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Мин</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Ораторы</translation>
    </message>
    <message>
        <source>Target / limit of each speaker</source>
        <translation>Целевое время / лимит каждого оратора</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>{planned} min planned</source>
        <translation>{planned} мин по плану</translation>
    </message>
    <message>
        <source>{planned} of {length} min</source>
        <translation>{planned} из {length} мин</translation>
    </message>
    <message>
        <source>{left} min of the meeting are not planned yet</source>
        <translation>{left} мин мероприятия еще не запланированы</translation>
    </message>
    <message>
        <source>The items take {over} min more than the meeting lasts</source>
        <translation>Пункты занимают на {over} мин больше, чем длится мероприятие</translation>
    </message>
    <message>
        <source>The items fill the meeting exactly</source>
        <translation>Пункты точно заполняют время мероприятия</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

What you saved is safe. The details are in the log file:
{log}</source>
        <translation>Произошла ошибка: {error}

Сохраненное вами в безопасности. Подробности в файле журнала:
{log}</translation>
    </message>
    <message>
        <source>The library cannot be opened</source>
        <translation>Не удается открыть библиотеку</translation>
    </message>
</context>
<context>
    <name>BalanceBars</name>
    <message>
        <source>{group}: {time:.0f} % of the time, {turns:.0f} % of the interventions</source>
        <translation>{group}: {time:.0f} % времени, {turns:.0f} % выступлений</translation>
    </message>
    <message>
        <source>Nobody has spoken yet.</source>
        <translation>Еще никто не выступал.</translation>
    </message>
</context>
<context>
    <name>BalanceLegend</name>
    <message>
        <source>Legend</source>
        <translation>Условные обозначения</translation>
    </message>
    <message>
        <source>share of speaking time</source>
        <translation>доля времени выступлений</translation>
    </message>
    <message>
        <source>share of interventions</source>
        <translation>доля выступлений</translation>
    </message>
</context>
<context>
    <name>BalanceLine</name>
    <message>
        <source>Sort the floor: not &amp;yet spoken first</source>
        <translation>Упорядочить запросы слова: сначала &amp;еще не выступавшие</translation>
    </message>
    <message>
        <source>Floor requests of those who have not spoken yet come first; points of order stay at the head</source>
        <translation>Запросы слова еще не выступавших идут первыми; выступления по порядку ведения заседания остаются в начале</translation>
    </message>
    <message>
        <source>Balance so far</source>
        <translation>Баланс на данный момент</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Африка</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>Азия и Тихий океан</translation>
    </message>
    <message>
        <source>Eastern Europe</source>
        <translation>Восточная Европа</translation>
    </message>
    <message>
        <source>GRULAC</source>
        <translation>ГРУЛАК</translation>
    </message>
    <message>
        <source>WEOG</source>
        <translation>Западная Европа и другие</translation>
    </message>
    <message>
        <source>So far, % of time / of interventions: {gender}</source>
        <translation>На данный момент, % времени / выступлений: {gender}</translation>
    </message>
    <message>
        <source>Regions: {regions}</source>
        <translation>Региональные группы: {regions}</translation>
    </message>
    <message>
        <source>So far: nobody has spoken yet.</source>
        <translation>На данный момент: еще никто не выступал.</translation>
    </message>
    <message>
        <source>Waiting, not yet spoken (• in the list): {n}</source>
        <translation>Ожидают, еще не выступали (• в списке): {n}</translation>
    </message>
    <message>
        <source>Floor requests sorted: those who have not spoken yet come first.</source>
        <translation>Запросы слова упорядочены: еще не выступавшие идут первыми.</translation>
    </message>
</context>
<context>
    <name>BalanceView</name>
    <message>
        <source>Fairness: not measured yet (it needs two people who asked for the floor and some time spoken).</source>
        <translation>Равномерность: пока не измерена (нужны двое запросивших слово и какое-то время выступлений).</translation>
    </message>
    <message>
        <source>Fairness: the Gini coefficient of speaking time among the {n} who asked for the floor is {gini} (0: everyone had the same time; nearer 1: a few had most of it).</source>
        <translation>Равномерность: коэффициент Джини времени выступлений среди {n} запросивших слово составляет {gini} (0 — у всех одинаковое время; ближе к 1 — большая часть времени у немногих).</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>По полу</translation>
    </message>
    <message>
        <source>By regional group</source>
        <translation>По региональным группам</translation>
    </message>
</context>
<context>
    <name>ByQuestionView</name>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>No question</source>
        <translation>Без вопроса</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Выступает</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Ораторы</translation>
    </message>
    <message>
        <source>How much of the meeting addressed each guiding question: notes, speaking time, speakers</source>
        <translation>Какая часть мероприятия посвящена каждому руководящему вопросу: заметки, время выступлений, ораторы</translation>
    </message>
    <message>
        <source>The meeting&apos;s key messages, one a line</source>
        <translation>Основные тезисы мероприятия, по одному в строке</translation>
    </message>
    <message>
        <source>Add the notes marked as key messages</source>
        <translation>Добавить заметки, отмеченные как основные тезисы</translation>
    </message>
    <message>
        <source>Append the notes marked as key messages that are not there yet</source>
        <translation>Добавить еще не включенные заметки, отмеченные как основные тезисы</translation>
    </message>
    <message>
        <source>&lt;b&gt;Key messages of the meeting&lt;/b&gt;</source>
        <translation>&lt;b&gt;Основные тезисы мероприятия&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Notes tied to no guiding question</source>
        <translation>Заметки без руководящего вопроса</translation>
    </message>
    <message>
        <source>&lt;b&gt;Synthesis of {question}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Обобщение по {question}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Synthesis&lt;/b&gt;</source>
        <translation>&lt;b&gt;Обобщение&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your synthesis of {label}: {text}</source>
        <translation>Ваше обобщение по {label}: {text}</translation>
    </message>
    <message>
        <source>Notes tied to no guiding question have no synthesis.</source>
        <translation>У заметок без руководящего вопроса нет обобщения.</translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>Нет оратора</translation>
    </message>
    <message>
        <source>No notes on this question yet.</source>
        <translation>По этому вопросу заметок пока нет.</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <source>Your unsaved typing was brought back.</source>
        <translation>Несохраненный ввод восстановлен.</translation>
    </message>
    <message>
        <source>Nothing to save yet: type the note first.</source>
        <translation>Пока нечего сохранять: сначала введите заметку.</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>Сохранено в {time}.</translation>
    </message>
    <message>
        <source>Draft kept at {time}.</source>
        <translation>Черновик сохранен в {time}.</translation>
    </message>
</context>
<context>
    <name>ChairRunsLine</name>
    <message>
        <source>The chair&apos;s laptop runs this meeting: this console shows its speaker, clock and queue, and changes nothing.</source>
        <translation>Этим заседанием управляет ноутбук Председателя: эта консоль показывает выступающего, часы и очередь и ничего не меняет.</translation>
    </message>
</context>
<context>
    <name>ChairSetsUpLine</name>
    <message>
        <source>The chair&apos;s laptop runs this meeting: its agenda, guiding questions, participants and properties are set there and shown here; the notes, syntheses, key messages and the summary (its document, language and introduction) are written here.</source>
        <translation>Этим заседанием управляет ноутбук Председателя: повестка дня, руководящие вопросы, участники и свойства задаются там и показываются здесь; заметки, обобщения, основные тезисы и резюме (вид документа, язык и введение) пишутся здесь.</translation>
    </message>
</context>
<context>
    <name>ConceptNote</name>
    <message>
        <source>the note gives no year for “{date}”; {year} was taken from its other dates (the weekday matches)</source>
        <translation>в записке не указан год для «{date}»; взят {year} по другим датам записки (день недели совпадает)</translation>
    </message>
    <message>
        <source>the weekday does not match any year the note names</source>
        <translation>день недели не совпадает ни с одним годом, указанным в записке</translation>
    </message>
    <message>
        <source>the note names no other year</source>
        <translation>в записке не указан другой год</translation>
    </message>
    <message>
        <source>the note names several years</source>
        <translation>в записке указано несколько лет</translation>
    </message>
    <message>
        <source>the note gives no year for “{date}”; {year} was taken from its other dates ({reason})</source>
        <translation>в записке не указан год для «{date}»; взят {year} по другим датам записки ({reason})</translation>
    </message>
    <message>
        <source>Line {lines} is not UTF-8 like the rest of the file: read as Windows-1252, so check the accents there.</source>
        <translation>Строка {lines} не в кодировке UTF-8, как остальной файл: прочитана как Windows-1252, проверьте в ней диакритические знаки.</translation>
    </message>
    <message>
        <source>Lines {lines} and {more} more are not UTF-8 like the rest of the file: read as Windows-1252, so check the accents there.</source>
        <translation>Строки {lines} и еще {more} не в кодировке UTF-8, как остальной файл: прочитаны как Windows-1252, проверьте в них диакритические знаки.</translation>
    </message>
    <message>
        <source>Lines {lines} are not UTF-8 like the rest of the file: read as Windows-1252, so check the accents there.</source>
        <translation>Строки {lines} не в кодировке UTF-8, как остальной файл: прочитаны как Windows-1252, проверьте в них диакритические знаки.</translation>
    </message>
    <message>
        <source>{name} is a damaged Word document; open it in Word and save it again.</source>
        <translation>{name} — повреждённый документ Word; откройте его в Word и сохраните заново.</translation>
    </message>
    <message>
        <source>{name} is not a Word document: it has no {part}.</source>
        <translation>{name} не является документом Word: в нём нет {part}.</translation>
    </message>
    <message>
        <source>{name} is not a Word document: its document part has no body.</source>
        <translation>{name} не является документом Word: в его основной части нет текста документа.</translation>
    </message>
    <message>
        <source>{name} is empty: the Word document holds no text.</source>
        <translation>{name} пуст: в документе Word нет текста.</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>документ Word</translation>
    </message>
    <message>
        <source>{name} is not a Word document (a .docx file is a zip archive, and this one is not). Save it again from Word as .docx.</source>
        <translation>{name} не является документом Word (файл .docx — это zip-архив, а этот файл им не является). Сохраните его заново из Word в формате .docx.</translation>
    </message>
    <message>
        <source>{name} is refused: it holds {count:,} parts, more than a Word document has.</source>
        <translation>{name} отклонён: в нём {count:,} частей, больше, чем бывает в документе Word.</translation>
    </message>
    <message>
        <source>{name} is refused: it would unpack to {size:,} MB, more than the {limit} MB allowed.</source>
        <translation>{name} отклонён: после распаковки он занял бы {size:,} МБ, больше допустимых {limit} МБ.</translation>
    </message>
    <message>
        <source>{name} is refused: one of its parts is compressed more than {ratio} to 1, which only a zip bomb does.</source>
        <translation>{name} отклонён: одна из его частей сжата более чем в {ratio} раз, так делает только zip-бомба.</translation>
    </message>
    <message>
        <source>{name} is refused: a part unpacks to more than its stated size.</source>
        <translation>{name} отклонён: одна из частей при распаковке больше заявленного размера.</translation>
    </message>
    <message>
        <source>{name} is refused: it declares XML entities (a DOCTYPE), which a Word document never does and which can be used to read other files.</source>
        <translation>{name} отклонён: в нём объявлены сущности XML (DOCTYPE), чего в документе Word не бывает и что может использоваться для чтения других файлов.</translation>
    </message>
    <message>
        <source>{name} is refused: it holds {count:,} XML elements, more than the {limit:,} a concept note of {lines:,} lines needs.</source>
        <translation>{name} отклонён: в нём {count:,} элементов XML, больше {limit:,}, нужных концептуальной записке в {lines:,} строк.</translation>
    </message>
    <message>
        <source>{name} cannot be imported: give a Word document (.docx), a PDF (.pdf), a Markdown or text file (.md, .txt) or a Roundtable session file (.json).</source>
        <translation>{name} нельзя импортировать: выберите документ Word (.docx), PDF (.pdf), файл Markdown или текстовый файл (.md, .txt) либо файл сессии Roundtable (.json).</translation>
    </message>
    <message>
        <source>{name} is over {limit} MB; a concept note is far shorter. Is it the right text?</source>
        <translation>{name} больше {limit} МБ; концептуальная записка гораздо короче. Это нужный текст?</translation>
    </message>
    <message>
        <source>The pasted text is empty: copy the concept note&apos;s text first.</source>
        <translation>Вставленный текст пуст: сначала скопируйте текст концептуальной записки.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>вставленный текст</translation>
    </message>
    <message>
        <source>session file</source>
        <translation>файл сессии</translation>
    </message>
    <message>
        <source>the note gives {n} days or sessions; the first ({first}) was taken: choose the one that is the meeting</source>
        <translation>в записке указано дней или заседаний: {n}; взято первое ({first}): выберите то, которое относится к мероприятию</translation>
    </message>
    <message>
        <source>{date}, {start}</source>
        <translation>{date}, {start}</translation>
    </message>
    <message>
        <source>{date}, {start}–{end}</source>
        <translation>{date}, {start}–{end}</translation>
    </message>
    <message>
        <source>the only date is “{date}”, which may not be the meeting&apos;s (a dateline, a post date or a version date)</source>
        <translation>единственная дата — «{date}», и она может не относиться к мероприятию (место и дата составления, дата публикации или версии)</translation>
    </message>
    <message>
        <source>the only date is “{date}”, which looks like a deadline</source>
        <translation>единственная дата — «{date}», и она похожа на крайний срок</translation>
    </message>
    <message>
        <source>the note gives the days {days}; the first was taken: choose the meeting&apos;s day</source>
        <translation>в записке указаны дни {days}; взят первый: выберите день мероприятия</translation>
    </message>
    <message>
        <source>no time is given for the meeting; {start} to {end} was taken from the programme</source>
        <translation>время мероприятия не указано; время с {start} до {end} взято из программы</translation>
    </message>
    <message>
        <source>two dates: “{other}” {where_other}, “{chosen}” {where_chosen}; {date} was taken</source>
        <translation>две даты: «{other}» {where_other}, «{chosen}» {where_chosen}; взята дата {date}</translation>
    </message>
    <message>
        <source>beside the meeting&apos;s time</source>
        <translation>рядом со временем мероприятия</translation>
    </message>
    <message>
        <source>labelled as the date</source>
        <translation>помечена как дата</translation>
    </message>
    <message>
        <source>in the header</source>
        <translation>в шапке</translation>
    </message>
    <message>
        <source>{start} (no end time)</source>
        <translation>{start} (время окончания не указано)</translation>
    </message>
    <message>
        <source>No time zone is written; {zone} was taken from the city named.</source>
        <translation>Часовой пояс не указан; {zone} определен по названному городу.</translation>
    </message>
    <message>
        <source>{zone} (written {written})</source>
        <translation>{zone} (написано {written})</translation>
    </message>
    <message>
        <source>{n} items, {total} min</source>
        <translation>пунктов: {n}, {total} мин</translation>
    </message>
    <message>
        <source>The note gives no minutes for some agenda items; they were shared out of the meeting&apos;s length. Check the programme.</source>
        <translation>В записке не указана продолжительность некоторых пунктов повестки дня; между ними распределено время мероприятия. Проверьте программу.</translation>
    </message>
    <message>
        <source>{target} target, {limit} limit</source>
        <translation>ориентир {target}, предел {limit}</translation>
    </message>
    <message>
        <source>{name}: this PDF has no text (it is a scan or a picture); copy the text or use the Word version.</source>
        <translation>{name}: в этом PDF нет текста (это скан или изображение); скопируйте текст или используйте версию Word.</translation>
    </message>
    <message>
        <source>{name} is protected by a password; open it, save a copy without the password, or use the Word version.</source>
        <translation>{name} защищён паролем; откройте его и сохраните копию без пароля или используйте версию Word.</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF (it is damaged or not a PDF); use the Word version.</source>
        <translation>{name} не читается как PDF (он повреждён или это не PDF); используйте версию Word.</translation>
    </message>
    <message>
        <source>{name} is encrypted; open it, save a copy without protection, or use the Word version.</source>
        <translation>{name} зашифрован; откройте его и сохраните копию без защиты или используйте версию Word.</translation>
    </message>
    <message>
        <source>{name} cannot be read: this installation has no PDF reader (pypdf); use the Word version or copy the text.</source>
        <translation>{name} невозможно прочитать: в этой установке нет средства чтения PDF (pypdf); используйте версию Word или скопируйте текст.</translation>
    </message>
    <message>
        <source>{name} has {pages:,} pages; a concept note has at most {limit}. Is it the right file?</source>
        <translation>В {name} {pages:,} страниц; в концептуальной записке их не больше {limit}. Это нужный файл?</translation>
    </message>
    <message>
        <source>{name} is a damaged PDF; open it and save it again, or use the Word version.</source>
        <translation>{name} — повреждённый PDF; откройте его и сохраните заново или используйте версию Word.</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>документ PDF</translation>
    </message>
    <message>
        <source>{name} holds more than {limit:,} characters of text; a concept note has far fewer. Is it the right file?</source>
        <translation>В {name} больше {limit:,} знаков текста; в концептуальной записке их гораздо меньше. Это нужный файл?</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Start and end</source>
        <translation>Начало и окончание</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Venue / format</source>
        <translation>Место / формат</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Справочная информация</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Руководящие вопросы</translation>
    </message>
    <message>
        <source>Programme (agenda items)</source>
        <translation>Программа (пункты повестки дня)</translation>
    </message>
    <message>
        <source>Speaking time of interventions</source>
        <translation>Время выступлений</translation>
    </message>
    <message>
        <source>Focus SDGs</source>
        <translation>ЦУР в центре внимания</translation>
    </message>
    <message>
        <source>Outcome feeds into</source>
        <translation>Итоги будут представлены</translation>
    </message>
    <message>
        <source>Speakers named</source>
        <translation>Названные ораторы</translation>
    </message>
    <message>
        <source>{name} is not a text file (it holds binary data).</source>
        <translation>{name} не является текстовым файлом (в нём двоичные данные).</translation>
    </message>
    <message>
        <source>Markdown file</source>
        <translation>файл Markdown</translation>
    </message>
    <message>
        <source>text file</source>
        <translation>текстовый файл</translation>
    </message>
    <message>
        <source>The date “{date}” could be day/month or month/day; check the date.</source>
        <translation>Дату «{date}» можно прочитать как день/месяц или месяц/день; проверьте дату.</translation>
    </message>
    <message>
        <source>The note says {abbreviation} ({stated}), but {zone} is on {actual} on {date}; check the times and the zone.</source>
        <translation>В записке указано {abbreviation} ({stated}), но {date} в поясе {zone} действует {actual}; проверьте время и часовой пояс.</translation>
    </message>
    <message>
        <source>{name} has {count:,} lines; a concept note has at most {limit:,}. Is it the right file?</source>
        <translation>В {name} {count:,} строк; в концептуальной записке их не больше {limit:,}. Это нужный файл?</translation>
    </message>
    <message>
        <source>{name} holds {count:,} characters of text; a concept note has at most {limit:,}. Is it the right file?</source>
        <translation>В {name} {count:,} знаков текста; в концептуальной записке их не больше {limit:,}. Это нужный файл?</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>No guiding question</source>
        <translation>Без руководящего вопроса</translation>
    </message>
    <message>
        <source>Speaks {language}</source>
        <translation>Язык выступления: {language}</translation>
    </message>
    <message>
        <source>The list of speakers for “{item}” is closed: only a point of order can still be added. Add this speaker anyway only if you mean to.</source>
        <translation>Список ораторов по пункту «{item}» закрыт: можно добавить только выступление по порядку ведения заседания. Добавляйте этого оратора, только если действительно хотите.</translation>
    </message>
    <message>
        <source>Only a speaker who is waiting can be given the floor.</source>
        <translation>Слово можно дать только ожидающему оратору.</translation>
    </message>
    <message>
        <source>Only a speaker who is speaking can be paused.</source>
        <translation>Приостановить можно только выступающего оратора.</translation>
    </message>
    <message>
        <source>Only a paused speaker can be resumed.</source>
        <translation>Возобновить можно только приостановленного оратора.</translation>
    </message>
    <message>
        <source>Only the current speaker can be ended.</source>
        <translation>Завершить можно только выступление текущего оратора.</translation>
    </message>
    <message>
        <source>The time of a speaker who has finished cannot be changed.</source>
        <translation>Время оратора, который уже выступил, изменить нельзя.</translation>
    </message>
    <message>
        <source>This speaker has finished; add them again to give them the floor.</source>
        <translation>Этот оратор уже выступил; добавьте его снова, чтобы дать ему слово.</translation>
    </message>
    <message>
        <source>That speaker is no longer in the list.</source>
        <translation>Этого оратора больше нет в списке.</translation>
    </message>
    <message>
        <source>Nobody is waiting to speak.</source>
        <translation>Никто не ожидает слова.</translation>
    </message>
    <message>
        <source>Nobody is speaking.</source>
        <translation>Никто не выступает.</translation>
    </message>
    <message>
        <source>Nobody is waiting to speak: add a speaker or a floor request first.</source>
        <translation>Никто не ожидает слова: сначала добавьте оратора или просьбу из зала.</translation>
    </message>
    <message>
        <source>Only a speaker who is still waiting can withdraw.</source>
        <translation>Снять выступление может только ожидающий оратор.</translation>
    </message>
    <message>
        <source>This speaker is already in the queue.</source>
        <translation>Этот оратор уже в очереди.</translation>
    </message>
    <message>
        <source>Only a speaker who is still waiting can be moved.</source>
        <translation>Переместить можно только ожидающего оратора.</translation>
    </message>
    <message>
        <source>The speaker list changed meanwhile; sort it again.</source>
        <translation>Список ораторов тем временем изменился; отсортируйте его снова.</translation>
    </message>
    <message>
        <source>Type the speaker&apos;s name first.</source>
        <translation>Сначала введите имя оратора.</translation>
    </message>
</context>
<context>
    <name>ConsoleActions</name>
    <message>
        <source>Screen</source>
        <translation>Экран</translation>
    </message>
    <message>
        <source>the window&apos;s screen</source>
        <translation>экран окна</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>основной</translation>
    </message>
    <message>
        <source>&amp;Start / pause speaker</source>
        <translation>&amp;Начать / приостановить выступление</translation>
    </message>
    <message>
        <source>Give the floor to the next speaker, pause or resume</source>
        <translation>Дать слово следующему оратору, приостановить или возобновить</translation>
    </message>
    <message>
        <source>&amp;End speaker and start next</source>
        <translation>&amp;Завершить выступление и начать следующее</translation>
    </message>
    <message>
        <source>End the current speaker and give the floor to the next</source>
        <translation>Завершить текущее выступление и дать слово следующему</translation>
    </message>
    <message>
        <source>End speaker, &amp;nobody next</source>
        <translation>Завершить выступление, &amp;без следующего</translation>
    </message>
    <message>
        <source>End the current speaker without starting the next</source>
        <translation>Завершить текущее выступление, не начиная следующее</translation>
    </message>
    <message>
        <source>&amp;Add 30 seconds</source>
        <translation>&amp;Добавить 30 секунд</translation>
    </message>
    <message>
        <source>Give the current speaker 30 seconds more</source>
        <translation>Дать текущему оратору еще 30 секунд</translation>
    </message>
    <message>
        <source>&amp;Take 30 seconds off</source>
        <translation>Уб&amp;рать 30 секунд</translation>
    </message>
    <message>
        <source>Take 30 seconds off the current speaker&apos;s limit</source>
        <translation>Убрать 30 секунд из лимита текущего оратора</translation>
    </message>
    <message>
        <source>&amp;Floor request…</source>
        <translation>Просьба о слове &amp;из зала…</translation>
    </message>
    <message>
        <source>Add a request from the floor to the interactive discussion</source>
        <translation>Добавить просьбу о слове из зала в интерактивное обсуждение</translation>
    </message>
    <message>
        <source>Add spea&amp;ker…</source>
        <translation>Добавить &amp;оратора…</translation>
    </message>
    <message>
        <source>Add a participant, or a new person, to the speaker list</source>
        <translation>Добавить участника или нового человека в список ораторов</translation>
    </message>
    <message>
        <source>Speaking-time stat&amp;istics…</source>
        <translation>Статистика &amp;времени выступлений…</translation>
    </message>
    <message>
        <source>Time per speaker, agenda item, role, gender and region; CSV</source>
        <translation>Время по ораторам, пунктам повестки дня, ролям, полу и регионам; CSV</translation>
    </message>
    <message>
        <source>Sound &amp;cue at target and limit</source>
        <translation>Звуковой сигнал при &amp;целевом времени и лимите</translation>
    </message>
    <message>
        <source>Beep when the speaker reaches the target and the limit</source>
        <translation>Подавать сигнал, когда оратор достигает целевого времени и лимита</translation>
    </message>
    <message>
        <source>&amp;Presenter display</source>
        <translation>&amp;Экран для ораторов</translation>
    </message>
    <message>
        <source>Show or hide the big timer for the speakers</source>
        <translation>Показать или скрыть большой таймер для ораторов</translation>
    </message>
    <message>
        <source>&amp;Flash the clock past the limit</source>
        <translation>&amp;Мигание часов после превышения лимита</translation>
    </message>
    <message>
        <source>Past the limit the clock&apos;s background flashes twice a second</source>
        <translation>После превышения лимита фон часов мигает дважды в секунду</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>Все сочетания клавиш окна</translation>
    </message>
    <message>
        <source>Presenter &amp;screen</source>
        <translation>Экран &amp;для ораторов</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Мероприятие</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>ConsoleController</name>
    <message>
        <source>{name} was speaking when Roundtable Desktop closed. Their clock goes on from {spoken}, counted from the time they started.</source>
        <translation>{name} выступал(а), когда Roundtable Desktop закрылся. Часы продолжают с {spoken}, отсчитывая от начала выступления.</translation>
    </message>
    <message>
        <source>{name} is still speaking: their clock went on while another meeting was shown, and stands at {spoken}.</source>
        <translation>{name} все еще выступает: часы шли, пока было показано другое мероприятие, и показывают {spoken}.</translation>
    </message>
    <message>
        <source>A speaker</source>
        <translation>Оратор</translation>
    </message>
    <message>
        <source>The speaker</source>
        <translation>Оратор</translation>
    </message>
    <message>
        <source>{name} speaks next</source>
        <translation>{name} выступает следующим</translation>
    </message>
    <message>
        <source>{name} is number {n} in the queue</source>
        <translation>{name} — номер {n} в очереди</translation>
    </message>
    <message>
        <source>{where}, in “{item}”.</source>
        <translation>{where}, в пункте «{item}».</translation>
    </message>
    <message>
        <source>The speaker list is run from the chair&apos;s laptop.</source>
        <translation>Списком ораторов управляет ноутбук Председателя.</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <source>m:ss</source>
        <translation>м:сс</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Give the file a name.</source>
        <translation>Задайте имя файла.</translation>
    </message>
    <message>
        <source>“{name}…” is too long for a file name ({count} characters). Choose a shorter name.</source>
        <translation>«{name}…» слишком длинно для имени файла ({count} знаков). Выберите более короткое имя.</translation>
    </message>
    <message>
        <source>“{name}” is not a valid file name: it contains {shown}. Choose another name.</source>
        <translation>«{name}» — недопустимое имя файла: в нём есть {shown}. Выберите другое имя.</translation>
    </message>
    <message>
        <source>“{name}” is not a valid file name on every computer. Choose another name.</source>
        <translation>«{name}» — имя файла, допустимое не на всех компьютерах. Выберите другое имя.</translation>
    </message>
    <message>
        <source>{folder} is not a folder. Choose another place for the file.</source>
        <translation>{folder} не является папкой. Выберите другое место для файла.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a device or a pipe). Choose a file name.</source>
        <translation>{path} не является обычным файлом (это устройство или канал). Выберите имя файла.</translation>
    </message>
    <message>
        <source>{name} is open in Word or another program. Close it there, or choose another name.</source>
        <translation>{name} открыт в Word или другой программе. Закройте его там или выберите другое имя.</translation>
    </message>
    <message>
        <source>{name} is read-only. Choose another name, or make it writable.</source>
        <translation>{name} доступен только для чтения. Выберите другое имя или разрешите запись в него.</translation>
    </message>
    <message>
        <source>{name} is the library&apos;s own file ({own}): writing there would destroy it. Choose another name.</source>
        <translation>{name} — собственный файл библиотеки ({own}): запись в него уничтожила бы её. Выберите другое имя.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose another folder.</source>
        <translation>Папки {folder} не существует. Выберите другую папку.</translation>
    </message>
    <message>
        <source>{path} is a folder. Choose a file name.</source>
        <translation>{path} — это папка. Выберите имя файла.</translation>
    </message>
    <message>
        <source>{name} is open in Word or another program, or read-only. Close it, or choose another name.</source>
        <translation>{name} открыт в Word или другой программе либо доступен только для чтения. Закройте его или выберите другое имя.</translation>
    </message>
    <message>
        <source>You are not allowed to write in {folder}. Choose another folder.</source>
        <translation>У вас нет прав на запись в {folder}. Выберите другую папку.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full. Free some space or choose another place.</source>
        <translation>Диск с {folder} заполнен. Освободите место или выберите другое место.</translation>
    </message>
    <message>
        <source>“{name}” is not a valid file name here. Choose another name.</source>
        <translation>«{name}» здесь недопустимо как имя файла. Выберите другое имя.</translation>
    </message>
    <message>
        <source>{folder} is on a read-only disk. Choose another place.</source>
        <translation>{folder} находится на диске, доступном только для чтения. Выберите другое место.</translation>
    </message>
    <message>
        <source>{name} could not be written ({reason}). Choose another name or place.</source>
        <translation>Не удалось записать {name} ({reason}). Выберите другое имя или место.</translation>
    </message>
    <message>
        <source>The statistics cannot be written to {place}: {reason}.</source>
        <translation>Не удаётся записать статистику в {place}: {reason}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export rapporteur’s summary</source>
        <translation>Экспорт резюме Докладчика</translation>
    </message>
    <message>
        <source>Rapporteur’s summary (Word, .docx)</source>
        <translation>Резюме Докладчика (Word, .docx)</translation>
    </message>
    <message>
        <source>Rapporteur’s summary (Markdown, .md)</source>
        <translation>Резюме Докладчика (Markdown, .md)</translation>
    </message>
    <message>
        <source>Speaker log (CSV spreadsheet, .csv)</source>
        <translation>Журнал выступлений (таблица CSV, .csv)</translation>
    </message>
    <message>
        <source>Whole meeting (session JSON, .json)</source>
        <translation>Все мероприятие (JSON сессии, .json)</translation>
    </message>
    <message>
        <source>None: a plain A4 document</source>
        <translation>Нет: простой документ A4</translation>
    </message>
    <message>
        <source>A Word file (.docx or .dotx) whose styles, page set-up, header and footer the summary takes</source>
        <translation>Файл Word (.docx или .dotx), стили, параметры страницы и колонтитулы которого берет резюме</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Поименно</translation>
    </message>
    <message>
        <source>By role (“a discussant from …”)</source>
        <translation>По роли («участник дискуссии из …»)</translation>
    </message>
    <message>
        <source>Unattributed (no speaker named)</source>
        <translation>Без указания авторов (ораторы не называются)</translation>
    </message>
    <message>
        <source>How the summary says who made each point; unattributed, nothing names or times a speaker</source>
        <translation>Как резюме указывает авторов тезисов; без указания авторов ни один оратор не называется и не хронометрируется</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Экспорт:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>Choose &amp;template…</source>
        <translation>Выбрать &amp;шаблон…</translation>
    </message>
    <message>
        <source>Word &amp;template:</source>
        <translation>&amp;Шаблон Word:</translation>
    </message>
    <message>
        <source>&amp;Speakers named:</source>
        <translation>&amp;Упоминание ораторов:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>The summary in Word, to edit and circulate.</source>
        <translation>Резюме в Word для редактирования и распространения.</translation>
    </message>
    <message>
        <source>The same summary as plain text with Markdown headings.</source>
        <translation>То же резюме в виде простого текста с заголовками Markdown.</translation>
    </message>
    <message>
        <source>One row per speaker slot: who, when, planned and spoken time.</source>
        <translation>Одна строка на выступление: кто, когда, плановое и фактическое время.</translation>
    </message>
    <message>
        <source>The whole meeting, readable back by Roundtable Desktop.</source>
        <translation>Все мероприятие, которое Roundtable Desktop может прочитать снова.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <source>{what} (*{suffix})</source>
        <translation>{what} (*{suffix})</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Шаблон Word</translation>
    </message>
    <message>
        <source>Speaker log</source>
        <translation>Журнал выступлений</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Документы и шаблоны Word (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Export not written</source>
        <translation>Экспорт не записан</translation>
    </message>
    <message>
        <source>summary document</source>
        <translation>документ резюме</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Отменить экспорт</translation>
    </message>
    <message>
        <source>Exporting… the meeting goes on meanwhile; Cancel stops the export and writes nothing.</source>
        <translation>Идет экспорт… мероприятие тем временем продолжается; «Отмена» останавливает экспорт и ничего не записывает.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Экспорт отменен: ничего не записано.</translation>
    </message>
    <message>
        <source>The export failed and nothing was written ({problem}). The details are in the log file.</source>
        <translation>Экспорт не удался, ничего не записано ({problem}). Подробности в файле журнала.</translation>
    </message>
    <message>
        <source>{problem}

Nothing was written. The file name now offers another one:
{name}
Press Export to use it, or choose another.</source>
        <translation>{problem}

Ничего не записано. Теперь предлагается другое имя файла:
{name}
Нажмите «Экспорт», чтобы использовать его, или выберите другое.</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Экспортировано в {path}</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>организатор</translation>
    </message>
    <message>
        <source>session</source>
        <translation>сессия</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>время начала</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>время окончания</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>часовой пояс</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>место проведения</translation>
    </message>
    <message>
        <source>background</source>
        <translation>справочная информация</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>цели</translation>
    </message>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>SDGs in focus</source>
        <translation>ЦУР в центре внимания</translation>
    </message>
    <message>
        <source>outcome feeds into</source>
        <translation>итоги передаются</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>председатель</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>докладчик</translation>
    </message>
    <message>
        <source>key messages</source>
        <translation>основные тезисы</translation>
    </message>
    <message>
        <source>document type</source>
        <translation>тип документа</translation>
    </message>
    <message>
        <source>document symbol</source>
        <translation>условное обозначение документа</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>распространение</translation>
    </message>
    <message>
        <source>date of issue</source>
        <translation>дата выпуска</translation>
    </message>
    <message>
        <source>original language</source>
        <translation>язык оригинала</translation>
    </message>
    <message>
        <source>introduction</source>
        <translation>введение</translation>
    </message>
    <message>
        <source>language of the summary</source>
        <translation>язык резюме</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>planned minutes</source>
        <translation>запланированные минуты</translation>
    </message>
    <message>
        <source>place in the order</source>
        <translation>место в очереди</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>выступающий с презентацией</translation>
    </message>
    <message>
        <source>usual speaking time</source>
        <translation>обычное время выступления</translation>
    </message>
    <message>
        <source>usual time limit</source>
        <translation>обычный регламент</translation>
    </message>
    <message>
        <source>actual start</source>
        <translation>фактическое начало</translation>
    </message>
    <message>
        <source>actual end</source>
        <translation>фактическое окончание</translation>
    </message>
    <message>
        <source>list of speakers closed</source>
        <translation>список ораторов закрыт</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>label</source>
        <translation>метка</translation>
    </message>
    <message>
        <source>synthesis</source>
        <translation>обобщение</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>function</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>пол</translation>
    </message>
    <message>
        <source>regional group</source>
        <translation>региональная группа</translation>
    </message>
    <message>
        <source>present</source>
        <translation>присутствует</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>оратор</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>пункт повестки дня</translation>
    </message>
    <message>
        <source>guiding question</source>
        <translation>руководящий вопрос</translation>
    </message>
    <message>
        <source>speaker&apos;s place</source>
        <translation>место оратора</translation>
    </message>
    <message>
        <source>speaking time</source>
        <translation>время выступления</translation>
    </message>
    <message>
        <source>time limit</source>
        <translation>регламент</translation>
    </message>
    <message>
        <source>kind of request</source>
        <translation>вид просьбы</translation>
    </message>
    <message>
        <source>state</source>
        <translation>состояние</translation>
    </message>
    <message>
        <source>time spoken</source>
        <translation>время, взятое на выступление</translation>
    </message>
    <message>
        <source>last start</source>
        <translation>последний запуск</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ЦУР</translation>
    </message>
    <message>
        <source>key message</source>
        <translation>основной тезис</translation>
    </message>
    <message>
        <source>meeting clock</source>
        <translation>часы заседания</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>usual message</source>
        <translation>обычное сообщение</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>снято</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>access to it is refused</source>
        <translation>доступ к нему запрещён</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>его больше нет</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>диск сообщил об ошибке</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>его использует другая программа</translation>
    </message>
    <message>
        <source>its name is too long</source>
        <translation>его имя слишком длинное</translation>
    </message>
    <message>
        <source>its link leads nowhere</source>
        <translation>его ссылка никуда не ведёт</translation>
    </message>
    <message>
        <source>its drive is not connected</source>
        <translation>его диск не подключён</translation>
    </message>
    <message>
        <source>a file stands where a folder should be</source>
        <translation>на месте папки находится файл</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Файла {path} нет.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} не является файлом.</translation>
    </message>
    <message>
        <source>You are not allowed to read {path}.</source>
        <translation>У вас нет прав на чтение {path}.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>Не удаётся прочитать {path} ({reason}).</translation>
    </message>
    <message>
        <source>{name} is open in another program that keeps it locked; close it there and try again.</source>
        <translation>{name} открыт в другой программе, которая его блокирует; закройте его там и повторите попытку.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; at most {limit} MB can be read. Is it the right file?</source>
        <translation>Размер {name} — {size} МБ; можно прочитать не больше {limit} МБ. Это нужный файл?</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} пуст.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search the notes (Ctrl+F)</source>
        <translation>Поиск по заметкам (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>Поиск по заметкам</translation>
    </message>
    <message>
        <source>Key messages only</source>
        <translation>Только основные тезисы</translation>
    </message>
    <message>
        <source>Only the notes marked as key messages</source>
        <translation>Только заметки, отмеченные как основные тезисы</translation>
    </message>
    <message>
        <source>Only this speaker&apos;s notes</source>
        <translation>Только заметки этого оратора</translation>
    </message>
    <message>
        <source>Only notes of this kind</source>
        <translation>Только заметки этого вида</translation>
    </message>
    <message>
        <source>Only notes on this guiding question</source>
        <translation>Только заметки по этому руководящему вопросу</translation>
    </message>
    <message>
        <source>Only notes tagged with this SDG</source>
        <translation>Только заметки, отнесенные к этой ЦУР</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Show every note again</source>
        <translation>Снова показать все заметки</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Все ораторы</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Все вопросы</translation>
    </message>
    <message>
        <source>No question</source>
        <translation>Без вопроса</translation>
    </message>
    <message>
        <source>All SDGs</source>
        <translation>Все ЦУР</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Заметок пока нет</translation>
    </message>
    <message>
        <source>%1 of %2 notes</source>
        <translation>%1 из %2 заметок</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n заметка</numerusform>
            <numerusform>%n заметки</numerusform>
            <numerusform>%n заметок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Not stated</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Женщина</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Мужчина</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Review the imported meeting — {name}</source>
        <translation>Проверка импортированного мероприятия — {name}</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Мероприятие</translation>
    </message>
    <message>
        <source>&amp;Background and objectives</source>
        <translation>&amp;Предыстория и цели</translation>
    </message>
    <message>
        <source>Guiding &amp;questions ({n})</source>
        <translation>&amp;Руководящие вопросы ({n})</translation>
    </message>
    <message>
        <source>&amp;Programme ({n})</source>
        <translation>&amp;Программа ({n})</translation>
    </message>
    <message>
        <source>&amp;Speakers ({n})</source>
        <translation>&amp;Ораторы ({n})</translation>
    </message>
    <message>
        <source>&amp;Save meeting</source>
        <translation>&amp;Сохранить мероприятие</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Ораторы</translation>
    </message>
    <message>
        <source>&lt;b&gt;The note gives several days or sessions.&lt;/b&gt; Which one is the &amp;meeting?</source>
        <translation>&lt;b&gt;В записке указано несколько дней или заседаний.&lt;/b&gt; Какое из них — это &amp;мероприятие?</translation>
    </message>
    <message>
        <source>&lt;b&gt;{found} of {total}&lt;/b&gt; fields were found in &lt;b&gt;{name}&lt;/b&gt; ({source}). Check them, correct what was misread, fill in what is missing. Nothing is saved until you press &lt;b&gt;Save meeting&lt;/b&gt;.</source>
        <translation>В &lt;b&gt;{name}&lt;/b&gt; ({source}) найдено &lt;b&gt;{found} из {total}&lt;/b&gt; полей. Проверьте их, исправьте неверно прочитанное, заполните недостающее. Ничего не сохраняется, пока вы не нажмете &lt;b&gt;Сохранить мероприятие&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;{style}&apos;&gt;Check {field}:&lt;/span&gt; {reason}.</source>
        <translation>&lt;span style=&apos;{style}&apos;&gt;Проверить {field}:&lt;/span&gt; {reason}.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;{style}&apos;&gt;Not found:&lt;/span&gt; {names}.</source>
        <translation>&lt;span style=&apos;{style}&apos;&gt;Не найдено:&lt;/span&gt; {names}.</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Проверить:</translation>
    </message>
    <message>
        <source>Back&amp;ground:</source>
        <translation>&amp;Предыстория:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Цели:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Speaking time to check: {value} ({reason})</source>
        <translation>Проверить время выступления: {value} ({reason})</translation>
    </message>
    <message>
        <source>Speaking time: {value}</source>
        <translation>Время выступления: {value}</translation>
    </message>
    <message>
        <source>Speaking time not found: the kinds&apos; defaults are used</source>
        <translation>Время выступлений не найдено: используются значения по умолчанию для видов</translation>
    </message>
    <message>
        <source>imported meeting</source>
        <translation>импортированное мероприятие</translation>
    </message>
    <message>
        <source>found in the note</source>
        <translation>найдено в записке</translation>
    </message>
    <message>
        <source>check: {reason}</source>
        <translation>проверить: {reason}</translation>
    </message>
    <message>
        <source>not found in the note</source>
        <translation>в записке не найдено</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a shared meeting</source>
        <translation>Подключиться к общему мероприятию</translation>
    </message>
    <message>
        <source>Meetings shared on this network:</source>
        <translation>Мероприятия, доступные в этой сети:</translation>
    </message>
    <message>
        <source>Meetings shared on this network</source>
        <translation>Мероприятия, доступные в этой сети</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <source>{address} — not answering</source>
        <translation>{address} — не отвечает</translation>
    </message>
    <message>
        <source>{address} — checking…</source>
        <translation>{address} — проверка…</translation>
    </message>
    <message>
        <source>If the meeting is not listed (hotspots often hide it), type the address the chair&apos;s laptop shows.</source>
        <translation>Если мероприятия нет в списке (точки доступа часто его скрывают), введите адрес, который показывает ноутбук Председателя.</translation>
    </message>
    <message>
        <source>Cannot look for meetings on this network.</source>
        <translation>Невозможно искать мероприятия в этой сети.</translation>
    </message>
    <message>
        <source>Looking for shared meetings… none found yet.</source>
        <translation>Поиск доступных мероприятий… пока ничего не найдено.</translation>
    </message>
    <message>
        <source>Meetings found: {count}.</source>
        <translation>Найдено мероприятий: {count}.</translation>
    </message>
    <message>
        <source>The code has 6 digits, as the chair&apos;s laptop shows it.</source>
        <translation>Код состоит из 6 цифр, как его показывает ноутбук Председателя.</translation>
    </message>
</context>
<context>
    <name>JournalWatch</name>
    <message>
        <source>The library&apos;s journal ({name}) was removed while the window was open, and its changes could not be saved into the library: {error}. Keep the window open and make a backup copy of the library&apos;s folder.</source>
        <translation>Журнал библиотеки ({name}) был удален, пока окно было открыто, и его изменения не удалось сохранить в библиотеке: {error}. Не закрывайте окно и сделайте резервную копию папки библиотеки.</translation>
    </message>
    <message>
        <source>The library&apos;s journal ({name}) was removed while the window was open. Everything it held was saved into the library; nothing was lost.</source>
        <translation>Журнал библиотеки ({name}) был удален, пока окно было открыто. Все его содержимое сохранено в библиотеке; ничего не потеряно.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Arabic</source>
        <translation>арабский</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>китайский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>French</source>
        <translation>французский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>испанский</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>is not a number</source>
        <translation>не является числом</translation>
    </message>
    <message>
        <source>is {value}; it must be from {low} to {high}</source>
        <translation>равно {value}; оно должно быть от {low} до {high}</translation>
    </message>
    <message>
        <source>has a time-zone offset; a time of day is given in the meeting&apos;s own zone</source>
        <translation>содержит смещение часового пояса; время суток указывается в часовом поясе заседания</translation>
    </message>
    <message>
        <source>is in the year {year}; it must be from {first} to {last}</source>
        <translation>относится к {year} году; год должен быть от {first} до {last}</translation>
    </message>
    <message>
        <source>is “{text}”, not an offset in use (UTC-12:00 to UTC+14:00)</source>
        <translation>равно «{text}», такое смещение не используется (от UTC-12:00 до UTC+14:00)</translation>
    </message>
    <message>
        <source>is “{text}”, not a time zone (such as Europe/Zurich or UTC+02:00)</source>
        <translation>равно «{text}», это не часовой пояс (например, Europe/Zurich или UTC+02:00)</translation>
    </message>
</context>
<context>
    <name>LinkAddress</name>
    <message>
        <source>“{typed}” is not an address like 192.168.1.5:8765.</source>
        <translation>«{typed}» — это не адрес вида 192.168.1.5:8765.</translation>
    </message>
</context>
<context>
    <name>ListClosingActions</name>
    <message>
        <source>Close or reopen the &amp;list of speakers</source>
        <translation>З&amp;акрыть или вновь открыть список ораторов</translation>
    </message>
    <message>
        <source>Close the list of the agenda item under way: only points of order are added; again to reopen it</source>
        <translation>Закрыть список по текущему пункту повестки дня: добавляются только выступления по порядку ведения заседания; повторно — чтобы вновь открыть его</translation>
    </message>
    <message>
        <source>Close or reopen floor re&amp;quests</source>
        <translation>За&amp;крыть или вновь открыть просьбы из зала</translation>
    </message>
    <message>
        <source>Close the list of floor requests of the interactive discussion; again to reopen it</source>
        <translation>Закрыть список просьб о слове из зала в ходе интерактивного обсуждения; повторно — чтобы вновь открыть его</translation>
    </message>
    <message>
        <source>This meeting has no agenda item to close.</source>
        <translation>В этом мероприятии нет пункта повестки дня, список по которому можно закрыть.</translation>
    </message>
    <message>
        <source>List of speakers closed (points of order only): {items}</source>
        <translation>Список ораторов закрыт (только выступления по порядку ведения заседания): {items}</translation>
    </message>
    <message>
        <source>List of speakers closed</source>
        <translation>Список ораторов закрыт</translation>
    </message>
    <message>
        <source>The list of speakers for “{item}” is closed: only a point of order can still be added.</source>
        <translation>Список ораторов по пункту «{item}» закрыт: можно добавить только выступление по порядку ведения заседания.</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Всё равно добавить</translation>
    </message>
</context>
<context>
    <name>ListEditors</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>Добавить строку (Insert)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>Удалить выбранную строку (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
</context>
<context>
    <name>LiveLinkActions</name>
    <message>
        <source>S&amp;hare on this network…</source>
        <translation>Открыть доступ в &amp;этой сети…</translation>
    </message>
    <message>
        <source>Let the rapporteur&apos;s laptop follow this meeting, and phones open the presenter view</source>
        <translation>Разрешить ноутбуку Докладчика следить за мероприятием, а телефонам — открывать экран для ораторов</translation>
    </message>
    <message>
        <source>&amp;Join a shared meeting…</source>
        <translation>&amp;Подключиться к общему мероприятию…</translation>
    </message>
    <message>
        <source>Follow a meeting shared by the chair&apos;s laptop on this network</source>
        <translation>Следить за мероприятием, которое ноутбук Председателя транслирует в этой сети</translation>
    </message>
    <message>
        <source>Stop follo&amp;wing</source>
        <translation>Прекратить &amp;следить</translation>
    </message>
    <message>
        <source>Stop following the chair&apos;s laptop; what this laptop holds stays, and a new join catches up</source>
        <translation>Прекратить следить за ноутбуком Председателя; то, что хранится на этом ноутбуке, остается, а новое подключение наверстает пропущенное</translation>
    </message>
    <message>
        <source>R&amp;un this meeting on this laptop…</source>
        <translation>Вес&amp;ти это заседание на этом ноутбуке…</translation>
    </message>
    <message>
        <source>When the chair&apos;s laptop is gone for good: this laptop runs the clock and the speaker list</source>
        <translation>Когда ноутбука Председателя больше нет: этот ноутбук ведет часы и список ораторов</translation>
    </message>
    <message>
        <source>Share on this network</source>
        <translation>Открыть доступ в этой сети</translation>
    </message>
    <message>
        <source>Shared on this network: {count} following</source>
        <translation>Доступ в этой сети: подключено {count}</translation>
    </message>
    <message>
        <source>Joining {address}…</source>
        <translation>Подключение к {address}…</translation>
    </message>
    <message>
        <source>Following the chair&apos;s laptop: {title}</source>
        <translation>Следование за ноутбуком Председателя: {title}</translation>
    </message>
    <message>
        <source>Link lost since {time}; trying again…</source>
        <translation>Связь потеряна с {time}; повторная попытка…</translation>
    </message>
    <message>
        <source>(shared again? File &gt; Join with the new code)</source>
        <translation>(доступ открыт заново? Файл &gt; Подключиться с новым кодом)</translation>
    </message>
    <message>
        <source>Run this meeting here</source>
        <translation>Вести это заседание здесь</translation>
    </message>
    <message>
        <source>Run “{title}” on this laptop? Do it only when the chair&apos;s laptop is gone for good: this laptop stops following it, its clock keys come back, and it becomes the chair&apos;s laptop for this meeting (it may share it). If the other laptop&apos;s changes come in later, a record both changed is shown for a choice.</source>
        <translation>Вести «{title}» на этом ноутбуке? Делайте это, только если ноутбука Председателя больше нет: этот ноутбук перестает следить за ним, клавиши часов снова работают, и он становится ноутбуком Председателя для этого заседания (он может открыть к нему доступ). Если изменения другого ноутбука поступят позже, запись, измененная на обоих, будет показана для выбора.</translation>
    </message>
    <message>
        <source>Run it here</source>
        <translation>Вести здесь</translation>
    </message>
    <message>
        <source>The code is not right: type the 6 digits the chair&apos;s laptop shows now (Meeting &gt; Share on this network…) and join again.</source>
        <translation>Код неверен: введите 6 цифр, которые сейчас показывает ноутбук Председателя (Мероприятие &gt; Открыть доступ в этой сети…), и подключитесь снова.</translation>
    </message>
    <message>
        <source>Too many wrong codes were tried: ask the chair&apos;s laptop for a new code.</source>
        <translation>Слишком много неверных кодов: попросите у ноутбука Председателя новый код.</translation>
    </message>
    <message>
        <source>The other laptop did not show that it knows the code.</source>
        <translation>Другой ноутбук не подтвердил, что знает код.</translation>
    </message>
    <message>
        <source>The address now shares another meeting.</source>
        <translation>По этому адресу теперь открыт доступ к другому мероприятию.</translation>
    </message>
    <message>
        <source>Join a shared meeting</source>
        <translation>Подключиться к общему мероприятию</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Meeting</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Новое мероприятие…</translation>
    </message>
    <message>
        <source>New &amp;demo meeting</source>
        <translation>Новое &amp;демонстрационное мероприятие</translation>
    </message>
    <message>
        <source>D&amp;uplicate meeting</source>
        <translation>Дублировать &amp;мероприятие</translation>
    </message>
    <message>
        <source>Dele&amp;te meeting…</source>
        <translation>&amp;Удалить мероприятие…</translation>
    </message>
    <message>
        <source>&amp;Choose meeting</source>
        <translation>&amp;Выбрать мероприятие</translation>
    </message>
    <message>
        <source>&amp;Export rapporteur’s summary…</source>
        <translation>&amp;Экспорт резюме Докладчика…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Мероприятие</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Roundtable Desktop</source>
        <translation>&amp;О программе Roundtable Desktop</translation>
    </message>
    <message>
        <source>The library holds no meeting: File &gt; New meeting or New demo meeting.</source>
        <translation>В библиотеке нет мероприятий: Файл &gt; Новое мероприятие или Новое демонстрационное мероприятие.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Удалить мероприятие</translation>
    </message>
    <message>
        <source>Delete “{title}” with its agenda, speakers and notes? This cannot be undone.</source>
        <translation>Удалить «{title}» вместе с повесткой дня, ораторами и заметками? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>{name} is speaking. Quit anyway? Their clock is stored and goes on from where it is when Roundtable Desktop starts again.</source>
        <translation>{name} выступает. Все равно выйти? Часы оратора сохраняются и продолжат с того же места при следующем запуске Roundtable Desktop.</translation>
    </message>
    <message>
        <source>About Roundtable Desktop</source>
        <translation>О программе Roundtable Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Roundtable Desktop {version}&lt;/h3&gt;&lt;p&gt;The chair&apos;s and the rapporteur&apos;s offline companion for a roundtable: agenda, guiding questions, a timed speaker list and structured notes, all in one local library.&lt;/p&gt;&lt;p&gt;Library: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Roundtable Desktop {version}&lt;/h3&gt;&lt;p&gt;Автономный помощник Председателя и Докладчика круглого стола: повестка дня, руководящие вопросы, список ораторов с хронометражем и структурированные заметки — все в одной локальной библиотеке.&lt;/p&gt;&lt;p&gt;Библиотека: {path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingClockDisplay</name>
    <message>
        <source>Meeting clock</source>
        <translation>Часы мероприятия</translation>
    </message>
    <message>
        <source>(local {time})</source>
        <translation>(местное {time})</translation>
    </message>
    <message>
        <source>meeting not started</source>
        <translation>мероприятие не начато</translation>
    </message>
    <message>
        <source>meeting held {length}</source>
        <translation>мероприятие проведено: {length}</translation>
    </message>
    <message>
        <source>meeting {elapsed} elapsed</source>
        <translation>прошло {elapsed}</translation>
    </message>
    <message>
        <source>{left} left</source>
        <translation>осталось {left}</translation>
    </message>
    <message>
        <source>{over} past the planned end</source>
        <translation>на {over} позже планового окончания</translation>
    </message>
    <message>
        <source>{item}: {elapsed} of {planned} min</source>
        <translation>{item}: {elapsed} из {planned} мин</translation>
    </message>
    <message>
        <source>planned {start}–{end}</source>
        <translation>по плану с {start} до {end}</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>вовремя</translation>
    </message>
    <message>
        <source>{n} min late</source>
        <translation>опоздание {n} мин</translation>
    </message>
    <message>
        <source>ended {time}, {words}</source>
        <translation>завершено в {time}, {words}</translation>
    </message>
    <message>
        <source>ends {time}, {words}</source>
        <translation>конец в {time}, {words}</translation>
    </message>
    <message>
        <source>1 floor request of {length} still fits</source>
        <translation>Еще помещается 1 просьба из зала по {length}</translation>
    </message>
    <message>
        <source>{n} floor requests of {length} still fit</source>
        <translation>Еще помещается просьб из зала по {length}: {n}</translation>
    </message>
    <message>
        <source>floor closed</source>
        <translation>прием просьб из зала закрыт</translation>
    </message>
</context>
<context>
    <name>MeetingFile</name>
    <message>
        <source>The meeting file holds more than {limit:,} records.</source>
        <translation>В файле мероприятия больше {limit:,} записей.</translation>
    </message>
    <message>
        <source>“{where}” must be a list.</source>
        <translation>«{where}» должно быть списком.</translation>
    </message>
    <message>
        <source>This is not a Roundtable meeting file (format “{expected}”).</source>
        <translation>Это не файл мероприятия Roundtable (формат «{expected}»).</translation>
    </message>
    <message>
        <source>The meeting file has no valid “version” (a whole number from 1).</source>
        <translation>В файле мероприятия нет правильной «version» (целого числа от 1).</translation>
    </message>
    <message>
        <source>This meeting file was written by a newer Roundtable Desktop (version {version}); update Roundtable Desktop to merge it.</source>
        <translation>Этот файл мероприятия записан более новой версией Roundtable Desktop (версия {version}); обновите Roundtable Desktop, чтобы объединить его.</translation>
    </message>
    <message>
        <source>The meeting file does not say which laptop wrote it (“laptop”).</source>
        <translation>В файле мероприятия не указано, какой ноутбук его записал («laptop»).</translation>
    </message>
    <message>
        <source>The meeting file has no “records”.</source>
        <translation>В файле мероприятия нет «records».</translation>
    </message>
    <message>
        <source>“{where}” belongs to another meeting.</source>
        <translation>«{where}» относится к другому мероприятию.</translation>
    </message>
    <message>
        <source>“{where}” {id} is used twice.</source>
        <translation>«{where}» {id} используется дважды.</translation>
    </message>
    <message>
        <source>“{where}” must be an object.</source>
        <translation>«{where}» должно быть объектом.</translation>
    </message>
    <message>
        <source>“{where}” is not a deleted record of a meeting.</source>
        <translation>«{where}» не является удалённой записью мероприятия.</translation>
    </message>
    <message>
        <source>The meeting file&apos;s “{where}” is not an id.</source>
        <translation>«{where}» в файле мероприятия не является идентификатором.</translation>
    </message>
    <message>
        <source>The meeting file&apos;s “{where}” is not a whole number.</source>
        <translation>«{where}» в файле мероприятия не является целым числом.</translation>
    </message>
    <message>
        <source>{name} is not a meeting file: it is not valid JSON text.</source>
        <translation>{name} не является файлом мероприятия: это не правильный текст JSON.</translation>
    </message>
    <message>
        <source>{name} is a session file, which comes in with new ids: use File &gt; Import.</source>
        <translation>{name} — файл сессии, он добавляется с новыми идентификаторами: используйте Файл &gt; Импорт.</translation>
    </message>
</context>
<context>
    <name>MeetingFileActions</name>
    <message>
        <source>Export for another &amp;laptop…</source>
        <translation>Э&amp;кспорт для другого ноутбука…</translation>
    </message>
    <message>
        <source>Write the meeting with its ids to a file that the other laptop merges (no network needed)</source>
        <translation>Записать мероприятие с идентификаторами в файл, который другой ноутбук объединит (сеть не нужна)</translation>
    </message>
    <message>
        <source>&amp;Merge a meeting file…</source>
        <translation>&amp;Объединить файл мероприятия…</translation>
    </message>
    <message>
        <source>Bring in the notes and changes of another laptop&apos;s meeting file, by id</source>
        <translation>Внести заметки и изменения из файла мероприятия другого ноутбука по идентификатору</translation>
    </message>
    <message>
        <source>Export for another laptop</source>
        <translation>Экспорт для другого ноутбука</translation>
    </message>
    <message>
        <source>Meeting files (*{suffix});;All files (*)</source>
        <translation>Файлы мероприятий (*{suffix});;Все файлы (*)</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <source>Merge a meeting file</source>
        <translation>Объединить файл мероприятия</translation>
    </message>
    <message>
        <source>Nothing was merged.</source>
        <translation>Ничего не объединено.</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>End time</source>
        <translation>Время окончания</translation>
    </message>
    <message>
        <source>e.g. E/CN.16/2021/CRP.1</source>
        <translation>например, E/CN.16/2021/CRP.1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>The document symbol; with one, the Word summary opens with a masthead: symbol, distribution, date of issue, original language</source>
        <translation>Условное обозначение документа; если оно указано, резюме в Word начинается с шапки: обозначение, распространение, дата выпуска, язык оригинала</translation>
    </message>
    <message>
        <source>The meeting&apos;s title, as the summary will show it</source>
        <translation>Название мероприятия в том виде, в каком оно будет в резюме</translation>
    </message>
    <message>
        <source>Room, building, or virtual / hybrid</source>
        <translation>Зал, здание или виртуальный / гибридный формат</translation>
    </message>
    <message>
        <source>The forum the outcome feeds, e.g. the HLPF</source>
        <translation>Форум, которому будут представлены итоги, например ПФВУ</translation>
    </message>
    <message>
        <source>in</source>
        <translation>в</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Организатор:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Сессия:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>T&amp;imes:</source>
        <translation>&amp;Время:</translation>
    </message>
    <message>
        <source>&amp;Venue / format:</source>
        <translation>&amp;Место / формат:</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Председатель:</translation>
    </message>
    <message>
        <source>&amp;Rapporteur:</source>
        <translation>&amp;Докладчик:</translation>
    </message>
    <message>
        <source>Outcome &amp;feeds:</source>
        <translation>&amp;Итоги будут представлены:</translation>
    </message>
    <message>
        <source>Focus SD&amp;Gs:</source>
        <translation>&amp;Приоритетные ЦУР:</translation>
    </message>
    <message>
        <source>Document s&amp;ymbol:</source>
        <translation>&amp;Условное обозначение документа:</translation>
    </message>
    <message>
        <source>Distr.:</source>
        <translation>Distr.:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>Дата выпуска:</translation>
    </message>
    <message>
        <source>Original:</source>
        <translation>Язык оригинала:</translation>
    </message>
    <message>
        <source>check</source>
        <translation>проверить</translation>
    </message>
    <message>
        <source>Read from the concept note, but not sure: {reason}.</source>
        <translation>Взято из концептуальной записки, но не наверняка: {reason}.</translation>
    </message>
    <message>
        <source>Read from the concept note.</source>
        <translation>Взято из концептуальной записки.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>не найдено</translation>
    </message>
    <message>
        <source>found</source>
        <translation>найдено</translation>
    </message>
    <message>
        <source>The concept note did not say; fill it in or leave it empty.</source>
        <translation>В концептуальной записке это не указано; заполните или оставьте пустым.</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone: choose one from the list (type part of a city&apos;s name).</source>
        <translation>«{zone}» — не часовой пояс: выберите его из списка (введите часть названия города).</translation>
    </message>
    <message>
        <source>{zone} is UTC{sign}{hours:02d}:{minutes:02d} ({abbreviation}) on that date.</source>
        <translation>{zone} в эту дату — UTC{sign}{hours:02d}:{minutes:02d} ({abbreviation}).</translation>
    </message>
    <message>
        <source>Starts at {time} on this computer&apos;s clock.</source>
        <translation>Начинается в {time} по часам этого компьютера.</translation>
    </message>
    <message>
        <source>The meeting needs a title.</source>
        <translation>У мероприятия должно быть название.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Выберите часовой пояс из списка.</translation>
    </message>
    <message>
        <source>The meeting ends when it starts; correct the end time.</source>
        <translation>Мероприятие заканчивается в момент начала; исправьте время окончания.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
</context>
<context>
    <name>MeetingImporter</name>
    <message>
        <source>Import a concept note or a session file</source>
        <translation>Импорт концептуальной записки или файла сессии</translation>
    </message>
    <message>
        <source>Concept notes and session files (*.docx *.pdf *.md *.markdown *.txt *.json);;Word documents (*.docx);;PDF documents (*.pdf);;Markdown and text (*.md *.markdown *.txt);;Session files (*.json);;All files (*)</source>
        <translation>Концептуальные записки и файлы сессий (*.docx *.pdf *.md *.markdown *.txt *.json);;Документы Word (*.docx);;Документы PDF (*.pdf);;Markdown и текст (*.md *.markdown *.txt);;Файлы сессий (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no text: copy the concept note&apos;s text, then choose File &gt; Import from clipboard again.</source>
        <translation>В буфере обмена нет текста: скопируйте текст концептуальной записки и снова выберите Файл &gt; Импорт из буфера обмена.</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>вставленный текст</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>вставленный текст</translation>
    </message>
    <message>
        <source>The library already holds a meeting with this title on this date; saving adds another one.</source>
        <translation>В библиотеке уже есть мероприятие с этим названием на эту дату; при сохранении будет добавлено еще одно.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Чтение: {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>MeetingPropertiesDialog</name>
    <message>
        <source>Meeting properties</source>
        <translation>Свойства мероприятия</translation>
    </message>
    <message>
        <source>meeting properties</source>
        <translation>свойства мероприятия</translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message>
        <source>meeting&apos;s details</source>
        <translation>сведения о мероприятии</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>пункт повестки дня</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>пункты повестки дня</translation>
    </message>
    <message>
        <source>guiding question</source>
        <translation>руководящий вопрос</translation>
    </message>
    <message>
        <source>guiding questions</source>
        <translation>руководящие вопросы</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>участники</translation>
    </message>
    <message>
        <source>speaker slot</source>
        <translation>место в списке ораторов</translation>
    </message>
    <message>
        <source>speaker slots</source>
        <translation>места в списке ораторов</translation>
    </message>
    <message>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>message to the speaker</source>
        <translation>сообщение оратору</translation>
    </message>
    <message>
        <source>messages to the speaker</source>
        <translation>сообщения оратору</translation>
    </message>
    <message>
        <source>{n} meeting&apos;s details</source>
        <translation>сведения о мероприятии ({n})</translation>
    </message>
    <message>
        <source>{n} agenda item</source>
        <translation>пунктов повестки дня: {n}</translation>
    </message>
    <message>
        <source>{n} agenda items</source>
        <translation>пунктов повестки дня: {n}</translation>
    </message>
    <message>
        <source>{n} guiding question</source>
        <translation>руководящих вопросов: {n}</translation>
    </message>
    <message>
        <source>{n} guiding questions</source>
        <translation>руководящих вопросов: {n}</translation>
    </message>
    <message>
        <source>{n} participant</source>
        <translation>участников: {n}</translation>
    </message>
    <message>
        <source>{n} participants</source>
        <translation>участников: {n}</translation>
    </message>
    <message>
        <source>{n} speaker slot</source>
        <translation>мест в списке ораторов: {n}</translation>
    </message>
    <message>
        <source>{n} speaker slots</source>
        <translation>мест в списке ораторов: {n}</translation>
    </message>
    <message>
        <source>{n} note</source>
        <translation>заметок: {n}</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>заметок: {n}</translation>
    </message>
    <message>
        <source>{n} message to the speaker</source>
        <translation>сообщений оратору: {n}</translation>
    </message>
    <message>
        <source>{n} messages to the speaker</source>
        <translation>сообщений оратору: {n}</translation>
    </message>
    <message>
        <source>Nothing to merge: this library already holds everything in the file for “{title}”.</source>
        <translation>Объединять нечего: в этой библиотеке уже есть всё, что содержит файл для «{title}».</translation>
    </message>
    <message>
        <source>Added the meeting “{title}” ({id}).</source>
        <translation>Добавлено мероприятие «{title}» ({id}).</translation>
    </message>
    <message>
        <source>Merged into the meeting “{title}” ({id}).</source>
        <translation>Объединено с мероприятием «{title}» ({id}).</translation>
    </message>
    <message>
        <source>Added: {items}.</source>
        <translation>Добавлено: {items}.</translation>
    </message>
    <message>
        <source>Updated: {items}.</source>
        <translation>Обновлено: {items}.</translation>
    </message>
    <message>
        <source>Deleted: {items}.</source>
        <translation>Удалено: {items}.</translation>
    </message>
    <message>
        <source>Kept deleted here: {items}.</source>
        <translation>Остается удаленным здесь: {items}.</translation>
    </message>
    <message>
        <source>Changed on both laptops, to check: the {what} “{label}” ({fields}): the newer was kept; the older had {older}.</source>
        <translation>Изменено на обоих ноутбуках, проверить: {what} «{label}» ({fields}): сохранена более новая версия; в прежней было {older}.</translation>
    </message>
    <message>
        <source>Changed on both laptops: the {what} “{label}” ({fields}) kept as on the chair&apos;s laptop.</source>
        <translation>Изменено на обоих ноутбуках: {what} «{label}» ({fields}) сохранено как на ноутбуке председателя.</translation>
    </message>
    <message>
        <source>Changed on both laptops: the {what} “{label}” ({fields}) kept as on the rapporteur&apos;s laptop.</source>
        <translation>Изменено на обоих ноутбуках: {what} «{label}» ({fields}) сохранено как на ноутбуке докладчика.</translation>
    </message>
    <message>
        <source>Changed on both laptops: the {what} “{label}” ({fields}) kept as on the chair&apos;s and the rapporteur&apos;s laptop.</source>
        <translation>Изменено на обоих ноутбуках: {what} «{label}» ({fields}) сохранено как на ноутбуках председателя и докладчика.</translation>
    </message>
    <message>
        <source>This meeting was deleted from this library; to have it again, import the file as a new meeting (File &gt; Import).</source>
        <translation>Это мероприятие удалено из этой библиотеки; чтобы вернуть его, импортируйте файл как новое мероприятие (Файл &gt; Импорт).</translation>
    </message>
    <message>
        <source>This library does not hold the meeting these changes belong to.</source>
        <translation>В этой библиотеке нет мероприятия, к которому относятся эти изменения.</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <source>Merged: {title}</source>
        <translation>Объединено: {title}</translation>
    </message>
    <message>
        <source>Changed on both laptops; the newer version was kept. Tick those where the other version is the right one:</source>
        <translation>Изменено на обоих ноутбуках; сохранена более новая версия. Отметьте те, где верна другая версия:</translation>
    </message>
    <message>
        <source>The {what} “{label}”: use {values} instead of {kept}</source>
        <translation>{what} «{label}»: использовать {values} вместо {kept}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Скрыть это сообщение</translation>
    </message>
</context>
<context>
    <name>NewShareBar</name>
    <message>
        <source>The chair&apos;s laptop shares this meeting again: join with the new code (at {address}).</source>
        <translation>Ноутбук Председателя снова открыл доступ к этому заседанию: подключитесь с новым кодом (по адресу {address}).</translation>
    </message>
    <message>
        <source>&amp;Join…</source>
        <translation>&amp;Подключиться…</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <source>Who said it (Ctrl+N ties the note to the current speaker)</source>
        <translation>Кто это сказал (Ctrl+N привязывает заметку к текущему оратору)</translation>
    </message>
    <message>
        <source>The guiding question it answers (Alt+1 … Alt+9)</source>
        <translation>Руководящий вопрос, на который она отвечает (Alt+1 … Alt+9)</translation>
    </message>
    <message>
        <source>What kind of note (Ctrl+1 … Ctrl+9)</source>
        <translation>Вид заметки (Ctrl+1 … Ctrl+9)</translation>
    </message>
    <message>
        <source>{kind} (Ctrl+{n})</source>
        <translation>{kind} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>&amp;Key message</source>
        <translation>&amp;Основной тезис</translation>
    </message>
    <message>
        <source>Mark as a key message for the summary (Ctrl+K)</source>
        <translation>Отметить как основной тезис для резюме (Ctrl+K)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Return)</source>
        <translation>Сохранить заметку (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Leave the note as it was stored (Esc)</source>
        <translation>Оставить заметку в сохраненном виде (Esc)</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Оратор</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Руководящий вопрос</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ЦУР</translation>
    </message>
    <message>
        <source>Note box</source>
        <translation>Поле заметки</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Сохранить заметку</translation>
    </message>
    <message>
        <source>Leave the note being edited as it was</source>
        <translation>Оставить редактируемую заметку без изменений</translation>
    </message>
    <message>
        <source>— no speaker —</source>
        <translation>— без оратора —</translation>
    </message>
    <message>
        <source>— no question —</source>
        <translation>— без вопроса —</translation>
    </message>
    <message>
        <source>Speaker confirmed: Ctrl+Return saves the note.</source>
        <translation>Оратор подтверждён: Ctrl+Enter сохраняет заметку.</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>в {time}</translation>
    </message>
    <message>
        <source>at {time} (time not sure)</source>
        <translation>в {time} (время не точно)</translation>
    </message>
    <message>
        <source>&lt;b&gt;New note&lt;/b&gt;</source>
        <translation>&lt;b&gt;Новая заметка&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Editing the note of {time}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Изменение заметки от {time}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type the note; Ctrl+Return saves it, Esc leaves it as it was.</source>
        <translation>Введите заметку; Ctrl+Enter сохраняет, Esc оставляет как было.</translation>
    </message>
    <message>
        <source>Ctrl+N ties a note to the current speaker. Type; Ctrl+Return saves. Ctrl+1…9 kind, Ctrl+K key message, Alt+1…9 question.</source>
        <translation>Ctrl+N привязывает заметку к текущему оратору. Печатайте; Ctrl+Enter сохраняет. Ctrl+1…9 — вид, Ctrl+K — основной тезис, Alt+1…9 — вопрос.</translation>
    </message>
</context>
<context>
    <name>NoteHistory</name>
    <message>
        <source>new note</source>
        <translation>создание заметки</translation>
    </message>
    <message>
        <source>note edit</source>
        <translation>изменение заметки</translation>
    </message>
    <message>
        <source>deleted note</source>
        <translation>удаление заметки</translation>
    </message>
    <message>
        <source>Undone: {what} “{text}”. Ctrl+Shift+Z brings it back.</source>
        <translation>Отменено: {what} «{text}». Ctrl+Shift+Z возвращает его.</translation>
    </message>
    <message>
        <source>Redone: {what} “{text}”. Ctrl+Z undoes it again.</source>
        <translation>Повторено: {what} «{text}». Ctrl+Z снова отменяет его.</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Отменить {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Повторить {what}</translation>
    </message>
    <message>
        <source>&amp;Undo note change</source>
        <translation>&amp;Отменить изменение заметки</translation>
    </message>
    <message>
        <source>&amp;Redo note change</source>
        <translation>&amp;Повторить изменение заметки</translation>
    </message>
</context>
<context>
    <name>NoteKind</name>
    <message>
        <source>Key point</source>
        <translation>Ключевой момент</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Передовая практика</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Data point</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Последующая мера</translation>
    </message>
</context>
<context>
    <name>NotesActions</name>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Новая заметка</translation>
    </message>
    <message>
        <source>Start a note tied to the current speaker</source>
        <translation>Начать заметку, привязанную к текущему оратору</translation>
    </message>
    <message>
        <source>&amp;Search notes</source>
        <translation>&amp;Поиск по заметкам</translation>
    </message>
    <message>
        <source>Find notes by their words</source>
        <translation>Найти заметки по словам</translation>
    </message>
    <message>
        <source>Notes &amp;by question</source>
        <translation>Заметки по &amp;вопросам</translation>
    </message>
    <message>
        <source>Notes grouped by guiding question, with your synthesis</source>
        <translation>Заметки, сгруппированные по руководящим вопросам, с вашим обобщением</translation>
    </message>
    <message>
        <source>&amp;Edit selected note (Enter in the list)</source>
        <translation>&amp;Изменить выбранную заметку (Enter в списке)</translation>
    </message>
    <message>
        <source>Edit its text &amp;in place (F2 in the list)</source>
        <translation>Изменить &amp;текст на месте (F2 в списке)</translation>
    </message>
    <message>
        <source>&amp;Delete selected note (Del in the list)</source>
        <translation>&amp;Удалить выбранную заметку (Del в списке)</translation>
    </message>
    <message>
        <source>&amp;Undo note change</source>
        <translation>&amp;Отменить изменение заметки</translation>
    </message>
    <message>
        <source>Undo the last new, edited or deleted note</source>
        <translation>Отменить последнее создание, изменение или удаление заметки</translation>
    </message>
    <message>
        <source>&amp;Redo note change</source>
        <translation>&amp;Повторить изменение заметки</translation>
    </message>
    <message>
        <source>Redo the note change just undone</source>
        <translation>Повторить только что отмененное изменение заметки</translation>
    </message>
    <message>
        <source>Mark as &amp;key message</source>
        <translation>Отметить как &amp;основной тезис</translation>
    </message>
    <message>
        <source>Mark the note as a key message for the summary</source>
        <translation>Отметить заметку как основной тезис для резюме</translation>
    </message>
    <message>
        <source>Kind o&amp;f note</source>
        <translation>Вид &amp;заметки</translation>
    </message>
    <message>
        <source>Guiding &amp;question</source>
        <translation>&amp;Руководящий вопрос</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Список</translation>
    </message>
    <message>
        <source>&amp;By question</source>
        <translation>&amp;По вопросам</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Заметки&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Note deleted: Ctrl+Z brings it back.</source>
        <translation>Заметка удалена: Ctrl+Z вернет ее.</translation>
    </message>
</context>
<context>
    <name>NotesTable</name>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Оратор</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>В</translation>
    </message>
    <message>
        <source>SDG</source>
        <translation>ЦУР</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>Основной тезис</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>F2 edits a note&apos;s text in place; Enter or double-click opens it in the box below; Delete removes it (Ctrl+Z brings it back)</source>
        <translation>F2 изменяет текст заметки на месте; Enter или двойной щелчок открывает ее в поле ниже; Delete удаляет (Ctrl+Z возвращает)</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>e.g. H.E. Ms. Paula Ingabire</source>
        <translation>например, Е. П. г-жа Паула Ингабире</translation>
    </message>
    <message>
        <source>e.g. Minister of ICT and Innovation</source>
        <translation>например, министр ИКТ и инноваций</translation>
    </message>
    <message>
        <source>Organisation, or a country: type part of its name</source>
        <translation>Организация или страна: введите часть названия</translation>
    </message>
    <message>
        <source>Not stated: type one if not listed</source>
        <translation>Не указан: введите, если его нет в списке</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>&amp;Organisation / country:</source>
        <translation>&amp;Организация / страна:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ре&amp;гион:</translation>
    </message>
    <message>
        <source>&amp;Language spoken:</source>
        <translation>&amp;Язык выступления:</translation>
    </message>
    <message>
        <source>A participant needs a name</source>
        <translation>У участника должно быть имя</translation>
    </message>
    <message>
        <source>new participant</source>
        <translation>новый участник</translation>
    </message>
    <message>
        <source>participant edit</source>
        <translation>изменение участника</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>{name} is not a CSV file; save the spreadsheet as CSV (.csv) first.</source>
        <translation>{name} не является файлом CSV; сначала сохраните таблицу в формате CSV (.csv).</translation>
    </message>
    <message>
        <source>{name} has {count:,} lines; a participants list is at most {limit:,} rows.</source>
        <translation>В {name} {count:,} строк; в списке участников не больше {limit:,} строк.</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file (its quotation marks do not close).</source>
        <translation>{name} не читается как файл CSV (его кавычки не закрываются).</translation>
    </message>
    <message>
        <source>Row {row}: {name} is already on row {first}; the row was skipped.</source>
        <translation>Строка {row}: {name} уже есть в строке {first}; строка пропущена.</translation>
    </message>
    <message>
        <source>{name} has a header row but no participants under it.</source>
        <translation>В {name} есть строка заголовков, но под ней нет участников.</translation>
    </message>
    <message>
        <source>The first row of {name} must name the columns, with at least “name” (and any of function, organisation, country, role, gender, region, language); it is empty.</source>
        <translation>В первой строке {name} должны быть названия столбцов, как минимум «name» (и любые из function, organisation, country, role, gender, region, language); она пуста.</translation>
    </message>
    <message>
        <source>The first row of {name} must name the columns, with at least “name” (and any of function, organisation, country, role, gender, region, language); it holds {found}.</source>
        <translation>В первой строке {name} должны быть названия столбцов, как минимум «name» (и любые из function, organisation, country, role, gender, region, language); в ней {found}.</translation>
    </message>
    <message>
        <source>Row {row}: no name; the row was skipped.</source>
        <translation>Строка {row}: нет имени; строка пропущена.</translation>
    </message>
    <message>
        <source>Row {row}: {what} “{value}” is not known; it was set to {default}.</source>
        <translation>Строка {row}: {what} «{value}» не распознано; установлено значение {default}.</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Organisation / country</source>
        <translation>Организация / страна</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствует</translation>
    </message>
    <message>
        <source>present</source>
        <translation>присутствует</translation>
    </message>
    <message>
        <source>Adding a speaker offers only those &amp;present</source>
        <translation>При добавлении оратора предлагать только &amp;присутствующих</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Add a participant (Insert)</source>
        <translation>Добавить участника (Insert)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit the selected participant (Enter)</source>
        <translation>Изменить выбранного участника (Enter)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the selected participant (Delete)</source>
        <translation>Удалить выбранного участника (Delete)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт CSV…</translation>
    </message>
    <message>
        <source>Add participants from a spreadsheet saved as CSV</source>
        <translation>Добавить участников из электронной таблицы, сохраненной в CSV</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} participants&lt;/b&gt;, {k} present — the speaker list and floor requests offer them by name; Space marks the selected one present (the roll call).</source>
        <translation>&lt;b&gt;Участников: {n}&lt;/b&gt;, присутствуют: {k} — список ораторов и просьбы из зала предлагают их по имени; Пробел отмечает выбранного как присутствующего (перекличка).</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Перекличка</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>присутствие</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Удалить участника</translation>
    </message>
    <message>
        <source>{name} is on the speaker list ({n} places). Removing them takes them off the list too; notes about what they said are kept.</source>
        <translation>{name} есть в списке ораторов (мест: {n}). Удаление уберет его и из списка; заметки о сказанном сохраняются.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>participant removed</source>
        <translation>участник удален</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Импорт участников</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Таблицы, сохраненные в CSV (*.csv *.tsv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>participants imported</source>
        <translation>участники импортированы</translation>
    </message>
    <message>
        <source>Add {n} participants from {name}?</source>
        <translation>Добавить участников ({n}) из {name}?</translation>
    </message>
    <message>
        <source>{n} already in the list (same name), not added again.</source>
        <translation>{n} уже в списке (то же имя), повторно не добавлены.</translation>
    </message>
    <message>
        <source>{n} problems in the file (see the details).</source>
        <translation>Проблем в файле: {n} (см. подробности).</translation>
    </message>
    <message>
        <source>{name} holds nobody who is not already in the list.</source>
        <translation>В {name} нет никого, кого еще нет в списке.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
</context>
<context>
    <name>PresenterDisplay</name>
    <message>
        <source>Presenter display — Roundtable Desktop</source>
        <translation>Экран для ораторов — Roundtable Desktop</translation>
    </message>
    <message>
        <source>Presenter display</source>
        <translation>Экран для ораторов</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Следующий: {name}</translation>
    </message>
    <message>
        <source>End of the meeting</source>
        <translation>Окончание мероприятия</translation>
    </message>
    <message>
        <source>Ended at {time}</source>
        <translation>Завершено в {time}</translation>
    </message>
    <message>
        <source>About to begin</source>
        <translation>Скоро начнется</translation>
    </message>
    <message>
        <source>Starts in</source>
        <translation>Начало через</translation>
    </message>
    <message>
        <source>Planned start: {when}</source>
        <translation>Плановое начало: {when}</translation>
    </message>
    <message>
        <source>First: {name}</source>
        <translation>Первый оратор: {name}</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое время</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Each speaker&apos;s target / limit in this item (minutes:seconds)</source>
        <translation>Целевое время / лимит каждого оратора в этом пункте (минуты:секунды)</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Новый пункт</translation>
    </message>
    <message>
        <source>{planned} min planned</source>
        <translation>{planned} мин по плану</translation>
    </message>
    <message>
        <source>{planned} of {length} min</source>
        <translation>{planned} из {length} мин</translation>
    </message>
    <message>
        <source> ({left} min not planned)</source>
        <translation> ({left} мин не запланировано)</translation>
    </message>
    <message>
        <source> ({over} min too many)</source>
        <translation> ({over} мин сверх плана)</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>New guiding question</source>
        <translation>Новый руководящий вопрос</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Руководящий вопрос</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Метка:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Вопрос:</translation>
    </message>
    <message>
        <source>A guiding question needs its text</source>
        <translation>У руководящего вопроса должен быть текст</translation>
    </message>
    <message>
        <source>new guiding question</source>
        <translation>новый руководящий вопрос</translation>
    </message>
    <message>
        <source>guiding question edit</source>
        <translation>изменение руководящего вопроса</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Guiding questions</source>
        <translation>Руководящие вопросы</translation>
    </message>
    <message>
        <source>&lt;small&gt;Double-click a question (or press F2) to correct it; the order here is the order of Q1, Q2…&lt;/small&gt;</source>
        <translation>&lt;small&gt;Дважды щелкните вопрос (или нажмите F2), чтобы исправить его; порядок здесь — порядок В1, В2…&lt;/small&gt;</translation>
    </message>
    <message>
        <source>New question?</source>
        <translation>Новый вопрос?</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Руководящие вопросы</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n вопрос</numerusform>
            <numerusform>%n вопроса</numerusform>
            <numerusform>%n вопросов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit the selected row</source>
        <translation>Изменить выбранную строку</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Удалить выбранную строку</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>removal</source>
        <translation>удаление</translation>
    </message>
    <message>
        <source>move</source>
        <translation>перемещение</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>Not stated</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>African States</source>
        <translation>Государства Африки</translation>
    </message>
    <message>
        <source>Asia-Pacific States</source>
        <translation>Государства Азиатско-Тихоокеанского региона</translation>
    </message>
    <message>
        <source>Eastern European States</source>
        <translation>Государства Восточной Европы</translation>
    </message>
    <message>
        <source>Latin American and Caribbean States</source>
        <translation>Государства Латинской Америки и Карибского бассейна</translation>
    </message>
    <message>
        <source>Western European and other States</source>
        <translation>Государства Западной Европы и другие государства</translation>
    </message>
</context>
<context>
    <name>RegionFromCountry</name>
    <message>
        <source>From the country; choose another group if needed.</source>
        <translation>По стране; при необходимости выберите другую группу.</translation>
    </message>
</context>
<context>
    <name>RegionalGroups</name>
    <message>
        <source>Counted with the Western European and other States for elections; it also takes part fully in the Asia-Pacific States.</source>
        <translation>Для целей выборов учитывается в группе государств Западной Европы и других государств; также в полной мере участвует в работе группы государств Азиатско-Тихоокеанского региона.</translation>
    </message>
    <message>
        <source>In no group as a member: it attends the Western European and other States as an observer and is counted with them for elections.</source>
        <translation>Не является членом ни одной группы: участвует в работе группы государств Западной Европы и других государств в качестве наблюдателя и для целей выборов учитывается вместе с ними.</translation>
    </message>
    <message>
        <source>In the Western European and other States, not in the Asia-Pacific States where it lies.</source>
        <translation>Входит в группу государств Западной Европы и других государств, а не в группу государств Азиатско-Тихоокеанского региона, где расположен.</translation>
    </message>
    <message>
        <source>In the Asia-Pacific States, though a member of the European Union.</source>
        <translation>Входит в группу государств Азиатско-Тихоокеанского региона, хотя является членом Европейского союза.</translation>
    </message>
    <message>
        <source>In the Asia-Pacific States since 2010; until then in no group.</source>
        <translation>Входит в группу государств Азиатско-Тихоокеанского региона с 2010 года; до этого не входил ни в одну группу.</translation>
    </message>
    <message>
        <source>An observer State, in no regional group: choose one if the meeting counts it.</source>
        <translation>Государство-наблюдатель, не входит ни в одну региональную группу: выберите группу, если заседание её учитывает.</translation>
    </message>
    <message>
        <source>An observer State, not a Member State: choose its group if the meeting counts it.</source>
        <translation>Государство-наблюдатель, не государство-член: выберите его группу, если заседание её учитывает.</translation>
    </message>
</context>
<context>
    <name>Reliability</name>
    <message>
        <source>{title} (read-only)</source>
        <translation>{title} (только чтение)</translation>
    </message>
    <message>
        <source>The library is damaged</source>
        <translation>Библиотека повреждена</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>another copy of Roundtable Desktop ({who}) writes to this library</source>
        <translation>другая копия Roundtable Desktop ({who}) записывает в эту библиотеку</translation>
    </message>
    <message>
        <source>the library cannot be written to</source>
        <translation>запись в библиотеку невозможна</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>The copy of {when} is now the library. The library as it was is kept as {path}; File &gt; Restore from backup… lists it to come back to.</source>
        <translation>Копия от {when} теперь стала библиотекой. Прежняя библиотека сохранена как {path}; Файл &gt; Восстановить из резервной копии… позволяет вернуться к ней.</translation>
    </message>
    <message>
        <source>The library needs attention</source>
        <translation>Библиотека требует внимания</translation>
    </message>
    <message>
        <source>Restore the backup of {when}</source>
        <translation>Восстановить резервную копию от {when}</translation>
    </message>
    <message>
        <source>Use the library as it is</source>
        <translation>Использовать библиотеку как есть</translation>
    </message>
    <message>
        <source>Start a new library</source>
        <translation>Создать новую библиотеку</translation>
    </message>
    <message>
        <source>Start a new library (the damaged one is kept aside)</source>
        <translation>Создать новую библиотеку (поврежденная сохраняется отдельно)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>The library is in use</source>
        <translation>Библиотека используется</translation>
    </message>
    <message>
        <source>{problem}

Its window could not be brought to the front. You can open the library read-only to look at it; changes would not be saved.</source>
        <translation>{problem}

Не удалось вывести его окно на передний план. Можно открыть библиотеку только для чтения, чтобы просмотреть ее; изменения не будут сохранены.</translation>
    </message>
    <message>
        <source>The library cannot be written to</source>
        <translation>Запись в библиотеку невозможна</translation>
    </message>
    <message>
        <source>{problem}

You can open the library read-only to look at it and export from it; changes would not be saved. To change it, copy it to a folder you can write to and open the copy (--db PATH).</source>
        <translation>{problem}

Можно открыть библиотеку только для чтения, чтобы просмотреть и экспортировать данные; изменения не будут сохранены. Чтобы изменить ее, скопируйте ее в папку с правом записи и откройте копию (--db ПУТЬ).</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Открыть только для &amp;чтения</translation>
    </message>
    <message>
        <source>The library as it was is kept as {path}.</source>
        <translation>Прежняя библиотека сохранена как {path}.</translation>
    </message>
    <message>
        <source>The backup of {when} is now the library.</source>
        <translation>Резервная копия от {when} теперь стала библиотекой.</translation>
    </message>
    <message>
        <source>Library restored</source>
        <translation>Библиотека восстановлена</translation>
    </message>
</context>
<context>
    <name>RequestType</name>
    <message>
        <source>Intervention</source>
        <translation>Выступление</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Выступление по порядку ведения заседания</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>{when} — damaged, cannot be restored</source>
        <translation>{when} — повреждена, восстановление невозможно</translation>
    </message>
    <message>
        <source>{when} — 1 meeting</source>
        <translation>{when} — 1 мероприятие</translation>
    </message>
    <message>
        <source>{when} — {count} meetings</source>
        <translation>{when} — мероприятий: {count}</translation>
    </message>
    <message>
        <source>The library as it was before a restore, last changed {when} — {count} meeting(s)</source>
        <translation>Библиотека до восстановления, последнее изменение {when} — мероприятий: {count}</translation>
    </message>
    <message>
        <source>Everything the library holds now is in this copy: restoring it drops nothing.</source>
        <translation>Все, что сейчас есть в библиотеке, содержится в этой копии: ее восстановление ничего не удалит.</translation>
    </message>
    <message>
        <source>{count} note(s) written since (in {meetings})</source>
        <translation>заметок, написанных с тех пор: {count} (в {meetings})</translation>
    </message>
    <message>
        <source>{count} meeting(s) added since</source>
        <translation>мероприятий, добавленных с тех пор: {count}</translation>
    </message>
    <message>
        <source>Restoring this copy drops what the library gained since: {what}. A speaker still speaking in the copy comes back paused at the time it holds. The library as it is now is kept as a file and listed here, to come back to.</source>
        <translation>Восстановление этой копии удалит то, что появилось в библиотеке с тех пор: {what}. Оратор, который в копии еще выступает, вернется на паузе с указанным в ней временем. Текущая библиотека сохраняется в виде файла и указана здесь, чтобы к ней можно было вернуться.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>Backups are taken at start and every 5 minutes while something changes; the last 20 are kept in {folder}.
The library as it is now is kept beside it, never deleted.</source>
        <translation>Резервные копии создаются при запуске и каждые 5 минут, пока что-то меняется; последние 20 хранятся в {folder}.
Текущая библиотека сохраняется рядом и никогда не удаляется.</translation>
    </message>
    <message>
        <source>Backups and kept libraries</source>
        <translation>Резервные копии и сохраненные библиотеки</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>There is no backup yet.</source>
        <translation>Резервных копий пока нет.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Co-chair</source>
        <translation>Сопредседатель</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Модератор</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Секретариат</translation>
    </message>
    <message>
        <source>Discussant</source>
        <translation>Участник дискуссии</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation>Государство-член</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Гражданское общество</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>SDG</name>
    <message>
        <source>No poverty</source>
        <translation>Ликвидация нищеты</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>Ликвидация голода</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>Хорошее здоровье и благополучие</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>Качественное образование</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Гендерное равенство</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>Чистая вода и санитария</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>Недорогостоящая и чистая энергия</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>Достойная работа и экономический рост</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>Индустриализация, инновации и инфраструктура</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>Уменьшение неравенства</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>Устойчивые города и населенные пункты</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>Ответственное потребление и производство</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>Борьба с изменением климата</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>Сохранение морских экосистем</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>Сохранение экосистем суши</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>Мир, правосудие и эффективные институты</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>Партнерство в интересах устойчивого развития</translation>
    </message>
    <message>
        <source>SDG {number}: {name}</source>
        <translation>ЦУР {number}: {name}</translation>
    </message>
</context>
<context>
    <name>SdgPicker</name>
    <message>
        <source>The SDGs this note speaks to (focus SDGs of the meeting first)</source>
        <translation>ЦУР, к которым относится заметка (сначала приоритетные ЦУР мероприятия)</translation>
    </message>
    <message>
        <source>Focus of this meeting</source>
        <translation>Приоритет этого мероприятия</translation>
    </message>
    <message>
        <source>Other goals</source>
        <translation>Другие цели</translation>
    </message>
    <message>
        <source>Clear SDGs</source>
        <translation>Очистить ЦУР</translation>
    </message>
    <message>
        <source>SDG %1</source>
        <translation>ЦУР %1</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ЦУР</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>The meeting shown (Ctrl+O to choose another)</source>
        <translation>Показанное мероприятие (Ctrl+O — выбрать другое)</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Мероприятие:</translation>
    </message>
    <message>
        <source>{date}, from the chair&apos;s laptop</source>
        <translation>{date}, получено с ноутбука Председателя</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>{name} is not a session file: it is not UTF-8 text.</source>
        <translation>{name} не является файлом сессии: это не текст в UTF-8.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON: it is damaged at line {line}, column {column}.</source>
        <translation>{name} не является правильным JSON: он повреждён в строке {line}, столбце {column}.</translation>
    </message>
    <message>
        <source>{name} is not a session file: it is nested too deeply.</source>
        <translation>{name} не является файлом сессии: у него слишком глубокая вложенность.</translation>
    </message>
    <message>
        <source>{name} is not a session file: it holds a number too long to be one of a meeting&apos;s.</source>
        <translation>{name} не является файлом сессии: в нём число, слишком длинное для данных мероприятия.</translation>
    </message>
    <message>
        <source>This is not a Roundtable session file: it does not hold a JSON object.</source>
        <translation>Это не файл сессии Roundtable: в нём нет объекта JSON.</translation>
    </message>
    <message>
        <source>“{where}” must be a list, not {kind}.</source>
        <translation>«{where}» должно быть списком, а не {kind}.</translation>
    </message>
    <message>
        <source>The session file holds more than {limit:,} records.</source>
        <translation>В файле сессии больше {limit:,} записей.</translation>
    </message>
    <message>
        <source>The session file holds {count:,} records in “{where}”; a meeting has at most {limit:,}.</source>
        <translation>В файле сессии {count:,} записей в «{where}»; у мероприятия их не больше {limit:,}.</translation>
    </message>
    <message>
        <source>“{where}” must not be empty.</source>
        <translation>«{where}» не должно быть пустым.</translation>
    </message>
    <message>
        <source>“{where}” must be one line of at most {limit} characters, as the chair sends it.</source>
        <translation>«{where}» должно быть одной строкой не длиннее {limit} знаков, как его отправляет председатель.</translation>
    </message>
    <message>
        <source>“{where}” is before it was sent ({sent}).</source>
        <translation>«{where}» раньше времени отправки ({sent}).</translation>
    </message>
    <message>
        <source>This is not a Roundtable session file (it names no format, expected “{expected}”).</source>
        <translation>Это не файл сессии Roundtable (в нём не указан формат, ожидался «{expected}»).</translation>
    </message>
    <message>
        <source>This is not a Roundtable session file (its format is “{format}”, expected “{expected}”).</source>
        <translation>Это не файл сессии Roundtable (его формат «{format}», ожидался «{expected}»).</translation>
    </message>
    <message>
        <source>The session file has no valid “version” (a whole number from 1).</source>
        <translation>В файле сессии нет правильной «version» (целого числа от 1).</translation>
    </message>
    <message>
        <source>This session file was written by a newer Roundtable Desktop (format version {version}); this one reads up to version {known}. Update Roundtable Desktop to open it.</source>
        <translation>Этот файл сессии записан более новой версией Roundtable Desktop (версия формата {version}); эта версия читает файлы до версии {known}. Обновите Roundtable Desktop, чтобы открыть его.</translation>
    </message>
    <message>
        <source>“{where}” must be an object, not {kind}.</source>
        <translation>«{where}» должно быть объектом, а не {kind}.</translation>
    </message>
    <message>
        <source>“{where}” has no “{name}”.</source>
        <translation>В «{where}» нет «{name}».</translation>
    </message>
    <message>
        <source>“{where}” must not be empty (null).</source>
        <translation>«{where}» не должно быть пустым (null).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текстом</translation>
    </message>
    <message>
        <source>“{where}” must be a whole number, not {kind}.</source>
        <translation>«{where}» должно быть целым числом, а не {kind}.</translation>
    </message>
    <message>
        <source>“{where}” must be a number, not {kind}.</source>
        <translation>«{where}» должно быть числом, а не {kind}.</translation>
    </message>
    <message>
        <source>“{where}” is {value}; it must be one of {allowed}.</source>
        <translation>«{where}» равно {value}; оно должно быть одним из {allowed}.</translation>
    </message>
    <message>
        <source>“{where}” is {value}, not {kind} like {example}.</source>
        <translation>«{where}» равно {value}, а не {kind} вида {example}.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>“{where}” must be a list of SDG numbers, not {kind}.</source>
        <translation>«{where}» должно быть списком номеров ЦУР, а не {kind}.</translation>
    </message>
    <message>
        <source>“{where}” holds {value}; SDGs are numbered 1 to 17.</source>
        <translation>«{where}» содержит {value}; ЦУР пронумерованы от 1 до 17.</translation>
    </message>
    <message>
        <source>“{where}” {id} is used twice in the file.</source>
        <translation>«{where}» {id} используется в файле дважды.</translation>
    </message>
    <message>
        <source>“{where}” belongs to another meeting (session_id {id}).</source>
        <translation>«{where}» относится к другому мероприятию (session_id {id}).</translation>
    </message>
    <message>
        <source>a participant</source>
        <translation>участника</translation>
    </message>
    <message>
        <source>an agenda item</source>
        <translation>пункт повестки дня</translation>
    </message>
    <message>
        <source>a guiding question</source>
        <translation>руководящий вопрос</translation>
    </message>
    <message>
        <source>a speaker slot</source>
        <translation>место оратора</translation>
    </message>
    <message>
        <source>“{where}” refers to {target} that is not in the file ({field} {id}).</source>
        <translation>«{where}» ссылается на {target}, которого нет в файле ({field} {id}).</translation>
    </message>
    <message>
        <source>“{where}” must be {described}, not {kind}.</source>
        <translation>«{where}» должно быть {described}, а не {kind}.</translation>
    </message>
    <message>
        <source>the text {value}</source>
        <translation>текст {value}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>a time</source>
        <translation>время</translation>
    </message>
    <message>
        <source>a datetime</source>
        <translation>дата и время</translation>
    </message>
    <message>
        <source>“{where}” {problem}.</source>
        <translation>«{where}» {problem}.</translation>
    </message>
</context>
<context>
    <name>SetupActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Add a meeting from a concept note (.docx, .pdf, .md, .txt) or a session file (.json), reviewed before it is saved</source>
        <translation>Добавить мероприятие из концептуальной записки (.docx, .pdf, .md, .txt) или файла сессии (.json) с проверкой перед сохранением</translation>
    </message>
    <message>
        <source>Import from clip&amp;board</source>
        <translation>Импорт из &amp;буфера обмена</translation>
    </message>
    <message>
        <source>Add a meeting from a concept note&apos;s text copied from an e-mail, a web page or a PDF, reviewed before it is saved</source>
        <translation>Добавить мероприятие из текста концептуальной записки, скопированного из электронного письма, веб-страницы или PDF, с проверкой перед сохранением</translation>
    </message>
    <message>
        <source>P&amp;roperties…</source>
        <translation>&amp;Свойства…</translation>
    </message>
    <message>
        <source>Title, organiser, date, times and time zone, venue, chair, rapporteur, focus SDGs</source>
        <translation>Название, организатор, дата, время и часовой пояс, место, председатель, докладчик, приоритетные ЦУР</translation>
    </message>
    <message>
        <source>Partici&amp;pants…</source>
        <translation>&amp;Участники…</translation>
    </message>
    <message>
        <source>Add, edit, remove or import (CSV) the participants</source>
        <translation>Добавить, изменить, удалить или импортировать (CSV) участников</translation>
    </message>
    <message>
        <source>R&amp;oll call (Space marks present)…</source>
        <translation>&amp;Перекличка (Пробел отмечает присутствие)…</translation>
    </message>
    <message>
        <source>The participants, the first one selected: Space marks the selected participant present and moves to the next</source>
        <translation>Участники, первый выбран: Пробел отмечает выбранного как присутствующего и переходит к следующему</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share on this network</source>
        <translation>Открыть доступ в этой сети</translation>
    </message>
    <message>
        <source>Another laptop joins with File &gt; Join a shared meeting…, the address and the code. A phone or tablet opens the browser view with the QR code: it shows the speaker and the countdown, nothing of the notes.</source>
        <translation>Другой ноутбук подключается через Файл &gt; Подключиться к общему мероприятию…, адрес и код. Телефон или планшет открывает представление в браузере по QR-коду: оно показывает оратора и обратный отсчет, но не заметки.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Pairing code:</source>
        <translation>Код сопряжения:</translation>
    </message>
    <message>
        <source>Browser view:</source>
        <translation>Представление в браузере:</translation>
    </message>
    <message>
        <source>Following:</source>
        <translation>Следование:</translation>
    </message>
    <message>
        <source>On Windows, if the firewall asks, allow Roundtable Desktop on private networks.</source>
        <translation>В Windows, если брандмауэр запросит, разрешите Roundtable Desktop в частных сетях.</translation>
    </message>
    <message>
        <source>&amp;New code</source>
        <translation>&amp;Новый код</translation>
    </message>
    <message>
        <source>&amp;Stop sharing</source>
        <translation>&amp;Прекратить общий доступ</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>пока никого</translation>
    </message>
    <message>
        <source>1 laptop</source>
        <translation>1 ноутбук</translation>
    </message>
    <message>
        <source>{count} laptops</source>
        <translation>ноутбуков: {count}</translation>
    </message>
    <message>
        <source>Too many wrong codes were tried: nobody joins until you make a new code.</source>
        <translation>Введено слишком много неверных кодов: никто не подключится, пока вы не создадите новый код.</translation>
    </message>
</context>
<context>
    <name>ShareServer</name>
    <message>
        <source>Sharing stopped: {error}</source>
        <translation>Общий доступ прекращён: {error}</translation>
    </message>
    <message>
        <source>Cannot listen on port {port}: {error}.</source>
        <translation>Невозможно принимать подключения на порту {port}: {error}.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
</context>
<context>
    <name>SlotListModel</name>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Оратор</translation>
    </message>
    <message>
        <source>Target/limit</source>
        <translation>Цель/лимит</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>Снят</translation>
    </message>
    <message>
        <source>Country / org.</source>
        <translation>Страна / орг.</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Выступает</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>ПАУЗА</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>Выступил</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следующий</translation>
    </message>
    <message>
        <source>Waiting {n}</source>
        <translation>В очереди: {n}</translation>
    </message>
    <message>
        <source>(unknown speaker)</source>
        <translation>(неизвестный оратор)</translation>
    </message>
    <message>
        <source>{name} (point of order)</source>
        <translation>{name} (по порядку ведения заседания)</translation>
    </message>
    <message>
        <source>{name} (reply)</source>
        <translation>{name} (ответ)</translation>
    </message>
    <message>
        <source>Request: {kind}</source>
        <translation>Просьба: {kind}</translation>
    </message>
    <message>
        <source>Has not spoken yet in this meeting</source>
        <translation>Еще не выступал(а) на этом заседании</translation>
    </message>
</context>
<context>
    <name>SlotTimesDialog</name>
    <message>
        <source>Speaking time of {name}</source>
        <translation>Время выступления: {name}</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Просьба</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Руководящий вопрос</translation>
    </message>
    <message>
        <source>The participant&apos;s own</source>
        <translation>Язык участника</translation>
    </message>
    <message>
        <source>Language of this turn</source>
        <translation>Язык этого выступления</translation>
    </message>
    <message>
        <source>&amp;Target (amber from):</source>
        <translation>&amp;Целевое время (желтый с):</translation>
    </message>
    <message>
        <source>&amp;Limit (red from):</source>
        <translation>&amp;Лимит (красный с):</translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation>Пр&amp;осьба:</translation>
    </message>
    <message>
        <source>Guiding q&amp;uestion:</source>
        <translation>&amp;Руководящий вопрос:</translation>
    </message>
    <message>
        <source>Lan&amp;guage this time:</source>
        <translation>Я&amp;зык в этот раз:</translation>
    </message>
    <message>
        <source>Type the time as minutes:seconds, such as 5:00.</source>
        <translation>Введите время в формате минуты:секунды, например 5:00.</translation>
    </message>
</context>
<context>
    <name>SpeakerClockDisplay</name>
    <message>
        <source>Nobody is speaking</source>
        <translation>Никто не выступает</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Выступает</translation>
    </message>
    <message>
        <source>F5 gives the floor to the next speaker</source>
        <translation>F5 дает слово следующему оратору</translation>
    </message>
    <message>
        <source>WRAP UP</source>
        <translation>ЗАВЕРШАЙТЕ</translation>
    </message>
    <message>
        <source>OVER</source>
        <translation>ПРЕВЫШЕНО</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>ПАУЗА</translation>
    </message>
    <message>
        <source>Speaker&apos;s clock</source>
        <translation>Часы оратора</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Осталось времени</translation>
    </message>
    <message>
        <source>spoken {spoken} · wrap up {amber} · limit {limit}</source>
        <translation>выступление {spoken} · завершение {amber} · лимит {limit}</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Следующий: {name}</translation>
    </message>
    <message>
        <source>Next: nobody waiting</source>
        <translation>Следующий: никто не ожидает</translation>
    </message>
    <message>
        <source>{name}: {phase}, {time}</source>
        <translation>{name}: {phase}, {time}</translation>
    </message>
</context>
<context>
    <name>SpeakerListView</name>
    <message>
        <source>Speaker list</source>
        <translation>Список ораторов</translation>
    </message>
    <message>
        <source>Drag a waiting speaker to reorder, or Alt+Up / Alt+Down; Delete withdraws; Insert adds again; Enter edits the time; Shift+F5 gives the floor now</source>
        <translation>Перетащите ожидающего оратора, чтобы изменить порядок, или Alt+Вверх / Alt+Вниз; Delete снимает; Insert добавляет снова; Enter меняет время; Shift+F5 дает слово сейчас</translation>
    </message>
</context>
<context>
    <name>SpeakerMessageActions</name>
    <message>
        <source>Show this to the speaker on the presenter display</source>
        <translation>Показать это оратору на экране для ораторов</translation>
    </message>
    <message>
        <source>&amp;Type a message…</source>
        <translation>&amp;Ввести сообщение…</translation>
    </message>
    <message>
        <source>Type a short message to show the speaker</source>
        <translation>Ввести короткое сообщение для оратора</translation>
    </message>
    <message>
        <source>&amp;Clear the message</source>
        <translation>&amp;Убрать сообщение</translation>
    </message>
    <message>
        <source>Take the message off the presenter display</source>
        <translation>Убрать сообщение с экрана для ораторов</translation>
    </message>
    <message>
        <source>&amp;Message to the speaker</source>
        <translation>Сооб&amp;щение оратору</translation>
    </message>
    <message>
        <source>Shown to the speaker: {message}</source>
        <translation>Показано оратору: {message}</translation>
    </message>
</context>
<context>
    <name>SpeakerMessages</name>
    <message>
        <source>Choose or create a meeting first.</source>
        <translation>Сначала выберите или создайте мероприятие.</translation>
    </message>
    <message>
        <source>Message to the speaker</source>
        <translation>Сообщение оратору</translation>
    </message>
    <message>
        <source>Shown large on the presenter display (at most {n} characters):</source>
        <translation>Показывается крупно на экране для ораторов (не более {n} знаков):</translation>
    </message>
</context>
<context>
    <name>SpeakerRequestDialog</name>
    <message>
        <source>Floor request</source>
        <translation>Просьба из зала</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>Добавить оратора</translation>
    </message>
    <message>
        <source>Name, function or country; a new name adds a participant</source>
        <translation>Имя, должность или страна; новое имя добавляет участника</translation>
    </message>
    <message>
        <source>Country or organisation</source>
        <translation>Страна или организация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>Региональная группа</translation>
    </message>
    <message>
        <source>Not stated: type one if not listed</source>
        <translation>Не указан: введите, если его нет в списке</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Язык выступления</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Просьба</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Пункт повестки дня</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Руководящий вопрос</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Оратор:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>&amp;Country / organisation:</source>
        <translation>&amp;Страна / организация:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <source>Regional &amp;group:</source>
        <translation>&amp;Региональная группа:</translation>
    </message>
    <message>
        <source>La&amp;nguage spoken:</source>
        <translation>&amp;Язык выступления:</translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation>Пр&amp;осьба:</translation>
    </message>
    <message>
        <source>Guiding q&amp;uestion:</source>
        <translation>&amp;Руководящий вопрос:</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>&amp;Пункт повестки дня:</translation>
    </message>
    <message>
        <source>&amp;Target (amber from):</source>
        <translation>&amp;Целевое время (желтый с):</translation>
    </message>
    <message>
        <source>&amp;Limit (red from):</source>
        <translation>&amp;Лимит (красный с):</translation>
    </message>
    <message>
        <source>Type the time as minutes:seconds, such as 5:00.</source>
        <translation>Введите время в формате минуты:секунды, например 5:00.</translation>
    </message>
    <message>
        <source>Not marked present</source>
        <translation>Не отмечен как присутствующий</translation>
    </message>
    <message>
        <source>{name} is not marked present at the roll call.</source>
        <translation>{name} не отмечен(а) как присутствующий(ая) при перекличке.</translation>
    </message>
    <message>
        <source>Mark present and add</source>
        <translation>Отметить присутствие и добавить</translation>
    </message>
    <message>
        <source>Add to the queue</source>
        <translation>Добавить в очередь</translation>
    </message>
    <message>
        <source>A participant of this meeting.</source>
        <translation>Участник этого мероприятия.</translation>
    </message>
    <message>
        <source>New participant: added to the meeting with this request.</source>
        <translation>Новый участник: добавлен в мероприятие вместе с этой просьбой.</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>&lt;b&gt;Speakers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ораторы&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Start/pause</source>
        <translation>Старт/пауза</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следующий</translation>
    </message>
    <message>
        <source>–30 s</source>
        <translation>–30 с</translation>
    </message>
    <message>
        <source>+30 s</source>
        <translation>+30 с</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Floor…</source>
        <translation>Зал…</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Экран</translation>
    </message>
    <message>
        <source>Move speaker up</source>
        <translation>Переместить оратора вверх</translation>
    </message>
    <message>
        <source>Move speaker down</source>
        <translation>Переместить оратора вниз</translation>
    </message>
    <message>
        <source>Withdraw speaker</source>
        <translation>Снять оратора</translation>
    </message>
    <message>
        <source>Edit speaking time and language…</source>
        <translation>Изменить время и язык выступления…</translation>
    </message>
    <message>
        <source>Give the floor now to the selected speaker</source>
        <translation>Дать слово выбранному оратору сейчас</translation>
    </message>
    <message>
        <source>Add a speaker, or the selected one again</source>
        <translation>Добавить оратора или снова выбранного</translation>
    </message>
    <message>
        <source>Next guiding question for the selected speaker</source>
        <translation>Следующий руководящий вопрос для выбранного оратора</translation>
    </message>
    <message>
        <source>Add again to the queue (Insert)</source>
        <translation>Снова добавить в очередь (Insert)</translation>
    </message>
    <message>
        <source>Run from the chair&apos;s laptop</source>
        <translation>Ведется с ноутбука Председателя</translation>
    </message>
    <message>
        <source>A speaker</source>
        <translation>Оратор</translation>
    </message>
    <message>
        <source>Choose or create a meeting first.</source>
        <translation>Сначала выберите или создайте мероприятие.</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Speaking-time statistics</source>
        <translation>Статистика времени выступлений</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Оратор</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое время</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Фактически</translation>
    </message>
    <message>
        <source>Over/under</source>
        <translation>Больше/меньше</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Ораторы</translation>
    </message>
    <message>
        <source>Against the plan</source>
        <translation>По сравнению с планом</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Пункт повестки дня</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>По плану</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не начато</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Пункты повестки дня</translation>
    </message>
    <message>
        <source>By role</source>
        <translation>По роли</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>По полу</translation>
    </message>
    <message>
        <source>By regional group</source>
        <translation>По региональной группе</translation>
    </message>
    <message>
        <source>By kind of request</source>
        <translation>По виду просьбы</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>1 intervention</source>
        <translation>1 выступление</translation>
    </message>
    <message>
        <source>{n} interventions</source>
        <translation>Выступлений: {n}</translation>
    </message>
    <message>
        <source>1 point of order</source>
        <translation>1 выступление по порядку ведения заседания</translation>
    </message>
    <message>
        <source>{n} points of order</source>
        <translation>По порядку ведения заседания: {n}</translation>
    </message>
    <message>
        <source>{counts}, {total} in all</source>
        <translation>{counts}, всего {total}</translation>
    </message>
    <message>
        <source>{name} (point of order)</source>
        <translation>{name} (по порядку ведения заседания)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Выступления</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Общее время</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Export speaking-time statistics</source>
        <translation>Экспорт статистики времени выступлений</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Сохранено в {path}</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>meeting</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>пункт повестки дня</translation>
    </message>
    <message>
        <source>guiding question</source>
        <translation>руководящий вопрос</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>участника</translation>
    </message>
    <message>
        <source>speaker&apos;s place</source>
        <translation>место оратора</translation>
    </message>
    <message>
        <source>note</source>
        <translation>заметку</translation>
    </message>
    <message>
        <source>message to the speaker</source>
        <translation>сообщение оратору</translation>
    </message>
    <message>
        <source>The {thing} was removed meanwhile; the change was not saved.</source>
        <translation>Тем временем кто-то удалил {thing}; изменение не сохранено.</translation>
    </message>
    <message>
        <source>The change could not be saved in the library ({error}).</source>
        <translation>Не удалось сохранить изменение в библиотеке ({error}).</translation>
    </message>
    <message>
        <source>This {thing} was changed meanwhile ({fields}), so your change was not saved over it. The list now shows the newer version: make your change again if it is still needed.</source>
        <translation>Тем временем кто-то изменил {thing} ({fields}), поэтому ваше изменение не записано поверх. В списке теперь более новая версия: внесите изменение снова, если оно еще нужно.</translation>
    </message>
    <message>
        <source>The backup could not be copied beside {library}: {error}.</source>
        <translation>Не удалось скопировать резервную копию рядом с {library}: {error}.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of {library}: {error}. The library is as it was.</source>
        <translation>Не удалось поставить резервную копию на место {library}: {error}. Библиотека осталась прежней.</translation>
    </message>
    <message>
        <source>The backup is damaged ({problem}) and cannot be restored.</source>
        <translation>Резервная копия повреждена ({problem}), восстановить ее нельзя.</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted after the backup was put in place; it was finished. The library as it was is kept as {kept}.</source>
        <translation>Восстановление из {name} было прервано после того, как резервная копия была поставлена на место; оно завершено. Прежняя библиотека сохранена как {kept}.</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted after the backup was put in place; it was finished.</source>
        <translation>Восстановление из {name} было прервано после того, как резервная копия была поставлена на место; оно завершено.</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted before the backup was put in place; it was undone: the library is as it was before.</source>
        <translation>Восстановление из {name} было прервано до того, как резервная копия была поставлена на место; оно отменено: библиотека осталась прежней.</translation>
    </message>
    <message>
        <source>the disk holding the library is full ({folder})</source>
        <translation>диск с библиотекой заполнен ({folder})</translation>
    </message>
    <message>
        <source>the library&apos;s folder cannot be written to ({folder})</source>
        <translation>в папку библиотеки нельзя записывать ({folder})</translation>
    </message>
    <message>
        <source>another program holds the library locked ({path})</source>
        <translation>библиотека заблокирована другой программой ({path})</translation>
    </message>
    <message>
        <source>the disk reported an error while writing ({path})</source>
        <translation>диск сообщил об ошибке при записи ({path})</translation>
    </message>
    <message>
        <source>its folder cannot be written to</source>
        <translation>в его папку нельзя записывать</translation>
    </message>
    <message>
        <source>another program holds it locked</source>
        <translation>её блокирует другая программа</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>диск сообщил об ошибке</translation>
    </message>
    <message>
        <source>it is not a library file</source>
        <translation>это не файл библиотеки</translation>
    </message>
    <message>
        <source>The last change could not be saved: {where}.</source>
        <translation>Не удалось сохранить последнее изменение: {where}.</translation>
    </message>
    <message>
        <source>The library path {path} is a folder, not a file.</source>
        <translation>Путь к библиотеке {path} указывает на папку, а не на файл.</translation>
    </message>
    <message>
        <source>The library {path} was written by a newer version of Roundtable Desktop (schema {found}, this version knows {known}). It was not changed; open it with the newer version.</source>
        <translation>Библиотека {path} записана более новой версией Roundtable Desktop (схема {found}, эта версия знает схему {known}). Она не изменена; откройте ее более новой версией.</translation>
    </message>
    <message>
        <source>The library {path} cannot be opened: {error}.</source>
        <translation>Не удается открыть библиотеку {path}: {error}.</translation>
    </message>
    <message>
        <source>The library {path} cannot be used: {error}.</source>
        <translation>Не удается использовать библиотеку {path}: {error}.</translation>
    </message>
    <message>
        <source>The library {path} is damaged ({error}). Restore a backup (File &gt; Restore from backup…, or `roundtable-desktop check --repair`); the library as it is is kept aside.</source>
        <translation>Библиотека {path} повреждена ({error}). Восстановите резервную копию (Файл &gt; Восстановить из резервной копии… или `roundtable-desktop check --repair`); библиотека в нынешнем виде сохраняется отдельно.</translation>
    </message>
    <message>
        <source>{target} is one of the library&apos;s own files ({name}); nothing was written over it.</source>
        <translation>{target} — один из файлов самой библиотеки ({name}); ничего не записано поверх него.</translation>
    </message>
    <message>
        <source>{path} is not a Roundtable Desktop library or is damaged ({error}).</source>
        <translation>{path} не является библиотекой Roundtable Desktop или поврежден ({error}).</translation>
    </message>
    <message>
        <source>The draft could not be stored in the library: {error}.</source>
        <translation>Не удалось сохранить черновик в библиотеке: {error}.</translation>
    </message>
    <message>
        <source>The draft could not be removed from the library: {error}.</source>
        <translation>Не удалось удалить черновик из библиотеки: {error}.</translation>
    </message>
    <message>
        <source>process {pid} on {host}, since {since} UTC</source>
        <translation>процесс {pid} на {host}, с {since} UTC</translation>
    </message>
    <message>
        <source>The folder of the library {path} cannot be written to ({error}).</source>
        <translation>В папку библиотеки {path} нельзя записывать ({error}).</translation>
    </message>
    <message>
        <source>The library {library} is in use by another copy of Roundtable Desktop ({who}).</source>
        <translation>Библиотека {library} используется другой копией Roundtable Desktop ({who}).</translation>
    </message>
    <message>
        <source>The library {path} cannot be opened read-only: {error}.</source>
        <translation>Не удается открыть библиотеку {path} только для чтения: {error}.</translation>
    </message>
    <message>
        <source>The backup {name} would be written over one of the library&apos;s own files; nothing was written.</source>
        <translation>Резервная копия {name} записалась бы поверх одного из файлов самой библиотеки; ничего не записано.</translation>
    </message>
    <message>
        <source>The library {name} is damaged ({detail}), so no backup was taken and the good ones are kept. Restore one (File &gt; Restore from backup…).</source>
        <translation>Библиотека {name} повреждена ({detail}), поэтому резервная копия не создана, а исправные сохранены. Восстановите одну из них (Файл &gt; Восстановить из резервной копии…).</translation>
    </message>
    <message>
        <source>The backup of the library could not be written to {folder}: {reason}.</source>
        <translation>Не удалось записать резервную копию библиотеки в {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The backup {name} is damaged and cannot be restored.</source>
        <translation>Резервная копия {name} повреждена, её нельзя восстановить.</translation>
    </message>
    <message>
        <source>The library {library} could not be moved aside: {reason}.</source>
        <translation>Не удалось отложить библиотеку {library} в сторону: {reason}.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>The library {library} is damaged. The damaged file can be moved aside (it is kept, never deleted) and the newest good backup put in its place.</source>
        <translation>Библиотека {library} повреждена. Повреждённый файл можно отложить в сторону (он сохраняется, а не удаляется) и поставить на его место последнюю исправную резервную копию.</translation>
    </message>
    <message>
        <source>The library {library} is damaged ({detail}). The damaged file can be moved aside (it is kept, never deleted) and the newest good backup put in its place.</source>
        <translation>Библиотека {library} повреждена ({detail}). Повреждённый файл можно отложить в сторону (он сохраняется, а не удаляется) и поставить на его место последнюю исправную резервную копию.</translation>
    </message>
    <message>
        <source>The journal of the library {library} (its -wal file) was removed after the app stopped: the changes of the last minutes before that may be lost. The library can be used as it is, or the newest good backup can take its place.</source>
        <translation>Журнал библиотеки {library} (её файл -wal) был удалён после остановки приложения: изменения последних минут перед этим могут быть потеряны. Библиотекой можно пользоваться как есть, или её место может занять последняя исправная резервная копия.</translation>
    </message>
    <message>
        <source>The library {library} is empty (0 bytes), but it has backups: the newest good backup can take its place.</source>
        <translation>Библиотека {library} пуста (0 байт), но у неё есть резервные копии: её место может занять последняя исправная резервная копия.</translation>
    </message>
    <message>
        <source>The library {library} is missing, but it has backups: the newest good backup can take its place.</source>
        <translation>Библиотеки {library} нет, но у неё есть резервные копии: её место может занять последняя исправная резервная копия.</translation>
    </message>
    <message>
        <source>There is no library at {library} yet.</source>
        <translation>Библиотеки по пути {library} пока нет.</translation>
    </message>
    <message>
        <source>The library {library} is in good order.</source>
        <translation>Библиотека {library} в порядке.</translation>
    </message>
    <message>
        <source>its -wal journal is missing</source>
        <translation>её журнал -wal отсутствует</translation>
    </message>
    <message>
        <source>No library at {library}.</source>
        <translation>Библиотеки по пути {library} нет.</translation>
    </message>
    <message>
        <source>{report} Run `roundtable-desktop check --repair` to do so.</source>
        <translation>{report} Выполните `roundtable-desktop check --repair`, чтобы сделать это.</translation>
    </message>
    <message>
        <source>The library as it was is kept as {path}.</source>
        <translation>Библиотека в прежнем виде сохранена как {path}.</translation>
    </message>
    <message>
        <source>Restored the backup of {when} UTC ({count} meetings).</source>
        <translation>Восстановлена резервная копия от {when} UTC (мероприятий: {count}).</translation>
    </message>
    <message>
        <source>No backup to restore: the library is used as it is.</source>
        <translation>Нет резервной копии для восстановления: библиотека используется как есть.</translation>
    </message>
    <message>
        <source>{report} There is no good backup to restore: the next start begins with a new library.</source>
        <translation>{report} Нет исправной резервной копии для восстановления: при следующем запуске будет создана новая библиотека.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>другая программа</translation>
    </message>
    <message>
        <source>It is open in Roundtable Desktop ({who}).</source>
        <translation>Она открыта в Roundtable Desktop ({who}).</translation>
    </message>
    <message>
        <source>It has no backup yet.</source>
        <translation>У неё пока нет резервных копий.</translation>
    </message>
    <message>
        <source>{count} backups in {folder}, the newest of {when} UTC.</source>
        <translation>Резервных копий в {folder}: {count}, последняя от {when} UTC.</translation>
    </message>
</context>
<context>
    <name>SummaryOptions</name>
    <message>
        <source>Summary by the Rapporteur</source>
        <translation>Резюме Докладчика</translation>
    </message>
    <message>
        <source>Chair’s summary</source>
        <translation>Резюме Председателя</translation>
    </message>
    <message>
        <source>Rapporteur’s report</source>
        <translation>Доклад Докладчика</translation>
    </message>
    <message>
        <source>The language the summary is written in: its headings, dates and introduction (the notes stay as typed)</source>
        <translation>Язык резюме: его заголовки, даты и введение (заметки остаются в том виде, в каком введены)</translation>
    </message>
    <message>
        <source>For circulation: introduction, discussion, key messages, recommendations</source>
        <translation>Для распространения: введение, обсуждение, основные тезисы, рекомендации</translation>
    </message>
    <message>
        <source>Full record: everything, with the statistics and annexes</source>
        <translation>Полная запись: все, со статистикой и приложениями</translation>
    </message>
    <message>
        <source>Write it a&amp;gain from the facts</source>
        <translation>Написать &amp;заново по фактам</translation>
    </message>
    <message>
        <source>e.g. Numbered Paragraph=SingleTxtG, Heading 1=HChG</source>
        <translation>например, Numbered Paragraph=SingleTxtG, Heading 1=HChG</translation>
    </message>
    <message>
        <source>The template&apos;s own style to use in place of one of the summary&apos;s: OUR STYLE=TEMPLATE STYLE, separated by commas</source>
        <translation>Собственный стиль шаблона вместо одного из стилей резюме: НАШ СТИЛЬ=СТИЛЬ ШАБЛОНА, через запятую</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Введение</translation>
    </message>
    <message>
        <source>Discussion by guiding question</source>
        <translation>Обсуждение по руководящим вопросам</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Основные тезисы</translation>
    </message>
    <message>
        <source>Recommendations and commitments</source>
        <translation>Рекомендации и обязательства</translation>
    </message>
    <message>
        <source>Contribution to the SDGs</source>
        <translation>Вклад в достижение ЦУР</translation>
    </message>
    <message>
        <source>List of participants (annex)</source>
        <translation>Список участников (приложение)</translation>
    </message>
    <message>
        <source>Programme as held (annex)</source>
        <translation>Фактическая программа (приложение)</translation>
    </message>
    <message>
        <source>Speaking time and shares (annex)</source>
        <translation>Время выступлений и доли (приложение)</translation>
    </message>
    <message>
        <source>Notes in time order (annex)</source>
        <translation>Заметки в хронологическом порядке (приложение)</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Набор:</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Разделы:</translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation>&amp;Введение:</translation>
    </message>
    <message>
        <source>Template st&amp;yles:</source>
        <translation>&amp;Стили шаблона:</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>The Word template {name} cannot be used: its styles or lists are damaged ({detail}).</source>
        <translation>Шаблон Word {name} нельзя использовать: его стили или списки повреждены ({detail}).</translation>
    </message>
    <message>
        <source>The Word template {name} was not found ({path}).</source>
        <translation>Шаблон Word {name} не найден ({path}).</translation>
    </message>
    <message>
        <source>The Word template {name} is a folder, not a Word file.</source>
        <translation>Шаблон Word {name} — это папка, а не файл Word.</translation>
    </message>
    <message>
        <source>The Word template {name} cannot be read ({reason}).</source>
        <translation>Не удаётся прочитать шаблон Word {name} ({reason}).</translation>
    </message>
    <message>
        <source>The Word template {name} is not a Word document (.docx or .dotx) that can be used.</source>
        <translation>Шаблон Word {name} не является пригодным документом Word (.docx или .dotx).</translation>
    </message>
</context>
<context>
    <name>TimeTroubleBar</name>
    <message>
        <source>the speaker</source>
        <translation>оратор</translation>
    </message>
    <message>
        <source>The computer was asleep for {missed} while {name} was speaking. Their clock shows {shown} spoken without that time; with it, {corrected}.</source>
        <translation>Компьютер находился в спящем режиме {missed}, пока выступал(а) {name}. Часы показывают {shown} без этого времени; с ним — {corrected}.</translation>
    </message>
    <message>
        <source>Count the sleep: {corrected}</source>
        <translation>Учесть спящий режим: {corrected}</translation>
    </message>
    <message>
        <source>The computer&apos;s clock was set {direction} by {missed} while {name} was speaking. Their clock was not affected: {shown} spoken.</source>
        <translation>Часы компьютера были переведены {direction} на {missed}, пока выступал(а) {name}. Часы оратора не затронуты: {shown}.</translation>
    </message>
    <message>
        <source>Follow the computer&apos;s clock: {corrected}</source>
        <translation>Следовать часам компьютера: {corrected}</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>вперед</translation>
    </message>
    <message>
        <source>back</source>
        <translation>назад</translation>
    </message>
    <message>
        <source>Keep {shown}</source>
        <translation>Оставить {shown}</translation>
    </message>
</context>
<context>
    <name>TroubleBar</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Повторить сейчас</translation>
    </message>
    <message>
        <source>Open the &amp;emergency file</source>
        <translation>Открыть &amp;аварийный файл</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>The last change could not be saved.</source>
        <translation>Последнее изменение сохранить не удалось.</translation>
    </message>
    <message>
        <source>What you typed is kept in the window and copied to {file}.</source>
        <translation>Введенное хранится в окне и скопировано в {file}.</translation>
    </message>
    <message>
        <source>What you entered stays where you typed it, marked as not saved. Roundtable Desktop tries again every 2 seconds and says here when it is all saved.</source>
        <translation>Введенное остается на месте с пометкой «не сохранено». Roundtable Desktop повторяет попытку каждые 2 секунды и сообщает здесь, когда все сохранено.</translation>
    </message>
    <message>
        <source>The library can be written again: every change kept for a retry is stored. A note still in the box is kept as a draft: Ctrl+Return saves it.</source>
        <translation>Библиотека снова доступна для записи: все изменения, ожидавшие повтора, сохранены. Заметка, оставшаяся в поле, хранится как черновик: Ctrl+Enter сохраняет ее.</translation>
    </message>
    <message>
        <source>Read-only: {why}. Changes made here are not saved.</source>
        <translation>Только чтение: {why}. Изменения здесь не сохраняются.</translation>
    </message>
</context>
<context>
    <name>UnsureSpeaker</name>
    <message>
        <source>Notes written while the link was lost and now tied to another speaker, who had the floor at their time by the chair&apos;s record: {count}.</source>
        <translation>Заметки, написанные при потере связи и теперь привязанные к другому оратору, у которого в их момент было слово по записи Председателя: {count}.</translation>
    </message>
    <message>
        <source>The note of {time}, written while the link was lost, is now tied to {speaker}, who had the floor then by the chair&apos;s record (not {guess}).</source>
        <translation>Заметка от {time}, написанная при потере связи, теперь привязана к оратору {speaker}, у которого тогда было слово по записи Председателя (а не к {guess}).</translation>
    </message>
    <message>
        <source>no speaker</source>
        <translation>без оратора</translation>
    </message>
    <message>
        <source>speaker not sure: written while the link was lost</source>
        <translation>оратор не точен: заметка написана при потере связи</translation>
    </message>
    <message>
        <source>{name} (not sure)</source>
        <translation>{name} (не точно)</translation>
    </message>
    <message>
        <source>(not sure)</source>
        <translation>(не точно)</translation>
    </message>
    <message>
        <source>Time not sure: written while the link was lost, before the meeting&apos;s start reached this laptop; counted from the planned start until the chair&apos;s record arrives.</source>
        <translation>Время не точно: заметка написана при потере связи, до того как начало заседания дошло до этого ноутбука; отсчитывается от запланированного начала, пока не придёт запись Председателя.</translation>
    </message>
    <message>
        <source>Speaker not sure: written while the link was lost. Open the note (Enter) to confirm or change the speaker.</source>
        <translation>Оратор не точен: заметка написана при потере связи. Откройте заметку (Enter), чтобы подтвердить или сменить оратора.</translation>
    </message>
    <message>
        <source>Confirm speaker</source>
        <translation>Подтвердить оратора</translation>
    </message>
    <message>
        <source>The speaker shown is right: clear the mark (or pick another speaker)</source>
        <translation>Показанный оратор верен: снять отметку (или выбрать другого оратора)</translation>
    </message>
    <message>
        <source>Speaker not sure</source>
        <translation>Оратор не точен</translation>
    </message>
    <message>
        <source>Review them first</source>
        <translation>Сначала проверить</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Всё равно экспортировать</translation>
    </message>
    <message>
        <source>Notes with a speaker not sure: {count}. They were written while the link to the chair&apos;s laptop was lost; the summary names no speaker for them until you confirm or change it.</source>
        <translation>Заметки с неточным оратором: {count}. Они написаны при потере связи с ноутбуком Председателя; в резюме оратор не указывается, пока вы его не подтвердите или не смените.</translation>
    </message>
</context>
<context>
    <name>UsualMessage</name>
    <message>
        <source>Please conclude</source>
        <translation>Просьба завершать выступление</translation>
    </message>
    <message>
        <source>One minute left</source>
        <translation>Осталась одна минута</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Время истекло</translation>
    </message>
    <message>
        <source>Please speak closer to the microphone</source>
        <translation>Просьба говорить ближе к микрофону</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>{time} past the limit</source>
        <translation>на {time} больше предела</translation>
    </message>
    <message>
        <source>{time} past the target, within the limit</source>
        <translation>на {time} больше ориентира, в пределах лимита</translation>
    </message>
    <message>
        <source>{time} under the target</source>
        <translation>на {time} меньше ориентира</translation>
    </message>
</context>
</TS>
