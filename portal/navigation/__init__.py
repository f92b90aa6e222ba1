"""The parts around every page: main navigation and footer."""
