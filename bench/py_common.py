"""Shared by the Python scorers of bench/run.sh: questionnaires read with
PyYAML (C loader), `when:` conditions compiled once, and the maturity score
of doc/method.md#scoring. Written the way a consultant's analyst would write it:
plain, correct, not tuned."""
import math
import os
import re

import yaml

LOADER = yaml.CSafeLoader
YES = {True, "yes", "true", "oui", "y", "o"}
NO = {False, "no", "false", "non", "n"}


def load_questionnaires(folder):
    result = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".yaml"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            doc = yaml.load(f, Loader=LOADER)
        if not isinstance(doc, dict) or "id" not in doc or "sections" not in doc:
            continue
        if doc.get("kind") == "budget":
            continue  # the time budget: hours, no maturity
        if doc.get("kind") == "support":
            # A supporting area is scored by medtime too (with its asked_when,
            # which reads other questionnaires); the reference scores the
            # levers only, so the ratios it gives are conservative.
            continue
        questions = []
        for section in doc["sections"]:
            for q in section["questions"]:
                questions.append(prepare_question(q))
        index = {q["id"]: i for i, q in enumerate(questions)}
        for q in questions:
            q["when"] = compile_condition(q["when"], questions, index) if q.get("when") else None
        scoring = doc.get("scoring") or {}
        result.append({"id": doc["id"], "lever": doc["lever"], "order": doc.get("order", 100),
                       "min_answered": scoring.get("min_answered", 0.75),
                       "questions": questions, "index": index})
    result.sort(key=lambda q: (q["order"], q["id"]))
    return result


def prepare_question(q):
    q = dict(q)
    q.setdefault("dimension", "none")
    q.setdefault("weight", 1)
    q["values"] = {o["id"]: o.get("value", 0) for o in q.get("options", [])}
    q["yes_value"] = q.get(True, q.get("yes", 1))
    q["no_value"] = q.get(False, q.get("no", 0))
    levels = q.get("levels") or [{"id": "none", "share": 0}, {"id": "partial", "share": 0.5},
                                 {"id": "total", "share": 1}]
    q["shares"] = {lv["id"]: lv["share"] for lv in levels}
    return q


# --- conditions -----------------------------------------------------------

TOKEN = re.compile(r"\s*(==|!=|<=|>=|<|>|\(|\)|\[|\]|,|[A-Za-z0-9_.\-]+)")


def tokenize(text):
    tokens, pos = [], 0
    text = text.strip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        tokens.append(m.group(1))
        pos = m.end()
    return tokens


def compile_condition(text, questions, index):
    tokens = tokenize(text)
    pos = [0]

    def peek():
        return tokens[pos[0]] if pos[0] < len(tokens) else None

    def take():
        pos[0] += 1
        return tokens[pos[0] - 1]

    def expr():
        left = conj()
        while peek() == "or":
            take()
            right = conj()
            left = (lambda a, b: lambda ans, shown: a(ans, shown) or b(ans, shown))(left, right)
        return left

    def conj():
        left = unary()
        while peek() == "and":
            take()
            right = unary()
            left = (lambda a, b: lambda ans, shown: a(ans, shown) and b(ans, shown))(left, right)
        return left

    def unary():
        if peek() == "not":
            take()
            inner = unary()
            return lambda ans, shown: not inner(ans, shown)
        if peek() == "(":
            take()
            inner = expr()
            take()
            return inner
        return test()

    def literal():
        tok = take()
        try:
            return float(tok)
        except ValueError:
            return tok

    def test():
        path = take().split(".")
        qi = index[path[0]]
        q = questions[qi]
        op = take()
        if op == "is":
            what = take()
            if what == "na":
                return lambda ans, shown: shown[qi] and ans[qi] == "na"
            return lambda ans, shown: shown[qi] and given(ans[qi])
        if op == "in":
            take()
            values = [literal()]
            while peek() == ",":
                take()
                values.append(literal())
            take()
        else:
            values = [literal()]
        read = reader(q, path)

        def run(ans, shown):
            if not shown[qi] or not given(ans[qi]):
                return False
            value = read(ans[qi])
            if value is None:
                return False
            if op == "has":
                return values[0] in value
            if op == "in":
                return value in values
            return compare(op, value, values[0])
        return run

    return expr()


def reader(q, path):
    kind = q["type"]
    if kind == "tasks":
        if len(path) == 3 or path[1] in ("hours", "delegable"):
            # Hours are the time budget's, which no maturity question reads.
            return lambda a: None
        return lambda a: a.get(path[1])
    if kind == "yesno":
        return lambda a: "yes" if a in YES else "no"
    if kind == "multiple":
        return lambda a: a if isinstance(a, list) else [a]
    return lambda a: a


def compare(op, a, b):
    if op == "==":
        return a == b
    if op == "!=":
        return a != b
    if op == "<":
        return a < b
    if op == "<=":
        return a <= b
    if op == ">":
        return a > b
    return a >= b


# --- scoring ---------------------------------------------------------------

def given(answer):
    return answer is not None and answer != "na"


def value_of(q, a):
    kind = q["type"]
    if kind == "single":
        return q["values"][a]
    if kind == "multiple":
        return min(1.0, sum(q["values"][o] for o in (a if isinstance(a, list) else [a])))
    if kind == "scale":
        v = (a - q["min"]) / (q["max"] - q["min"])
        return 1 - v if q.get("reverse") else v
    if kind == "yesno":
        return q["yes_value"] if a in YES else q["no_value"]
    if kind == "number":
        for band in q.get("scores", []):
            if "below" not in band or a < band["below"]:
                return band["value"]
        return 0
    if kind == "tasks":
        # {task: level}; weighted by the time budget's hours in medtime, but
        # no task table is a maturity question.
        levels = [q["shares"][t] for t in a.values() if t is not None]
        return sum(levels) / len(levels) if levels else 0
    return 0


def maturity(questionnaire, answers):
    """Maturity 0-100 of one questionnaire's answers (a dict), or None."""
    questions = questionnaire["questions"]
    ans = [answers.get(q["id"]) for q in questions]
    shown = [False] * len(questions)
    total = answered = score = 0.0
    for i, q in enumerate(questions):
        shown[i] = q["when"] is None or q["when"](ans, shown)
        if q["dimension"] != "maturity" or not shown[i] or ans[i] == "na":
            continue
        total += q["weight"]
        a = ans[i]
        if a is None or (q["type"] == "tasks" and not any(t is not None for t in a.values())):
            continue
        answered += q["weight"]
        score += q["weight"] * value_of(q, a)
    if total <= 0 or answered <= 0 or answered < questionnaire["min_answered"] * total - 1e-9:
        return None
    return 100 * score / answered


def fmt(value):
    """Two decimals, halves away from zero, a value within 1e-9 of a half
    (1e-12 relative above 1,000) counting as the half (as medtime's round_to)."""
    if value is None:
        return ""
    scaled = value * 100
    whole = math.trunc(scaled)
    if abs(abs(scaled - whole) - 0.5) <= 1e-12 * max(1e3, abs(scaled)):
        rounded = whole + (1 if scaled >= 0 else -1)
    else:
        rounded = math.floor(scaled + 0.5) if scaled >= 0 else -math.floor(-scaled + 0.5)
    return "%g" % (rounded / 100)
