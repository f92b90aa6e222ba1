"""Drill results and the table `make faults` prints."""

from dataclasses import dataclass, field

from .load import errors_by_status


@dataclass
class DrillResult:
    """What one drill saw, and which of its pass criteria failed (none: it passed)."""

    title: str
    criterion: str
    outcomes: list = field(default_factory=list)
    recovery: float | None = None
    problems: list = field(default_factory=list)
    notes: list = field(default_factory=list)

    @property
    def passed(self):
        return not self.problems

    def row(self):
        failed = [outcome for outcome in self.outcomes if outcome.failed]
        slowest = f"{max(outcome.elapsed for outcome in failed):.2f} s" if failed else "–"
        recovery = "–" if self.recovery is None else f"{self.recovery:.1f} s"
        result = "pass" if self.passed else "**FAIL**"
        cells = [self.title, str(len(self.outcomes)), errors_by_status(self.outcomes), slowest, recovery]
        return cells + [self.criterion, result]


HEADER = ["Drill", "Requests", "Errors by status", "Slowest error", "Recovery", "Pass criterion", "Result"]


def table(results):
    """A Markdown table, so the output can be pasted into the README as it is."""
    rows = [HEADER, ["---", "---:", "---", "---:", "---:", "---", "---"]]
    rows += [result.row() for result in results]
    return "\n".join("| " + " | ".join(cells) + " |" for cells in rows)


def details(results):
    lines = []
    for result in results:
        for note in result.notes:
            lines.append(f"- {result.title}: {note}")
        for problem in result.problems:
            lines.append(f"- {result.title}: FAILED: {problem}")
    return "\n".join(lines)
