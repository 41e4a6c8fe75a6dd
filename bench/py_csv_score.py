#!/usr/bin/python3
"""The Python baseline of bench/run.sh for survey exports: reads the CSV with
the `csv` module (written in C), turns each row into answers through the
column map, and prints the maturity of every lever, one row per response.

    py_csv_score.py QUESTIONNAIRES_DIR EXPORT.csv MAP.yaml"""
import csv
import re
import sys

import yaml

from py_common import LOADER, load_questionnaires, maturity_cells

COLUMN = re.compile(r"^([^\[]+)\[(.*)\]$")


def main():
    questionnaires, by_id = load_questionnaires(sys.argv[1])
    with open(sys.argv[3], encoding="utf-8") as f:
        cmap = yaml.load(f, Loader=LOADER)
    rules = {}
    for qid, spec in cmap["questionnaires"].items():
        for column, rule in spec["columns"].items():
            if isinstance(rule, str):
                rule = {"question": rule}
            question = by_id[qid]["questions"][by_id[qid]["index"][rule["question"]]]
            if question["type"] == "budget":
                continue  # the time budget's hours: no maturity reads them
            rules[column] = (qid, question, rule)
    out = sys.stdout
    out.write("source," + ",".join(q["column"] for q in questionnaires) + "\n")
    with open(sys.argv[2], encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f, delimiter=cmap.get("separator", ","))
        header = next(reader)
        bound = []
        for i, name in enumerate(header):
            m = COLUMN.match(name)
            base, sub = (m.group(1), m.group(2)) if m else (name, None)
            if base in rules:
                bound.append((i, sub) + rules[base])
        for line, row in enumerate(reader, start=2):
            answers = {}
            for i, sub, qid, question, rule in bound:
                cell = row[i]
                if cell == "":
                    continue
                codes = rule.get("codes") or {}
                target = answers.setdefault(qid, {})
                kind = question["type"]
                if kind == "multiple":
                    if cell == "Y":
                        target.setdefault(question["id"], []).append(codes.get(sub, sub))
                elif kind == "tasks":
                    task = (rule.get("tasks") or {}).get(sub, sub)
                    target.setdefault(question["id"], {})[task] = codes.get(cell, cell)
                elif kind in ("number", "scale"):
                    target[question["id"]] = cell if cell == "na" else float(cell.replace(",", "."))
                elif kind == "yesno":
                    target[question["id"]] = {"Y": "yes", "N": "no"}.get(cell, cell)
                else:
                    target[question["id"]] = codes.get(cell, cell)
            cells = maturity_cells(questionnaires, answers)
            out.write("%s:%d,%s\n" % (sys.argv[2], line, ",".join(cells)))


if __name__ == "__main__":
    main()
