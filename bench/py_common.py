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
    """The scored questionnaires (levers, then supporting areas, by order),
    each with its questions and, for a supporting area, its asked_when
    compiled against the others (the time budget's answers included)."""
    every = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".yaml"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            doc = yaml.load(f, Loader=LOADER)
        if not isinstance(doc, dict) or "id" not in doc or "sections" not in doc:
            continue
        questions = []
        for section in doc["sections"]:
            for q in section["questions"]:
                questions.append(prepare_question(q))
        index = {q["id"]: i for i, q in enumerate(questions)}
        for q in questions:
            q["when"] = compile_condition(q["when"], questions, index) if q.get("when") else None
        scoring = doc.get("scoring") or {}
        every[doc["id"]] = {"id": doc["id"], "kind": doc.get("kind", "lever"),
                            "column": doc.get("lever", doc["id"]) + "_maturity",
                            "order": doc.get("order", 100),
                            "min_answered": scoring.get("min_answered", 0.75),
                            "asked_when": doc.get("asked_when"),
                            "questions": questions, "index": index}
    for q in every.values():
        if q["asked_when"]:
            q["asked_when"] = compile_across(q["asked_when"], every)
    result = [q for q in every.values() if q["kind"] != "budget"]  # the time budget: hours
    result.sort(key=lambda q: (q["order"], q["id"]))
    return result, every


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


def parse_condition(text, make_test):
    """A `when:` expression as a function of a context, its tests built by
    make_test(path, op, values)."""
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
            left = ("or", left, conj())
        return left

    def conj():
        left = unary()
        while peek() == "and":
            take()
            left = ("and", left, unary())
        return left

    def unary():
        if peek() == "not":
            take()
            return ("not", unary())
        if peek() == "(":
            take()
            inner = expr()
            take()
            return inner
        return ("test", test())

    def literal():
        tok = take()
        try:
            return float(tok)
        except ValueError:
            return tok

    def test():
        path = take().split(".")
        op = take()
        if op == "is":
            return make_test(path, op, [take()])
        if op == "in":
            take()
            values = [literal()]
            while peek() == ",":
                take()
                values.append(literal())
            take()
        else:
            values = [literal()]
        return make_test(path, op, values)

    return expr()


def question_test(q, qi, path, op, values):
    """A test on question `q` (at index qi) of one questionnaire's answers."""
    if op == "is":
        if values[0] == "na":
            return lambda ans, shown: shown[qi] and ans[qi] == "na"
        return lambda ans, shown: shown[qi] and given(ans[qi])
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


def compile_condition(text, questions, index):
    def make_test(path, op, values):
        qi = index[path[0]]
        return question_test(questions[qi], qi, path, op, values)

    def build(node):
        kind = node[0]
        if kind == "test":
            return node[1]
        if kind == "not":
            inner = build(node[1])
            return lambda ans, shown: not inner(ans, shown)
        a, b = build(node[1]), build(node[2])
        if kind == "or":
            return lambda ans, shown: a(ans, shown) or b(ans, shown)
        return lambda ans, shown: a(ans, shown) and b(ans, shown)
    return build(parse_condition(text, make_test))


def compile_across(text, every):
    """A supporting area's asked_when: tests name a questionnaire first; a
    questionnaire not answered at all makes its tests unknown (None), and
    and/or/not follow three-valued logic."""
    def make_test(path, op, values):
        target = every[path[0]]
        qi = target["index"][path[1]]
        inner = question_test(target["questions"][qi], qi, path[1:], op, values)
        return (target, inner)

    tree = parse_condition(text, make_test)

    def run(node, answers, views):
        kind = node[0]
        if kind == "test":
            target, inner = node[1]
            if target["id"] not in answers:
                return None
            view = views.get(target["id"])
            if view is None:
                view = views[target["id"]] = applicability(target, answers[target["id"]] or {})
            return inner(*view)
        if kind == "not":
            inner = run(node[1], answers, views)
            return None if inner is None else not inner
        left, right = run(node[1], answers, views), run(node[2], answers, views)
        if kind == "and":
            if left is False or right is False:
                return False
            return True if left and right else None
        if left or right:
            return True
        return False if left is False and right is False else None
    return lambda answers, views: run(tree, answers, views)


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


def applicability(questionnaire, answers):
    """The answers of one questionnaire (a dict) as a list, and which
    questions apply (their `when:` holds)."""
    questions = questionnaire["questions"]
    ans = [answers.get(q["id"]) for q in questions]
    shown = [False] * len(questions)
    for i, q in enumerate(questions):
        shown[i] = q["when"] is None or q["when"](ans, shown)
    return ans, shown


def maturity(questionnaire, answers, views=None):
    """Maturity 0-100 of one questionnaire's answers (a dict), or None."""
    questions = questionnaire["questions"]
    ans, shown = applicability(questionnaire, answers)
    total = answered = score = 0.0
    for i, q in enumerate(questions):
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


def maturity_cells(questionnaires, answers):
    """One row's maturity cells: empty for a questionnaire not answered, or
    a supporting area whose asked_when is false (not concerned)."""
    views = {}
    cells = []
    for q in questionnaires:
        if q["id"] not in answers:
            cells.append("")
        elif q["asked_when"] and q["asked_when"](answers, views) is False:
            cells.append("")
        else:
            cells.append(fmt(maturity(q, answers[q["id"]] or {})))
    return cells


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
