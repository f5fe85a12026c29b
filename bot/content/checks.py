"""Cross-file rules, one small function each; every problem names the file and line."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from rapidfuzz import fuzz, process, utils

from bot.content.loader import LoadedFiles
from bot.content.markup import html_problems, visible_text
from bot.content.models import ANSWER_LIMIT, HELP_INTENT, MESSAGE_LIMIT
from bot.content.yamlsource import Problem

# The contract in shared/design/curriculum.md: outside checks ask for these ids.
REQUIRED_INTENTS = (
    "sapaan", "terima_kasih", "pamit", "bantuan", "tentang_bot",
    "bilateral_definisi", "bilateral_pihak", "bilateral_bentuk_perjanjian", "bilateral_bidang",
    "bilateral_manfaat", "bilateral_contoh",
    "diplomasi_bilateral_definisi", "diplomasi_bilateral_pentingnya", "diplomasi_bilateral_cara",
    "diplomasi_bilateral_perselisihan", "kerangka_regional_multilateral", "aktor_non_negara",
    "vcdr_definisi", "vcdr_fungsi_misi",
    "tujuan_hubungan_internasional", "bentuk_kerja_sama", "regional_definisi", "regional_manfaat",
    "regional_contoh", "multilateral_definisi", "multilateral_contoh", "perbandingan",
    "indonesia_jumlah_mitra", "indonesia_kawasan_mitra", "indonesia_awal_hubungan",
    "org_pbb", "org_imf", "org_wto", "org_ilo", "org_fao", "org_afta", "org_ecosoc", "org_oki",
    "org_gnb", "org_asean",
)  # fmt: skip

# Removing these would merge questions that mean different things ("apa itu" vs "mengapa").
PROTECTED_WORDS = frozenset(
    {"apa", "apakah", "mengapa", "kenapa", "bagaimana", "gimana", "kapan", "siapa", "dimana",
     "mana", "berapa", "dua", "tiga", "banyak", "kerja", "sama", "pihak", "negara", "bilateral",
     "regional", "multilateral", "kawasan", "contoh", "manfaat", "tujuan", "fungsi", "beda",
     "perbedaan", "lagi", "halo", "hai", "terima", "kasih", "selamat"}
)  # fmt: skip
MIN_EXAMPLES = 12
NEAR_DUPLICATE_SCORE = 95

Rule = Callable[[LoadedFiles], Iterable[Problem]]


def required_intents(files: LoadedFiles) -> Iterable[Problem]:
    present = {i.model.id for i in files.intents}
    where = files.intents[0].source.where() if files.intents else "content/intents:1"
    for intent_id in REQUIRED_INTENTS:
        if intent_id not in present:
            yield Problem(where, f"required intent {intent_id!r} is missing")


def unique_ids(files: LoadedFiles) -> Iterable[Problem]:
    for kind, items in (("group", files.groups), ("intent", files.intents), ("quiz", files.quiz)):
        first: dict[str, str] = {}
        for item in items:
            item_id = item.model.id
            if item_id in first:
                yield Problem(item.where("id"), f"{kind} id {item_id!r} already used at {first[item_id]}")
            else:
                first[item_id] = item.where("id")


def references(files: LoadedFiles) -> Iterable[Problem]:
    groups = {g.model.id: g.model for g in files.groups}
    intents = {i.model.id: i.model for i in files.intents}
    for item in files.intents:
        intent = item.model
        if intent.group not in groups:
            yield Problem(item.where("group"), f"{intent.id}: unknown group {intent.group!r}")
        for index, other in enumerate(intent.related):
            if other not in intents or other == intent.id:
                yield Problem(
                    item.where("related", index),
                    f"{intent.id}: related {other!r} is not another intent",
                )
    if files.messages:
        for index, suggested in enumerate(files.messages.model.suggestions):
            if suggested not in intents:
                yield Problem(files.messages.where("suggestions", index), f"unknown intent {suggested!r}")
    for q in files.quiz:
        target = intents.get(q.model.intent)
        if target is None:
            yield Problem(q.where("intent"), f"{q.model.id}: unknown intent {q.model.intent!r}")
        elif target.group in groups and not groups[target.group].quiz:
            yield Problem(q.where("intent"), f"{q.model.id}: group {target.group!r} is not quizzed")


def answers_fit_telegram(files: LoadedFiles) -> Iterable[Problem]:
    for item in files.intents:
        intent = item.model
        for name, text in (("answer", intent.answer), ("more", intent.more)):
            if text is None:
                continue
            for problem in html_problems(text):
                yield Problem(item.where(name), f"{intent.id}: {name}: {problem}")
            shown = len(visible_text(text))
            if shown > ANSWER_LIMIT:
                yield Problem(
                    item.where(name),
                    f"{intent.id}: {name} has {shown} characters; at most {ANSWER_LIMIT} fit a phone "
                    "screen: shorten it, move the rest to `more` (a Selengkapnya button) or split the intent",
                )
    if files.messages:
        for name, text in files.messages.model.texts().items():
            for problem in html_problems(text):
                yield Problem(files.messages.where(name), f"{name}: {problem}")
            if len(visible_text(text)) > MESSAGE_LIMIT:
                yield Problem(files.messages.where(name), f"{name}: longer than {MESSAGE_LIMIT}")


def help_lists_commands(files: LoadedFiles) -> Iterable[Problem]:
    """The help message and the `bantuan` answer name every command of the menus."""
    if files.messages is None:
        return
    menus = files.messages.model.commands
    texts = [(files.messages.where("help"), "help", files.messages.model.help)]
    texts += [
        (i.where("answer"), i.model.id, i.model.answer) for i in files.intents if i.model.id == HELP_INTENT
    ]
    for where, name, text in texts:
        for command in menus.names():
            if not re.search(rf"/{command}(?![a-z0-9_])", visible_text(text)):
                yield Problem(where, f"{name}: does not mention /{command}, which is in the command menu")


def examples(files: LoadedFiles) -> Iterable[Problem]:
    """The same example under two intents makes one of them unreachable."""
    owner: dict[str, tuple[str, str]] = {}
    for item in files.intents:
        intent = item.model
        if len(intent.examples) < MIN_EXAMPLES:
            yield Problem(
                item.where("examples"),
                f"{intent.id}: only {len(intent.examples)} examples; "
                f"at least {MIN_EXAMPLES} make matching reliable",
                "warning",
            )
        for index, example in enumerate(intent.examples):
            key = utils.default_process(example)
            where = item.where("examples", index)
            if key in owner and owner[key][0] != intent.id:
                yield Problem(
                    where,
                    f"{intent.id}: example {example!r} is also under {owner[key][0]} ({owner[key][1]})",
                )
            owner.setdefault(key, (intent.id, where))
    if files.out_of_scope:
        for index, question in enumerate(files.out_of_scope.model.root):
            if (found := owner.get(utils.default_process(question))) is not None:
                yield Problem(
                    files.out_of_scope.where(index),
                    f"{question!r} is off-topic here but an example of {found[0]} ({found[1]})",
                )


def near_duplicate_examples(files: LoadedFiles) -> Iterable[Problem]:
    rows = [
        (utils.default_process(e), item, index)
        for item in files.intents
        for index, e in enumerate(item.model.examples)
    ]
    texts = [r[0] for r in rows]
    if not texts:
        return
    scores = process.cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=NEAR_DUPLICATE_SCORE)
    for a, b in zip(*scores.nonzero(), strict=True):
        (text_a, item_a, ia), (text_b, item_b, _) = rows[a], rows[b]
        if a < b and item_a.model.id != item_b.model.id and text_a != text_b:
            yield Problem(
                item_a.where("examples", ia),
                f"{item_a.model.id}: example {text_a!r} is nearly the same as "
                f"{text_b!r} under {item_b.model.id}",
                "warning",
            )


def followup_pairs(files: LoadedFiles) -> Iterable[Problem]:
    """ "kalau regional?" must lead to exactly one intent for each concept and aspect."""
    seen: dict[tuple[str, str], str] = {}
    for item in files.intents:
        intent = item.model
        if (intent.concept is None) != (intent.aspect is None):
            yield Problem(item.where(), f"{intent.id}: concept and aspect go together")
        elif intent.concept and intent.aspect:
            pair = (intent.concept, intent.aspect)
            if pair in seen:
                yield Problem(item.where("aspect"), f"{intent.id}: {pair} is already {seen[pair]}")
            seen[pair] = intent.id


def comparison_table(files: LoadedFiles) -> Iterable[Problem]:
    if files.comparison is None:
        return
    comp, loc = files.comparison.model, files.comparison
    concept_ids = [c.id for c in comp.concepts]
    aspect_ids = [a.id for a in comp.aspects]
    for kind, ids in (("concept", concept_ids), ("aspect", aspect_ids)):
        for dup in [i for i, n in Counter(ids).items() if n > 1]:
            yield Problem(loc.where(f"{kind}s"), f"{kind} {dup!r} is listed twice")
    for concept in concept_ids:
        row = comp.table.get(concept)
        if row is None:
            yield Problem(loc.where("table"), f"table has no row for {concept!r}")
            continue
        for aspect in aspect_ids:
            if aspect not in row:
                yield Problem(loc.where("table", concept), f"table: {concept} has no {aspect!r}")
        for extra in set(row) - set(aspect_ids):
            yield Problem(loc.where("table", concept, extra), f"table: unknown aspect {extra!r}")
    for index, scenario in enumerate(comp.scenarios):
        if scenario.answer not in concept_ids:
            yield Problem(
                loc.where("scenarios", index),
                f"scenario answer {scenario.answer!r} is not a concept",
            )
    owners: dict[str, set[str]] = defaultdict(set)
    for concept in comp.concepts:
        for keyword in concept.keywords:
            owners[keyword.lower()].add(concept.id)
    for keyword, names in owners.items():
        if len(names) > 1:
            yield Problem(loc.where("concepts"), f"keyword {keyword!r} names {sorted(names)}")


def lexicon(files: LoadedFiles) -> Iterable[Problem]:
    if files.lexicon is None:
        return
    lex, loc = files.lexicon.model, files.lexicon
    for word in lex.slang:
        if " " in word.strip() or not word.strip():
            yield Problem(loc.where("slang", word), f"slang key {word!r} must be a single word")
    dropped = {word.casefold() for word, meaning in lex.slang.items() if not meaning.strip()}
    for phrase, canonical in lex.synonyms.items():
        if canonical in lex.synonyms and canonical != phrase:
            yield Problem(
                loc.where("synonyms", phrase),
                f"synonym {phrase!r} -> {canonical!r} leads to another synonym",
            )
        # Slang is applied first, so a word it drops is gone before the phrase is looked for.
        if gone := [word for word in phrase.casefold().split() if word in dropped]:
            yield Problem(
                loc.where("synonyms", phrase),
                f"synonym {phrase!r} can never be found: slang drops {', '.join(map(repr, gone))}",
            )
    for index, word in enumerate(lex.stopwords):
        if word in PROTECTED_WORDS:
            yield Problem(loc.where("stopwords", index), f"stopword {word!r} carries meaning")


def quiz_coverage(files: LoadedFiles) -> Iterable[Problem]:
    quizzed = {g.model.id for g in files.groups if g.model.quiz}
    groups_of = {i.model.id: i.model.group for i in files.intents}
    covered = {groups_of.get(q.model.intent) for q in files.quiz}
    for group in files.groups:
        if group.model.id in quizzed and group.model.id not in covered:
            yield Problem(group.where(), f"group {group.model.id!r} has no quiz questions", "warning")


RULES: tuple[Rule, ...] = (
    required_intents, unique_ids, references, answers_fit_telegram, help_lists_commands, examples,
    near_duplicate_examples, followup_pairs, comparison_table, lexicon, quiz_coverage,
)  # fmt: skip


def run_checks(files: LoadedFiles) -> list[Problem]:
    return [problem for rule in RULES for problem in rule(files)]
