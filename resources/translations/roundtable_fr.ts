<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActionRunner</name>
    <message>
        <source>Not saved: {reason} What you entered is kept here; try again.</source>
        <translation>Non enregistré : {reason} Ce que vous avez saisi est conservé ici ; réessayez.</translation>
    </message>
    <message>
        <source>Not saved yet: the library does not take writes now (the bar above says why). What you entered stays here and is saved as soon as it does.</source>
        <translation>Pas encore enregistré : la bibliothèque n’accepte pas d’écriture pour le moment (la barre ci-dessus en donne la raison). Ce que vous avez saisi reste ici et sera enregistré dès qu’elle les acceptera.</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>New agenda item</source>
        <translation>Nouveau point de l’ordre du jour</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
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
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation>&amp;Prévu :</translation>
    </message>
    <message>
        <source>P&amp;resenter:</source>
        <translation>O&amp;rateur :</translation>
    </message>
    <message>
        <source>Speaker &amp;target:</source>
        <translation>&amp;Temps visé par orateur :</translation>
    </message>
    <message>
        <source>Speaker &amp;limit:</source>
        <translation>&amp;Limite par orateur :</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Minutes prévues</translation>
    </message>
    <message>
        <source>Speaker target, minutes</source>
        <translation>Temps visé par orateur, minutes</translation>
    </message>
    <message>
        <source>Speaker target, seconds</source>
        <translation>Temps visé par orateur, secondes</translation>
    </message>
    <message>
        <source>Speaker limit, minutes</source>
        <translation>Limite par orateur, minutes</translation>
    </message>
    <message>
        <source>Speaker limit, seconds</source>
        <translation>Limite par orateur, secondes</translation>
    </message>
    <message>
        <source>An agenda item needs a title</source>
        <translation>Un point de l’ordre du jour doit avoir un titre</translation>
    </message>
    <message>
        <source>new agenda item</source>
        <translation>nouveau point de l’ordre du jour</translation>
    </message>
    <message>
        <source>agenda item edit</source>
        <translation>modification d’un point de l’ordre du jour</translation>
    </message>
</context>
<context>
    <name>AgendaKind</name>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Interactive discussion</source>
        <translation>Débat interactif</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Planned start: the meeting&apos;s start plus the minutes of the items before</source>
        <translation>Début prévu : l’heure de début de la réunion plus les minutes des points précédents</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Orateurs</translation>
    </message>
    <message>
        <source>Target / limit of each speaker</source>
        <translation>Temps visé / limite de chaque orateur</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>{planned} min planned</source>
        <translation>{planned} min prévues</translation>
    </message>
    <message>
        <source>{planned} of {length} min</source>
        <translation>{planned} sur {length} min</translation>
    </message>
    <message>
        <source>{left} min of the meeting are not planned yet</source>
        <translation>{left} min de la réunion ne sont pas encore prévues</translation>
    </message>
    <message>
        <source>The items take {over} min more than the meeting lasts</source>
        <translation>Les points durent {over} min de plus que la réunion</translation>
    </message>
    <message>
        <source>The items fill the meeting exactly</source>
        <translation>Les points remplissent exactement la réunion</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

What you saved is safe. The details are in the log file:
{log}</source>
        <translation>Une erreur s’est produite : {error}

Ce que vous avez enregistré est en sécurité. Les détails figurent dans le journal :
{log}</translation>
    </message>
    <message>
        <source>The library cannot be opened</source>
        <translation>Impossible d’ouvrir la bibliothèque</translation>
    </message>
</context>
<context>
    <name>BalanceBars</name>
    <message>
        <source>{group}: {time:.0f} % of the time, {turns:.0f} % of the interventions</source>
        <translation>{group} : {time:.0f} % du temps de parole, {turns:.0f} % des interventions</translation>
    </message>
    <message>
        <source>Nobody has spoken yet.</source>
        <translation>Personne n’a encore pris la parole.</translation>
    </message>
</context>
<context>
    <name>BalanceLegend</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>share of speaking time</source>
        <translation>part du temps de parole</translation>
    </message>
    <message>
        <source>share of interventions</source>
        <translation>part des interventions</translation>
    </message>
</context>
<context>
    <name>BalanceLine</name>
    <message>
        <source>Sort the floor: not &amp;yet spoken first</source>
        <translation>Trier les demandes de parole : d’abord ceux &amp;qui n’ont pas encore parlé</translation>
    </message>
    <message>
        <source>Floor requests of those who have not spoken yet come first; points of order stay at the head</source>
        <translation>Les demandes de parole de ceux qui n’ont pas encore parlé passent en premier ; les motions d’ordre restent en tête</translation>
    </message>
    <message>
        <source>Balance so far</source>
        <translation>Équilibre jusqu’ici</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Afrique</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>Asie-Pacifique</translation>
    </message>
    <message>
        <source>Eastern Europe</source>
        <translation>Europe orientale</translation>
    </message>
    <message>
        <source>GRULAC</source>
        <translation>GRULAC</translation>
    </message>
    <message>
        <source>WEOG</source>
        <translation>Europe occidentale et autres</translation>
    </message>
    <message>
        <source>So far, % of time / of interventions: {gender}</source>
        <translation>Jusqu’ici, % du temps / des interventions : {gender}</translation>
    </message>
    <message>
        <source>Regions: {regions}</source>
        <translation>Groupes régionaux : {regions}</translation>
    </message>
    <message>
        <source>So far: nobody has spoken yet.</source>
        <translation>Jusqu’ici : personne n’a encore pris la parole.</translation>
    </message>
    <message>
        <source>Waiting, not yet spoken (• in the list): {n}</source>
        <translation>En attente sans avoir encore parlé (• dans la liste) : {n}</translation>
    </message>
    <message>
        <source>Floor requests sorted: those who have not spoken yet come first.</source>
        <translation>Demandes de parole triées : ceux qui n’ont pas encore parlé passent en premier.</translation>
    </message>
</context>
<context>
    <name>BalanceView</name>
    <message>
        <source>Fairness: not measured yet (it needs two people who asked for the floor and some time spoken).</source>
        <translation>Équité : pas encore mesurée (il faut deux personnes ayant demandé la parole et un temps de parole).</translation>
    </message>
    <message>
        <source>Fairness: the Gini coefficient of speaking time among the {n} who asked for the floor is {gini} (0: everyone had the same time; nearer 1: a few had most of it).</source>
        <translation>Équité : le coefficient de Gini du temps de parole parmi les {n} personnes ayant demandé la parole est de {gini} (0 : chacun a eu le même temps ; près de 1 : quelques-uns en ont eu l’essentiel).</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Par sexe</translation>
    </message>
    <message>
        <source>By regional group</source>
        <translation>Par groupe régional</translation>
    </message>
</context>
<context>
    <name>ByQuestionView</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>No question</source>
        <translation>Aucune question</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>A la parole</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Orateurs</translation>
    </message>
    <message>
        <source>How much of the meeting addressed each guiding question: notes, speaking time, speakers</source>
        <translation>Part de la réunion consacrée à chaque question directrice : notes, temps de parole, orateurs</translation>
    </message>
    <message>
        <source>The meeting&apos;s key messages, one a line</source>
        <translation>Les messages clés de la réunion, un par ligne</translation>
    </message>
    <message>
        <source>Add the notes marked as key messages</source>
        <translation>Ajouter les notes marquées comme messages clés</translation>
    </message>
    <message>
        <source>Append the notes marked as key messages that are not there yet</source>
        <translation>Ajouter les notes marquées comme messages clés qui n’y sont pas encore</translation>
    </message>
    <message>
        <source>&lt;b&gt;Key messages of the meeting&lt;/b&gt;</source>
        <translation>&lt;b&gt;Messages clés de la réunion&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Notes tied to no guiding question</source>
        <translation>Notes rattachées à aucune question directrice</translation>
    </message>
    <message>
        <source>&lt;b&gt;Synthesis of {question}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Synthèse de {question}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Synthesis&lt;/b&gt;</source>
        <translation>&lt;b&gt;Synthèse&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your synthesis of {label}: {text}</source>
        <translation>Votre synthèse de {label} : {text}</translation>
    </message>
    <message>
        <source>Notes tied to no guiding question have no synthesis.</source>
        <translation>Les notes rattachées à aucune question directrice n’ont pas de synthèse.</translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>Aucun orateur</translation>
    </message>
    <message>
        <source>No notes on this question yet.</source>
        <translation>Aucune note sur cette question pour l’instant.</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <source>Your unsaved typing was brought back.</source>
        <translation>Votre saisie non enregistrée a été rétablie.</translation>
    </message>
    <message>
        <source>Nothing to save yet: type the note first.</source>
        <translation>Rien à enregistrer pour l’instant : tapez d’abord la note.</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>Enregistré à {time}.</translation>
    </message>
    <message>
        <source>Draft kept at {time}.</source>
        <translation>Brouillon conservé à {time}.</translation>
    </message>
</context>
<context>
    <name>ChairRunsLine</name>
    <message>
        <source>The chair&apos;s laptop runs this meeting: this console shows its speaker, clock and queue, and changes nothing.</source>
        <translation>L’ordinateur du Président conduit cette réunion : cette console en montre l’orateur, le chronomètre et la liste, et n’y change rien.</translation>
    </message>
</context>
<context>
    <name>ChairSetsUpLine</name>
    <message>
        <source>The chair&apos;s laptop runs this meeting: its agenda, guiding questions, participants and properties are set there and shown here; the notes, syntheses, key messages and the summary (its document, language and introduction) are written here.</source>
        <translation>L’ordinateur du Président conduit cette réunion : son ordre du jour, ses questions directrices, ses participants et ses propriétés y sont établis et sont affichés ici ; les notes, les synthèses, les messages clés et le résumé (son type de document, sa langue et son introduction) s’écrivent ici.</translation>
    </message>
</context>
<context>
    <name>ConceptNote</name>
    <message>
        <source>the note gives no year for “{date}”; {year} was taken from its other dates (the weekday matches)</source>
        <translation>la note ne donne pas d’année pour « {date} » ; {year} a été tiré de ses autres dates (le jour de la semaine concorde)</translation>
    </message>
    <message>
        <source>the weekday does not match any year the note names</source>
        <translation>le jour de la semaine ne concorde avec aucune année citée dans la note</translation>
    </message>
    <message>
        <source>the note names no other year</source>
        <translation>la note ne cite aucune autre année</translation>
    </message>
    <message>
        <source>the note names several years</source>
        <translation>la note cite plusieurs années</translation>
    </message>
    <message>
        <source>the note gives no year for “{date}”; {year} was taken from its other dates ({reason})</source>
        <translation>la note ne donne pas d’année pour « {date} » ; {year} a été tiré de ses autres dates ({reason})</translation>
    </message>
    <message>
        <source>Line {lines} is not UTF-8 like the rest of the file: read as Windows-1252, so check the accents there.</source>
        <translation>La ligne {lines} n’est pas en UTF-8 comme le reste du fichier : lue en Windows-1252, vérifiez-y les accents.</translation>
    </message>
    <message>
        <source>Lines {lines} and {more} more are not UTF-8 like the rest of the file: read as Windows-1252, so check the accents there.</source>
        <translation>Les lignes {lines} et {more} autres ne sont pas en UTF-8 comme le reste du fichier : lues en Windows-1252, vérifiez-y les accents.</translation>
    </message>
    <message>
        <source>Lines {lines} are not UTF-8 like the rest of the file: read as Windows-1252, so check the accents there.</source>
        <translation>Les lignes {lines} ne sont pas en UTF-8 comme le reste du fichier : lues en Windows-1252, vérifiez-y les accents.</translation>
    </message>
    <message>
        <source>{name} is a damaged Word document; open it in Word and save it again.</source>
        <translation>{name} est un document Word endommagé ; ouvrez-le dans Word et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>{name} is not a Word document: it has no {part}.</source>
        <translation>{name} n’est pas un document Word : il n’a pas de {part}.</translation>
    </message>
    <message>
        <source>{name} is not a Word document: its document part has no body.</source>
        <translation>{name} n’est pas un document Word : sa partie document n’a pas de corps.</translation>
    </message>
    <message>
        <source>{name} is empty: the Word document holds no text.</source>
        <translation>{name} est vide : le document Word ne contient aucun texte.</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>document Word</translation>
    </message>
    <message>
        <source>{name} is not a Word document (a .docx file is a zip archive, and this one is not). Save it again from Word as .docx.</source>
        <translation>{name} n’est pas un document Word (un fichier .docx est une archive zip, et celui-ci n’en est pas une). Enregistrez-le à nouveau depuis Word au format .docx.</translation>
    </message>
    <message>
        <source>{name} is refused: it holds {count:,} parts, more than a Word document has.</source>
        <translation>{name} est refusé : il contient {count:,} parties, plus qu’un document Word n’en a.</translation>
    </message>
    <message>
        <source>{name} is refused: it would unpack to {size:,} MB, more than the {limit} MB allowed.</source>
        <translation>{name} est refusé : décompressé, il occuperait {size:,} Mo, plus que les {limit} Mo autorisés.</translation>
    </message>
    <message>
        <source>{name} is refused: one of its parts is compressed more than {ratio} to 1, which only a zip bomb does.</source>
        <translation>{name} est refusé : l’une de ses parties est compressée à plus de {ratio} pour 1, ce que seule une bombe zip fait.</translation>
    </message>
    <message>
        <source>{name} is refused: a part unpacks to more than its stated size.</source>
        <translation>{name} est refusé : une partie décompressée dépasse la taille annoncée.</translation>
    </message>
    <message>
        <source>{name} is refused: it declares XML entities (a DOCTYPE), which a Word document never does and which can be used to read other files.</source>
        <translation>{name} est refusé : il déclare des entités XML (un DOCTYPE), ce que ne fait jamais un document Word et qui peut servir à lire d’autres fichiers.</translation>
    </message>
    <message>
        <source>{name} is refused: it holds {count:,} XML elements, more than the {limit:,} a concept note of {lines:,} lines needs.</source>
        <translation>{name} est refusé : il contient {count:,} éléments XML, plus que les {limit:,} dont a besoin une note de synthèse de {lines:,} lignes.</translation>
    </message>
    <message>
        <source>{name} cannot be imported: give a Word document (.docx), a PDF (.pdf), a Markdown or text file (.md, .txt) or a Roundtable session file (.json).</source>
        <translation>{name} ne peut pas être importé : choisissez un document Word (.docx), un PDF (.pdf), un fichier Markdown ou texte (.md, .txt) ou un fichier de session Roundtable (.json).</translation>
    </message>
    <message>
        <source>{name} is over {limit} MB; a concept note is far shorter. Is it the right text?</source>
        <translation>{name} dépasse {limit} Mo ; une note de synthèse est bien plus courte. Est-ce le bon texte ?</translation>
    </message>
    <message>
        <source>The pasted text is empty: copy the concept note&apos;s text first.</source>
        <translation>Le texte collé est vide : copiez d’abord le texte de la note de synthèse.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
    <message>
        <source>session file</source>
        <translation>fichier de session</translation>
    </message>
    <message>
        <source>the note gives {n} days or sessions; the first ({first}) was taken: choose the one that is the meeting</source>
        <translation>la note indique {n} jours ou séances ; le premier ({first}) a été retenu : choisissez celui de la réunion</translation>
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
        <translation>la seule date est « {date} », qui n’est peut-être pas celle de la réunion (lieu et date de rédaction, date de publication ou de version)</translation>
    </message>
    <message>
        <source>the only date is “{date}”, which looks like a deadline</source>
        <translation>la seule date est « {date} », qui ressemble à une date limite</translation>
    </message>
    <message>
        <source>the note gives the days {days}; the first was taken: choose the meeting&apos;s day</source>
        <translation>la note indique les jours {days} ; le premier a été retenu : choisissez le jour de la réunion</translation>
    </message>
    <message>
        <source>no time is given for the meeting; {start} to {end} was taken from the programme</source>
        <translation>aucune heure n’est donnée pour la réunion ; {start} à {end} a été tiré du programme</translation>
    </message>
    <message>
        <source>two dates: “{other}” {where_other}, “{chosen}” {where_chosen}; {date} was taken</source>
        <translation>deux dates : « {other} » {where_other}, « {chosen} » {where_chosen} ; le {date} a été retenu</translation>
    </message>
    <message>
        <source>beside the meeting&apos;s time</source>
        <translation>à côté de l’heure de la réunion</translation>
    </message>
    <message>
        <source>labelled as the date</source>
        <translation>indiquée comme la date</translation>
    </message>
    <message>
        <source>in the header</source>
        <translation>dans l’en-tête</translation>
    </message>
    <message>
        <source>{start} (no end time)</source>
        <translation>{start} (sans heure de fin)</translation>
    </message>
    <message>
        <source>No time zone is written; {zone} was taken from the city named.</source>
        <translation>Aucun fuseau horaire n’est indiqué ; {zone} a été tiré de la ville citée.</translation>
    </message>
    <message>
        <source>{zone} (written {written})</source>
        <translation>{zone} (écrit {written})</translation>
    </message>
    <message>
        <source>{n} items, {total} min</source>
        <translation>{n} points, {total} min</translation>
    </message>
    <message>
        <source>The note gives no minutes for some agenda items; they were shared out of the meeting&apos;s length. Check the programme.</source>
        <translation>La note ne donne pas de durée pour certains points de l’ordre du jour ; la durée de la réunion a été répartie entre eux. Vérifiez le programme.</translation>
    </message>
    <message>
        <source>{target} target, {limit} limit</source>
        <translation>{target} visé, {limit} au plus</translation>
    </message>
    <message>
        <source>{name}: this PDF has no text (it is a scan or a picture); copy the text or use the Word version.</source>
        <translation>{name} : ce PDF ne contient pas de texte (c’est une numérisation ou une image) ; copiez le texte ou utilisez la version Word.</translation>
    </message>
    <message>
        <source>{name} is protected by a password; open it, save a copy without the password, or use the Word version.</source>
        <translation>{name} est protégé par un mot de passe ; ouvrez-le, enregistrez-en une copie sans mot de passe ou utilisez la version Word.</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF (it is damaged or not a PDF); use the Word version.</source>
        <translation>{name} n’est pas un PDF lisible (il est endommagé ou ce n’est pas un PDF) ; utilisez la version Word.</translation>
    </message>
    <message>
        <source>{name} is encrypted; open it, save a copy without protection, or use the Word version.</source>
        <translation>{name} est chiffré ; ouvrez-le, enregistrez-en une copie sans protection ou utilisez la version Word.</translation>
    </message>
    <message>
        <source>{name} cannot be read: this installation has no PDF reader (pypdf); use the Word version or copy the text.</source>
        <translation>{name} ne peut pas être lu : cette installation n’a pas de lecteur PDF (pypdf) ; utilisez la version Word ou copiez le texte.</translation>
    </message>
    <message>
        <source>{name} has {pages:,} pages; a concept note has at most {limit}. Is it the right file?</source>
        <translation>{name} compte {pages:,} pages ; une note de synthèse en a au plus {limit}. Est-ce le bon fichier ?</translation>
    </message>
    <message>
        <source>{name} is a damaged PDF; open it and save it again, or use the Word version.</source>
        <translation>{name} est un PDF endommagé ; ouvrez-le et enregistrez-le à nouveau, ou utilisez la version Word.</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>document PDF</translation>
    </message>
    <message>
        <source>{name} holds more than {limit:,} characters of text; a concept note has far fewer. Is it the right file?</source>
        <translation>{name} contient plus de {limit:,} caractères de texte ; une note de synthèse en a bien moins. Est-ce le bon fichier ?</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start and end</source>
        <translation>Début et fin</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Venue / format</source>
        <translation>Lieu / format</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Président(e)</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Questions directrices</translation>
    </message>
    <message>
        <source>Programme (agenda items)</source>
        <translation>Programme (points de l’ordre du jour)</translation>
    </message>
    <message>
        <source>Speaking time of interventions</source>
        <translation>Temps de parole des interventions</translation>
    </message>
    <message>
        <source>Focus SDGs</source>
        <translation>ODD visés</translation>
    </message>
    <message>
        <source>Outcome feeds into</source>
        <translation>Contribution attendue à</translation>
    </message>
    <message>
        <source>Speakers named</source>
        <translation>Orateurs nommés</translation>
    </message>
    <message>
        <source>{name} is not a text file (it holds binary data).</source>
        <translation>{name} n’est pas un fichier texte (il contient des données binaires).</translation>
    </message>
    <message>
        <source>Markdown file</source>
        <translation>fichier Markdown</translation>
    </message>
    <message>
        <source>text file</source>
        <translation>fichier texte</translation>
    </message>
    <message>
        <source>The date “{date}” could be day/month or month/day; check the date.</source>
        <translation>La date « {date} » peut se lire jour/mois ou mois/jour ; vérifiez la date.</translation>
    </message>
    <message>
        <source>The note says {abbreviation} ({stated}), but {zone} is on {actual} on {date}; check the times and the zone.</source>
        <translation>La note indique {abbreviation} ({stated}), mais {zone} est à {actual} le {date} ; vérifiez les heures et le fuseau.</translation>
    </message>
    <message>
        <source>{name} has {count:,} lines; a concept note has at most {limit:,}. Is it the right file?</source>
        <translation>{name} compte {count:,} lignes ; une note de synthèse en a au plus {limit:,}. Est-ce le bon fichier ?</translation>
    </message>
    <message>
        <source>{name} holds {count:,} characters of text; a concept note has at most {limit:,}. Is it the right file?</source>
        <translation>{name} contient {count:,} caractères de texte ; une note de synthèse en a au plus {limit:,}. Est-ce le bon fichier ?</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>No guiding question</source>
        <translation>Aucune question directrice</translation>
    </message>
    <message>
        <source>Speaks {language}</source>
        <translation>Parle en {language}</translation>
    </message>
    <message>
        <source>The list of speakers for “{item}” is closed: only a point of order can still be added. Add this speaker anyway only if you mean to.</source>
        <translation>La liste des orateurs pour « {item} » est close : seule une motion d’ordre peut encore être ajoutée. N’ajoutez cet orateur quand même que si vous le voulez vraiment.</translation>
    </message>
    <message>
        <source>Only a speaker who is waiting can be given the floor.</source>
        <translation>Seul un orateur en attente peut recevoir la parole.</translation>
    </message>
    <message>
        <source>Only a speaker who is speaking can be paused.</source>
        <translation>Seul un orateur qui a la parole peut être suspendu.</translation>
    </message>
    <message>
        <source>Only a paused speaker can be resumed.</source>
        <translation>Seul un orateur suspendu peut reprendre.</translation>
    </message>
    <message>
        <source>Only the current speaker can be ended.</source>
        <translation>Seule l’intervention de l’orateur en cours peut être terminée.</translation>
    </message>
    <message>
        <source>The time of a speaker who has finished cannot be changed.</source>
        <translation>Le temps d’un orateur qui a terminé ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>This speaker has finished; add them again to give them the floor.</source>
        <translation>Cet orateur a terminé ; ajoutez-le à nouveau pour lui donner la parole.</translation>
    </message>
    <message>
        <source>That speaker is no longer in the list.</source>
        <translation>Cet orateur n’est plus dans la liste.</translation>
    </message>
    <message>
        <source>Nobody is waiting to speak.</source>
        <translation>Personne n’attend la parole.</translation>
    </message>
    <message>
        <source>Nobody is speaking.</source>
        <translation>Personne n’a la parole.</translation>
    </message>
    <message>
        <source>Nobody is waiting to speak: add a speaker or a floor request first.</source>
        <translation>Personne n’attend la parole : ajoutez d’abord un orateur ou une demande de la salle.</translation>
    </message>
    <message>
        <source>Only a speaker who is still waiting can withdraw.</source>
        <translation>Seul un orateur encore en attente peut se retirer.</translation>
    </message>
    <message>
        <source>This speaker is already in the queue.</source>
        <translation>Cet orateur est déjà dans la file d’attente.</translation>
    </message>
    <message>
        <source>Only a speaker who is still waiting can be moved.</source>
        <translation>Seul un orateur encore en attente peut être déplacé.</translation>
    </message>
    <message>
        <source>The speaker list changed meanwhile; sort it again.</source>
        <translation>La liste des orateurs a changé entre-temps ; triez-la à nouveau.</translation>
    </message>
    <message>
        <source>Type the speaker&apos;s name first.</source>
        <translation>Saisissez d’abord le nom de l’orateur.</translation>
    </message>
