"""Dock panels: palette, properties, overview."""
