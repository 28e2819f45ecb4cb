"""Element identifiers: short, readable, unique across a whole project."""

from __future__ import annotations

import secrets

# 48 random bits: the chance of a collision among a million elements is below 1e-3 %.
_ID_BYTES = 6


def new_id(prefix: str) -> str:
    """A fresh id such as ``step_3fa91c0b22de``; the prefix tells a reader what it names."""
    return f"{prefix}_{secrets.token_hex(_ID_BYTES)}"
