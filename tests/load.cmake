medtime_unit_test(load)
