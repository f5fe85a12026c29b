"""Follow-ups that lean on the chat's current topic: "fungsinya?", "markasnya di mana?", "yang pertama
maksudnya apa", "bedanya sama bilateral?". They are answered from the topic's own intent, the
intents it lists as related or another aspect of its kind, never from an unrelated one.
"""

from __future__ import annotations

import html
import itertools
import re
from collections import Counter
from dataclasses import dataclass

from bot.content import Content
from bot.content.markup import visible_text
from bot.content.models import COMPARISON_INTENT
from bot.nlp import Analysis, ConceptMention, Match, Matcher, Outcome, clean
from bot.nlp.subjects import QUESTION_STEMS

CONVERSATION_GROUP = "percakapan"  # greetings and the like are no topic to follow up on
# Words ending in -nya that do not point back at anything ("sebenarnya", "misalnya").
_NOT_LEANING = frozenset(
    {"sebenarnya", "biasanya", "misalnya", "selanjutnya", "sebaliknya", "akhirnya", "tentunya",
     "katanya", "rasanya", "padahal", "lainnya", "semuanya", "sebelumnya", "sesudahnya",
     "terutamanya", "bagaimananya", "apanya", "kenapanya", "gimananya", "pokoknya", "nya"}
)  # fmt: skip
_POSSESSIVES = ("nya", "nye", "nyo")  # "markasnya", Betawi "markasnye", Minang "kantornyo"
_DEMONSTRATIVES = frozenset({"itu", "ini", "tu", "tuh"})
_CHANGING_SUBJECT = frozenset({"btw"})  # "by the way", opening a message: a question of its own
_POINTERS = frozenset({"tersebut", "tadi", "dia", "mereka", "beliau", "situ", "sana"})
_ORDINALS = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6,
             "ketujuh": 7, "kedelapan": 8, "terakhir": -1}  # fmt: skip
# Words before an ordinal that point at a list: "yang kedua", not "kedua negara".
_POINTING = frozenset({"yang", "yg", "poin", "point", "nomor", "no", "butir", "bagian"})
# A question that asks which body is meant: "yg ngurus buruh apa namanya", "lembaganya apa".
_IDENTITY_STEMS = frozenset({"nama", "organisasi", "badan", "lembaga"})
_DESCRIBING = frozenset({"yang", "yg"})  # "yang soal pangan?": the one that ..., another of the same sort
# What a member does: "ikut", "gabung", "anggota", "ikut bikin", "pernah minjem" (Indonesia's part in
# an organisation).
_TAKING_PART = frozenset(
    {"ikut", "gabung", "anggota", "masuk", "diri", "buat", "peran", "wakil", "sejak", "pinjam", "pernah"}
)
_CLASSIFYING = frozenset({"termasuk", "tergolong", "digolongkan", "masuk"})  # "... termasuk regional?"
_TAG_QUESTIONS = frozenset({"kan", "kah"})  # "indo pernah minjem kan"
_SUPPOSING = frozenset({"kalau", "kalo", "klo", "kalu"})
_OPENERS = _SUPPOSING | {"terus", "trus", "lalu", "nah"}
_ITEM_LINE = re.compile(r"^\s*(?:•|-|\d+\.)\s*(.+)$")
MAX_ORDINAL_WORDS = 7  # "yang kedua maksudnya apa" is short; "soal no 3" in a long message is not
MAX_SUPPOSING_WORDS = 5  # "kalau masih ga beres jg?"; "kalo cuaca besok di padang gimana" asks something else
MAX_IMPLICIT_WORDS = 5  # a longer question without a pointer is a question of its own
DISTINCTIVE_TITLES = 2  # a title word shared by at most this many intents names a topic ...
COMMON_SHARE = 0.5  # ... unless more than this share of all intents use it ("negara")
ALONE_SHARE = 0.4  # weight of the question read alone against the question read with the topic's name
TOPIC_BONUS = 5.0  # staying on the topic itself wins a near tie


@dataclass(frozen=True)
class TopicAnswer:
    """Which intent answers the follow-up; `passage` quotes the point of the last answer it means."""

    intent: str
    passage: str | None = None
    listed: str | None = None  # a point was picked from this intent's list


