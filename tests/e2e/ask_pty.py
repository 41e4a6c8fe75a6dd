#!/usr/bin/env python3
"""medtime ask under a pseudo-terminal: answers typed one by one, then the
process is interrupted (Ctrl-C), loses its terminal (SIGHUP) or is killed
(SIGKILL) mid-way; each time the answers file must be valid and hold every
answer given. Also checks the terminal niceties: colours, a cleared screen
per question, texts wrapped to the terminal width. Prints nothing on success."""
import fcntl
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import time

BIN = os.environ["MEDTIME_BIN"]
SRC = os.environ["MEDTIME_SRC"]
ASK = os.path.join(BIN, "medtime-ask")
SCORE = os.path.join(BIN, "medtime-score")
DATA = ["--questionnaires", os.path.join(SRC, "tests/data/set")]
PROMPT = "› ".encode()
COLUMNS = 60


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


class Session:
    """medtime ask in a pseudo-terminal of COLUMNS columns."""

    def __init__(self, path, options=("--lang", "en"), data=DATA):
        env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS", "PAGER")}
        env.update(TERM="xterm-256color", LANG="C.UTF-8")
        args = [ASK, *data, *options, "-o", path]
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the terminal's size is set before the program starts
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 30, COLUMNS, 0, 0))
            os.execve(ASK, args, env)
        self.output = b""
        self.prompts = 0

    def read(self, timeout):
        if self.fd is None:
            time.sleep(timeout)
            return False
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:  # EIO: the child is gone
            return False
        self.output += chunk
        return bool(chunk)

    def next_prompt(self):
        """Waits for the next prompt; returns the screen shown before it."""
        deadline = time.time() + 10
        start = len(self.output)
        while self.output.count(PROMPT) <= self.prompts:
            if time.time() > deadline or not self.read(deadline - time.time()):
                fail("no prompt after: " + self.output[-400:].decode(errors="replace"))
        self.prompts = self.output.count(PROMPT)
        return self.output[start:].decode()

    def answer(self, *lines):
        for line in lines:
            os.write(self.fd, line.encode() + b"\r")
            screen = self.next_prompt()
        return screen

    def hang_up(self):
        os.close(self.fd)
        self.fd = None

    def wait(self):
        deadline = time.time() + 10
        while time.time() < deadline:
            self.read(0.1)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                while self.read(0.2):  # what the program wrote before it ended
                    pass
                return status
        os.kill(self.pid, signal.SIGKILL)
        fail("medtime ask did not stop")


def check_file(path, *lines):
    """The file is a valid answers file holding `lines`, mode 0600, alone."""
    if subprocess.run([SCORE, *DATA, path], capture_output=True).returncode != 0:
        fail(path + " is not a valid answers file")
    text = open(path, encoding="utf-8").read()
    for line in lines:
        if line not in text.splitlines():
            fail(f"{path} has no line {line!r}:\n{text}")
    mode = os.stat(path).st_mode & 0o777
    if mode != 0o600:
        fail(f"{path} has mode {mode:o}")
    leftovers = [f for f in os.listdir(os.path.dirname(path)) if f.startswith(".medtime-")]
    if leftovers:
        fail("temporary files left: " + ", ".join(leftovers))


def visible_width(line):
    return len(re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", line))


def main():
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "a.yaml")

    # Ctrl-C after the third question: the terminal gets the interruption
    # notice and the file holds the three answers.
    s = Session(path)
    first = s.next_prompt()
    s.answer("dr-pty", "", "")
    screen = s.answer("", "2", "2 3", "4")
    # staff, tools, burden, phone hours, wants, two tasks' levels, note: 8
    # steps of mini (how_much waits for wants = yes), then the time budget's
    # three rows: 11 in all.
    if "Phone hours?" not in screen or "4/8 · 4/11" not in screen:
        fail("the fourth question is not on screen:\n" + screen)
    if "\x1b[2J" not in screen or "\x1b[1m" not in screen:
        fail("no cleared screen or no colour on a terminal")
    widest = max(visible_width(line) for line in (first + screen).replace("\r", "").split("\n"))
    if widest > COLUMNS:
        fail(f"a line of {widest} columns in a {COLUMNS}-column terminal")
    os.write(s.fd, b"2,5")  # typed, not entered: not an answer
    os.write(s.fd, b"\x03")
    status = s.wait()
    if not os.WIFSIGNALED(status) or os.WTERMSIG(status) != signal.SIGINT:
        fail(f"Ctrl-C: unexpected status {status}")
    if b"Interrupted. Your answers are saved in " + path.encode() not in b" ".join(s.output.split()):
        fail("no notice after Ctrl-C: " + s.output[-300:].decode(errors="replace"))
    check_file(path, "  id: dr-pty", "    staff: secretary", "    tools: [agenda, messaging]",
               "    burden: 4")
    if "phone_hours" in open(path).read():
        fail("a line typed but not entered was saved")

    # A closed terminal (SIGHUP) after one more answer.
    s = Session(path)
    screen = s.next_prompt()
    if "4/8 · 4/11" not in screen:
        fail("resuming did not continue at the fourth question:\n" + screen)
    s.answer("2,5")
    s.hang_up()
    status = s.wait()
    if not os.WIFSIGNALED(status) or os.WTERMSIG(status) != signal.SIGHUP:
        fail(f"SIGHUP: unexpected status {status}")
    check_file(path, "    burden: 4", "    phone_hours: 2.5")

    # Killed outright (SIGKILL) right after an answer: it was saved already.
    s = Session(path)
    s.next_prompt()
    screen = s.answer("o")
    if "6/9 · 6/12" not in screen:
        fail("how_much is not shown after wants = yes:\n" + screen)
    os.kill(s.pid, signal.SIGKILL)
    s.wait()
    check_file(path, "    phone_hours: 2.5", "    wants: yes")

    # And q quits cleanly.
    s = Session(path)
    s.next_prompt()
    os.write(s.fd, b"q\r")
    status = s.wait()
    if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
        fail(f"q: unexpected status {status}")
    check_file(path, "    wants: yes")
    subprocess.run(["rm", "-rf", folder], check=True)


if __name__ == "__main__":
    main()
