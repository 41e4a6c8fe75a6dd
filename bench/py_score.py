#!/usr/bin/python3
"""The Python baseline of bench/run.sh: walks the folders, loads each answers
file with PyYAML's C loader and prints the maturity of every lever, one CSV
row per file, in sorted path order.

    py_score.py QUESTIONNAIRES_DIR FOLDER..."""
import os
import sys

import yaml

from py_common import LOADER, load_questionnaires, maturity_cells


def main():
    questionnaires, _ = load_questionnaires(sys.argv[1])
    out = sys.stdout
    out.write("source," + ",".join(q["column"] for q in questionnaires) + "\n")
    for folder in sys.argv[2:]:
        for root, dirs, files in os.walk(folder):
            dirs.sort()
            for name in sorted(files):
                if not name.endswith((".yaml", ".yml")):
                    continue
                path = os.path.join(root, name)
                with open(path, encoding="utf-8") as f:
                    doc = yaml.load(f, Loader=LOADER)
                answers = doc.get("answers") or {}
                out.write(path + "," + ",".join(maturity_cells(questionnaires, answers)) + "\n")


if __name__ == "__main__":
    main()
