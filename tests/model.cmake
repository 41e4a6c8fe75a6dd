medtime_unit_test(model)
