# End-to-end tests: each script runs the built commands (see tests/e2e/lib.sh).
medtime_e2e_test(medtime medtime.sh)
medtime_e2e_test(list list.sh)
medtime_e2e_test(show show.sh)
medtime_e2e_test(template template.sh)
medtime_e2e_test(score score.sh)
medtime_e2e_test(bad_input bad_input.sh)
medtime_e2e_test(check check.sh)
medtime_e2e_test(content content.sh)
