# medtime report: unit tests of the priority, the report model and its
# renderers; end to end, the golden files of the four formats, the HTML
# parsed, the formats cross-checked.
medtime_unit_test(report)
medtime_e2e_test(report report.sh)
