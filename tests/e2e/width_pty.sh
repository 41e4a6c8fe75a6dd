#!/usr/bin/env bash
# Text output in a 60-column terminal: see width_pty.py.
set -euo pipefail
python3 "$(dirname "$0")/width_pty.py"
