<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActionRunner</name>
    <message>
        <source>Not saved: {reason} What you entered is kept here; try again.</source>
        <translation>未保存：{reason}您输入的内容保留在此；请重试。</translation>
    </message>
    <message>
        <source>Not saved yet: the library does not take writes now (the bar above says why). What you entered stays here and is saved as soon as it does.</source>
        <translation>尚未保存：库目前不接受写入（上方栏说明原因）。您输入的内容保留在此，一旦可以写入即会保存。</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>New agenda item</source>
        <translation>新议程项目</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <source> min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source> s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation>计划(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;resenter:</source>
        <translation>主讲人(&amp;R)：</translation>
    </message>
    <message>
        <source>Speaker &amp;target:</source>
        <translation>发言者目标时间(&amp;T)：</translation>
    </message>
    <message>
        <source>Speaker &amp;limit:</source>
        <translation>发言者限时(&amp;L)：</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>计划分钟数</translation>
    </message>
    <message>
        <source>Speaker target, minutes</source>
        <translation>发言者目标时间，分钟</translation>
    </message>
    <message>
        <source>Speaker target, seconds</source>
        <translation>发言者目标时间，秒</translation>
    </message>
    <message>
        <source>Speaker limit, minutes</source>
        <translation>发言者限时，分钟</translation>
    </message>
    <message>
        <source>Speaker limit, seconds</source>
        <translation>发言者限时，秒</translation>
    </message>
    <message>
        <source>An agenda item needs a title</source>
        <translation>议程项目需要有标题</translation>
    </message>
    <message>
        <source>new agenda item</source>
        <translation>新议程项目</translation>
    </message>
    <message>
        <source>agenda item edit</source>
        <translation>议程项目编辑</translation>
    </message>
</context>
<context>
    <name>AgendaKind</name>
    <message>
        <source>Presentation</source>
        <translation>介绍</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>讲话</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Interactive discussion</source>
        <translation>互动讨论</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>闭幕</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Planned start: the meeting&apos;s start plus the minutes of the items before</source>
        <translation>计划开始时间：会议开始时间加上之前各项目的分钟数</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Target / limit of each speaker</source>
        <translation>每位发言者的目标时间/限时</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>{planned} min planned</source>
        <translation>计划{planned}分钟</translation>
    </message>
    <message>
        <source>{planned} of {length} min</source>
        <translation>{planned}/{length}分钟</translation>
    </message>
    <message>
        <source>{left} min of the meeting are not planned yet</source>
        <translation>会议尚有{left}分钟未安排</translation>
    </message>
    <message>
        <source>The items take {over} min more than the meeting lasts</source>
        <translation>各项目比会议时长多出{over}分钟</translation>
    </message>
    <message>
        <source>The items fill the meeting exactly</source>
        <translation>各项目恰好排满会议时间</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

What you saved is safe. The details are in the log file:
{log}</source>
        <translation>出现问题：{error}

您已保存的内容安全无虞。详情见日志文件：
{log}</translation>
    </message>
    <message>
        <source>The library cannot be opened</source>
        <translation>无法打开库</translation>
    </message>
</context>
<context>
    <name>BalanceBars</name>
    <message>
        <source>{group}: {time:.0f} % of the time, {turns:.0f} % of the interventions</source>
        <translation>{group}：发言时间的 {time:.0f} %，发言次数的 {turns:.0f} %</translation>
    </message>
    <message>
        <source>Nobody has spoken yet.</source>
        <translation>尚无人发言。</translation>
    </message>
</context>
<context>
    <name>BalanceLegend</name>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>share of speaking time</source>
        <translation>发言时间比例</translation>
    </message>
    <message>
        <source>share of interventions</source>
        <translation>发言次数比例</translation>
    </message>
</context>
<context>
    <name>BalanceLine</name>
    <message>
        <source>Sort the floor: not &amp;yet spoken first</source>
        <translation>排列发言请求：尚未发言者优先(&amp;Y)</translation>
    </message>
    <message>
        <source>Floor requests of those who have not spoken yet come first; points of order stay at the head</source>
        <translation>尚未发言者的发言请求排在前面；程序问题仍排在最前</translation>
    </message>
    <message>
        <source>Balance so far</source>
        <translation>目前的均衡情况</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>非洲</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>亚太</translation>
    </message>
    <message>
        <source>Eastern Europe</source>
        <translation>东欧</translation>
    </message>
    <message>
        <source>GRULAC</source>
        <translation>拉美和加勒比</translation>
    </message>
    <message>
        <source>WEOG</source>
        <translation>西欧和其他</translation>
    </message>
    <message>
        <source>So far, % of time / of interventions: {gender}</source>
        <translation>目前，时间 % / 发言次数 %：{gender}</translation>
    </message>
    <message>
        <source>Regions: {regions}</source>
        <translation>区域组：{regions}</translation>
    </message>
    <message>
        <source>So far: nobody has spoken yet.</source>
        <translation>目前：尚无人发言。</translation>
    </message>
    <message>
        <source>Waiting, not yet spoken (• in the list): {n}</source>
        <translation>等候中且尚未发言（列表中标有•）：{n}</translation>
    </message>
    <message>
        <source>Floor requests sorted: those who have not spoken yet come first.</source>
        <translation>发言请求已排列：尚未发言者优先。</translation>
    </message>
</context>
<context>
    <name>BalanceView</name>
    <message>
        <source>Fairness: not measured yet (it needs two people who asked for the floor and some time spoken).</source>
        <translation>公平性：尚未计算（至少需要两位请求发言者且已有发言时间）。</translation>
    </message>
    <message>
        <source>Fairness: the Gini coefficient of speaking time among the {n} who asked for the floor is {gini} (0: everyone had the same time; nearer 1: a few had most of it).</source>
        <translation>公平性：在{n}位请求发言者中，发言时间的基尼系数为{gini}（0：每人发言时间相同；接近1：少数人占用了大部分时间）。</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>按性别分列</translation>
    </message>
    <message>
        <source>By regional group</source>
        <translation>按区域组分列</translation>
    </message>
</context>
<context>
    <name>ByQuestionView</name>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>No question</source>
        <translation>无问题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>正在发言</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>How much of the meeting addressed each guiding question: notes, speaking time, speakers</source>
        <translation>会议在每个指导性问题上的投入：笔记、发言时间、发言者</translation>
    </message>
    <message>
        <source>The meeting&apos;s key messages, one a line</source>
        <translation>会议的关键信息，每行一条</translation>
    </message>
    <message>
        <source>Add the notes marked as key messages</source>
        <translation>添加标记为关键信息的笔记</translation>
    </message>
    <message>
        <source>Append the notes marked as key messages that are not there yet</source>
        <translation>添加尚未列入的标记为关键信息的笔记</translation>
    </message>
    <message>
        <source>&lt;b&gt;Key messages of the meeting&lt;/b&gt;</source>
        <translation>&lt;b&gt;会议的关键信息&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Notes tied to no guiding question</source>
        <translation>未关联指导性问题的笔记</translation>
    </message>
    <message>
        <source>&lt;b&gt;Synthesis of {question}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{question}的综述&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Synthesis&lt;/b&gt;</source>
        <translation>&lt;b&gt;综述&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your synthesis of {label}: {text}</source>
        <translation>您对{label}的综述：{text}</translation>
    </message>
    <message>
        <source>Notes tied to no guiding question have no synthesis.</source>
        <translation>未关联指导性问题的笔记没有综述。</translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>无发言者</translation>
    </message>
    <message>
        <source>No notes on this question yet.</source>
        <translation>此问题尚无笔记。</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <source>Your unsaved typing was brought back.</source>
        <translation>您未保存的输入已恢复。</translation>
    </message>
    <message>
        <source>Nothing to save yet: type the note first.</source>
        <translation>尚无可保存的内容：请先输入笔记。</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>已于{time}保存。</translation>
    </message>
    <message>
        <source>Draft kept at {time}.</source>
        <translation>草稿已于{time}保留。</translation>
    </message>
</context>
<context>
    <name>ChairRunsLine</name>
    <message>
        <source>The chair&apos;s laptop runs this meeting: this console shows its speaker, clock and queue, and changes nothing.</source>
        <translation>本次会议由主席的笔记本电脑主持：此控制台显示其发言者、计时和发言队列，不作任何更改。</translation>
    </message>
</context>
<context>
    <name>ChairSetsUpLine</name>
    <message>
        <source>The chair&apos;s laptop runs this meeting: its agenda, guiding questions, participants and properties are set there and shown here; the notes, syntheses, key messages and the summary (its document, language and introduction) are written here.</source>
        <translation>本次会议由主席的笔记本电脑主持：其议程、指导性问题、与会者和属性在那里设置，在此显示；笔记、综述、关键信息和总结（其文件类型、语言和导言）在此撰写。</translation>
    </message>
</context>
<context>
    <name>ConceptNote</name>
    <message>
        <source>the note gives no year for “{date}”; {year} was taken from its other dates (the weekday matches)</source>
        <translation>说明中“{date}”未写年份；根据其他日期取{year}年（星期相符）</translation>
    </message>
    <message>
        <source>the weekday does not match any year the note names</source>
        <translation>星期与说明提到的任何年份都不相符</translation>
    </message>
    <message>
        <source>the note names no other year</source>
        <translation>说明未提到其他年份</translation>
    </message>
    <message>
        <source>the note names several years</source>
        <translation>说明提到多个年份</translation>
    </message>
    <message>
        <source>the note gives no year for “{date}”; {year} was taken from its other dates ({reason})</source>
        <translation>说明中“{date}”未写年份；根据其他日期取{year}年（{reason}）</translation>
    </message>
    <message>
        <source>Line {lines} is not UTF-8 like the rest of the file: read as Windows-1252, so check the accents there.</source>
        <translation>第{lines}行不像文件其余部分那样采用 UTF-8：已按 Windows-1252 读取，请核对其中的重音符号。</translation>
    </message>
    <message>
        <source>Lines {lines} and {more} more are not UTF-8 like the rest of the file: read as Windows-1252, so check the accents there.</source>
        <translation>第{lines}行及另外{more}行不像文件其余部分那样采用 UTF-8：已按 Windows-1252 读取，请核对其中的重音符号。</translation>
    </message>
    <message>
        <source>Lines {lines} are not UTF-8 like the rest of the file: read as Windows-1252, so check the accents there.</source>
        <translation>第{lines}行不像文件其余部分那样采用 UTF-8：已按 Windows-1252 读取，请核对其中的重音符号。</translation>
    </message>
    <message>
        <source>{name} is a damaged Word document; open it in Word and save it again.</source>
        <translation>{name} 是已损坏的 Word 文档；请在 Word 中打开并重新保存。</translation>
    </message>
    <message>
        <source>{name} is not a Word document: it has no {part}.</source>
        <translation>{name} 不是 Word 文档：其中没有 {part}。</translation>
    </message>
    <message>
        <source>{name} is not a Word document: its document part has no body.</source>
        <translation>{name} 不是 Word 文档：其文档部分没有正文。</translation>
    </message>
    <message>
        <source>{name} is empty: the Word document holds no text.</source>
        <translation>{name} 是空的：该 Word 文档不含任何文字。</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>{name} is not a Word document (a .docx file is a zip archive, and this one is not). Save it again from Word as .docx.</source>
        <translation>{name} 不是 Word 文档（.docx 文件是 zip 压缩包，而此文件不是）。请在 Word 中将其另存为 .docx。</translation>
    </message>
    <message>
        <source>{name} is refused: it holds {count:,} parts, more than a Word document has.</source>
        <translation>{name} 被拒绝：其中有 {count:,} 个部分，超过 Word 文档应有的数量。</translation>
    </message>
    <message>
        <source>{name} is refused: it would unpack to {size:,} MB, more than the {limit} MB allowed.</source>
        <translation>{name} 被拒绝：解压后将达 {size:,} MB，超过允许的 {limit} MB。</translation>
    </message>
    <message>
        <source>{name} is refused: one of its parts is compressed more than {ratio} to 1, which only a zip bomb does.</source>
        <translation>{name} 被拒绝：其中一个部分的压缩比超过 {ratio} 比 1，只有 zip 炸弹才会如此。</translation>
    </message>
    <message>
        <source>{name} is refused: a part unpacks to more than its stated size.</source>
        <translation>{name} 被拒绝：某个部分解压后超过其声明的大小。</translation>
    </message>
    <message>
        <source>{name} is refused: it declares XML entities (a DOCTYPE), which a Word document never does and which can be used to read other files.</source>
        <translation>{name} 被拒绝：其中声明了 XML 实体（DOCTYPE），Word 文档从不这样做，而这可被用来读取其他文件。</translation>
    </message>
    <message>
        <source>{name} is refused: it holds {count:,} XML elements, more than the {limit:,} a concept note of {lines:,} lines needs.</source>
        <translation>{name} 被拒绝：其中有 {count:,} 个 XML 元素，超过一份 {lines:,} 行的概念说明所需的 {limit:,} 个。</translation>
    </message>
    <message>
        <source>{name} cannot be imported: give a Word document (.docx), a PDF (.pdf), a Markdown or text file (.md, .txt) or a Roundtable session file (.json).</source>
        <translation>无法导入 {name}：请选择 Word 文档（.docx）、PDF（.pdf）、Markdown 或文本文件（.md、.txt）或 Roundtable 会议文件（.json）。</translation>
    </message>
    <message>
        <source>{name} is over {limit} MB; a concept note is far shorter. Is it the right text?</source>
        <translation>{name} 超过 {limit} MB；概念说明要短得多。是不是选错了文本？</translation>
    </message>
    <message>
        <source>The pasted text is empty: copy the concept note&apos;s text first.</source>
        <translation>粘贴的文本是空的：请先复制概念说明的文字。</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>session file</source>
        <translation>会议文件</translation>
    </message>
    <message>
        <source>the note gives {n} days or sessions; the first ({first}) was taken: choose the one that is the meeting</source>
        <translation>说明中列有{n}个日期或场次；已取第一个（{first}）：请选择本次会议</translation>
    </message>
    <message>
        <source>{date}, {start}</source>
        <translation>{date}，{start}</translation>
    </message>
    <message>
        <source>{date}, {start}–{end}</source>
        <translation>{date}，{start}–{end}</translation>
    </message>
    <message>
        <source>the only date is “{date}”, which may not be the meeting&apos;s (a dateline, a post date or a version date)</source>
        <translation>唯一的日期是“{date}”，可能不是会议日期（电头日期、发布日期或版本日期）</translation>
    </message>
    <message>
        <source>the only date is “{date}”, which looks like a deadline</source>
        <translation>唯一的日期是“{date}”，看似截止日期</translation>
    </message>
    <message>
        <source>the note gives the days {days}; the first was taken: choose the meeting&apos;s day</source>
        <translation>说明中列有{days}这几天；已取第一天：请选择会议日期</translation>
    </message>
    <message>
        <source>no time is given for the meeting; {start} to {end} was taken from the programme</source>
        <translation>未写明会议时间；已从议程中取{start}至{end}</translation>
    </message>
    <message>
        <source>two dates: “{other}” {where_other}, “{chosen}” {where_chosen}; {date} was taken</source>
        <translation>两个日期：“{other}”{where_other}，“{chosen}”{where_chosen}；已取{date}</translation>
    </message>
    <message>
        <source>beside the meeting&apos;s time</source>
        <translation>位于会议时间旁</translation>
    </message>
    <message>
        <source>labelled as the date</source>
        <translation>标为日期</translation>
    </message>
    <message>
        <source>in the header</source>
        <translation>位于页眉</translation>
    </message>
    <message>
        <source>{start} (no end time)</source>
        <translation>{start}（无结束时间）</translation>
    </message>
    <message>
        <source>No time zone is written; {zone} was taken from the city named.</source>
        <translation>未写明时区；已根据提到的城市取{zone}。</translation>
    </message>
    <message>
        <source>{zone} (written {written})</source>
        <translation>{zone}（写作{written}）</translation>
    </message>
    <message>
        <source>{n} items, {total} min</source>
        <translation>{n}个项目，{total}分钟</translation>
    </message>
    <message>
        <source>The note gives no minutes for some agenda items; they were shared out of the meeting&apos;s length. Check the programme.</source>
        <translation>说明未写明部分议程项目的时长；已按会议总时长分配。请核对议程。</translation>
    </message>
    <message>
        <source>{target} target, {limit} limit</source>
        <translation>目标{target}，上限{limit}</translation>
    </message>
    <message>
        <source>{name}: this PDF has no text (it is a scan or a picture); copy the text or use the Word version.</source>
        <translation>{name}：此 PDF 不含文字（是扫描件或图片）；请复制文字或使用 Word 版本。</translation>
    </message>
    <message>
        <source>{name} is protected by a password; open it, save a copy without the password, or use the Word version.</source>
        <translation>{name} 受密码保护；请打开它并另存一份无密码的副本，或使用 Word 版本。</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF (it is damaged or not a PDF); use the Word version.</source>
        <translation>{name} 不是可读的 PDF（已损坏或并非 PDF）；请使用 Word 版本。</translation>
    </message>
    <message>
        <source>{name} is encrypted; open it, save a copy without protection, or use the Word version.</source>
        <translation>{name} 已加密；请打开它并另存一份无保护的副本，或使用 Word 版本。</translation>
    </message>
    <message>
        <source>{name} cannot be read: this installation has no PDF reader (pypdf); use the Word version or copy the text.</source>
        <translation>无法读取 {name}：此安装没有 PDF 阅读组件（pypdf）；请使用 Word 版本或复制文字。</translation>
    </message>
    <message>
        <source>{name} has {pages:,} pages; a concept note has at most {limit}. Is it the right file?</source>
        <translation>{name} 有 {pages:,} 页；概念说明最多 {limit} 页。是不是选错了文件？</translation>
    </message>
    <message>
        <source>{name} is a damaged PDF; open it and save it again, or use the Word version.</source>
        <translation>{name} 是已损坏的 PDF；请打开并重新保存，或使用 Word 版本。</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>{name} holds more than {limit:,} characters of text; a concept note has far fewer. Is it the right file?</source>
        <translation>{name} 含有超过 {limit:,} 个字符的文字；概念说明要少得多。是不是选错了文件？</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办方</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>届会</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Start and end</source>
        <translation>开始和结束时间</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Venue / format</source>
        <translation>地点/形式</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主席</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>报告员</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>指导性问题</translation>
    </message>
    <message>
        <source>Programme (agenda items)</source>
        <translation>议程（议程项目）</translation>
    </message>
    <message>
        <source>Speaking time of interventions</source>
        <translation>发言时间</translation>
    </message>
    <message>
        <source>Focus SDGs</source>
        <translation>重点可持续发展目标</translation>
    </message>
    <message>
        <source>Outcome feeds into</source>
        <translation>成果将提交</translation>
    </message>
    <message>
        <source>Speakers named</source>
        <translation>列名的发言者</translation>
    </message>
    <message>
        <source>{name} is not a text file (it holds binary data).</source>
        <translation>{name} 不是文本文件（其中含有二进制数据）。</translation>
    </message>
    <message>
        <source>Markdown file</source>
        <translation>Markdown 文件</translation>
    </message>
    <message>
        <source>text file</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <source>The date “{date}” could be day/month or month/day; check the date.</source>
        <translation>日期“{date}”可能是日/月，也可能是月/日；请核对日期。</translation>
    </message>
    <message>
        <source>The note says {abbreviation} ({stated}), but {zone} is on {actual} on {date}; check the times and the zone.</source>
        <translation>说明写的是{abbreviation}（{stated}），但{zone}在{date}为{actual}；请核对时间和时区。</translation>
    </message>
    <message>
        <source>{name} has {count:,} lines; a concept note has at most {limit:,}. Is it the right file?</source>
        <translation>{name} 有 {count:,} 行；概念说明最多 {limit:,} 行。是不是选错了文件？</translation>
    </message>
    <message>
        <source>{name} holds {count:,} characters of text; a concept note has at most {limit:,}. Is it the right file?</source>
        <translation>{name} 含有 {count:,} 个字符的文字；概念说明最多 {limit:,} 个。是不是选错了文件？</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>No guiding question</source>
        <translation>无指导性问题</translation>
    </message>
    <message>
        <source>Speaks {language}</source>
        <translation>使用{language}发言</translation>
    </message>
    <message>
        <source>The list of speakers for “{item}” is closed: only a point of order can still be added. Add this speaker anyway only if you mean to.</source>
        <translation>“{item}”的发言名单已截止：只能再增加程序问题。只有在确有需要时才仍然添加该发言者。</translation>
    </message>
    <message>
        <source>Only a speaker who is waiting can be given the floor.</source>
        <translation>只能将发言权交给等待中的发言者。</translation>
    </message>
    <message>
        <source>Only a speaker who is speaking can be paused.</source>
        <translation>只能暂停正在发言的发言者。</translation>
    </message>
    <message>
        <source>Only a paused speaker can be resumed.</source>
        <translation>只能继续已暂停的发言者。</translation>
    </message>
    <message>
        <source>Only the current speaker can be ended.</source>
        <translation>只能结束当前发言者的发言。</translation>
    </message>
    <message>
        <source>The time of a speaker who has finished cannot be changed.</source>
        <translation>已结束发言者的时间不能更改。</translation>
    </message>
    <message>
        <source>This speaker has finished; add them again to give them the floor.</source>
        <translation>该发言者已结束发言；请重新添加后再给予发言权。</translation>
    </message>
    <message>
        <source>That speaker is no longer in the list.</source>
        <translation>该发言者已不在名单中。</translation>
    </message>
    <message>
        <source>Nobody is waiting to speak.</source>
        <translation>没有人在等待发言。</translation>
    </message>
    <message>
        <source>Nobody is speaking.</source>
        <translation>没有人在发言。</translation>
    </message>
    <message>
        <source>Nobody is waiting to speak: add a speaker or a floor request first.</source>
        <translation>没有人在等待发言：请先添加发言者或现场发言请求。</translation>
    </message>
    <message>
        <source>Only a speaker who is still waiting can withdraw.</source>
        <translation>只有仍在等待的发言者才能撤回。</translation>
    </message>
    <message>
        <source>This speaker is already in the queue.</source>
        <translation>该发言者已在等待队列中。</translation>
    </message>
    <message>
        <source>Only a speaker who is still waiting can be moved.</source>
        <translation>只能移动仍在等待的发言者。</translation>
    </message>
    <message>
        <source>The speaker list changed meanwhile; sort it again.</source>
        <translation>发言者名单在此期间已更改；请重新排序。</translation>
    </message>
    <message>
        <source>Type the speaker&apos;s name first.</source>
        <translation>请先输入发言者的姓名。</translation>
    </message>
</context>
<context>
    <name>ConsoleActions</name>
    <message>
        <source>Screen</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <source>the window&apos;s screen</source>
        <translation>窗口所在屏幕</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>主屏幕</translation>
    </message>
    <message>
        <source>&amp;Start / pause speaker</source>
        <translation>开始/暂停发言(&amp;S)</translation>
    </message>
    <message>
        <source>Give the floor to the next speaker, pause or resume</source>
        <translation>将发言权交给下一位发言者、暂停或继续</translation>
    </message>
    <message>
        <source>&amp;End speaker and start next</source>
        <translation>结束发言并开始下一位(&amp;E)</translation>
    </message>
    <message>
        <source>End the current speaker and give the floor to the next</source>
        <translation>结束当前发言并将发言权交给下一位</translation>
    </message>
    <message>
        <source>End speaker, &amp;nobody next</source>
        <translation>结束发言，无下一位(&amp;N)</translation>
    </message>
    <message>
        <source>End the current speaker without starting the next</source>
        <translation>结束当前发言，不开始下一位</translation>
    </message>
    <message>
        <source>&amp;Add 30 seconds</source>
        <translation>增加30秒(&amp;A)</translation>
    </message>
    <message>
        <source>Give the current speaker 30 seconds more</source>
        <translation>给当前发言者增加30秒</translation>
    </message>
    <message>
        <source>&amp;Take 30 seconds off</source>
        <translation>减少30秒(&amp;T)</translation>
    </message>
    <message>
        <source>Take 30 seconds off the current speaker&apos;s limit</source>
        <translation>将当前发言者的限时减少30秒</translation>
    </message>
    <message>
        <source>&amp;Floor request…</source>
        <translation>现场发言请求(&amp;F)…</translation>
    </message>
    <message>
        <source>Add a request from the floor to the interactive discussion</source>
        <translation>将现场发言请求加入互动讨论</translation>
    </message>
    <message>
        <source>Add spea&amp;ker…</source>
        <translation>添加发言者(&amp;K)…</translation>
    </message>
    <message>
        <source>Add a participant, or a new person, to the speaker list</source>
        <translation>将一名与会者或新人员加入发言者名单</translation>
    </message>
    <message>
        <source>Speaking-time stat&amp;istics…</source>
        <translation>发言时间统计(&amp;I)…</translation>
    </message>
    <message>
        <source>Time per speaker, agenda item, role, gender and region; CSV</source>
        <translation>按发言者、议程项目、角色、性别和区域分列的时间；CSV</translation>
    </message>
    <message>
        <source>Sound &amp;cue at target and limit</source>
        <translation>到达目标时间和限时时发出提示音(&amp;C)</translation>
    </message>
    <message>
        <source>Beep when the speaker reaches the target and the limit</source>
        <translation>发言者达到目标时间和限时时发出提示音</translation>
    </message>
    <message>
        <source>&amp;Presenter display</source>
        <translation>演讲者显示屏(&amp;P)</translation>
    </message>
    <message>
        <source>Show or hide the big timer for the speakers</source>
        <translation>显示或隐藏供发言者看的大计时器</translation>
    </message>
    <message>
        <source>&amp;Flash the clock past the limit</source>
        <translation>超出限时后时钟闪烁(&amp;F)</translation>
    </message>
    <message>
        <source>Past the limit the clock&apos;s background flashes twice a second</source>
        <translation>超出限时后，时钟背景每秒闪烁两次</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>窗口的所有键盘快捷键</translation>
    </message>
    <message>
        <source>Presenter &amp;screen</source>
        <translation>演讲者屏幕(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>会议(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ConsoleController</name>
    <message>
        <source>{name} was speaking when Roundtable Desktop closed. Their clock goes on from {spoken}, counted from the time they started.</source>
        <translation>Roundtable Desktop 关闭时{name}正在发言。其时钟从{spoken}继续，从其开始发言时起计。</translation>
    </message>
    <message>
        <source>{name} is still speaking: their clock went on while another meeting was shown, and stands at {spoken}.</source>
        <translation>{name}仍在发言：显示其他会议期间其时钟继续计时，现为{spoken}。</translation>
    </message>
    <message>
        <source>A speaker</source>
        <translation>一位发言者</translation>
    </message>
    <message>
        <source>The speaker</source>
        <translation>该发言者</translation>
    </message>
    <message>
        <source>{name} speaks next</source>
        <translation>下一位发言者：{name}</translation>
    </message>
    <message>
        <source>{name} is number {n} in the queue</source>
        <translation>{name}在队列中排第{n}位</translation>
    </message>
    <message>
        <source>{where}, in “{item}”.</source>
        <translation>{where}，在“{item}”中。</translation>
    </message>
    <message>
        <source>The speaker list is run from the chair&apos;s laptop.</source>
        <translation>发言者名单由主席的笔记本电脑管理。</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <source>m:ss</source>
        <translation>分:秒</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Give the file a name.</source>
        <translation>请为文件命名。</translation>
    </message>
    <message>
        <source>“{name}…” is too long for a file name ({count} characters). Choose a shorter name.</source>
        <translation>“{name}…”作为文件名太长（{count} 个字符）。请选择较短的名称。</translation>
    </message>
    <message>
        <source>“{name}” is not a valid file name: it contains {shown}. Choose another name.</source>
        <translation>“{name}”不是有效的文件名：其中含有 {shown}。请选择其他名称。</translation>
    </message>
    <message>
        <source>“{name}” is not a valid file name on every computer. Choose another name.</source>
        <translation>“{name}”并非在所有电脑上都是有效的文件名。请选择其他名称。</translation>
    </message>
    <message>
        <source>{folder} is not a folder. Choose another place for the file.</source>
        <translation>{folder} 不是文件夹。请为文件选择其他位置。</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a device or a pipe). Choose a file name.</source>
        <translation>{path} 不是普通文件（是设备或管道）。请选择一个文件名。</translation>
    </message>
    <message>
        <source>{name} is open in Word or another program. Close it there, or choose another name.</source>
        <translation>{name} 已在 Word 或其他程序中打开。请在该程序中关闭它，或选择其他名称。</translation>
    </message>
    <message>
        <source>{name} is read-only. Choose another name, or make it writable.</source>
        <translation>{name} 为只读。请选择其他名称，或使其可写。</translation>
    </message>
    <message>
        <source>{name} is the library&apos;s own file ({own}): writing there would destroy it. Choose another name.</source>
        <translation>{name} 是库自身的文件（{own}）：写入会将其毁坏。请选择其他名称。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose another folder.</source>
        <translation>文件夹 {folder} 不存在。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>{path} is a folder. Choose a file name.</source>
        <translation>{path} 是文件夹。请选择一个文件名。</translation>
    </message>
    <message>
        <source>{name} is open in Word or another program, or read-only. Close it, or choose another name.</source>
        <translation>{name} 已在 Word 或其他程序中打开，或为只读。请关闭它，或选择其他名称。</translation>
    </message>
    <message>
        <source>You are not allowed to write in {folder}. Choose another folder.</source>
        <translation>您无权写入 {folder}。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full. Free some space or choose another place.</source>
        <translation>存放 {folder} 的磁盘已满。请释放空间或选择其他位置。</translation>
    </message>
    <message>
        <source>“{name}” is not a valid file name here. Choose another name.</source>
        <translation>“{name}”在此处不是有效的文件名。请选择其他名称。</translation>
    </message>
    <message>
        <source>{folder} is on a read-only disk. Choose another place.</source>
        <translation>{folder} 位于只读磁盘上。请选择其他位置。</translation>
    </message>
    <message>
        <source>{name} could not be written ({reason}). Choose another name or place.</source>
        <translation>无法写入 {name}（{reason}）。请选择其他名称或位置。</translation>
    </message>
    <message>
        <source>The statistics cannot be written to {place}: {reason}.</source>
        <translation>无法将统计数据写入 {place}：{reason}。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export rapporteur’s summary</source>
        <translation>导出报告员的总结</translation>
    </message>
    <message>
        <source>Rapporteur’s summary (Word, .docx)</source>
        <translation>报告员的总结（Word，.docx）</translation>
    </message>
    <message>
        <source>Rapporteur’s summary (Markdown, .md)</source>
        <translation>报告员的总结（Markdown，.md）</translation>
    </message>
    <message>
        <source>Speaker log (CSV spreadsheet, .csv)</source>
        <translation>发言记录（CSV 电子表格，.csv）</translation>
    </message>
    <message>
        <source>Whole meeting (session JSON, .json)</source>
        <translation>整个会议（会议 JSON，.json）</translation>
    </message>
    <message>
        <source>None: a plain A4 document</source>
        <translation>无：普通 A4 文档</translation>
    </message>
    <message>
        <source>A Word file (.docx or .dotx) whose styles, page set-up, header and footer the summary takes</source>
        <translation>一个 Word 文件（.docx 或 .dotx），总结将采用其样式、页面设置、页眉和页脚</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>By role (“a discussant from …”)</source>
        <translation>按角色（“来自……的一名讨论嘉宾”）</translation>
    </message>
    <message>
        <source>Unattributed (no speaker named)</source>
        <translation>不署名（不点名任何发言者）</translation>
    </message>
    <message>
        <source>How the summary says who made each point; unattributed, nothing names or times a speaker</source>
        <translation>总结如何说明每个要点由谁提出；不署名时，不点名也不计时任何发言者</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>导出(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose &amp;template…</source>
        <translation>选择模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Word &amp;template:</source>
        <translation>Word 模板(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Speakers named:</source>
        <translation>发言者署名(&amp;S)：</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The summary in Word, to edit and circulate.</source>
        <translation>Word 格式的总结，供编辑和分发。</translation>
    </message>
    <message>
        <source>The same summary as plain text with Markdown headings.</source>
        <translation>同一总结的纯文本版本，带 Markdown 标题。</translation>
    </message>
    <message>
        <source>One row per speaker slot: who, when, planned and spoken time.</source>
        <translation>每个发言时段一行：发言者、时间、计划时间和发言时间。</translation>
    </message>
    <message>
        <source>The whole meeting, readable back by Roundtable Desktop.</source>
        <translation>整个会议，可由 Roundtable Desktop 重新读取。</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>{what} (*{suffix})</source>
        <translation>{what} (*{suffix})</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Word 模板</translation>
    </message>
    <message>
        <source>Speaker log</source>
        <translation>发言记录</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word 文档和模板 (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Export not written</source>
        <translation>导出未写入</translation>
    </message>
    <message>
        <source>summary document</source>
        <translation>总结文件</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Exporting… the meeting goes on meanwhile; Cancel stops the export and writes nothing.</source>
        <translation>正在导出……会议照常进行；“取消”会停止导出且不写入任何内容。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>导出已取消：未写入任何内容。</translation>
    </message>
    <message>
        <source>The export failed and nothing was written ({problem}). The details are in the log file.</source>
        <translation>导出失败，未写入任何内容（{problem}）。详情见日志文件。</translation>
    </message>
    <message>
        <source>{problem}

Nothing was written. The file name now offers another one:
{name}
Press Export to use it, or choose another.</source>
        <translation>{problem}

未写入任何内容。文件名现提供另一个：
{name}
按“导出”使用该名称，或另选一个。</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到{path}</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>主办方</translation>
    </message>
    <message>
        <source>session</source>
        <translation>届会</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>SDGs in focus</source>
        <translation>重点目标</translation>
    </message>
    <message>
        <source>outcome feeds into</source>
        <translation>成果提交至</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>主席</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>报告员</translation>
    </message>
    <message>
        <source>key messages</source>
        <translation>关键信息</translation>
    </message>
    <message>
        <source>document type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>document symbol</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>分发</translation>
    </message>
    <message>
        <source>date of issue</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <source>original language</source>
        <translation>原文语文</translation>
    </message>
    <message>
        <source>introduction</source>
        <translation>导言</translation>
    </message>
    <message>
        <source>language of the summary</source>
        <translation>总结的语文</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>planned minutes</source>
        <translation>计划分钟数</translation>
    </message>
    <message>
        <source>place in the order</source>
        <translation>顺序位置</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <source>usual speaking time</source>
        <translation>通常发言时间</translation>
    </message>
    <message>
        <source>usual time limit</source>
        <translation>通常时限</translation>
    </message>
    <message>
        <source>actual start</source>
        <translation>实际开始</translation>
    </message>
    <message>
        <source>actual end</source>
        <translation>实际结束</translation>
    </message>
    <message>
        <source>list of speakers closed</source>
        <translation>发言名单截止</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>synthesis</source>
        <translation>综述</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>function</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>regional group</source>
        <translation>区域组</translation>
    </message>
    <message>
        <source>present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语文</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <source>guiding question</source>
        <translation>指导性问题</translation>
    </message>
    <message>
        <source>speaker&apos;s place</source>
        <translation>发言者的位置</translation>
    </message>
    <message>
        <source>speaking time</source>
        <translation>发言时间</translation>
    </message>
    <message>
        <source>time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>kind of request</source>
        <translation>请求类型</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>time spoken</source>
        <translation>已发言时间</translation>
    </message>
    <message>
        <source>last start</source>
        <translation>最近一次开始</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <source>key message</source>
        <translation>关键信息</translation>
    </message>
    <message>
        <source>meeting clock</source>
        <translation>会议时钟</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>usual message</source>
        <translation>常用消息</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>清除时间</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>access to it is refused</source>
        <translation>访问被拒绝</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>它已不存在</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>磁盘报告了错误</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>另一个程序正在使用它</translation>
    </message>
    <message>
        <source>its name is too long</source>
        <translation>其名称过长</translation>
    </message>
    <message>
        <source>its link leads nowhere</source>
        <translation>其链接指向不存在的位置</translation>
    </message>
    <message>
        <source>its drive is not connected</source>
        <translation>其所在驱动器未连接</translation>
    </message>
    <message>
        <source>a file stands where a folder should be</source>
        <translation>应为文件夹的位置是一个文件</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>没有文件 {path}。</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} 不是文件。</translation>
    </message>
    <message>
        <source>You are not allowed to read {path}.</source>
        <translation>您无权读取 {path}。</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>无法读取 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>{name} is open in another program that keeps it locked; close it there and try again.</source>
        <translation>{name} 已在另一个程序中打开并被锁定；请在该程序中关闭它后重试。</translation>
    </message>
    <message>
        <source>{name} is {size} MB; at most {limit} MB can be read. Is it the right file?</source>
        <translation>{name} 大小为 {size} MB；最多只能读取 {limit} MB。是不是选错了文件？</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} 是空的。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search the notes (Ctrl+F)</source>
        <translation>搜索笔记（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>搜索笔记</translation>
    </message>
    <message>
        <source>Key messages only</source>
        <translation>仅关键信息</translation>
    </message>
    <message>
        <source>Only the notes marked as key messages</source>
        <translation>仅标为关键信息的笔记</translation>
    </message>
    <message>
        <source>Only this speaker&apos;s notes</source>
        <translation>仅此发言者的笔记</translation>
    </message>
    <message>
        <source>Only notes of this kind</source>
        <translation>仅此类型的笔记</translation>
    </message>
    <message>
        <source>Only notes on this guiding question</source>
        <translation>仅关于此指导性问题的笔记</translation>
    </message>
    <message>
        <source>Only notes tagged with this SDG</source>
        <translation>仅标有此可持续发展目标的笔记</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Show every note again</source>
        <translation>重新显示所有笔记</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>所有发言者</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>所有问题</translation>
    </message>
    <message>
        <source>No question</source>
        <translation>无问题</translation>
    </message>
    <message>
        <source>All SDGs</source>
        <translation>所有目标</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>尚无笔记</translation>
    </message>
    <message>
        <source>%1 of %2 notes</source>
        <translation>%1/%2条笔记</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n条笔记</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Review the imported meeting — {name}</source>
        <translation>核对导入的会议 — {name}</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>会议(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Background and objectives</source>
        <translation>背景和目标(&amp;B)</translation>
    </message>
    <message>
        <source>Guiding &amp;questions ({n})</source>
        <translation>指导性问题（{n}）(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Programme ({n})</source>
        <translation>议程（{n}）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Speakers ({n})</source>
        <translation>发言者（{n}）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save meeting</source>
        <translation>保存会议(&amp;S)</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>&lt;b&gt;The note gives several days or sessions.&lt;/b&gt; Which one is the &amp;meeting?</source>
        <translation>&lt;b&gt;说明中列有多天或多场会议。&lt;/b&gt;哪一场是本次会议(&amp;M)？</translation>
    </message>
    <message>
        <source>&lt;b&gt;{found} of {total}&lt;/b&gt; fields were found in &lt;b&gt;{name}&lt;/b&gt; ({source}). Check them, correct what was misread, fill in what is missing. Nothing is saved until you press &lt;b&gt;Save meeting&lt;/b&gt;.</source>
        <translation>在&lt;b&gt;{name}&lt;/b&gt;（{source}）中找到&lt;b&gt;{found}/{total}&lt;/b&gt;个字段。请核对，更正误读之处，补全缺失内容。在您按下&lt;b&gt;保存会议&lt;/b&gt;之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;{style}&apos;&gt;Check {field}:&lt;/span&gt; {reason}.</source>
        <translation>&lt;span style=&apos;{style}&apos;&gt;请核对{field}：&lt;/span&gt;{reason}。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;{style}&apos;&gt;Not found:&lt;/span&gt; {names}.</source>
        <translation>&lt;span style=&apos;{style}&apos;&gt;未找到：&lt;/span&gt;{names}。</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>请核对：</translation>
    </message>
    <message>
        <source>Back&amp;ground:</source>
        <translation>背景(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>目标(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Speaking time to check: {value} ({reason})</source>
        <translation>需核对的发言时间：{value}（{reason}）</translation>
    </message>
    <message>
        <source>Speaking time: {value}</source>
        <translation>发言时间：{value}</translation>
    </message>
    <message>
        <source>Speaking time not found: the kinds&apos; defaults are used</source>
        <translation>未找到发言时间：使用各类型的默认值</translation>
    </message>
    <message>
        <source>imported meeting</source>
        <translation>导入的会议</translation>
    </message>
    <message>
        <source>found in the note</source>
        <translation>在说明中找到</translation>
    </message>
    <message>
        <source>check: {reason}</source>
        <translation>请核对：{reason}</translation>
    </message>
    <message>
        <source>not found in the note</source>
        <translation>说明中未找到</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a shared meeting</source>
        <translation>加入共享会议</translation>
    </message>
    <message>
        <source>Meetings shared on this network:</source>
        <translation>此网络上共享的会议：</translation>
    </message>
    <message>
        <source>Meetings shared on this network</source>
        <translation>此网络上共享的会议</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <source>{address} — not answering</source>
        <translation>{address} — 无响应</translation>
    </message>
    <message>
        <source>{address} — checking…</source>
        <translation>{address} — 正在检查…</translation>
    </message>
    <message>
        <source>If the meeting is not listed (hotspots often hide it), type the address the chair&apos;s laptop shows.</source>
        <translation>如果会议未列出（热点常会隐藏），请输入主席笔记本电脑显示的地址。</translation>
    </message>
    <message>
        <source>Cannot look for meetings on this network.</source>
        <translation>无法在此网络上查找会议。</translation>
    </message>
    <message>
        <source>Looking for shared meetings… none found yet.</source>
        <translation>正在查找共享的会议……尚未找到。</translation>
    </message>
    <message>
        <source>Meetings found: {count}.</source>
        <translation>已找到会议：{count}。</translation>
    </message>
    <message>
        <source>The code has 6 digits, as the chair&apos;s laptop shows it.</source>
        <translation>代码为6位数字，与主席笔记本电脑显示的一致。</translation>
    </message>
</context>
<context>
    <name>JournalWatch</name>
    <message>
        <source>The library&apos;s journal ({name}) was removed while the window was open, and its changes could not be saved into the library: {error}. Keep the window open and make a backup copy of the library&apos;s folder.</source>
        <translation>窗口打开期间库的日志（{name}）被删除，其更改未能保存到库中：{error}。请保持窗口打开，并备份库所在的文件夹。</translation>
    </message>
    <message>
        <source>The library&apos;s journal ({name}) was removed while the window was open. Everything it held was saved into the library; nothing was lost.</source>
        <translation>窗口打开期间库的日志（{name}）被删除。其中的所有内容均已保存到库中；没有丢失任何内容。</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法文</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄文</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙文</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>is {value}; it must be from {low} to {high}</source>
        <translation>为 {value}；必须在 {low} 至 {high} 之间</translation>
    </message>
    <message>
        <source>has a time-zone offset; a time of day is given in the meeting&apos;s own zone</source>
        <translation>带有时区偏移；一天中的时间按会议本身的时区给出</translation>
    </message>
    <message>
        <source>is in the year {year}; it must be from {first} to {last}</source>
        <translation>在 {year} 年；年份必须在 {first} 至 {last} 之间</translation>
    </message>
    <message>
        <source>is “{text}”, not an offset in use (UTC-12:00 to UTC+14:00)</source>
        <translation>为“{text}”，不是使用中的时差（UTC-12:00 至 UTC+14:00）</translation>
    </message>
    <message>
        <source>is “{text}”, not a time zone (such as Europe/Zurich or UTC+02:00)</source>
        <translation>为“{text}”，不是时区（如 Europe/Zurich 或 UTC+02:00）</translation>
    </message>
</context>
<context>
    <name>LinkAddress</name>
    <message>
        <source>“{typed}” is not an address like 192.168.1.5:8765.</source>
        <translation>“{typed}”不是类似 192.168.1.5:8765 的地址。</translation>
    </message>
</context>
<context>
    <name>ListClosingActions</name>
    <message>
        <source>Close or reopen the &amp;list of speakers</source>
        <translation>截止或重新开放发言名单(&amp;L)</translation>
    </message>
    <message>
        <source>Close the list of the agenda item under way: only points of order are added; again to reopen it</source>
        <translation>截止当前议程项目的发言名单：只可增加程序问题；再次选择即重新开放</translation>
    </message>
    <message>
        <source>Close or reopen floor re&amp;quests</source>
        <translation>截止或重新开放现场发言(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the list of floor requests of the interactive discussion; again to reopen it</source>
        <translation>截止互动讨论的现场发言请求名单；再次选择即重新开放</translation>
    </message>
    <message>
        <source>This meeting has no agenda item to close.</source>
        <translation>本次会议没有可截止的议程项目。</translation>
    </message>
    <message>
        <source>List of speakers closed (points of order only): {items}</source>
        <translation>发言名单已截止（仅限程序问题）：{items}</translation>
    </message>
    <message>
        <source>List of speakers closed</source>
        <translation>发言名单已截止</translation>
    </message>
    <message>
        <source>The list of speakers for “{item}” is closed: only a point of order can still be added.</source>
        <translation>“{item}”的发言名单已截止：只能再增加程序问题。</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>仍然添加</translation>
    </message>
</context>
<context>
    <name>ListEditors</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>添加一行（Insert）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>移除所选行（Delete）</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>LiveLinkActions</name>
    <message>
        <source>S&amp;hare on this network…</source>
        <translation>在此网络上共享(&amp;H)…</translation>
    </message>
    <message>
        <source>Let the rapporteur&apos;s laptop follow this meeting, and phones open the presenter view</source>
        <translation>让报告员的笔记本电脑跟随本次会议，并让手机打开演讲者视图</translation>
    </message>
    <message>
        <source>&amp;Join a shared meeting…</source>
        <translation>加入共享会议(&amp;J)…</translation>
    </message>
    <message>
        <source>Follow a meeting shared by the chair&apos;s laptop on this network</source>
        <translation>跟随主席笔记本电脑在此网络上共享的会议</translation>
    </message>
    <message>
        <source>Stop follo&amp;wing</source>
        <translation>停止跟随(&amp;W)</translation>
    </message>
    <message>
        <source>Stop following the chair&apos;s laptop; what this laptop holds stays, and a new join catches up</source>
        <translation>停止跟随主席的笔记本电脑；本机已有的内容保留，重新加入时会补上缺少的部分</translation>
    </message>
    <message>
        <source>R&amp;un this meeting on this laptop…</source>
        <translation>在此笔记本电脑上主持本次会议(&amp;U)…</translation>
    </message>
    <message>
        <source>When the chair&apos;s laptop is gone for good: this laptop runs the clock and the speaker list</source>
        <translation>当主席的笔记本电脑已不再可用时：由此笔记本电脑掌管计时和发言者名单</translation>
    </message>
    <message>
        <source>Share on this network</source>
        <translation>在此网络上共享</translation>
    </message>
    <message>
        <source>Shared on this network: {count} following</source>
        <translation>已在此网络上共享：{count}个跟随者</translation>
    </message>
    <message>
        <source>Joining {address}…</source>
        <translation>正在加入{address}…</translation>
    </message>
    <message>
        <source>Following the chair&apos;s laptop: {title}</source>
        <translation>正在跟随主席的笔记本电脑：{title}</translation>
    </message>
    <message>
        <source>Link lost since {time}; trying again…</source>
        <translation>自{time}起连接中断；正在重试…</translation>
    </message>
    <message>
        <source>(shared again? File &gt; Join with the new code)</source>
        <translation>（重新共享了？文件 &gt; 用新代码加入）</translation>
    </message>
    <message>
        <source>Run this meeting here</source>
        <translation>在此主持本次会议</translation>
    </message>
    <message>
        <source>Run “{title}” on this laptop? Do it only when the chair&apos;s laptop is gone for good: this laptop stops following it, its clock keys come back, and it becomes the chair&apos;s laptop for this meeting (it may share it). If the other laptop&apos;s changes come in later, a record both changed is shown for a choice.</source>
        <translation>在此笔记本电脑上主持“{title}”？仅在主席的笔记本电脑已不再可用时才这样做：此笔记本电脑停止跟随，计时按键恢复可用，并成为本次会议的主席笔记本电脑（可以共享会议）。如果另一台笔记本电脑的更改稍后传来，双方都更改过的记录将列出供选择。</translation>
    </message>
    <message>
        <source>Run it here</source>
        <translation>在此主持</translation>
    </message>
    <message>
        <source>The code is not right: type the 6 digits the chair&apos;s laptop shows now (Meeting &gt; Share on this network…) and join again.</source>
        <translation>代码不正确：请输入主席笔记本电脑现在显示的6位数字（会议 &gt; 在此网络上共享…），然后重新加入。</translation>
    </message>
    <message>
        <source>Too many wrong codes were tried: ask the chair&apos;s laptop for a new code.</source>
        <translation>尝试的错误代码过多：请向主席笔记本电脑索取新代码。</translation>
    </message>
    <message>
        <source>The other laptop did not show that it knows the code.</source>
        <translation>另一台笔记本电脑未能证明它知道该代码。</translation>
    </message>
    <message>
        <source>The address now shares another meeting.</source>
        <translation>该地址现在共享的是另一个会议。</translation>
    </message>
    <message>
        <source>Join a shared meeting</source>
        <translation>加入共享会议</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>新建会议(&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;demo meeting</source>
        <translation>新建演示会议(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;uplicate meeting</source>
        <translation>复制会议(&amp;U)</translation>
    </message>
    <message>
        <source>Dele&amp;te meeting…</source>
        <translation>删除会议(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Choose meeting</source>
        <translation>选择会议(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export rapporteur’s summary…</source>
        <translation>导出报告员的总结(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>会议(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Roundtable Desktop</source>
        <translation>关于 Roundtable Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>The library holds no meeting: File &gt; New meeting or New demo meeting.</source>
        <translation>库中没有会议：文件 &gt; 新建会议或新建演示会议。</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>删除会议</translation>
    </message>
    <message>
        <source>Delete “{title}” with its agenda, speakers and notes? This cannot be undone.</source>
        <translation>删除“{title}”及其议程、发言者和笔记？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>{name} is speaking. Quit anyway? Their clock is stored and goes on from where it is when Roundtable Desktop starts again.</source>
        <translation>{name}正在发言。仍要退出吗？其时钟已保存，Roundtable Desktop 再次启动时将从当前位置继续。</translation>
    </message>
    <message>
        <source>About Roundtable Desktop</source>
        <translation>关于 Roundtable Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Roundtable Desktop {version}&lt;/h3&gt;&lt;p&gt;The chair&apos;s and the rapporteur&apos;s offline companion for a roundtable: agenda, guiding questions, a timed speaker list and structured notes, all in one local library.&lt;/p&gt;&lt;p&gt;Library: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Roundtable Desktop {version}&lt;/h3&gt;&lt;p&gt;圆桌会议主席和报告员的离线助手：议程、指导性问题、计时发言者名单和结构化笔记，全部保存在一个本地库中。&lt;/p&gt;&lt;p&gt;库：{path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingClockDisplay</name>
    <message>
        <source>Meeting clock</source>
        <translation>会议时钟</translation>
    </message>
    <message>
        <source>(local {time})</source>
        <translation>（当地时间{time}）</translation>
    </message>
    <message>
        <source>meeting not started</source>
        <translation>会议尚未开始</translation>
    </message>
    <message>
        <source>meeting held {length}</source>
        <translation>会议共进行{length}</translation>
    </message>
    <message>
        <source>meeting {elapsed} elapsed</source>
        <translation>会议已进行{elapsed}</translation>
    </message>
    <message>
        <source>{left} left</source>
        <translation>剩余{left}</translation>
    </message>
    <message>
        <source>{over} past the planned end</source>
        <translation>超出计划结束时间{over}</translation>
    </message>
    <message>
        <source>{item}: {elapsed} of {planned} min</source>
        <translation>{item}：{elapsed}/{planned}分钟</translation>
    </message>
    <message>
        <source>planned {start}–{end}</source>
        <translation>计划时间{start}–{end}</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>{n} min late</source>
        <translation>延误{n}分钟</translation>
    </message>
    <message>
        <source>ended {time}, {words}</source>
        <translation>{time}结束，{words}</translation>
    </message>
    <message>
        <source>ends {time}, {words}</source>
        <translation>{time}结束，{words}</translation>
    </message>
    <message>
        <source>1 floor request of {length} still fits</source>
        <translation>还可容纳1个{length}的现场发言请求</translation>
    </message>
    <message>
        <source>{n} floor requests of {length} still fit</source>
        <translation>还可容纳{n}个{length}的现场发言请求</translation>
    </message>
    <message>
        <source>floor closed</source>
        <translation>现场发言已截止</translation>
    </message>
</context>
<context>
    <name>MeetingFile</name>
    <message>
        <source>The meeting file holds more than {limit:,} records.</source>
        <translation>会议文件中的记录超过 {limit:,} 条。</translation>
    </message>
    <message>
        <source>“{where}” must be a list.</source>
        <translation>“{where}”必须是列表。</translation>
    </message>
    <message>
        <source>This is not a Roundtable meeting file (format “{expected}”).</source>
        <translation>这不是 Roundtable 会议文件（格式“{expected}”）。</translation>
    </message>
    <message>
        <source>The meeting file has no valid “version” (a whole number from 1).</source>
        <translation>会议文件没有有效的“version”（从 1 起的整数）。</translation>
    </message>
    <message>
        <source>This meeting file was written by a newer Roundtable Desktop (version {version}); update Roundtable Desktop to merge it.</source>
        <translation>此会议文件由较新版本的 Roundtable Desktop 写入（版本 {version}）；请更新 Roundtable Desktop 后再合并。</translation>
    </message>
    <message>
        <source>The meeting file does not say which laptop wrote it (“laptop”).</source>
        <translation>会议文件未注明由哪台电脑写入（“laptop”）。</translation>
    </message>
    <message>
        <source>The meeting file has no “records”.</source>
        <translation>会议文件没有“records”。</translation>
    </message>
    <message>
        <source>“{where}” belongs to another meeting.</source>
        <translation>“{where}”属于另一个会议。</translation>
    </message>
    <message>
        <source>“{where}” {id} is used twice.</source>
        <translation>“{where}” {id} 被使用了两次。</translation>
    </message>
    <message>
        <source>“{where}” must be an object.</source>
        <translation>“{where}”必须是对象。</translation>
    </message>
    <message>
        <source>“{where}” is not a deleted record of a meeting.</source>
        <translation>“{where}”不是某个会议中已删除的记录。</translation>
    </message>
    <message>
        <source>The meeting file&apos;s “{where}” is not an id.</source>
        <translation>会议文件的“{where}”不是标识。</translation>
    </message>
    <message>
        <source>The meeting file&apos;s “{where}” is not a whole number.</source>
        <translation>会议文件的“{where}”不是整数。</translation>
    </message>
    <message>
        <source>{name} is not a meeting file: it is not valid JSON text.</source>
        <translation>{name} 不是会议文件：不是有效的 JSON 文本。</translation>
    </message>
    <message>
        <source>{name} is a session file, which comes in with new ids: use File &gt; Import.</source>
        <translation>{name} 是会议文件，导入时会获得新的标识：请使用“文件 &gt; 导入”。</translation>
    </message>
</context>
<context>
    <name>MeetingFileActions</name>
    <message>
        <source>Export for another &amp;laptop…</source>
        <translation>导出供另一台笔记本电脑使用(&amp;L)…</translation>
    </message>
    <message>
        <source>Write the meeting with its ids to a file that the other laptop merges (no network needed)</source>
        <translation>将会议连同其标识写入文件，由另一台笔记本电脑合并（无需网络）</translation>
    </message>
    <message>
        <source>&amp;Merge a meeting file…</source>
        <translation>合并会议文件(&amp;M)…</translation>
    </message>
    <message>
        <source>Bring in the notes and changes of another laptop&apos;s meeting file, by id</source>
        <translation>按标识引入另一台笔记本电脑会议文件中的笔记和更改</translation>
    </message>
    <message>
        <source>Export for another laptop</source>
        <translation>导出供另一台笔记本电脑使用</translation>
    </message>
    <message>
        <source>Meeting files (*{suffix});;All files (*)</source>
        <translation>会议文件 (*{suffix});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
    <message>
        <source>Merge a meeting file</source>
        <translation>合并会议文件</translation>
    </message>
    <message>
        <source>Nothing was merged.</source>
        <translation>未合并任何内容。</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>e.g. E/CN.16/2021/CRP.1</source>
        <translation>例如 E/CN.16/2021/CRP.1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>The document symbol; with one, the Word summary opens with a masthead: symbol, distribution, date of issue, original language</source>
        <translation>文件编号；如填写，Word 总结以文头开始：编号、分发、印发日期、原文语言</translation>
    </message>
    <message>
        <source>The meeting&apos;s title, as the summary will show it</source>
        <translation>会议标题，即总结中显示的标题</translation>
    </message>
    <message>
        <source>Room, building, or virtual / hybrid</source>
        <translation>会议室、大楼，或线上/混合</translation>
    </message>
    <message>
        <source>The forum the outcome feeds, e.g. the HLPF</source>
        <translation>成果将提交的论坛，例如高级别政治论坛</translation>
    </message>
    <message>
        <source>in</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>主办方(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>届会(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>T&amp;imes:</source>
        <translation>时间(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Venue / format:</source>
        <translation>地点/形式(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>主席(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Rapporteur:</source>
        <translation>报告员(&amp;R)：</translation>
    </message>
    <message>
        <source>Outcome &amp;feeds:</source>
        <translation>成果将提交(&amp;F)：</translation>
    </message>
    <message>
        <source>Focus SD&amp;Gs:</source>
        <translation>重点可持续发展目标(&amp;G)：</translation>
    </message>
    <message>
        <source>Document s&amp;ymbol:</source>
        <translation>文件编号(&amp;Y)：</translation>
    </message>
    <message>
        <source>Distr.:</source>
        <translation>Distr.:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>印发日期：</translation>
    </message>
    <message>
        <source>Original:</source>
        <translation>原文：</translation>
    </message>
    <message>
        <source>check</source>
        <translation>请核对</translation>
    </message>
    <message>
        <source>Read from the concept note, but not sure: {reason}.</source>
        <translation>读自概念说明，但不确定：{reason}。</translation>
    </message>
    <message>
        <source>Read from the concept note.</source>
        <translation>读自概念说明。</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>found</source>
        <translation>已找到</translation>
    </message>
    <message>
        <source>The concept note did not say; fill it in or leave it empty.</source>
        <translation>概念说明未提及；请填写或留空。</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone: choose one from the list (type part of a city&apos;s name).</source>
        <translation>“{zone}”不是时区：请从列表中选择（输入城市名称的一部分）。</translation>
    </message>
    <message>
        <source>{zone} is UTC{sign}{hours:02d}:{minutes:02d} ({abbreviation}) on that date.</source>
        <translation>{zone}在该日期为 UTC{sign}{hours:02d}:{minutes:02d}（{abbreviation}）。</translation>
    </message>
    <message>
        <source>Starts at {time} on this computer&apos;s clock.</source>
        <translation>按本计算机时钟于{time}开始。</translation>
    </message>
    <message>
        <source>The meeting needs a title.</source>
        <translation>会议需要有标题。</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>请从列表中选择时区。</translation>
    </message>
    <message>
        <source>The meeting ends when it starts; correct the end time.</source>
        <translation>会议结束时间与开始时间相同；请更正结束时间。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
</context>
<context>
    <name>MeetingImporter</name>
    <message>
        <source>Import a concept note or a session file</source>
        <translation>导入概念说明或会议文件</translation>
    </message>
    <message>
        <source>Concept notes and session files (*.docx *.pdf *.md *.markdown *.txt *.json);;Word documents (*.docx);;PDF documents (*.pdf);;Markdown and text (*.md *.markdown *.txt);;Session files (*.json);;All files (*)</source>
        <translation>概念说明和会议文件 (*.docx *.pdf *.md *.markdown *.txt *.json);;Word 文档 (*.docx);;PDF 文档 (*.pdf);;Markdown 和文本 (*.md *.markdown *.txt);;会议文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no text: copy the concept note&apos;s text, then choose File &gt; Import from clipboard again.</source>
        <translation>剪贴板中没有文本：请复制概念说明的文本，然后再次选择“文件 &gt; 从剪贴板导入”。</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>The library already holds a meeting with this title on this date; saving adds another one.</source>
        <translation>库中已有同一日期、同一标题的会议；保存将再添加一个。</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>MeetingPropertiesDialog</name>
    <message>
        <source>Meeting properties</source>
        <translation>会议属性</translation>
    </message>
    <message>
        <source>meeting properties</source>
        <translation>会议属性</translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message>
        <source>meeting&apos;s details</source>
        <translation>会议详情</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <source>guiding question</source>
        <translation>指导性问题</translation>
    </message>
    <message>
        <source>guiding questions</source>
        <translation>指导性问题</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>与会者</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>与会者</translation>
    </message>
    <message>
        <source>speaker slot</source>
        <translation>发言位置</translation>
    </message>
    <message>
        <source>speaker slots</source>
        <translation>发言位置</translation>
    </message>
    <message>
        <source>note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>message to the speaker</source>
        <translation>给发言者的消息</translation>
    </message>
    <message>
        <source>messages to the speaker</source>
        <translation>给发言者的消息</translation>
    </message>
    <message>
        <source>{n} meeting&apos;s details</source>
        <translation>会议详情（{n}）</translation>
    </message>
    <message>
        <source>{n} agenda item</source>
        <translation>{n}个议程项目</translation>
    </message>
    <message>
        <source>{n} agenda items</source>
        <translation>{n}个议程项目</translation>
    </message>
    <message>
        <source>{n} guiding question</source>
        <translation>{n}个指导性问题</translation>
    </message>
    <message>
        <source>{n} guiding questions</source>
        <translation>{n}个指导性问题</translation>
    </message>
    <message>
        <source>{n} participant</source>
        <translation>{n}名与会者</translation>
    </message>
    <message>
        <source>{n} participants</source>
        <translation>{n}名与会者</translation>
    </message>
    <message>
        <source>{n} speaker slot</source>
        <translation>{n}个发言位置</translation>
    </message>
    <message>
        <source>{n} speaker slots</source>
        <translation>{n}个发言位置</translation>
    </message>
    <message>
        <source>{n} note</source>
        <translation>{n}条笔记</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n}条笔记</translation>
    </message>
    <message>
        <source>{n} message to the speaker</source>
        <translation>{n}条给发言者的消息</translation>
    </message>
    <message>
        <source>{n} messages to the speaker</source>
        <translation>{n}条给发言者的消息</translation>
    </message>
    <message>
        <source>Nothing to merge: this library already holds everything in the file for “{title}”.</source>
        <translation>无需合并：本资料库已包含文件中“{title}”的全部内容。</translation>
    </message>
    <message>
        <source>Added the meeting “{title}” ({id}).</source>
        <translation>已添加会议“{title}”（{id}）。</translation>
    </message>
    <message>
        <source>Merged into the meeting “{title}” ({id}).</source>
        <translation>已合并到会议“{title}”（{id}）。</translation>
    </message>
    <message>
        <source>Added: {items}.</source>
        <translation>已添加：{items}。</translation>
    </message>
    <message>
        <source>Updated: {items}.</source>
        <translation>已更新：{items}。</translation>
    </message>
    <message>
        <source>Deleted: {items}.</source>
        <translation>已删除：{items}。</translation>
    </message>
    <message>
        <source>Kept deleted here: {items}.</source>
        <translation>此处保持删除：{items}。</translation>
    </message>
    <message>
        <source>Changed on both laptops, to check: the {what} “{label}” ({fields}): the newer was kept; the older had {older}.</source>
        <translation>两台电脑上均有更改，请核对：{what}“{label}”（{fields}）：已保留较新的版本；较旧的版本为{older}。</translation>
    </message>
    <message>
        <source>Changed on both laptops: the {what} “{label}” ({fields}) kept as on the chair&apos;s laptop.</source>
        <translation>两台电脑上均有更改：{what}“{label}”（{fields}）按主席电脑上的版本保留。</translation>
    </message>
    <message>
        <source>Changed on both laptops: the {what} “{label}” ({fields}) kept as on the rapporteur&apos;s laptop.</source>
        <translation>两台电脑上均有更改：{what}“{label}”（{fields}）按报告员电脑上的版本保留。</translation>
    </message>
    <message>
        <source>Changed on both laptops: the {what} “{label}” ({fields}) kept as on the chair&apos;s and the rapporteur&apos;s laptop.</source>
        <translation>两台电脑上均有更改：{what}“{label}”（{fields}）按主席和报告员电脑上的版本保留。</translation>
    </message>
    <message>
        <source>This meeting was deleted from this library; to have it again, import the file as a new meeting (File &gt; Import).</source>
        <translation>此会议已从本库中删除；如需重新获得，请将文件作为新会议导入（文件 &gt; 导入）。</translation>
    </message>
    <message>
        <source>This library does not hold the meeting these changes belong to.</source>
        <translation>本库中没有这些更改所属的会议。</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <source>Merged: {title}</source>
        <translation>已合并：{title}</translation>
    </message>
    <message>
        <source>Changed on both laptops; the newer version was kept. Tick those where the other version is the right one:</source>
        <translation>两台笔记本电脑上均有更改；已保留较新版本。请勾选以另一版本为准的项目：</translation>
    </message>
    <message>
        <source>The {what} “{label}”: use {values} instead of {kept}</source>
        <translation>{what}“{label}”：使用{values}代替{kept}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
</context>
<context>
    <name>NewShareBar</name>
    <message>
        <source>The chair&apos;s laptop shares this meeting again: join with the new code (at {address}).</source>
        <translation>主席的笔记本电脑再次共享了本次会议：请使用新代码加入（地址 {address}）。</translation>
    </message>
    <message>
        <source>&amp;Join…</source>
        <translation>加入(&amp;J)…</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <source>Who said it (Ctrl+N ties the note to the current speaker)</source>
        <translation>发言者（Ctrl+N 将笔记关联到当前发言者）</translation>
    </message>
    <message>
        <source>The guiding question it answers (Alt+1 … Alt+9)</source>
        <translation>它回答的指导性问题（Alt+1 … Alt+9）</translation>
    </message>
    <message>
        <source>What kind of note (Ctrl+1 … Ctrl+9)</source>
        <translation>笔记类型（Ctrl+1 … Ctrl+9）</translation>
    </message>
    <message>
        <source>{kind} (Ctrl+{n})</source>
        <translation>{kind}（Ctrl+{n}）</translation>
    </message>
    <message>
        <source>&amp;Key message</source>
        <translation>关键信息(&amp;K)</translation>
    </message>
    <message>
        <source>Mark as a key message for the summary (Ctrl+K)</source>
        <translation>标为总结的关键信息（Ctrl+K）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Return)</source>
        <translation>保存笔记（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Leave the note as it was stored (Esc)</source>
        <translation>保持笔记原先保存的样子（Esc）</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>笔记文字</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>指导性问题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Note box</source>
        <translation>笔记框</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>保存笔记</translation>
    </message>
    <message>
        <source>Leave the note being edited as it was</source>
        <translation>保持正在编辑的笔记原样</translation>
    </message>
    <message>
        <source>— no speaker —</source>
        <translation>— 无发言者 —</translation>
    </message>
    <message>
        <source>— no question —</source>
        <translation>— 无问题 —</translation>
    </message>
    <message>
        <source>Speaker confirmed: Ctrl+Return saves the note.</source>
        <translation>发言者已确认：按 Ctrl+Return 保存笔记。</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>{time}时</translation>
    </message>
    <message>
        <source>at {time} (time not sure)</source>
        <translation>{time}时（时间不确定）</translation>
    </message>
    <message>
        <source>&lt;b&gt;New note&lt;/b&gt;</source>
        <translation>&lt;b&gt;新笔记&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Editing the note of {time}&lt;/b&gt;</source>
        <translation>&lt;b&gt;正在编辑{time}的笔记&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type the note; Ctrl+Return saves it, Esc leaves it as it was.</source>
        <translation>输入笔记；按 Ctrl+Return 保存，按 Esc 保持原样。</translation>
    </message>
    <message>
        <source>Ctrl+N ties a note to the current speaker. Type; Ctrl+Return saves. Ctrl+1…9 kind, Ctrl+K key message, Alt+1…9 question.</source>
        <translation>Ctrl+N 将笔记关联到当前发言者。输入后按 Ctrl+Return 保存。Ctrl+1…9 选类型，Ctrl+K 标为关键信息，Alt+1…9 选问题。</translation>
    </message>
</context>
<context>
    <name>NoteHistory</name>
    <message>
        <source>new note</source>
        <translation>新建笔记</translation>
    </message>
    <message>
        <source>note edit</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <source>deleted note</source>
        <translation>删除笔记</translation>
    </message>
    <message>
        <source>Undone: {what} “{text}”. Ctrl+Shift+Z brings it back.</source>
        <translation>已撤销：{what}“{text}”。按 Ctrl+Shift+Z 可恢复。</translation>
    </message>
    <message>
        <source>Redone: {what} “{text}”. Ctrl+Z undoes it again.</source>
        <translation>已重做：{what}“{text}”。按 Ctrl+Z 可再次撤销。</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>撤销{what}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>重做{what}(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo note change</source>
        <translation>撤销笔记更改(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo note change</source>
        <translation>重做笔记更改(&amp;R)</translation>
    </message>
</context>
<context>
    <name>NoteKind</name>
    <message>
        <source>Key point</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>良好做法</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>挑战</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>提议</translation>
    </message>
    <message>
        <source>Data point</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>后续行动</translation>
    </message>
</context>
<context>
    <name>NotesActions</name>
    <message>
        <source>&amp;New note</source>
        <translation>新建笔记(&amp;N)</translation>
    </message>
    <message>
        <source>Start a note tied to the current speaker</source>
        <translation>开始一条关联当前发言者的笔记</translation>
    </message>
    <message>
        <source>&amp;Search notes</source>
        <translation>搜索笔记(&amp;S)</translation>
    </message>
    <message>
        <source>Find notes by their words</source>
        <translation>按字词查找笔记</translation>
    </message>
    <message>
        <source>Notes &amp;by question</source>
        <translation>按问题分列的笔记(&amp;B)</translation>
    </message>
    <message>
        <source>Notes grouped by guiding question, with your synthesis</source>
        <translation>按指导性问题分组的笔记，附您的综述</translation>
    </message>
    <message>
        <source>&amp;Edit selected note (Enter in the list)</source>
        <translation>编辑所选笔记（在列表中按 Enter）(&amp;E)</translation>
    </message>
    <message>
        <source>Edit its text &amp;in place (F2 in the list)</source>
        <translation>就地编辑其文字（在列表中按 F2）(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Delete selected note (Del in the list)</source>
        <translation>删除所选笔记（在列表中按 Del）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo note change</source>
        <translation>撤销笔记更改(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last new, edited or deleted note</source>
        <translation>撤销最近一次新建、编辑或删除的笔记</translation>
    </message>
    <message>
        <source>&amp;Redo note change</source>
        <translation>重做笔记更改(&amp;R)</translation>
    </message>
    <message>
        <source>Redo the note change just undone</source>
        <translation>重做刚撤销的笔记更改</translation>
    </message>
    <message>
        <source>Mark as &amp;key message</source>
        <translation>标为关键信息(&amp;K)</translation>
    </message>
    <message>
        <source>Mark the note as a key message for the summary</source>
        <translation>将笔记标为总结的关键信息</translation>
    </message>
    <message>
        <source>Kind o&amp;f note</source>
        <translation>笔记类型(&amp;F)</translation>
    </message>
    <message>
        <source>Guiding &amp;question</source>
        <translation>指导性问题(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>&amp;List</source>
        <translation>列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;By question</source>
        <translation>按问题(&amp;B)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;笔记&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Note deleted: Ctrl+Z brings it back.</source>
        <translation>笔记已删除：按 Ctrl+Z 可恢复。</translation>
    </message>
</context>
<context>
    <name>NotesTable</name>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>SDG</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>关键信息</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>F2 edits a note&apos;s text in place; Enter or double-click opens it in the box below; Delete removes it (Ctrl+Z brings it back)</source>
        <translation>F2 就地编辑笔记文字；Enter 或双击在下方框中打开；Delete 删除（Ctrl+Z 恢复）</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>新与会者</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>与会者</translation>
    </message>
    <message>
        <source>e.g. H.E. Ms. Paula Ingabire</source>
        <translation>例如 Paula Ingabire 女士阁下</translation>
    </message>
    <message>
        <source>e.g. Minister of ICT and Innovation</source>
        <translation>例如 信息和通信技术与创新部长</translation>
    </message>
    <message>
        <source>Organisation, or a country: type part of its name</source>
        <translation>组织或国家：输入其名称的一部分</translation>
    </message>
    <message>
        <source>Not stated: type one if not listed</source>
        <translation>未说明：如未列出请输入</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>职务(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Organisation / country:</source>
        <translation>组织/国家(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>区域(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Language spoken:</source>
        <translation>发言语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A participant needs a name</source>
        <translation>与会者需要有姓名</translation>
    </message>
    <message>
        <source>new participant</source>
        <translation>新与会者</translation>
    </message>
    <message>
        <source>participant edit</source>
        <translation>与会者编辑</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>{name} is not a CSV file; save the spreadsheet as CSV (.csv) first.</source>
        <translation>{name} 不是 CSV 文件；请先将电子表格另存为 CSV（.csv）。</translation>
    </message>
    <message>
        <source>{name} has {count:,} lines; a participants list is at most {limit:,} rows.</source>
        <translation>{name} 有 {count:,} 行；与会者名单最多 {limit:,} 行。</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file (its quotation marks do not close).</source>
        <translation>{name} 不是可读的 CSV 文件（其中的引号没有闭合）。</translation>
    </message>
    <message>
        <source>Row {row}: {name} is already on row {first}; the row was skipped.</source>
        <translation>第 {row} 行：{name} 已在第 {first} 行；此行已跳过。</translation>
    </message>
    <message>
        <source>{name} has a header row but no participants under it.</source>
        <translation>{name} 有标题行，但其下没有与会者。</translation>
    </message>
    <message>
        <source>The first row of {name} must name the columns, with at least “name” (and any of function, organisation, country, role, gender, region, language); it is empty.</source>
        <translation>{name} 的第一行必须写出列名，至少要有“name”（以及 function、organisation、country、role、gender、region、language 中的任意几列）；该行为空。</translation>
    </message>
    <message>
        <source>The first row of {name} must name the columns, with at least “name” (and any of function, organisation, country, role, gender, region, language); it holds {found}.</source>
        <translation>{name} 的第一行必须写出列名，至少要有“name”（以及 function、organisation、country、role、gender、region、language 中的任意几列）；该行内容为 {found}。</translation>
    </message>
    <message>
        <source>Row {row}: no name; the row was skipped.</source>
        <translation>第 {row} 行：没有姓名；此行已跳过。</translation>
    </message>
    <message>
        <source>Row {row}: {what} “{value}” is not known; it was set to {default}.</source>
        <translation>第 {row} 行：{what}“{value}”无法识别；已设为{default}。</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Participants</source>
        <translation>与会者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Organisation / country</source>
        <translation>组织/国家</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Adding a speaker offers only those &amp;present</source>
        <translation>添加发言者时只提供出席者(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a participant (Insert)</source>
        <translation>添加与会者（Insert）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected participant (Enter)</source>
        <translation>编辑所选与会者（Enter）</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected participant (Delete)</source>
        <translation>移除所选与会者（Delete）</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Add participants from a spreadsheet saved as CSV</source>
        <translation>从另存为 CSV 的电子表格添加与会者</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} participants&lt;/b&gt;, {k} present — the speaker list and floor requests offer them by name; Space marks the selected one present (the roll call).</source>
        <translation>&lt;b&gt;{n}名与会者&lt;/b&gt;，{k}名出席——发言者名单和现场发言请求按姓名列出他们；按空格键将所选者标记为出席（点名）。</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>点名</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>移除与会者</translation>
    </message>
    <message>
        <source>{name} is on the speaker list ({n} places). Removing them takes them off the list too; notes about what they said are kept.</source>
        <translation>{name}在发言者名单中（{n}个位置）。移除将同时将其从名单中删除；关于其发言的笔记会保留。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>participant removed</source>
        <translation>已移除与会者</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>导入与会者</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>另存为 CSV 的电子表格 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>participants imported</source>
        <translation>已导入与会者</translation>
    </message>
    <message>
        <source>Add {n} participants from {name}?</source>
        <translation>从{name}添加{n}名与会者？</translation>
    </message>
    <message>
        <source>{n} already in the list (same name), not added again.</source>
        <translation>{n}名已在名单中（同名），未重复添加。</translation>
    </message>
    <message>
        <source>{n} problems in the file (see the details).</source>
        <translation>文件中有{n}个问题（见详情）。</translation>
    </message>
    <message>
        <source>{name} holds nobody who is not already in the list.</source>
        <translation>{name}中没有尚未列入名单的人。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>PresenterDisplay</name>
    <message>
        <source>Presenter display — Roundtable Desktop</source>
        <translation>演讲者显示屏 — Roundtable Desktop</translation>
    </message>
    <message>
        <source>Presenter display</source>
        <translation>演讲者显示屏</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>下一位：{name}</translation>
    </message>
    <message>
        <source>End of the meeting</source>
        <translation>会议结束</translation>
    </message>
    <message>
        <source>Ended at {time}</source>
        <translation>结束于 {time}</translation>
    </message>
    <message>
        <source>About to begin</source>
        <translation>即将开始</translation>
    </message>
    <message>
        <source>Starts in</source>
        <translation>距开始还有</translation>
    </message>
    <message>
        <source>Planned start: {when}</source>
        <translation>计划开始时间：{when}</translation>
    </message>
    <message>
        <source>First: {name}</source>
        <translation>第一位发言者：{name}</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Programme</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标时间</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限时</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>主讲人</translation>
    </message>
    <message>
        <source> min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Each speaker&apos;s target / limit in this item (minutes:seconds)</source>
        <translation>本项目中每位发言者的目标时间/限时（分:秒）</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新项目</translation>
    </message>
    <message>
        <source>{planned} min planned</source>
        <translation>计划{planned}分钟</translation>
    </message>
    <message>
        <source>{planned} of {length} min</source>
        <translation>{planned}/{length}分钟</translation>
    </message>
    <message>
        <source> ({left} min not planned)</source>
        <translation>（{left}分钟未安排）</translation>
    </message>
    <message>
        <source> ({over} min too many)</source>
        <translation>（超出{over}分钟）</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>New guiding question</source>
        <translation>新指导性问题</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>指导性问题</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>A guiding question needs its text</source>
        <translation>指导性问题需要有文字</translation>
    </message>
    <message>
        <source>new guiding question</source>
        <translation>新指导性问题</translation>
    </message>
    <message>
        <source>guiding question edit</source>
        <translation>指导性问题编辑</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Guiding questions</source>
        <translation>指导性问题</translation>
    </message>
    <message>
        <source>&lt;small&gt;Double-click a question (or press F2) to correct it; the order here is the order of Q1, Q2…&lt;/small&gt;</source>
        <translation>&lt;small&gt;双击问题（或按 F2）可更正；此处顺序即 Q1、Q2……的顺序&lt;/small&gt;</translation>
    </message>
    <message>
        <source>New question?</source>
        <translation>新问题？</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>指导性问题</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected row</source>
        <translation>编辑所选行</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>移除所选行</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>removal</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>move</source>
        <translation>移动</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>African States</source>
        <translation>非洲国家</translation>
    </message>
    <message>
        <source>Asia-Pacific States</source>
        <translation>亚洲-太平洋国家</translation>
    </message>
    <message>
        <source>Eastern European States</source>
        <translation>东欧国家</translation>
    </message>
    <message>
        <source>Latin American and Caribbean States</source>
        <translation>拉丁美洲和加勒比国家</translation>
    </message>
    <message>
        <source>Western European and other States</source>
        <translation>西欧和其他国家</translation>
    </message>
</context>
<context>
    <name>RegionFromCountry</name>
    <message>
        <source>From the country; choose another group if needed.</source>
        <translation>根据国家确定；如有需要可选择其他组别。</translation>
    </message>
</context>
<context>
    <name>RegionalGroups</name>
    <message>
        <source>Counted with the Western European and other States for elections; it also takes part fully in the Asia-Pacific States.</source>
        <translation>在选举方面计入西欧和其他国家组；同时也全面参与亚洲-太平洋国家组的工作。</translation>
    </message>
    <message>
        <source>In no group as a member: it attends the Western European and other States as an observer and is counted with them for elections.</source>
        <translation>不是任何组的成员：以观察员身份参加西欧和其他国家组，在选举方面与该组一并计算。</translation>
    </message>
    <message>
        <source>In the Western European and other States, not in the Asia-Pacific States where it lies.</source>
        <translation>属于西欧和其他国家组，而不属于其地理位置所在的亚洲-太平洋国家组。</translation>
    </message>
    <message>
        <source>In the Asia-Pacific States, though a member of the European Union.</source>
        <translation>属于亚洲-太平洋国家组，尽管是欧洲联盟成员。</translation>
    </message>
    <message>
        <source>In the Asia-Pacific States since 2010; until then in no group.</source>
        <translation>自2010年起属于亚洲-太平洋国家组；此前不属于任何组。</translation>
    </message>
    <message>
        <source>An observer State, in no regional group: choose one if the meeting counts it.</source>
        <translation>观察员国，不属于任何区域组：如会议需计入，请选择一个组。</translation>
    </message>
    <message>
        <source>An observer State, not a Member State: choose its group if the meeting counts it.</source>
        <translation>观察员国，并非会员国：如会议需计入，请选择其所属组。</translation>
    </message>
</context>
<context>
    <name>Reliability</name>
    <message>
        <source>{title} (read-only)</source>
        <translation>{title}（只读）</translation>
    </message>
    <message>
        <source>The library is damaged</source>
        <translation>库已损坏</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>another copy of Roundtable Desktop ({who}) writes to this library</source>
        <translation>另一个 Roundtable Desktop 副本（{who}）正在写入此库</translation>
    </message>
    <message>
        <source>the library cannot be written to</source>
        <translation>无法写入库</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The copy of {when} is now the library. The library as it was is kept as {path}; File &gt; Restore from backup… lists it to come back to.</source>
        <translation>{when}的副本现已成为库。原先的库保存为{path}；可通过“文件 &gt; 从备份恢复…”返回。</translation>
    </message>
    <message>
        <source>The library needs attention</source>
        <translation>库需要处理</translation>
    </message>
    <message>
        <source>Restore the backup of {when}</source>
        <translation>恢复{when}的备份</translation>
    </message>
    <message>
        <source>Use the library as it is</source>
        <translation>按现状使用库</translation>
    </message>
    <message>
        <source>Start a new library</source>
        <translation>新建库</translation>
    </message>
    <message>
        <source>Start a new library (the damaged one is kept aside)</source>
        <translation>新建库（损坏的库另行保存）</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>The library is in use</source>
        <translation>库正在使用中</translation>
    </message>
    <message>
        <source>{problem}

Its window could not be brought to the front. You can open the library read-only to look at it; changes would not be saved.</source>
        <translation>{problem}

无法将其窗口置于前台。您可以以只读方式打开库进行查看；更改不会被保存。</translation>
    </message>
    <message>
        <source>The library cannot be written to</source>
        <translation>无法写入库</translation>
    </message>
    <message>
        <source>{problem}

You can open the library read-only to look at it and export from it; changes would not be saved. To change it, copy it to a folder you can write to and open the copy (--db PATH).</source>
        <translation>{problem}

您可以以只读方式打开库进行查看和导出；更改不会被保存。如需修改，请将其复制到可写入的文件夹并打开副本（--db 路径）。</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <source>The library as it was is kept as {path}.</source>
        <translation>原先的库保存为{path}。</translation>
    </message>
    <message>
        <source>The backup of {when} is now the library.</source>
        <translation>{when}的备份现已成为库。</translation>
    </message>
    <message>
        <source>Library restored</source>
        <translation>库已恢复</translation>
    </message>
</context>
<context>
    <name>RequestType</name>
    <message>
        <source>Intervention</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>程序问题</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>{when} — damaged, cannot be restored</source>
        <translation>{when} — 已损坏，无法恢复</translation>
    </message>
    <message>
        <source>{when} — 1 meeting</source>
        <translation>{when} — 1个会议</translation>
    </message>
    <message>
        <source>{when} — {count} meetings</source>
        <translation>{when} — {count}个会议</translation>
    </message>
    <message>
        <source>The library as it was before a restore, last changed {when} — {count} meeting(s)</source>
        <translation>恢复之前的库，最后更改于{when} — {count}个会议</translation>
    </message>
    <message>
        <source>Everything the library holds now is in this copy: restoring it drops nothing.</source>
        <translation>库中现有的全部内容都在此副本中：恢复它不会丢失任何内容。</translation>
    </message>
    <message>
        <source>{count} note(s) written since (in {meetings})</source>
        <translation>此后写入了{count}条笔记（在{meetings}中）</translation>
    </message>
    <message>
        <source>{count} meeting(s) added since</source>
        <translation>此后添加了{count}个会议</translation>
    </message>
    <message>
        <source>Restoring this copy drops what the library gained since: {what}. A speaker still speaking in the copy comes back paused at the time it holds. The library as it is now is kept as a file and listed here, to come back to.</source>
        <translation>恢复此副本将丢弃库此后新增的内容：{what}。副本中仍在发言的发言者将以其中记录的时间恢复为暂停状态。当前的库作为文件保存并列于此处，以便返回。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backups are taken at start and every 5 minutes while something changes; the last 20 are kept in {folder}.
The library as it is now is kept beside it, never deleted.</source>
        <translation>启动时以及有更改期间每5分钟进行一次备份；最近20个备份保存在{folder}。
当前的库保存在旁边，绝不删除。</translation>
    </message>
    <message>
        <source>Backups and kept libraries</source>
        <translation>备份和保留的资料库</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>There is no backup yet.</source>
        <translation>尚无备份。</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Chair</source>
        <translation>主席</translation>
    </message>
    <message>
        <source>Co-chair</source>
        <translation>联合主席</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>秘书处</translation>
    </message>
    <message>
        <source>Discussant</source>
        <translation>讨论嘉宾</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation>会员国</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>民间社会</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>SDG</name>
    <message>
        <source>No poverty</source>
        <translation>无贫穷</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>零饥饿</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>良好健康与福祉</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>优质教育</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>性别平等</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>清洁饮水和卫生设施</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>经济适用的清洁能源</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>体面工作和经济增长</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>产业、创新和基础设施</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>减少不平等</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>可持续城市和社区</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>负责任消费和生产</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>气候行动</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>水下生物</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>陆地生物</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>和平、正义与强大机构</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>促进目标实现的伙伴关系</translation>
    </message>
    <message>
        <source>SDG {number}: {name}</source>
        <translation>可持续发展目标{number}：{name}</translation>
    </message>
</context>
<context>
    <name>SdgPicker</name>
    <message>
        <source>The SDGs this note speaks to (focus SDGs of the meeting first)</source>
        <translation>此笔记涉及的可持续发展目标（本次会议的重点目标在前）</translation>
    </message>
    <message>
        <source>Focus of this meeting</source>
        <translation>本次会议的重点</translation>
    </message>
    <message>
        <source>Other goals</source>
        <translation>其他目标</translation>
    </message>
    <message>
        <source>Clear SDGs</source>
        <translation>清除可持续发展目标</translation>
    </message>
    <message>
        <source>SDG %1</source>
        <translation>可持续发展目标%1</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>The meeting shown (Ctrl+O to choose another)</source>
        <translation>显示的会议（按 Ctrl+O 选择其他会议）</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>会议(&amp;M)：</translation>
    </message>
    <message>
        <source>{date}, from the chair&apos;s laptop</source>
        <translation>{date}，来自主席的笔记本电脑</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>{name} is not a session file: it is not UTF-8 text.</source>
        <translation>{name} 不是会议文件：不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>{name} is not valid JSON: it is damaged at line {line}, column {column}.</source>
        <translation>{name} 不是有效的 JSON：在第 {line} 行第 {column} 列处损坏。</translation>
    </message>
    <message>
        <source>{name} is not a session file: it is nested too deeply.</source>
        <translation>{name} 不是会议文件：嵌套层次过深。</translation>
    </message>
    <message>
        <source>{name} is not a session file: it holds a number too long to be one of a meeting&apos;s.</source>
        <translation>{name} 不是会议文件：其中有一个数字太长，不可能属于会议。</translation>
    </message>
    <message>
        <source>This is not a Roundtable session file: it does not hold a JSON object.</source>
        <translation>这不是 Roundtable 会议文件：其中没有 JSON 对象。</translation>
    </message>
    <message>
        <source>“{where}” must be a list, not {kind}.</source>
        <translation>“{where}”必须是列表，而不是{kind}。</translation>
    </message>
    <message>
        <source>The session file holds more than {limit:,} records.</source>
        <translation>会议文件中的记录超过 {limit:,} 条。</translation>
    </message>
    <message>
        <source>The session file holds {count:,} records in “{where}”; a meeting has at most {limit:,}.</source>
        <translation>会议文件的“{where}”中有 {count:,} 条记录；一个会议最多 {limit:,} 条。</translation>
    </message>
    <message>
        <source>“{where}” must not be empty.</source>
        <translation>“{where}”不得为空。</translation>
    </message>
    <message>
        <source>“{where}” must be one line of at most {limit} characters, as the chair sends it.</source>
        <translation>“{where}”必须是一行，最多 {limit} 个字符，与主席发送的一样。</translation>
    </message>
    <message>
        <source>“{where}” is before it was sent ({sent}).</source>
        <translation>“{where}”早于发送时间（{sent}）。</translation>
    </message>
    <message>
        <source>This is not a Roundtable session file (it names no format, expected “{expected}”).</source>
        <translation>这不是 Roundtable 会议文件（未注明格式，应为“{expected}”）。</translation>
    </message>
    <message>
        <source>This is not a Roundtable session file (its format is “{format}”, expected “{expected}”).</source>
        <translation>这不是 Roundtable 会议文件（其格式为“{format}”，应为“{expected}”）。</translation>
    </message>
    <message>
        <source>The session file has no valid “version” (a whole number from 1).</source>
        <translation>会议文件没有有效的“version”（从 1 起的整数）。</translation>
    </message>
    <message>
        <source>This session file was written by a newer Roundtable Desktop (format version {version}); this one reads up to version {known}. Update Roundtable Desktop to open it.</source>
        <translation>此会议文件由较新版本的 Roundtable Desktop 写入（格式版本 {version}）；本版本最多读取版本 {known}。请更新 Roundtable Desktop 后再打开。</translation>
    </message>
    <message>
        <source>“{where}” must be an object, not {kind}.</source>
        <translation>“{where}”必须是对象，而不是{kind}。</translation>
    </message>
    <message>
        <source>“{where}” has no “{name}”.</source>
        <translation>“{where}”没有“{name}”。</translation>
    </message>
    <message>
        <source>“{where}” must not be empty (null).</source>
        <translation>“{where}”不得为空（null）。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>“{where}” must be a whole number, not {kind}.</source>
        <translation>“{where}”必须是整数，而不是{kind}。</translation>
    </message>
    <message>
        <source>“{where}” must be a number, not {kind}.</source>
        <translation>“{where}”必须是数字，而不是{kind}。</translation>
    </message>
    <message>
        <source>“{where}” is {value}; it must be one of {allowed}.</source>
        <translation>“{where}”为 {value}；必须是 {allowed} 之一。</translation>
    </message>
    <message>
        <source>“{where}” is {value}, not {kind} like {example}.</source>
        <translation>“{where}”为 {value}，而不是像 {example} 这样的{kind}。</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>“{where}” must be a list of SDG numbers, not {kind}.</source>
        <translation>“{where}”必须是可持续发展目标编号的列表，而不是{kind}。</translation>
    </message>
    <message>
        <source>“{where}” holds {value}; SDGs are numbered 1 to 17.</source>
        <translation>“{where}”中有 {value}；可持续发展目标的编号为 1 至 17。</translation>
    </message>
    <message>
        <source>“{where}” {id} is used twice in the file.</source>
        <translation>“{where}” {id} 在文件中被使用了两次。</translation>
    </message>
    <message>
        <source>“{where}” belongs to another meeting (session_id {id}).</source>
        <translation>“{where}”属于另一个会议（session_id {id}）。</translation>
    </message>
    <message>
        <source>a participant</source>
        <translation>与会者</translation>
    </message>
    <message>
        <source>an agenda item</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <source>a guiding question</source>
        <translation>指导性问题</translation>
    </message>
    <message>
        <source>a speaker slot</source>
        <translation>发言者位置</translation>
    </message>
    <message>
        <source>“{where}” refers to {target} that is not in the file ({field} {id}).</source>
        <translation>“{where}”引用了文件中没有的{target}（{field} {id}）。</translation>
    </message>
    <message>
        <source>“{where}” must be {described}, not {kind}.</source>
        <translation>“{where}”必须是{described}，而不是{kind}。</translation>
    </message>
    <message>
        <source>the text {value}</source>
        <translation>文本 {value}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>a time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>a datetime</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <source>“{where}” {problem}.</source>
        <translation>“{where}”{problem}。</translation>
    </message>
</context>
<context>
    <name>SetupActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add a meeting from a concept note (.docx, .pdf, .md, .txt) or a session file (.json), reviewed before it is saved</source>
        <translation>从概念说明（.docx、.pdf、.md、.txt）或会议文件（.json）添加会议，保存前先行核对</translation>
    </message>
    <message>
        <source>Import from clip&amp;board</source>
        <translation>从剪贴板导入(&amp;B)</translation>
    </message>
    <message>
        <source>Add a meeting from a concept note&apos;s text copied from an e-mail, a web page or a PDF, reviewed before it is saved</source>
        <translation>从电子邮件、网页或 PDF 中复制的概念说明文本添加会议，保存前先行核对</translation>
    </message>
    <message>
        <source>P&amp;roperties…</source>
        <translation>属性(&amp;R)…</translation>
    </message>
    <message>
        <source>Title, organiser, date, times and time zone, venue, chair, rapporteur, focus SDGs</source>
        <translation>标题、主办方、日期、时间和时区、地点、主席、报告员、重点可持续发展目标</translation>
    </message>
    <message>
        <source>Partici&amp;pants…</source>
        <translation>与会者(&amp;P)…</translation>
    </message>
    <message>
        <source>Add, edit, remove or import (CSV) the participants</source>
        <translation>添加、编辑、移除或导入（CSV）与会者</translation>
    </message>
    <message>
        <source>R&amp;oll call (Space marks present)…</source>
        <translation>点名（空格键标为出席）(&amp;O)…</translation>
    </message>
    <message>
        <source>The participants, the first one selected: Space marks the selected participant present and moves to the next</source>
        <translation>与会者，首位已选中：按空格键将所选者标为出席并移至下一位</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share on this network</source>
        <translation>在此网络上共享</translation>
    </message>
    <message>
        <source>Another laptop joins with File &gt; Join a shared meeting…, the address and the code. A phone or tablet opens the browser view with the QR code: it shows the speaker and the countdown, nothing of the notes.</source>
        <translation>另一台笔记本电脑通过“文件 &gt; 加入共享会议…”、地址和代码加入。手机或平板电脑用二维码打开浏览器视图：显示发言者和倒计时，不显示任何笔记。</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Pairing code:</source>
        <translation>配对代码：</translation>
    </message>
    <message>
        <source>Browser view:</source>
        <translation>浏览器视图：</translation>
    </message>
    <message>
        <source>Following:</source>
        <translation>跟随：</translation>
    </message>
    <message>
        <source>On Windows, if the firewall asks, allow Roundtable Desktop on private networks.</source>
        <translation>在 Windows 上，如防火墙询问，请在专用网络上允许 Roundtable Desktop。</translation>
    </message>
    <message>
        <source>&amp;New code</source>
        <translation>新代码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Stop sharing</source>
        <translation>停止共享(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>尚无人</translation>
    </message>
    <message>
        <source>1 laptop</source>
        <translation>1台笔记本电脑</translation>
    </message>
    <message>
        <source>{count} laptops</source>
        <translation>{count}台笔记本电脑</translation>
    </message>
    <message>
        <source>Too many wrong codes were tried: nobody joins until you make a new code.</source>
        <translation>尝试的错误代码过多：在您生成新代码之前，任何人都无法加入。</translation>
    </message>
</context>
<context>
    <name>ShareServer</name>
    <message>
        <source>Sharing stopped: {error}</source>
        <translation>共享已停止：{error}</translation>
    </message>
    <message>
        <source>Cannot listen on port {port}: {error}.</source>
        <translation>无法在端口 {port} 上监听：{error}。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
</context>
<context>
    <name>SlotListModel</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Target/limit</source>
        <translation>目标/限时</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>发言时间</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Country / org.</source>
        <translation>国家/组织</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>正在发言</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>已发言</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一位</translation>
    </message>
    <message>
        <source>Waiting {n}</source>
        <translation>等待中：{n}</translation>
    </message>
    <message>
        <source>(unknown speaker)</source>
        <translation>（未知发言者）</translation>
    </message>
    <message>
        <source>{name} (point of order)</source>
        <translation>{name}（程序问题）</translation>
    </message>
    <message>
        <source>{name} (reply)</source>
        <translation>{name}（答复）</translation>
    </message>
    <message>
        <source>Request: {kind}</source>
        <translation>请求：{kind}</translation>
    </message>
    <message>
        <source>Has not spoken yet in this meeting</source>
        <translation>本次会议中尚未发言</translation>
    </message>
</context>
<context>
    <name>SlotTimesDialog</name>
    <message>
        <source>Speaking time of {name}</source>
        <translation>{name}的发言时间</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>指导性问题</translation>
    </message>
    <message>
        <source>The participant&apos;s own</source>
        <translation>与会者本人的语言</translation>
    </message>
    <message>
        <source>Language of this turn</source>
        <translation>本次发言的语言</translation>
    </message>
    <message>
        <source>&amp;Target (amber from):</source>
        <translation>目标时间（从此变黄）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Limit (red from):</source>
        <translation>限时（从此变红）(&amp;L)：</translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation>请求(&amp;Q)：</translation>
    </message>
    <message>
        <source>Guiding q&amp;uestion:</source>
        <translation>指导性问题(&amp;U)：</translation>
    </message>
    <message>
        <source>Lan&amp;guage this time:</source>
        <translation>本次语言(&amp;G)：</translation>
    </message>
    <message>
        <source>Type the time as minutes:seconds, such as 5:00.</source>
        <translation>以分:秒输入时间，例如 5:00。</translation>
    </message>
</context>
<context>
    <name>SpeakerClockDisplay</name>
    <message>
        <source>Nobody is speaking</source>
        <translation>无人发言</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>正在发言</translation>
    </message>
    <message>
        <source>F5 gives the floor to the next speaker</source>
        <translation>F5 将发言权交给下一位发言者</translation>
    </message>
    <message>
        <source>WRAP UP</source>
        <translation>请收尾</translation>
    </message>
    <message>
        <source>OVER</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Speaker&apos;s clock</source>
        <translation>发言者时钟</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>spoken {spoken} · wrap up {amber} · limit {limit}</source>
        <translation>已发言{spoken} · 收尾{amber} · 限时{limit}</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>下一位：{name}</translation>
    </message>
    <message>
        <source>Next: nobody waiting</source>
        <translation>下一位：无人等待</translation>
    </message>
    <message>
        <source>{name}: {phase}, {time}</source>
        <translation>{name}：{phase}，{time}</translation>
    </message>
</context>
<context>
    <name>SpeakerListView</name>
    <message>
        <source>Speaker list</source>
        <translation>发言者名单</translation>
    </message>
    <message>
        <source>Drag a waiting speaker to reorder, or Alt+Up / Alt+Down; Delete withdraws; Insert adds again; Enter edits the time; Shift+F5 gives the floor now</source>
        <translation>拖动等待中的发言者可调整顺序，或用 Alt+上 / Alt+下；Delete 撤回；Insert 重新添加；Enter 编辑时间；Shift+F5 立即给予发言权</translation>
    </message>
</context>
<context>
    <name>SpeakerMessageActions</name>
    <message>
        <source>Show this to the speaker on the presenter display</source>
        <translation>在演讲者显示屏上向发言者显示此内容</translation>
    </message>
    <message>
        <source>&amp;Type a message…</source>
        <translation>输入消息(&amp;T)…</translation>
    </message>
    <message>
        <source>Type a short message to show the speaker</source>
        <translation>输入一条向发言者显示的简短消息</translation>
    </message>
    <message>
        <source>&amp;Clear the message</source>
        <translation>清除消息(&amp;C)</translation>
    </message>
    <message>
        <source>Take the message off the presenter display</source>
        <translation>从演讲者显示屏上撤下消息</translation>
    </message>
    <message>
        <source>&amp;Message to the speaker</source>
        <translation>给发言者的消息(&amp;M)</translation>
    </message>
    <message>
        <source>Shown to the speaker: {message}</source>
        <translation>已向发言者显示：{message}</translation>
    </message>
</context>
<context>
    <name>SpeakerMessages</name>
    <message>
        <source>Choose or create a meeting first.</source>
        <translation>请先选择或创建会议。</translation>
    </message>
    <message>
        <source>Message to the speaker</source>
        <translation>给发言者的消息</translation>
    </message>
    <message>
        <source>Shown large on the presenter display (at most {n} characters):</source>
        <translation>在演讲者显示屏上以大字显示（最多{n}个字符）：</translation>
    </message>
</context>
<context>
    <name>SpeakerRequestDialog</name>
    <message>
        <source>Floor request</source>
        <translation>现场发言请求</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>添加发言者</translation>
    </message>
    <message>
        <source>Name, function or country; a new name adds a participant</source>
        <translation>姓名、职务或国家；新姓名会添加一名与会者</translation>
    </message>
    <message>
        <source>Country or organisation</source>
        <translation>国家或组织</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>区域组</translation>
    </message>
    <message>
        <source>Not stated: type one if not listed</source>
        <translation>未说明：如未列出请输入</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>发言语言</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>指导性问题</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>发言者(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>职务(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Country / organisation:</source>
        <translation>国家/组织(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>Regional &amp;group:</source>
        <translation>区域组(&amp;G)：</translation>
    </message>
    <message>
        <source>La&amp;nguage spoken:</source>
        <translation>发言语言(&amp;N)：</translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation>请求(&amp;Q)：</translation>
    </message>
    <message>
        <source>Guiding q&amp;uestion:</source>
        <translation>指导性问题(&amp;U)：</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>议程项目(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Target (amber from):</source>
        <translation>目标时间（从此变黄）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Limit (red from):</source>
        <translation>限时（从此变红）(&amp;L)：</translation>
    </message>
    <message>
        <source>Type the time as minutes:seconds, such as 5:00.</source>
        <translation>以分:秒输入时间，例如 5:00。</translation>
    </message>
    <message>
        <source>Not marked present</source>
        <translation>未标为出席</translation>
    </message>
    <message>
        <source>{name} is not marked present at the roll call.</source>
        <translation>{name}在点名时未标为出席。</translation>
    </message>
    <message>
        <source>Mark present and add</source>
        <translation>标为出席并添加</translation>
    </message>
    <message>
        <source>Add to the queue</source>
        <translation>加入队列</translation>
    </message>
    <message>
        <source>A participant of this meeting.</source>
        <translation>本次会议的一名与会者。</translation>
    </message>
    <message>
        <source>New participant: added to the meeting with this request.</source>
        <translation>新与会者：已随此请求加入会议。</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>&lt;b&gt;Speakers&lt;/b&gt;</source>
        <translation>&lt;b&gt;发言者&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Start/pause</source>
        <translation>开始/暂停</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一位</translation>
    </message>
    <message>
        <source>–30 s</source>
        <translation>–30秒</translation>
    </message>
    <message>
        <source>+30 s</source>
        <translation>+30秒</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Floor…</source>
        <translation>现场…</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Move speaker up</source>
        <translation>上移发言者</translation>
    </message>
    <message>
        <source>Move speaker down</source>
        <translation>下移发言者</translation>
    </message>
    <message>
        <source>Withdraw speaker</source>
        <translation>撤回发言者</translation>
    </message>
    <message>
        <source>Edit speaking time and language…</source>
        <translation>编辑发言时间和语言…</translation>
    </message>
    <message>
        <source>Give the floor now to the selected speaker</source>
        <translation>立即将发言权交给所选发言者</translation>
    </message>
    <message>
        <source>Add a speaker, or the selected one again</source>
        <translation>添加发言者，或再次添加所选发言者</translation>
    </message>
    <message>
        <source>Next guiding question for the selected speaker</source>
        <translation>所选发言者的下一个指导性问题</translation>
    </message>
    <message>
        <source>Add again to the queue (Insert)</source>
        <translation>重新加入队列（Insert）</translation>
    </message>
    <message>
        <source>Run from the chair&apos;s laptop</source>
        <translation>由主席的笔记本电脑主持</translation>
    </message>
    <message>
        <source>A speaker</source>
        <translation>一位发言者</translation>
    </message>
    <message>
        <source>Choose or create a meeting first.</source>
        <translation>请先选择或创建会议。</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Speaking-time statistics</source>
        <translation>发言时间统计</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标时间</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限时</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Over/under</source>
        <translation>超出/不足</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Against the plan</source>
        <translation>与计划相比</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <source>By role</source>
        <translation>按角色</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>按性别</translation>
    </message>
    <message>
        <source>By regional group</source>
        <translation>按区域组</translation>
    </message>
    <message>
        <source>By kind of request</source>
        <translation>按请求类型</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>均衡情况</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>1 intervention</source>
        <translation>1次发言</translation>
    </message>
    <message>
        <source>{n} interventions</source>
        <translation>{n}次发言</translation>
    </message>
    <message>
        <source>1 point of order</source>
        <translation>1个程序问题</translation>
    </message>
    <message>
        <source>{n} points of order</source>
        <translation>{n}个程序问题</translation>
    </message>
    <message>
        <source>{counts}, {total} in all</source>
        <translation>{counts}，共计{total}</translation>
    </message>
    <message>
        <source>{name} (point of order)</source>
        <translation>{name}（程序问题）</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>总时间</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Export speaking-time statistics</source>
        <translation>导出发言时间统计</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件（*.csv）</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到{path}</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <source>guiding question</source>
        <translation>指导性问题</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>与会者</translation>
    </message>
    <message>
        <source>speaker&apos;s place</source>
        <translation>发言者的位置</translation>
    </message>
    <message>
        <source>note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>message to the speaker</source>
        <translation>给发言者的消息</translation>
    </message>
    <message>
        <source>The {thing} was removed meanwhile; the change was not saved.</source>
        <translation>与此同时，{thing}已被删除；更改未保存。</translation>
    </message>
    <message>
        <source>The change could not be saved in the library ({error}).</source>
        <translation>无法将更改保存到资料库（{error}）。</translation>
    </message>
    <message>
        <source>This {thing} was changed meanwhile ({fields}), so your change was not saved over it. The list now shows the newer version: make your change again if it is still needed.</source>
        <translation>与此同时，{thing}已被更改（{fields}），因此您的更改未覆盖保存。列表现在显示较新的版本：如仍需要，请重新更改。</translation>
    </message>
    <message>
        <source>The backup could not be copied beside {library}: {error}.</source>
        <translation>无法将备份复制到{library}旁边：{error}。</translation>
    </message>
    <message>
        <source>The backup could not be put in place of {library}: {error}. The library is as it was.</source>
        <translation>无法用备份替换{library}：{error}。资料库保持原样。</translation>
    </message>
    <message>
        <source>The backup is damaged ({problem}) and cannot be restored.</source>
        <translation>备份已损坏（{problem}），无法恢复。</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted after the backup was put in place; it was finished. The library as it was is kept as {kept}.</source>
        <translation>从{name}恢复的操作在备份就位后中断；已完成恢复。原来的资料库保留为{kept}。</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted after the backup was put in place; it was finished.</source>
        <translation>从{name}恢复的操作在备份就位后中断；已完成恢复。</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted before the backup was put in place; it was undone: the library is as it was before.</source>
        <translation>从{name}恢复的操作在备份就位前中断；已撤销：资料库保持原样。</translation>
    </message>
    <message>
        <source>the disk holding the library is full ({folder})</source>
        <translation>存放资料库的磁盘已满（{folder}）</translation>
    </message>
    <message>
        <source>the library&apos;s folder cannot be written to ({folder})</source>
        <translation>无法写入资料库所在的文件夹（{folder}）</translation>
    </message>
    <message>
        <source>another program holds the library locked ({path})</source>
        <translation>另一个程序锁定了资料库（{path}）</translation>
    </message>
    <message>
        <source>the disk reported an error while writing ({path})</source>
        <translation>写入时磁盘报告了错误（{path}）</translation>
    </message>
    <message>
        <source>its folder cannot be written to</source>
        <translation>无法写入其所在文件夹</translation>
    </message>
    <message>
        <source>another program holds it locked</source>
        <translation>另一个程序锁定了它</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>磁盘报告了错误</translation>
    </message>
    <message>
        <source>it is not a library file</source>
        <translation>它不是库文件</translation>
    </message>
    <message>
        <source>The last change could not be saved: {where}.</source>
        <translation>无法保存最近的更改：{where}。</translation>
    </message>
    <message>
        <source>The library path {path} is a folder, not a file.</source>
        <translation>资料库路径{path}是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>The library {path} was written by a newer version of Roundtable Desktop (schema {found}, this version knows {known}). It was not changed; open it with the newer version.</source>
        <translation>资料库{path}由较新版本的 Roundtable Desktop 写入（架构{found}，本版本支持{known}）。资料库未被更改；请用较新版本打开。</translation>
    </message>
    <message>
        <source>The library {path} cannot be opened: {error}.</source>
        <translation>无法打开资料库{path}：{error}。</translation>
    </message>
    <message>
        <source>The library {path} cannot be used: {error}.</source>
        <translation>无法使用资料库{path}：{error}。</translation>
    </message>
    <message>
        <source>The library {path} is damaged ({error}). Restore a backup (File &gt; Restore from backup…, or `roundtable-desktop check --repair`); the library as it is is kept aside.</source>
        <translation>资料库{path}已损坏（{error}）。请恢复备份（“文件 &gt; 从备份恢复…”，或 `roundtable-desktop check --repair`）；现有资料库另行保留。</translation>
    </message>
    <message>
        <source>{target} is one of the library&apos;s own files ({name}); nothing was written over it.</source>
        <translation>{target}是资料库自身的文件之一（{name}）；未覆盖写入任何内容。</translation>
    </message>
    <message>
        <source>{path} is not a Roundtable Desktop library or is damaged ({error}).</source>
        <translation>{path}不是 Roundtable Desktop 资料库，或已损坏（{error}）。</translation>
    </message>
    <message>
        <source>The draft could not be stored in the library: {error}.</source>
        <translation>无法将草稿保存到资料库：{error}。</translation>
    </message>
    <message>
        <source>The draft could not be removed from the library: {error}.</source>
        <translation>无法从资料库中删除草稿：{error}。</translation>
    </message>
    <message>
        <source>process {pid} on {host}, since {since} UTC</source>
        <translation>{host} 上的进程 {pid}，自 {since} UTC 起</translation>
    </message>
    <message>
        <source>The folder of the library {path} cannot be written to ({error}).</source>
        <translation>无法写入资料库{path}所在的文件夹（{error}）。</translation>
    </message>
    <message>
        <source>The library {library} is in use by another copy of Roundtable Desktop ({who}).</source>
        <translation>库 {library} 正由另一个 Roundtable Desktop 副本使用（{who}）。</translation>
    </message>
    <message>
        <source>The library {path} cannot be opened read-only: {error}.</source>
        <translation>无法以只读方式打开资料库{path}：{error}。</translation>
    </message>
    <message>
        <source>The backup {name} would be written over one of the library&apos;s own files; nothing was written.</source>
        <translation>备份 {name} 将覆盖库自身的某个文件；未写入任何内容。</translation>
    </message>
    <message>
        <source>The library {name} is damaged ({detail}), so no backup was taken and the good ones are kept. Restore one (File &gt; Restore from backup…).</source>
        <translation>库 {name} 已损坏（{detail}），因此未进行备份，完好的备份均予保留。请恢复其中一个（文件 &gt; 从备份恢复…）。</translation>
    </message>
    <message>
        <source>The backup of the library could not be written to {folder}: {reason}.</source>
        <translation>无法将库的备份写入 {folder}：{reason}。</translation>
    </message>
    <message>
        <source>The backup {name} is damaged and cannot be restored.</source>
        <translation>备份 {name} 已损坏，无法恢复。</translation>
    </message>
    <message>
        <source>The library {library} could not be moved aside: {reason}.</source>
        <translation>无法将库 {library} 移到一旁：{reason}。</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>The library {library} is damaged. The damaged file can be moved aside (it is kept, never deleted) and the newest good backup put in its place.</source>
        <translation>库 {library} 已损坏。可将损坏的文件移到一旁（予以保留，绝不删除），并以最新的完好备份取而代之。</translation>
    </message>
    <message>
        <source>The library {library} is damaged ({detail}). The damaged file can be moved aside (it is kept, never deleted) and the newest good backup put in its place.</source>
        <translation>库 {library} 已损坏（{detail}）。可将损坏的文件移到一旁（予以保留，绝不删除），并以最新的完好备份取而代之。</translation>
    </message>
    <message>
        <source>The journal of the library {library} (its -wal file) was removed after the app stopped: the changes of the last minutes before that may be lost. The library can be used as it is, or the newest good backup can take its place.</source>
        <translation>库 {library} 的日志（其 -wal 文件）在应用停止后被删除：停止前最后几分钟的更改可能已丢失。可以按原样使用此库，也可以用最新的完好备份取而代之。</translation>
    </message>
    <message>
        <source>The library {library} is empty (0 bytes), but it has backups: the newest good backup can take its place.</source>
        <translation>库 {library} 是空的（0 字节），但有备份：可以用最新的完好备份取而代之。</translation>
    </message>
    <message>
        <source>The library {library} is missing, but it has backups: the newest good backup can take its place.</source>
        <translation>库 {library} 不见了，但有备份：可以用最新的完好备份取而代之。</translation>
    </message>
    <message>
        <source>There is no library at {library} yet.</source>
        <translation>{library} 处尚无库。</translation>
    </message>
    <message>
        <source>The library {library} is in good order.</source>
        <translation>库 {library} 状况良好。</translation>
    </message>
    <message>
        <source>its -wal journal is missing</source>
        <translation>其 -wal 日志缺失</translation>
    </message>
    <message>
        <source>No library at {library}.</source>
        <translation>{library} 处没有库。</translation>
    </message>
    <message>
        <source>{report} Run `roundtable-desktop check --repair` to do so.</source>
        <translation>{report} 请运行 `roundtable-desktop check --repair` 来执行。</translation>
    </message>
    <message>
        <source>The library as it was is kept as {path}.</source>
        <translation>原来的库保存为 {path}。</translation>
    </message>
    <message>
        <source>Restored the backup of {when} UTC ({count} meetings).</source>
        <translation>已恢复 {when} UTC 的备份（{count} 个会议）。</translation>
    </message>
    <message>
        <source>No backup to restore: the library is used as it is.</source>
        <translation>没有可恢复的备份：按原样使用此库。</translation>
    </message>
    <message>
        <source>{report} There is no good backup to restore: the next start begins with a new library.</source>
        <translation>{report} 没有可恢复的完好备份：下次启动时将使用新库。</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>It is open in Roundtable Desktop ({who}).</source>
        <translation>它已在 Roundtable Desktop 中打开（{who}）。</translation>
    </message>
    <message>
        <source>It has no backup yet.</source>
        <translation>它还没有备份。</translation>
    </message>
    <message>
        <source>{count} backups in {folder}, the newest of {when} UTC.</source>
        <translation>{folder} 中有 {count} 个备份，最新的一个为 {when} UTC。</translation>
    </message>
</context>
<context>
    <name>SummaryOptions</name>
    <message>
        <source>Summary by the Rapporteur</source>
        <translation>报告员的总结</translation>
    </message>
    <message>
        <source>Chair’s summary</source>
        <translation>主席的总结</translation>
    </message>
    <message>
        <source>Rapporteur’s report</source>
        <translation>报告员的报告</translation>
    </message>
    <message>
        <source>The language the summary is written in: its headings, dates and introduction (the notes stay as typed)</source>
        <translation>总结的撰写语言：其标题、日期和导言（笔记保持输入时的样子）</translation>
    </message>
    <message>
        <source>For circulation: introduction, discussion, key messages, recommendations</source>
        <translation>供分发：导言、讨论、关键信息、建议</translation>
    </message>
    <message>
        <source>Full record: everything, with the statistics and annexes</source>
        <translation>完整记录：全部内容，含统计和附件</translation>
    </message>
    <message>
        <source>Write it a&amp;gain from the facts</source>
        <translation>根据事实重新撰写(&amp;G)</translation>
    </message>
    <message>
        <source>e.g. Numbered Paragraph=SingleTxtG, Heading 1=HChG</source>
        <translation>例如 Numbered Paragraph=SingleTxtG, Heading 1=HChG</translation>
    </message>
    <message>
        <source>The template&apos;s own style to use in place of one of the summary&apos;s: OUR STYLE=TEMPLATE STYLE, separated by commas</source>
        <translation>用模板自身的样式替换总结的某个样式：我们的样式=模板样式，以逗号分隔</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>导言</translation>
    </message>
    <message>
        <source>Discussion by guiding question</source>
        <translation>按指导性问题分列的讨论</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>关键信息</translation>
    </message>
    <message>
        <source>Recommendations and commitments</source>
        <translation>建议和承诺</translation>
    </message>
    <message>
        <source>Contribution to the SDGs</source>
        <translation>对可持续发展目标的贡献</translation>
    </message>
    <message>
        <source>List of participants (annex)</source>
        <translation>与会者名单（附件）</translation>
    </message>
    <message>
        <source>Programme as held (annex)</source>
        <translation>实际议程（附件）</translation>
    </message>
    <message>
        <source>Speaking time and shares (annex)</source>
        <translation>发言时间和比例（附件）</translation>
    </message>
    <message>
        <source>Notes in time order (annex)</source>
        <translation>按时间顺序排列的笔记（附件）</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>文件类型(&amp;D)：</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>语言(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P)：</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>部分：</translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation>导言(&amp;I)：</translation>
    </message>
    <message>
        <source>Template st&amp;yles:</source>
        <translation>模板样式(&amp;Y)：</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>The Word template {name} cannot be used: its styles or lists are damaged ({detail}).</source>
        <translation>无法使用 Word 模板 {name}：其样式或列表已损坏（{detail}）。</translation>
    </message>
    <message>
        <source>The Word template {name} was not found ({path}).</source>
        <translation>找不到 Word 模板 {name}（{path}）。</translation>
    </message>
    <message>
        <source>The Word template {name} is a folder, not a Word file.</source>
        <translation>Word 模板 {name} 是一个文件夹，不是 Word 文件。</translation>
    </message>
    <message>
        <source>The Word template {name} cannot be read ({reason}).</source>
        <translation>无法读取 Word 模板 {name}（{reason}）。</translation>
    </message>
    <message>
        <source>The Word template {name} is not a Word document (.docx or .dotx) that can be used.</source>
        <translation>Word 模板 {name} 不是可用的 Word 文档（.docx 或 .dotx）。</translation>
    </message>
</context>
<context>
    <name>TimeTroubleBar</name>
    <message>
        <source>the speaker</source>
        <translation>该发言者</translation>
    </message>
    <message>
        <source>The computer was asleep for {missed} while {name} was speaking. Their clock shows {shown} spoken without that time; with it, {corrected}.</source>
        <translation>{name}发言期间计算机休眠了{missed}。其时钟显示不计该时间的发言时长为{shown}；计入则为{corrected}。</translation>
    </message>
    <message>
        <source>Count the sleep: {corrected}</source>
        <translation>计入休眠时间：{corrected}</translation>
    </message>
    <message>
        <source>The computer&apos;s clock was set {direction} by {missed} while {name} was speaking. Their clock was not affected: {shown} spoken.</source>
        <translation>{name}发言期间计算机时钟被调{direction}{missed}。其时钟未受影响：已发言{shown}。</translation>
    </message>
    <message>
        <source>Follow the computer&apos;s clock: {corrected}</source>
        <translation>以计算机时钟为准：{corrected}</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>快</translation>
    </message>
    <message>
        <source>back</source>
        <translation>慢</translation>
    </message>
    <message>
        <source>Keep {shown}</source>
        <translation>保留{shown}</translation>
    </message>
</context>
<context>
    <name>TroubleBar</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>立即重试(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;emergency file</source>
        <translation>打开应急文件(&amp;E)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The last change could not be saved.</source>
        <translation>未能保存最后一次更改。</translation>
    </message>
    <message>
        <source>What you typed is kept in the window and copied to {file}.</source>
        <translation>您输入的内容保留在窗口中，并已复制到{file}。</translation>
    </message>
    <message>
        <source>What you entered stays where you typed it, marked as not saved. Roundtable Desktop tries again every 2 seconds and says here when it is all saved.</source>
        <translation>您输入的内容留在原处，标为未保存。Roundtable Desktop 每2秒重试一次，全部保存后会在此说明。</translation>
    </message>
    <message>
        <source>The library can be written again: every change kept for a retry is stored. A note still in the box is kept as a draft: Ctrl+Return saves it.</source>
        <translation>库可再次写入：所有待重试的更改均已保存。仍在框中的笔记保留为草稿：按 Ctrl+Return 保存。</translation>
    </message>
    <message>
        <source>Read-only: {why}. Changes made here are not saved.</source>
        <translation>只读：{why}。在此所做的更改不会保存。</translation>
    </message>
</context>
<context>
    <name>UnsureSpeaker</name>
    <message>
        <source>Notes written while the link was lost and now tied to another speaker, who had the floor at their time by the chair&apos;s record: {count}.</source>
        <translation>连接中断期间写下、现已关联到另一位发言者（根据主席的记录，当时由其发言）的笔记：{count} 条。</translation>
    </message>
    <message>
        <source>The note of {time}, written while the link was lost, is now tied to {speaker}, who had the floor then by the chair&apos;s record (not {guess}).</source>
        <translation>{time} 的笔记写于连接中断期间，现已关联到 {speaker}——根据主席的记录，当时由其发言（而非 {guess}）。</translation>
    </message>
    <message>
        <source>no speaker</source>
        <translation>无发言者</translation>
    </message>
    <message>
        <source>speaker not sure: written while the link was lost</source>
        <translation>发言者不确定：写于连接中断期间</translation>
    </message>
    <message>
        <source>{name} (not sure)</source>
        <translation>{name}（不确定）</translation>
    </message>
    <message>
        <source>(not sure)</source>
        <translation>（不确定）</translation>
    </message>
    <message>
        <source>Time not sure: written while the link was lost, before the meeting&apos;s start reached this laptop; counted from the planned start until the chair&apos;s record arrives.</source>
        <translation>时间不确定：写于连接中断期间，会议开始时间尚未传到本笔记本电脑；在主席的记录到达之前，从计划开始时间起算。</translation>
    </message>
    <message>
        <source>Speaker not sure: written while the link was lost. Open the note (Enter) to confirm or change the speaker.</source>
        <translation>发言者不确定：写于连接中断期间。打开笔记（Enter）以确认或更改发言者。</translation>
    </message>
    <message>
        <source>Confirm speaker</source>
        <translation>确认发言者</translation>
    </message>
    <message>
        <source>The speaker shown is right: clear the mark (or pick another speaker)</source>
        <translation>显示的发言者正确：清除标记（或选择其他发言者）</translation>
    </message>
    <message>
        <source>Speaker not sure</source>
        <translation>发言者不确定</translation>
    </message>
    <message>
        <source>Review them first</source>
        <translation>先复核</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>仍然导出</translation>
    </message>
    <message>
        <source>Notes with a speaker not sure: {count}. They were written while the link to the chair&apos;s laptop was lost; the summary names no speaker for them until you confirm or change it.</source>
        <translation>发言者不确定的笔记：{count} 条。这些笔记写于与主席笔记本电脑的连接中断期间；在您确认或更改之前，摘要不会写出其发言者。</translation>
    </message>
</context>
<context>
    <name>UsualMessage</name>
    <message>
        <source>Please conclude</source>
        <translation>请结束发言</translation>
    </message>
    <message>
        <source>One minute left</source>
        <translation>还剩一分钟</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>时间已到</translation>
    </message>
    <message>
        <source>Please speak closer to the microphone</source>
        <translation>请靠近麦克风发言</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>{time} past the limit</source>
        <translation>超出限时{time}</translation>
    </message>
    <message>
        <source>{time} past the target, within the limit</source>
        <translation>超出目标时间{time}，未超限时</translation>
    </message>
    <message>
        <source>{time} under the target</source>
        <translation>比目标时间少{time}</translation>
    </message>
</context>
</TS>
