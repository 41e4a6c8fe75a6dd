medtime_unit_test(render)
