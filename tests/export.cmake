medtime_unit_test(export)
medtime_e2e_test(export export.sh)
