"""YAML files read with their node tree kept, so every problem can name `file:line`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

# libyaml's parser when PyYAML was built with it: the same nodes and line marks, parsed in C.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or suspicious) in the content, located as `file:line`."""

    where: str
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        prefix = "" if self.severity == "error" else f"{self.severity}: "
        return f"{self.where}: {prefix}{self.message}"


class ContentError(Exception):
    """The content cannot be used; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class YamlSource:
    """A parsed YAML file: its data plus the nodes that know where each value stands."""

    path: Path
    data: Any
    node: yaml.Node | None

    def where(self, *loc: str | int) -> str:
        """`file:line` of the value at `loc` (keys and list indexes), or its nearest parent."""
        node = self.node
        for part in loc:
            child = _child(node, part)
            if child is None:
                break
            node = child
        line = node.start_mark.line + 1 if node is not None else 1
        return f"{self.path}:{line}"


def _child(node: yaml.Node | None, part: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int):
        return node.value[part] if 0 <= part < len(node.value) else None
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == str(part):
                return value
    return None


def read_yaml(path: Path, shown_as: Path) -> tuple[YamlSource | None, list[Problem]]:
    """Parse one file; a syntax error or a duplicate key becomes a located problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(f"{shown_as}:1", f"cannot read file: {exc}")]
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        return None, [Problem(f"{shown_as}:{line}", f"invalid YAML: {exc.problem or exc}")]
    finally:
        loader.dispose()
    source = YamlSource(shown_as, data, node)
    return source, _duplicate_keys(node, shown_as)


def _duplicate_keys(node: yaml.Node | None, shown_as: Path) -> list[Problem]:
    """PyYAML keeps the last of two equal keys silently; a teacher would lose the first."""
    problems: list[Problem] = []
    stack = [node] if node is not None else []
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            seen: set[str] = set()
            for key, value in current.value:
                if key.value in seen:
                    line = key.start_mark.line + 1
                    problems.append(Problem(f"{shown_as}:{line}", f"duplicate key {key.value!r}"))
                seen.add(key.value)
                stack.append(value)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
    return problems
