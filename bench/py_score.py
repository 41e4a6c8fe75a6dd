#!/usr/bin/python3
"""The Python baseline of bench/run.sh: walks the folders, loads each answers
file with PyYAML's C loader and prints the maturity of every lever, one CSV
row per file, in sorted path order.

    py_score.py QUESTIONNAIRES_DIR FOLDER..."""
import os
import sys

import yaml

from py_common import LOADER, fmt, load_questionnaires, maturity


def main():
    questionnaires = load_questionnaires(sys.argv[1])
    out = sys.stdout
    out.write("source," + ",".join(q["lever"] + "_maturity" for q in questionnaires) + "\n")
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
                row = [fmt(maturity(q, answers[q["id"]])) if q["id"] in answers else ""
                       for q in questionnaires]
                out.write(path + "," + ",".join(row) + "\n")


if __name__ == "__main__":
    main()
