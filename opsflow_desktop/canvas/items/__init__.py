"""Graphics items: steps, flows and the far-zoom sketch."""
