#!/bin/bash
# Inside dbus-run-session: an X server, the app with accessibility on, and the AT-SPI probe.
# Arguments: the app's python, the probe's python, the probe, then the names to find.
set -u
app_python=$1; probe_python=$2; probe=$3; shift 3
exec 3>"$TMPDIR_SESSION/display"
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
# Xvfb writes its display number once it listens: wait for that (a loaded machine may take seconds)
for _ in $(seq 600); do [ -s "$TMPDIR_SESSION/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$TMPDIR_SESSION/display")"
export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 NO_AT_BRIDGE=0
"$app_python" -c "
import sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
app.setApplicationName('Roundtable Desktop')
from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.storage.library import Library
from roundtable_desktop.ui.main_window import MainWindow
library = Library.in_memory()
library.add_meeting(demo_meeting())
window = MainWindow(library, QSettings('$TMPDIR_SESSION/settings.ini', QSettings.Format.IniFormat))
window.show()
QTimer.singleShot(600000, app.quit)  # the window stays until the probe is done (it is killed then)
app.exec()
" >"$TMPDIR_SESSION/app.log" 2>&1 &
app=$!
"$probe_python" "$probe" "$@"
status=$?
kill "$app" "$xvfb" 2>/dev/null
wait 2>/dev/null
exit $status
