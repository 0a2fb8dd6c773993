<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>S&amp;hare on this network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the rapporteur&apos;s laptop follow this meeting, and phones open the presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join a shared meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow a meeting shared by the chair&apos;s laptop on this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following the chair&apos;s laptop: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link lost since {time}; trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a shared meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionRunner</name>
    <message>
        <source>Not saved: {reason} What you entered is kept here; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: the library does not take writes now (the bar above says why). What you entered is kept here and saved as soon as the library takes writes again; nothing else to do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>New agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;resenter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker &amp;target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda item needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda item edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaKind</name>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start: the meeting&apos;s start plus the minutes of the items before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target / limit of each speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{planned} min planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{planned} of {length} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{left} min of the meeting are not planned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items take {over} min more than the meeting lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items fill the meeting exactly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {error}

What you saved is safe. The details are in the log file:
{log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ByQuestionView</name>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the meeting addressed each guiding question: notes, speaking time, speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s key messages, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the notes marked ★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append the notes marked as key messages that are not there yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Key messages of the meeting&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes tied to no guiding question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Synthesis of {question}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Synthesis&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your synthesis of {label}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes tied to no guiding question have no synthesis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes on this question yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <source>Your unsaved typing was brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save yet: type the note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>No guiding question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleActions</name>
    <message>
        <source>&amp;Start / pause speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the floor to the next speaker, pause or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End speaker and start next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the current speaker and give the floor to the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End speaker, &amp;nobody next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the current speaker without starting the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the current speaker 30 seconds more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take 30 seconds off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take 30 seconds off the current speaker&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Floor request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a request from the floor to the interactive discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add spea&amp;ker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a participant, or a new person, to the speaker list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking-time &amp;statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per speaker, agenda item, role, gender and region; CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound &amp;cue at target and limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beep when the speaker reaches the target and the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presenter display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the big timer for the speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter &amp;screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleController</name>
    <message>
        <source>{name} was speaking when Roundtable Desktop closed. Their clock goes on from {spoken}, counted from the time they started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is still speaking: their clock went on while another meeting was shown, and stands at {spoken}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} speaks next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is number {n} in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, in “{item}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <source>m:ss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export rapporteur’s summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporteur’s summary (Word, .docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporteur’s summary (Markdown, .md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker log (CSV spreadsheet, .csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole meeting (session JSON, .json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: a plain A4 document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Word file (.docx or .dotx) whose styles, page set-up, header and footer the summary takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By role (“a discussant from …”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unattributed (no speaker named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the summary says who made each point; unattributed, nothing names or times a speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word &amp;template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speakers named:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary in Word, to edit and circulate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same summary as plain text with Markdown headings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per speaker slot: who, when, planned and spoken time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole meeting, readable back by Roundtable Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting… the meeting goes on meanwhile; Cancel stops the export and writes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed and nothing was written ({problem}). The details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}

Nothing was written. The file name now offers another one:
{name}
Press Export to use it, or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search the notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the notes marked as key messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this speaker&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only notes of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only notes on this guiding question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only notes tagged with this SDG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every note again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All SDGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Review the imported meeting — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Background and objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guiding &amp;questions ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speakers ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{found} of {total}&lt;/b&gt; fields were found in &lt;b&gt;{name}&lt;/b&gt; ({source}). Check them, correct what was misread, fill in what is missing. Nothing is saved until you press &lt;b&gt;Save meeting&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;{style}&apos;&gt;Not found:&lt;/span&gt; {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back&amp;ground:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking time: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking time not found: the kinds&apos; defaults are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ found in the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found in the note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a shared meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings shared on this network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking… If the meeting is not listed (hotspots often hide it), type the address the chair&apos;s laptop shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has 6 digits, as the chair&apos;s laptop shows it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalWatch</name>
    <message>
        <source>The library&apos;s journal ({name}) was removed while the window was open, and its changes could not be saved into the library: {error}. Keep the window open and make a backup copy of the library&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s journal ({name}) was removed while the window was open. Everything it held was saved into the library; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListEditors</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;demo meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export rapporteur’s summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Roundtable Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library holds no meeting: File &gt; New meeting or New demo meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}” with its agenda, speakers and notes? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Roundtable Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Roundtable Desktop {version}&lt;/h3&gt;&lt;p&gt;The chair&apos;s and the rapporteur&apos;s offline companion for a roundtable: agenda, guiding questions, a timed speaker list and structured notes, all in one local library.&lt;/p&gt;&lt;p&gt;Library: {path}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingClockDisplay</name>
    <message>
        <source>(local {time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting {elapsed} elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{over} past the planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: {elapsed} of {planned} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends {time}, {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 floor request of {length} still fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} floor requests of {length} still fit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingFileActions</name>
    <message>
        <source>Export for another &amp;laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the meeting with its ids to a file that the other laptop merges (no network needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge a meeting file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in the notes and changes of another laptop&apos;s meeting file, by id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for another laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting files (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a meeting file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was merged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>e.g. E/CN.16/2021/CRP.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document symbol; with one, the Word summary opens with a masthead: symbol, distribution, date of issue, original language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s title, as the summary will show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room, building, or virtual / hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum the outcome feeds, e.g. the HLPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue / format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rapporteur:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome &amp;feeds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus SD&amp;Gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document s&amp;ymbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distr.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the concept note; check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concept note did not say; fill it in or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone: choose one from the list (type part of a city&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone} is UTC{sign}{hours:02d}:{minutes:02d} ({abbreviation}) on that date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at {time} on this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting ends when it starts; correct the end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingImporter</name>
    <message>
        <source>Import a concept note or a session file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concept notes and session files (*.docx *.md *.markdown *.txt *.json);;Word documents (*.docx);;Markdown and text (*.md *.markdown *.txt);;Session files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library already holds a meeting with this title on this date; saving adds another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingPropertiesDialog</name>
    <message>
        <source>Meeting properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting properties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <source>Merged: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on both laptops; the newer version was kept. Tick those where the other version is the right one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} “{label}”: use {values} instead of {kept}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <source>Who said it (Ctrl+N ties the note to the current speaker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guiding question it answers (Alt+1 … Alt+9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of note (Ctrl+1 … Ctrl+9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} (Ctrl+{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as a key message for the summary (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the note as it was stored (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the note being edited as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no speaker —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no question —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;New note&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Editing the note of {time}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the note; Ctrl+Return saves it, Esc leaves it as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N ties a note to the current speaker. Type; Ctrl+Return saves. Ctrl+1…9 kind, Ctrl+K key message, Alt+1…9 question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteKind</name>
    <message>
        <source>Key point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesActions</name>
    <message>
        <source>&amp;New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a note tied to the current speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find notes by their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes &amp;by question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes grouped by guiding question, with your synthesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit selected note (Enter in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit its text &amp;in place (F2 in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete selected note (Del in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo note change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last new, edited or deleted note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo note change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the note change just undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;key message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the note as a key message for the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guiding &amp;question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note deleted: Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo note change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo note change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesTable</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 edits a note&apos;s text in place; Enter or double-click opens it in the box below; Delete removes it (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. H.E. Ms. Paula Ingabire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Minister of ICT and Innovation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation, or a country: type part of its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation / country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participant needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation / country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a participant (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected participant (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected participant (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participants from a spreadsheet saved as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} participants&lt;/b&gt; — the speaker list and floor requests offer them by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is on the speaker list ({n} places). Removing them takes them off the list too; notes about what they said are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {n} participants from {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} already in the list (same name), not added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} problems in the file (see the details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds nobody who is not already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterDisplay</name>
    <message>
        <source>Presenter display — Roundtable Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each speaker&apos;s target / limit in this item (minutes:seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{planned} min planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{planned} of {length} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({left} min not planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({over} min too many)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>New guiding question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guiding question needs its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new guiding question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guiding question edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>&lt;small&gt;Double-click a question (or press F2) to correct it; the order here is the order of Q1, Q2…&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>African States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia-Pacific States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eastern European States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin American and Caribbean States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western European and other States</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionFromCountry</name>
    <message>
        <source>From the country; choose another group if needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reliability</name>
    <message>
        <source>{title} (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another copy of Roundtable Desktop ({who}) writes to this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library cannot be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the library with the backup of {when}? The library as it is now is kept beside it as a file, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of {when} is now the library. The library as it was is kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the library as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new library (the damaged one is kept aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}

Its window could not be brought to the front. You can open the library read-only to look at it; changes would not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library cannot be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}

You can open the library read-only to look at it and export from it; changes would not be saved. To change it, copy it to a folder you can write to and open the copy (--db PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library as it was is kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of {when} is now the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestType</name>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>{when} — damaged, cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — 1 meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — {count} meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are taken at start and every 5 minutes while something changes; the last 20 are kept in {folder}.
The library as it is now is kept beside it, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SDG</name>
    <message>
        <source>No poverty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDG {number}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SdgPicker</name>
    <message>
        <source>The SDGs this note speaks to (focus SDGs of the meeting first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus of this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear SDGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDG %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>The meeting shown (Ctrl+O to choose another)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a meeting from a concept note (.docx, .md, .txt) or a session file (.json), reviewed before it is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roperties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, organiser, date, times and time zone, venue, chair, rapporteur, focus SDGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partici&amp;pants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit, remove or import (CSV) the participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share on this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another laptop joins with File &gt; Join a shared meeting…, the address and the code. A phone or tablet opens the browser view with the QR code: it shows the speaker and the countdown, nothing of the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Windows, if the firewall asks, allow Roundtable Desktop on private networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n laptop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong codes were tried: nobody joins until you make a new code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotListModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target/limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⏸ Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Spoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown speaker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (point of order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotTimesDialog</name>
    <message>
        <source>Speaking time of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target (amber from):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limit (red from):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guiding q&amp;uestion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the time as minutes:seconds, such as 5:00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerClockDisplay</name>
    <message>
        <source>Nobody is speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5 gives the floor to the next speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoken {spoken} · target {target} · limit {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: nobody waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerListView</name>
    <message>
        <source>Speaker list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a waiting speaker to reorder, or Alt+Up / Alt+Down; Delete withdraws; Insert adds again; Enter edits the time; Shift+F5 gives the floor now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerRequestDialog</name>
    <message>
        <source>Floor request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, function or country; a new name adds a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country / organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guiding q&amp;uestion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target (amber from):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limit (red from):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the time as minutes:seconds, such as 5:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participant of this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New participant: added to the meeting with this request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>&lt;b&gt;Speakers&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start/pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move speaker up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move speaker down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit speaking time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the floor now to the selected speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a speaker, or the selected one again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next guiding question for the selected speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add again to the queue (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or create a meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Speaking-time statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over/under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By regional group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By kind of request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 point of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} points of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counts}, {total} in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (point of order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export speaking-time statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryOptions</name>
    <message>
        <source>Summary by the Rapporteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair’s summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporteur’s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the summary is written in: its headings, dates and introduction (the notes stay as typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For circulation: introduction, discussion, key messages, recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full record: everything, with the statistics and annexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it a&amp;gain from the facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Numbered Paragraph=SingleTxtG, Heading 1=HChG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s own style to use in place of one of the summary&apos;s: OUR STYLE=TEMPLATE STYLE, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion by guiding question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations and commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution to the SDGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of participants (annex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme as held (annex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking time and shares (annex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes in time order (annex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template st&amp;yles:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeTroubleBar</name>
    <message>
        <source>the speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer was asleep for {missed} while {name} was speaking. Their clock shows {shown} spoken without that time; with it, {corrected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the sleep: {corrected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer&apos;s clock was set {direction} by {missed} while {name} was speaking. Their clock was not affected: {shown} spoken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the computer&apos;s clock: {corrected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep {shown}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TroubleBar</name>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;emergency file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed is kept in the window and copied to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you entered stays where you typed it, marked as not saved. Roundtable Desktop tries again every 2 seconds and says here when it is all saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library can be written again: every change kept for a retry is stored. A note still in the box is kept as a draft: Ctrl+Return saves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: {why}. Changes made here are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>The library is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Share on this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shared on this network: %n following</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Join a shared meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining {address}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run from the chair&apos;s laptop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
