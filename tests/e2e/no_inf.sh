#!/usr/bin/env bash
# End-to-end test of issue 20, item 11: every number of a plan and of a
# parameter set has a range, so that no output shows `inf` or `nan`. The
# values at the ends of the ranges go through every format of `cost`; the
# tiny positive values that gave `inf` are refused with their position.
# Prints nothing on success.
source "$(dirname "$0")/lib.sh"
cd "$TMP"
PARAMS="$MEDTIME_SRC/parameters/fr-2026.yaml"

# expect_finite: no output word is inf or nan (in any case, any language).
expect_finite() {
  if grep -qiwE 'inf|infinity|nan|-nan' "$OUT" "$ERR"; then
    fail "inf or nan in the output: $(grep -iwE 'inf|infinity|nan' "$OUT" "$ERR" | head -3)"
  fi
}

# A plan at the edges: the smallest divisors, the smallest fte and share,
# hours at their largest, and the parameter set with its own divisors at 1.
python3 - "$PARAMS" <<'PY' >edge-params.yaml
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
text = text.replace("id: fr-2026", "id: edge-params", 1)
for key in ("consultation_fee", "consultation_minutes", "weeks_per_year", "doctor_hours_per_week",
            "hours_per_fte", "smic_hourly", "phone_calls_per_hour",
            "secretary_gross_monthly", "assistant_medical_gross_monthly", "nurse_gross_monthly"):
    text, n = re.subn(rf"(\n  {key}:\n    value: )[0-9.]+", rf"\g<1>1", text)
    assert n == 1, key
print(text, end="")
PY
cat >edge.yaml <<'YAML'
parameters: edge-params.yaml
doctor: {consultation_fee: 1, consultation_minutes: 1, weeks_per_year: 1, reinvest_share: 1}
staff:
  - {id: am, role: assistant_medical, fte: 0.01, gross_monthly: 1}
  - {id: p, role: shared, fte: 0.01, share: 0.01}
  - {id: t, role: provider, calls_per_month: 0}
tasks:
  - {id: a, hours_per_week: 168, share: 1, to: am}
  - {id: b, hours_per_week: 0, share: 0, to: p}
  - {id: c, hours_per_week: 0, share: 1, to: t}
supervision_hours_per_week: 0
setup_hours: 0
YAML
for format in text md csv json html; do
  run medtime-cost --plan edge.yaml --format "$format"
  expect_rc 0
  expect_finite
done
run medtime-cost --plan edge.yaml --explain
expect_rc 0
expect_finite
run medtime-cost --plan edge.yaml --emit-plan
expect_rc 0
expect_finite

# The values that gave inf: refused where they stand.
tasks='tasks: [{id: a, hours_per_week: 2, share: 1}]'
printf 'doctor: {weeks_per_year: 1e-320}\n%s\n' "$tasks" >tiny.yaml
run medtime-cost --plan tiny.yaml
expect_rc 1
expect_err_has "tiny.yaml:1:26: erreur E080 : "
expect_err_has "« weeks_per_year » doit être entre 1 et 52, pas « 1e-320 »"
printf 'doctor: {consultation_minutes: 0.001}\n%s\n' "$tasks" >tiny.yaml
run medtime-cost --plan tiny.yaml
expect_rc 1
expect_err_has "tiny.yaml:1:32: erreur E080 : "
expect_err_has "« consultation_minutes » doit être entre 1 et 120, pas « 0.001 »"
printf 'staff: [{id: s, role: secretary, fte: 1e-300}]\n%s\n' "$tasks" >tiny.yaml
run medtime-cost --plan tiny.yaml
expect_rc 1
expect_err_has "tiny.yaml:1:39: erreur E080 : "
expect_err_has "« fte » doit être entre 0.01 et 1, pas « 1e-300 »"
python3 -c '
import re, sys
t = open(sys.argv[1], encoding="utf-8").read()
print(re.sub(r"(\n  hours_per_fte:\n    value: )[0-9.]+", r"\g<1>1e-320", t), end="")' "$PARAMS" >tiny-params.yaml
run medtime-check tiny-params.yaml
expect_rc 1
expect_err_has 'tiny-params.yaml:'
expect_err_has ': erreur E080 : '
expect_err_has '« value » doit être entre 1 et 48, pas « 1e-320 »'
