"""What a user installs from a wheel: the templates, styles and script travel with the code and render."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from .conftest import ROOT

TEMPLATES = ROOT / "extractor" / "report" / "templates"


def test_a_wheel_carries_the_templates_and_renders_from_them(sample, tmp_path):
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
                           capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    [wheel] = tmp_path.glob("extractor-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {f"extractor/report/templates/{p.name}" for p in TEMPLATES.iterdir() if p.is_file()}
    assert shipped and shipped <= names

    installed = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(installed)
    out = tmp_path / "r.html"
    script = ("import extractor, sys; from extractor.cli import main; print(extractor.__file__); "
              f"sys.exit(main(['report', {str(sample.claims)!r}, {str(sample.verdicts)!r}, '-o', {str(out)!r}, '-q']))")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path,
                         env={"PYTHONPATH": str(installed), "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr
    assert Path(run.stdout.strip()).is_relative_to(installed)  # the wheel's copy, not the source tree
    assert out.read_text(encoding="utf-8").count('class="marker ') == 13
