"""The `tutorbot` command: run the bot, chat in the terminal, batch-match, check content, evaluate."""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError

from bot.content import ContentError, check_content
from bot.settings import Settings, StartupError

Command = Callable[[argparse.Namespace, Settings], int]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tutorbot", description=__doc__)
    parser.add_argument("--content", type=Path, help="content folder (default: CONTENT_DIR or ./content)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("run", help="run the Telegram bot (long polling, or webhook with WEBHOOK_URL)")
    commands.add_parser("chat", help="talk to the tutor in this terminal (no token needed)")
    ask = commands.add_parser("ask", help="match questions from stdin, one per line")
    ask.add_argument("--jsonl", action="store_true", required=True, help="write one JSON object per line")
    ask.add_argument(
        "--workers",
        type=_positive,
        default=usable_cpus(),
        help="processes sharing a big batch (default: the CPUs this process may use)",
    )
    commands.add_parser("check", help="validate the content folder")
    evaluate = commands.add_parser(
        "eval", help="accuracy on a labelled question set, or per turn on a set of dialogues"
    )
    evaluate.add_argument("file", type=Path, nargs="?", default=Path("tests/data/dev.jsonl"))
    evaluate.add_argument("--json", action="store_true", help="print the report as JSON")
    report = commands.add_parser("report", help="the most frequent unanswered questions")
    report.add_argument("--limit", type=int, default=20)
    learned = commands.add_parser("learned", help="examples authors added from unanswered questions")
    learned_commands = learned.add_subparsers(dest="learned_command", required=True, metavar="ACTION")
    learned_commands.add_parser("export", help="write them into the content YAML (comments and layout kept)")
    database = commands.add_parser("db", help="the database schema (Alembic migrations)")
    database.add_argument("action", choices=["upgrade", "current"], help="migrate to the newest, or show it")
    args = parser.parse_args(argv)

    try:
        settings = Settings()
    except ValidationError as exc:
        for error in exc.errors():
            message = error["msg"].removeprefix("Value error, ")
            print(f"setting {'.'.join(map(str, error['loc'])).upper()}: {message}", file=sys.stderr)
        return 2
    if args.content:
        settings = settings.model_copy(update={"content_dir": args.content})
    try:
        return _COMMANDS[args.command](args, settings)
    except ContentError as exc:
        print(exc, file=sys.stderr)
        print("The content has errors: fix them, then run `tutorbot check`.", file=sys.stderr)
        return 1
    except StartupError as exc:
        print(exc, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def usable_cpus() -> int:
    """The CPUs this process may run on: the default number of `ask --jsonl` workers."""
    if hasattr(os, "sched_getaffinity"):  # Linux: a container or taskset may allow fewer than the machine has
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _positive(value: str) -> int:
    number = int(value) if value.strip().isdigit() else 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number, 1 or more, not {value!r}")
    return number


def _with_database(command: Command) -> Command:
    """A command that opens the database: one it cannot reach is a start-up error naming DATABASE_URL.
    The database layer is imported here, so `ask` and `check` start without it."""

    @functools.wraps(command)
    def run(args: argparse.Namespace, settings: Settings) -> int:
        from bot.store import DatabaseUnavailable

        try:
            return command(args, settings)
        except DatabaseUnavailable as exc:
            message = f"DATABASE_URL: {exc}. Start the database server, or correct DATABASE_URL."
            raise StartupError(message) from None

    return run


def _run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.store import InstanceAlreadyRunning, hold_instance_lock
    from bot.telegram.app import run_bot

    try:
        hold_instance_lock(settings.database_url)  # SQLite: one bot per file; held until the process ends
    except InstanceAlreadyRunning as exc:
        raise StartupError(str(exc)) from None
    return run_bot(settings)


def _chat(args: argparse.Namespace, settings: Settings) -> int:
    from bot.terminal import chat

    return asyncio.run(chat(settings))


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    from bot.batch import answer_lines
    from bot.content import load_content
    from bot.nlp.build import build_matcher

    matcher = build_matcher(load_content(settings.content_dir))
    out = sys.stdout
    # At a terminal each question is answered as it is typed; worker processes wait for a chunk of lines.
    workers = 1 if sys.stdin.isatty() else args.workers
    for line in answer_lines(matcher, sys.stdin.buffer, workers):
        out.write(line + "\n")
    out.flush()
    return 0


def _check(args: argparse.Namespace, settings: Settings) -> int:
    files, problems = check_content(settings.content_dir)
    if files.lexicon and not any(p.severity == "error" for p in problems):
        from bot.content.loader import assemble
        from bot.nlp.build import build_matcher
        from bot.nlp.lexicon_check import lexicon_conflicts

        content = assemble(files, problems)
        lexicon = files.lexicon
        problems += lexicon_conflicts(content, build_matcher(content), lambda *key: lexicon.where(*key))
    for problem in problems:
        print(problem)
    errors = sum(p.severity == "error" for p in problems)
    if errors:
        print(f"{errors} error(s): the bot will not start until they are fixed.", file=sys.stderr)
        return 1
    print(
        f"content OK: {len(files.intents)} intents, {len(files.quiz)} quiz questions, "
        f"{len(files.comparison.model.scenarios) if files.comparison else 0} scenarios"
        f"{f', {len(problems)} warning(s)' if problems else ''}"
    )
    return 0


def _eval(args: argparse.Namespace, settings: Settings) -> int:
    from bot.content import load_content
    from bot.evaluation import (
        evaluate,
        evaluate_dialogues,
        format_report,
        is_dialogue_file,
        read_dialogues,
        read_labelled,
    )
    from bot.nlp.build import build_matcher

    content = load_content(settings.content_dir)
    matcher = build_matcher(content)
    if is_dialogue_file(args.file):
        report = evaluate_dialogues(content, matcher, read_dialogues(args.file))
    else:
        report = evaluate(matcher, read_labelled(args.file))
    print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2) if args.json else format_report(report))
    return 0