</context>
<context>
    <name>ConsoleActions</name>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>the window&apos;s screen</source>
        <translation>l’écran de la fenêtre</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>&amp;Start / pause speaker</source>
        <translation>&amp;Démarrer / suspendre l’orateur</translation>
    </message>
    <message>
        <source>Give the floor to the next speaker, pause or resume</source>
        <translation>Donner la parole à l’orateur suivant, suspendre ou reprendre</translation>
    </message>
    <message>
        <source>&amp;End speaker and start next</source>
        <translation>&amp;Terminer l’orateur et passer au suivant</translation>
    </message>
    <message>
        <source>End the current speaker and give the floor to the next</source>
        <translation>Terminer l’intervention en cours et donner la parole au suivant</translation>
    </message>
    <message>
        <source>End speaker, &amp;nobody next</source>
        <translation>Ter&amp;miner l’orateur, personne ensuite</translation>
    </message>
    <message>
        <source>End the current speaker without starting the next</source>
        <translation>Terminer l’intervention en cours sans commencer la suivante</translation>
    </message>
    <message>
        <source>&amp;Add 30 seconds</source>
        <translation>&amp;Ajouter 30 secondes</translation>
    </message>
    <message>
        <source>Give the current speaker 30 seconds more</source>
        <translation>Donner 30 secondes de plus à l’orateur en cours</translation>
    </message>
    <message>
        <source>&amp;Take 30 seconds off</source>
        <translation>Ret&amp;irer 30 secondes</translation>
    </message>
    <message>
        <source>Take 30 seconds off the current speaker&apos;s limit</source>
        <translation>Retirer 30 secondes de la limite de l’orateur en cours</translation>
    </message>
    <message>
        <source>&amp;Floor request…</source>
        <translation>Dema&amp;nde de parole de la salle…</translation>
    </message>
    <message>
        <source>Add a request from the floor to the interactive discussion</source>
        <translation>Ajouter une demande de parole de la salle au débat interactif</translation>
    </message>
    <message>
        <source>Add spea&amp;ker…</source>
        <translation>Ajouter un &amp;orateur…</translation>
    </message>
    <message>
        <source>Add a participant, or a new person, to the speaker list</source>
        <translation>Ajouter un participant, ou une nouvelle personne, à la liste des orateurs</translation>
    </message>
    <message>
        <source>Speaking-time stat&amp;istics…</source>
        <translation>&amp;Statistiques du temps de parole…</translation>
    </message>
    <message>
        <source>Time per speaker, agenda item, role, gender and region; CSV</source>
        <translation>Temps par orateur, point de l’ordre du jour, rôle, sexe et région ; CSV</translation>
    </message>
    <message>
        <source>Sound &amp;cue at target and limit</source>
        <translation>Signal sonore au temps &amp;visé et à la limite</translation>
    </message>
    <message>
        <source>Beep when the speaker reaches the target and the limit</source>
        <translation>Émettre un bip lorsque l’orateur atteint le temps visé et la limite</translation>
    </message>
    <message>
        <source>&amp;Presenter display</source>
        <translation>&amp;Affichage pour les orateurs</translation>
    </message>
    <message>
        <source>Show or hide the big timer for the speakers</source>
        <translation>Afficher ou masquer le grand chronomètre pour les orateurs</translation>
    </message>
    <message>
        <source>&amp;Flash the clock past the limit</source>
        <translation>&amp;Faire clignoter l’horloge au-delà de la limite</translation>
    </message>
    <message>
        <source>Past the limit the clock&apos;s background flashes twice a second</source>
        <translation>Au-delà de la limite, le fond de l’horloge clignote deux fois par seconde</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>Tous les raccourcis clavier de la fenêtre</translation>
    </message>
    <message>
        <source>Presenter &amp;screen</source>
        <translation>&amp;Écran des orateurs</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
