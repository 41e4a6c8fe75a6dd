#!/usr/bin/env python3
"""Generates the campaign example: a LimeSurvey export of a URPS survey
(export-limesurvey.csv) and its column map (carte.yaml), from the bundled
questionnaires. Rerun it whenever a questionnaire changes:

    python3 examples/campagne/generate.py [QUESTIONNAIRES_DIR]

The export follows LimeSurvey's CSV conventions with "Question code"
headings and "Answer codes": a UTF-8 byte order mark, `;`, CRLF, every value
quoted, a question the respondent never saw empty and unquoted, `Y` in the
sub-columns of a multiple choice and for yes, `N` for no, `A1`, `A2`... for
the options of a single choice. 46 responses from five departments and four
specialties; five were never submitted (no submitdate, an earlier lastpage,
the later pages empty); response 23 typed words where a number was expected.
The answers are drawn at random (seed 2026) around an "organisation level"
per respondent, and questions whose `when:` does not hold are left empty, as
LimeSurvey's relevance equations would hide them.
"""
import os
import random
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
QUESTIONNAIRES = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "questionnaires")

# The questionnaires of the campaign, their survey page and code prefix: the
# time budget first, then the four levers.
PREFIX = {"temps": "T", "cooperation": "C", "delegation": "D", "numerique": "N", "patients": "P"}
DEPARTMENTS = [("69", 20), ("38", 10), ("42", 8), ("01", 5), ("73", 3)]
SPECIALTIES = [("MG", 30), ("PED", 6), ("PSY", 5), ("CARD", 5)]
PRACTICES = [("SEUL", 14), ("GROUPE", 18), ("MSP", 14)]
METADATA = ["id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp"]
PROFILE = ["DEPT", "SPEC", "EXERC"]
INCOMPLETE = {7, 15, 28, 34, 41}  # never submitted
BAD_ROW = 23                      # words in a number question
COUNT = 46

rng = random.Random(2026)


def load_questionnaires():
    items = []
    for name in sorted(os.listdir(QUESTIONNAIRES)):
        if not name.endswith(".yaml"):
            continue
        with open(os.path.join(QUESTIONNAIRES, name), encoding="utf-8") as f:
            q = yaml.safe_load(f)
        if isinstance(q, dict) and q.get("id") in PREFIX:
            items.append(q)
    items.sort(key=lambda q: q.get("order", 0))
    return items


# The time budget of the response being drawn: hours per category, which
# the levers' conditions on hours read.
BUDGET = {}


def questions(q):
    for section in q["sections"]:
        yield from section["questions"]


def levels(question):
    return [l["id"] for l in question.get("levels") or []] or ["none", "partial", "total"]


# --- a small evaluator for the questions' `when:` conditions -----------------

TOKEN = re.compile(r"\s*(\(|\)|\[|\]|,|==|!=|>=|<=|>|<|[A-Za-z_][A-Za-z0-9_.]*|-?[0-9]+(?:\.[0-9]+)?)")


def tokens(text):
    out, at = [], 0
    while at < len(text):
        m = TOKEN.match(text, at)
        if not m:
            raise ValueError(text)
        out.append(m.group(1))
        at = m.end()
        while at < len(text) and text[at] == " ":
            at += 1
    return out


class Condition:
    """`when:` over the answers drawn so far; an answer not drawn is missing."""

    def __init__(self, text, answers):
        self.t, self.i, self.answers = tokens(text), 0, answers

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else None

    def take(self):
        self.i += 1
        return self.t[self.i - 1]

    def expr(self):
        value = self.term()
        while self.peek() == "or":
            self.take()
            right = self.term()
            value = value or right
        return value

    def term(self):
        value = self.factor()
        while self.peek() == "and":
            self.take()
            right = self.factor()
            value = value and right
        return value

    def factor(self):
        if self.peek() == "not":
            self.take()
            return not self.factor()
        if self.peek() == "(":
            self.take()
            value = self.expr()
            self.take()  # )
            return value
        return self.atom()

    def value_of(self, path):
        parts = path.split(".")
        if parts[0] == "budget":
            return sum(BUDGET.values()) if len(parts) == 1 else BUDGET.get(parts[1])
        answer = self.answers.get(parts[0])
        if len(parts) == 1 or answer is None:
            return answer
        table = answer  # {task: level}; its hours are the time budget's
        if parts[1] == "delegable":
            return sum(BUDGET.get(t, 0) * {"none": 0, "partial": 0.5, "total": 1}.get(l, 0)
                       for t, l in table.items())
        if parts[1] == "hours":
            return sum(BUDGET.get(t, 0) for t in table)
        if len(parts) > 2:
            return BUDGET.get(parts[1])
        return table.get(parts[1])

    def atom(self):
        value = self.value_of(self.take())
        op = self.take()
        if op == "is":
            self.take()  # answered
            return value is not None
        if op == "in":
            self.take()  # [
            items = []
            while self.peek() != "]":
                item = self.take()
                if item != ",":
                    items.append(item)
            self.take()
            return value in items
        right = self.take()
        if op == "has":
            return isinstance(value, list) and right in value
        if value is None:
            return False
        if op in ("==", "!="):
            same = str(value) == right or (value in (True, False) and right == ("yes" if value else "no"))
            return same if op == "==" else not same
        number = float(right)
        return {">=": value >= number, "<=": value <= number, ">": value > number, "<": value < number}[op]


