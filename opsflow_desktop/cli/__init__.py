"""The command line: the same engine as the window, without a window; one module per command.

main.py parses and dispatches; info, validate, analyze, verify, export and import_table each add their
subcommand. Users never see a traceback; set OPSFLOW_DEBUG=1 to get one.
"""

from .main import COMMANDS, build_parser, main

__all__ = ["COMMANDS", "build_parser", "main"]
