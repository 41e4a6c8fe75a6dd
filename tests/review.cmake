medtime_unit_test(review)
medtime_e2e_test(review review.sh)
