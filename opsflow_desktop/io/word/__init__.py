"""The Word process manual: manual.py writes it, chapter by chapter (front, body, procedure, controls,
appendix), through builder.py and ooxml.py (table XML written as text for speed), styles.py (page, fonts,
header and footer) and page_plan.py (how the map pictures are cut into readable pages)."""
