"""``python -m opsflow_desktop [FILE]`` opens the window; ``python -m opsflow_desktop COMMAND ...`` is the CLI."""

import sys

from opsflow_desktop.cli.main import (  # absolute: also run as a script by the bundle
    COMMANDS,
    main,
)

if len(sys.argv) > 1 and sys.argv[1] in COMMANDS or any(a in ("-h", "--help", "--version") for a in sys.argv[1:]):
    sys.exit(main())

from opsflow_desktop.app.main import run  # noqa: E402 - only load Qt when the window is wanted

sys.exit(run())
