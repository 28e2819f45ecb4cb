"""The stress campaign runs only under `make stress` (OPSFLOW_STRESS=1): `make test` stays fast."""

from __future__ import annotations

import os
from pathlib import Path


def pytest_ignore_collect(collection_path: Path, config: object) -> bool | None:
    if os.environ.get("OPSFLOW_STRESS") == "1":
        return None
    return collection_path.suffix == ".py" and collection_path.name.startswith("test_")
