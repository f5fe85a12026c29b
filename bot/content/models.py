"""The curriculum as typed objects: what every YAML file in `content/` turns into."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, StringConstraints, model_validator

Id = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
ConceptId = Literal["bilateral", "regional", "multilateral"]
Difficulty = Literal["mudah", "sedang", "sulit"]

COMPARISON_INTENT = "perbandingan"  # the intent that opens the comparison flow
CONVERSATION_GROUP = "percakapan"  # greetings, thanks and the like: no lesson, no topic
GREETING_INTENT = "sapaan"  # also the reply to "kak mau tanya", which asks to ask and nothing yet
FAREWELL_INTENT = "pamit"
THANKS_INTENT = "terima_kasih"
HELP_INTENT = "bantuan"  # its answer lists the commands, like the help message
ABOUT_BOT_INTENT = "tentang_bot"

# Telegram limits the content must respect (Bot API: sendMessage, sendPoll, InlineKeyboard).
MESSAGE_LIMIT = 4096
ANSWER_LIMIT = 600  # visible characters of an answer (and of its `more`): one phone screen
BUTTON_LABEL_LIMIT = 40
POLL_QUESTION_LIMIT = 300
POLL_OPTION_LIMIT = 100
POLL_EXPLANATION_LIMIT = 200
TABLE_CELL_LIMIT = 160
COMMAND_DESCRIPTION_LIMIT = 256


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Group(_Strict):
    """A room of the curriculum, shown in /topik and /kuis."""

    id: Id
    title: Annotated[Text, StringConstraints(max_length=BUTTON_LABEL_LIMIT)]
    quiz: bool = True


class Intent(_Strict):
    """Something a student asks about, the ways they ask it, and the tutor's answer."""

    id: Id
    group: Id
    title: Annotated[Text, StringConstraints(max_length=BUTTON_LABEL_LIMIT)]
    concept: ConceptId | None = None
    aspect: Id | None = None
    examples: Annotated[list[Text], Field(min_length=1)]
    answer: Annotated[Text, StringConstraints(max_length=MESSAGE_LIMIT)]
    more: Annotated[Text, StringConstraints(max_length=MESSAGE_LIMIT)] | None = None  # behind "Selengkapnya"
    related: list[Id] = []


class QuizItem(_Strict):
    """One multiple-choice question; it fits a Telegram quiz poll as written."""

    id: Id
    intent: Id
    difficulty: Difficulty
    # A tournament poll puts "12. " before the question: leave room for it.
    question: Annotated[Text, StringConstraints(max_length=POLL_QUESTION_LIMIT - 5)]
    options: Annotated[
        list[Annotated[Text, StringConstraints(max_length=POLL_OPTION_LIMIT)]],
        Field(min_length=2, max_length=4),
    ]
    answer: Text
    explanation: Annotated[Text, StringConstraints(max_length=POLL_EXPLANATION_LIMIT)]

    @model_validator(mode="after")
    def _answer_is_an_option(self) -> QuizItem:
        if self.answer not in self.options:
            raise ValueError(f"answer {self.answer!r} is not one of the options")
        if len(set(self.options)) != len(self.options):
            raise ValueError("two options are the same")
        return self

    @property
    def correct_index(self) -> int:
        return self.options.index(self.answer)


class Concept(_Strict):
    id: ConceptId
    label: Text
    keywords: Annotated[list[Text], Field(min_length=1)]


class Aspect(_Strict):
    id: Id
    label: Annotated[Text, StringConstraints(max_length=BUTTON_LABEL_LIMIT)]


class Scenario(_Strict):
    """A situation for the "tebak jenisnya" exercise, with the kind it shows."""

    text: Annotated[Text, StringConstraints(max_length=250)]
    answer: ConceptId
    explanation: Annotated[Text, StringConstraints(max_length=POLL_EXPLANATION_LIMIT)]


Cell = Annotated[Text, StringConstraints(max_length=TABLE_CELL_LIMIT)]


class Comparison(_Strict):
    """Bilateral, regional and multilateral side by side, plus the guessing scenarios."""

    concepts: Annotated[list[Concept], Field(min_length=2)]
    comparison_words: Annotated[list[Text], Field(min_length=1)]
    aspects: Annotated[list[Aspect], Field(min_length=1)]
    table: dict[ConceptId, dict[Id, Cell]]
    scenarios: Annotated[list[Scenario], Field(min_length=3)]
    countries: list[Text] = []  # as students write them: a situation between two of them is bilateral

    def concept(self, concept_id: str) -> Concept:
        return _by_id(self.concepts, concept_id)

    def aspect(self, aspect_id: str) -> Aspect:
        """KeyError for an unknown aspect (an old button, say)."""
        return _by_id(self.aspects, aspect_id)


