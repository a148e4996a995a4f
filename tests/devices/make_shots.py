"""Screenshots for the issue note (not a test): the phone page in Chromium at a phone's size,
and the projector with the join QR code. Writes PNGs into the folder given.

    python -m tests.devices.make_shots /work/brief/shots
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def workshop_file(path: Path) -> None:
    from coi_desktop.models import Card, VotingRound, Workshop, new_id
    from coi_desktop.storage import create_workshop_file

    w = Workshop.new("Velfærdsteknologi i Randers", language="da", template="barrier_board",
                     canvas_name="Barrierer")
    canvas = w.canvases.ordered()[0].id
    titles = [("law", "Uklart hjemmelsgrundlag for automatisering"),
              ("economy", "Ingen budget efter pilotprojektet"),
              ("procurement", "Udbuddet er for detaljeret beskrevet"),
              ("culture", "Frygt for besparelser blandt personalet")]
    w.cards.add([Card(new_id(), canvas, "barrier", t, category=c, x=0, y=0)
                 for c, t in titles])
    layout = w.canvases.layout(canvas)
    moves = {}
    for card in w.cards.values():
        zone = next(z for z in layout.zones if z.key == card.category)
        moves[card.id] = (zone.x + 20, zone.y + 80)
    w.cards.move(moves)
    w.voting.add(VotingRound(new_id(), canvas, "Hvad skal vi løse først?", kinds=("barrier",),
                            dots_per_participant=3, max_per_card=2))
    create_workshop_file(path, w)


def phone_shot(folder: Path, tmp: Path) -> Path:
    from selenium.webdriver.common.by import By

    from .browser import phone_browser
    from .test_devices_browser import wait
    from .test_serve_cmd import serving

    path = tmp / "phone.coi"
    workshop_file(path)
    browser = phone_browser(tmp / "profile", "da")
    try:
        with serving(path, "--canvas", "Barrierer", "--vote", "Hvad skal vi løse først?",
                     "--categories", "law,economy,procurement,culture") as (_p, url, code):
            browser.get(f"{url}?code={code}")
            find = browser.find_element
            wait(lambda: find(By.ID, "name").is_displayed())
            find(By.ID, "name").send_keys("Mette")
            find(By.ID, "consent").click()
            find(By.ID, "join-button").click()
            wait(lambda: find(By.ID, "add").is_displayed())
            find(By.ID, "card-title").send_keys("Borgerne kender ikke <løsningen>")
            find(By.ID, "send").click()
            wait(lambda: find(By.CSS_SELECTOR, "#my-cards li"))
            wait(lambda: find(By.CSS_SELECTOR, "#vote-cards button[data-card]").click() or True)
            wait(lambda: "2 / 3" in find(By.ID, "dots-left").text)
            find(By.ID, "card-title").send_keys("Mangler data om effekten")
            time.sleep(0.3)
            height = browser.execute_script("return document.documentElement.scrollHeight")
            browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                "width": 390, "height": min(max(844, height), 2400), "deviceScaleFactor": 2,
                "mobile": True})
            browser.execute_script("window.scrollTo(0, 0)")
            time.sleep(0.3)
            target = folder / "phones-participant-page.png"
            browser.save_screenshot(str(target))
            return target
    finally:
        browser.quit()


def projector_shot(folder: Path, tmp: Path) -> Path:
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QWidget

    from coi_desktop.services.room_server import RoundPolicy
    from coi_desktop.views import application
    from coi_desktop.views.devices import install
    from coi_desktop.views.devices.qr_widget import attach_join_panel

    QStandardPaths.setTestModeEnabled(True)
    from coi_desktop.views import i18n

    path = tmp / "wall.coi"
    workshop_file(path)
    app = application.make_application()
    i18n.set_language("da")  # the workshop's language
    window = application.shell().open_path(path)
    window.resize(1400, 900)
    window.show()
    controller = getattr(window, "devices", None) or install(window)
    w = window.workshop
    canvas = window.current_canvas_id()
    round_id = w.voting.ordered(canvas)[0].id
    controller.start(RoundPolicy(canvas, vote_round_id=round_id), "127.0.0.1", 8765)
    projector = window.room.open_projector()
    projector.resize(1280, 720)
    if projector.findChild(QWidget, "devices.join_panel") is None:
        attach_join_panel(projector, controller)  # until the projector has its hook
    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)
    target = folder / "phones-projector-qr.png"
    projector.grab().save(str(target))
    controller.stop()
    window.close()
    return target


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    folder.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="coi-shots-"))
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(tmp / name.lower())
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(phone_shot(folder, tmp))
    print(projector_shot(folder, tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
