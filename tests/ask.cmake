medtime_unit_test(ask)
medtime_e2e_test(ask ask.sh)
medtime_e2e_test(ask-pty ask_pty.sh)
medtime_e2e_test(ask-from-pty ask_from_pty.sh)
