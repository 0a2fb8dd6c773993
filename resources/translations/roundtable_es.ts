<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActionRunner</name>
    <message>
        <source>Not saved: {reason} What you entered is kept here; try again.</source>
        <translation>No guardado: {reason} Lo que escribió se conserva aquí; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Not saved yet: the library does not take writes now (the bar above says why). What you entered stays here and is saved as soon as it does.</source>
        <translation>Aún no guardado: la biblioteca no admite escrituras ahora (la barra de arriba indica por qué). Lo que escribió permanece aquí y se guardará en cuanto las admita.</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>New agenda item</source>
        <translation>Nuevo tema del programa</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Tema del programa</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation>&amp;Previsto:</translation>
    </message>
    <message>
        <source>P&amp;resenter:</source>
        <translation>O&amp;rador:</translation>
    </message>
    <message>
        <source>Speaker &amp;target:</source>
        <translation>&amp;Tiempo asignado por orador:</translation>
    </message>
    <message>
        <source>Speaker &amp;limit:</source>
        <translation>&amp;Límite por orador:</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Minutos previstos</translation>
    </message>
    <message>
        <source>Speaker target, minutes</source>
        <translation>Tiempo asignado por orador, minutos</translation>
    </message>
    <message>
        <source>Speaker target, seconds</source>
        <translation>Tiempo asignado por orador, segundos</translation>
    </message>
    <message>
        <source>Speaker limit, minutes</source>
        <translation>Límite por orador, minutos</translation>
    </message>
    <message>
        <source>Speaker limit, seconds</source>
        <translation>Límite por orador, segundos</translation>
    </message>
    <message>
        <source>An agenda item needs a title</source>
        <translation>Un tema del programa necesita un título</translation>
    </message>
    <message>
        <source>new agenda item</source>
        <translation>nuevo tema del programa</translation>
    </message>
    <message>
        <source>agenda item edit</source>
        <translation>edición de un tema del programa</translation>
    </message>
</context>
<context>
    <name>AgendaKind</name>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <source>Interactive discussion</source>
        <translation>Debate interactivo</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Clausura</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Planned start: the meeting&apos;s start plus the minutes of the items before</source>
        <translation>Inicio previsto: la hora de inicio de la reunión más los minutos de los temas anteriores</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Mín</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Oradores</translation>
    </message>
    <message>
        <source>Target / limit of each speaker</source>
        <translation>Tiempo asignado / límite de cada orador</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>{planned} min planned</source>
        <translation>{planned} min previstos</translation>
    </message>
    <message>
        <source>{planned} of {length} min</source>
        <translation>{planned} de {length} min</translation>
    </message>
    <message>
        <source>{left} min of the meeting are not planned yet</source>
        <translation>{left} min de la reunión aún no están planificados</translation>
    </message>
    <message>
        <source>The items take {over} min more than the meeting lasts</source>
        <translation>Los temas duran {over} min más que la reunión</translation>
    </message>
    <message>
        <source>The items fill the meeting exactly</source>
        <translation>Los temas ocupan exactamente la reunión</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

What you saved is safe. The details are in the log file:
{log}</source>
        <translation>Algo salió mal: {error}

Lo que guardó está a salvo. Los detalles están en el archivo de registro:
{log}</translation>
    </message>
    <message>
        <source>The library cannot be opened</source>
        <translation>No se puede abrir la biblioteca</translation>
    </message>
</context>
<context>
    <name>BalanceBars</name>
    <message>
        <source>{group}: {time:.0f} % of the time, {turns:.0f} % of the interventions</source>
        <translation>{group}: {time:.0f} % del tiempo, {turns:.0f} % de las intervenciones</translation>
    </message>
    <message>
        <source>Nobody has spoken yet.</source>
        <translation>Nadie ha hecho uso de la palabra todavía.</translation>
    </message>
</context>
<context>
    <name>BalanceLegend</name>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>share of speaking time</source>
        <translation>proporción del tiempo de uso de la palabra</translation>
    </message>
    <message>
        <source>share of interventions</source>
        <translation>proporción de intervenciones</translation>
    </message>
</context>
<context>
    <name>BalanceLine</name>
    <message>
        <source>Sort the floor: not &amp;yet spoken first</source>
        <translation>Ordenar las peticiones de palabra: primero quienes aún no &amp;han hablado</translation>
    </message>
    <message>
        <source>Floor requests of those who have not spoken yet come first; points of order stay at the head</source>
        <translation>Las peticiones de palabra de quienes aún no han hablado pasan primero; las cuestiones de orden siguen al principio</translation>
    </message>
    <message>
        <source>Balance so far</source>
        <translation>Equilibrio hasta ahora</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>África</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>Asia-Pacífico</translation>
    </message>
    <message>
        <source>Eastern Europe</source>
        <translation>Europa Oriental</translation>
    </message>
    <message>
        <source>GRULAC</source>
        <translation>GRULAC</translation>
    </message>
    <message>
        <source>WEOG</source>
        <translation>Europa Occidental y otros</translation>
    </message>
    <message>
        <source>So far, % of time / of interventions: {gender}</source>
        <translation>Hasta ahora, % del tiempo / de las intervenciones: {gender}</translation>
    </message>
    <message>
        <source>Regions: {regions}</source>
        <translation>Grupos regionales: {regions}</translation>
    </message>
    <message>
        <source>So far: nobody has spoken yet.</source>
        <translation>Hasta ahora: nadie ha hecho uso de la palabra.</translation>
    </message>
    <message>
        <source>Waiting, not yet spoken (• in the list): {n}</source>
        <translation>En espera sin haber hablado aún (• en la lista): {n}</translation>
    </message>
    <message>
        <source>Floor requests sorted: those who have not spoken yet come first.</source>
        <translation>Peticiones de palabra ordenadas: quienes aún no han hablado pasan primero.</translation>
    </message>
</context>
<context>
    <name>BalanceView</name>
    <message>
        <source>Fairness: not measured yet (it needs two people who asked for the floor and some time spoken).</source>
        <translation>Equidad: aún no se ha medido (se necesitan dos personas que pidieran la palabra y algún tiempo de uso de la palabra).</translation>
    </message>
    <message>
        <source>Fairness: the Gini coefficient of speaking time among the {n} who asked for the floor is {gini} (0: everyone had the same time; nearer 1: a few had most of it).</source>
        <translation>Equidad: el coeficiente de Gini del tiempo de uso de la palabra entre las {n} personas que la pidieron es {gini} (0: todos tuvieron el mismo tiempo; cerca de 1: unos pocos tuvieron la mayor parte).</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Por sexo</translation>
    </message>
    <message>
        <source>By regional group</source>
        <translation>Por grupo regional</translation>
    </message>
</context>
<context>
    <name>ByQuestionView</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>No question</source>
        <translation>Ninguna pregunta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>En uso de la palabra</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Oradores</translation>
    </message>
    <message>
        <source>How much of the meeting addressed each guiding question: notes, speaking time, speakers</source>
        <translation>Cuánto de la reunión se dedicó a cada pregunta orientativa: notas, tiempo de uso de la palabra, oradores</translation>
    </message>
    <message>
        <source>The meeting&apos;s key messages, one a line</source>
        <translation>Los mensajes clave de la reunión, uno por línea</translation>
    </message>
    <message>
        <source>Add the notes marked as key messages</source>
        <translation>Añadir las notas marcadas como mensajes clave</translation>
    </message>
    <message>
        <source>Append the notes marked as key messages that are not there yet</source>
        <translation>Añadir las notas marcadas como mensajes clave que aún no figuran</translation>
    </message>
    <message>
        <source>&lt;b&gt;Key messages of the meeting&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mensajes clave de la reunión&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Notes tied to no guiding question</source>
        <translation>Notas no vinculadas a ninguna pregunta orientativa</translation>
    </message>
    <message>
        <source>&lt;b&gt;Synthesis of {question}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Síntesis de {question}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Synthesis&lt;/b&gt;</source>
        <translation>&lt;b&gt;Síntesis&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your synthesis of {label}: {text}</source>
        <translation>Su síntesis de {label}: {text}</translation>
    </message>
    <message>
        <source>Notes tied to no guiding question have no synthesis.</source>
        <translation>Las notas no vinculadas a ninguna pregunta orientativa no tienen síntesis.</translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>Ningún orador</translation>
    </message>
    <message>
        <source>No notes on this question yet.</source>
        <translation>Aún no hay notas sobre esta pregunta.</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <source>Your unsaved typing was brought back.</source>
        <translation>Se recuperó lo que había escrito sin guardar.</translation>
    </message>
    <message>
        <source>Nothing to save yet: type the note first.</source>
        <translation>Aún no hay nada que guardar: escriba primero la nota.</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>Guardado a las {time}.</translation>
    </message>
    <message>
        <source>Draft kept at {time}.</source>
        <translation>Borrador guardado a las {time}.</translation>
    </message>
</context>
<context>
    <name>ChairRunsLine</name>
    <message>
        <source>The chair&apos;s laptop runs this meeting: this console shows its speaker, clock and queue, and changes nothing.</source>
        <translation>El portátil de la Presidencia dirige esta reunión: esta consola muestra su orador, el reloj y la lista, y no cambia nada.</translation>
    </message>
</context>
<context>
    <name>ChairSetsUpLine</name>
    <message>
        <source>The chair&apos;s laptop runs this meeting: its agenda, guiding questions, participants and properties are set there and shown here; the notes, syntheses, key messages and the summary (its document, language and introduction) are written here.</source>
        <translation>El portátil de la Presidencia dirige esta reunión: su programa, sus preguntas orientativas, sus participantes y sus propiedades se fijan allí y se muestran aquí; las notas, las síntesis, los mensajes clave y el resumen (su tipo de documento, su idioma y su introducción) se escriben aquí.</translation>
    </message>
</context>
<context>
    <name>ConceptNote</name>
    <message>
        <source>the note gives no year for “{date}”; {year} was taken from its other dates (the weekday matches)</source>
        <translation>la nota no indica el año de “{date}”; se tomó {year} de sus otras fechas (el día de la semana coincide)</translation>
    </message>
    <message>
        <source>the weekday does not match any year the note names</source>
        <translation>el día de la semana no coincide con ningún año que mencione la nota</translation>
    </message>
    <message>
        <source>the note names no other year</source>
        <translation>la nota no menciona ningún otro año</translation>
    </message>
    <message>
        <source>the note names several years</source>
        <translation>la nota menciona varios años</translation>
    </message>
    <message>
        <source>the note gives no year for “{date}”; {year} was taken from its other dates ({reason})</source>
        <translation>la nota no indica el año de “{date}”; se tomó {year} de sus otras fechas ({reason})</translation>
    </message>
    <message>
        <source>Line {lines} is not UTF-8 like the rest of the file: read as Windows-1252, so check the accents there.</source>
        <translation>La línea {lines} no está en UTF-8 como el resto del archivo: se leyó como Windows-1252; verifique los acentos.</translation>
    </message>
    <message>
        <source>Lines {lines} and {more} more are not UTF-8 like the rest of the file: read as Windows-1252, so check the accents there.</source>
        <translation>Las líneas {lines} y {more} más no están en UTF-8 como el resto del archivo: se leyeron como Windows-1252; verifique los acentos.</translation>
    </message>
    <message>
        <source>Lines {lines} are not UTF-8 like the rest of the file: read as Windows-1252, so check the accents there.</source>
        <translation>Las líneas {lines} no están en UTF-8 como el resto del archivo: se leyeron como Windows-1252; verifique los acentos.</translation>
    </message>
    <message>
        <source>{name} is a damaged Word document; open it in Word and save it again.</source>
        <translation>{name} es un documento de Word dañado; ábralo en Word y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>{name} is not a Word document: it has no {part}.</source>
        <translation>{name} no es un documento de Word: no tiene {part}.</translation>
    </message>
    <message>
        <source>{name} is not a Word document: its document part has no body.</source>
        <translation>{name} no es un documento de Word: su parte de documento no tiene cuerpo.</translation>
    </message>
    <message>
        <source>{name} is empty: the Word document holds no text.</source>
        <translation>{name} está vacío: el documento de Word no contiene texto.</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>documento de Word</translation>
    </message>
    <message>
        <source>{name} is not a Word document (a .docx file is a zip archive, and this one is not). Save it again from Word as .docx.</source>
        <translation>{name} no es un documento de Word (un archivo .docx es un archivo zip, y este no lo es). Vuelva a guardarlo desde Word como .docx.</translation>
    </message>
    <message>
        <source>{name} is refused: it holds {count:,} parts, more than a Word document has.</source>
        <translation>{name} se rechaza: contiene {count:,} partes, más de las que tiene un documento de Word.</translation>
    </message>
    <message>
        <source>{name} is refused: it would unpack to {size:,} MB, more than the {limit} MB allowed.</source>
        <translation>{name} se rechaza: descomprimido ocuparía {size:,} MB, más de los {limit} MB permitidos.</translation>
    </message>
    <message>
        <source>{name} is refused: one of its parts is compressed more than {ratio} to 1, which only a zip bomb does.</source>
        <translation>{name} se rechaza: una de sus partes está comprimida a más de {ratio} a 1, algo que solo hace una bomba zip.</translation>
    </message>
    <message>
        <source>{name} is refused: a part unpacks to more than its stated size.</source>
        <translation>{name} se rechaza: una parte descomprimida supera el tamaño declarado.</translation>
    </message>
    <message>
        <source>{name} is refused: it declares XML entities (a DOCTYPE), which a Word document never does and which can be used to read other files.</source>
        <translation>{name} se rechaza: declara entidades XML (un DOCTYPE), algo que un documento de Word nunca hace y que puede servir para leer otros archivos.</translation>
    </message>
    <message>
        <source>{name} is refused: it holds {count:,} XML elements, more than the {limit:,} a concept note of {lines:,} lines needs.</source>
        <translation>{name} se rechaza: contiene {count:,} elementos XML, más de los {limit:,} que necesita una nota conceptual de {lines:,} líneas.</translation>
    </message>
    <message>
        <source>{name} cannot be imported: give a Word document (.docx), a PDF (.pdf), a Markdown or text file (.md, .txt) or a Roundtable session file (.json).</source>
        <translation>{name} no se puede importar: elija un documento de Word (.docx), un PDF (.pdf), un archivo Markdown o de texto (.md, .txt) o un archivo de sesión de Roundtable (.json).</translation>
    </message>
    <message>
        <source>{name} is over {limit} MB; a concept note is far shorter. Is it the right text?</source>
        <translation>{name} supera {limit} MB; una nota conceptual es mucho más breve. ¿Es el texto correcto?</translation>
    </message>
    <message>
        <source>The pasted text is empty: copy the concept note&apos;s text first.</source>
        <translation>El texto pegado está vacío: copie primero el texto de la nota conceptual.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texto pegado</translation>
    </message>
    <message>
        <source>session file</source>
        <translation>archivo de sesión</translation>
    </message>
    <message>
        <source>the note gives {n} days or sessions; the first ({first}) was taken: choose the one that is the meeting</source>
        <translation>la nota indica {n} días o sesiones; se tomó el primero ({first}): elija el de la reunión</translation>
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
        <translation>la única fecha es “{date}”, que puede no ser la de la reunión (lugar y fecha de redacción, fecha de publicación o de versión)</translation>
    </message>
    <message>
        <source>the only date is “{date}”, which looks like a deadline</source>
        <translation>la única fecha es “{date}”, que parece un plazo</translation>
    </message>
    <message>
        <source>the note gives the days {days}; the first was taken: choose the meeting&apos;s day</source>
        <translation>la nota indica los días {days}; se tomó el primero: elija el día de la reunión</translation>
    </message>
    <message>
        <source>no time is given for the meeting; {start} to {end} was taken from the programme</source>
        <translation>no se indica la hora de la reunión; se tomó de {start} a {end} del programa</translation>
    </message>
    <message>
        <source>two dates: “{other}” {where_other}, “{chosen}” {where_chosen}; {date} was taken</source>
        <translation>dos fechas: “{other}” {where_other}, “{chosen}” {where_chosen}; se tomó el {date}</translation>
    </message>
    <message>
        <source>beside the meeting&apos;s time</source>
        <translation>junto a la hora de la reunión</translation>
    </message>
    <message>
        <source>labelled as the date</source>
        <translation>indicada como la fecha</translation>
    </message>
    <message>
        <source>in the header</source>
        <translation>en el encabezado</translation>
    </message>
    <message>
        <source>{start} (no end time)</source>
        <translation>{start} (sin hora de finalización)</translation>
    </message>
    <message>
        <source>No time zone is written; {zone} was taken from the city named.</source>
        <translation>No se indica el huso horario; se tomó {zone} de la ciudad mencionada.</translation>
    </message>
    <message>
        <source>{zone} (written {written})</source>
        <translation>{zone} (escrito {written})</translation>
    </message>
    <message>
        <source>{n} items, {total} min</source>
        <translation>{n} temas, {total} min</translation>
    </message>
    <message>
        <source>The note gives no minutes for some agenda items; they were shared out of the meeting&apos;s length. Check the programme.</source>
        <translation>La nota no indica los minutos de algunos temas del programa; se repartió entre ellos la duración de la reunión. Verifique el programa.</translation>
    </message>
    <message>
        <source>{target} target, {limit} limit</source>
        <translation>{target} previsto, {limit} como máximo</translation>
    </message>
    <message>
        <source>{name}: this PDF has no text (it is a scan or a picture); copy the text or use the Word version.</source>
        <translation>{name}: este PDF no contiene texto (es un escaneo o una imagen); copie el texto o utilice la versión de Word.</translation>
    </message>
    <message>
        <source>{name} is protected by a password; open it, save a copy without the password, or use the Word version.</source>
        <translation>{name} está protegido con contraseña; ábralo, guarde una copia sin contraseña o utilice la versión de Word.</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF (it is damaged or not a PDF); use the Word version.</source>
        <translation>{name} no es un PDF legible (está dañado o no es un PDF); utilice la versión de Word.</translation>
    </message>
    <message>
        <source>{name} is encrypted; open it, save a copy without protection, or use the Word version.</source>
        <translation>{name} está cifrado; ábralo, guarde una copia sin protección o utilice la versión de Word.</translation>
    </message>
    <message>
        <source>{name} cannot be read: this installation has no PDF reader (pypdf); use the Word version or copy the text.</source>
        <translation>{name} no se puede leer: esta instalación no tiene lector de PDF (pypdf); utilice la versión de Word o copie el texto.</translation>
    </message>
    <message>
        <source>{name} has {pages:,} pages; a concept note has at most {limit}. Is it the right file?</source>
        <translation>{name} tiene {pages:,} páginas; una nota conceptual tiene como máximo {limit}. ¿Es el archivo correcto?</translation>
    </message>
    <message>
        <source>{name} is a damaged PDF; open it and save it again, or use the Word version.</source>
        <translation>{name} es un PDF dañado; ábralo y vuelva a guardarlo, o utilice la versión de Word.</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>documento PDF</translation>
    </message>
    <message>
        <source>{name} holds more than {limit:,} characters of text; a concept note has far fewer. Is it the right file?</source>
        <translation>{name} contiene más de {limit:,} caracteres de texto; una nota conceptual tiene muchos menos. ¿Es el archivo correcto?</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Período de sesiones</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Start and end</source>
        <translation>Inicio y fin</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Huso horario</translation>
    </message>
    <message>
        <source>Venue / format</source>
        <translation>Lugar / formato</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relator</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Antecedentes</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Preguntas orientativas</translation>
    </message>
    <message>
        <source>Programme (agenda items)</source>
        <translation>Programa (temas del programa)</translation>
    </message>
    <message>
        <source>Speaking time of interventions</source>
        <translation>Tiempo de uso de la palabra de las intervenciones</translation>
    </message>
    <message>
        <source>Focus SDGs</source>
        <translation>ODS en los que se centra</translation>
    </message>
    <message>
        <source>Outcome feeds into</source>
        <translation>Contribución prevista a</translation>
    </message>
    <message>
        <source>Speakers named</source>
        <translation>Oradores mencionados</translation>
    </message>
    <message>
        <source>{name} is not a text file (it holds binary data).</source>
        <translation>{name} no es un archivo de texto (contiene datos binarios).</translation>
    </message>
    <message>
        <source>Markdown file</source>
        <translation>archivo Markdown</translation>
    </message>
    <message>
        <source>text file</source>
        <translation>archivo de texto</translation>
    </message>
    <message>
        <source>The date “{date}” could be day/month or month/day; check the date.</source>
        <translation>La fecha “{date}” puede ser día/mes o mes/día; verifique la fecha.</translation>
    </message>
    <message>
        <source>The note says {abbreviation} ({stated}), but {zone} is on {actual} on {date}; check the times and the zone.</source>
        <translation>La nota indica {abbreviation} ({stated}), pero {zone} está en {actual} el {date}; verifique las horas y el huso.</translation>
    </message>
    <message>
        <source>{name} has {count:,} lines; a concept note has at most {limit:,}. Is it the right file?</source>
        <translation>{name} tiene {count:,} líneas; una nota conceptual tiene como máximo {limit:,}. ¿Es el archivo correcto?</translation>
    </message>
    <message>
        <source>{name} holds {count:,} characters of text; a concept note has at most {limit:,}. Is it the right file?</source>
        <translation>{name} contiene {count:,} caracteres de texto; una nota conceptual tiene como máximo {limit:,}. ¿Es el archivo correcto?</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>No guiding question</source>
        <translation>Ninguna pregunta orientativa</translation>
    </message>
    <message>
        <source>Speaks {language}</source>
        <translation>Habla en {language}</translation>
    </message>
    <message>
        <source>The list of speakers for “{item}” is closed: only a point of order can still be added. Add this speaker anyway only if you mean to.</source>
        <translation>La lista de oradores de “{item}” está cerrada: solo puede añadirse aún una cuestión de orden. Añada a este orador de todos modos solo si es su intención.</translation>
    </message>
    <message>
        <source>Only a speaker who is waiting can be given the floor.</source>
        <translation>Solo se puede dar la palabra a un orador en espera.</translation>
    </message>
    <message>
        <source>Only a speaker who is speaking can be paused.</source>
        <translation>Solo se puede pausar a un orador que está en uso de la palabra.</translation>
    </message>
    <message>
        <source>Only a paused speaker can be resumed.</source>
        <translation>Solo puede reanudarse un orador en pausa.</translation>
    </message>
    <message>
        <source>Only the current speaker can be ended.</source>
        <translation>Solo puede terminarse la intervención del orador actual.</translation>
    </message>
    <message>
        <source>The time of a speaker who has finished cannot be changed.</source>
        <translation>No se puede cambiar el tiempo de un orador que ya terminó.</translation>
    </message>
    <message>
        <source>This speaker has finished; add them again to give them the floor.</source>
        <translation>Este orador ya terminó; añádalo de nuevo para darle la palabra.</translation>
    </message>
    <message>
        <source>That speaker is no longer in the list.</source>
        <translation>Ese orador ya no está en la lista.</translation>
    </message>
    <message>
        <source>Nobody is waiting to speak.</source>
        <translation>Nadie espera para hacer uso de la palabra.</translation>
    </message>
    <message>
        <source>Nobody is speaking.</source>
        <translation>Nadie está en uso de la palabra.</translation>
    </message>
    <message>
        <source>Nobody is waiting to speak: add a speaker or a floor request first.</source>
        <translation>Nadie espera para hacer uso de la palabra: añada primero un orador o una solicitud de la sala.</translation>
    </message>
    <message>
        <source>Only a speaker who is still waiting can withdraw.</source>
        <translation>Solo puede retirarse un orador que aún está en espera.</translation>
    </message>
    <message>
        <source>This speaker is already in the queue.</source>
        <translation>Este orador ya está en la cola.</translation>
    </message>
    <message>
        <source>Only a speaker who is still waiting can be moved.</source>
        <translation>Solo puede moverse un orador que aún está en espera.</translation>
    </message>
    <message>
        <source>The speaker list changed meanwhile; sort it again.</source>
        <translation>La lista de oradores cambió entretanto; vuelva a ordenarla.</translation>
    </message>
    <message>
        <source>Type the speaker&apos;s name first.</source>
        <translation>Escriba primero el nombre del orador.</translation>
    </message>