class TopicFollowups:
    def __init__(self, content: Content, matcher: Matcher) -> None:
        self._matcher = matcher
        self._intents = content.intents
        normaliser = matcher.normaliser
        # The aspect each aspect word asks for ("contohnya" -> contoh).
        self._aspect_by_stem = {
            stem: aspect
            for aspect, phrases in content.lexicon.followups.aspects.items()
            for phrase in phrases
            for stem in normaliser.analyse(phrase).stems
        }
        self._aspect_stems = frozenset(self._aspect_by_stem)
        plain = self._aspect_stems | QUESTION_STEMS
        # A topic's anchor: its title without aspect and question words ("konvensi wina 1961").
        self._anchor = {
            i.id: " ".join(s for s in normaliser.analyse(i.title).stems if s not in plain)
            for i in content.intents.values()
        }
        self._title_stems = {i: frozenset(anchor.split()) for i, anchor in self._anchor.items()}
        spread = Counter(s for stems in self._title_stems.values() for s in stems)
        self._distinctive = frozenset(s for s, n in spread.items() if n <= DISTINCTIVE_TITLES)
        # "Aktor non-negara" is the only title with "negara", yet "markasnya di negara mana" after OKI
        # asks about no other topic: a word most intents use in their answers or examples names none.
        used = Counter(
            s
            for i in content.intents.values()
            for s in set(normaliser.analyse(" ".join([visible_text(i.answer), *i.examples])).stems)
        )
        self._common = frozenset(s for s, n in used.items() if n > COMMON_SHARE * len(content.intents))
        self.all_kinds = tuple(sorted(c.id for c in content.comparison.concepts))
        self._answer_kinds = {
            i.id: matcher.spotter.spot(normaliser.words(visible_text(i.answer))).concepts
            for i in content.intents.values()
        }
        # Topics that are one named thing (an organisation, the convention): a follow-up stays with
        # it unless it names another ("itu dibentuk kapan" after AFTA is not about ASEAN).
        self._named_subject = frozenset(i for i, names in matcher.title_names.items() if names)
        self._same_kind: dict[str, list[str]] = {}
        for i in content.intents.values():
            if i.concept:
                self._same_kind.setdefault(i.concept, []).append(i.id)

    def comparison(self, mention: ConceptMention, previous: str | None) -> tuple[str, ...] | None:
        """ "bedanya sama bilateral?" after a topic of one kind: that kind and the one named
        ("apa bedanya?" alone: that kind, to pick the other in the comparison); "bedanya ketiganya
        apa" after a topic of no kind: the kinds its answer names (the three forms, AFTA's two)."""
        if previous not in self._intents or not mention.compares or len(mention.concepts) > 1:
            return None
        if previous == COMPARISON_INTENT and mention.concepts:
            return self.all_kinds  # "kalau dibandingkan sama multilateral?" after a comparison
        kind = self._intents[previous].concept
        if kind is None:
            named = self._answer_kinds[previous]
            return named if not mention.concepts and len(named) >= 2 else None
        if kind in mention.concepts:
            return None
        return tuple(sorted({kind, *mention.concepts}))

    def resolve(
        self,
        question: str,
        analysis: Analysis,
        mention: ConceptMention,
        previous: str | None,
        match: Match,
        listed: str | None = None,
    ) -> TopicAnswer | None:
        """The topic's intent (or a related one) a follow-up is about; None for a question of its own.
        `listed`: the answer whose points the chat is going through ("yg pertama ...", then "yg ketiga?"
        means the third point of that list, not of the first point's answer)."""
        if previous not in self._intents or self._intents[previous].group == CONVERSATION_GROUP:
            return None
        if previous == COMPARISON_INTENT or mention.compares:
            return None
        topic = self._intents[previous]
        tokens = clean(question)
        if _CHANGING_SUBJECT & set(tokens[:2]):
            return None  # "btw lapis legit bangka bikinnye cemane" leans on nothing said before
        opens_with_pointer = bool(tokens) and tokens[0] in _DEMONSTRATIVES  # "itu dibentuk kapan?"
        # "itu termasuk regional?", "jadi dia termasuk kerja sama multilateral ya?" after an organisation.
        classifies = opens_with_pointer or bool(_CLASSIFYING & set(tokens))
        asks_kind_of_it = classifies and previous in self._named_subject
        if mention.concepts and set(mention.concepts) != {topic.concept}:
            # It names a kind: "kalau regional?" is the aspect resolver's, but "itu termasuk regional
            # apa multilateral?" asks what kind the topic is, which its answer says.
            return TopicAnswer(previous) if asks_kind_of_it else None
        # A filler the normaliser drops ("sebenernya", "emangnya") points at nothing either.
        leaning = [
            t
            for t in tokens
            if t.endswith(_POSSESSIVES)
            and len(t) > 5
            and t not in _NOT_LEANING
            and self._matcher.normaliser.words(t)
        ]
        ordinal = _ordinal(tokens) if len(tokens) <= MAX_ORDINAL_WORDS else None
        if ordinal is None and (described := self._described_subject(tokens, analysis, match, previous)):
            return TopicAnswer(described)
        # "itu bagian dr pbb kan", "dia bagian dari pbb?" after ECOSOC: the name is the topic's own.
        points_at_topic = opens_with_pointer or bool(_POINTERS & set(tokens))
        pointed = (
            bool(leaning)
            or ordinal is not None
            or points_at_topic
            or self._supposes(tokens, classifies, match)
        )
        family = self._family(previous)
        if self._own_topic(question, leaning, family):
            return None
        named = self._named_in(
            question, family[1:], besides=previous if points_at_topic else None, topic=previous
        )
        asks = question.rstrip().endswith("?") or (bool(tokens) and tokens[-1] in _TAG_QUESTIONS)
        if previous in self._named_subject and not named and self._asks_about_indonesia(analysis, asks):
            return TopicAnswer(previous)  # "indonesia ikut?" after GNB: its answer says Indonesia's part
        if not pointed and (named or not self._leans_implicitly(analysis, match, family, asks)):
            return None  # "kalau pbb sendiri berdiri kapan" names what it asks about: not implicit
        if len(named) == 1 and ordinal is None:
            # "cara ngelakuinnya?", "itu diatur dlm konvensi apa"; but when the name is only in the word
            # that leans ("yg bikin perjanjiannya siapa" asks who), a sure match in the family wins.
            plain = " ".join(t for t in tokens if t not in leaning)
            only_leaning = not self._named_in(
                plain, family[1:], besides=previous if points_at_topic else None, topic=previous
            )
            sure = match.outcome is Outcome.ANSWER and match.score >= self._matcher.config.answer_at
            mine = only_leaning and sure and match.intent in family
            return TopicAnswer(match.intent if mine else named[0])
        if ordinal is not None:
            for source in dict.fromkeys(filter(None, (listed, previous))):
                if point := self._point(question, analysis, source, ordinal):
                    return point
        if previous in self._named_subject:
            family = [i for i in family if i == previous or i not in self._named_subject]
        best, score = self._best_in(family, question, self._anchor[previous])
        if not pointed and score < self._matcher.config.answer_at:
            return None
        return TopicAnswer(best)

    def _point(self, question: str, analysis: Analysis, source: str, ordinal: int) -> TopicAnswer | None:
        """ "yang ketiga maksudnya apa": the intent the n-th point of `source`'s answer is about, or that
        answer with the point quoted; None when it has no such point."""
        passage = self._passage(source, ordinal)
        if passage is None:
            return None
        # "Multilateral: ... tanpa memandang kawasan": the point's head names it, not its body
        # ("Kemakmuran: ... laku di luar negeri" is no question about Indonesia's foreign relations).
        head = passage.split(":", 1)[0]
        named = self._named_in(head, self._family(source)[1:])
        if not named:
            return TopicAnswer(source, passage, listed=source)
        # "yg ketiga contohnya apa": the aspect asked of the kind the point names.
        asked = {self._aspect_by_stem[s] for s in analysis.stems if s in self._aspect_by_stem}
        kinds = {self._intents[i].concept for i in named} - {None}
        by_kind_aspect = self._matcher.subjects.by_kind_aspect
        if len(asked) == 1 and len(kinds) == 1 and (aspect := by_kind_aspect.get((kinds.pop(), asked.pop()))):
            return TopicAnswer(aspect, listed=source)
        return TopicAnswer(self._best_in(named, question, visible_text(passage))[0], listed=source)

    def _named_in(
        self, passage: str, intents: list[str], besides: str | None = None, topic: str | None = None
    ) -> list[str]:
        """The intents a text (a point of a list, a follow-up) is about: their kind or a distinctive
        title word is in it; not a word of the topic's own title (`besides`: "PBB" after ECOSOC,
        the Economic and Social Council of the UN), nor words that name the `topic` at least as fully
        ("pbb markasnya di mn" after PBB is about PBB, not ECOSOC)."""
        analysis = self._matcher.normaliser.analyse(visible_text(passage))
        kinds = set(self._matcher.spotter.spot(analysis.words).concepts)
        stems = set(analysis.stems) & self._distinctive - self._title_stems.get(besides, frozenset())
        own = self._title_stems.get(topic, frozenset())

        def names(intent: str) -> bool:
            naming = stems & self._title_stems[intent]
            return bool(naming) and not (naming <= own and len(own) <= len(self._title_stems[intent]))

        return [i for i in intents if self._intents[i].concept in kinds or names(i)]

    def _best_in(self, family: list[str], question: str, anchor: str) -> tuple[str, float]:
        """The family member the question means, read with the topic's name added ("markasnya" +
        "pbb"), plus a share of what the question alone says, so that words which point to a
        related intent ("fungsinya" after the convention) can outweigh the topic's own name.
        """
        limit = len(self._intents)
        anchored = {c.intent: c.score for c in self._matcher.rank(f"{question} {anchor}", limit)}
        alone = {c.intent: c.score for c in self._matcher.rank(question, limit)}
        scores = {
            i: anchored.get(i, 0.0)
            + ALONE_SHARE * alone.get(i, 0.0)
            + (TOPIC_BONUS if i == family[0] else 0.0)
            for i in family
        }
        best = max(family, key=lambda i: scores[i])
        # The question's own words point clearly at a related intent and not at the topic
        # ("ditandatangani kapan" after the five functions: the convention itself). Not after an
        # organisation: "kapan indo gabung" alone reads like another organisation's wording.
        config = self._matcher.config
        elsewhere = max(family[1:], key=lambda i: alone.get(i, 0.0), default=best)
        lead = alone.get(elsewhere, 0.0) - alone.get(family[0], 0.0)
        if (
            family[0] not in self._named_subject
            and alone.get(elsewhere, 0.0) >= config.clarify_at
            and lead >= config.clarify_window
        ):
            best = elsewhere
        return best, anchored.get(best, 0.0)

    def _leans_implicitly(self, analysis: Analysis, match: Match, family: list[str], marked: bool) -> bool:
        """A short question with no pointer ("indonesia gabung kapan?") that the matcher alone takes
        for something near the topic: an intent of the family or of the topic's group, not sure of it.
        """
        if match.outcome is Outcome.UNKNOWN or not match.candidates:
            return False
        guess = match.candidates[0].intent
        # Sure of an organisation the question does not name ("kapan indo gabung" reads like IMF's
        # wording): not sure at all, after another organisation.
        unnamed = guess in self._named_subject and not self._matcher.title_names[guess] & set(analysis.words)
        if match.outcome is Outcome.ANSWER and match.score >= self._matcher.config.sure_at and not unnamed:
            return False
        # An aspect asks too: "contoh yg diikutin indo" after multilateral benefits.
        asking = _asks(analysis, marked) or bool(self._aspect_stems & set(analysis.stems))
        if not asking or len(analysis.stems) > MAX_IMPLICIT_WORDS:
            return False
        # An organisation guessed from wording alone, after a named topic: "tahun berapa itu dibuat"
        # after the Vienna Convention reads like the UN's "berdiri tahun berapa".
        named_topic = unnamed and family[0] in self._named_subject
        # Small talk the matcher is unsure of: "yg tanda tangan siapa aja" reads a little like "siapa yang
        # bikin bot ini", but after a topic it asks about the topic.
        small_talk = match.outcome is Outcome.CLARIFY and self._intents[guess].group == CONVERSATION_GROUP
        same_group = self._intents[guess].group == self._intents[family[0]].group
        return guess in family or same_group or named_topic or small_talk

    def _described_subject(
        self, tokens: list[str], analysis: Analysis, match: Match, previous: str
    ) -> str | None:
        """ "yg ngurus buruh apa namanya" or "yang soal pangan?" after WTO: not WTO but the organisation
        the words describe, when the matcher puts one first."""
        opening = list(itertools.dropwhile(lambda t: t in _OPENERS, tokens))[:1]
        asks_which = bool(_IDENTITY_STEMS & set(analysis.stems)) or bool(_DESCRIBING & set(opening))
        if not asks_which or match.outcome is Outcome.UNKNOWN or not match.candidates:
            return None
        best = match.candidates[0]
        described = best.intent in self._named_subject and best.intent != previous
        return best.intent if described and best.score >= self._matcher.config.clarify_at else None

    @staticmethod
    def _supposes(tokens: list[str], classifies: bool, match: Match) -> bool:
        """ "kalau makin parah?", "kalau provinsi boleh?", "pendidikan termasuk?": a short case put to the
        topic that the matcher alone makes nothing of."""
        short = 0 < len(tokens) <= MAX_SUPPOSING_WORDS and match.outcome is Outcome.UNKNOWN
        return short and (tokens[0] in _SUPPOSING or classifies)

    @staticmethod
    def _asks_about_indonesia(analysis: Analysis, marked: bool) -> bool:
        """A short question on Indonesia's part in it and nothing else: "indonesia ikut?", "indo
        anggota gk", "yg dari indonesia?" (not "kapan indonesia merdeka")."""
        stems = set(analysis.stems)
        # Particles of one or two letters say nothing ("indonesia melu anggota e ta").
        rest = {s for s in stems - QUESTION_STEMS - {"indonesia", "tidak"} if len(s) > 2}
        return _asks(analysis, marked) and "indonesia" in stems and rest <= _TAKING_PART

    def _family(self, intent_id: str) -> list[str]:
        intent = self._intents[intent_id]
        related = [r for r in intent.related if r != COMPARISON_INTENT and r in self._intents]
        # Every aspect of the topic's kind is related to it: "manfaatnya?" after bilateral examples.
        return list(dict.fromkeys([intent_id, *related, *self._same_kind.get(intent.concept, ())]))

    def _own_topic(self, question: str, leaning: list[str], family: list[str]) -> bool:
        """The question names something distinctive (an organisation, the convention) outside the topic."""
        words = [w for w in clean(question) if w not in leaning and w not in _ORDINALS]  # "ketiga" is no name
        stems = set(self._matcher.normaliser.analyse(" ".join(words)).stems) & self._distinctive
        known = set().union(*(self._title_stems[i] for i in family))
        return bool(stems - known - self._common)

    def _passage(self, intent_id: str, ordinal: int) -> str | None:
        """The n-th point (bullet or numbered line) of an answer, as safe HTML."""
        items = [m.group(1) for line in visible_text(self._intents[intent_id].answer).splitlines()
                 if (m := _ITEM_LINE.match(line))]  # fmt: skip
        if not items or ordinal > len(items):
            return None
        return html.escape(items[ordinal - 1 if ordinal > 0 else -1])


def _asks(analysis: Analysis, marked: bool) -> bool:
    """A question mark, a question word, or a closing "ga?" ("indonesia ikut ga")."""
    return marked or bool(QUESTION_STEMS & set(analysis.stems)) or analysis.words[-1:] == ("tidak",)


def _ordinal(tokens: list[str]) -> int | None:
    """ "yang kedua", "poin 2", "nomor terakhir": which point of the last answer is meant."""
    for before, word in itertools.pairwise(tokens):
        if before in _POINTING:
            if word in _ORDINALS:
                return _ORDINALS[word]
            if word.isdigit() and 0 < int(word) < 20:
                return int(word)
    return None
