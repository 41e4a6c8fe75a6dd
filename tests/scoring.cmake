medtime_unit_test(scoring)
