"""The window: application start-up, main window wiring, actions, panels, dialogs, file handling."""