</context>
<context>
    <name>ConsoleActions</name>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>the window&apos;s screen</source>
        <translation>la pantalla de la ventana</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>&amp;Start / pause speaker</source>
        <translation>&amp;Iniciar / pausar al orador</translation>
    </message>
    <message>
        <source>Give the floor to the next speaker, pause or resume</source>
        <translation>Dar la palabra al siguiente orador, pausar o reanudar</translation>
    </message>
    <message>
        <source>&amp;End speaker and start next</source>
        <translation>&amp;Terminar al orador y dar paso al siguiente</translation>
    </message>
    <message>
        <source>End the current speaker and give the floor to the next</source>
        <translation>Terminar la intervención actual y dar la palabra al siguiente</translation>
    </message>
    <message>
        <source>End speaker, &amp;nobody next</source>
        <translation>Terminar al orador, &amp;nadie después</translation>
    </message>
    <message>
        <source>End the current speaker without starting the next</source>
        <translation>Terminar la intervención actual sin iniciar la siguiente</translation>
    </message>
    <message>
        <source>&amp;Add 30 seconds</source>
        <translation>&amp;Añadir 30 segundos</translation>
    </message>
    <message>
        <source>Give the current speaker 30 seconds more</source>
        <translation>Dar 30 segundos más al orador actual</translation>
    </message>
    <message>
        <source>&amp;Take 30 seconds off</source>
        <translation>&amp;Quitar 30 segundos</translation>
    </message>
    <message>
        <source>Take 30 seconds off the current speaker&apos;s limit</source>
        <translation>Quitar 30 segundos al límite del orador actual</translation>
    </message>
    <message>
        <source>&amp;Floor request…</source>
        <translation>&amp;Solicitud de palabra de la sala…</translation>
    </message>
    <message>
        <source>Add a request from the floor to the interactive discussion</source>
        <translation>Añadir una solicitud de palabra de la sala al debate interactivo</translation>
    </message>
    <message>
        <source>Add spea&amp;ker…</source>
        <translation>Añadir &amp;orador…</translation>
    </message>
    <message>
        <source>Add a participant, or a new person, to the speaker list</source>
        <translation>Añadir un participante, o una persona nueva, a la lista de oradores</translation>
    </message>
    <message>
        <source>Speaking-time stat&amp;istics…</source>
        <translation>&amp;Estadísticas del tiempo de uso de la palabra…</translation>
    </message>
    <message>
        <source>Time per speaker, agenda item, role, gender and region; CSV</source>
        <translation>Tiempo por orador, tema del programa, rol, sexo y región; CSV</translation>
    </message>
    <message>
        <source>Sound &amp;cue at target and limit</source>
        <translation>Aviso sonoro en el tiempo asignado &amp;y el límite</translation>
    </message>
    <message>
        <source>Beep when the speaker reaches the target and the limit</source>
        <translation>Emitir un pitido cuando el orador alcanza el tiempo asignado y el límite</translation>
    </message>
    <message>
        <source>&amp;Presenter display</source>
        <translation>&amp;Pantalla para los oradores</translation>
    </message>
    <message>
        <source>Show or hide the big timer for the speakers</source>
        <translation>Mostrar u ocultar el cronómetro grande para los oradores</translation>
    </message>
    <message>
        <source>&amp;Flash the clock past the limit</source>
        <translation>&amp;Hacer parpadear el reloj al superar el límite</translation>
    </message>
    <message>
        <source>Past the limit the clock&apos;s background flashes twice a second</source>
        <translation>Tras superar el límite, el fondo del reloj parpadea dos veces por segundo</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>Todos los atajos de teclado de la ventana</translation>
    </message>
    <message>
        <source>Presenter &amp;screen</source>
        <translation>Pantalla &amp;de los oradores</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Reunión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
