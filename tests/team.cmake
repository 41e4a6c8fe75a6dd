medtime_unit_test(team)
medtime_e2e_test(team team.sh)
