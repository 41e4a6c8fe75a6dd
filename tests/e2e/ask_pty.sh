#!/usr/bin/env bash
# `medtime ask` under a pseudo-terminal, interrupted mid-way: see ask_pty.py.
set -euo pipefail
python3 "$(dirname "$0")/ask_pty.py"
