"""Headless commands over the same storage and exchange code as the window.

Exit codes: 0 done, 2 bad input (unknown meeting, bad arguments, unreadable file), 1 failure.
"""

import argparse
import json
import os
import sys
from collections.abc import Callable
from typing import NoReturn

from . import __version__
from .domain.errors import InputError, RoundtableError
from .exchange.session_json import meeting_to_dict
from .startup import create_library, open_existing_library, open_library_with_demo
from .storage.library import Library, renumbered

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad arguments as an InputError (one line, exit 2)."""

    def error(self, message: str) -> NoReturn:
        raise InputError(f"{message} (see roundtable-desktop --help)")


def command(name: str):
    def register(function: Callable[[argparse.Namespace], int]):
        COMMANDS[name] = function
        return function

    return register


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="roundtable-desktop",
        description="Run a roundtable: timed speaker list, rapporteur's notes, Word summary. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="PATH", help="library file (default: ROUNDTABLE_DB, "
                        "else the app-data folder)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.add_parser("sessions", help="list the library's meetings: id, date, title")
    show = commands.add_parser("show", help="show one meeting")
    show.add_argument("session", metavar="SESSION", help="meeting id, unique id prefix, or 'latest'")
    show.add_argument("--json", action="store_true", help="print the whole meeting as JSON")
    importing = commands.add_parser(
        "import", help="add a meeting from a concept note (.docx, .pdf, .md, .txt) or a session file "
                       "(.json); '-' reads a note's text from standard input")
    importing.add_argument("file", metavar="FILE", help="the file to import, or - for standard input")
    check = commands.add_parser("check", help="check the library; --repair restores the newest "
                                "good backup in place of a damaged library (kept aside)")
    check.add_argument("--repair", action="store_true",
                       help="move a damaged library aside and restore the newest good backup")
    export = commands.add_parser("export", help="export a meeting: the rapporteur's summary "
                                 "(docx, md), the speaker log (csv) or the whole meeting (json)")
    export.add_argument("session", metavar="SESSION", help="meeting id, unique id prefix, or 'latest'")
    export.add_argument("--format", required=True, choices=("docx", "md", "csv", "json", "meeting"),
                        help="meeting: the whole meeting with its ids, for another laptop to merge")
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")
    export.add_argument("--template", metavar="ORG.docx", help="Word template whose styles, page "
                        "set-up, header and footer the summary uses (docx only)")
    export.add_argument("--attribution", choices=("named", "by_role", "unattributed"), default="named",
                        help="who made each point: named (default), by role, or unattributed")
    export.add_argument("--preset", choices=("circulation", "full"), default="circulation",
                        help="circulation (default): introduction, discussion, key messages, "
                        "recommendations; full: everything, with statistics and annexes")
    export.add_argument("--sections", metavar="LIST", help="the sections, comma-separated, in place of "
                        "the preset's: introduction, discussion, key_messages, recommendations, sdgs, "
                        "participants, programme, speaking_time, notes")
    export.add_argument("--style-map", metavar="MAP", help="the template's own styles for ours, e.g. "
                        "\"Numbered Paragraph=SingleTxtG,Heading 1=HChG\"")
    export.add_argument("--document-type", choices=("rapporteur_summary", "chair_summary",
                                                    "rapporteur_report"),
                        help="what the summary is called (default: the meeting's own choice)")
    export.add_argument("--language", choices=("ar", "zh", "en", "fr", "ru", "es"),
                        help="the summary's language for this export (default: the meeting's, else English)")
    merge = commands.add_parser("merge", help="merge a meeting file from another laptop, by id; "
                                "creates the library if it does not exist")
    merge.add_argument("file", metavar="FILE", help="the meeting file (written by export --format meeting)")
    sharing = commands.add_parser("share", help="share a meeting on this network until interrupted: "
                                  "prints the address, the browser view and the pairing code")
    sharing.add_argument("session", metavar="SESSION", help="meeting id, unique id prefix, or 'latest'")
    sharing.add_argument("--port", type=int, default=0, help="port to listen on (default: any free port)")
    sharing.add_argument("--host", default="0.0.0.0", help="address to listen on (default: every network)")
    sharing.add_argument("--no-announce", dest="announce", action="store_false",
                         help="do not announce the share on mDNS (the address is then typed to join)")
    joining = commands.add_parser("join", help="join a shared meeting and follow it until interrupted; "
                                  "creates the library if it does not exist")
    joining.add_argument("address", metavar="ADDRESS", help="the address the chair's laptop shows")
    joining.add_argument("--code", required=True, help="the 6-digit pairing code")
    for sub in commands.choices.values():
        sub.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="library file")
    return parser


def open_library(arguments: argparse.Namespace, create: bool = False) -> Library:
    """The library named by ``--db`` or ``ROUNDTABLE_DB`` (which must exist, unless ``create``
    allows a new, empty one in an existing folder), else the default library, created with the
    demo meeting on first use as the window does."""
    from .app import DB_ENVIRONMENT, library_path  # QtCore only: the platform's app-data folder

    if arguments.db or os.environ.get(DB_ENVIRONMENT):
        path = library_path(arguments.db)
        if create and not path.exists():
            library = create_library(path)
            print(f"Created the library {path}", file=sys.stderr)
            return library
        return open_existing_library(path)
    return open_library_with_demo(library_path())


@command("sessions")
def _sessions(arguments: argparse.Namespace) -> int:
    library = open_library(arguments)
    try:
        for session in library.sessions.all():
            day = session.date.isoformat() if session.date else "----------"
            print(f"{session.id}  {day}  {session.title}")
    finally:
        library.close()
    return 0


@command("show")
def _show(arguments: argparse.Namespace) -> int:
    library = open_library(arguments)
    try:
        session = library.sessions.resolve(arguments.session)
        meeting = library.load_meeting(session.id)
    finally:
        library.close()
    if arguments.json:
        json.dump(meeting_to_dict(meeting), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(session.title)
    when = " ".join(filter(None, [
        session.date.isoformat() if session.date else "",
        f"{session.start_time:%H:%M}\u2013{session.end_time:%H:%M}"
        if session.start_time and session.end_time else "",
        session.timezone,
    ]))
    print(f"{session.organiser}\n{when}\nid {session.id}")
    print(f"\nAgenda ({sum(i.planned_minutes for i in meeting.agenda)} min):")
    for item in meeting.agenda:
        print(f"  {item.planned_minutes:>3} min  {item.title}")
    print("\nGuiding questions:")
    for question in meeting.questions:
        print(f"  {question.label}  {question.text}")
    print(f"\n{len(meeting.participants)} participants, {len(meeting.slots)} speaker slots, "
          f"{len(meeting.notes)} notes, {len(meeting.speaker_messages)} "
          f"{'message' if len(meeting.speaker_messages) == 1 else 'messages'} to the speaker")
    return 0


@command("import")
def _import(arguments: argparse.Namespace) -> int:
    from .exchange.concept_note import import_file, import_pasted
    from .exchange.concept_note.document import MAX_FILE_BYTES

    if arguments.file == "-":  # read and checked before the library is touched
        result = import_pasted(sys.stdin.buffer.read(MAX_FILE_BYTES + 1), "the standard input")
    else:
        result = import_file(arguments.file)
    library = open_library(arguments, create=True)
    try:
        meeting = library.add_meeting(renumbered(result.meeting))  # fresh ids: never a clash
    finally:
        library.close()
    print(meeting.session.id)
    source = result.source if result.source == "pasted text" else f"a {result.source}"
    print(f"Imported from {source} as a new meeting. Found:")
    print("\n".join(result.summary_lines()))
    return 0


@command("export")
def _export(arguments: argparse.Namespace) -> int:
    from .exchange.report.commands import SummaryChoices, export_from_library

    library = open_library(arguments)
    try:
        if arguments.format == "meeting":
            written = _export_meeting_file(library, arguments.session, arguments.output)
        else:
            written = export_from_library(
                library, arguments.session, arguments.format, arguments.output, arguments.template,
                arguments.attribution, SummaryChoices(arguments.preset, arguments.sections,
                                                      arguments.style_map, arguments.document_type,
                                                      arguments.language))
            _say_unsure_speakers(library, arguments.session, arguments.format)
    finally:
        library.close()
    print(written)
    return 0


def _say_unsure_speakers(library: Library, session: str, format_name: str) -> None:
    """A summary with notes whose speaker is not sure says so (it names no speaker for them)."""
    from .storage.unsure_speakers import unsure_notes

    if format_name not in ("docx", "md", "markdown"):
        return
    count = len(unsure_notes(library, library.sessions.resolve(session).id))
    if count:
        print(f"roundtable-desktop: {count} note(s) have a speaker not sure (written while the link "
              "to the chair's laptop was lost): the summary names no speaker for them.", file=sys.stderr)


def _export_meeting_file(library: Library, session: str, output: str):
    from .domain.errors import ExportError
    from .link.offline import export_for_another_laptop

    try:
        return export_for_another_laptop(library, library.sessions.resolve(session).id, output)
    except ExportError as error:
        raise InputError(str(error)) from None


@command("merge")
def _merge(arguments: argparse.Namespace) -> int:
    from .exchange.meeting_file import read_meeting_file
    from .link.offline import FROM_FILE, merge_through_change_path

    changes = read_meeting_file(arguments.file)  # read and checked before the library is touched
    library = open_library(arguments, create=True)  # a new library, as import makes one
    try:
        report = merge_through_change_path(library, changes, FROM_FILE)
    finally:
        library.close()
    print("\n".join(report.lines()))
    return 0


@command("check")
def _check(arguments: argparse.Namespace) -> int:
    from .app import library_path
    from .storage.health import check_command

    for line in check_command(library_path(arguments.db), fix=arguments.repair):
        print(line)
    return 0


@command("share")
def _share(arguments: argparse.Namespace) -> int:
    from .link.commands import share

    library = open_library(arguments)
    try:
        session_id = library.sessions.resolve(arguments.session).id
        path = library.path
    finally:
        library.close()
    if not 0 <= arguments.port < 65536:
        raise InputError(f"--port {arguments.port} is not a port (0 to 65535).")
    assert path is not None
    return share(path, session_id, arguments.host, arguments.port, arguments.announce)


@command("join")
def _join(arguments: argparse.Namespace) -> int:
    from .link.addresses import parse_address
    from .link.commands import join
    from .link.pairing import CODE_DIGITS, normal_code

    if len(normal_code(arguments.code)) != CODE_DIGITS:
        raise InputError(f"The code has {CODE_DIGITS} digits, as the chair's laptop shows it.")
    try:
        parse_address(arguments.address)  # checked before a library is made for it
    except ValueError as error:
        raise InputError(str(error)) from None
    library = open_library(arguments, create=True)  # a new library, as import makes one
    path = library.path
    library.close()
    assert path is not None
    return join(path, arguments.address, arguments.code)


def run(argv: list[str]) -> int:
    """Run a command; every error the user can cause becomes one line on stderr."""
    try:
        arguments = build_parser().parse_args(argv)
        if arguments.command is None:
            raise InputError("No command given (see roundtable-desktop --help).")
        return COMMANDS[arguments.command](arguments)
    except InputError as error:
        print(f"roundtable-desktop: {error}", file=sys.stderr)
        return 2
    except RoundtableError as error:
        print(f"roundtable-desktop: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0


def main() -> None:
    sys.exit(run(sys.argv[1:]))
