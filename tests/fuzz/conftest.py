from .probe import REPORT


def pytest_terminal_summary(terminalreporter):
    """The fuzzer's figures, whenever its tests ran."""
    if REPORT.requests:
        terminalreporter.section("fuzzer")
        for line in REPORT.lines():
            terminalreporter.write_line(line)
