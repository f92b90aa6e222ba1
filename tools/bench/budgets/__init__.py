"""Each installed app's page types, budgets and fillers, in one module per app.

`tools/bench/budgets/<app label>.py` registers them (tools.bench.registry's decorators) when
it is imported; `discover()` imports those of the installed apps, in INSTALLED_APPS order, as
the fillers must run in that order.
"""

import importlib
import importlib.util

from django.apps import apps


def discover():
    """Import the budget module of every installed app that has one; returns their names."""
    found = []
    for app in apps.get_app_configs():
        name = f"{__name__}.{app.label}"
        if importlib.util.find_spec(name) is not None:
            importlib.import_module(name)
            found.append(name)
    return found
