"""Reads `content/` in steps: YAML with lines, schema, cross-file rules, then typed `Content`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from bot.content.models import Comparison, Group, Intent, Lexicon, Messages, OutOfScope, QuizItem
from bot.content.yamlsource import ContentError, Problem, YamlSource, read_yaml

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Located(Generic[M]):
    """A validated object together with the file it came from, for later rules to point at."""

    model: M
    source: YamlSource
    loc: tuple[str | int, ...]

    def where(self, *sub: str | int) -> str:
        return self.source.where(*self.loc, *sub)


@dataclass(frozen=True)
class Content:
    """Everything the tutor knows, validated."""

    groups: tuple[Group, ...]
    intents: dict[str, Intent]
    quiz: tuple[QuizItem, ...]
    comparison: Comparison
    lexicon: Lexicon
    messages: Messages
    out_of_scope: tuple[str, ...] = ()
    warnings: tuple[Problem, ...] = ()

    def group(self, group_id: str) -> Group:
        """The group with this id; KeyError for an unknown one (an old button, say)."""
        for group in self.groups:
            if group.id == group_id:
                return group
        raise KeyError(group_id)

    def intents_in(self, group_id: str) -> list[Intent]:
        return [i for i in self.intents.values() if i.group == group_id]


@dataclass
class LoadedFiles:
    """The located objects of every file, before the cross-file rules run."""

    groups: list[Located[Group]] = field(default_factory=list)
    intents: list[Located[Intent]] = field(default_factory=list)
    quiz: list[Located[QuizItem]] = field(default_factory=list)
    comparison: Located[Comparison] | None = None
    lexicon: Located[Lexicon] | None = None
    messages: Located[Messages] | None = None
    out_of_scope: Located[OutOfScope] | None = None


def check_content(root: Path) -> tuple[LoadedFiles, list[Problem]]:
    """Read every file, then (only if each one is sound) apply the cross-file rules.

    A file that does not parse would otherwise drown its own error in a flood of
    "missing intent" and "unknown id" messages from the rules that depend on it.
    """
    from bot.content.checks import run_checks

    files, problems = read_files(root)
    if not any(p.severity == "error" for p in problems):
        problems += run_checks(files)
    return files, problems


def load_content(root: Path) -> Content:
    """Load and check `root`; raise ContentError listing every error (warnings are kept)."""
    return assemble(*check_content(root))


def assemble(files: LoadedFiles, problems: list[Problem]) -> Content:
    """Checked files as the tutor's Content; ContentError listing every error (warnings are kept)."""
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise ContentError(errors)
    assert files.comparison
    assert files.lexicon
    assert files.messages
    return Content(
        groups=tuple(g.model for g in files.groups),
        intents={i.model.id: i.model for i in files.intents},
        quiz=tuple(q.model for q in files.quiz),
        comparison=files.comparison.model,
        lexicon=files.lexicon.model,
        messages=files.messages.model,
        out_of_scope=tuple(files.out_of_scope.model.root) if files.out_of_scope else (),
        warnings=tuple(p for p in problems if p.severity != "error"),
    )


def read_files(root: Path) -> tuple[LoadedFiles, list[Problem]]:
    files = LoadedFiles()
    problems: list[Problem] = []
    if not root.is_dir():
        return files, [Problem(f"{root}:1", "content folder not found")]

    def source(path: Path) -> YamlSource | None:
        parsed, found = read_yaml(path, _shown(path))
        problems.extend(found)
        return parsed

    def folder(name: str) -> list[Path]:
        paths = sorted((root / name).glob("*.yaml"))
        if not paths:
            problems.append(Problem(f"{_shown(root / name)}:1", "no .yaml files found"))
        return paths

    if src := _required(root / "groups.yaml", problems) and source(root / "groups.yaml"):
        files.groups = _list_of(Group, src, problems)
    for path in folder("intents"):
        if src := source(path):
            files.intents += _list_of(Intent, src, problems)
    for path in folder("quiz"):
        if src := source(path):
            files.quiz += _list_of(QuizItem, src, problems)
    for name, model in (("comparison", Comparison), ("lexicon", Lexicon), ("messages", Messages)):
        path = root / f"{name}.yaml"
        if _required(path, problems) and (src := source(path)):
            setattr(files, name, _one(model, src, problems))
    optional = root / "out_of_scope.yaml"
    if optional.is_file() and (src := source(optional)):
        files.out_of_scope = _validate(OutOfScope, src, (), problems)
    return files, problems


def _shown(path: Path) -> Path:
    """Paths relative to the working directory when possible: what an editor can open."""
    try:
        return path.resolve().relative_to(Path.cwd())
    except ValueError:
        return path


def _required(path: Path, problems: list[Problem]) -> bool:
    if path.is_file():
        return True
    problems.append(Problem(f"{_shown(path)}:1", "required file is missing"))
    return False


def _list_of(model: type[M], src: YamlSource, problems: list[Problem]) -> list[Located[M]]:
    if not isinstance(src.data, list):
        problems.append(Problem(src.where(), "expected a list of items (each starting with '- ')"))
        return []
    items = []
    for index in range(len(src.data)):
        if (item := _validate(model, src, (index,), problems)) is not None:
            items.append(item)
    return items


def _one(model: type[M], src: YamlSource, problems: list[Problem]) -> Located[M] | None:
    if not isinstance(src.data, dict):
        problems.append(Problem(src.where(), "expected a mapping (key: value lines)"))
        return None
    return _validate(model, src, (), problems)


def _validate(
    model: type[M], src: YamlSource, loc: tuple[int, ...], problems: list[Problem]
) -> Located[M] | None:
    data: Any = src.data
    for part in loc:
        data = data[part]
    try:
        return Located(model.model_validate(data), src, loc)
    except ValidationError as exc:
        label = _label(data)
        for error in exc.errors():
            path = tuple(error["loc"])
            field_name = ".".join(str(p) for p in path) or "item"
            problems.append(Problem(src.where(*loc, *path), f"{label}{field_name}: {error['msg']}"))
        return None


def _label(data: Any) -> str:
    if isinstance(data, dict) and isinstance(data.get("id"), str):
        return f"{data['id']}: "
    return ""
