#!/usr/bin/env bash
# Every command block of the README runs as typed: each fenced `sh` block
# (the set-up one aside, which is what CI itself runs) is run with bash -e
# from a scratch folder holding a copy of examples/, with the built commands
# on PATH and standard input closed. `moi.yaml`, the doctor's own answers
# that `medtime ask -o moi.yaml` leaves, is the rural doctor's example.
source "$(dirname "$0")/lib.sh"

work="$TMP/readme"
mkdir -p "$work"
cp -r "$MEDTIME_SRC/examples" "$work/examples"
cp "$MEDTIME_SRC/examples/medecin-rural.yaml" "$work/moi.yaml"
export PATH="$MEDTIME_BIN:$PATH"

python3 - "$MEDTIME_SRC/README.md" "$TMP/blocks" <<'PY'
import os, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
os.makedirs(sys.argv[2])
blocks, block, lang = [], None, None
for number, line in enumerate(lines, 1):
    if line.startswith("```"):
        if block is None:
            block, lang, start = [], line[3:].strip(), number
        else:
            if lang in ("sh", "bash", "") and block and not any("scripts/dev.sh" in l for l in block):
                blocks.append((start, block))
            block = None
    elif block is not None:
        block.append(line)
for start, block in blocks:
    with open(os.path.join(sys.argv[2], f"{start:05d}.sh"), "w") as f:
        f.write("\n".join(block) + "\n")
print(len(blocks))
PY
count=$(ls "$TMP/blocks" | wc -l)
[ "$count" -ge 4 ] || fail "expected at least 4 command blocks in the README, found $count"
for block in "$TMP/blocks"/*.sh; do
  line=$(basename "$block" .sh)
  got=0
  (cd "$work" && bash -e "$block" </dev/null >"$OUT" 2>"$ERR") || got=$?
  [ "$got" = 0 ] || fail "README.md, the block at line $((10#$line)), exits $got:
$(cat "$block")
--- stderr:
$(tail -20 "$ERR")"
done
