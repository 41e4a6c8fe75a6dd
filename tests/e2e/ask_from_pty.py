#!/usr/bin/env python3
"""medtime ask under a pseudo-terminal, the quarterly case: `--from` the last
self-assessment (examples/suivi/2026-11-16.yaml), two answers changed (an
hour of the time budget, a delegation level), the others kept with Enter; the new file holds the new date, the two changes and
every other answer as before, and the last file is untouched. Then the
section menu of the complete new file and `g` to a question. Prints nothing
on success."""
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from ask_pty import Session, fail  # noqa: E402

BIN = os.environ["MEDTIME_BIN"]
SRC = os.environ["MEDTIME_SRC"]
LAST = os.path.join(SRC, "examples/suivi/2026-11-16.yaml")
SCORE = os.path.join(BIN, "medtime-score")


def answers(path):
    """The answers of `path` as JSON (medtime score --format json is not
    enough: read the YAML)."""
    import yaml
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def main():
    folder = tempfile.mkdtemp()
    new = os.path.join(folder, "2027-02-15.yaml")
    before = hashlib.sha256(open(LAST, "rb").read()).hexdigest()

    # The questionnaires the last file answers (the supporting areas, which
    # it does not, are asked in their own test).
    s = Session(new, ["--lang", "en", "--from", LAST, "--date", "2027-02-15"],
                data=["temps", "delegation", "numerique", "cooperation", "patients"])
    screen = s.next_prompt()
    if "Last time (2026-11-16): dr-leroy" not in screen:
        fail("the respondent's last answer is not shown:\n" + screen)
    screen = s.answer("", "", "", "")  # id, specialty, practice, date (--date)
    # The time budget comes first.
    if "How many hours do you work in a usual week?" not in screen or "Last time (2026-11-16): 52 h/week" not in screen:
        fail("the time budget's first question does not show last time's answer:\n" + screen)
    screen = s.answer("g temps.heures")
    if "Category 1/14: Appointments" not in screen or "Last time (2026-11-16): 0.5 h/week" not in screen:
        fail("g temps.heures did not reach the first row of the budget with last time's hours:\n" + screen)
    screen = s.answer("2")  # first change: 0.5 → 2 hours of appointments
    if "Category 2/14: Phone" not in screen or "Last time (2026-11-16): 1 h/week" not in screen:
        fail("the budget's second row does not follow:\n" + screen)
    screen = s.answer("g taches_administratives")
    if ("Task 1/6: Appointments" not in screen
            or "2 h/week according to your time budget." not in screen
            or "Last time (2026-11-16): 3. Totally" not in screen):
        fail("g taches_administratives did not show the row's new hours and last level:\n" + screen)
    screen = s.answer("2")  # second change: appointments delegated totally → partly
    # Enter everywhere; a step the last file does not answer gets the first
    # answer, so that the new file is complete.
    unanswered = []
    for _ in range(300):
        if "Enter or q to finish" in screen:
            break
        if "Type an answer, s to skip this question" in screen:
            unanswered.append(next(l for l in screen.splitlines() if l.startswith("\x1b[1mTask ")))
            screen = s.answer("1")
        else:
            screen = s.answer("")
    else:
        fail("the end never came:\n" + screen)
    # Version 2 of delegation lists re-typing among the administrative tasks;
    # the last file, converted from version 1, gives it no level.
    if unanswered != ["\x1b[1mTask 6/6: Re-typing and copying\x1b[0m"]:
        fail(f"steps without last time's answer: {unanswered}")
    if "Your full report" not in screen or "medtime report" not in screen:
        fail("the end shows no plan nor report command:\n" + screen)
    os.write(s.fd, b"\r")
    s.wait()

    if hashlib.sha256(open(LAST, "rb").read()).hexdigest() != before:
        fail(LAST + " was written")
    old, got = answers(LAST), answers(new)
    if str(got["date"]) != "2027-02-15":
        fail(f"the new file's date is {got['date']}")
    old["answers"]["temps"]["heures"]["rendez_vous"] = 2
    old["answers"]["delegation"]["taches_administratives"]["rendez_vous"] = "partial"
    # etp_orientations is asked only when etp_connaissance is "oriente"; the
    # last file holds it from an earlier answer, hidden: not asked, not copied.
    del old["answers"]["patients"]["etp_orientations"]
    old["answers"]["delegation"]["taches_administratives"]["ressaisie"] = "none"  # typed: 1
    for q, held in old["answers"].items():
        for key, value in held.items():
            if got["answers"].get(q, {}).get(key) != value:
                fail(f"{q}.{key}: {got['answers'].get(q, {}).get(key)!r}, expected {value!r}")
    if got["respondent"] != old["respondent"]:
        fail(f"respondent: {got['respondent']}")
    if subprocess.run([SCORE, new], capture_output=True).returncode != 0:
        fail(new + " is not a valid answers file")

    # The complete file opens on the section menu; g then a number jumps.
    s = Session(new, ["--lang", "en"],
                data=["temps", "delegation", "numerique", "cooperation", "patients"])
    screen = s.next_prompt()
    if "Sections of the self-audit and their steps" not in screen or "complete · 1–" not in screen:
        fail("no section menu on a complete file:\n" + screen)
    screen = s.answer("g 1")
    if "How many hours do you work in a usual week?" not in screen or "Current answer: 52 h/week" not in screen:
        fail("g 1 did not show the first step and its answer:\n" + screen)
    os.write(s.fd, b"q\r")
    s.wait()
    shutil.rmtree(folder)


main()
