"""The benchmark and drill harness behind `make bench` and `make faults`.

Not an installed app of the portal and never imported by production code: it imports the
portal and its apps, never the other way round. `bench/` measures pages against budgets,
`drills/` breaks a served portal one part at a time, `servers/` starts what both serve with.
"""
