medtime_unit_test(util)
