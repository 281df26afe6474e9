"""Output files: locked for one run, cut back to whole lines when a write fails."""

import errno
import subprocess
import sys

import pytest

from extractor.errors import OutputError
from extractor.output import LineFile, open_locked


class _FullDisk:
    """A file that takes ``room`` more bytes, then fails as a full disk does (after a short write)."""

    def __init__(self, fh, room: int):
        self.fh, self.room = fh, room

    def write(self, data) -> int:
        if self.room <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        taken = self.fh.write(data[: self.room])
        self.room -= taken
        return taken

    def __getattr__(self, name):
        return getattr(self.fh, name)


def test_a_failed_write_is_cut_back_to_the_last_whole_block(tmp_path):
    path = tmp_path / "claims.jsonl"
    out = LineFile(path)
    out.write_lines(['{"a": 1}', '{"b": 2}'])
    out._fh = _FullDisk(out._fh, room=12)
    with pytest.raises(OutputError, match=r"claims.jsonl: cannot write: No space left on device"):
        out.write_lines(['{"c": 3}', '{"d": 4}'])
    out.close()
    assert path.read_bytes() == b'{"a": 1}\n{"b": 2}\n' and out.size == 18


def test_a_second_process_cannot_lock_an_output_being_written(tmp_path):
    path = tmp_path / "claims.jsonl"
    held = open_locked(path)
    try:
        code = ("import sys; from extractor.output import open_locked; from extractor.errors import OutputError\n"
                "try:\n    open_locked(__import__('pathlib').Path(sys.argv[1]))\n"
                "except OutputError as e:\n    print(e); sys.exit(3)\n")
        proc = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60)
        assert proc.returncode == 3
        assert proc.stdout == f"{path}: another extractor run is writing it; wait for it to end or choose another -o\n"
    finally:
        held.close()
    proc = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
