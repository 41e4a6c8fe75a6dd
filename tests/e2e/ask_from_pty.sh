#!/usr/bin/env bash
# `medtime ask --from` under a pseudo-terminal: see ask_from_pty.py.
set -euo pipefail
python3 "$(dirname "$0")/ask_from_pty.py"
