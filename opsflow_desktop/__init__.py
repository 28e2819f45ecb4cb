"""OpsFlow Desktop: offline process mapping for process specialists."""

__version__ = "0.1.0"
