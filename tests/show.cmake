medtime_unit_test(show)