</context>
<context>
    <name>ConsoleController</name>
    <message>
        <source>{name} was speaking when Roundtable Desktop closed. Their clock goes on from {spoken}, counted from the time they started.</source>
        <translation>{name} tenía la palabra cuando se cerró Roundtable Desktop. Su reloj continúa desde {spoken}, contado desde que empezó.</translation>
    </message>
    <message>
        <source>{name} is still speaking: their clock went on while another meeting was shown, and stands at {spoken}.</source>
        <translation>{name} sigue en uso de la palabra: su reloj siguió mientras se mostraba otra reunión y marca {spoken}.</translation>
    </message>
    <message>
        <source>A speaker</source>
        <translation>Un orador</translation>
    </message>
    <message>
        <source>The speaker</source>
        <translation>El orador</translation>
    </message>
    <message>
        <source>{name} speaks next</source>
        <translation>{name} habla a continuación</translation>
    </message>
    <message>
        <source>{name} is number {n} in the queue</source>
        <translation>{name} es el número {n} de la cola</translation>
    </message>
    <message>
        <source>{where}, in “{item}”.</source>
        <translation>{where}, en “{item}”.</translation>
    </message>
    <message>
        <source>The speaker list is run from the chair&apos;s laptop.</source>
        <translation>La lista de oradores se gestiona desde el portátil de la Presidencia.</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <source>m:ss</source>
        <translation>m:ss</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Give the file a name.</source>
        <translation>Dé un nombre al archivo.</translation>
    </message>
    <message>
        <source>“{name}…” is too long for a file name ({count} characters). Choose a shorter name.</source>
        <translation>“{name}…” es demasiado largo para un nombre de archivo ({count} caracteres). Elija un nombre más corto.</translation>
    </message>
    <message>
        <source>“{name}” is not a valid file name: it contains {shown}. Choose another name.</source>
        <translation>“{name}” no es un nombre de archivo válido: contiene {shown}. Elija otro nombre.</translation>
    </message>
    <message>
        <source>“{name}” is not a valid file name on every computer. Choose another name.</source>
        <translation>“{name}” no es un nombre de archivo válido en todas las computadoras. Elija otro nombre.</translation>
    </message>
    <message>
        <source>{folder} is not a folder. Choose another place for the file.</source>
        <translation>{folder} no es una carpeta. Elija otro lugar para el archivo.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a device or a pipe). Choose a file name.</source>
        <translation>{path} no es un archivo normal (un dispositivo o una canalización). Elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>{name} is open in Word or another program. Close it there, or choose another name.</source>
        <translation>{name} está abierto en Word o en otro programa. Ciérrelo allí o elija otro nombre.</translation>
    </message>
    <message>
        <source>{name} is read-only. Choose another name, or make it writable.</source>
        <translation>{name} es de solo lectura. Elija otro nombre o permita su escritura.</translation>
    </message>
    <message>
        <source>{name} is the library&apos;s own file ({own}): writing there would destroy it. Choose another name.</source>
        <translation>{name} es un archivo de la propia biblioteca ({own}): escribir en él la destruiría. Elija otro nombre.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose another folder.</source>
        <translation>La carpeta {folder} no existe. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>{path} is a folder. Choose a file name.</source>
        <translation>{path} es una carpeta. Elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>{name} is open in Word or another program, or read-only. Close it, or choose another name.</source>
        <translation>{name} está abierto en Word o en otro programa, o es de solo lectura. Ciérrelo o elija otro nombre.</translation>
    </message>
    <message>
        <source>You are not allowed to write in {folder}. Choose another folder.</source>
        <translation>No tiene permiso para escribir en {folder}. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full. Free some space or choose another place.</source>
        <translation>El disco que contiene {folder} está lleno. Libere espacio o elija otro lugar.</translation>
    </message>
    <message>
        <source>“{name}” is not a valid file name here. Choose another name.</source>
        <translation>“{name}” no es un nombre de archivo válido aquí. Elija otro nombre.</translation>
    </message>
    <message>
        <source>{folder} is on a read-only disk. Choose another place.</source>
        <translation>{folder} está en un disco de solo lectura. Elija otro lugar.</translation>
    </message>
    <message>
        <source>{name} could not be written ({reason}). Choose another name or place.</source>
        <translation>No se pudo escribir {name} ({reason}). Elija otro nombre u otro lugar.</translation>
    </message>
    <message>
        <source>The statistics cannot be written to {place}: {reason}.</source>
        <translation>No se pueden escribir las estadísticas en {place}: {reason}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export rapporteur’s summary</source>
        <translation>Exportar el resumen del Relator</translation>
    </message>
    <message>
        <source>Rapporteur’s summary (Word, .docx)</source>
        <translation>Resumen del Relator (Word, .docx)</translation>
    </message>
    <message>
        <source>Rapporteur’s summary (Markdown, .md)</source>
        <translation>Resumen del Relator (Markdown, .md)</translation>
    </message>
    <message>
        <source>Speaker log (CSV spreadsheet, .csv)</source>
        <translation>Registro de oradores (hoja de cálculo CSV, .csv)</translation>
    </message>
    <message>
        <source>Whole meeting (session JSON, .json)</source>
        <translation>Reunión completa (JSON de sesión, .json)</translation>
    </message>
    <message>
        <source>None: a plain A4 document</source>
        <translation>Ninguna: un documento A4 sencillo</translation>
    </message>
    <message>
        <source>A Word file (.docx or .dotx) whose styles, page set-up, header and footer the summary takes</source>
        <translation>Un archivo de Word (.docx o .dotx) cuyos estilos, configuración de página, encabezado y pie de página toma el resumen</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Con nombre</translation>
    </message>
    <message>
        <source>By role (“a discussant from …”)</source>
        <translation>Por rol (“un ponente de …”)</translation>
    </message>
    <message>
        <source>Unattributed (no speaker named)</source>
        <translation>Sin atribución (ningún orador nombrado)</translation>
    </message>
    <message>
        <source>How the summary says who made each point; unattributed, nothing names or times a speaker</source>
        <translation>Cómo indica el resumen quién planteó cada cuestión; sin atribución, nada nombra ni cronometra a un orador</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Exportar:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Choose &amp;template…</source>
        <translation>Elegir &amp;plantilla…</translation>
    </message>
    <message>
        <source>Word &amp;template:</source>
        <translation>&amp;Plantilla de Word:</translation>
    </message>
    <message>
        <source>&amp;Speakers named:</source>
        <translation>&amp;Oradores nombrados:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>The summary in Word, to edit and circulate.</source>
        <translation>El resumen en Word, para editar y distribuir.</translation>
    </message>
    <message>
        <source>The same summary as plain text with Markdown headings.</source>
        <translation>El mismo resumen como texto sin formato con títulos Markdown.</translation>
    </message>
    <message>
        <source>One row per speaker slot: who, when, planned and spoken time.</source>
        <translation>Una fila por turno de palabra: quién, cuándo, tiempo previsto y tiempo de intervención.</translation>
    </message>
    <message>
        <source>The whole meeting, readable back by Roundtable Desktop.</source>
        <translation>Toda la reunión, legible de nuevo por Roundtable Desktop.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>{what} (*{suffix})</source>
        <translation>{what} (*{suffix})</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Plantilla de Word</translation>
    </message>
    <message>
        <source>Speaker log</source>
        <translation>Registro de oradores</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Documentos y plantillas de Word (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Export not written</source>
        <translation>Exportación no escrita</translation>
    </message>
    <message>
        <source>summary document</source>
        <translation>documento de resumen</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>Exporting… the meeting goes on meanwhile; Cancel stops the export and writes nothing.</source>
        <translation>Exportando… la reunión continúa mientras tanto; Cancelar detiene la exportación y no escribe nada.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Exportación cancelada: no se escribió nada.</translation>
    </message>
    <message>
        <source>The export failed and nothing was written ({problem}). The details are in the log file.</source>
        <translation>La exportación falló y no se escribió nada ({problem}). Los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <source>{problem}

Nothing was written. The file name now offers another one:
{name}
Press Export to use it, or choose another.</source>
        <translation>{problem}

No se escribió nada. El nombre de archivo ofrece ahora otro:
{name}
Pulse Exportar para usarlo, o elija otro.</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>organizador</translation>
    </message>
    <message>
        <source>session</source>
        <translation>período de sesiones</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>hora de inicio</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>hora de finalización</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>huso horario</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>background</source>
        <translation>antecedentes</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>objetivos</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>SDGs in focus</source>
        <translation>ODS destacados</translation>
    </message>
    <message>
        <source>outcome feeds into</source>
        <translation>contribución prevista a</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>presidente</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>relator</translation>
    </message>
    <message>
        <source>key messages</source>
        <translation>mensajes clave</translation>
    </message>
    <message>
        <source>document type</source>
        <translation>tipo de documento</translation>
    </message>
    <message>
        <source>document symbol</source>
        <translation>signatura del documento</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>distribución</translation>
    </message>
    <message>
        <source>date of issue</source>
        <translation>fecha de publicación</translation>
    </message>
    <message>
        <source>original language</source>
        <translation>idioma original</translation>
    </message>
    <message>
        <source>introduction</source>
        <translation>introducción</translation>
    </message>
    <message>
        <source>language of the summary</source>
        <translation>idioma del resumen</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>planned minutes</source>
        <translation>minutos previstos</translation>
    </message>
    <message>
        <source>place in the order</source>
        <translation>lugar en el orden</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>presentador</translation>
    </message>
    <message>
        <source>usual speaking time</source>
        <translation>tiempo de uso de la palabra habitual</translation>
    </message>
    <message>
        <source>usual time limit</source>
        <translation>límite de tiempo habitual</translation>
    </message>
    <message>
        <source>actual start</source>
        <translation>inicio real</translation>
    </message>
    <message>
        <source>actual end</source>
        <translation>fin real</translation>
    </message>
    <message>
        <source>list of speakers closed</source>
        <translation>lista de oradores cerrada</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>synthesis</source>
        <translation>síntesis</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>function</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>sexo</translation>
    </message>
    <message>
        <source>regional group</source>
        <translation>grupo regional</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>orador</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>tema del programa</translation>
    </message>
    <message>
        <source>guiding question</source>
        <translation>pregunta orientativa</translation>
    </message>
    <message>
        <source>speaker&apos;s place</source>
        <translation>lugar del orador</translation>
    </message>
    <message>
        <source>speaking time</source>
        <translation>tiempo de uso de la palabra</translation>
    </message>
    <message>
        <source>time limit</source>
        <translation>límite de tiempo</translation>
    </message>
    <message>
        <source>kind of request</source>
        <translation>tipo de solicitud</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>time spoken</source>
        <translation>tiempo de intervención</translation>
    </message>
    <message>
        <source>last start</source>
        <translation>último inicio</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODS</translation>
    </message>
    <message>
        <source>key message</source>
        <translation>mensaje clave</translation>
    </message>
    <message>
        <source>meeting clock</source>
        <translation>reloj de la reunión</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>usual message</source>
        <translation>mensaje habitual</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>borrado</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>access to it is refused</source>
        <translation>se deniega el acceso</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>ya no existe</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>el disco notificó un error</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>otro programa lo está usando</translation>
    </message>
    <message>
        <source>its name is too long</source>
        <translation>su nombre es demasiado largo</translation>
    </message>
    <message>
        <source>its link leads nowhere</source>
        <translation>su enlace no lleva a ninguna parte</translation>
    </message>
    <message>
        <source>its drive is not connected</source>
        <translation>su unidad no está conectada</translation>
    </message>
    <message>
        <source>a file stands where a folder should be</source>
        <translation>hay un archivo donde debería haber una carpeta</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>No existe el archivo {path}.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} no es un archivo.</translation>
    </message>
    <message>
        <source>You are not allowed to read {path}.</source>
        <translation>No tiene permiso para leer {path}.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>No se puede leer {path} ({reason}).</translation>
    </message>
    <message>
        <source>{name} is open in another program that keeps it locked; close it there and try again.</source>
        <translation>{name} está abierto en otro programa que lo bloquea; ciérrelo en ese programa e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; at most {limit} MB can be read. Is it the right file?</source>
        <translation>{name} ocupa {size} MB; se pueden leer como máximo {limit} MB. ¿Es el archivo correcto?</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} está vacío.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search the notes (Ctrl+F)</source>
        <translation>Buscar en las notas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>Buscar en las notas</translation>
    </message>
    <message>
        <source>Key messages only</source>
        <translation>Solo mensajes clave</translation>
    </message>
    <message>
        <source>Only the notes marked as key messages</source>
        <translation>Solo las notas marcadas como mensajes clave</translation>
    </message>
    <message>
        <source>Only this speaker&apos;s notes</source>
        <translation>Solo las notas de este orador</translation>
    </message>
    <message>
        <source>Only notes of this kind</source>
        <translation>Solo las notas de este tipo</translation>
    </message>
    <message>
        <source>Only notes on this guiding question</source>
        <translation>Solo las notas sobre esta pregunta orientativa</translation>
    </message>
    <message>
        <source>Only notes tagged with this SDG</source>
        <translation>Solo las notas vinculadas a este ODS</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Show every note again</source>
        <translation>Mostrar de nuevo todas las notas</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Todos los oradores</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Todas las preguntas</translation>
    </message>
    <message>
        <source>No question</source>
        <translation>Ninguna pregunta</translation>
    </message>
    <message>
        <source>All SDGs</source>
        <translation>Todos los ODS</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Aún no hay notas</translation>
    </message>
    <message>
        <source>%1 of %2 notes</source>
        <translation>%1 de %2 notas</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Review the imported meeting — {name}</source>
        <translation>Revisar la reunión importada — {name}</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Reunión</translation>
    </message>
    <message>
        <source>&amp;Background and objectives</source>
        <translation>&amp;Antecedentes y objetivos</translation>
    </message>
    <message>
        <source>Guiding &amp;questions ({n})</source>
        <translation>&amp;Preguntas orientativas ({n})</translation>
    </message>
    <message>
        <source>&amp;Programme ({n})</source>
        <translation>&amp;Programa ({n})</translation>
    </message>
    <message>
        <source>&amp;Speakers ({n})</source>
        <translation>&amp;Oradores ({n})</translation>
    </message>
    <message>
        <source>&amp;Save meeting</source>
        <translation>&amp;Guardar la reunión</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Oradores</translation>
    </message>
    <message>
        <source>&lt;b&gt;The note gives several days or sessions.&lt;/b&gt; Which one is the &amp;meeting?</source>
        <translation>&lt;b&gt;La nota indica varios días o sesiones.&lt;/b&gt; ¿Cuál es la &amp;reunión?</translation>
    </message>
    <message>
        <source>&lt;b&gt;{found} of {total}&lt;/b&gt; fields were found in &lt;b&gt;{name}&lt;/b&gt; ({source}). Check them, correct what was misread, fill in what is missing. Nothing is saved until you press &lt;b&gt;Save meeting&lt;/b&gt;.</source>
        <translation>Se encontraron &lt;b&gt;{found} de {total}&lt;/b&gt; campos en &lt;b&gt;{name}&lt;/b&gt; ({source}). Compruébelos, corrija lo que se haya leído mal y complete lo que falte. No se guarda nada hasta que pulse &lt;b&gt;Guardar la reunión&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;{style}&apos;&gt;Check {field}:&lt;/span&gt; {reason}.</source>
        <translation>&lt;span style=&apos;{style}&apos;&gt;Verificar {field}:&lt;/span&gt; {reason}.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;{style}&apos;&gt;Not found:&lt;/span&gt; {names}.</source>
        <translation>&lt;span style=&apos;{style}&apos;&gt;No encontrado:&lt;/span&gt; {names}.</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Por verificar:</translation>
    </message>
    <message>
        <source>Back&amp;ground:</source>
        <translation>&amp;Antecedentes:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objetivos:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Speaking time to check: {value} ({reason})</source>
        <translation>Tiempo de uso de la palabra por verificar: {value} ({reason})</translation>
    </message>
    <message>
        <source>Speaking time: {value}</source>
        <translation>Tiempo de uso de la palabra: {value}</translation>
    </message>
    <message>
        <source>Speaking time not found: the kinds&apos; defaults are used</source>
        <translation>Tiempo de uso de la palabra no encontrado: se usan los valores predeterminados de los tipos</translation>
    </message>
    <message>
        <source>imported meeting</source>
        <translation>reunión importada</translation>
    </message>
    <message>
        <source>found in the note</source>
        <translation>encontrado en la nota</translation>
    </message>
    <message>
        <source>check: {reason}</source>
        <translation>por verificar: {reason}</translation>
    </message>
    <message>
        <source>not found in the note</source>
        <translation>no figura en la nota</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a shared meeting</source>
        <translation>Unirse a una reunión compartida</translation>
    </message>
    <message>
        <source>Meetings shared on this network:</source>
        <translation>Reuniones compartidas en esta red:</translation>
    </message>
    <message>
        <source>Meetings shared on this network</source>
        <translation>Reuniones compartidas en esta red</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <source>{address} — not answering</source>
        <translation>{address} — no responde</translation>
    </message>
    <message>
        <source>{address} — checking…</source>
        <translation>{address} — comprobando…</translation>
    </message>
    <message>
        <source>If the meeting is not listed (hotspots often hide it), type the address the chair&apos;s laptop shows.</source>
        <translation>Si la reunión no aparece (los puntos de acceso suelen ocultarla), escriba la dirección que muestra el portátil de la Presidencia.</translation>
    </message>
    <message>
        <source>Cannot look for meetings on this network.</source>
        <translation>No se pueden buscar reuniones en esta red.</translation>
    </message>
    <message>
        <source>Looking for shared meetings… none found yet.</source>
        <translation>Buscando reuniones compartidas… ninguna encontrada por ahora.</translation>
    </message>
    <message>
        <source>Meetings found: {count}.</source>
        <translation>Reuniones encontradas: {count}.</translation>
    </message>
    <message>
        <source>The code has 6 digits, as the chair&apos;s laptop shows it.</source>
        <translation>El código tiene 6 dígitos, tal como lo muestra el portátil de la Presidencia.</translation>
    </message>
</context>
<context>
    <name>JournalWatch</name>
    <message>
        <source>The library&apos;s journal ({name}) was removed while the window was open, and its changes could not be saved into the library: {error}. Keep the window open and make a backup copy of the library&apos;s folder.</source>
        <translation>El diario de la biblioteca ({name}) se eliminó mientras la ventana estaba abierta y sus cambios no pudieron guardarse en la biblioteca: {error}. Mantenga la ventana abierta y haga una copia de seguridad de la carpeta de la biblioteca.</translation>
    </message>
    <message>
        <source>The library&apos;s journal ({name}) was removed while the window was open. Everything it held was saved into the library; nothing was lost.</source>
        <translation>El diario de la biblioteca ({name}) se eliminó mientras la ventana estaba abierta. Todo su contenido se guardó en la biblioteca; no se perdió nada.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chino</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ruso</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>is not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>is {value}; it must be from {low} to {high}</source>
        <translation>es {value}; debe estar entre {low} y {high}</translation>
    </message>
    <message>
        <source>has a time-zone offset; a time of day is given in the meeting&apos;s own zone</source>
        <translation>tiene una diferencia horaria; una hora del día se indica en el huso horario de la reunión</translation>
    </message>
    <message>
        <source>is in the year {year}; it must be from {first} to {last}</source>
        <translation>corresponde al año {year}; debe estar entre {first} y {last}</translation>
    </message>
    <message>
        <source>is “{text}”, not an offset in use (UTC-12:00 to UTC+14:00)</source>
        <translation>es “{text}”, que no es una diferencia horaria en uso (UTC-12:00 a UTC+14:00)</translation>
    </message>
    <message>
        <source>is “{text}”, not a time zone (such as Europe/Zurich or UTC+02:00)</source>
        <translation>es “{text}”, que no es un huso horario (como Europe/Zurich o UTC+02:00)</translation>
    </message>
</context>
<context>
    <name>LinkAddress</name>
    <message>
        <source>“{typed}” is not an address like 192.168.1.5:8765.</source>
        <translation>«{typed}» no es una dirección como 192.168.1.5:8765.</translation>
    </message>
</context>
<context>
    <name>ListClosingActions</name>
    <message>
        <source>Close or reopen the &amp;list of speakers</source>
        <translation>Cerrar o reabrir la lista &amp;de oradores</translation>
    </message>
    <message>
        <source>Close the list of the agenda item under way: only points of order are added; again to reopen it</source>
        <translation>Cerrar la lista del tema del programa en curso: solo se añaden cuestiones de orden; de nuevo para reabrirla</translation>
    </message>
    <message>
        <source>Close or reopen floor re&amp;quests</source>
        <translation>Cerrar o rea&amp;brir las solicitudes de la sala</translation>
    </message>
    <message>
        <source>Close the list of floor requests of the interactive discussion; again to reopen it</source>
        <translation>Cerrar la lista de solicitudes de palabra de la sala del debate interactivo; de nuevo para reabrirla</translation>
    </message>
    <message>
        <source>This meeting has no agenda item to close.</source>
        <translation>Esta reunión no tiene ningún tema del programa que cerrar.</translation>
    </message>
    <message>
        <source>List of speakers closed (points of order only): {items}</source>
        <translation>Lista de oradores cerrada (solo cuestiones de orden): {items}</translation>
    </message>
    <message>
        <source>List of speakers closed</source>
        <translation>Lista de oradores cerrada</translation>
    </message>
    <message>
        <source>The list of speakers for “{item}” is closed: only a point of order can still be added.</source>
        <translation>La lista de oradores de “{item}” está cerrada: solo puede añadirse aún una cuestión de orden.</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Añadir de todos modos</translation>
    </message>
</context>
<context>
    <name>ListEditors</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>Añadir una fila (Insert)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>Quitar la fila seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