</context>
<context>
    <name>ConsoleController</name>
    <message>
        <source>{name} was speaking when Roundtable Desktop closed. Their clock goes on from {spoken}, counted from the time they started.</source>
        <translation>{name} avait la parole à la fermeture de Roundtable Desktop. Son horloge reprend à {spoken}, comptée depuis le début de son intervention.</translation>
    </message>
    <message>
        <source>{name} is still speaking: their clock went on while another meeting was shown, and stands at {spoken}.</source>
        <translation>{name} a toujours la parole : son horloge a continué pendant qu’une autre réunion était affichée et indique {spoken}.</translation>
    </message>
    <message>
        <source>A speaker</source>
        <translation>Un orateur</translation>
    </message>
    <message>
        <source>The speaker</source>
        <translation>L’orateur</translation>
    </message>
    <message>
        <source>{name} speaks next</source>
        <translation>{name} parle ensuite</translation>
    </message>
    <message>
        <source>{name} is number {n} in the queue</source>
        <translation>{name} est numéro {n} dans la file</translation>
    </message>
    <message>
        <source>{where}, in “{item}”.</source>
        <translation>{where}, dans « {item} ».</translation>
    </message>
    <message>
        <source>The speaker list is run from the chair&apos;s laptop.</source>
        <translation>La liste des orateurs est gérée depuis l’ordinateur du Président.</translation>
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
        <translation>Donnez un nom au fichier.</translation>
    </message>
    <message>
        <source>“{name}…” is too long for a file name ({count} characters). Choose a shorter name.</source>
        <translation>« {name}… » est trop long pour un nom de fichier ({count} caractères). Choisissez un nom plus court.</translation>
    </message>
    <message>
        <source>“{name}” is not a valid file name: it contains {shown}. Choose another name.</source>
        <translation>« {name} » n’est pas un nom de fichier valide : il contient {shown}. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>“{name}” is not a valid file name on every computer. Choose another name.</source>
        <translation>« {name} » n’est pas un nom de fichier valide sur tous les ordinateurs. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>{folder} is not a folder. Choose another place for the file.</source>
        <translation>{folder} n’est pas un dossier. Choisissez un autre emplacement pour le fichier.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a device or a pipe). Choose a file name.</source>
        <translation>{path} n’est pas un fichier ordinaire (un périphérique ou un tube). Choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>{name} is open in Word or another program. Close it there, or choose another name.</source>
        <translation>{name} est ouvert dans Word ou un autre programme. Fermez-le dans ce programme ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>{name} is read-only. Choose another name, or make it writable.</source>
        <translation>{name} est en lecture seule. Choisissez un autre nom ou rendez-le modifiable.</translation>
    </message>
    <message>
        <source>{name} is the library&apos;s own file ({own}): writing there would destroy it. Choose another name.</source>
        <translation>{name} est un fichier de la bibliothèque ({own}) : écrire dessus la détruirait. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose another folder.</source>
        <translation>Le dossier {folder} n’existe pas. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>{path} is a folder. Choose a file name.</source>
        <translation>{path} est un dossier. Choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>{name} is open in Word or another program, or read-only. Close it, or choose another name.</source>
        <translation>{name} est ouvert dans Word ou un autre programme, ou en lecture seule. Fermez-le ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>You are not allowed to write in {folder}. Choose another folder.</source>
        <translation>Vous n’êtes pas autorisé à écrire dans {folder}. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full. Free some space or choose another place.</source>
        <translation>Le disque qui contient {folder} est plein. Libérez de l’espace ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>“{name}” is not a valid file name here. Choose another name.</source>
        <translation>« {name} » n’est pas un nom de fichier valide ici. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>{folder} is on a read-only disk. Choose another place.</source>
        <translation>{folder} se trouve sur un disque en lecture seule. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>{name} could not be written ({reason}). Choose another name or place.</source>
        <translation>{name} n’a pas pu être écrit ({reason}). Choisissez un autre nom ou un autre emplacement.</translation>
    </message>
    <message>
        <source>The statistics cannot be written to {place}: {reason}.</source>
        <translation>Les statistiques ne peuvent pas être écrites dans {place} : {reason}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export rapporteur’s summary</source>
        <translation>Exporter le résumé du Rapporteur</translation>
    </message>
    <message>
        <source>Rapporteur’s summary (Word, .docx)</source>
        <translation>Résumé du Rapporteur (Word, .docx)</translation>
    </message>
    <message>
        <source>Rapporteur’s summary (Markdown, .md)</source>
        <translation>Résumé du Rapporteur (Markdown, .md)</translation>
    </message>
    <message>
        <source>Speaker log (CSV spreadsheet, .csv)</source>
        <translation>Journal des orateurs (tableur CSV, .csv)</translation>
    </message>
    <message>
        <source>Whole meeting (session JSON, .json)</source>
        <translation>Réunion complète (JSON de session, .json)</translation>
    </message>
    <message>
        <source>None: a plain A4 document</source>
        <translation>Aucun : un document A4 simple</translation>
    </message>
    <message>
        <source>A Word file (.docx or .dotx) whose styles, page set-up, header and footer the summary takes</source>
        <translation>Un fichier Word (.docx ou .dotx) dont le résumé reprend les styles, la mise en page, l’en-tête et le pied de page</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Nommément</translation>
    </message>
    <message>
        <source>By role (“a discussant from …”)</source>
        <translation>Par rôle (« un intervenant principal de … »)</translation>
    </message>
    <message>
        <source>Unattributed (no speaker named)</source>
        <translation>Sans attribution (aucun orateur nommé)</translation>
    </message>
    <message>
        <source>How the summary says who made each point; unattributed, nothing names or times a speaker</source>
        <translation>Comment le résumé indique qui a soulevé chaque point ; sans attribution, rien ne nomme ni ne chronomètre un orateur</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Exporter :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose &amp;template…</source>
        <translation>Choisir un &amp;modèle…</translation>
    </message>
    <message>
        <source>Word &amp;template:</source>
        <translation>&amp;Modèle Word :</translation>
    </message>
    <message>
        <source>&amp;Speakers named:</source>
        <translation>&amp;Orateurs nommés :</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>The summary in Word, to edit and circulate.</source>
        <translation>Le résumé au format Word, à modifier et à diffuser.</translation>
    </message>
    <message>
        <source>The same summary as plain text with Markdown headings.</source>
        <translation>Le même résumé en texte brut avec des titres Markdown.</translation>
    </message>
    <message>
        <source>One row per speaker slot: who, when, planned and spoken time.</source>
        <translation>Une ligne par tour de parole : qui, quand, temps prévu et temps de parole.</translation>
    </message>
    <message>
        <source>The whole meeting, readable back by Roundtable Desktop.</source>
        <translation>Toute la réunion, lisible de nouveau par Roundtable Desktop.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>{what} (*{suffix})</source>
        <translation>{what} (*{suffix})</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Modèle Word</translation>
    </message>
    <message>
        <source>Speaker log</source>
        <translation>Journal des orateurs</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Documents et modèles Word (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Export not written</source>
        <translation>Exportation non écrite</translation>
    </message>
    <message>
        <source>summary document</source>
        <translation>document de résumé</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Annuler l’exportation</translation>
    </message>
    <message>
        <source>Exporting… the meeting goes on meanwhile; Cancel stops the export and writes nothing.</source>
        <translation>Exportation en cours… la réunion continue pendant ce temps ; Annuler arrête l’exportation et n’écrit rien.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Exportation annulée : rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The export failed and nothing was written ({problem}). The details are in the log file.</source>
        <translation>L’exportation a échoué et rien n’a été écrit ({problem}). Les détails figurent dans le journal.</translation>
    </message>
    <message>
        <source>{problem}

Nothing was written. The file name now offers another one:
{name}
Press Export to use it, or choose another.</source>
        <translation>{problem}

Rien n’a été écrit. Le nom de fichier en propose maintenant un autre :
{name}
Appuyez sur Exporter pour l’utiliser, ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>organisateur</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>heure de début</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>heure de fin</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>background</source>
        <translation>contexte</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>objectifs</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>SDGs in focus</source>
        <translation>ODD à l’honneur</translation>
    </message>
    <message>
        <source>outcome feeds into</source>
        <translation>contribution attendue à</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>président</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>rapporteur</translation>
    </message>
    <message>
        <source>key messages</source>
        <translation>messages clés</translation>
    </message>
    <message>
        <source>document type</source>
        <translation>type de document</translation>
    </message>
    <message>
        <source>document symbol</source>
        <translation>cote du document</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>distribution</translation>
    </message>
    <message>
        <source>date of issue</source>
        <translation>date de publication</translation>
    </message>
    <message>
        <source>original language</source>
        <translation>langue originale</translation>
    </message>
    <message>
        <source>introduction</source>
        <translation>introduction</translation>
    </message>
    <message>
        <source>language of the summary</source>
        <translation>langue du résumé</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>planned minutes</source>
        <translation>minutes prévues</translation>
    </message>
    <message>
        <source>place in the order</source>
        <translation>place dans l’ordre</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>présentateur</translation>
    </message>
    <message>
        <source>usual speaking time</source>
        <translation>temps de parole habituel</translation>
    </message>
    <message>
        <source>usual time limit</source>
        <translation>limite de temps habituelle</translation>
    </message>
    <message>
        <source>actual start</source>
        <translation>début effectif</translation>
    </message>
    <message>
        <source>actual end</source>
        <translation>fin effective</translation>
    </message>
    <message>
        <source>list of speakers closed</source>
        <translation>liste des orateurs close</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>label</source>
        <translation>intitulé</translation>
    </message>
    <message>
        <source>synthesis</source>
        <translation>synthèse</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>function</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>sexe</translation>
    </message>
    <message>
        <source>regional group</source>
        <translation>groupe régional</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>orateur</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>point de l’ordre du jour</translation>
    </message>
    <message>
        <source>guiding question</source>
        <translation>question directrice</translation>
    </message>
    <message>
        <source>speaker&apos;s place</source>
        <translation>place de l’orateur</translation>
    </message>
    <message>
        <source>speaking time</source>
        <translation>temps de parole</translation>
    </message>
    <message>
        <source>time limit</source>
        <translation>limite de temps</translation>
    </message>
    <message>
        <source>kind of request</source>
        <translation>type de demande</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>time spoken</source>
        <translation>temps de parole utilisé</translation>
    </message>
    <message>
        <source>last start</source>
        <translation>dernier début</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODD</translation>
    </message>
    <message>
        <source>key message</source>
        <translation>message clé</translation>
    </message>
    <message>
        <source>meeting clock</source>
        <translation>horloge de la réunion</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>usual message</source>
        <translation>message habituel</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>effacé</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>access to it is refused</source>
        <translation>l’accès en est refusé</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>il n’existe plus</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>le disque a signalé une erreur</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>un autre programme l’utilise</translation>
    </message>
    <message>
        <source>its name is too long</source>
        <translation>son nom est trop long</translation>
    </message>
    <message>
        <source>its link leads nowhere</source>
        <translation>son lien ne mène nulle part</translation>
    </message>
    <message>
        <source>its drive is not connected</source>
        <translation>son lecteur n’est pas connecté</translation>
    </message>
    <message>
        <source>a file stands where a folder should be</source>
        <translation>un fichier se trouve là où devrait être un dossier</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Le fichier {path} n’existe pas.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} n’est pas un fichier.</translation>
    </message>
    <message>
        <source>You are not allowed to read {path}.</source>
        <translation>Vous n’êtes pas autorisé à lire {path}.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source>{name} is open in another program that keeps it locked; close it there and try again.</source>
        <translation>{name} est ouvert dans un autre programme qui le verrouille ; fermez-le dans ce programme et réessayez.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; at most {limit} MB can be read. Is it the right file?</source>
        <translation>{name} fait {size} Mo ; au plus {limit} Mo peuvent être lus. Est-ce le bon fichier ?</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} est vide.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search the notes (Ctrl+F)</source>
        <translation>Rechercher dans les notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>Rechercher dans les notes</translation>
    </message>
    <message>
        <source>Key messages only</source>
        <translation>Messages clés seulement</translation>
    </message>
    <message>
        <source>Only the notes marked as key messages</source>
        <translation>Seulement les notes marquées comme messages clés</translation>
    </message>
    <message>
        <source>Only this speaker&apos;s notes</source>
        <translation>Seulement les notes de cet orateur</translation>
    </message>
    <message>
        <source>Only notes of this kind</source>
        <translation>Seulement les notes de ce type</translation>
    </message>
    <message>
        <source>Only notes on this guiding question</source>
        <translation>Seulement les notes sur cette question directrice</translation>
    </message>
    <message>
        <source>Only notes tagged with this SDG</source>
        <translation>Seulement les notes rattachées à cet ODD</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Show every note again</source>
        <translation>Afficher de nouveau toutes les notes</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Tous les orateurs</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Toutes les questions</translation>
    </message>
    <message>
        <source>No question</source>
        <translation>Aucune question</translation>
    </message>
    <message>
        <source>All SDGs</source>
        <translation>Tous les ODD</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Pas encore de notes</translation>
    </message>
    <message>
        <source>%1 of %2 notes</source>
        <translation>%1 notes sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Review the imported meeting — {name}</source>
        <translation>Vérifier la réunion importée — {name}</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <source>&amp;Background and objectives</source>
        <translation>&amp;Contexte et objectifs</translation>
    </message>
    <message>
        <source>Guiding &amp;questions ({n})</source>
        <translation>&amp;Questions directrices ({n})</translation>
    </message>
    <message>
        <source>&amp;Programme ({n})</source>
        <translation>&amp;Programme ({n})</translation>
    </message>
    <message>
        <source>&amp;Speakers ({n})</source>
        <translation>&amp;Orateurs ({n})</translation>
    </message>
    <message>
        <source>&amp;Save meeting</source>
        <translation>&amp;Enregistrer la réunion</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Orateurs</translation>
    </message>
    <message>
        <source>&lt;b&gt;The note gives several days or sessions.&lt;/b&gt; Which one is the &amp;meeting?</source>
        <translation>&lt;b&gt;La note indique plusieurs jours ou séances.&lt;/b&gt; Laquelle est la &amp;réunion ?</translation>
    </message>
    <message>
        <source>&lt;b&gt;{found} of {total}&lt;/b&gt; fields were found in &lt;b&gt;{name}&lt;/b&gt; ({source}). Check them, correct what was misread, fill in what is missing. Nothing is saved until you press &lt;b&gt;Save meeting&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{found} champs sur {total}&lt;/b&gt; ont été trouvés dans &lt;b&gt;{name}&lt;/b&gt; ({source}). Vérifiez-les, corrigez ce qui a été mal lu, complétez ce qui manque. Rien n’est enregistré avant que vous appuyiez sur &lt;b&gt;Enregistrer la réunion&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;{style}&apos;&gt;Check {field}:&lt;/span&gt; {reason}.</source>
        <translation>&lt;span style=&apos;{style}&apos;&gt;Vérifier {field} :&lt;/span&gt; {reason}.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;{style}&apos;&gt;Not found:&lt;/span&gt; {names}.</source>
        <translation>&lt;span style=&apos;{style}&apos;&gt;Non trouvé :&lt;/span&gt; {names}.</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>À vérifier :</translation>
    </message>
    <message>
        <source>Back&amp;ground:</source>
        <translation>Con&amp;texte :</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objectifs :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Speaking time to check: {value} ({reason})</source>
        <translation>Temps de parole à vérifier : {value} ({reason})</translation>
    </message>
    <message>
        <source>Speaking time: {value}</source>
        <translation>Temps de parole : {value}</translation>
    </message>
    <message>
        <source>Speaking time not found: the kinds&apos; defaults are used</source>
        <translation>Temps de parole non trouvé : les valeurs par défaut des types sont utilisées</translation>
    </message>
    <message>
        <source>imported meeting</source>
        <translation>réunion importée</translation>
    </message>
    <message>
        <source>found in the note</source>
        <translation>trouvé dans la note</translation>
    </message>
    <message>
        <source>check: {reason}</source>
        <translation>à vérifier : {reason}</translation>
    </message>
    <message>
        <source>not found in the note</source>
        <translation>absent de la note</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a shared meeting</source>
        <translation>Rejoindre une réunion partagée</translation>
    </message>
    <message>
        <source>Meetings shared on this network:</source>
        <translation>Réunions partagées sur ce réseau :</translation>
    </message>
    <message>
        <source>Meetings shared on this network</source>
        <translation>Réunions partagées sur ce réseau</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>{address} — not answering</source>
        <translation>{address} — ne répond pas</translation>
    </message>
    <message>
        <source>{address} — checking…</source>
        <translation>{address} — vérification…</translation>
    </message>
    <message>
        <source>If the meeting is not listed (hotspots often hide it), type the address the chair&apos;s laptop shows.</source>
        <translation>Si la réunion n’apparaît pas (les points d’accès la masquent souvent), tapez l’adresse qu’affiche l’ordinateur du Président.</translation>
    </message>
    <message>
        <source>Cannot look for meetings on this network.</source>
        <translation>Impossible de rechercher des réunions sur ce réseau.</translation>
    </message>
    <message>
        <source>Looking for shared meetings… none found yet.</source>
        <translation>Recherche des réunions partagées… aucune trouvée pour l’instant.</translation>
    </message>
    <message>
        <source>Meetings found: {count}.</source>
        <translation>Réunions trouvées : {count}.</translation>
    </message>
    <message>
        <source>The code has 6 digits, as the chair&apos;s laptop shows it.</source>
        <translation>Le code compte 6 chiffres, tel que l’affiche l’ordinateur du Président.</translation>
    </message>
</context>
<context>
    <name>JournalWatch</name>
    <message>
        <source>The library&apos;s journal ({name}) was removed while the window was open, and its changes could not be saved into the library: {error}. Keep the window open and make a backup copy of the library&apos;s folder.</source>
        <translation>Le journal de la bibliothèque ({name}) a été supprimé pendant que la fenêtre était ouverte, et ses modifications n’ont pas pu être enregistrées dans la bibliothèque : {error}. Laissez la fenêtre ouverte et faites une copie de sauvegarde du dossier de la bibliothèque.</translation>
    </message>
    <message>
        <source>The library&apos;s journal ({name}) was removed while the window was open. Everything it held was saved into the library; nothing was lost.</source>
        <translation>Le journal de la bibliothèque ({name}) a été supprimé pendant que la fenêtre était ouverte. Tout son contenu a été enregistré dans la bibliothèque ; rien n’a été perdu.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chinois</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>is not a number</source>
        <translation>n’est pas un nombre</translation>
    </message>
    <message>
        <source>is {value}; it must be from {low} to {high}</source>
        <translation>vaut {value} ; il doit être compris entre {low} et {high}</translation>
    </message>
    <message>
        <source>has a time-zone offset; a time of day is given in the meeting&apos;s own zone</source>
        <translation>comporte un décalage horaire ; une heure de la journée est donnée dans le fuseau de la réunion</translation>
    </message>
    <message>
        <source>is in the year {year}; it must be from {first} to {last}</source>
        <translation>tombe en {year} ; l’année doit être comprise entre {first} et {last}</translation>
    </message>
    <message>
        <source>is “{text}”, not an offset in use (UTC-12:00 to UTC+14:00)</source>
        <translation>vaut « {text} », qui n’est pas un décalage en usage (UTC-12:00 à UTC+14:00)</translation>
    </message>
    <message>
        <source>is “{text}”, not a time zone (such as Europe/Zurich or UTC+02:00)</source>
        <translation>vaut « {text} », qui n’est pas un fuseau horaire (tel que Europe/Zurich ou UTC+02:00)</translation>
    </message>
</context>
<context>
    <name>LinkAddress</name>
    <message>
        <source>“{typed}” is not an address like 192.168.1.5:8765.</source>
        <translation>« {typed} » n’est pas une adresse comme 192.168.1.5:8765.</translation>
    </message>
</context>
<context>
    <name>ListClosingActions</name>
    <message>
        <source>Close or reopen the &amp;list of speakers</source>
        <translation>Clore ou rouvrir la &amp;liste des orateurs</translation>
    </message>
    <message>
        <source>Close the list of the agenda item under way: only points of order are added; again to reopen it</source>
        <translation>Clore la liste du point de l’ordre du jour en cours : seules les motions d’ordre sont ajoutées ; à nouveau pour la rouvrir</translation>
    </message>
    <message>
        <source>Close or reopen floor re&amp;quests</source>
        <translation>&amp;Clore ou rouvrir les demandes de la salle</translation>
    </message>
    <message>
        <source>Close the list of floor requests of the interactive discussion; again to reopen it</source>
        <translation>Clore la liste des demandes de parole de la salle du débat interactif ; à nouveau pour la rouvrir</translation>
    </message>
    <message>
        <source>This meeting has no agenda item to close.</source>
        <translation>Cette réunion n’a aucun point de l’ordre du jour à clore.</translation>
    </message>
    <message>
        <source>List of speakers closed (points of order only): {items}</source>
        <translation>Liste des orateurs close (motions d’ordre seulement) : {items}</translation>
    </message>
    <message>
        <source>List of speakers closed</source>
        <translation>Liste des orateurs close</translation>
    </message>
    <message>
        <source>The list of speakers for “{item}” is closed: only a point of order can still be added.</source>
        <translation>La liste des orateurs pour « {item} » est close : seule une motion d’ordre peut encore être ajoutée.</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Ajouter quand même</translation>
    </message>
