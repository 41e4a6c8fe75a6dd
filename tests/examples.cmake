medtime_unit_test(examples)
