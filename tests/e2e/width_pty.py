#!/usr/bin/env python3
"""Text output fits a 60-column terminal: `list`, `show`, `review`, `report`, `score`, every
command's `--help` and the `ask` screens run under a pseudo-terminal of 60 columns; no line
is wider, and every word is one of the same output at 1000 columns (the
wrapping cut none). Also: --width N when stdout is not a terminal, 80
otherwise; $PAGER for a long text on a terminal only, and not with
--no-pager. Prints nothing on
success."""
import os
import pty
import re
import select
import struct
import fcntl
import subprocess
import sys
import termios

BIN = os.environ["MEDTIME_BIN"]
SRC = os.environ["MEDTIME_SRC"]
COLUMNS = 60
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def in_terminal(args, stdin=b"", pager="cat"):
    """Output of `args` run in a pseudo-terminal of COLUMNS columns and 40 lines."""
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "NO_COLOR")}
    env.update(TERM="xterm-256color", LANG="C.UTF-8", PAGER=pager)
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, COLUMNS, 0, 0))
        os.execve(args[0], args, env)
    if stdin:
        os.write(fd, stdin)
    out = b""
    while True:
        ready, _, _ = select.select([fd], [], [], 10)
        if not ready:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    os.waitpid(pid, 0)
    # A cleared screen (ask, at each step) starts a new line: the cursor goes
    # home, whatever the prompt before it left on its line.
    text = out.decode().replace("\x1b[H", "\n").replace("\x1b[2J", "")
    return ANSI.sub("", text).replace("\r", "")


def piped(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def check(name, narrow, wide):
    for line in narrow.split("\n"):
        # A path or a command word alone on its line may pass the width (a
        # checkout deep in folders): breaking it would break the path.
        token = line.strip()
        if token.endswith(" \\"):
            token = token[:-2]
        if len(line) > COLUMNS and " " not in token:
            continue
        if len(line) > COLUMNS:
            fail(f"{name}: a line of {len(line)} columns at {COLUMNS}:\n{line}")
    # A word cut in two would not be a word of the wide output (list lays
    # itself out differently when narrow: its "·" are its own; review lists
    # a unit in brackets when it has no room for its column).
    known = {word.strip("()") for word in wide.split()} | {"·", "\\"}
    cut = [word for word in narrow.split() if word.strip("()") not in known]
    if cut:
        fail(f"{name}: words at {COLUMNS} columns that are not at 1000: {cut}\n{narrow}")


def main():
    cmd = lambda name: os.path.join(BIN, "medtime-" + name)  # noqa: E731
    suivi = os.path.join(SRC, "examples/suivi")
    files = sorted(os.path.join(suivi, f) for f in os.listdir(suivi) if f.startswith("20"))
    for lang in ("fr", "en"):
        runs = {
            "list": [cmd("list"), "--lang", lang],
            "show": [cmd("show"), "delegation", "--lang", lang],
            "review": [cmd("review"), *files, "--lang", lang],
            "report": [cmd("report"), os.path.join(SRC, "examples/medecin-rural.yaml"), "--lang", lang],
            "score": [cmd("score"), os.path.join(SRC, "examples/medecin-rural.yaml"), "--lang", lang],
            "medtime --help": [os.path.join(BIN, "medtime"), "--help", "--lang", lang],
        }
        for name in ("list", "show", "template", "check", "ask", "score", "report", "cost",
                     "batch", "review", "team", "export"):
            runs[f"{name} --help"] = [cmd(name), "--help", "--lang", lang]
        for name, args in runs.items():
            narrow = in_terminal(args)
            # --help has no --width: its wide form is the one for a pipe (80).
            wide = piped(args if "--help" in args else args + ["--width", "1000"])
            check(f"{name} ({lang})", narrow, wide)

    # Not a terminal: 80 columns, or --width.
    text = piped([cmd("show"), "delegation"])
    if max(len(line) for line in text.split("\n")) > 80:
        fail("show is wider than 80 columns in a pipe")
    text = piped([cmd("show"), "delegation", "--width", "50"])
    if max(len(line) for line in text.split("\n")) > 50:
        fail("show --width 50 is wider than 50 columns")

    # A long text goes through $PAGER on a terminal, unless --no-pager; never in a pipe.
    paged = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"paged-{os.getpid()}.txt")
    shown = in_terminal([cmd("show"), "delegation"], pager=f"cat > {paged}")
    if "[taches_administratives]" in shown or not os.path.exists(paged) or "[taches_administratives]" not in open(paged).read():
        fail("show did not go through $PAGER on a terminal")
    os.remove(paged)
    shown = in_terminal([cmd("show"), "delegation", "--no-pager"], pager=f"cat > {paged}")
    if os.path.exists(paged) or "[taches_administratives]" not in shown:
        fail("show --no-pager went through $PAGER")
    short = in_terminal([cmd("list")], pager=f"cat > {paged}")
    if os.path.exists(paged) or "delegation" not in short:
        fail("list, shorter than the terminal, went through $PAGER")
    env = dict(os.environ, PAGER=f"cat > {paged}")
    subprocess.run([cmd("show"), "delegation"], capture_output=True, env=env, check=True)
    if os.path.exists(paged):
        fail("show went through $PAGER in a pipe")

    # The ask screens: the welcome, the title, a question, the help (wrapped once).
    path = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"width-{os.getpid()}.yaml")
    screen = in_terminal([cmd("ask"), "--lang", "fr", "-o", path], b"dr\r\r\r\r?\rq\r")
    for line in screen.split("\n"):
        if len(line) > COLUMNS:
            fail(f"ask: a line of {len(line)} columns:\n{line}")
    # Wrapped twice, a text leaves a word alone on a line though the next
    # line of the same paragraph (same indent) could have started there.
    # Consecutive lines only: a blank line ends a paragraph.
    lines = screen.split("\n")
    indent = lambda l: len(l) - len(l.lstrip(" "))  # noqa: E731
    orphans = [b for b, c in zip(lines, lines[1:])
               if b.startswith("  ") and c.startswith("  ") and c.strip()
               and len(b.split()) == 1 and indent(b) == indent(c)
               and len(b) + 1 + len(c.split()[0]) <= COLUMNS]
    if orphans:
        fail("ask ? has orphan words: " + ", ".join(orphans) + "\n\n" + screen)
    if os.path.exists(path):
        os.remove(path)


main()
