medtime_unit_test(yaml)
