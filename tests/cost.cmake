# The cost-benefit sheet: unit tests of lib/cost and its renderers, and the
# command end to end.
medtime_unit_test(cost)
medtime_e2e_test(cost cost.sh)
