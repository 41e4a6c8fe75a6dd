#!/usr/bin/env python3
"""How long `medtime ask` takes, measured on its own screens: a scripted run
answers every prompt (the answers that ask the most: hours on every task, a
partial delegation, yes), counts the words each screen shows before its
prompt that the screen before did not (the line of keys left out: read
once, then known) and times them at a stated pace. Prints one line per questionnaire and the total.

    python3 scripts/ask_durations.py [BUILD_DIR] [--lang fr|en]

The pace is lib/ask/duration.h's: 200 words a minute, 6 s to decide and type
each answer, 10 s more to estimate a number of hours."""
import os
import re
import subprocess
import sys
import tempfile

WORDS_PER_MINUTE = 200
SECONDS_PER_ANSWER = 6
SECONDS_PER_ESTIMATE = 10


def answer_for(screen):
    """What to type at `screen` (the plain French or English screen)."""
    hint = screen.strip().split("\n")[-2] if screen.strip().count("\n") else screen
    if re.search(r"Heures par semaine|Hours per week", hint):
        return "2", True
    if m := re.search(r"(?:par exemple|for example) ([0-9 ]+)\)", hint):
        return m.group(1), False
    if re.search(r"o \(oui\) ou n|y \(yes\) or n", hint):
        return "o", False
    if m := re.search(r"(?:entier|whole number) (?:de|from) (-?[0-9]+) (?:à|to) (-?[0-9]+)", hint):
        return str((int(m.group(1)) + int(m.group(2)) + 1) // 2), False
    if m := re.search(r"\(1 (?:à|to) ([0-9]+)\)", hint):
        return "2" if int(m.group(1)) >= 2 else "1", False
    if re.search(r"^(Un nombre|A number|A whole number|Un nombre entier)", hint):
        m = re.search(r"(?:de|from) ([0-9,.]+) (?:à|to) ([0-9,.]+)", hint)
        return (m.group(2) if m and float(m.group(2).replace(",", ".")) < 2 else "2"), True
    return "", False


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    lang = "en" if "--lang" in sys.argv and sys.argv[sys.argv.index("--lang") + 1] == "en" else "fr"
    build = args[0] if args else "build"
    ask = os.path.join(build, "apps", "medtime-ask")
    path = os.path.join(tempfile.mkdtemp(), "a.yaml")
    p = subprocess.Popen([ask, "--lang", lang, "--plain", "-o", path], stdin=subprocess.PIPE,
                         stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
    fd = p.stderr.fileno()
    buffer = ""
    per = {}  # questionnaire -> [steps, words, seconds]
    shown_before = set()
    while True:
        chunk = os.read(fd, 65536).decode()
        if not chunk:
            break
        buffer += chunk
        if not buffer.endswith("> "):
            continue
        screen, buffer = buffer, ""
        typed, estimate = answer_for(screen[:-2])
        heading = re.search(r"(?:Étape|Step) \d+ (?:sur|of) \d+ \((.+?)\s?: \d+", screen)
        lines = screen.split("\n")[1:]  # the first: the answer just typed, echoed
        seen, shown = shown_before, {re.sub(r"[0-9]+", "#", line) for line in lines}
        shown_before = shown
        if heading:
            # A line the screen before showed too (the table's question, the
            # levels, the task) is not read again; nor the keys, known by heart.
            words = sum(len(line.split()) for line in lines
                        if re.sub(r"[0-9]+", "#", line) not in seen
                        and not line.startswith(("Touches", "Keys")))
            seconds = words * 60 / WORDS_PER_MINUTE + SECONDS_PER_ANSWER + (SECONDS_PER_ESTIMATE if estimate else 0)
            entry = per.setdefault(heading.group(1), [0, 0, 0.0])
            entry[0] += 1
            entry[1] += words
            entry[2] += seconds
        p.stdin.write((typed + "\n").encode())
        p.stdin.flush()
    p.wait()
    total = [0, 0, 0.0]
    for name, (steps, words, seconds) in per.items():
        print(f"{name:<14} {steps:>3} steps {words:>5} words {seconds / 60:5.1f} min")
        total = [total[0] + steps, total[1] + words, total[2] + seconds]
    print(f"{'total':<14} {total[0]:>3} steps {total[1]:>5} words {total[2] / 60:5.1f} min")


main()
