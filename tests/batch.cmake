medtime_unit_test(batch)
medtime_e2e_test(batch batch.sh)
medtime_e2e_test(campagne campagne.sh)
