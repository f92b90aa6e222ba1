"""How long the fuzzer runs: a fixed seed and a bounded number of examples, so CI is repeatable."""

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, seed, settings
from hypothesis.configuration import set_hypothesis_home_dir

# Examples per surface; FUZZ_EXAMPLES=2000 runs it longer, FUZZ_SEED=<n> explores other inputs.
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "300"))
SEED = os.environ.get("FUZZ_SEED")

# Hypothesis also caches what it learns about the code under test: outside the repository.
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "portal-hypothesis")


def fuzz_settings(share=1.0):
    """Deterministic unless FUZZ_SEED is set; no example database, so nothing is written to disk."""
    chosen = settings(
        max_examples=max(1, int(EXAMPLES * share)),
        derandomize=SEED is None,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )

    def apply(test):
        test = chosen(test)
        return seed(int(SEED))(test) if SEED is not None else test

    return apply