class OutOfScope(RootModel[list[Text]]):
    """Questions the tutor must not try to answer; they teach the matcher what off-topic looks like."""

    model_config = ConfigDict(frozen=True)


def _by_id(items: list, item_id: str):
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(item_id)


class Followups(_Strict):
    """Words that mark a short follow-up to the previous answer ("contohnya?", "kalau regional?")."""

    aspects: dict[Id, list[Text]]
    again: list[Text]
    leads: list[Text]
    questions: list[Text] = []


class Lexicon(_Strict):
    """How everyday Indonesian is mapped onto the words the examples use."""

    slang: dict[str, str]
    synonyms: dict[str, str]
    stopwords: list[str]
    # Words read another way when they are the whole message: "kak" alone calls, which greets.
    alone: dict[str, str] = {}
    # Words the stemmer must leave whole: "maluku" is no "malu" (ashamed) with "-ku" (my).
    roots: list[Annotated[str, StringConstraints(pattern=r"^[a-z]+$")]] = []
    followups: Followups


CommandName = Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]{1,32}$")]
CommandMenu = dict[CommandName, Annotated[Text, StringConstraints(max_length=COMMAND_DESCRIPTION_LIMIT)]]


class Commands(_Strict):
    """The command menus Telegram shows (name: description, in menu order); help must list them all."""

    private: Annotated[CommandMenu, Field(min_length=1)]
    group: Annotated[CommandMenu, Field(min_length=1)]

    def names(self) -> list[str]:
        return list(dict.fromkeys([*self.private, *self.group]))


class Messages(_Strict):
    """The bot's own words, so a teacher can change its voice without code.

    `{name}`-style placeholders are filled in by the bot; unknown ones are left as written.
    """

    welcome: Text
    help: Text
    fallback: Text
    suggestions: Annotated[list[Id], Field(min_length=1, max_length=6)]
    clarify: Text
    followup_none: Text
    not_text: Text
    edited: Text
    unknown_command: Text
    empty: Text
    no_words: Text
    too_long: Text
    stale_button: Text
    error: Text
    flood: Text
    group_intro: Text
    topics: Text
    topics_in_group: Text
    ask_usage: Text
    compare_pick: Text
    compare_need_two: Text
    compare_summary: Text
    compare_guess_intro: Text
    compare_guess_right: Text
    compare_guess_wrong: Text
    compare_guess_done: Text
    admin_only: Text
    unanswered_none: Text
    unanswered_title: Text
    learn_group: Text
    learn_added: Text
    learn_dismissed: Text
    learn_gone: Text
    learn_refused: Text
    learn_pick_chapter: Text
    learn_pick_intent: Text
    quiz_pick_topic: Text
    quiz_pick_length: Text
    quiz_question: Text
    quiz_right: Text
    quiz_wrong: Text
    quiz_done: Text
    quiz_revisit: Text
    quiz_perfect: Text
    review_none: Text
    review_later: Text
    score_empty: Text
    score_summary: Text
    group_only: Text
    private_only: Text
    lobby: Text
    lobby_busy: Text
    lobby_not_yours: Text
    lobby_more: Text
    lobby_joined: Text
    lobby_already_joined: Text
    lobby_closed: Text
    lobby_expired: Text
    tournament_starting: Text
    tournament_start: Text
    tournament_standings: Text
    tournament_result: Text
    tournament_none: Text
    tournament_no_players: Text
    leaderboard_title: Text
    leaderboard_empty: Text
    commands: Commands
    worksheet_unsure: Text
    worksheet_unknown: Text
    worksheet_more: Text
    option_fits: Text
    passage: Text
    guru_open: Text
    guru_disabled: Text
    guru_in_group: Text
    group_admins_only: Text
    schedule_usage: Text
    schedule_planned: Text
    schedule_none: Text
    schedule_title: Text
    schedule_cancelled: Text
    schedule_gone: Text
    schedule_reminder: Text
    schedule_nobody: Text
    export_caption: Text
    export_sent: Text
    export_start_private: Text

    def texts(self) -> dict[str, str]:
        return {k: v for k, v in self.model_dump().items() if isinstance(v, str)}


def fill(template: str, **values: object) -> str:
    """Put values into `{key}` placeholders; braces a teacher wrote for other reasons stay."""
    for key, value in values.items():
        template = template.replace("{" + key + "}", str(value))
    return template