def applies(question, answers):
    if "when" not in question:
        return True
    try:
        return Condition(question["when"], answers).expr()
    except (ValueError, IndexError, KeyError, TypeError):
        return True  # a form this small evaluator does not know: ask it


# --- answers -----------------------------------------------------------------


def pick(n, level):
    """An index in 0..n-1 around `level` (0..1): options run from the least
    to the most organised in the bundled questionnaires."""
    return max(0, min(n - 1, round(level * (n - 1) + rng.gauss(0, 0.9))))


def draw(question, level):
    kind = question["type"]
    if kind == "single":
        return question["options"][pick(len(question["options"]), level)]["id"]
    if kind == "multiple":
        options = question["options"]
        exclusive = [o["id"] for o in options if o.get("exclusive")]
        others = [o["id"] for o in options if not o.get("exclusive")]
        if exclusive and rng.random() < 0.25 * (1 - level):
            return [exclusive[0]]
        chosen = [o for o in others if rng.random() < 0.2 + 0.6 * level]
        return chosen or [rng.choice(others)]
    if kind == "yesno":
        return rng.random() < 0.3 + 0.5 * level
    if kind == "scale":
        low, high = question.get("min", 1), question.get("max", 5)
        return low + pick(high - low + 1, level)
    if kind == "number":
        # Hours per week by the half hour; counts (integer: true) in whole numbers.
        high = min(question.get("max", 40), 12 if not question.get("integer") else 25)
        if question.get("integer"):
            return rng.randint(0, int(high))
        return round(rng.uniform(0, high) * 2) / 2
    if kind == "tasks":
        table = {}
        for task in question["tasks"]:
            if rng.random() < 0.85:
                names = levels(question)
                table[task["id"]] = names[pick(len(names), level)]
        return table
    if kind == "budget":
        return {c: round(rng.uniform(0, 5) * 2) / 2 for c in question["rows"] if rng.random() < 0.9}
    return None


def code_of(question, value):
    """The cells of one answer, by column suffix ("" for the question's own column)."""
    kind = question["type"]
    if kind == "single":
        ids = [o["id"] for o in question["options"]]
        return {"": f"A{ids.index(value) + 1}"}
    if kind == "multiple":
        return {f"[SQ{i + 1:03d}]": ("Y" if o["id"] in value else "") for i, o in enumerate(question["options"])}
    if kind == "yesno":
        return {"": "Y" if value else "N"}
    if kind in ("scale", "number"):
        return {"": f"{value:g}"}
    if kind == "tasks":
        names = levels(question)
        return {f"[SQ{i + 1:03d}]": (f"A{names.index(value[t['id']]) + 1}" if t["id"] in value else "")
                for i, t in enumerate(question["tasks"])}
    if kind == "budget":
        return {f"[SQ{i + 1:03d}]": (f"{value[c]:g}" if c in value else "")
                for i, c in enumerate(question["rows"])}
    return {}


def columns_of(code, question):
    kind = question["type"]
    if kind == "multiple":
        return [f"{code}[SQ{i + 1:03d}]" for i in range(len(question["options"]))]
    if kind == "tasks":
        return [f"{code}[SQ{i + 1:03d}]" for i in range(len(question["tasks"]))]
    if kind == "budget":
        return [f"{code}[SQ{i + 1:03d}]" for i in range(len(question["rows"]))]
    if kind in ("single", "yesno", "scale", "number"):
        return [code]
    return []


