"""Chinese renders with the bundled font even where the machine has no font at all."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

PROGRAM = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFontDatabase, QImage, QPainter
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    system_cjk = [f for f in QFontDatabase.families() if "CJK" in f or "SC" in f or "Hei" in f]
    from opsflow_desktop.canvas.fonts import register_bundled_fonts
    from opsflow_desktop.canvas.render import render_map
    from opsflow_desktop.editing import DocumentEditor
    from opsflow_desktop.io import load_document
    from opsflow_desktop.paths import sample_project
    print("bundled", register_bundled_fonts())
    print("system_cjk", system_cjk)
    doc = load_document(sample_project())
    editor = DocumentEditor(doc)
    current = doc.maps[0]
    step = next(s for s in current.steps if s.name == "选品会")
    image = render_map(editor, current.id)
    image.save(sys.argv[1] + "/sample.png")
    # the same map with the step's name made of a character no font has (it renders as a box)
    editor.set_fields(step.id, {"name": "\\U0010fffd\\U0010fffd\\U0010fffd"})
    boxes = render_map(editor, current.id)
    boxes.save(sys.argv[1] + "/boxes.png")
    # where the step's name is drawn, in image coordinates (render adds 110+20 left, 30+20 top)
    left = min(s.x for s in current.steps) - 20 - 110
    top = min(0, min(s.y for s in current.steps)) - 20 - 30
    box = QRectF(step.x - left, step.y - top, step.width, step.height).toRect()
    a, b = image.copy(box), boxes.copy(box)
    def ink(img):
        return sum(1 for x in range(img.width()) for y in range(img.height())
                   if img.pixelColor(x, y).lightness() < 120)
    differ = sum(1 for x in range(a.width()) for y in range(a.height()) if a.pixelColor(x, y) != b.pixelColor(x, y))
    print("ink", ink(a), ink(b), "differ", differ)
""")


def test_sample_map_renders_real_chinese_glyphs_without_system_fonts(tmp_path):
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        f"<?xml version='1.0'?><fontconfig><dir>{tmp_path / 'no-fonts'}</dir>"
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>"
    )
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "FONTCONFIG_FILE": str(conf),
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(tmp_path)], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert "Noto Sans SC OpsFlow" in lines["bundled"]
    assert lines["system_cjk"] == "[]", "the check must run without any system CJK font"
    ink_text, ink_boxes, _, differ = lines["ink"].split()
    assert int(ink_text) > 40, "the step name left ink on the picture"
    assert int(differ) > 40, "real glyphs look different from the boxes of a missing character"
