"""The Excel workbook: the planning tables and registers we write (writer.py, with styles.py), and hand-made
planning tables we read (reader.py)."""
