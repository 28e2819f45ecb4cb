"""``python -m opsflow_desktop``: the command line (the window arrives with the canvas)."""

import sys

from .cli import main

sys.exit(main())