def _report(args: argparse.Namespace, settings: Settings) -> int:
    from bot.store import Database, UnansweredLog

    async def show() -> None:
        db = await Database(settings.database_url).open()
        try:
            found = await UnansweredLog(db).most_frequent(args.limit)
        finally:
            await db.close()
        if not found:
            print("No unanswered questions yet.")
        for summary in found:
            print(f"{summary.count:5d}  {summary.text}")

    asyncio.run(show())
    return 0


def _learned(args: argparse.Namespace, settings: Settings) -> int:
    from bot.content.writer import LayoutError, add_examples, restore
    from bot.store import Database, LearnedExamples

    async def export() -> int:
        db = await Database(settings.database_url).open()
        try:
            store = LearnedExamples(db)
            pending = await store.not_exported()
            wanted: dict[str, list[str]] = {}
            for example in pending:
                wanted.setdefault(example.intent_id, []).append(example.text)
            try:
                write = add_examples(settings.content_dir, wanted)
            except LayoutError as exc:
                print(exc, file=sys.stderr)
                return 1
            errors = [p for p in check_content(settings.content_dir)[1] if p.severity == "error"]
            if errors:
                restore(write)
                print("\n".join(map(str, errors)), file=sys.stderr)
                print("Nothing was written: the content check would fail.", file=sys.stderr)
                return 1
            done = [e.id for e in pending if e.intent_id not in write.unknown]
            await store.mark_exported(done, datetime.now(UTC))
        finally:
            await db.close()
        for intent_id, texts in write.written.items():
            print(f"{intent_id}: +{len(texts)} example(s)")
        for intent_id in write.unknown:
            print(f"{intent_id}: no such intent in {settings.content_dir}; kept for later", file=sys.stderr)
        print(f"{sum(map(len, write.written.values()))} example(s) written to {len(write.files)} file(s).")
        return 0

    return asyncio.run(export())


def _db(args: argparse.Namespace, settings: Settings) -> int:
    from bot.store import Database
    from bot.store.migrate import head_revision

    async def act() -> str | None:
        db = Database(settings.database_url)
        try:
            if args.action == "upgrade":
                await db.open()
            return await db.revision()
        finally:
            await db.close()

    revision = asyncio.run(act())
    head = head_revision()
    print(f"{revision or 'none (empty database)'}{' (head)' if revision == head else f' (newest: {head})'}")
    return 0


_COMMANDS: dict[str, Command] = {
    "run": _with_database(_run),
    "chat": _with_database(_chat),
    "ask": _ask,
    "check": _check,
    "eval": _eval,
    "report": _with_database(_report),
    "learned": _with_database(_learned),
    "db": _with_database(_db),
}

if __name__ == "__main__":
    raise SystemExit(main())
