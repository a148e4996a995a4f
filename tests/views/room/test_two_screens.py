"""The projector on a real second screen: Qt's offscreen platform with two screens (a
1440×900 laptop and a 1920×1080 projector), in a child process because the platform is
chosen when the QApplication starts. F5 opens the projector full screen on the screen the
main window is not on; the Room menu's screen choice moves it and is remembered."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCREENS = {"synchronousWindowSystemEvents": True, "windowFrameMargins": False, "screens": [
    {"name": "laptop", "x": 0, "y": 0, "width": 1440, "height": 900,
     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    {"name": "projector", "x": 1440, "y": 0, "width": 1920, "height": 1080,
     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}

CHILD = r'''
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings, QStandardPaths
QStandardPaths.setTestModeEnabled(True)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from coi_desktop.models import Workshop
from coi_desktop.storage import create_workshop_file
from coi_desktop.views import application

app = application.make_application()
path = Path(sys.argv[1])
create_workshop_file(path, Workshop.new("Two screens", language="en"))
window = application.shell().open_path(path)
window.setGeometry(100, 100, 1200, 800)   # on the laptop
app.processEvents()
out = {"screens": [s.name() for s in app.screens()],
       "window_screen": window.screen().name()}
window.room.actions["room.projector"].trigger()   # F5
app.processEvents()
p = window.room.projector
g = p.geometry()
out["first"] = [p.screen().name(), p.isFullScreen(), g.x(), g.y(), g.width(), g.height()]
window.room.choose_screen("laptop")
app.processEvents()
out["chosen"] = [p.screen().name(), p.geometry().x(), p.geometry().width()]
out["remembered"] = window.room.screen_name
window.room.toggle_projector(False)
app.processEvents()
out["closed"] = window.room.projector is None
print(json.dumps(out))
application.reset_shell()
'''


def test_projector_opens_full_screen_on_the_second_screen(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    settings = tmp_path / "settings"
    settings.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               HOME=str(tmp_path), COI_LANG="en")
    result = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "two.coi"),
                             str(settings)], capture_output=True, text=True, env=env,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["screens"] == ["laptop", "projector"]
    assert out["window_screen"] == "laptop"
    # Full screen on the projector: its whole 1920×1080, not the laptop.
    assert out["first"] == ["projector", True, 1440, 0, 1920, 1080]
    assert out["chosen"] == ["laptop", 0, 1440]
    assert out["remembered"] == "laptop"
    assert out["closed"]
