"""Exit codes of every command: 0 success, 1 the file has problems (listed), 2 it cannot be read or the command
is wrong, 130 interrupted with Ctrl-C (128 + SIGINT, as shells report it)."""

EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE = 0, 1, 2
EXIT_INTERRUPTED = 130