</context>
<context>
    <name>ListEditors</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>Ajouter une ligne (Inser)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>Retirer la ligne sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>LiveLinkActions</name>
    <message>
        <source>S&amp;hare on this network…</source>
        <translation>Parta&amp;ger sur ce réseau…</translation>
    </message>
    <message>
        <source>Let the rapporteur&apos;s laptop follow this meeting, and phones open the presenter view</source>
        <translation>Permettre à l’ordinateur du Rapporteur de suivre cette réunion et aux téléphones d’ouvrir la vue des orateurs</translation>
    </message>
    <message>
        <source>&amp;Join a shared meeting…</source>
        <translation>&amp;Rejoindre une réunion partagée…</translation>
    </message>
    <message>
        <source>Follow a meeting shared by the chair&apos;s laptop on this network</source>
        <translation>Suivre une réunion partagée par l’ordinateur du Président sur ce réseau</translation>
    </message>
    <message>
        <source>Stop follo&amp;wing</source>
        <translation>&amp;Arrêter de suivre</translation>
    </message>
    <message>
        <source>Stop following the chair&apos;s laptop; what this laptop holds stays, and a new join catches up</source>
        <translation>Arrêter de suivre l’ordinateur du Président ; ce que cet ordinateur contient reste, et une nouvelle connexion rattrape le retard</translation>
    </message>
    <message>
        <source>R&amp;un this meeting on this laptop…</source>
        <translation>Cond&amp;uire cette réunion sur cet ordinateur…</translation>
    </message>
    <message>
        <source>When the chair&apos;s laptop is gone for good: this laptop runs the clock and the speaker list</source>
        <translation>Quand l’ordinateur du Président n’est plus disponible : cet ordinateur conduit le chronomètre et la liste des orateurs</translation>
    </message>
    <message>
        <source>Share on this network</source>
        <translation>Partager sur ce réseau</translation>
    </message>
    <message>
        <source>Shared on this network: {count} following</source>
        <translation>Partagé sur ce réseau : {count} ordinateur(s) suivent</translation>
    </message>
    <message>
        <source>Joining {address}…</source>
        <translation>Connexion à {address}…</translation>
    </message>
    <message>
        <source>Following the chair&apos;s laptop: {title}</source>
        <translation>Suivi de l’ordinateur du Président : {title}</translation>
    </message>
    <message>
        <source>Link lost since {time}; trying again…</source>
        <translation>Liaison perdue depuis {time} ; nouvelle tentative…</translation>
    </message>
    <message>
        <source>(shared again? File &gt; Join with the new code)</source>
        <translation>(partage relancé ? Fichier &gt; Rejoindre avec le nouveau code)</translation>
    </message>
    <message>
        <source>Run this meeting here</source>
        <translation>Conduire cette réunion ici</translation>
    </message>
    <message>
        <source>Run “{title}” on this laptop? Do it only when the chair&apos;s laptop is gone for good: this laptop stops following it, its clock keys come back, and it becomes the chair&apos;s laptop for this meeting (it may share it). If the other laptop&apos;s changes come in later, a record both changed is shown for a choice.</source>
        <translation>Conduire « {title} » sur cet ordinateur ? Faites-le seulement si l’ordinateur du Président n’est plus disponible : cet ordinateur cesse de le suivre, ses touches du chronomètre reviennent et il devient l’ordinateur du Président pour cette réunion (il peut la partager). Si les modifications de l’autre ordinateur arrivent plus tard, un enregistrement modifié des deux côtés est présenté pour un choix.</translation>
    </message>
    <message>
        <source>Run it here</source>
        <translation>Conduire ici</translation>
    </message>
    <message>
        <source>The code is not right: type the 6 digits the chair&apos;s laptop shows now (Meeting &gt; Share on this network…) and join again.</source>
        <translation>Le code n’est pas le bon : tapez les 6 chiffres qu’affiche maintenant l’ordinateur du Président (Réunion &gt; Partager sur ce réseau…) et rejoignez de nouveau.</translation>
    </message>
    <message>
        <source>Too many wrong codes were tried: ask the chair&apos;s laptop for a new code.</source>
        <translation>Trop de codes erronés ont été essayés : demandez un nouveau code à l’ordinateur du Président.</translation>
    </message>
    <message>
        <source>The other laptop did not show that it knows the code.</source>
        <translation>L’autre ordinateur n’a pas montré qu’il connaît le code.</translation>
    </message>
    <message>
        <source>The address now shares another meeting.</source>
        <translation>Cette adresse partage désormais une autre réunion.</translation>
    </message>
    <message>
        <source>Join a shared meeting</source>
        <translation>Rejoindre une réunion partagée</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nouvelle réunion…</translation>
    </message>
    <message>
        <source>New &amp;demo meeting</source>
        <translation>Nouvelle réunion de &amp;démonstration</translation>
    </message>
    <message>
        <source>D&amp;uplicate meeting</source>
        <translation>D&amp;upliquer la réunion</translation>
    </message>
    <message>
        <source>Dele&amp;te meeting…</source>
        <translation>&amp;Supprimer la réunion…</translation>
    </message>
    <message>
        <source>&amp;Choose meeting</source>
        <translation>&amp;Choisir la réunion</translation>
    </message>
    <message>
        <source>&amp;Export rapporteur’s summary…</source>
        <translation>&amp;Exporter le résumé du Rapporteur…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Roundtable Desktop</source>
        <translation>À &amp;propos de Roundtable Desktop</translation>
    </message>
    <message>
        <source>The library holds no meeting: File &gt; New meeting or New demo meeting.</source>
        <translation>La bibliothèque ne contient aucune réunion : Fichier &gt; Nouvelle réunion ou Nouvelle réunion de démonstration.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Supprimer la réunion</translation>
    </message>
    <message>
        <source>Delete “{title}” with its agenda, speakers and notes? This cannot be undone.</source>
        <translation>Supprimer « {title} » avec son ordre du jour, ses orateurs et ses notes ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>{name} is speaking. Quit anyway? Their clock is stored and goes on from where it is when Roundtable Desktop starts again.</source>
        <translation>{name} a la parole. Quitter quand même ? Son horloge est enregistrée et reprend là où elle en est au prochain démarrage de Roundtable Desktop.</translation>
    </message>
    <message>
        <source>About Roundtable Desktop</source>
        <translation>À propos de Roundtable Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Roundtable Desktop {version}&lt;/h3&gt;&lt;p&gt;The chair&apos;s and the rapporteur&apos;s offline companion for a roundtable: agenda, guiding questions, a timed speaker list and structured notes, all in one local library.&lt;/p&gt;&lt;p&gt;Library: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Roundtable Desktop {version}&lt;/h3&gt;&lt;p&gt;Le compagnon hors ligne du Président et du Rapporteur d’une table ronde : ordre du jour, questions directrices, liste des orateurs chronométrée et notes structurées, le tout dans une bibliothèque locale.&lt;/p&gt;&lt;p&gt;Bibliothèque : {path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingClockDisplay</name>
    <message>
        <source>Meeting clock</source>
        <translation>Horloge de la réunion</translation>
    </message>
    <message>
        <source>(local {time})</source>
        <translation>(heure locale {time})</translation>
    </message>
    <message>
        <source>meeting not started</source>
        <translation>réunion non commencée</translation>
    </message>
    <message>
        <source>meeting held {length}</source>
        <translation>réunion tenue : {length}</translation>
    </message>
    <message>
        <source>meeting {elapsed} elapsed</source>
        <translation>réunion : {elapsed} écoulées</translation>
    </message>
    <message>
        <source>{left} left</source>
        <translation>{left} restant</translation>
    </message>
    <message>
        <source>{over} past the planned end</source>
        <translation>{over} au-delà de la fin prévue</translation>
    </message>
    <message>
        <source>{item}: {elapsed} of {planned} min</source>
        <translation>{item} : {elapsed} sur {planned} min</translation>
    </message>
    <message>
        <source>planned {start}–{end}</source>
        <translation>prévue de {start} à {end}</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>à l’heure</translation>
    </message>
    <message>
        <source>{n} min late</source>
        <translation>{n} min de retard</translation>
    </message>
    <message>
        <source>ended {time}, {words}</source>
        <translation>terminée à {time}, {words}</translation>
    </message>
    <message>
        <source>ends {time}, {words}</source>
        <translation>fin à {time}, {words}</translation>
    </message>
    <message>
        <source>1 floor request of {length} still fits</source>
        <translation>Encore 1 demande de la salle de {length} possible</translation>
    </message>
    <message>
        <source>{n} floor requests of {length} still fit</source>
        <translation>Encore {n} demandes de la salle de {length} possibles</translation>
    </message>
    <message>
        <source>floor closed</source>
        <translation>salle close</translation>
    </message>
</context>
<context>
    <name>MeetingFile</name>
    <message>
        <source>The meeting file holds more than {limit:,} records.</source>
        <translation>Le fichier de réunion contient plus de {limit:,} enregistrements.</translation>
    </message>
    <message>
        <source>“{where}” must be a list.</source>
        <translation>« {where} » doit être une liste.</translation>
    </message>
    <message>
        <source>This is not a Roundtable meeting file (format “{expected}”).</source>
        <translation>Ce n’est pas un fichier de réunion Roundtable (format « {expected} »).</translation>
    </message>
    <message>
        <source>The meeting file has no valid “version” (a whole number from 1).</source>
        <translation>Le fichier de réunion n’a pas de « version » valide (un nombre entier à partir de 1).</translation>
    </message>
    <message>
        <source>This meeting file was written by a newer Roundtable Desktop (version {version}); update Roundtable Desktop to merge it.</source>
        <translation>Ce fichier de réunion a été écrit par une version plus récente de Roundtable Desktop (version {version}) ; mettez Roundtable Desktop à jour pour le fusionner.</translation>
    </message>
    <message>
        <source>The meeting file does not say which laptop wrote it (“laptop”).</source>
        <translation>Le fichier de réunion n’indique pas quel ordinateur l’a écrit (« laptop »).</translation>
    </message>
    <message>
        <source>The meeting file has no “records”.</source>
        <translation>Le fichier de réunion n’a pas de « records ».</translation>
    </message>
    <message>
        <source>“{where}” belongs to another meeting.</source>
        <translation>« {where} » appartient à une autre réunion.</translation>
    </message>
    <message>
        <source>“{where}” {id} is used twice.</source>
        <translation>« {where} » {id} est utilisé deux fois.</translation>
    </message>
    <message>
        <source>“{where}” must be an object.</source>
        <translation>« {where} » doit être un objet.</translation>
    </message>
    <message>
        <source>“{where}” is not a deleted record of a meeting.</source>
        <translation>« {where} » n’est pas un enregistrement supprimé d’une réunion.</translation>
    </message>
    <message>
        <source>The meeting file&apos;s “{where}” is not an id.</source>
        <translation>Le « {where} » du fichier de réunion n’est pas un identifiant.</translation>
    </message>
    <message>
        <source>The meeting file&apos;s “{where}” is not a whole number.</source>
        <translation>Le « {where} » du fichier de réunion n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>{name} is not a meeting file: it is not valid JSON text.</source>
        <translation>{name} n’est pas un fichier de réunion : ce n’est pas un texte JSON valide.</translation>
    </message>
    <message>
        <source>{name} is a session file, which comes in with new ids: use File &gt; Import.</source>
        <translation>{name} est un fichier de session, qui entre avec de nouveaux identifiants : utilisez Fichier &gt; Importer.</translation>
    </message>
</context>
<context>
    <name>MeetingFileActions</name>
    <message>
        <source>Export for another &amp;laptop…</source>
        <translation>Exporter pour un autre &amp;ordinateur…</translation>
    </message>
    <message>
        <source>Write the meeting with its ids to a file that the other laptop merges (no network needed)</source>
        <translation>Écrire la réunion avec ses identifiants dans un fichier que l’autre ordinateur fusionne (aucun réseau nécessaire)</translation>
    </message>
    <message>
        <source>&amp;Merge a meeting file…</source>
        <translation>&amp;Fusionner un fichier de réunion…</translation>
    </message>
    <message>
        <source>Bring in the notes and changes of another laptop&apos;s meeting file, by id</source>
        <translation>Intégrer les notes et les modifications du fichier de réunion d’un autre ordinateur, par identifiant</translation>
    </message>
    <message>
        <source>Export for another laptop</source>
        <translation>Exporter pour un autre ordinateur</translation>
    </message>
    <message>
        <source>Meeting files (*{suffix});;All files (*)</source>
        <translation>Fichiers de réunion (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Écrit : {path}</translation>
    </message>
    <message>
        <source>Merge a meeting file</source>
        <translation>Fusionner un fichier de réunion</translation>
    </message>
    <message>
        <source>Nothing was merged.</source>
        <translation>Rien n’a été fusionné.</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <source>e.g. E/CN.16/2021/CRP.1</source>
        <translation>par exemple E/CN.16/2021/CRP.1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>générale</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>The document symbol; with one, the Word summary opens with a masthead: symbol, distribution, date of issue, original language</source>
        <translation>La cote du document ; si elle est indiquée, le résumé Word commence par un en-tête : cote, distribution, date de publication, langue originale</translation>
    </message>
    <message>
        <source>The meeting&apos;s title, as the summary will show it</source>
        <translation>Le titre de la réunion, tel que le résumé l’affichera</translation>
    </message>
    <message>
        <source>Room, building, or virtual / hybrid</source>
        <translation>Salle, bâtiment, ou virtuel / hybride</translation>
    </message>
    <message>
        <source>The forum the outcome feeds, e.g. the HLPF</source>
        <translation>L’instance à laquelle contribuent les résultats, par exemple le FPHN</translation>
    </message>
    <message>
        <source>in</source>
        <translation>fuseau</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Organisateur :</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Session :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>T&amp;imes:</source>
        <translation>&amp;Heures :</translation>
    </message>
    <message>
        <source>&amp;Venue / format:</source>
        <translation>&amp;Lieu / format :</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Président :</translation>
    </message>
    <message>
        <source>&amp;Rapporteur:</source>
        <translation>&amp;Rapporteur :</translation>
    </message>
    <message>
        <source>Outcome &amp;feeds:</source>
        <translation>&amp;Contribution attendue à :</translation>
    </message>
    <message>
        <source>Focus SD&amp;Gs:</source>
        <translation>O&amp;DD prioritaires :</translation>
    </message>
    <message>
        <source>Document s&amp;ymbol:</source>
        <translation>&amp;Cote du document :</translation>
    </message>
    <message>
        <source>Distr.:</source>
        <translation>Distr. :</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>Publié le :</translation>
    </message>
    <message>
        <source>Original:</source>
        <translation>Original :</translation>
    </message>
    <message>
        <source>check</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>Read from the concept note, but not sure: {reason}.</source>
        <translation>Lu dans la note de synthèse, mais incertain : {reason}.</translation>
    </message>
    <message>
        <source>Read from the concept note.</source>
        <translation>Lu dans la note de synthèse.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>non trouvé</translation>
    </message>
    <message>
        <source>found</source>
        <translation>trouvé</translation>
    </message>
    <message>
        <source>The concept note did not say; fill it in or leave it empty.</source>
        <translation>La note de synthèse ne le précisait pas ; complétez-le ou laissez-le vide.</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone: choose one from the list (type part of a city&apos;s name).</source>
        <translation>« {zone} » n’est pas un fuseau horaire : choisissez-en un dans la liste (tapez une partie du nom d’une ville).</translation>
    </message>
    <message>
        <source>{zone} is UTC{sign}{hours:02d}:{minutes:02d} ({abbreviation}) on that date.</source>
        <translation>{zone} est à UTC{sign}{hours:02d}:{minutes:02d} ({abbreviation}) à cette date.</translation>
    </message>
    <message>
        <source>Starts at {time} on this computer&apos;s clock.</source>
        <translation>Commence à {time} selon l’horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>The meeting needs a title.</source>
        <translation>La réunion doit avoir un titre.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Choisissez un fuseau horaire dans la liste.</translation>
    </message>
    <message>
        <source>The meeting ends when it starts; correct the end time.</source>
        <translation>La réunion se termine à l’heure où elle commence ; corrigez l’heure de fin.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
</context>
<context>
    <name>MeetingImporter</name>
    <message>
        <source>Import a concept note or a session file</source>
        <translation>Importer une note de synthèse ou un fichier de session</translation>
    </message>
    <message>
        <source>Concept notes and session files (*.docx *.pdf *.md *.markdown *.txt *.json);;Word documents (*.docx);;PDF documents (*.pdf);;Markdown and text (*.md *.markdown *.txt);;Session files (*.json);;All files (*)</source>
        <translation>Notes de synthèse et fichiers de session (*.docx *.pdf *.md *.markdown *.txt *.json);;Documents Word (*.docx);;Documents PDF (*.pdf);;Markdown et texte (*.md *.markdown *.txt);;Fichiers de session (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no text: copy the concept note&apos;s text, then choose File &gt; Import from clipboard again.</source>
        <translation>Le presse-papiers ne contient aucun texte : copiez le texte de la note de synthèse, puis choisissez à nouveau Fichier &gt; Importer depuis le presse-papiers.</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>le texte collé</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
    <message>
        <source>The library already holds a meeting with this title on this date; saving adds another one.</source>
        <translation>La bibliothèque contient déjà une réunion portant ce titre à cette date ; l’enregistrement en ajoute une autre.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>MeetingPropertiesDialog</name>
    <message>
        <source>Meeting properties</source>
        <translation>Propriétés de la réunion</translation>
    </message>
    <message>
        <source>meeting properties</source>
        <translation>propriétés de la réunion</translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message>
        <source>meeting&apos;s details</source>
        <translation>renseignements sur la réunion</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>point de l’ordre du jour</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>points de l’ordre du jour</translation>
    </message>
    <message>
        <source>guiding question</source>
        <translation>question directrice</translation>
    </message>
    <message>
        <source>guiding questions</source>
        <translation>questions directrices</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>speaker slot</source>
        <translation>tour de parole</translation>
    </message>
    <message>
        <source>speaker slots</source>
        <translation>tours de parole</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>message to the speaker</source>
        <translation>message à l’orateur</translation>
    </message>
    <message>
        <source>messages to the speaker</source>
        <translation>messages à l’orateur</translation>
    </message>
    <message>
        <source>{n} meeting&apos;s details</source>
        <translation>renseignements sur la réunion ({n})</translation>
    </message>
    <message>
        <source>{n} agenda item</source>
        <translation>{n} point de l’ordre du jour</translation>
    </message>
    <message>
        <source>{n} agenda items</source>
        <translation>{n} points de l’ordre du jour</translation>
    </message>
    <message>
        <source>{n} guiding question</source>
        <translation>{n} question directrice</translation>
    </message>
    <message>
        <source>{n} guiding questions</source>
        <translation>{n} questions directrices</translation>
    </message>
    <message>
        <source>{n} participant</source>
        <translation>{n} participant</translation>
    </message>
    <message>
        <source>{n} participants</source>
        <translation>{n} participants</translation>
    </message>
    <message>
        <source>{n} speaker slot</source>
        <translation>{n} tour de parole</translation>
    </message>
    <message>
        <source>{n} speaker slots</source>
        <translation>{n} tours de parole</translation>
    </message>
    <message>
        <source>{n} note</source>
        <translation>{n} note</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} notes</translation>
    </message>
    <message>
        <source>{n} message to the speaker</source>
        <translation>{n} message à l’orateur</translation>
    </message>
    <message>
        <source>{n} messages to the speaker</source>
        <translation>{n} messages à l’orateur</translation>
    </message>
    <message>
        <source>Nothing to merge: this library already holds everything in the file for “{title}”.</source>
        <translation>Rien à fusionner : cette bibliothèque contient déjà tout ce que le fichier apporte pour « {title} ».</translation>
    </message>
    <message>
        <source>Added the meeting “{title}” ({id}).</source>
        <translation>Réunion « {title} » ajoutée ({id}).</translation>
    </message>
    <message>
        <source>Merged into the meeting “{title}” ({id}).</source>
        <translation>Fusionné dans la réunion « {title} » ({id}).</translation>
    </message>
    <message>
        <source>Added: {items}.</source>
        <translation>Ajouté : {items}.</translation>
    </message>
    <message>
        <source>Updated: {items}.</source>
        <translation>Mis à jour : {items}.</translation>
    </message>
    <message>
        <source>Deleted: {items}.</source>
        <translation>Supprimé : {items}.</translation>
    </message>
    <message>
        <source>Kept deleted here: {items}.</source>
        <translation>Laissé supprimé ici : {items}.</translation>
    </message>
    <message>
        <source>Changed on both laptops, to check: the {what} “{label}” ({fields}): the newer was kept; the older had {older}.</source>
        <translation>Modifié sur les deux ordinateurs, à vérifier : {what} « {label} » ({fields}) : la version la plus récente a été conservée ; l’ancienne portait {older}.</translation>
    </message>
    <message>
        <source>Changed on both laptops: the {what} “{label}” ({fields}) kept as on the chair&apos;s laptop.</source>
        <translation>Modifié sur les deux ordinateurs : {what} « {label} » ({fields}) conservé comme sur l’ordinateur de la présidence.</translation>
    </message>
    <message>
        <source>Changed on both laptops: the {what} “{label}” ({fields}) kept as on the rapporteur&apos;s laptop.</source>
        <translation>Modifié sur les deux ordinateurs : {what} « {label} » ({fields}) conservé comme sur l’ordinateur du rapporteur.</translation>
    </message>
    <message>
        <source>Changed on both laptops: the {what} “{label}” ({fields}) kept as on the chair&apos;s and the rapporteur&apos;s laptop.</source>
        <translation>Modifié sur les deux ordinateurs : {what} « {label} » ({fields}) conservé comme sur les ordinateurs de la présidence et du rapporteur.</translation>
    </message>
    <message>
        <source>This meeting was deleted from this library; to have it again, import the file as a new meeting (File &gt; Import).</source>
        <translation>Cette réunion a été supprimée de cette bibliothèque ; pour l’avoir à nouveau, importez le fichier comme nouvelle réunion (Fichier &gt; Importer).</translation>
    </message>
    <message>
        <source>This library does not hold the meeting these changes belong to.</source>
        <translation>Cette bibliothèque ne contient pas la réunion à laquelle appartiennent ces modifications.</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <source>Merged: {title}</source>
        <translation>Fusionné : {title}</translation>
    </message>
    <message>
        <source>Changed on both laptops; the newer version was kept. Tick those where the other version is the right one:</source>
        <translation>Modifié sur les deux ordinateurs ; la version la plus récente a été conservée. Cochez ceux pour lesquels l’autre version est la bonne :</translation>
    </message>
    <message>
        <source>The {what} “{label}”: use {values} instead of {kept}</source>
        <translation>{what} « {label} » : utiliser {values} au lieu de {kept}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>NewShareBar</name>
    <message>
        <source>The chair&apos;s laptop shares this meeting again: join with the new code (at {address}).</source>
        <translation>L’ordinateur du Président partage de nouveau cette réunion : rejoignez-la avec le nouveau code (à {address}).</translation>
    </message>
    <message>
        <source>&amp;Join…</source>
        <translation>&amp;Rejoindre…</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <source>Who said it (Ctrl+N ties the note to the current speaker)</source>
        <translation>Qui l’a dit (Ctrl+N rattache la note à l’orateur en cours)</translation>
    </message>
    <message>
        <source>The guiding question it answers (Alt+1 … Alt+9)</source>
        <translation>La question directrice à laquelle elle répond (Alt+1 … Alt+9)</translation>
    </message>
    <message>
        <source>What kind of note (Ctrl+1 … Ctrl+9)</source>
        <translation>Type de note (Ctrl+1 … Ctrl+9)</translation>
    </message>
    <message>
        <source>{kind} (Ctrl+{n})</source>
        <translation>{kind} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>&amp;Key message</source>
        <translation>Message &amp;clé</translation>
    </message>
    <message>
        <source>Mark as a key message for the summary (Ctrl+K)</source>
        <translation>Marquer comme message clé pour le résumé (Ctrl+K)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Return)</source>
        <translation>Enregistrer la note (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Leave the note as it was stored (Esc)</source>
        <translation>Laisser la note telle qu’elle était enregistrée (Échap)</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Question directrice</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODD</translation>
    </message>
    <message>
        <source>Note box</source>
        <translation>Zone de note</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <source>Leave the note being edited as it was</source>
        <translation>Laisser la note en cours de modification telle qu’elle était</translation>
    </message>
    <message>
        <source>— no speaker —</source>
        <translation>— aucun orateur —</translation>
    </message>
    <message>
        <source>— no question —</source>
        <translation>— aucune question —</translation>
    </message>
    <message>
        <source>Speaker confirmed: Ctrl+Return saves the note.</source>
        <translation>Orateur confirmé : Ctrl+Entrée enregistre la note.</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>à {time}</translation>
    </message>
    <message>
        <source>at {time} (time not sure)</source>
        <translation>à {time} (heure incertaine)</translation>
    </message>
    <message>
        <source>&lt;b&gt;New note&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nouvelle note&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Editing the note of {time}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modification de la note de {time}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type the note; Ctrl+Return saves it, Esc leaves it as it was.</source>
        <translation>Tapez la note ; Ctrl+Entrée l’enregistre, Échap la laisse telle qu’elle était.</translation>
    </message>
    <message>
        <source>Ctrl+N ties a note to the current speaker. Type; Ctrl+Return saves. Ctrl+1…9 kind, Ctrl+K key message, Alt+1…9 question.</source>
        <translation>Ctrl+N rattache une note à l’orateur en cours. Tapez ; Ctrl+Entrée enregistre. Ctrl+1…9 type, Ctrl+K message clé, Alt+1…9 question.</translation>
    </message>
</context>
<context>
    <name>NoteHistory</name>
    <message>
        <source>new note</source>
        <translation>la nouvelle note</translation>
    </message>
    <message>
        <source>note edit</source>
        <translation>la modification de la note</translation>
    </message>
    <message>
        <source>deleted note</source>
        <translation>la suppression de la note</translation>
    </message>
    <message>
        <source>Undone: {what} “{text}”. Ctrl+Shift+Z brings it back.</source>
        <translation>Annulé : {what} « {text} ». Ctrl+Maj+Z le rétablit.</translation>
    </message>
    <message>
        <source>Redone: {what} “{text}”. Ctrl+Z undoes it again.</source>
        <translation>Rétabli : {what} « {text} ». Ctrl+Z l’annule à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Annuler {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rétablir {what}</translation>
    </message>
    <message>
        <source>&amp;Undo note change</source>
        <translation>&amp;Annuler la modification de note</translation>
    </message>
    <message>
        <source>&amp;Redo note change</source>
        <translation>&amp;Rétablir la modification de note</translation>
    </message>
</context>
<context>
    <name>NoteKind</name>
    <message>
        <source>Key point</source>
        <translation>Point clé</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Bonne pratique</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Difficulté</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Data point</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Mesure de suivi</translation>
    </message>
</context>
<context>
    <name>NotesActions</name>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Nouvelle note</translation>
    </message>
    <message>
        <source>Start a note tied to the current speaker</source>
        <translation>Commencer une note rattachée à l’orateur en cours</translation>
    </message>
    <message>
        <source>&amp;Search notes</source>
        <translation>&amp;Rechercher dans les notes</translation>
    </message>
    <message>
        <source>Find notes by their words</source>
        <translation>Trouver des notes par leurs mots</translation>
    </message>
    <message>
        <source>Notes &amp;by question</source>
        <translation>Notes &amp;par question</translation>
    </message>
    <message>
        <source>Notes grouped by guiding question, with your synthesis</source>
        <translation>Notes regroupées par question directrice, avec votre synthèse</translation>
    </message>
    <message>
        <source>&amp;Edit selected note (Enter in the list)</source>
        <translation>&amp;Modifier la note sélectionnée (Entrée dans la liste)</translation>
    </message>
    <message>
        <source>Edit its text &amp;in place (F2 in the list)</source>
        <translation>Modifier son texte &amp;sur place (F2 dans la liste)</translation>
    </message>
    <message>
        <source>&amp;Delete selected note (Del in the list)</source>
        <translation>Supprimer &amp;la note sélectionnée (Suppr dans la liste)</translation>
    </message>
    <message>
        <source>&amp;Undo note change</source>
        <translation>&amp;Annuler la modification de note</translation>
    </message>
    <message>
        <source>Undo the last new, edited or deleted note</source>
        <translation>Annuler la dernière note créée, modifiée ou supprimée</translation>
    </message>
    <message>
        <source>&amp;Redo note change</source>
        <translation>&amp;Rétablir la modification de note</translation>
    </message>
    <message>
        <source>Redo the note change just undone</source>
        <translation>Rétablir la modification de note qui vient d’être annulée</translation>
    </message>
    <message>
        <source>Mark as &amp;key message</source>
        <translation>Marquer comme message &amp;clé</translation>
    </message>
    <message>
        <source>Mark the note as a key message for the summary</source>
        <translation>Marquer la note comme message clé pour le résumé</translation>
    </message>
    <message>
        <source>Kind o&amp;f note</source>
        <translation>&amp;Type de note</translation>
    </message>
    <message>
        <source>Guiding &amp;question</source>
        <translation>&amp;Question directrice</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;By question</source>
        <translation>&amp;Par question</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Note deleted: Ctrl+Z brings it back.</source>
        <translation>Note supprimée : Ctrl+Z la rétablit.</translation>
    </message>
</context>
<context>
    <name>NotesTable</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>SDG</source>
        <translation>ODD</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>Message clé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>F2 edits a note&apos;s text in place; Enter or double-click opens it in the box below; Delete removes it (Ctrl+Z brings it back)</source>
        <translation>F2 modifie le texte d’une note sur place ; Entrée ou un double-clic l’ouvre dans la zone ci-dessous ; Suppr la retire (Ctrl+Z la rétablit)</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>e.g. H.E. Ms. Paula Ingabire</source>
        <translation>par exemple S. E. Mme Paula Ingabire</translation>
    </message>
    <message>
        <source>e.g. Minister of ICT and Innovation</source>
        <translation>par exemple Ministre des TIC et de l’innovation</translation>
    </message>
    <message>
        <source>Organisation, or a country: type part of its name</source>
        <translation>Une organisation, ou un pays : tapez une partie de son nom</translation>
    </message>
    <message>
        <source>Not stated: type one if not listed</source>
        <translation>Non précisée : tapez-la si elle ne figure pas dans la liste</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>&amp;Organisation / country:</source>
        <translation>&amp;Organisation / pays :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Sexe :</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion :</translation>
    </message>
    <message>
        <source>&amp;Language spoken:</source>
        <translation>&amp;Langue parlée :</translation>
    </message>
    <message>
        <source>A participant needs a name</source>
        <translation>Un participant doit avoir un nom</translation>
    </message>
    <message>
        <source>new participant</source>
        <translation>nouveau participant</translation>
    </message>
    <message>
        <source>participant edit</source>
        <translation>modification d’un participant</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>{name} is not a CSV file; save the spreadsheet as CSV (.csv) first.</source>
        <translation>{name} n’est pas un fichier CSV ; enregistrez d’abord la feuille de calcul au format CSV (.csv).</translation>
    </message>
    <message>
        <source>{name} has {count:,} lines; a participants list is at most {limit:,} rows.</source>
        <translation>{name} compte {count:,} lignes ; une liste de participants compte au plus {limit:,} lignes.</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file (its quotation marks do not close).</source>
        <translation>{name} n’est pas un fichier CSV lisible (ses guillemets ne se ferment pas).</translation>
    </message>
    <message>
        <source>Row {row}: {name} is already on row {first}; the row was skipped.</source>
        <translation>Ligne {row} : {name} figure déjà à la ligne {first} ; la ligne a été ignorée.</translation>
    </message>
    <message>
        <source>{name} has a header row but no participants under it.</source>
        <translation>{name} a une ligne d’en-tête, mais aucun participant en dessous.</translation>
    </message>
    <message>
        <source>The first row of {name} must name the columns, with at least “name” (and any of function, organisation, country, role, gender, region, language); it is empty.</source>
        <translation>La première ligne de {name} doit nommer les colonnes, avec au moins « name » (et l’une des colonnes function, organisation, country, role, gender, region, language) ; elle est vide.</translation>
    </message>
    <message>
        <source>The first row of {name} must name the columns, with at least “name” (and any of function, organisation, country, role, gender, region, language); it holds {found}.</source>
        <translation>La première ligne de {name} doit nommer les colonnes, avec au moins « name » (et l’une des colonnes function, organisation, country, role, gender, region, language) ; elle contient {found}.</translation>
    </message>
    <message>
        <source>Row {row}: no name; the row was skipped.</source>
        <translation>Ligne {row} : aucun nom ; la ligne a été ignorée.</translation>
    </message>
    <message>
        <source>Row {row}: {what} “{value}” is not known; it was set to {default}.</source>
        <translation>Ligne {row} : {what} « {value} » inconnu ; la valeur {default} a été retenue.</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation / country</source>
        <translation>Organisation / pays</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>Adding a speaker offers only those &amp;present</source>
        <translation>L’ajout d’un orateur ne propose que les &amp;présents</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add a participant (Insert)</source>
        <translation>Ajouter un participant (Inser)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected participant (Enter)</source>
        <translation>Modifier le participant sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected participant (Delete)</source>
        <translation>Retirer le participant sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Add participants from a spreadsheet saved as CSV</source>
        <translation>Ajouter des participants à partir d’un tableur enregistré en CSV</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} participants&lt;/b&gt;, {k} present — the speaker list and floor requests offer them by name; Space marks the selected one present (the roll call).</source>
        <translation>&lt;b&gt;{n} participants&lt;/b&gt;, {k} présents — la liste des orateurs et les demandes de la salle les proposent par leur nom ; Espace marque le participant sélectionné comme présent (l’appel).</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>présence</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Retirer le participant</translation>
    </message>
    <message>
        <source>{name} is on the speaker list ({n} places). Removing them takes them off the list too; notes about what they said are kept.</source>
        <translation>{name} figure sur la liste des orateurs ({n} places). Le retirer l’enlève aussi de la liste ; les notes sur ses propos sont conservées.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>participant removed</source>
        <translation>participant retiré</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Tableurs enregistrés en CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>participants imported</source>
        <translation>participants importés</translation>
    </message>
    <message>
        <source>Add {n} participants from {name}?</source>
        <translation>Ajouter {n} participants à partir de {name} ?</translation>
    </message>
    <message>
        <source>{n} already in the list (same name), not added again.</source>
        <translation>{n} déjà dans la liste (même nom), non ajoutés de nouveau.</translation>
    </message>
    <message>
        <source>{n} problems in the file (see the details).</source>
        <translation>{n} problèmes dans le fichier (voir les détails).</translation>
    </message>
    <message>
        <source>{name} holds nobody who is not already in the list.</source>
        <translation>{name} ne contient personne qui ne figure pas déjà dans la liste.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>PresenterDisplay</name>
    <message>
        <source>Presenter display — Roundtable Desktop</source>
        <translation>Affichage pour les orateurs — Roundtable Desktop</translation>
    </message>
    <message>
        <source>Presenter display</source>
        <translation>Affichage pour les orateurs</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Suivant : {name}</translation>
    </message>
    <message>
        <source>End of the meeting</source>
        <translation>Fin de la réunion</translation>
    </message>
    <message>
        <source>Ended at {time}</source>
        <translation>Terminée à {time}</translation>
    </message>
    <message>
        <source>About to begin</source>
        <translation>Va commencer</translation>
    </message>
    <message>
        <source>Starts in</source>
        <translation>Début dans</translation>
    </message>
    <message>
        <source>Planned start: {when}</source>
        <translation>Début prévu : {when}</translation>
    </message>
    <message>
        <source>First: {name}</source>
        <translation>Premier orateur : {name}</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Temps visé</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Each speaker&apos;s target / limit in this item (minutes:seconds)</source>
        <translation>Temps visé / limite de chaque orateur dans ce point (minutes:secondes)</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouveau point</translation>
    </message>
    <message>
        <source>{planned} min planned</source>
        <translation>{planned} min prévues</translation>
    </message>
    <message>
        <source>{planned} of {length} min</source>
        <translation>{planned} sur {length} min</translation>
    </message>
    <message>
        <source> ({left} min not planned)</source>
        <translation> ({left} min non prévues)</translation>
    </message>
    <message>
        <source> ({over} min too many)</source>
        <translation> ({over} min de trop)</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>New guiding question</source>
        <translation>Nouvelle question directrice</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Question directrice</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Étiquette :</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question :</translation>
    </message>
    <message>
        <source>A guiding question needs its text</source>
        <translation>Une question directrice doit avoir un texte</translation>
    </message>
    <message>
        <source>new guiding question</source>
        <translation>nouvelle question directrice</translation>
    </message>
    <message>
        <source>guiding question edit</source>
        <translation>modification d’une question directrice</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Guiding questions</source>
        <translation>Questions directrices</translation>
    </message>
    <message>
        <source>&lt;small&gt;Double-click a question (or press F2) to correct it; the order here is the order of Q1, Q2…&lt;/small&gt;</source>
        <translation>&lt;small&gt;Double-cliquez sur une question (ou appuyez sur F2) pour la corriger ; l’ordre ici est celui de Q1, Q2…&lt;/small&gt;</translation>
    </message>
    <message>
        <source>New question?</source>
        <translation>Nouvelle question ?</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Questions directrices</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected row</source>
        <translation>Modifier la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Retirer la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>removal</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>move</source>
        <translation>déplacement</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>African States</source>
        <translation>États d’Afrique</translation>
    </message>
    <message>
        <source>Asia-Pacific States</source>
        <translation>États d’Asie et du Pacifique</translation>
    </message>
    <message>
        <source>Eastern European States</source>
        <translation>États d’Europe orientale</translation>
    </message>
    <message>
        <source>Latin American and Caribbean States</source>
        <translation>États d’Amérique latine et des Caraïbes</translation>
    </message>
    <message>
        <source>Western European and other States</source>
        <translation>États d’Europe occidentale et autres États</translation>
    </message>
</context>
<context>
    <name>RegionFromCountry</name>
    <message>
        <source>From the country; choose another group if needed.</source>
        <translation>D’après le pays ; choisissez un autre groupe si nécessaire.</translation>
    </message>
</context>
<context>
    <name>RegionalGroups</name>
    <message>
        <source>Counted with the Western European and other States for elections; it also takes part fully in the Asia-Pacific States.</source>
        <translation>Compté avec les États d’Europe occidentale et autres États pour les élections ; participe aussi pleinement aux travaux des États d’Asie et du Pacifique.</translation>
    </message>
    <message>
        <source>In no group as a member: it attends the Western European and other States as an observer and is counted with them for elections.</source>
        <translation>Membre d’aucun groupe : assiste aux réunions des États d’Europe occidentale et autres États en qualité d’observateur et est compté avec eux pour les élections.</translation>
    </message>
    <message>
        <source>In the Western European and other States, not in the Asia-Pacific States where it lies.</source>
        <translation>Dans le groupe des États d’Europe occidentale et autres États, et non dans celui des États d’Asie et du Pacifique, où il est situé.</translation>
    </message>
    <message>
        <source>In the Asia-Pacific States, though a member of the European Union.</source>
        <translation>Dans le groupe des États d’Asie et du Pacifique, bien que membre de l’Union européenne.</translation>
    </message>
    <message>
        <source>In the Asia-Pacific States since 2010; until then in no group.</source>
        <translation>Dans le groupe des États d’Asie et du Pacifique depuis 2010 ; auparavant dans aucun groupe.</translation>
    </message>
    <message>
        <source>An observer State, in no regional group: choose one if the meeting counts it.</source>
        <translation>État observateur, dans aucun groupe régional : choisissez-en un si la réunion le compte.</translation>
    </message>
    <message>
        <source>An observer State, not a Member State: choose its group if the meeting counts it.</source>
        <translation>État observateur, non État Membre : choisissez son groupe si la réunion le compte.</translation>
    </message>
</context>
<context>
    <name>Reliability</name>
    <message>
        <source>{title} (read-only)</source>
        <translation>{title} (lecture seule)</translation>
    </message>
    <message>
        <source>The library is damaged</source>
        <translation>La bibliothèque est endommagée</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer à partir d’une sauvegarde…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>another copy of Roundtable Desktop ({who}) writes to this library</source>
        <translation>une autre copie de Roundtable Desktop ({who}) écrit dans cette bibliothèque</translation>
    </message>
    <message>
        <source>the library cannot be written to</source>
        <translation>impossible d’écrire dans la bibliothèque</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer à partir d’une sauvegarde</translation>
    </message>
    <message>
        <source>The copy of {when} is now the library. The library as it was is kept as {path}; File &gt; Restore from backup… lists it to come back to.</source>
        <translation>La copie du {when} est désormais la bibliothèque. La bibliothèque précédente est conservée sous {path} ; Fichier &gt; Restaurer à partir d’une sauvegarde… la propose pour y revenir.</translation>
    </message>
    <message>
        <source>The library needs attention</source>
        <translation>La bibliothèque requiert votre attention</translation>
    </message>
    <message>
        <source>Restore the backup of {when}</source>
        <translation>Restaurer la sauvegarde du {when}</translation>
    </message>
    <message>
        <source>Use the library as it is</source>
        <translation>Utiliser la bibliothèque telle quelle</translation>
    </message>
    <message>
        <source>Start a new library</source>
        <translation>Créer une nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>Start a new library (the damaged one is kept aside)</source>
        <translation>Créer une nouvelle bibliothèque (celle qui est endommagée est mise de côté)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>The library is in use</source>
        <translation>La bibliothèque est en cours d’utilisation</translation>
    </message>
    <message>
        <source>{problem}

Its window could not be brought to the front. You can open the library read-only to look at it; changes would not be saved.</source>
        <translation>{problem}

Sa fenêtre n’a pas pu être mise au premier plan. Vous pouvez ouvrir la bibliothèque en lecture seule pour la consulter ; les modifications ne seraient pas enregistrées.</translation>
    </message>
    <message>
        <source>The library cannot be written to</source>
        <translation>Impossible d’écrire dans la bibliothèque</translation>
    </message>
    <message>
        <source>{problem}

You can open the library read-only to look at it and export from it; changes would not be saved. To change it, copy it to a folder you can write to and open the copy (--db PATH).</source>
        <translation>{problem}

Vous pouvez ouvrir la bibliothèque en lecture seule pour la consulter et en exporter le contenu ; les modifications ne seraient pas enregistrées. Pour la modifier, copiez-la dans un dossier où vous pouvez écrire et ouvrez la copie (--db CHEMIN).</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>The library as it was is kept as {path}.</source>
        <translation>La bibliothèque précédente est conservée sous {path}.</translation>
    </message>
    <message>
        <source>The backup of {when} is now the library.</source>
        <translation>La sauvegarde du {when} est désormais la bibliothèque.</translation>
    </message>
    <message>
        <source>Library restored</source>
        <translation>Bibliothèque restaurée</translation>
    </message>
</context>
<context>
    <name>RequestType</name>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Motion d’ordre</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>{when} — damaged, cannot be restored</source>
        <translation>{when} — endommagée, restauration impossible</translation>
    </message>
    <message>
        <source>{when} — 1 meeting</source>
        <translation>{when} — 1 réunion</translation>
    </message>
    <message>
        <source>{when} — {count} meetings</source>
        <translation>{when} — {count} réunions</translation>
    </message>
    <message>
        <source>The library as it was before a restore, last changed {when} — {count} meeting(s)</source>
        <translation>La bibliothèque telle qu’elle était avant une restauration, modifiée pour la dernière fois le {when} — {count} réunion(s)</translation>
    </message>
    <message>
        <source>Everything the library holds now is in this copy: restoring it drops nothing.</source>
        <translation>Tout ce que contient la bibliothèque se trouve dans cette copie : la restaurer ne supprime rien.</translation>
    </message>
    <message>
        <source>{count} note(s) written since (in {meetings})</source>
        <translation>{count} note(s) écrite(s) depuis (dans {meetings})</translation>
    </message>
    <message>
        <source>{count} meeting(s) added since</source>
        <translation>{count} réunion(s) ajoutée(s) depuis</translation>
    </message>
    <message>
        <source>Restoring this copy drops what the library gained since: {what}. A speaker still speaking in the copy comes back paused at the time it holds. The library as it is now is kept as a file and listed here, to come back to.</source>
        <translation>Restaurer cette copie supprime ce que la bibliothèque a reçu depuis : {what}. Un orateur qui a encore la parole dans la copie revient suspendu au temps qu’elle indique. La bibliothèque actuelle est conservée sous forme de fichier et figure ici, pour y revenir.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer à partir d’une sauvegarde</translation>
    </message>
    <message>
        <source>Backups are taken at start and every 5 minutes while something changes; the last 20 are kept in {folder}.
The library as it is now is kept beside it, never deleted.</source>
        <translation>Des sauvegardes sont faites au démarrage et toutes les 5 minutes tant que quelque chose change ; les 20 dernières sont conservées dans {folder}.
La bibliothèque actuelle est conservée à côté, jamais supprimée.</translation>
    </message>
    <message>
        <source>Backups and kept libraries</source>
        <translation>Sauvegardes et bibliothèques conservées</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>There is no backup yet.</source>
        <translation>Il n’y a pas encore de sauvegarde.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Chair</source>
        <translation>Président</translation>
    </message>
    <message>
        <source>Co-chair</source>
        <translation>Coprésident</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Discussant</source>
        <translation>Intervenant principal</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation>État Membre</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>SDG</name>
    <message>
        <source>No poverty</source>
        <translation>Pas de pauvreté</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>Faim « zéro »</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>Bonne santé et bien-être</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>Éducation de qualité</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Égalité entre les sexes</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>Eau propre et assainissement</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>Énergie propre et d’un coût abordable</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>Travail décent et croissance économique</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>Industrie, innovation et infrastructure</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>Inégalités réduites</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>Villes et communautés durables</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>Consommation et production responsables</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>Mesures relatives à la lutte contre les changements climatiques</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>Vie aquatique</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>Vie terrestre</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>Paix, justice et institutions efficaces</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>Partenariats pour la réalisation des objectifs</translation>
    </message>
    <message>
        <source>SDG {number}: {name}</source>
        <translation>ODD {number} : {name}</translation>
    </message>
</context>
<context>
    <name>SdgPicker</name>
    <message>
        <source>The SDGs this note speaks to (focus SDGs of the meeting first)</source>
        <translation>Les ODD auxquels cette note se rapporte (les ODD prioritaires de la réunion d’abord)</translation>
    </message>
    <message>
        <source>Focus of this meeting</source>
        <translation>Priorité de cette réunion</translation>
    </message>
    <message>
        <source>Other goals</source>
        <translation>Autres objectifs</translation>
    </message>
    <message>
        <source>Clear SDGs</source>
        <translation>Effacer les ODD</translation>
    </message>
    <message>
        <source>SDG %1</source>
        <translation>ODD %1</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODD</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>The meeting shown (Ctrl+O to choose another)</source>
        <translation>La réunion affichée (Ctrl+O pour en choisir une autre)</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Réunion :</translation>
    </message>
    <message>
        <source>{date}, from the chair&apos;s laptop</source>
        <translation>{date}, reçue de l’ordinateur du Président</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>{name} is not a session file: it is not UTF-8 text.</source>
        <translation>{name} n’est pas un fichier de session : ce n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON: it is damaged at line {line}, column {column}.</source>
        <translation>{name} n’est pas un JSON valide : il est endommagé à la ligne {line}, colonne {column}.</translation>
    </message>
    <message>
        <source>{name} is not a session file: it is nested too deeply.</source>
        <translation>{name} n’est pas un fichier de session : son imbrication est trop profonde.</translation>
    </message>
    <message>
        <source>{name} is not a session file: it holds a number too long to be one of a meeting&apos;s.</source>
        <translation>{name} n’est pas un fichier de session : il contient un nombre trop long pour être celui d’une réunion.</translation>
    </message>
    <message>
        <source>This is not a Roundtable session file: it does not hold a JSON object.</source>
        <translation>Ce n’est pas un fichier de session Roundtable : il ne contient pas d’objet JSON.</translation>
    </message>
    <message>
        <source>“{where}” must be a list, not {kind}.</source>
        <translation>« {where} » doit être une liste, et non {kind}.</translation>
    </message>
    <message>
        <source>The session file holds more than {limit:,} records.</source>
        <translation>Le fichier de session contient plus de {limit:,} enregistrements.</translation>
    </message>
    <message>
        <source>The session file holds {count:,} records in “{where}”; a meeting has at most {limit:,}.</source>
        <translation>Le fichier de session contient {count:,} enregistrements dans « {where} » ; une réunion en a au plus {limit:,}.</translation>
    </message>
    <message>
        <source>“{where}” must not be empty.</source>
        <translation>« {where} » ne doit pas être vide.</translation>
    </message>
    <message>
        <source>“{where}” must be one line of at most {limit} characters, as the chair sends it.</source>
        <translation>« {where} » doit tenir en une ligne d’au plus {limit} caractères, comme le président l’envoie.</translation>
    </message>
    <message>
        <source>“{where}” is before it was sent ({sent}).</source>
        <translation>« {where} » est antérieur à son envoi ({sent}).</translation>
    </message>
    <message>
        <source>This is not a Roundtable session file (it names no format, expected “{expected}”).</source>
        <translation>Ce n’est pas un fichier de session Roundtable (il n’indique aucun format ; attendu : « {expected} »).</translation>
    </message>
    <message>
        <source>This is not a Roundtable session file (its format is “{format}”, expected “{expected}”).</source>
        <translation>Ce n’est pas un fichier de session Roundtable (son format est « {format} », attendu : « {expected} »).</translation>
    </message>
    <message>
        <source>The session file has no valid “version” (a whole number from 1).</source>
        <translation>Le fichier de session n’a pas de « version » valide (un nombre entier à partir de 1).</translation>
    </message>
    <message>
        <source>This session file was written by a newer Roundtable Desktop (format version {version}); this one reads up to version {known}. Update Roundtable Desktop to open it.</source>
        <translation>Ce fichier de session a été écrit par une version plus récente de Roundtable Desktop (version de format {version}) ; celle-ci lit jusqu’à la version {known}. Mettez Roundtable Desktop à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>“{where}” must be an object, not {kind}.</source>
        <translation>« {where} » doit être un objet, et non {kind}.</translation>
    </message>
    <message>
        <source>“{where}” has no “{name}”.</source>
        <translation>« {where} » n’a pas de « {name} ».</translation>
    </message>
    <message>
        <source>“{where}” must not be empty (null).</source>
        <translation>« {where} » ne doit pas être vide (null).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>“{where}” must be a whole number, not {kind}.</source>
        <translation>« {where} » doit être un nombre entier, et non {kind}.</translation>
    </message>
    <message>
        <source>“{where}” must be a number, not {kind}.</source>
        <translation>« {where} » doit être un nombre, et non {kind}.</translation>
    </message>
    <message>
        <source>“{where}” is {value}; it must be one of {allowed}.</source>
        <translation>« {where} » vaut {value} ; il doit être l’une des valeurs {allowed}.</translation>
    </message>
    <message>
        <source>“{where}” is {value}, not {kind} like {example}.</source>
        <translation>« {where} » vaut {value}, et non {kind} comme {example}.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>“{where}” must be a list of SDG numbers, not {kind}.</source>
        <translation>« {where} » doit être une liste de numéros d’ODD, et non {kind}.</translation>
    </message>
    <message>
        <source>“{where}” holds {value}; SDGs are numbered 1 to 17.</source>
        <translation>« {where} » contient {value} ; les ODD sont numérotés de 1 à 17.</translation>
    </message>
    <message>
        <source>“{where}” {id} is used twice in the file.</source>
        <translation>« {where} » {id} est utilisé deux fois dans le fichier.</translation>
    </message>
    <message>
        <source>“{where}” belongs to another meeting (session_id {id}).</source>
        <translation>« {where} » appartient à une autre réunion (session_id {id}).</translation>
    </message>
    <message>
        <source>a participant</source>
        <translation>un participant</translation>
    </message>
    <message>
        <source>an agenda item</source>
        <translation>un point de l’ordre du jour</translation>
    </message>
    <message>
        <source>a guiding question</source>
        <translation>une question directrice</translation>
    </message>
    <message>
        <source>a speaker slot</source>
        <translation>une place d’orateur</translation>
    </message>
    <message>
        <source>“{where}” refers to {target} that is not in the file ({field} {id}).</source>
        <translation>« {where} » renvoie à {target} absent du fichier ({field} {id}).</translation>
    </message>
    <message>
        <source>“{where}” must be {described}, not {kind}.</source>
        <translation>« {where} » doit être {described}, et non {kind}.</translation>
    </message>
    <message>
        <source>the text {value}</source>
        <translation>le texte {value}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>vrai ou faux</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>une date</translation>
    </message>
    <message>
        <source>a time</source>
        <translation>une heure</translation>
    </message>
    <message>
        <source>a datetime</source>
        <translation>une date et heure</translation>
    </message>
    <message>
        <source>“{where}” {problem}.</source>
        <translation>« {where} » {problem}.</translation>
    </message>
</context>
<context>
    <name>SetupActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Add a meeting from a concept note (.docx, .pdf, .md, .txt) or a session file (.json), reviewed before it is saved</source>
        <translation>Ajouter une réunion à partir d’une note de synthèse (.docx, .pdf, .md, .txt) ou d’un fichier de session (.json), vérifiée avant d’être enregistrée</translation>
    </message>
    <message>
        <source>Import from clip&amp;board</source>
        <translation>Importer depuis le &amp;presse-papiers</translation>
    </message>
    <message>
        <source>Add a meeting from a concept note&apos;s text copied from an e-mail, a web page or a PDF, reviewed before it is saved</source>
        <translation>Ajouter une réunion à partir du texte d’une note de synthèse copié d’un courriel, d’une page Web ou d’un PDF, vérifiée avant d’être enregistrée</translation>
    </message>
    <message>
        <source>P&amp;roperties…</source>
        <translation>P&amp;ropriétés…</translation>
    </message>
    <message>
        <source>Title, organiser, date, times and time zone, venue, chair, rapporteur, focus SDGs</source>
        <translation>Titre, organisateur, date, heures et fuseau horaire, lieu, président, rapporteur, ODD prioritaires</translation>
    </message>
    <message>
        <source>Partici&amp;pants…</source>
        <translation>&amp;Participants…</translation>
    </message>
    <message>
        <source>Add, edit, remove or import (CSV) the participants</source>
        <translation>Ajouter, modifier, retirer ou importer (CSV) les participants</translation>
    </message>
    <message>
        <source>R&amp;oll call (Space marks present)…</source>
        <translation>Appel (&amp;Espace marque présent)…</translation>
    </message>
    <message>
        <source>The participants, the first one selected: Space marks the selected participant present and moves to the next</source>
        <translation>Les participants, le premier sélectionné : Espace marque le participant sélectionné présent et passe au suivant</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share on this network</source>
        <translation>Partager sur ce réseau</translation>
    </message>
    <message>
        <source>Another laptop joins with File &gt; Join a shared meeting…, the address and the code. A phone or tablet opens the browser view with the QR code: it shows the speaker and the countdown, nothing of the notes.</source>
        <translation>Un autre ordinateur rejoint la réunion avec Fichier &gt; Rejoindre une réunion partagée…, l’adresse et le code. Un téléphone ou une tablette ouvre la vue navigateur avec le code QR : elle montre l’orateur et le compte à rebours, rien des notes.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Pairing code:</source>
        <translation>Code d’appairage :</translation>
    </message>
    <message>
        <source>Browser view:</source>
        <translation>Vue navigateur :</translation>
    </message>
    <message>
        <source>Following:</source>
        <translation>Suivi :</translation>
    </message>
    <message>
        <source>On Windows, if the firewall asks, allow Roundtable Desktop on private networks.</source>
        <translation>Sous Windows, si le pare-feu le demande, autorisez Roundtable Desktop sur les réseaux privés.</translation>
    </message>
    <message>
        <source>&amp;New code</source>
        <translation>&amp;Nouveau code</translation>
    </message>
    <message>
        <source>&amp;Stop sharing</source>
        <translation>&amp;Arrêter le partage</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l’instant</translation>
    </message>
    <message>
        <source>1 laptop</source>
        <translation>1 ordinateur</translation>
    </message>
    <message>
        <source>{count} laptops</source>
        <translation>{count} ordinateurs</translation>
    </message>
    <message>
        <source>Too many wrong codes were tried: nobody joins until you make a new code.</source>
        <translation>Trop de codes erronés ont été essayés : personne ne peut rejoindre avant que vous créiez un nouveau code.</translation>
    </message>
</context>
<context>
    <name>ShareServer</name>
    <message>
        <source>Sharing stopped: {error}</source>
        <translation>Le partage s’est arrêté : {error}</translation>
    </message>
    <message>
        <source>Cannot listen on port {port}: {error}.</source>
        <translation>Impossible d’écouter sur le port {port} : {error}.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
</context>
<context>
    <name>SlotListModel</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Target/limit</source>
        <translation>Visé/limite</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>S’est retiré</translation>
    </message>
    <message>
        <source>Country / org.</source>
        <translation>Pays / org.</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>A la parole</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>SUSPENDU</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>A parlé</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Waiting {n}</source>
        <translation>En attente : {n}</translation>
    </message>
    <message>
        <source>(unknown speaker)</source>
        <translation>(orateur inconnu)</translation>
    </message>
    <message>
        <source>{name} (point of order)</source>
        <translation>{name} (motion d’ordre)</translation>
    </message>
    <message>
        <source>{name} (reply)</source>
        <translation>{name} (réponse)</translation>
    </message>
    <message>
        <source>Request: {kind}</source>
        <translation>Demande : {kind}</translation>
    </message>
    <message>
        <source>Has not spoken yet in this meeting</source>
        <translation>N’a pas encore pris la parole pendant cette réunion</translation>
    </message>
</context>
<context>
    <name>SlotTimesDialog</name>
    <message>
        <source>Speaking time of {name}</source>
        <translation>Temps de parole de {name}</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Question directrice</translation>
    </message>
    <message>
        <source>The participant&apos;s own</source>
        <translation>Celle du participant</translation>
    </message>
    <message>
        <source>Language of this turn</source>
        <translation>Langue de ce tour de parole</translation>
    </message>
    <message>
        <source>&amp;Target (amber from):</source>
        <translation>&amp;Temps visé (orange à partir de) :</translation>
    </message>
    <message>
        <source>&amp;Limit (red from):</source>
        <translation>&amp;Limite (rouge à partir de) :</translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation>De&amp;mande :</translation>
    </message>
    <message>
        <source>Guiding q&amp;uestion:</source>
        <translation>&amp;Question directrice :</translation>
    </message>
    <message>
        <source>Lan&amp;guage this time:</source>
        <translation>Lan&amp;gue cette fois :</translation>
    </message>
    <message>
        <source>Type the time as minutes:seconds, such as 5:00.</source>
        <translation>Tapez la durée en minutes:secondes, par exemple 5:00.</translation>
    </message>
</context>
<context>
    <name>SpeakerClockDisplay</name>
    <message>
        <source>Nobody is speaking</source>
        <translation>Personne n’a la parole</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>A la parole</translation>
    </message>
    <message>
        <source>F5 gives the floor to the next speaker</source>
        <translation>F5 donne la parole à l’orateur suivant</translation>
    </message>
    <message>
        <source>WRAP UP</source>
        <translation>CONCLURE</translation>
    </message>
    <message>
        <source>OVER</source>
        <translation>DÉPASSÉ</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>SUSPENDU</translation>
    </message>
    <message>
        <source>Speaker&apos;s clock</source>
        <translation>Horloge de l’orateur</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>spoken {spoken} · wrap up {amber} · limit {limit}</source>
        <translation>parlé {spoken} · conclure {amber} · limite {limit}</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Suivant : {name}</translation>
    </message>
    <message>
        <source>Next: nobody waiting</source>
        <translation>Suivant : personne en attente</translation>
    </message>
    <message>
        <source>{name}: {phase}, {time}</source>
        <translation>{name} : {phase}, {time}</translation>
    </message>
</context>
<context>
    <name>SpeakerListView</name>
    <message>
        <source>Speaker list</source>
        <translation>Liste des orateurs</translation>
    </message>
    <message>
        <source>Drag a waiting speaker to reorder, or Alt+Up / Alt+Down; Delete withdraws; Insert adds again; Enter edits the time; Shift+F5 gives the floor now</source>
        <translation>Faites glisser un orateur en attente pour le déplacer, ou Alt+Haut / Alt+Bas ; Suppr le retire ; Inser l’ajoute de nouveau ; Entrée modifie le temps ; Maj+F5 lui donne la parole maintenant</translation>
    </message>
</context>
<context>
    <name>SpeakerMessageActions</name>
    <message>
        <source>Show this to the speaker on the presenter display</source>
        <translation>Montrer ce message à l’orateur sur l’affichage pour les orateurs</translation>
    </message>
    <message>
        <source>&amp;Type a message…</source>
        <translation>&amp;Saisir un message…</translation>
    </message>
    <message>
        <source>Type a short message to show the speaker</source>
        <translation>Saisir un court message à montrer à l’orateur</translation>
    </message>
    <message>
        <source>&amp;Clear the message</source>
        <translation>&amp;Effacer le message</translation>
    </message>
    <message>
        <source>Take the message off the presenter display</source>
        <translation>Retirer le message de l’affichage pour les orateurs</translation>
    </message>
    <message>
        <source>&amp;Message to the speaker</source>
        <translation>Message &amp;à l’orateur</translation>
    </message>
    <message>
        <source>Shown to the speaker: {message}</source>
        <translation>Montré à l’orateur : {message}</translation>
    </message>
</context>
<context>
    <name>SpeakerMessages</name>
    <message>
        <source>Choose or create a meeting first.</source>
        <translation>Choisissez ou créez d’abord une réunion.</translation>
    </message>
    <message>
        <source>Message to the speaker</source>
        <translation>Message à l’orateur</translation>
    </message>
    <message>
        <source>Shown large on the presenter display (at most {n} characters):</source>
        <translation>Affiché en grand sur l’affichage pour les orateurs ({n} caractères au plus) :</translation>
    </message>
</context>
<context>
    <name>SpeakerRequestDialog</name>
    <message>
        <source>Floor request</source>
        <translation>Demande de la salle</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>Ajouter un orateur</translation>
    </message>
    <message>
        <source>Name, function or country; a new name adds a participant</source>
        <translation>Nom, fonction ou pays ; un nouveau nom ajoute un participant</translation>
    </message>
    <message>
        <source>Country or organisation</source>
        <translation>Pays ou organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>Groupe régional</translation>
    </message>
    <message>
        <source>Not stated: type one if not listed</source>
        <translation>Non précisée : tapez-la si elle ne figure pas dans la liste</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Langue parlée</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Question directrice</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Orateur :</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>&amp;Country / organisation:</source>
        <translation>&amp;Pays / organisation :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Sexe :</translation>
    </message>
    <message>
        <source>Regional &amp;group:</source>
        <translation>&amp;Groupe régional :</translation>
    </message>
    <message>
        <source>La&amp;nguage spoken:</source>
        <translation>La&amp;ngue parlée :</translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation>De&amp;mande :</translation>
    </message>
    <message>
        <source>Guiding q&amp;uestion:</source>
        <translation>&amp;Question directrice :</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>&amp;Point de l’ordre du jour :</translation>
    </message>
    <message>
        <source>&amp;Target (amber from):</source>
        <translation>&amp;Temps visé (orange à partir de) :</translation>
    </message>
    <message>
        <source>&amp;Limit (red from):</source>
        <translation>&amp;Limite (rouge à partir de) :</translation>
    </message>
    <message>
        <source>Type the time as minutes:seconds, such as 5:00.</source>
        <translation>Tapez la durée en minutes:secondes, par exemple 5:00.</translation>
    </message>
    <message>
        <source>Not marked present</source>
        <translation>Non marqué présent</translation>
    </message>
    <message>
        <source>{name} is not marked present at the roll call.</source>
        <translation>{name} n’est pas marqué présent lors de l’appel.</translation>
    </message>
    <message>
        <source>Mark present and add</source>
        <translation>Marquer présent et ajouter</translation>
    </message>
    <message>
        <source>Add to the queue</source>
        <translation>Ajouter à la file</translation>
    </message>
    <message>
        <source>A participant of this meeting.</source>
        <translation>Un participant de cette réunion.</translation>
    </message>
    <message>
        <source>New participant: added to the meeting with this request.</source>
        <translation>Nouveau participant : ajouté à la réunion avec cette demande.</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>&lt;b&gt;Speakers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Orateurs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Start/pause</source>
        <translation>Démarrer/suspendre</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
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
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Floor…</source>
        <translation>Salle…</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Move speaker up</source>
        <translation>Monter l’orateur</translation>
    </message>
    <message>
        <source>Move speaker down</source>
        <translation>Descendre l’orateur</translation>
    </message>
    <message>
        <source>Withdraw speaker</source>
        <translation>Retirer l’orateur</translation>
    </message>
    <message>
        <source>Edit speaking time and language…</source>
        <translation>Modifier le temps de parole et la langue…</translation>
    </message>
    <message>
        <source>Give the floor now to the selected speaker</source>
        <translation>Donner maintenant la parole à l’orateur sélectionné</translation>
    </message>
    <message>
        <source>Add a speaker, or the selected one again</source>
        <translation>Ajouter un orateur, ou de nouveau celui sélectionné</translation>
    </message>
    <message>
        <source>Next guiding question for the selected speaker</source>
        <translation>Question directrice suivante pour l’orateur sélectionné</translation>
    </message>
    <message>
        <source>Add again to the queue (Insert)</source>
        <translation>Remettre dans la file (Inser)</translation>
    </message>
    <message>
        <source>Run from the chair&apos;s laptop</source>
        <translation>Conduite depuis l’ordinateur du Président</translation>
    </message>
    <message>
        <source>A speaker</source>
        <translation>Un orateur</translation>
    </message>
    <message>
        <source>Choose or create a meeting first.</source>
        <translation>Choisissez ou créez d’abord une réunion.</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Speaking-time statistics</source>
        <translation>Statistiques du temps de parole</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Temps visé</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Over/under</source>
        <translation>Dépassement/avance</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Orateurs</translation>
    </message>
    <message>
        <source>Against the plan</source>
        <translation>Par rapport au temps prévu</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non commencé</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Points de l’ordre du jour</translation>
    </message>
    <message>
        <source>By role</source>
        <translation>Par rôle</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Par sexe</translation>
    </message>
    <message>
        <source>By regional group</source>
        <translation>Par groupe régional</translation>
    </message>
    <message>
        <source>By kind of request</source>
        <translation>Par type de demande</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Équilibre</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>1 intervention</source>
        <translation>1 intervention</translation>
    </message>
    <message>
        <source>{n} interventions</source>
        <translation>{n} interventions</translation>
    </message>
    <message>
        <source>1 point of order</source>
        <translation>1 motion d’ordre</translation>
    </message>
    <message>
        <source>{n} points of order</source>
        <translation>{n} motions d’ordre</translation>
    </message>
    <message>
        <source>{counts}, {total} in all</source>
        <translation>{counts}, {total} au total</translation>
    </message>
    <message>
        <source>{name} (point of order)</source>
        <translation>{name} (motion d’ordre)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Temps total</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Export speaking-time statistics</source>
        <translation>Exporter les statistiques du temps de parole</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>meeting</source>
        <translation>la réunion</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>le point de l’ordre du jour</translation>
    </message>
    <message>
        <source>guiding question</source>
        <translation>la question directrice</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>le participant</translation>
    </message>
    <message>
        <source>speaker&apos;s place</source>
        <translation>la place de l’orateur</translation>
    </message>
    <message>
        <source>note</source>
        <translation>la note</translation>
    </message>
    <message>
        <source>message to the speaker</source>
        <translation>le message à l’orateur</translation>
    </message>
    <message>
        <source>The {thing} was removed meanwhile; the change was not saved.</source>
        <translation>Entre-temps, {thing} a fait l’objet d’une suppression ; la modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The change could not be saved in the library ({error}).</source>
        <translation>La modification n’a pas pu être enregistrée dans la bibliothèque ({error}).</translation>
    </message>
    <message>
        <source>This {thing} was changed meanwhile ({fields}), so your change was not saved over it. The list now shows the newer version: make your change again if it is still needed.</source>
        <translation>Entre-temps, {thing} a fait l’objet d’une modification ({fields}) : votre modification n’a donc pas été enregistrée par-dessus. La liste montre maintenant la version la plus récente : refaites votre modification si elle est encore nécessaire.</translation>
    </message>
    <message>
        <source>The backup could not be copied beside {library}: {error}.</source>
        <translation>La sauvegarde n’a pas pu être copiée à côté de {library} : {error}.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of {library}: {error}. The library is as it was.</source>
        <translation>La sauvegarde n’a pas pu remplacer {library} : {error}. La bibliothèque est telle qu’elle était.</translation>
    </message>
    <message>
        <source>The backup is damaged ({problem}) and cannot be restored.</source>
        <translation>La sauvegarde est endommagée ({problem}) et ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted after the backup was put in place; it was finished. The library as it was is kept as {kept}.</source>
        <translation>Une restauration à partir de {name} a été interrompue après la mise en place de la sauvegarde ; elle a été achevée. La bibliothèque telle qu’elle était est conservée sous {kept}.</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted after the backup was put in place; it was finished.</source>
        <translation>Une restauration à partir de {name} a été interrompue après la mise en place de la sauvegarde ; elle a été achevée.</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted before the backup was put in place; it was undone: the library is as it was before.</source>
        <translation>Une restauration à partir de {name} a été interrompue avant la mise en place de la sauvegarde ; elle a été annulée : la bibliothèque est telle qu’elle était.</translation>
    </message>
    <message>
        <source>the disk holding the library is full ({folder})</source>
        <translation>le disque qui contient la bibliothèque est plein ({folder})</translation>
    </message>
    <message>
        <source>the library&apos;s folder cannot be written to ({folder})</source>
        <translation>le dossier de la bibliothèque n’accepte pas l’écriture ({folder})</translation>
    </message>
    <message>
        <source>another program holds the library locked ({path})</source>
        <translation>un autre programme tient la bibliothèque verrouillée ({path})</translation>
    </message>
    <message>
        <source>the disk reported an error while writing ({path})</source>
        <translation>le disque a signalé une erreur pendant l’écriture ({path})</translation>
    </message>
    <message>
        <source>its folder cannot be written to</source>
        <translation>son dossier n’est pas accessible en écriture</translation>
    </message>
    <message>
        <source>another program holds it locked</source>
        <translation>un autre programme la verrouille</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>le disque a signalé une erreur</translation>
    </message>
    <message>
        <source>it is not a library file</source>
        <translation>ce n’est pas un fichier de bibliothèque</translation>
    </message>
    <message>
        <source>The last change could not be saved: {where}.</source>
        <translation>La dernière modification n’a pas pu être enregistrée : {where}.</translation>
    </message>
    <message>
        <source>The library path {path} is a folder, not a file.</source>
        <translation>Le chemin de la bibliothèque {path} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The library {path} was written by a newer version of Roundtable Desktop (schema {found}, this version knows {known}). It was not changed; open it with the newer version.</source>
        <translation>La bibliothèque {path} a été écrite par une version plus récente de Roundtable Desktop (schéma {found}, cette version connaît le {known}). Elle n’a pas été modifiée ; ouvrez-la avec la version plus récente.</translation>
    </message>
    <message>
        <source>The library {path} cannot be opened: {error}.</source>
        <translation>La bibliothèque {path} ne peut pas être ouverte : {error}.</translation>
    </message>
    <message>
        <source>The library {path} cannot be used: {error}.</source>
        <translation>La bibliothèque {path} ne peut pas être utilisée : {error}.</translation>
    </message>
    <message>
        <source>The library {path} is damaged ({error}). Restore a backup (File &gt; Restore from backup…, or `roundtable-desktop check --repair`); the library as it is is kept aside.</source>
        <translation>La bibliothèque {path} est endommagée ({error}). Restaurez une sauvegarde (Fichier &gt; Restaurer à partir d’une sauvegarde…, ou `roundtable-desktop check --repair`) ; la bibliothèque telle qu’elle est est mise de côté.</translation>
    </message>
    <message>
        <source>{target} is one of the library&apos;s own files ({name}); nothing was written over it.</source>
        <translation>{target} est l’un des fichiers de la bibliothèque ({name}) ; rien n’a été écrit par-dessus.</translation>
    </message>
    <message>
        <source>{path} is not a Roundtable Desktop library or is damaged ({error}).</source>
        <translation>{path} n’est pas une bibliothèque Roundtable Desktop ou est endommagé ({error}).</translation>
    </message>
    <message>
        <source>The draft could not be stored in the library: {error}.</source>
        <translation>Le brouillon n’a pas pu être enregistré dans la bibliothèque : {error}.</translation>
    </message>
    <message>
        <source>The draft could not be removed from the library: {error}.</source>
        <translation>Le brouillon n’a pas pu être retiré de la bibliothèque : {error}.</translation>
    </message>
    <message>
        <source>process {pid} on {host}, since {since} UTC</source>
        <translation>processus {pid} sur {host}, depuis {since} UTC</translation>
    </message>
    <message>
        <source>The folder of the library {path} cannot be written to ({error}).</source>
        <translation>Le dossier de la bibliothèque {path} n’accepte pas l’écriture ({error}).</translation>
    </message>
    <message>
        <source>The library {library} is in use by another copy of Roundtable Desktop ({who}).</source>
        <translation>La bibliothèque {library} est utilisée par une autre copie de Roundtable Desktop ({who}).</translation>
    </message>
    <message>
        <source>The library {path} cannot be opened read-only: {error}.</source>
        <translation>La bibliothèque {path} ne peut pas être ouverte en lecture seule : {error}.</translation>
    </message>
    <message>
        <source>The backup {name} would be written over one of the library&apos;s own files; nothing was written.</source>
        <translation>La sauvegarde {name} écraserait l’un des fichiers propres de la bibliothèque ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The library {name} is damaged ({detail}), so no backup was taken and the good ones are kept. Restore one (File &gt; Restore from backup…).</source>
        <translation>La bibliothèque {name} est endommagée ({detail}) : aucune sauvegarde n’a donc été faite et les bonnes sont conservées. Restaurez-en une (Fichier &gt; Restaurer à partir d’une sauvegarde…).</translation>
    </message>
    <message>
        <source>The backup of the library could not be written to {folder}: {reason}.</source>
        <translation>La sauvegarde de la bibliothèque n’a pas pu être écrite dans {folder} : {reason}.</translation>
    </message>
    <message>
        <source>The backup {name} is damaged and cannot be restored.</source>
        <translation>La sauvegarde {name} est endommagée et ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>The library {library} could not be moved aside: {reason}.</source>
        <translation>La bibliothèque {library} n’a pas pu être mise de côté : {reason}.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>The library {library} is damaged. The damaged file can be moved aside (it is kept, never deleted) and the newest good backup put in its place.</source>
        <translation>La bibliothèque {library} est endommagée. Le fichier endommagé peut être mis de côté (il est conservé, jamais supprimé) et la dernière bonne sauvegarde mise à sa place.</translation>
    </message>
    <message>
        <source>The library {library} is damaged ({detail}). The damaged file can be moved aside (it is kept, never deleted) and the newest good backup put in its place.</source>
        <translation>La bibliothèque {library} est endommagée ({detail}). Le fichier endommagé peut être mis de côté (il est conservé, jamais supprimé) et la dernière bonne sauvegarde mise à sa place.</translation>
    </message>
    <message>
        <source>The journal of the library {library} (its -wal file) was removed after the app stopped: the changes of the last minutes before that may be lost. The library can be used as it is, or the newest good backup can take its place.</source>
        <translation>Le journal de la bibliothèque {library} (son fichier -wal) a été supprimé après l’arrêt de l’application : les modifications des dernières minutes avant cet arrêt peuvent être perdues. La bibliothèque peut être utilisée telle quelle, ou la dernière bonne sauvegarde peut prendre sa place.</translation>
    </message>
    <message>
        <source>The library {library} is empty (0 bytes), but it has backups: the newest good backup can take its place.</source>
        <translation>La bibliothèque {library} est vide (0 octet), mais elle a des sauvegardes : la dernière bonne sauvegarde peut prendre sa place.</translation>
    </message>
    <message>
        <source>The library {library} is missing, but it has backups: the newest good backup can take its place.</source>
        <translation>La bibliothèque {library} est introuvable, mais elle a des sauvegardes : la dernière bonne sauvegarde peut prendre sa place.</translation>
    </message>
    <message>
        <source>There is no library at {library} yet.</source>
        <translation>Il n’y a pas encore de bibliothèque à {library}.</translation>
    </message>
    <message>
        <source>The library {library} is in good order.</source>
        <translation>La bibliothèque {library} est en bon état.</translation>
    </message>
    <message>
        <source>its -wal journal is missing</source>
        <translation>son journal -wal est manquant</translation>
    </message>
    <message>
        <source>No library at {library}.</source>
        <translation>Aucune bibliothèque à {library}.</translation>
    </message>
    <message>
        <source>{report} Run `roundtable-desktop check --repair` to do so.</source>
        <translation>{report} Exécutez `roundtable-desktop check --repair` pour le faire.</translation>
    </message>
    <message>
        <source>The library as it was is kept as {path}.</source>
        <translation>La bibliothèque telle qu’elle était est conservée sous {path}.</translation>
    </message>
    <message>
        <source>Restored the backup of {when} UTC ({count} meetings).</source>
        <translation>Sauvegarde du {when} UTC restaurée ({count} réunions).</translation>
    </message>
    <message>
        <source>No backup to restore: the library is used as it is.</source>
        <translation>Aucune sauvegarde à restaurer : la bibliothèque est utilisée telle quelle.</translation>
    </message>
    <message>
        <source>{report} There is no good backup to restore: the next start begins with a new library.</source>
        <translation>{report} Il n’y a aucune bonne sauvegarde à restaurer : le prochain démarrage commence avec une nouvelle bibliothèque.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>It is open in Roundtable Desktop ({who}).</source>
        <translation>Elle est ouverte dans Roundtable Desktop ({who}).</translation>
    </message>
    <message>
        <source>It has no backup yet.</source>
        <translation>Elle n’a encore aucune sauvegarde.</translation>
    </message>
    <message>
        <source>{count} backups in {folder}, the newest of {when} UTC.</source>
        <translation>{count} sauvegardes dans {folder}, la plus récente du {when} UTC.</translation>
    </message>
</context>
<context>
    <name>SummaryOptions</name>
    <message>
        <source>Summary by the Rapporteur</source>
        <translation>Résumé établi par le Rapporteur</translation>
    </message>
    <message>
        <source>Chair’s summary</source>
        <translation>Résumé du Président</translation>
    </message>
    <message>
        <source>Rapporteur’s report</source>
        <translation>Rapport du Rapporteur</translation>
    </message>
    <message>
        <source>The language the summary is written in: its headings, dates and introduction (the notes stay as typed)</source>
        <translation>La langue dans laquelle le résumé est rédigé : ses titres, ses dates et son introduction (les notes restent telles que saisies)</translation>
    </message>
    <message>
        <source>For circulation: introduction, discussion, key messages, recommendations</source>
        <translation>Pour diffusion : introduction, débat, messages clés, recommandations</translation>
    </message>
    <message>
        <source>Full record: everything, with the statistics and annexes</source>
        <translation>Compte rendu complet : tout, avec les statistiques et les annexes</translation>
    </message>
    <message>
        <source>Write it a&amp;gain from the facts</source>
        <translation>Le réécrire à &amp;partir des faits</translation>
    </message>
    <message>
        <source>e.g. Numbered Paragraph=SingleTxtG, Heading 1=HChG</source>
        <translation>par exemple Numbered Paragraph=SingleTxtG, Heading 1=HChG</translation>
    </message>
    <message>
        <source>The template&apos;s own style to use in place of one of the summary&apos;s: OUR STYLE=TEMPLATE STYLE, separated by commas</source>
        <translation>Le style propre au modèle à utiliser à la place de l’un de ceux du résumé : NOTRE STYLE=STYLE DU MODÈLE, séparés par des virgules</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Discussion by guiding question</source>
        <translation>Débat par question directrice</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Messages clés</translation>
    </message>
    <message>
        <source>Recommendations and commitments</source>
        <translation>Recommandations et engagements</translation>
    </message>
    <message>
        <source>Contribution to the SDGs</source>
        <translation>Contribution aux ODD</translation>
    </message>
    <message>
        <source>List of participants (annex)</source>
        <translation>Liste des participants (annexe)</translation>
    </message>
    <message>
        <source>Programme as held (annex)</source>
        <translation>Déroulement du programme (annexe)</translation>
    </message>
    <message>
        <source>Speaking time and shares (annex)</source>
        <translation>Temps de parole et répartition (annexe)</translation>
    </message>
    <message>
        <source>Notes in time order (annex)</source>
        <translation>Notes par ordre chronologique (annexe)</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document :</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Sections :</translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation>&amp;Introduction :</translation>
    </message>
    <message>
        <source>Template st&amp;yles:</source>
        <translation>St&amp;yles du modèle :</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>The Word template {name} cannot be used: its styles or lists are damaged ({detail}).</source>
        <translation>Le modèle Word {name} ne peut pas être utilisé : ses styles ou ses listes sont endommagés ({detail}).</translation>
    </message>
    <message>
        <source>The Word template {name} was not found ({path}).</source>
        <translation>Le modèle Word {name} est introuvable ({path}).</translation>
    </message>
    <message>
        <source>The Word template {name} is a folder, not a Word file.</source>
        <translation>Le modèle Word {name} est un dossier, pas un fichier Word.</translation>
    </message>
    <message>
        <source>The Word template {name} cannot be read ({reason}).</source>
        <translation>Le modèle Word {name} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source>The Word template {name} is not a Word document (.docx or .dotx) that can be used.</source>
        <translation>Le modèle Word {name} n’est pas un document Word (.docx ou .dotx) utilisable.</translation>
    </message>
</context>
<context>
    <name>TimeTroubleBar</name>
    <message>
        <source>the speaker</source>
        <translation>l’orateur</translation>
    </message>
    <message>
        <source>The computer was asleep for {missed} while {name} was speaking. Their clock shows {shown} spoken without that time; with it, {corrected}.</source>
        <translation>L’ordinateur était en veille pendant {missed} alors que {name} avait la parole. Son horloge indique {shown} de parole sans ce temps ; avec, {corrected}.</translation>
    </message>
    <message>
        <source>Count the sleep: {corrected}</source>
        <translation>Compter la mise en veille : {corrected}</translation>
    </message>
    <message>
        <source>The computer&apos;s clock was set {direction} by {missed} while {name} was speaking. Their clock was not affected: {shown} spoken.</source>
        <translation>L’horloge de l’ordinateur a été réglée {direction} de {missed} alors que {name} avait la parole. Son horloge n’a pas été affectée : {shown} de parole.</translation>
    </message>
    <message>
        <source>Follow the computer&apos;s clock: {corrected}</source>
        <translation>Suivre l’horloge de l’ordinateur : {corrected}</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>en avant</translation>
    </message>
    <message>
        <source>back</source>
        <translation>en arrière</translation>
    </message>
    <message>
        <source>Keep {shown}</source>
        <translation>Conserver {shown}</translation>
    </message>
</context>
<context>
    <name>TroubleBar</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>Open the &amp;emergency file</source>
        <translation>Ouvrir le fichier d’&amp;urgence</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>The last change could not be saved.</source>
        <translation>La dernière modification n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>What you typed is kept in the window and copied to {file}.</source>
        <translation>Ce que vous avez tapé est conservé dans la fenêtre et copié dans {file}.</translation>
    </message>
    <message>
        <source>What you entered stays where you typed it, marked as not saved. Roundtable Desktop tries again every 2 seconds and says here when it is all saved.</source>
        <translation>Ce que vous avez saisi reste où vous l’avez tapé, marqué comme non enregistré. Roundtable Desktop réessaie toutes les 2 secondes et indique ici quand tout est enregistré.</translation>
    </message>
    <message>
        <source>The library can be written again: every change kept for a retry is stored. A note still in the box is kept as a draft: Ctrl+Return saves it.</source>
        <translation>La bibliothèque accepte de nouveau les écritures : chaque modification conservée pour une nouvelle tentative est enregistrée. Une note encore dans la zone est conservée comme brouillon : Ctrl+Entrée l’enregistre.</translation>
    </message>
    <message>
        <source>Read-only: {why}. Changes made here are not saved.</source>
        <translation>Lecture seule : {why}. Les modifications faites ici ne sont pas enregistrées.</translation>
    </message>
</context>
<context>
    <name>UnsureSpeaker</name>
    <message>
        <source>Notes written while the link was lost and now tied to another speaker, who had the floor at their time by the chair&apos;s record: {count}.</source>
        <translation>Notes écrites pendant la perte de liaison et maintenant rattachées à un autre orateur, qui avait la parole à leur moment d’après le relevé du Président : {count}.</translation>
    </message>
    <message>
        <source>The note of {time}, written while the link was lost, is now tied to {speaker}, who had the floor then by the chair&apos;s record (not {guess}).</source>
        <translation>La note de {time}, écrite pendant la perte de liaison, est maintenant rattachée à {speaker}, qui avait alors la parole d’après le relevé du Président (et non à {guess}).</translation>
    </message>
    <message>
        <source>no speaker</source>
        <translation>aucun orateur</translation>
    </message>
    <message>
        <source>speaker not sure: written while the link was lost</source>
        <translation>orateur incertain : note écrite pendant la perte de liaison</translation>
    </message>
    <message>
        <source>{name} (not sure)</source>
        <translation>{name} (incertain)</translation>
    </message>
    <message>
        <source>(not sure)</source>
        <translation>(incertain)</translation>
    </message>
    <message>
        <source>Time not sure: written while the link was lost, before the meeting&apos;s start reached this laptop; counted from the planned start until the chair&apos;s record arrives.</source>
        <translation>Heure incertaine : note écrite pendant la perte de liaison, avant que le début de la réunion ne parvienne à cet ordinateur ; comptée depuis le début prévu jusqu’à l’arrivée du relevé du Président.</translation>
    </message>
    <message>
        <source>Speaker not sure: written while the link was lost. Open the note (Enter) to confirm or change the speaker.</source>
        <translation>Orateur incertain : note écrite pendant la perte de liaison. Ouvrez la note (Entrée) pour confirmer ou changer l’orateur.</translation>
    </message>
    <message>
        <source>Confirm speaker</source>
        <translation>Confirmer l’orateur</translation>
    </message>
    <message>
        <source>The speaker shown is right: clear the mark (or pick another speaker)</source>
        <translation>L’orateur affiché est le bon : retirer la mention (ou choisir un autre orateur)</translation>
    </message>
    <message>
        <source>Speaker not sure</source>
        <translation>Orateur incertain</translation>
    </message>
    <message>
        <source>Review them first</source>
        <translation>Les revoir d’abord</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exporter quand même</translation>
    </message>
    <message>
        <source>Notes with a speaker not sure: {count}. They were written while the link to the chair&apos;s laptop was lost; the summary names no speaker for them until you confirm or change it.</source>
        <translation>Notes dont l’orateur est incertain : {count}. Elles ont été écrites pendant la perte de liaison avec l’ordinateur du Président ; le résumé ne nomme pas leur orateur tant que vous ne l’avez pas confirmé ou changé.</translation>
    </message>
</context>
<context>
    <name>UsualMessage</name>
    <message>
        <source>Please conclude</source>
        <translation>Veuillez conclure</translation>
    </message>
    <message>
        <source>One minute left</source>
        <translation>Il reste une minute</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Le temps de parole est écoulé</translation>
    </message>
    <message>
        <source>Please speak closer to the microphone</source>
        <translation>Veuillez vous rapprocher du micro</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>{time} past the limit</source>
        <translation>{time} au-delà de la limite</translation>
    </message>
    <message>
        <source>{time} past the target, within the limit</source>
        <translation>{time} au-delà du temps visé, dans la limite</translation>
    </message>
    <message>
        <source>{time} under the target</source>
        <translation>{time} de moins que le temps visé</translation>
    </message>
</context>
</TS>
