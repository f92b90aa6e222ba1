"""Fault drills (`make faults`): the portal served as in production, broken one part at a time."""
