"""The participant page in a real browser at a phone's size: join, add a card, vote, and
see both arrive in the workshop file; card text shows as text, never as markup."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from selenium.webdriver.common.by import By

from coi_desktop.storage import read_workshop

from .browser import phone_browser
from .conftest import make_workshop
from .test_serve_cmd import serving


def wait(what: Callable[[], Any], seconds: float = 15) -> Any:
    end = time.monotonic() + seconds
    while True:
        try:
            value = what()
            if value:
                return value
        except Exception:
            if time.monotonic() > end:
                raise
        if time.monotonic() > end:
            raise AssertionError("the page did not get there in time")
        time.sleep(0.1)


def test_join_add_a_card_and_vote_from_a_phone(tmp_path: Path) -> None:
    path = tmp_path / "room.coi"
    _canvas, round_id, votable = make_workshop(path)
    browser = phone_browser(tmp_path / "profile")
    try:
        with serving(path, "--vote", "Prioritise", "--categories", "law,economy") as (
                _proc, url, code):
            browser.get(url)
            find = browser.find_element
            assert browser.execute_script("return window.innerWidth") <= 400
            wait(lambda: find(By.ID, "code").is_displayed())
            find(By.ID, "code").send_keys(code.lower())  # typed in lower case works too
            find(By.ID, "name").send_keys("Ida")
            find(By.ID, "consent").click()
            find(By.ID, "join-button").click()
            wait(lambda: find(By.ID, "add").is_displayed())
            assert find(By.ID, "status").text == "The round is open"
            assert "Dots left: 4 / 4" in find(By.ID, "dots-left").text

            evil = "<img src=x onerror=\"document.title='owned'\"> Slow tenders"
            find(By.CSS_SELECTOR, "input[name=kind][value=barrier]").click()
            wait(lambda: find(By.ID, "category").is_displayed())
            find(By.CSS_SELECTOR, "#category option[value=economy]").click()
            find(By.ID, "card-title").send_keys(evil)
            find(By.ID, "card-text").send_keys("<b>not bold</b>")
            find(By.ID, "send").click()
            wait(lambda: find(By.CSS_SELECTOR, "#my-cards li"))
            assert find(By.ID, "message").text == "Your card is on the board."
            # the page redraws its list when it polls: read through `wait`, which tries again
            # when the element was replaced between finding and reading it
            mine = wait(lambda: find(By.CSS_SELECTOR, "#my-cards li").text)
            assert evil in mine  # shown literally
            assert not browser.find_elements(By.CSS_SELECTOR, "#my-cards img")
            assert browser.title != "owned"

            plus = f"#vote-cards button[data-card='{votable[1]}']"
            wait(lambda: find(By.CSS_SELECTOR, plus).click() or True)
            wait(lambda: "3 / 4" in find(By.ID, "dots-left").text)

            stored = read_workshop(path)
            [card] = [c for c in stored.cards.values() if c.title == evil]
            assert card.category == "economy" and card.description == "<b>not bold</b>"
            [person] = stored.participants.values()
            assert person.name == "Ida" and card.participant_id == person.id
            assert stored.voting.dots_used(round_id, person.id) == 1
            assert stored.voting.totals(round_id)[votable[1]] == 1
    finally:
        browser.quit()


def test_a_wrong_code_shows_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "room.coi"
    make_workshop(path)
    browser = phone_browser(tmp_path / "profile")
    try:
        with serving(path) as (_proc, url, _code):
            browser.get(url)
            find = browser.find_element
            wait(lambda: find(By.ID, "code").is_displayed())
            find(By.ID, "code").send_keys("QQQQQ")
            find(By.ID, "join-button").click()
            wait(lambda: find(By.ID, "message").text)
            assert find(By.ID, "message").text == "That is not the join code."
            assert find(By.ID, "join").is_displayed() and not find(By.ID, "add").is_displayed()
    finally:
        browser.quit()