</context>
<context>
    <name>LiveLinkActions</name>
    <message>
        <source>S&amp;hare on this network…</source>
        <translation>&amp;Compartir en esta red…</translation>
    </message>
    <message>
        <source>Let the rapporteur&apos;s laptop follow this meeting, and phones open the presenter view</source>
        <translation>Permitir que el portátil del Relator siga esta reunión y que los teléfonos abran la vista para los oradores</translation>
    </message>
    <message>
        <source>&amp;Join a shared meeting…</source>
        <translation>Unirse &amp;a una reunión compartida…</translation>
    </message>
    <message>
        <source>Follow a meeting shared by the chair&apos;s laptop on this network</source>
        <translation>Seguir una reunión compartida por el portátil de la Presidencia en esta red</translation>
    </message>
    <message>
        <source>Stop follo&amp;wing</source>
        <translation>Dejar de se&amp;guir</translation>
    </message>
    <message>
        <source>Stop following the chair&apos;s laptop; what this laptop holds stays, and a new join catches up</source>
        <translation>Dejar de seguir el portátil de la Presidencia; lo que contiene este portátil se conserva, y al volver a unirse se pone al día</translation>
    </message>
    <message>
        <source>R&amp;un this meeting on this laptop…</source>
        <translation>Dirigir esta re&amp;unión en este portátil…</translation>
    </message>
    <message>
        <source>When the chair&apos;s laptop is gone for good: this laptop runs the clock and the speaker list</source>
        <translation>Cuando el portátil de la Presidencia ya no está disponible: este portátil lleva el reloj y la lista de oradores</translation>
    </message>
    <message>
        <source>Share on this network</source>
        <translation>Compartir en esta red</translation>
    </message>
    <message>
        <source>Shared on this network: {count} following</source>
        <translation>Compartido en esta red: {count} lo siguen</translation>
    </message>
    <message>
        <source>Joining {address}…</source>
        <translation>Uniéndose a {address}…</translation>
    </message>
    <message>
        <source>Following the chair&apos;s laptop: {title}</source>
        <translation>Siguiendo el portátil de la Presidencia: {title}</translation>
    </message>
    <message>
        <source>Link lost since {time}; trying again…</source>
        <translation>Enlace perdido desde las {time}; reintentando…</translation>
    </message>
    <message>
        <source>(shared again? File &gt; Join with the new code)</source>
        <translation>(¿se compartió de nuevo? Archivo &gt; Unirse con el nuevo código)</translation>
    </message>
    <message>
        <source>Run this meeting here</source>
        <translation>Dirigir esta reunión aquí</translation>
    </message>
    <message>
        <source>Run “{title}” on this laptop? Do it only when the chair&apos;s laptop is gone for good: this laptop stops following it, its clock keys come back, and it becomes the chair&apos;s laptop for this meeting (it may share it). If the other laptop&apos;s changes come in later, a record both changed is shown for a choice.</source>
        <translation>¿Dirigir «{title}» en este portátil? Hágalo solo si el portátil de la Presidencia ya no está disponible: este portátil deja de seguirlo, sus teclas del reloj vuelven a funcionar y pasa a ser el portátil de la Presidencia para esta reunión (puede compartirla). Si los cambios del otro portátil llegan más tarde, un registro modificado en ambos se presenta para elegir.</translation>
    </message>
    <message>
        <source>Run it here</source>
        <translation>Dirigir aquí</translation>
    </message>
    <message>
        <source>The code is not right: type the 6 digits the chair&apos;s laptop shows now (Meeting &gt; Share on this network…) and join again.</source>
        <translation>El código no es correcto: escriba los 6 dígitos que muestra ahora el portátil de la Presidencia (Reunión &gt; Compartir en esta red…) y vuelva a unirse.</translation>
    </message>
    <message>
        <source>Too many wrong codes were tried: ask the chair&apos;s laptop for a new code.</source>
        <translation>Se probaron demasiados códigos erróneos: pida un nuevo código al portátil de la Presidencia.</translation>
    </message>
    <message>
        <source>The other laptop did not show that it knows the code.</source>
        <translation>El otro portátil no demostró que conoce el código.</translation>
    </message>
    <message>
        <source>The address now shares another meeting.</source>
        <translation>Esta dirección comparte ahora otra reunión.</translation>
    </message>
    <message>
        <source>Join a shared meeting</source>
        <translation>Unirse a una reunión compartida</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nueva reunión…</translation>
    </message>
    <message>
        <source>New &amp;demo meeting</source>
        <translation>Nueva reunión de &amp;demostración</translation>
    </message>
    <message>
        <source>D&amp;uplicate meeting</source>
        <translation>D&amp;uplicar la reunión</translation>
    </message>
    <message>
        <source>Dele&amp;te meeting…</source>
        <translation>E&amp;liminar la reunión…</translation>
    </message>
    <message>
        <source>&amp;Choose meeting</source>
        <translation>&amp;Elegir reunión</translation>
    </message>
    <message>
        <source>&amp;Export rapporteur’s summary…</source>
        <translation>Exportar el &amp;resumen del Relator…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Reunión</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Roundtable Desktop</source>
        <translation>&amp;Acerca de Roundtable Desktop</translation>
    </message>
    <message>
        <source>The library holds no meeting: File &gt; New meeting or New demo meeting.</source>
        <translation>La biblioteca no contiene ninguna reunión: Archivo &gt; Nueva reunión o Nueva reunión de demostración.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Eliminar la reunión</translation>
    </message>
    <message>
        <source>Delete “{title}” with its agenda, speakers and notes? This cannot be undone.</source>
        <translation>¿Eliminar “{title}” con su programa, sus oradores y sus notas? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>{name} is speaking. Quit anyway? Their clock is stored and goes on from where it is when Roundtable Desktop starts again.</source>
        <translation>{name} tiene la palabra. ¿Salir de todos modos? Su reloj se guarda y continúa desde donde está cuando Roundtable Desktop vuelva a iniciarse.</translation>
    </message>
    <message>
        <source>About Roundtable Desktop</source>
        <translation>Acerca de Roundtable Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Roundtable Desktop {version}&lt;/h3&gt;&lt;p&gt;The chair&apos;s and the rapporteur&apos;s offline companion for a roundtable: agenda, guiding questions, a timed speaker list and structured notes, all in one local library.&lt;/p&gt;&lt;p&gt;Library: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Roundtable Desktop {version}&lt;/h3&gt;&lt;p&gt;El asistente sin conexión de la Presidencia y del Relator de una mesa redonda: programa, preguntas orientativas, lista de oradores cronometrada y notas estructuradas, todo en una biblioteca local.&lt;/p&gt;&lt;p&gt;Biblioteca: {path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingClockDisplay</name>
    <message>
        <source>Meeting clock</source>
        <translation>Reloj de la reunión</translation>
    </message>
    <message>
        <source>(local {time})</source>
        <translation>(hora local {time})</translation>
    </message>
    <message>
        <source>meeting not started</source>
        <translation>reunión no iniciada</translation>
    </message>
    <message>
        <source>meeting held {length}</source>
        <translation>reunión celebrada: {length}</translation>
    </message>
    <message>
        <source>meeting {elapsed} elapsed</source>
        <translation>reunión: {elapsed} transcurridos</translation>
    </message>
    <message>
        <source>{left} left</source>
        <translation>quedan {left}</translation>
    </message>
    <message>
        <source>{over} past the planned end</source>
        <translation>{over} después del final previsto</translation>
    </message>
    <message>
        <source>{item}: {elapsed} of {planned} min</source>
        <translation>{item}: {elapsed} de {planned} min</translation>
    </message>
    <message>
        <source>planned {start}–{end}</source>
        <translation>prevista de {start} a {end}</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message>
        <source>{n} min late</source>
        <translation>{n} min de retraso</translation>
    </message>
    <message>
        <source>ended {time}, {words}</source>
        <translation>terminó a las {time}, {words}</translation>
    </message>
    <message>
        <source>ends {time}, {words}</source>
        <translation>termina a las {time}, {words}</translation>
    </message>
    <message>
        <source>1 floor request of {length} still fits</source>
        <translation>Aún cabe 1 solicitud de la sala de {length}</translation>
    </message>
    <message>
        <source>{n} floor requests of {length} still fit</source>
        <translation>Aún caben {n} solicitudes de la sala de {length}</translation>
    </message>
    <message>
        <source>floor closed</source>
        <translation>sala cerrada</translation>
    </message>
</context>
<context>
    <name>MeetingFile</name>
    <message>
        <source>The meeting file holds more than {limit:,} records.</source>
        <translation>El archivo de reunión contiene más de {limit:,} registros.</translation>
    </message>
    <message>
        <source>“{where}” must be a list.</source>
        <translation>“{where}” debe ser una lista.</translation>
    </message>
    <message>
        <source>This is not a Roundtable meeting file (format “{expected}”).</source>
        <translation>No es un archivo de reunión de Roundtable (formato “{expected}”).</translation>
    </message>
    <message>
        <source>The meeting file has no valid “version” (a whole number from 1).</source>
        <translation>El archivo de reunión no tiene una “version” válida (un número entero a partir de 1).</translation>
    </message>
    <message>
        <source>This meeting file was written by a newer Roundtable Desktop (version {version}); update Roundtable Desktop to merge it.</source>
        <translation>Este archivo de reunión lo escribió una versión más reciente de Roundtable Desktop (versión {version}); actualice Roundtable Desktop para combinarlo.</translation>
    </message>
    <message>
        <source>The meeting file does not say which laptop wrote it (“laptop”).</source>
        <translation>El archivo de reunión no indica qué computadora lo escribió (“laptop”).</translation>
    </message>
    <message>
        <source>The meeting file has no “records”.</source>
        <translation>El archivo de reunión no tiene “records”.</translation>
    </message>
    <message>
        <source>“{where}” belongs to another meeting.</source>
        <translation>“{where}” pertenece a otra reunión.</translation>
    </message>
    <message>
        <source>“{where}” {id} is used twice.</source>
        <translation>“{where}” {id} se usa dos veces.</translation>
    </message>
    <message>
        <source>“{where}” must be an object.</source>
        <translation>“{where}” debe ser un objeto.</translation>
    </message>
    <message>
        <source>“{where}” is not a deleted record of a meeting.</source>
        <translation>“{where}” no es un registro eliminado de una reunión.</translation>
    </message>
    <message>
        <source>The meeting file&apos;s “{where}” is not an id.</source>
        <translation>El “{where}” del archivo de reunión no es un identificador.</translation>
    </message>
    <message>
        <source>The meeting file&apos;s “{where}” is not a whole number.</source>
        <translation>El “{where}” del archivo de reunión no es un número entero.</translation>
    </message>
    <message>
        <source>{name} is not a meeting file: it is not valid JSON text.</source>
        <translation>{name} no es un archivo de reunión: no es un texto JSON válido.</translation>
    </message>
    <message>
        <source>{name} is a session file, which comes in with new ids: use File &gt; Import.</source>
        <translation>{name} es un archivo de sesión, que entra con identificadores nuevos: utilice Archivo &gt; Importar.</translation>
    </message>
</context>
<context>
    <name>MeetingFileActions</name>
    <message>
        <source>Export for another &amp;laptop…</source>
        <translation>Exportar para &amp;otro portátil…</translation>
    </message>
    <message>
        <source>Write the meeting with its ids to a file that the other laptop merges (no network needed)</source>
        <translation>Escribir la reunión con sus identificadores en un archivo que el otro portátil combina (no se necesita red)</translation>
    </message>
    <message>
        <source>&amp;Merge a meeting file…</source>
        <translation>&amp;Combinar un archivo de reunión…</translation>
    </message>
    <message>
        <source>Bring in the notes and changes of another laptop&apos;s meeting file, by id</source>
        <translation>Incorporar las notas y los cambios del archivo de reunión de otro portátil, por identificador</translation>
    </message>
    <message>
        <source>Export for another laptop</source>
        <translation>Exportar para otro portátil</translation>
    </message>
    <message>
        <source>Meeting files (*{suffix});;All files (*)</source>
        <translation>Archivos de reunión (*{suffix});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Escrito: {path}</translation>
    </message>
    <message>
        <source>Merge a meeting file</source>
        <translation>Combinar un archivo de reunión</translation>
    </message>
    <message>
        <source>Nothing was merged.</source>
        <translation>No se combinó nada.</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>End time</source>
        <translation>Hora de finalización</translation>
    </message>
    <message>
        <source>e.g. E/CN.16/2021/CRP.1</source>
        <translation>por ejemplo, E/CN.16/2021/CRP.1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>general</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>The document symbol; with one, the Word summary opens with a masthead: symbol, distribution, date of issue, original language</source>
        <translation>La signatura del documento; si se indica, el resumen en Word empieza con un encabezamiento: signatura, distribución, fecha de publicación, idioma original</translation>
    </message>
    <message>
        <source>The meeting&apos;s title, as the summary will show it</source>
        <translation>El título de la reunión, tal como aparecerá en el resumen</translation>
    </message>
    <message>
        <source>Room, building, or virtual / hybrid</source>
        <translation>Sala, edificio, o virtual / híbrido</translation>
    </message>
    <message>
        <source>The forum the outcome feeds, e.g. the HLPF</source>
        <translation>El foro al que se presentan los resultados, por ejemplo, el FPAN</translation>
    </message>
    <message>
        <source>in</source>
        <translation>en</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Organizador:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Período de sesiones:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>T&amp;imes:</source>
        <translation>&amp;Horario:</translation>
    </message>
    <message>
        <source>&amp;Venue / format:</source>
        <translation>&amp;Lugar y formato:</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Presidente:</translation>
    </message>
    <message>
        <source>&amp;Rapporteur:</source>
        <translation>&amp;Relator:</translation>
    </message>
    <message>
        <source>Outcome &amp;feeds:</source>
        <translation>&amp;Contribución prevista a:</translation>
    </message>
    <message>
        <source>Focus SD&amp;Gs:</source>
        <translation>O&amp;DS prioritarios:</translation>
    </message>
    <message>
        <source>Document s&amp;ymbol:</source>
        <translation>&amp;Signatura del documento:</translation>
    </message>
    <message>
        <source>Distr.:</source>
        <translation>Distr.:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>Publicado el:</translation>
    </message>
    <message>
        <source>Original:</source>
        <translation>Original:</translation>
    </message>
    <message>
        <source>check</source>
        <translation>por verificar</translation>
    </message>
    <message>
        <source>Read from the concept note, but not sure: {reason}.</source>
        <translation>Leído en la nota conceptual, pero no es seguro: {reason}.</translation>
    </message>
    <message>
        <source>Read from the concept note.</source>
        <translation>Leído en la nota conceptual.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>found</source>
        <translation>encontrado</translation>
    </message>
    <message>
        <source>The concept note did not say; fill it in or leave it empty.</source>
        <translation>La nota conceptual no lo indicaba; complételo o déjelo vacío.</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone: choose one from the list (type part of a city&apos;s name).</source>
        <translation>“{zone}” no es un huso horario: elija uno de la lista (escriba parte del nombre de una ciudad).</translation>
    </message>
    <message>
        <source>{zone} is UTC{sign}{hours:02d}:{minutes:02d} ({abbreviation}) on that date.</source>
        <translation>{zone} está en UTC{sign}{hours:02d}:{minutes:02d} ({abbreviation}) en esa fecha.</translation>
    </message>
    <message>
        <source>Starts at {time} on this computer&apos;s clock.</source>
        <translation>Empieza a las {time} según el reloj de este ordenador.</translation>
    </message>
    <message>
        <source>The meeting needs a title.</source>
        <translation>La reunión necesita un título.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Elija un huso horario de la lista.</translation>
    </message>
    <message>
        <source>The meeting ends when it starts; correct the end time.</source>
        <translation>La reunión termina cuando empieza; corrija la hora de finalización.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
</context>
<context>
    <name>MeetingImporter</name>
    <message>
        <source>Import a concept note or a session file</source>
        <translation>Importar una nota conceptual o un archivo de sesión</translation>
    </message>
    <message>
        <source>Concept notes and session files (*.docx *.pdf *.md *.markdown *.txt *.json);;Word documents (*.docx);;PDF documents (*.pdf);;Markdown and text (*.md *.markdown *.txt);;Session files (*.json);;All files (*)</source>
        <translation>Notas conceptuales y archivos de sesión (*.docx *.pdf *.md *.markdown *.txt *.json);;Documentos de Word (*.docx);;Documentos PDF (*.pdf);;Markdown y texto (*.md *.markdown *.txt);;Archivos de sesión (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no text: copy the concept note&apos;s text, then choose File &gt; Import from clipboard again.</source>
        <translation>El portapapeles no contiene texto: copie el texto de la nota conceptual y vuelva a elegir Archivo &gt; Importar desde el portapapeles.</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>el texto pegado</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texto pegado</translation>
    </message>
    <message>
        <source>The library already holds a meeting with this title on this date; saving adds another one.</source>
        <translation>La biblioteca ya contiene una reunión con este título en esta fecha; al guardar se añade otra.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
</context>
<context>
    <name>MeetingPropertiesDialog</name>
    <message>
        <source>Meeting properties</source>
        <translation>Propiedades de la reunión</translation>
    </message>
    <message>
        <source>meeting properties</source>
        <translation>propiedades de la reunión</translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message>
        <source>meeting&apos;s details</source>
        <translation>datos de la reunión</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>tema del programa</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>temas del programa</translation>
    </message>
    <message>
        <source>guiding question</source>
        <translation>pregunta orientativa</translation>
    </message>
    <message>
        <source>guiding questions</source>
        <translation>preguntas orientativas</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participantes</translation>
    </message>
    <message>
        <source>speaker slot</source>
        <translation>turno de palabra</translation>
    </message>
    <message>
        <source>speaker slots</source>
        <translation>turnos de palabra</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>message to the speaker</source>
        <translation>mensaje al orador</translation>
    </message>
    <message>
        <source>messages to the speaker</source>
        <translation>mensajes al orador</translation>
    </message>
    <message>
        <source>{n} meeting&apos;s details</source>
        <translation>datos de la reunión ({n})</translation>
    </message>
    <message>
        <source>{n} agenda item</source>
        <translation>{n} tema del programa</translation>
    </message>
    <message>
        <source>{n} agenda items</source>
        <translation>{n} temas del programa</translation>
    </message>
    <message>
        <source>{n} guiding question</source>
        <translation>{n} pregunta orientativa</translation>
    </message>
    <message>
        <source>{n} guiding questions</source>
        <translation>{n} preguntas orientativas</translation>
    </message>
    <message>
        <source>{n} participant</source>
        <translation>{n} participante</translation>
    </message>
    <message>
        <source>{n} participants</source>
        <translation>{n} participantes</translation>
    </message>
    <message>
        <source>{n} speaker slot</source>
        <translation>{n} turno de palabra</translation>
    </message>
    <message>
        <source>{n} speaker slots</source>
        <translation>{n} turnos de palabra</translation>
    </message>
    <message>
        <source>{n} note</source>
        <translation>{n} nota</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} notas</translation>
    </message>
    <message>
        <source>{n} message to the speaker</source>
        <translation>{n} mensaje al orador</translation>
    </message>
    <message>
        <source>{n} messages to the speaker</source>
        <translation>{n} mensajes al orador</translation>
    </message>
    <message>
        <source>Nothing to merge: this library already holds everything in the file for “{title}”.</source>
        <translation>Nada que fusionar: esta biblioteca ya contiene todo lo que el archivo trae para “{title}”.</translation>
    </message>
    <message>
        <source>Added the meeting “{title}” ({id}).</source>
        <translation>Se añadió la reunión “{title}” ({id}).</translation>
    </message>
    <message>
        <source>Merged into the meeting “{title}” ({id}).</source>
        <translation>Fusionado en la reunión “{title}” ({id}).</translation>
    </message>
    <message>
        <source>Added: {items}.</source>
        <translation>Añadido: {items}.</translation>
    </message>
    <message>
        <source>Updated: {items}.</source>
        <translation>Actualizado: {items}.</translation>
    </message>
    <message>
        <source>Deleted: {items}.</source>
        <translation>Eliminado: {items}.</translation>
    </message>
    <message>
        <source>Kept deleted here: {items}.</source>
        <translation>Se mantiene eliminado aquí: {items}.</translation>
    </message>
    <message>
        <source>Changed on both laptops, to check: the {what} “{label}” ({fields}): the newer was kept; the older had {older}.</source>
        <translation>Modificado en ambas computadoras, por verificar: {what} “{label}” ({fields}): se conservó la versión más reciente; la anterior tenía {older}.</translation>
    </message>
    <message>
        <source>Changed on both laptops: the {what} “{label}” ({fields}) kept as on the chair&apos;s laptop.</source>
        <translation>Modificado en ambas computadoras: {what} “{label}” ({fields}) se mantiene como en la computadora de la Presidencia.</translation>
    </message>
    <message>
        <source>Changed on both laptops: the {what} “{label}” ({fields}) kept as on the rapporteur&apos;s laptop.</source>
        <translation>Modificado en ambas computadoras: {what} “{label}” ({fields}) se mantiene como en la computadora del Relator.</translation>
    </message>
    <message>
        <source>Changed on both laptops: the {what} “{label}” ({fields}) kept as on the chair&apos;s and the rapporteur&apos;s laptop.</source>
        <translation>Modificado en ambas computadoras: {what} “{label}” ({fields}) se mantiene como en las computadoras de la Presidencia y del Relator.</translation>
    </message>
    <message>
        <source>This meeting was deleted from this library; to have it again, import the file as a new meeting (File &gt; Import).</source>
        <translation>Esta reunión se eliminó de esta biblioteca; para tenerla de nuevo, importe el archivo como una reunión nueva (Archivo &gt; Importar).</translation>
    </message>
    <message>
        <source>This library does not hold the meeting these changes belong to.</source>
        <translation>Esta biblioteca no contiene la reunión a la que pertenecen estos cambios.</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <source>Merged: {title}</source>
        <translation>Combinado: {title}</translation>
    </message>
    <message>
        <source>Changed on both laptops; the newer version was kept. Tick those where the other version is the right one:</source>
        <translation>Modificado en ambos portátiles; se conservó la versión más reciente. Marque aquellos en los que la otra versión es la correcta:</translation>
    </message>
    <message>
        <source>The {what} “{label}”: use {values} instead of {kept}</source>
        <translation>{what} “{label}”: usar {values} en lugar de {kept}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
</context>
<context>
    <name>NewShareBar</name>
    <message>
        <source>The chair&apos;s laptop shares this meeting again: join with the new code (at {address}).</source>
        <translation>El portátil de la Presidencia vuelve a compartir esta reunión: únase con el nuevo código (en {address}).</translation>
    </message>
    <message>
        <source>&amp;Join…</source>
        <translation>&amp;Unirse…</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <source>Who said it (Ctrl+N ties the note to the current speaker)</source>
        <translation>Quién lo dijo (Ctrl+N vincula la nota al orador actual)</translation>
    </message>
    <message>
        <source>The guiding question it answers (Alt+1 … Alt+9)</source>
        <translation>La pregunta orientativa a la que responde (Alt+1 … Alt+9)</translation>
    </message>
    <message>
        <source>What kind of note (Ctrl+1 … Ctrl+9)</source>
        <translation>Tipo de nota (Ctrl+1 … Ctrl+9)</translation>
    </message>
    <message>
        <source>{kind} (Ctrl+{n})</source>
        <translation>{kind} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>&amp;Key message</source>
        <translation>Mensaje &amp;clave</translation>
    </message>
    <message>
        <source>Mark as a key message for the summary (Ctrl+K)</source>
        <translation>Marcar como mensaje clave para el resumen (Ctrl+K)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Return)</source>
        <translation>Guardar la nota (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Leave the note as it was stored (Esc)</source>
        <translation>Dejar la nota como estaba guardada (Esc)</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Pregunta orientativa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODS</translation>
    </message>
    <message>
        <source>Note box</source>
        <translation>Cuadro de nota</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Guardar la nota</translation>
    </message>
    <message>
        <source>Leave the note being edited as it was</source>
        <translation>Dejar la nota en edición como estaba</translation>
    </message>
    <message>
        <source>— no speaker —</source>
        <translation>— ningún orador —</translation>
    </message>
    <message>
        <source>— no question —</source>
        <translation>— ninguna pregunta —</translation>
    </message>
    <message>
        <source>Speaker confirmed: Ctrl+Return saves the note.</source>
        <translation>Orador confirmado: Ctrl+Intro guarda la nota.</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>a las {time}</translation>
    </message>
    <message>
        <source>at {time} (time not sure)</source>
        <translation>a las {time} (hora no segura)</translation>
    </message>
    <message>
        <source>&lt;b&gt;New note&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nueva nota&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Editing the note of {time}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Edición de la nota de las {time}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type the note; Ctrl+Return saves it, Esc leaves it as it was.</source>
        <translation>Escriba la nota; Ctrl+Intro la guarda, Esc la deja como estaba.</translation>
    </message>
    <message>
        <source>Ctrl+N ties a note to the current speaker. Type; Ctrl+Return saves. Ctrl+1…9 kind, Ctrl+K key message, Alt+1…9 question.</source>
        <translation>Ctrl+N vincula una nota al orador actual. Escriba; Ctrl+Intro guarda. Ctrl+1…9 tipo, Ctrl+K mensaje clave, Alt+1…9 pregunta.</translation>
    </message>
</context>
<context>
    <name>NoteHistory</name>
    <message>
        <source>new note</source>
        <translation>la nota nueva</translation>
    </message>
    <message>
        <source>note edit</source>
        <translation>la modificación de la nota</translation>
    </message>
    <message>
        <source>deleted note</source>
        <translation>la eliminación de la nota</translation>
    </message>
    <message>
        <source>Undone: {what} “{text}”. Ctrl+Shift+Z brings it back.</source>
        <translation>Deshecho: {what} “{text}”. Ctrl+Mayús+Z lo restablece.</translation>
    </message>
    <message>
        <source>Redone: {what} “{text}”. Ctrl+Z undoes it again.</source>
        <translation>Rehecho: {what} “{text}”. Ctrl+Z lo deshace de nuevo.</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Deshacer {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rehacer {what}</translation>
    </message>
    <message>
        <source>&amp;Undo note change</source>
        <translation>&amp;Deshacer el cambio de nota</translation>
    </message>
    <message>
        <source>&amp;Redo note change</source>
        <translation>&amp;Rehacer el cambio de nota</translation>
    </message>
</context>
<context>
    <name>NoteKind</name>
    <message>
        <source>Key point</source>
        <translation>Punto clave</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Buena práctica</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Desafío</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Data point</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Medida de seguimiento</translation>
    </message>
</context>
<context>
    <name>NotesActions</name>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Nueva nota</translation>
    </message>
    <message>
        <source>Start a note tied to the current speaker</source>
        <translation>Empezar una nota vinculada al orador actual</translation>
    </message>
    <message>
        <source>&amp;Search notes</source>
        <translation>&amp;Buscar en las notas</translation>
    </message>
    <message>
        <source>Find notes by their words</source>
        <translation>Buscar notas por sus palabras</translation>
    </message>
    <message>
        <source>Notes &amp;by question</source>
        <translation>Notas &amp;por pregunta</translation>
    </message>
    <message>
        <source>Notes grouped by guiding question, with your synthesis</source>
        <translation>Notas agrupadas por pregunta orientativa, con su síntesis</translation>
    </message>
    <message>
        <source>&amp;Edit selected note (Enter in the list)</source>
        <translation>&amp;Editar la nota seleccionada (Intro en la lista)</translation>
    </message>
    <message>
        <source>Edit its text &amp;in place (F2 in the list)</source>
        <translation>Editar &amp;su texto en el sitio (F2 en la lista)</translation>
    </message>
    <message>
        <source>&amp;Delete selected note (Del in the list)</source>
        <translation>Eliminar &amp;la nota seleccionada (Supr en la lista)</translation>
    </message>
    <message>
        <source>&amp;Undo note change</source>
        <translation>&amp;Deshacer el cambio de nota</translation>
    </message>
    <message>
        <source>Undo the last new, edited or deleted note</source>
        <translation>Deshacer la última nota creada, editada o eliminada</translation>
    </message>
    <message>
        <source>&amp;Redo note change</source>
        <translation>&amp;Rehacer el cambio de nota</translation>
    </message>
    <message>
        <source>Redo the note change just undone</source>
        <translation>Rehacer el cambio de nota recién deshecho</translation>
    </message>
    <message>
        <source>Mark as &amp;key message</source>
        <translation>Marcar como mensaje &amp;clave</translation>
    </message>
    <message>
        <source>Mark the note as a key message for the summary</source>
        <translation>Marcar la nota como mensaje clave para el resumen</translation>
    </message>
    <message>
        <source>Kind o&amp;f note</source>
        <translation>&amp;Tipo de nota</translation>
    </message>
    <message>
        <source>Guiding &amp;question</source>
        <translation>Pregunta &amp;orientativa</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>&amp;By question</source>
        <translation>&amp;Por pregunta</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Note deleted: Ctrl+Z brings it back.</source>
        <translation>Nota eliminada: Ctrl+Z la recupera.</translation>
    </message>
</context>
<context>
    <name>NotesTable</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>P</translation>
    </message>
    <message>
        <source>SDG</source>
        <translation>ODS</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>Mensaje clave</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>F2 edits a note&apos;s text in place; Enter or double-click opens it in the box below; Delete removes it (Ctrl+Z brings it back)</source>
        <translation>F2 edita el texto de una nota en el sitio; Intro o doble clic la abre en el cuadro de abajo; Supr la elimina (Ctrl+Z la recupera)</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>e.g. H.E. Ms. Paula Ingabire</source>
        <translation>por ejemplo, Excma. Sra. Paula Ingabire</translation>
    </message>
    <message>
        <source>e.g. Minister of ICT and Innovation</source>
        <translation>por ejemplo, Ministra de TIC e Innovación</translation>
    </message>
    <message>
        <source>Organisation, or a country: type part of its name</source>
        <translation>Una organización, o un país: escriba parte de su nombre</translation>
    </message>
    <message>
        <source>Not stated: type one if not listed</source>
        <translation>No indicado: escríbalo si no figura en la lista</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>&amp;Organisation / country:</source>
        <translation>&amp;Organización o país:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Sexo:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gión:</translation>
    </message>
    <message>
        <source>&amp;Language spoken:</source>
        <translation>&amp;Idioma hablado:</translation>
    </message>
    <message>
        <source>A participant needs a name</source>
        <translation>Un participante necesita un nombre</translation>
    </message>
    <message>
        <source>new participant</source>
        <translation>nuevo participante</translation>
    </message>
    <message>
        <source>participant edit</source>
        <translation>edición de un participante</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>{name} is not a CSV file; save the spreadsheet as CSV (.csv) first.</source>
        <translation>{name} no es un archivo CSV; guarde primero la hoja de cálculo como CSV (.csv).</translation>
    </message>
    <message>
        <source>{name} has {count:,} lines; a participants list is at most {limit:,} rows.</source>
        <translation>{name} tiene {count:,} líneas; una lista de participantes tiene como máximo {limit:,} filas.</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file (its quotation marks do not close).</source>
        <translation>{name} no es un archivo CSV legible (sus comillas no se cierran).</translation>
    </message>
    <message>
        <source>Row {row}: {name} is already on row {first}; the row was skipped.</source>
        <translation>Fila {row}: {name} ya figura en la fila {first}; se omitió la fila.</translation>
    </message>
    <message>
        <source>{name} has a header row but no participants under it.</source>
        <translation>{name} tiene una fila de encabezado, pero ningún participante debajo.</translation>
    </message>
    <message>
        <source>The first row of {name} must name the columns, with at least “name” (and any of function, organisation, country, role, gender, region, language); it is empty.</source>
        <translation>La primera fila de {name} debe nombrar las columnas, con al menos “name” (y cualquiera de function, organisation, country, role, gender, region, language); está vacía.</translation>
    </message>
    <message>
        <source>The first row of {name} must name the columns, with at least “name” (and any of function, organisation, country, role, gender, region, language); it holds {found}.</source>
        <translation>La primera fila de {name} debe nombrar las columnas, con al menos “name” (y cualquiera de function, organisation, country, role, gender, region, language); contiene {found}.</translation>
    </message>
    <message>
        <source>Row {row}: no name; the row was skipped.</source>
        <translation>Fila {row}: sin nombre; se omitió la fila.</translation>
    </message>
    <message>
        <source>Row {row}: {what} “{value}” is not known; it was set to {default}.</source>
        <translation>Fila {row}: {what} “{value}” desconocido; se asignó {default}.</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation / country</source>
        <translation>Organización o país</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>Adding a speaker offers only those &amp;present</source>
        <translation>Al añadir un orador solo se ofrecen los &amp;presentes</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Add a participant (Insert)</source>
        <translation>Añadir un participante (Insert)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected participant (Enter)</source>
        <translation>Editar el participante seleccionado (Intro)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected participant (Delete)</source>
        <translation>Quitar al participante seleccionado (Supr)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Add participants from a spreadsheet saved as CSV</source>
        <translation>Añadir participantes desde una hoja de cálculo guardada como CSV</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} participants&lt;/b&gt;, {k} present — the speaker list and floor requests offer them by name; Space marks the selected one present (the roll call).</source>
        <translation>&lt;b&gt;{n} participantes&lt;/b&gt;, {k} presentes: la lista de oradores y las solicitudes de la sala los ofrecen por su nombre; Espacio marca como presente al seleccionado (pasar lista).</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Pasar lista</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>asistencia</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Quitar al participante</translation>
    </message>
    <message>
        <source>{name} is on the speaker list ({n} places). Removing them takes them off the list too; notes about what they said are kept.</source>
        <translation>{name} figura en la lista de oradores ({n} lugares). Quitarlo lo elimina también de la lista; se conservan las notas sobre lo que dijo.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>participant removed</source>
        <translation>participante quitado</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importar participantes</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Hojas de cálculo guardadas como CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>participants imported</source>
        <translation>participantes importados</translation>
    </message>
    <message>
        <source>Add {n} participants from {name}?</source>
        <translation>¿Añadir {n} participantes desde {name}?</translation>
    </message>
    <message>
        <source>{n} already in the list (same name), not added again.</source>
        <translation>{n} ya en la lista (mismo nombre), no se añaden de nuevo.</translation>
    </message>
    <message>
        <source>{n} problems in the file (see the details).</source>
        <translation>{n} problemas en el archivo (véanse los detalles).</translation>
    </message>
    <message>
        <source>{name} holds nobody who is not already in the list.</source>
        <translation>{name} no contiene a nadie que no figure ya en la lista.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>PresenterDisplay</name>
    <message>
        <source>Presenter display — Roundtable Desktop</source>
        <translation>Pantalla para los oradores — Roundtable Desktop</translation>
    </message>
    <message>
        <source>Presenter display</source>
        <translation>Pantalla para los oradores</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Siguiente: {name}</translation>
    </message>
    <message>
        <source>End of the meeting</source>
        <translation>Fin de la reunión</translation>
    </message>
    <message>
        <source>Ended at {time}</source>
        <translation>Terminada a las {time}</translation>
    </message>
    <message>
        <source>About to begin</source>
        <translation>Está por comenzar</translation>
    </message>
    <message>
        <source>Starts in</source>
        <translation>Comienza en</translation>
    </message>
    <message>
        <source>Planned start: {when}</source>
        <translation>Inicio previsto: {when}</translation>
    </message>
    <message>
        <source>First: {name}</source>
        <translation>Primer orador: {name}</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Tiempo asignado</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Expositor</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Each speaker&apos;s target / limit in this item (minutes:seconds)</source>
        <translation>Tiempo asignado / límite de cada orador en este tema (minutos:segundos)</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nuevo tema</translation>
    </message>
    <message>
        <source>{planned} min planned</source>
        <translation>{planned} min previstos</translation>
    </message>
    <message>
        <source>{planned} of {length} min</source>
        <translation>{planned} de {length} min</translation>
    </message>
    <message>
        <source> ({left} min not planned)</source>
        <translation> ({left} min sin planificar)</translation>
    </message>
    <message>
        <source> ({over} min too many)</source>
        <translation> ({over} min de más)</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>New guiding question</source>
        <translation>Nueva pregunta orientativa</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Pregunta orientativa</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <source>A guiding question needs its text</source>
        <translation>Una pregunta orientativa necesita un texto</translation>
    </message>
    <message>
        <source>new guiding question</source>
        <translation>nueva pregunta orientativa</translation>
    </message>
    <message>
        <source>guiding question edit</source>
        <translation>edición de una pregunta orientativa</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Guiding questions</source>
        <translation>Preguntas orientativas</translation>
    </message>
    <message>
        <source>&lt;small&gt;Double-click a question (or press F2) to correct it; the order here is the order of Q1, Q2…&lt;/small&gt;</source>
        <translation>&lt;small&gt;Haga doble clic en una pregunta (o pulse F2) para corregirla; el orden aquí es el de P1, P2…&lt;/small&gt;</translation>
    </message>
    <message>
        <source>New question?</source>
        <translation>¿Nueva pregunta?</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Preguntas orientativas</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected row</source>
        <translation>Editar la fila seleccionada</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Quitar la fila seleccionada</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>removal</source>
        <translation>eliminación</translation>
    </message>
    <message>
        <source>move</source>
        <translation>movimiento</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>African States</source>
        <translation>Estados de África</translation>
    </message>
    <message>
        <source>Asia-Pacific States</source>
        <translation>Estados de Asia y el Pacífico</translation>
    </message>
    <message>
        <source>Eastern European States</source>
        <translation>Estados de Europa Oriental</translation>
    </message>
    <message>
        <source>Latin American and Caribbean States</source>
        <translation>Estados de América Latina y el Caribe</translation>
    </message>
    <message>
        <source>Western European and other States</source>
        <translation>Estados de Europa Occidental y otros Estados</translation>
    </message>
</context>
<context>
    <name>RegionFromCountry</name>
    <message>
        <source>From the country; choose another group if needed.</source>
        <translation>Según el país; elija otro grupo si es necesario.</translation>
    </message>
</context>
<context>
    <name>RegionalGroups</name>
    <message>
        <source>Counted with the Western European and other States for elections; it also takes part fully in the Asia-Pacific States.</source>
        <translation>Se cuenta con los Estados de Europa Occidental y otros Estados a efectos de las elecciones; también participa plenamente en los Estados de Asia y el Pacífico.</translation>
    </message>
    <message>
        <source>In no group as a member: it attends the Western European and other States as an observer and is counted with them for elections.</source>
        <translation>No es miembro de ningún grupo: asiste a los Estados de Europa Occidental y otros Estados en calidad de observador y se cuenta con ellos a efectos de las elecciones.</translation>
    </message>
    <message>
        <source>In the Western European and other States, not in the Asia-Pacific States where it lies.</source>
        <translation>En los Estados de Europa Occidental y otros Estados, no en los Estados de Asia y el Pacífico, donde se encuentra.</translation>
    </message>
    <message>
        <source>In the Asia-Pacific States, though a member of the European Union.</source>
        <translation>En los Estados de Asia y el Pacífico, aunque es miembro de la Unión Europea.</translation>
    </message>
    <message>
        <source>In the Asia-Pacific States since 2010; until then in no group.</source>
        <translation>En los Estados de Asia y el Pacífico desde 2010; hasta entonces, en ningún grupo.</translation>
    </message>
    <message>
        <source>An observer State, in no regional group: choose one if the meeting counts it.</source>
        <translation>Estado observador, en ningún grupo regional: elija uno si la reunión lo cuenta.</translation>
    </message>
    <message>
        <source>An observer State, not a Member State: choose its group if the meeting counts it.</source>
        <translation>Estado observador, no Estado Miembro: elija su grupo si la reunión lo cuenta.</translation>
    </message>
</context>
<context>
    <name>Reliability</name>
    <message>
        <source>{title} (read-only)</source>
        <translation>{title} (solo lectura)</translation>
    </message>
    <message>
        <source>The library is damaged</source>
        <translation>La biblioteca está dañada</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>another copy of Roundtable Desktop ({who}) writes to this library</source>
        <translation>otra copia de Roundtable Desktop ({who}) escribe en esta biblioteca</translation>
    </message>
    <message>
        <source>the library cannot be written to</source>
        <translation>no se puede escribir en la biblioteca</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>The copy of {when} is now the library. The library as it was is kept as {path}; File &gt; Restore from backup… lists it to come back to.</source>
        <translation>La copia del {when} es ahora la biblioteca. La biblioteca anterior se conserva como {path}; Archivo &gt; Restaurar desde una copia de seguridad… la ofrece para volver a ella.</translation>
    </message>
    <message>
        <source>The library needs attention</source>
        <translation>La biblioteca requiere atención</translation>
    </message>
    <message>
        <source>Restore the backup of {when}</source>
        <translation>Restaurar la copia de seguridad del {when}</translation>
    </message>
    <message>
        <source>Use the library as it is</source>
        <translation>Usar la biblioteca tal como está</translation>
    </message>
    <message>
        <source>Start a new library</source>
        <translation>Crear una biblioteca nueva</translation>
    </message>
    <message>
        <source>Start a new library (the damaged one is kept aside)</source>
        <translation>Crear una biblioteca nueva (la dañada se guarda aparte)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>The library is in use</source>
        <translation>La biblioteca está en uso</translation>
    </message>
    <message>
        <source>{problem}

Its window could not be brought to the front. You can open the library read-only to look at it; changes would not be saved.</source>
        <translation>{problem}

No se pudo traer su ventana al frente. Puede abrir la biblioteca en modo de solo lectura para consultarla; los cambios no se guardarían.</translation>
    </message>
    <message>
        <source>The library cannot be written to</source>
        <translation>No se puede escribir en la biblioteca</translation>
    </message>
    <message>
        <source>{problem}

You can open the library read-only to look at it and export from it; changes would not be saved. To change it, copy it to a folder you can write to and open the copy (--db PATH).</source>
        <translation>{problem}

Puede abrir la biblioteca en modo de solo lectura para consultarla y exportar desde ella; los cambios no se guardarían. Para modificarla, cópiela en una carpeta en la que pueda escribir y abra la copia (--db RUTA).</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Abrir en modo de solo &amp;lectura</translation>
    </message>
    <message>
        <source>The library as it was is kept as {path}.</source>
        <translation>La biblioteca anterior se conserva como {path}.</translation>
    </message>
    <message>
        <source>The backup of {when} is now the library.</source>
        <translation>La copia de seguridad del {when} es ahora la biblioteca.</translation>
    </message>
    <message>
        <source>Library restored</source>
        <translation>Biblioteca restaurada</translation>
    </message>
</context>
<context>
    <name>RequestType</name>
    <message>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Cuestión de orden</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>{when} — damaged, cannot be restored</source>
        <translation>{when} — dañada, no se puede restaurar</translation>
    </message>
    <message>
        <source>{when} — 1 meeting</source>
        <translation>{when} — 1 reunión</translation>
    </message>
    <message>
        <source>{when} — {count} meetings</source>
        <translation>{when} — {count} reuniones</translation>
    </message>
    <message>
        <source>The library as it was before a restore, last changed {when} — {count} meeting(s)</source>
        <translation>La biblioteca tal como estaba antes de una restauración, modificada por última vez el {when} — {count} reunión(es)</translation>
    </message>
    <message>
        <source>Everything the library holds now is in this copy: restoring it drops nothing.</source>
        <translation>Todo lo que contiene ahora la biblioteca está en esta copia: restaurarla no elimina nada.</translation>
    </message>
    <message>
        <source>{count} note(s) written since (in {meetings})</source>
        <translation>{count} nota(s) escrita(s) desde entonces (en {meetings})</translation>
    </message>
    <message>
        <source>{count} meeting(s) added since</source>
        <translation>{count} reunión(es) añadida(s) desde entonces</translation>
    </message>
    <message>
        <source>Restoring this copy drops what the library gained since: {what}. A speaker still speaking in the copy comes back paused at the time it holds. The library as it is now is kept as a file and listed here, to come back to.</source>
        <translation>Restaurar esta copia elimina lo que la biblioteca recibió desde entonces: {what}. Un orador que siga en uso de la palabra en la copia vuelve en pausa con el tiempo que esta indica. La biblioteca actual se conserva como archivo y figura aquí, para volver a ella.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Backups are taken at start and every 5 minutes while something changes; the last 20 are kept in {folder}.
The library as it is now is kept beside it, never deleted.</source>
        <translation>Se hacen copias de seguridad al iniciar y cada 5 minutos mientras algo cambia; se conservan las 20 últimas en {folder}.
La biblioteca actual se conserva al lado, nunca se elimina.</translation>
    </message>
    <message>
        <source>Backups and kept libraries</source>
        <translation>Copias de seguridad y bibliotecas conservadas</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>There is no backup yet.</source>
        <translation>Aún no hay ninguna copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Chair</source>
        <translation>Presidente</translation>
    </message>
    <message>
        <source>Co-chair</source>
        <translation>Copresidente</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <source>Discussant</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation>Estado Miembro</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>SDG</name>
    <message>
        <source>No poverty</source>
        <translation>Fin de la pobreza</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>Hambre cero</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>Salud y bienestar</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>Educación de calidad</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Igualdad de género</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>Agua limpia y saneamiento</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>Energía asequible y no contaminante</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>Trabajo decente y crecimiento económico</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>Industria, innovación e infraestructura</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>Reducción de las desigualdades</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>Ciudades y comunidades sostenibles</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>Producción y consumo responsables</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>Acción por el clima</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>Vida submarina</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>Vida de ecosistemas terrestres</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>Paz, justicia e instituciones sólidas</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>Alianzas para lograr los objetivos</translation>
    </message>
    <message>
        <source>SDG {number}: {name}</source>
        <translation>ODS {number}: {name}</translation>
    </message>
</context>
<context>
    <name>SdgPicker</name>
    <message>
        <source>The SDGs this note speaks to (focus SDGs of the meeting first)</source>
        <translation>Los ODS a los que se refiere esta nota (primero los ODS prioritarios de la reunión)</translation>
    </message>
    <message>
        <source>Focus of this meeting</source>
        <translation>Prioridad de esta reunión</translation>
    </message>
    <message>
        <source>Other goals</source>
        <translation>Otros objetivos</translation>
    </message>
    <message>
        <source>Clear SDGs</source>
        <translation>Borrar los ODS</translation>
    </message>
    <message>
        <source>SDG %1</source>
        <translation>ODS %1</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODS</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>The meeting shown (Ctrl+O to choose another)</source>
        <translation>La reunión mostrada (Ctrl+O para elegir otra)</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <source>{date}, from the chair&apos;s laptop</source>
        <translation>{date}, recibida del portátil de la Presidencia</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>{name} is not a session file: it is not UTF-8 text.</source>
        <translation>{name} no es un archivo de sesión: no es texto UTF-8.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON: it is damaged at line {line}, column {column}.</source>
        <translation>{name} no es un JSON válido: está dañado en la línea {line}, columna {column}.</translation>
    </message>
    <message>
        <source>{name} is not a session file: it is nested too deeply.</source>
        <translation>{name} no es un archivo de sesión: su anidamiento es demasiado profundo.</translation>
    </message>
    <message>
        <source>{name} is not a session file: it holds a number too long to be one of a meeting&apos;s.</source>
        <translation>{name} no es un archivo de sesión: contiene un número demasiado largo para ser el de una reunión.</translation>
    </message>
    <message>
        <source>This is not a Roundtable session file: it does not hold a JSON object.</source>
        <translation>No es un archivo de sesión de Roundtable: no contiene un objeto JSON.</translation>
    </message>
    <message>
        <source>“{where}” must be a list, not {kind}.</source>
        <translation>“{where}” debe ser una lista, no {kind}.</translation>
    </message>
    <message>
        <source>The session file holds more than {limit:,} records.</source>
        <translation>El archivo de sesión contiene más de {limit:,} registros.</translation>
    </message>
    <message>
        <source>The session file holds {count:,} records in “{where}”; a meeting has at most {limit:,}.</source>
        <translation>El archivo de sesión contiene {count:,} registros en “{where}”; una reunión tiene como máximo {limit:,}.</translation>
    </message>
    <message>
        <source>“{where}” must not be empty.</source>
        <translation>“{where}” no debe estar vacío.</translation>
    </message>
    <message>
        <source>“{where}” must be one line of at most {limit} characters, as the chair sends it.</source>
        <translation>“{where}” debe ser una línea de {limit} caracteres como máximo, como la envía el Presidente.</translation>
    </message>
    <message>
        <source>“{where}” is before it was sent ({sent}).</source>
        <translation>“{where}” es anterior a su envío ({sent}).</translation>
    </message>
    <message>
        <source>This is not a Roundtable session file (it names no format, expected “{expected}”).</source>
        <translation>No es un archivo de sesión de Roundtable (no indica ningún formato; se esperaba “{expected}”).</translation>
    </message>
    <message>
        <source>This is not a Roundtable session file (its format is “{format}”, expected “{expected}”).</source>
        <translation>No es un archivo de sesión de Roundtable (su formato es “{format}”; se esperaba “{expected}”).</translation>
    </message>
    <message>
        <source>The session file has no valid “version” (a whole number from 1).</source>
        <translation>El archivo de sesión no tiene una “version” válida (un número entero a partir de 1).</translation>
    </message>
    <message>
        <source>This session file was written by a newer Roundtable Desktop (format version {version}); this one reads up to version {known}. Update Roundtable Desktop to open it.</source>
        <translation>Este archivo de sesión lo escribió una versión más reciente de Roundtable Desktop (versión de formato {version}); esta lee hasta la versión {known}. Actualice Roundtable Desktop para abrirlo.</translation>
    </message>
    <message>
        <source>“{where}” must be an object, not {kind}.</source>
        <translation>“{where}” debe ser un objeto, no {kind}.</translation>
    </message>
    <message>
        <source>“{where}” has no “{name}”.</source>
        <translation>“{where}” no tiene “{name}”.</translation>
    </message>
    <message>
        <source>“{where}” must not be empty (null).</source>
        <translation>“{where}” no debe estar vacío (null).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>“{where}” must be a whole number, not {kind}.</source>
        <translation>“{where}” debe ser un número entero, no {kind}.</translation>
    </message>
    <message>
        <source>“{where}” must be a number, not {kind}.</source>
        <translation>“{where}” debe ser un número, no {kind}.</translation>
    </message>
    <message>
        <source>“{where}” is {value}; it must be one of {allowed}.</source>
        <translation>“{where}” es {value}; debe ser uno de {allowed}.</translation>
    </message>
    <message>
        <source>“{where}” is {value}, not {kind} like {example}.</source>
        <translation>“{where}” es {value}, no {kind} como {example}.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>“{where}” must be a list of SDG numbers, not {kind}.</source>
        <translation>“{where}” debe ser una lista de números de ODS, no {kind}.</translation>
    </message>
    <message>
        <source>“{where}” holds {value}; SDGs are numbered 1 to 17.</source>
        <translation>“{where}” contiene {value}; los ODS están numerados del 1 al 17.</translation>
    </message>
    <message>
        <source>“{where}” {id} is used twice in the file.</source>
        <translation>“{where}” {id} se usa dos veces en el archivo.</translation>
    </message>
    <message>
        <source>“{where}” belongs to another meeting (session_id {id}).</source>
        <translation>“{where}” pertenece a otra reunión (session_id {id}).</translation>
    </message>
    <message>
        <source>a participant</source>
        <translation>un participante</translation>
    </message>
    <message>
        <source>an agenda item</source>
        <translation>un tema del programa</translation>
    </message>
    <message>
        <source>a guiding question</source>
        <translation>una pregunta orientativa</translation>
    </message>
    <message>
        <source>a speaker slot</source>
        <translation>un lugar de orador</translation>
    </message>
    <message>
        <source>“{where}” refers to {target} that is not in the file ({field} {id}).</source>
        <translation>“{where}” remite a {target} que no está en el archivo ({field} {id}).</translation>
    </message>
    <message>
        <source>“{where}” must be {described}, not {kind}.</source>
        <translation>“{where}” debe ser {described}, no {kind}.</translation>
    </message>
    <message>
        <source>the text {value}</source>
        <translation>el texto {value}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>verdadero o falso</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>una fecha</translation>
    </message>
    <message>
        <source>a time</source>
        <translation>una hora</translation>
    </message>
    <message>
        <source>a datetime</source>
        <translation>una fecha y hora</translation>
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
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add a meeting from a concept note (.docx, .pdf, .md, .txt) or a session file (.json), reviewed before it is saved</source>
        <translation>Añadir una reunión a partir de una nota conceptual (.docx, .pdf, .md, .txt) o de un archivo de sesión (.json), revisada antes de guardarla</translation>
    </message>
    <message>
        <source>Import from clip&amp;board</source>
        <translation>Importar desde el &amp;portapapeles</translation>
    </message>
    <message>
        <source>Add a meeting from a concept note&apos;s text copied from an e-mail, a web page or a PDF, reviewed before it is saved</source>
        <translation>Añadir una reunión a partir del texto de una nota conceptual copiado de un correo electrónico, una página web o un PDF, revisada antes de guardarla</translation>
    </message>
    <message>
        <source>P&amp;roperties…</source>
        <translation>P&amp;ropiedades…</translation>
    </message>
    <message>
        <source>Title, organiser, date, times and time zone, venue, chair, rapporteur, focus SDGs</source>
        <translation>Título, organizador, fecha, horario y huso horario, lugar, presidencia, relator, ODS prioritarios</translation>
    </message>
    <message>
        <source>Partici&amp;pants…</source>
        <translation>&amp;Participantes…</translation>
    </message>
    <message>
        <source>Add, edit, remove or import (CSV) the participants</source>
        <translation>Añadir, editar, quitar o importar (CSV) los participantes</translation>
    </message>
    <message>
        <source>R&amp;oll call (Space marks present)…</source>
        <translation>Pasar &amp;lista (Espacio marca presente)…</translation>
    </message>
    <message>
        <source>The participants, the first one selected: Space marks the selected participant present and moves to the next</source>
        <translation>Los participantes, con el primero seleccionado: Espacio marca como presente al seleccionado y pasa al siguiente</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share on this network</source>
        <translation>Compartir en esta red</translation>
    </message>
    <message>
        <source>Another laptop joins with File &gt; Join a shared meeting…, the address and the code. A phone or tablet opens the browser view with the QR code: it shows the speaker and the countdown, nothing of the notes.</source>
        <translation>Otro portátil se une con Archivo &gt; Unirse a una reunión compartida…, la dirección y el código. Un teléfono o una tableta abre la vista de navegador con el código QR: muestra al orador y la cuenta atrás, nada de las notas.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Pairing code:</source>
        <translation>Código de emparejamiento:</translation>
    </message>
    <message>
        <source>Browser view:</source>
        <translation>Vista de navegador:</translation>
    </message>
    <message>
        <source>Following:</source>
        <translation>Siguiendo:</translation>
    </message>
    <message>
        <source>On Windows, if the firewall asks, allow Roundtable Desktop on private networks.</source>
        <translation>En Windows, si el cortafuegos lo pide, permita Roundtable Desktop en las redes privadas.</translation>
    </message>
    <message>
        <source>&amp;New code</source>
        <translation>&amp;Nuevo código</translation>
    </message>
    <message>
        <source>&amp;Stop sharing</source>
        <translation>&amp;Dejar de compartir</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <source>1 laptop</source>
        <translation>1 portátil</translation>
    </message>
    <message>
        <source>{count} laptops</source>
        <translation>{count} portátiles</translation>
    </message>
    <message>
        <source>Too many wrong codes were tried: nobody joins until you make a new code.</source>
        <translation>Se probaron demasiados códigos erróneos: nadie podrá unirse hasta que cree un código nuevo.</translation>
    </message>
</context>
<context>
    <name>ShareServer</name>
    <message>
        <source>Sharing stopped: {error}</source>
        <translation>El uso compartido se detuvo: {error}</translation>
    </message>
    <message>
        <source>Cannot listen on port {port}: {error}.</source>
        <translation>No se puede escuchar en el puerto {port}: {error}.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
</context>
<context>
    <name>SlotListModel</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Target/limit</source>
        <translation>Asignado/límite</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>Se retiró</translation>
    </message>
    <message>
        <source>Country / org.</source>
        <translation>País / org.</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Interviniendo</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>Intervino</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Waiting {n}</source>
        <translation>En espera: {n}</translation>
    </message>
    <message>
        <source>(unknown speaker)</source>
        <translation>(orador desconocido)</translation>
    </message>
    <message>
        <source>{name} (point of order)</source>
        <translation>{name} (cuestión de orden)</translation>
    </message>
    <message>
        <source>{name} (reply)</source>
        <translation>{name} (respuesta)</translation>
    </message>
    <message>
        <source>Request: {kind}</source>
        <translation>Solicitud: {kind}</translation>
    </message>
    <message>
        <source>Has not spoken yet in this meeting</source>
        <translation>Aún no ha hecho uso de la palabra en esta reunión</translation>
    </message>
</context>
<context>
    <name>SlotTimesDialog</name>
    <message>
        <source>Speaking time of {name}</source>
        <translation>Tiempo de uso de la palabra de {name}</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Pregunta orientativa</translation>
    </message>
    <message>
        <source>The participant&apos;s own</source>
        <translation>El del participante</translation>
    </message>
    <message>
        <source>Language of this turn</source>
        <translation>Idioma de este turno</translation>
    </message>
    <message>
        <source>&amp;Target (amber from):</source>
        <translation>&amp;Tiempo asignado (ámbar desde):</translation>
    </message>
    <message>
        <source>&amp;Limit (red from):</source>
        <translation>&amp;Límite (rojo desde):</translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation>Soli&amp;citud:</translation>
    </message>
    <message>
        <source>Guiding q&amp;uestion:</source>
        <translation>Pregunta &amp;orientativa:</translation>
    </message>
    <message>
        <source>Lan&amp;guage this time:</source>
        <translation>Idio&amp;ma esta vez:</translation>
    </message>
    <message>
        <source>Type the time as minutes:seconds, such as 5:00.</source>
        <translation>Escriba el tiempo en minutos:segundos, por ejemplo 5:00.</translation>
    </message>
</context>
<context>
    <name>SpeakerClockDisplay</name>
    <message>
        <source>Nobody is speaking</source>
        <translation>Nadie tiene la palabra</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>En uso de la palabra</translation>
    </message>
    <message>
        <source>F5 gives the floor to the next speaker</source>
        <translation>F5 da la palabra al siguiente orador</translation>
    </message>
    <message>
        <source>WRAP UP</source>
        <translation>CONCLUYA</translation>
    </message>
    <message>
        <source>OVER</source>
        <translation>EXCEDIDO</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <source>Speaker&apos;s clock</source>
        <translation>Reloj del orador</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>spoken {spoken} · wrap up {amber} · limit {limit}</source>
        <translation>hablado {spoken} · concluir {amber} · límite {limit}</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Siguiente: {name}</translation>
    </message>
    <message>
        <source>Next: nobody waiting</source>
        <translation>Siguiente: nadie en espera</translation>
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
        <translation>Lista de oradores</translation>
    </message>
    <message>
        <source>Drag a waiting speaker to reorder, or Alt+Up / Alt+Down; Delete withdraws; Insert adds again; Enter edits the time; Shift+F5 gives the floor now</source>
        <translation>Arrastre a un orador en espera para reordenar, o Alt+Arriba / Alt+Abajo; Supr lo retira; Insert lo vuelve a añadir; Intro edita el tiempo; Mayús+F5 le da la palabra ahora</translation>
    </message>
</context>
<context>
    <name>SpeakerMessageActions</name>
    <message>
        <source>Show this to the speaker on the presenter display</source>
        <translation>Mostrar esto al orador en la pantalla para los oradores</translation>
    </message>
    <message>
        <source>&amp;Type a message…</source>
        <translation>&amp;Escribir un mensaje…</translation>
    </message>
    <message>
        <source>Type a short message to show the speaker</source>
        <translation>Escribir un mensaje breve para mostrar al orador</translation>
    </message>
    <message>
        <source>&amp;Clear the message</source>
        <translation>&amp;Borrar el mensaje</translation>
    </message>
    <message>
        <source>Take the message off the presenter display</source>
        <translation>Quitar el mensaje de la pantalla para los oradores</translation>
    </message>
    <message>
        <source>&amp;Message to the speaker</source>
        <translation>&amp;Mensaje al orador</translation>
    </message>
    <message>
        <source>Shown to the speaker: {message}</source>
        <translation>Mostrado al orador: {message}</translation>
    </message>
</context>
<context>
    <name>SpeakerMessages</name>
    <message>
        <source>Choose or create a meeting first.</source>
        <translation>Elija o cree primero una reunión.</translation>
    </message>
    <message>
        <source>Message to the speaker</source>
        <translation>Mensaje al orador</translation>
    </message>
    <message>
        <source>Shown large on the presenter display (at most {n} characters):</source>
        <translation>Se muestra en grande en la pantalla para los oradores (como máximo {n} caracteres):</translation>
    </message>
</context>
<context>
    <name>SpeakerRequestDialog</name>
    <message>
        <source>Floor request</source>
        <translation>Solicitud de la sala</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>Añadir un orador</translation>
    </message>
    <message>
        <source>Name, function or country; a new name adds a participant</source>
        <translation>Nombre, cargo o país; un nombre nuevo añade un participante</translation>
    </message>
    <message>
        <source>Country or organisation</source>
        <translation>País u organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>Grupo regional</translation>
    </message>
    <message>
        <source>Not stated: type one if not listed</source>
        <translation>No indicado: escríbalo si no figura en la lista</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Idioma hablado</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Tema del programa</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Pregunta orientativa</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Orador:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>&amp;Country / organisation:</source>
        <translation>&amp;País u organización:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Sexo:</translation>
    </message>
    <message>
        <source>Regional &amp;group:</source>
        <translation>&amp;Grupo regional:</translation>
    </message>
    <message>
        <source>La&amp;nguage spoken:</source>
        <translation>&amp;Idioma hablado:</translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation>Soli&amp;citud:</translation>
    </message>
    <message>
        <source>Guiding q&amp;uestion:</source>
        <translation>Pregunta &amp;orientativa:</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>&amp;Tema del programa:</translation>
    </message>
    <message>
        <source>&amp;Target (amber from):</source>
        <translation>&amp;Tiempo asignado (ámbar desde):</translation>
    </message>
    <message>
        <source>&amp;Limit (red from):</source>
        <translation>&amp;Límite (rojo desde):</translation>
    </message>
    <message>
        <source>Type the time as minutes:seconds, such as 5:00.</source>
        <translation>Escriba el tiempo en minutos:segundos, por ejemplo 5:00.</translation>
    </message>
    <message>
        <source>Not marked present</source>
        <translation>No marcado como presente</translation>
    </message>
    <message>
        <source>{name} is not marked present at the roll call.</source>
        <translation>{name} no está marcado como presente al pasar lista.</translation>
    </message>
    <message>
        <source>Mark present and add</source>
        <translation>Marcar presente y añadir</translation>
    </message>
    <message>
        <source>Add to the queue</source>
        <translation>Añadir a la cola</translation>
    </message>
    <message>
        <source>A participant of this meeting.</source>
        <translation>Un participante de esta reunión.</translation>
    </message>
    <message>
        <source>New participant: added to the meeting with this request.</source>
        <translation>Nuevo participante: añadido a la reunión con esta solicitud.</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>&lt;b&gt;Speakers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Oradores&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Start/pause</source>
        <translation>Iniciar/pausar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>–30 s</source>
        <translation>–30 s</translation>
    </message>
    <message>
        <source>+30 s</source>
        <translation>+30 s</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Floor…</source>
        <translation>Sala…</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Move speaker up</source>
        <translation>Subir al orador</translation>
    </message>
    <message>
        <source>Move speaker down</source>
        <translation>Bajar al orador</translation>
    </message>
    <message>
        <source>Withdraw speaker</source>
        <translation>Retirar al orador</translation>
    </message>
    <message>
        <source>Edit speaking time and language…</source>
        <translation>Editar el tiempo de uso de la palabra y el idioma…</translation>
    </message>
    <message>
        <source>Give the floor now to the selected speaker</source>
        <translation>Dar ahora la palabra al orador seleccionado</translation>
    </message>
    <message>
        <source>Add a speaker, or the selected one again</source>
        <translation>Añadir un orador, o de nuevo el seleccionado</translation>
    </message>
    <message>
        <source>Next guiding question for the selected speaker</source>
        <translation>Siguiente pregunta orientativa para el orador seleccionado</translation>
    </message>
    <message>
        <source>Add again to the queue (Insert)</source>
        <translation>Volver a añadir a la cola (Insert)</translation>
    </message>
    <message>
        <source>Run from the chair&apos;s laptop</source>
        <translation>Dirigida desde el portátil de la Presidencia</translation>
    </message>
    <message>
        <source>A speaker</source>
        <translation>Un orador</translation>
    </message>
    <message>
        <source>Choose or create a meeting first.</source>
        <translation>Elija o cree primero una reunión.</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Speaking-time statistics</source>
        <translation>Estadísticas del tiempo de uso de la palabra</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Tiempo asignado</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Over/under</source>
        <translation>Exceso/defecto</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Oradores</translation>
    </message>
    <message>
        <source>Against the plan</source>
        <translation>Respecto de lo previsto</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Tema del programa</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>no iniciado</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Temas del programa</translation>
    </message>
    <message>
        <source>By role</source>
        <translation>Por rol</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Por sexo</translation>
    </message>
    <message>
        <source>By regional group</source>
        <translation>Por grupo regional</translation>
    </message>
    <message>
        <source>By kind of request</source>
        <translation>Por tipo de solicitud</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Equilibrio</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>1 intervention</source>
        <translation>1 intervención</translation>
    </message>
    <message>
        <source>{n} interventions</source>
        <translation>{n} intervenciones</translation>
    </message>
    <message>
        <source>1 point of order</source>
        <translation>1 cuestión de orden</translation>
    </message>
    <message>
        <source>{n} points of order</source>
        <translation>{n} cuestiones de orden</translation>
    </message>
    <message>
        <source>{counts}, {total} in all</source>
        <translation>{counts}, {total} en total</translation>
    </message>
    <message>
        <source>{name} (point of order)</source>
        <translation>{name} (cuestión de orden)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Tiempo total</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Export speaking-time statistics</source>
        <translation>Exportar las estadísticas del tiempo de uso de la palabra</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>meeting</source>
        <translation>la reunión</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>el tema del programa</translation>
    </message>
    <message>
        <source>guiding question</source>
        <translation>la pregunta orientativa</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>el participante</translation>
    </message>
    <message>
        <source>speaker&apos;s place</source>
        <translation>el lugar del orador</translation>
    </message>
    <message>
        <source>note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <source>message to the speaker</source>
        <translation>el mensaje al orador</translation>
    </message>
    <message>
        <source>The {thing} was removed meanwhile; the change was not saved.</source>
        <translation>Entretanto, se eliminó {thing}; el cambio no se guardó.</translation>
    </message>
    <message>
        <source>The change could not be saved in the library ({error}).</source>
        <translation>No se pudo guardar el cambio en la biblioteca ({error}).</translation>
    </message>
    <message>
        <source>This {thing} was changed meanwhile ({fields}), so your change was not saved over it. The list now shows the newer version: make your change again if it is still needed.</source>
        <translation>Entretanto, se modificó {thing} ({fields}), por lo que su cambio no se guardó encima. La lista muestra ahora la versión más reciente: vuelva a hacer el cambio si todavía es necesario.</translation>
    </message>
    <message>
        <source>The backup could not be copied beside {library}: {error}.</source>
        <translation>No se pudo copiar la copia de seguridad junto a {library}: {error}.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of {library}: {error}. The library is as it was.</source>
        <translation>No se pudo poner la copia de seguridad en lugar de {library}: {error}. La biblioteca está como estaba.</translation>
    </message>
    <message>
        <source>The backup is damaged ({problem}) and cannot be restored.</source>
        <translation>La copia de seguridad está dañada ({problem}) y no se puede restaurar.</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted after the backup was put in place; it was finished. The library as it was is kept as {kept}.</source>
        <translation>Una restauración desde {name} se interrumpió después de poner la copia en su lugar; se completó. La biblioteca tal como estaba se conserva como {kept}.</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted after the backup was put in place; it was finished.</source>
        <translation>Una restauración desde {name} se interrumpió después de poner la copia en su lugar; se completó.</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted before the backup was put in place; it was undone: the library is as it was before.</source>
        <translation>Una restauración desde {name} se interrumpió antes de poner la copia en su lugar; se deshizo: la biblioteca está como antes.</translation>
    </message>
    <message>
        <source>the disk holding the library is full ({folder})</source>
        <translation>el disco que contiene la biblioteca está lleno ({folder})</translation>
    </message>
    <message>
        <source>the library&apos;s folder cannot be written to ({folder})</source>
        <translation>no se puede escribir en la carpeta de la biblioteca ({folder})</translation>
    </message>
    <message>
        <source>another program holds the library locked ({path})</source>
        <translation>otro programa tiene bloqueada la biblioteca ({path})</translation>
    </message>
    <message>
        <source>the disk reported an error while writing ({path})</source>
        <translation>el disco notificó un error durante la escritura ({path})</translation>
    </message>
    <message>
        <source>its folder cannot be written to</source>
        <translation>no se puede escribir en su carpeta</translation>
    </message>
    <message>
        <source>another program holds it locked</source>
        <translation>otro programa la tiene bloqueada</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>el disco notificó un error</translation>
    </message>
    <message>
        <source>it is not a library file</source>
        <translation>no es un archivo de biblioteca</translation>
    </message>
    <message>
        <source>The last change could not be saved: {where}.</source>
        <translation>No se pudo guardar el último cambio: {where}.</translation>
    </message>
    <message>
        <source>The library path {path} is a folder, not a file.</source>
        <translation>La ruta de la biblioteca {path} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>The library {path} was written by a newer version of Roundtable Desktop (schema {found}, this version knows {known}). It was not changed; open it with the newer version.</source>
        <translation>La biblioteca {path} fue escrita por una versión más reciente de Roundtable Desktop (esquema {found}; esta versión conoce el {known}). No se modificó; ábrala con la versión más reciente.</translation>
    </message>
    <message>
        <source>The library {path} cannot be opened: {error}.</source>
        <translation>No se puede abrir la biblioteca {path}: {error}.</translation>
    </message>
    <message>
        <source>The library {path} cannot be used: {error}.</source>
        <translation>No se puede usar la biblioteca {path}: {error}.</translation>
    </message>
    <message>
        <source>The library {path} is damaged ({error}). Restore a backup (File &gt; Restore from backup…, or `roundtable-desktop check --repair`); the library as it is is kept aside.</source>
        <translation>La biblioteca {path} está dañada ({error}). Restaure una copia de seguridad (Archivo &gt; Restaurar desde una copia de seguridad…, o `roundtable-desktop check --repair`); la biblioteca tal como está se guarda aparte.</translation>
    </message>
    <message>
        <source>{target} is one of the library&apos;s own files ({name}); nothing was written over it.</source>
        <translation>{target} es uno de los archivos de la biblioteca ({name}); no se escribió nada encima.</translation>
    </message>
    <message>
        <source>{path} is not a Roundtable Desktop library or is damaged ({error}).</source>
        <translation>{path} no es una biblioteca de Roundtable Desktop o está dañado ({error}).</translation>
    </message>
    <message>
        <source>The draft could not be stored in the library: {error}.</source>
        <translation>No se pudo guardar el borrador en la biblioteca: {error}.</translation>
    </message>
    <message>
        <source>The draft could not be removed from the library: {error}.</source>
        <translation>No se pudo quitar el borrador de la biblioteca: {error}.</translation>
    </message>
    <message>
        <source>process {pid} on {host}, since {since} UTC</source>
        <translation>proceso {pid} en {host}, desde las {since} UTC</translation>
    </message>
    <message>
        <source>The folder of the library {path} cannot be written to ({error}).</source>
        <translation>No se puede escribir en la carpeta de la biblioteca {path} ({error}).</translation>
    </message>
    <message>
        <source>The library {library} is in use by another copy of Roundtable Desktop ({who}).</source>
        <translation>La biblioteca {library} está en uso por otra copia de Roundtable Desktop ({who}).</translation>
    </message>
    <message>
        <source>The library {path} cannot be opened read-only: {error}.</source>
        <translation>No se puede abrir la biblioteca {path} en modo de solo lectura: {error}.</translation>
    </message>
    <message>
        <source>The backup {name} would be written over one of the library&apos;s own files; nothing was written.</source>
        <translation>La copia de seguridad {name} sobrescribiría uno de los archivos propios de la biblioteca; no se escribió nada.</translation>
    </message>
    <message>
        <source>The library {name} is damaged ({detail}), so no backup was taken and the good ones are kept. Restore one (File &gt; Restore from backup…).</source>
        <translation>La biblioteca {name} está dañada ({detail}), por lo que no se hizo ninguna copia de seguridad y se conservan las buenas. Restaure una (Archivo &gt; Restaurar desde una copia de seguridad…).</translation>
    </message>
    <message>
        <source>The backup of the library could not be written to {folder}: {reason}.</source>
        <translation>No se pudo escribir la copia de seguridad de la biblioteca en {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The backup {name} is damaged and cannot be restored.</source>
        <translation>La copia de seguridad {name} está dañada y no se puede restaurar.</translation>
    </message>
    <message>
        <source>The library {library} could not be moved aside: {reason}.</source>
        <translation>No se pudo apartar la biblioteca {library}: {reason}.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>The library {library} is damaged. The damaged file can be moved aside (it is kept, never deleted) and the newest good backup put in its place.</source>
        <translation>La biblioteca {library} está dañada. El archivo dañado puede apartarse (se conserva, nunca se elimina) y colocarse en su lugar la copia de seguridad buena más reciente.</translation>
    </message>
    <message>
        <source>The library {library} is damaged ({detail}). The damaged file can be moved aside (it is kept, never deleted) and the newest good backup put in its place.</source>
        <translation>La biblioteca {library} está dañada ({detail}). El archivo dañado puede apartarse (se conserva, nunca se elimina) y colocarse en su lugar la copia de seguridad buena más reciente.</translation>
    </message>
    <message>
        <source>The journal of the library {library} (its -wal file) was removed after the app stopped: the changes of the last minutes before that may be lost. The library can be used as it is, or the newest good backup can take its place.</source>
        <translation>El diario de la biblioteca {library} (su archivo -wal) se eliminó después de que la aplicación se detuviera: pueden haberse perdido los cambios de los últimos minutos anteriores. La biblioteca puede usarse tal cual, o la copia de seguridad buena más reciente puede ocupar su lugar.</translation>
    </message>
    <message>
        <source>The library {library} is empty (0 bytes), but it has backups: the newest good backup can take its place.</source>
        <translation>La biblioteca {library} está vacía (0 bytes), pero tiene copias de seguridad: la copia de seguridad buena más reciente puede ocupar su lugar.</translation>
    </message>
    <message>
        <source>The library {library} is missing, but it has backups: the newest good backup can take its place.</source>
        <translation>La biblioteca {library} no está, pero tiene copias de seguridad: la copia de seguridad buena más reciente puede ocupar su lugar.</translation>
    </message>
    <message>
        <source>There is no library at {library} yet.</source>
        <translation>Todavía no hay ninguna biblioteca en {library}.</translation>
    </message>
    <message>
        <source>The library {library} is in good order.</source>
        <translation>La biblioteca {library} está en buen estado.</translation>
    </message>
    <message>
        <source>its -wal journal is missing</source>
        <translation>falta su diario -wal</translation>
    </message>
    <message>
        <source>No library at {library}.</source>
        <translation>No hay ninguna biblioteca en {library}.</translation>
    </message>
    <message>
        <source>{report} Run `roundtable-desktop check --repair` to do so.</source>
        <translation>{report} Ejecute `roundtable-desktop check --repair` para hacerlo.</translation>
    </message>
    <message>
        <source>The library as it was is kept as {path}.</source>
        <translation>La biblioteca tal como estaba se conserva como {path}.</translation>
    </message>
    <message>
        <source>Restored the backup of {when} UTC ({count} meetings).</source>
        <translation>Se restauró la copia de seguridad del {when} UTC ({count} reuniones).</translation>
    </message>
    <message>
        <source>No backup to restore: the library is used as it is.</source>
        <translation>No hay ninguna copia de seguridad que restaurar: la biblioteca se usa tal cual.</translation>
    </message>
    <message>
        <source>{report} There is no good backup to restore: the next start begins with a new library.</source>
        <translation>{report} No hay ninguna copia de seguridad buena que restaurar: el próximo inicio empezará con una biblioteca nueva.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
    <message>
        <source>It is open in Roundtable Desktop ({who}).</source>
        <translation>Está abierta en Roundtable Desktop ({who}).</translation>
    </message>
    <message>
        <source>It has no backup yet.</source>
        <translation>Todavía no tiene ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>{count} backups in {folder}, the newest of {when} UTC.</source>
        <translation>{count} copias de seguridad en {folder}; la más reciente, del {when} UTC.</translation>
    </message>
</context>
<context>
    <name>SummaryOptions</name>
    <message>
        <source>Summary by the Rapporteur</source>
        <translation>Resumen del Relator</translation>
    </message>
    <message>
        <source>Chair’s summary</source>
        <translation>Resumen del Presidente</translation>
    </message>
    <message>
        <source>Rapporteur’s report</source>
        <translation>Informe del Relator</translation>
    </message>
    <message>
        <source>The language the summary is written in: its headings, dates and introduction (the notes stay as typed)</source>
        <translation>El idioma en que se redacta el resumen: sus títulos, fechas e introducción (las notas quedan como se escribieron)</translation>
    </message>
    <message>
        <source>For circulation: introduction, discussion, key messages, recommendations</source>
        <translation>Para distribución: introducción, debate, mensajes clave, recomendaciones</translation>
    </message>
    <message>
        <source>Full record: everything, with the statistics and annexes</source>
        <translation>Registro completo: todo, con las estadísticas y los anexos</translation>
    </message>
    <message>
        <source>Write it a&amp;gain from the facts</source>
        <translation>Volver a redactarla a partir de los &amp;hechos</translation>
    </message>
    <message>
        <source>e.g. Numbered Paragraph=SingleTxtG, Heading 1=HChG</source>
        <translation>por ejemplo, Numbered Paragraph=SingleTxtG, Heading 1=HChG</translation>
    </message>
    <message>
        <source>The template&apos;s own style to use in place of one of the summary&apos;s: OUR STYLE=TEMPLATE STYLE, separated by commas</source>
        <translation>El estilo propio de la plantilla que se usará en lugar de uno del resumen: NUESTRO ESTILO=ESTILO DE LA PLANTILLA, separados por comas</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>Discussion by guiding question</source>
        <translation>Debate por pregunta orientativa</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Mensajes clave</translation>
    </message>
    <message>
        <source>Recommendations and commitments</source>
        <translation>Recomendaciones y compromisos</translation>
    </message>
    <message>
        <source>Contribution to the SDGs</source>
        <translation>Contribución a los ODS</translation>
    </message>
    <message>
        <source>List of participants (annex)</source>
        <translation>Lista de participantes (anexo)</translation>
    </message>
    <message>
        <source>Programme as held (annex)</source>
        <translation>Programa tal como se desarrolló (anexo)</translation>
    </message>
    <message>
        <source>Speaking time and shares (annex)</source>
        <translation>Tiempo de uso de la palabra y distribución (anexo)</translation>
    </message>
    <message>
        <source>Notes in time order (annex)</source>
        <translation>Notas en orden cronológico (anexo)</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Secciones:</translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation>&amp;Introducción:</translation>
    </message>
    <message>
        <source>Template st&amp;yles:</source>
        <translation>Est&amp;ilos de la plantilla:</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>The Word template {name} cannot be used: its styles or lists are damaged ({detail}).</source>
        <translation>La plantilla de Word {name} no se puede utilizar: sus estilos o listas están dañados ({detail}).</translation>
    </message>
    <message>
        <source>The Word template {name} was not found ({path}).</source>
        <translation>No se encontró la plantilla de Word {name} ({path}).</translation>
    </message>
    <message>
        <source>The Word template {name} is a folder, not a Word file.</source>
        <translation>La plantilla de Word {name} es una carpeta, no un archivo de Word.</translation>
    </message>
    <message>
        <source>The Word template {name} cannot be read ({reason}).</source>
        <translation>No se puede leer la plantilla de Word {name} ({reason}).</translation>
    </message>
    <message>
        <source>The Word template {name} is not a Word document (.docx or .dotx) that can be used.</source>
        <translation>La plantilla de Word {name} no es un documento de Word (.docx o .dotx) que se pueda utilizar.</translation>
    </message>
</context>
<context>
    <name>TimeTroubleBar</name>
    <message>
        <source>the speaker</source>
        <translation>el orador</translation>
    </message>
    <message>
        <source>The computer was asleep for {missed} while {name} was speaking. Their clock shows {shown} spoken without that time; with it, {corrected}.</source>
        <translation>El ordenador estuvo suspendido durante {missed} mientras {name} tenía la palabra. Su reloj muestra {shown} de intervención sin ese tiempo; con él, {corrected}.</translation>
    </message>
    <message>
        <source>Count the sleep: {corrected}</source>
        <translation>Contar la suspensión: {corrected}</translation>
    </message>
    <message>
        <source>The computer&apos;s clock was set {direction} by {missed} while {name} was speaking. Their clock was not affected: {shown} spoken.</source>
        <translation>El reloj del ordenador se ajustó {direction} {missed} mientras {name} tenía la palabra. Su reloj no se vio afectado: {shown} de intervención.</translation>
    </message>
    <message>
        <source>Follow the computer&apos;s clock: {corrected}</source>
        <translation>Seguir el reloj del ordenador: {corrected}</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>hacia adelante</translation>
    </message>
    <message>
        <source>back</source>
        <translation>hacia atrás</translation>
    </message>
    <message>
        <source>Keep {shown}</source>
        <translation>Conservar {shown}</translation>
    </message>
</context>
<context>
    <name>TroubleBar</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>Open the &amp;emergency file</source>
        <translation>Abrir el archivo de &amp;emergencia</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>The last change could not be saved.</source>
        <translation>No se pudo guardar el último cambio.</translation>
    </message>
    <message>
        <source>What you typed is kept in the window and copied to {file}.</source>
        <translation>Lo que escribió se conserva en la ventana y se copia en {file}.</translation>
    </message>
    <message>
        <source>What you entered stays where you typed it, marked as not saved. Roundtable Desktop tries again every 2 seconds and says here when it is all saved.</source>
        <translation>Lo que escribió permanece donde lo escribió, marcado como no guardado. Roundtable Desktop vuelve a intentarlo cada 2 segundos e indica aquí cuándo está todo guardado.</translation>
    </message>
    <message>
        <source>The library can be written again: every change kept for a retry is stored. A note still in the box is kept as a draft: Ctrl+Return saves it.</source>
        <translation>La biblioteca vuelve a admitir escrituras: se guarda cada cambio conservado para reintentar. Una nota que siga en el cuadro se conserva como borrador: Ctrl+Intro la guarda.</translation>
    </message>
    <message>
        <source>Read-only: {why}. Changes made here are not saved.</source>
        <translation>Solo lectura: {why}. Los cambios hechos aquí no se guardan.</translation>
    </message>
</context>
<context>
    <name>UnsureSpeaker</name>
    <message>
        <source>Notes written while the link was lost and now tied to another speaker, who had the floor at their time by the chair&apos;s record: {count}.</source>
        <translation>Notas escritas mientras el enlace estaba perdido y ahora vinculadas a otro orador, que tenía la palabra en su momento según el registro de la Presidencia: {count}.</translation>
    </message>
    <message>
        <source>The note of {time}, written while the link was lost, is now tied to {speaker}, who had the floor then by the chair&apos;s record (not {guess}).</source>
        <translation>La nota de las {time}, escrita mientras el enlace estaba perdido, ahora está vinculada a {speaker}, que tenía entonces la palabra según el registro de la Presidencia (no a {guess}).</translation>
    </message>
    <message>
        <source>no speaker</source>
        <translation>ningún orador</translation>
    </message>
    <message>
        <source>speaker not sure: written while the link was lost</source>
        <translation>orador no seguro: nota escrita mientras el enlace estaba perdido</translation>
    </message>
    <message>
        <source>{name} (not sure)</source>
        <translation>{name} (no seguro)</translation>
    </message>
    <message>
        <source>(not sure)</source>
        <translation>(no seguro)</translation>
    </message>
    <message>
        <source>Time not sure: written while the link was lost, before the meeting&apos;s start reached this laptop; counted from the planned start until the chair&apos;s record arrives.</source>
        <translation>Hora no segura: nota escrita mientras el enlace estaba perdido, antes de que el inicio de la reunión llegara a este portátil; contada desde el inicio previsto hasta que llegue el registro de la Presidencia.</translation>
    </message>
    <message>
        <source>Speaker not sure: written while the link was lost. Open the note (Enter) to confirm or change the speaker.</source>
        <translation>Orador no seguro: nota escrita mientras el enlace estaba perdido. Abra la nota (Intro) para confirmar o cambiar el orador.</translation>
    </message>
    <message>
        <source>Confirm speaker</source>
        <translation>Confirmar el orador</translation>
    </message>
    <message>
        <source>The speaker shown is right: clear the mark (or pick another speaker)</source>
        <translation>El orador mostrado es el correcto: quitar la marca (o elegir otro orador)</translation>
    </message>
    <message>
        <source>Speaker not sure</source>
        <translation>Orador no seguro</translation>
    </message>
    <message>
        <source>Review them first</source>
        <translation>Revisarlas primero</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exportar de todos modos</translation>
    </message>
    <message>
        <source>Notes with a speaker not sure: {count}. They were written while the link to the chair&apos;s laptop was lost; the summary names no speaker for them until you confirm or change it.</source>
        <translation>Notas con orador no seguro: {count}. Se escribieron mientras el enlace con el portátil de la Presidencia estaba perdido; el resumen no nombra a su orador hasta que usted lo confirme o lo cambie.</translation>
    </message>
</context>
<context>
    <name>UsualMessage</name>
    <message>
        <source>Please conclude</source>
        <translation>Le ruego que concluya</translation>
    </message>
    <message>
        <source>One minute left</source>
        <translation>Queda un minuto</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Se ha agotado el tiempo</translation>
    </message>
    <message>
        <source>Please speak closer to the microphone</source>
        <translation>Le ruego que se acerque al micrófono</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>{time} past the limit</source>
        <translation>{time} por encima del límite</translation>
    </message>
    <message>
        <source>{time} past the target, within the limit</source>
        <translation>{time} por encima de lo previsto, dentro del límite</translation>
    </message>
    <message>
        <source>{time} under the target</source>
        <translation>{time} por debajo de lo previsto</translation>
    </message>
</context>
</TS>
