"""Figures that tests measure (cases checked, requests sent), shown after the run's summary.

A test records them with `record_property("figures", (title, lines))`. Properties travel with
each test's report, so they reach the summary also from the processes of a parallel run, where
a test's own output is not shown; of one title the last report counts.
"""


def recorded_figures(reports):
    figures = {}
    for report in reports:
        if getattr(report, "when", None) != "teardown":  # holds everything the test recorded
            continue
        for name, value in report.user_properties:
            if name == "figures":
                title, lines = value
                figures[title] = lines
    return figures


def show_figures(terminalreporter):
    reports = [report for category in terminalreporter.stats.values() for report in category]
    for title, lines in recorded_figures(reports).items():
        terminalreporter.section(title)
        for line in lines:
            terminalreporter.write_line(line)
