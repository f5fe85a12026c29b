"""Adds examples to the intent files in `content/intents/`, keeping every comment, quote and
indentation as the author wrote them (ruamel.yaml's round trip), so a diff shows only new lines."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import utils
from ruamel.yaml import YAML

INTENTS_DIR = "intents"


@dataclass
class ExampleWrite:
    """What `add_examples` did: per intent the wordings written, and what it left out."""

    written: dict[str, list[str]] = field(default_factory=dict)
    present: dict[str, list[str]] = field(default_factory=dict)  # already an example there
    unknown: list[str] = field(default_factory=list)  # intents no file defines
    files: dict[Path, str] = field(default_factory=dict)  # changed files, with their old text


def _yaml() -> YAML:
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long example onto two lines
    yaml.indent(mapping=2, sequence=4, offset=2)  # nested lists as `  examples:\n    - ...`
    return yaml


def _dump(yaml: YAML, data: Any) -> str:
    """ruamel indents every list alike; the files keep the top-level list at column 0."""
    out = io.StringIO()
    yaml.dump(data, out)
    return "".join(line[2:] if line.startswith("  ") else line for line in out.getvalue().splitlines(True))


class LayoutError(ValueError):
    """A file whose layout the round trip would change; it is left alone."""


def add_examples(content_dir: Path, wanted: Mapping[str, Sequence[str]]) -> ExampleWrite:
    """Append each wording to its intent's `examples`, skipping wordings the intent already has."""
    result = ExampleWrite()
    left = {intent_id: list(texts) for intent_id, texts in wanted.items() if texts}
    yaml = _yaml()
    for path in sorted((content_dir / INTENTS_DIR).glob("*.yaml")):
        source = path.read_text(encoding="utf-8")
        data = yaml.load(source)
        mine = [i for i in data or [] if isinstance(i, dict) and i.get("id") in left]
        if not mine:
            continue
        if _dump(yaml, data) != source:
            raise LayoutError(f"{path}: its layout would change; add the examples by hand")
        for intent in mine:
            _append(intent, left.pop(intent["id"]), result)
        if any(result.written.get(i["id"]) for i in mine):
            result.files[path] = source
            path.write_text(_dump(yaml, data), encoding="utf-8")
    result.unknown = sorted(left)
    return result


def _append(intent: dict, texts: list[str], result: ExampleWrite) -> None:
    examples = intent["examples"]
    have = {utils.default_process(str(e)) for e in examples}
    for text in texts:
        key = utils.default_process(text)
        if key in have:
            result.present.setdefault(intent["id"], []).append(text)
            continue
        have.add(key)
        examples.append(text)
        result.written.setdefault(intent["id"], []).append(text)


def restore(write: ExampleWrite) -> None:
    """Put the files back as they were (when the content check fails afterwards)."""
    for path, source in write.files.items():
        path.write_text(source, encoding="utf-8")
