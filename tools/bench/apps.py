from django.apps import AppConfig


class BenchConfig(AppConfig):
    """The benchmark's management commands, installed by the bench settings alone."""

    name = "tools.bench"
    label = "tools_bench"
