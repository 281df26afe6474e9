"""JSON Schemas of the records, generated from records.py (the single source)."""

from __future__ import annotations

import json
from pathlib import Path

from .records import SCHEMA_MODELS


def schema_texts() -> dict[str, str]:
    """File name -> JSON Schema text for every record model."""
    return {
        f"{name}.schema.json": json.dumps(model.model_json_schema(), indent=2, sort_keys=True) + "\n"
        for name, model in SCHEMA_MODELS.items()
    }


def write_schemas(out_dir: Path) -> list[Path]:
    """Write every schema into ``out_dir``; return the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_texts().items():
        path = out_dir / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
