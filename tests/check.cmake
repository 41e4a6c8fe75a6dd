medtime_unit_test(check)