def weighted(choices):
    return rng.choices([c for c, _ in choices], weights=[w for _, w in choices])[0]


def main():
    items = load_questionnaires()
    coded = []  # (questionnaire, question, code), in survey order
    for q in items:
        n = 0
        for question in questions(q):
            if question["type"] == "budget":
                question["rows"] = [c["id"] for c in q["categories"]]
            if question["type"] == "text":
                continue
            n += 1
            coded.append((q, question, f"{PREFIX[q['id']]}{n:02d}"))
    header = METADATA + PROFILE
    for _, question, code in coded:
        header += columns_of(code, question)

    departments = [d for d, n in DEPARTMENTS for _ in range(n)]
    rng.shuffle(departments)
    rows = []
    for rid in range(1, COUNT + 1):
        level = rng.betavariate(2, 2)
        incomplete = rid in INCOMPLETE
        last_page = rng.randint(1, 3) if incomplete else len(items) + 1
        day = 2 + (rid * 7) % 26
        start = f"2026-03-{day:02d} {8 + rid % 10:02d}:{rid * 13 % 60:02d}:00"
        cells = {
            "id": str(rid), "submitdate": "" if incomplete else start.replace(":00", ":41", 1),
            "lastpage": str(last_page), "startlanguage": "fr", "seed": str(rng.randint(10**8, 10**9)),
            "startdate": start, "datestamp": start,
            "DEPT": departments[rid - 1], "SPEC": weighted(SPECIALTIES), "EXERC": weighted(PRACTICES),
        }
        BUDGET.clear()
        for page, q in enumerate(items, start=2):
            answers = {}
            for q2, question, code in coded:
                if q2 is not q:
                    continue
                if incomplete and page > last_page:
                    continue  # a page never reached: not shown
                if not applies(question, answers):
                    continue
                value = draw(question, level)
                answers[question["id"]] = value
                if question["type"] == "budget":
                    BUDGET.update(value)
                for suffix, cell in code_of(question, value).items():
                    cells[code + suffix] = cell
        if rid == BAD_ROW:
            number = next(code for _, question, code in coded if question["type"] == "number")
            cells[number] = "beaucoup"
        rows.append(cells)

    def quoted(column, row):
        return f'"{row[column]}"' if column in row else ""

    with open(os.path.join(HERE, "export-limesurvey.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\ufeff" + ";".join(f'"{c}"' for c in header) + "\r\n")
        for row in rows:
            f.write(";".join(quoted(c, row) for c in header) + "\r\n")

    with open(os.path.join(HERE, "carte.yaml"), "w", encoding="utf-8") as f:
        f.write("# Column map of export-limesurvey.csv, written by generate.py: which survey\n"
                "# column answers which question, and what LimeSurvey's answer codes mean.\n"
                "# DEPT, SPEC and EXERC describe the doctor: batch copies them with --keep.\n"
                "ignore: [DEPT, SPEC, EXERC]\nquestionnaires:\n")
        for q in items:
            f.write(f"  {q['id']}:\n    version: {q['version']}\n    columns:\n")
            for q2, question, code in coded:
                if q2 is not q:
                    continue
                kind, qid = question["type"], question["id"]
                if kind == "single":
                    codes = ", ".join(f"A{i + 1}: {o['id']}" for i, o in enumerate(question["options"]))
                    f.write(f"      {code}: {{question: {qid}, codes: {{{codes}}}}}\n")
                elif kind == "multiple":
                    codes = ", ".join(f"SQ{i + 1:03d}: {o['id']}" for i, o in enumerate(question["options"]))
                    f.write(f"      {code}: {{question: {qid}, codes: {{{codes}}}}}\n")
                elif kind == "tasks":
                    tasks = ", ".join(f"SQ{i + 1:03d}: {t['id']}" for i, t in enumerate(question["tasks"]))
                    codes = ", ".join(f"A{i + 1}: {l}" for i, l in enumerate(levels(question)))
                    f.write(f"      {code}: {{question: {qid}, tasks: {{{tasks}}}, codes: {{{codes}}}}}\n")
                elif kind == "budget":
                    rows = ", ".join(f"SQ{i + 1:03d}: {c}" for i, c in enumerate(question["rows"]))
                    f.write(f"      {code}: {{question: {qid}, tasks: {{{rows}}}}}\n")
                else:
                    f.write(f"      {code}: {qid}\n")
    print(f"{COUNT} responses, {len(header)} columns", file=sys.stderr)


if __name__ == "__main__":
    main()
