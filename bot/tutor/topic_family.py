"""A topic's family (its intent, the intents it lists as related, the other aspects of its kind) and
the words that name one of them, for follow-ups that lean on the chat's topic.
"""

from __future__ import annotations

from collections import Counter

from bot.content import Content
from bot.content.markup import visible_text
from bot.content.models import COMPARISON_INTENT
from bot.nlp import Matcher, clean
from bot.nlp.subjects import QUESTION_STEMS

DISTINCTIVE_TITLES = 2  # a title word shared by at most this many intents names a topic ...
COMMON_SHARE = 0.5  # ... unless more than this share of all intents use it ("negara")
ALONE_SHARE = 0.4  # weight of the question read alone against the question read with the topic's name
TOPIC_BONUS = 5.0  # staying on the topic itself wins a near tie


class TopicFamilies:
    def __init__(self, content: Content, matcher: Matcher) -> None:
        self._matcher = matcher
        self._intents = content.intents
        normaliser = matcher.normaliser
        # The aspect each aspect word asks for ("contohnya" -> contoh).
        self.aspect_by_stem = {
            stem: aspect
            for aspect, phrases in content.lexicon.followups.aspects.items()
            for phrase in phrases
            for stem in normaliser.analyse(phrase).stems
        }
        plain = frozenset(self.aspect_by_stem) | QUESTION_STEMS
        # A topic's anchor: its title without aspect and question words ("konvensi wina 1961").
        self._anchor = {
            i.id: " ".join(s for s in normaliser.analyse(i.title).stems if s not in plain)
            for i in content.intents.values()
        }
        self._title_stems = {i: frozenset(anchor.split()) for i, anchor in self._anchor.items()}
        spread = Counter(s for stems in self._title_stems.values() for s in stems)
        self._distinctive = frozenset(s for s, n in spread.items() if n <= DISTINCTIVE_TITLES)
        self._example_stems = {
            i.id: frozenset(normaliser.analyse(" ".join(i.examples)).stems) for i in content.intents.values()
        }
        # The words each lesson uses: a follow-up speaking of none of its topic's is about something else.
        self._vocabulary = {
            i.id: frozenset(normaliser.analyse(" ".join([visible_text(i.answer), *i.examples])).stems)
            for i in content.intents.values()
        }
        # "Aktor non-negara" is the only title with "negara", yet "markasnya di negara mana" after OKI
        # asks about no other topic: a word most intents use in their answers or examples names none.
        used = Counter(s for stems in self._vocabulary.values() for s in stems)
        self._common = frozenset(s for s, n in used.items() if n > COMMON_SHARE * len(content.intents))
        # Topics that are one named thing (an organisation, the convention): a follow-up stays with
        # it unless it names another ("itu dibentuk kapan" after AFTA is not about ASEAN).
        self.named_subjects = frozenset(i for i, names in matcher.title_names.items() if names)
        self.names = matcher.subjects.every_title_name
        # What several named things are asked alike ("kantor", "anggota", "berdiri"): said bare after one
        # of them, it is asked of that one.
        asked_of = Counter(s for i in self.named_subjects for s in self._example_stems[i])
        self.asked_of_subjects = frozenset(s for s, n in asked_of.items() if n >= 2) - self.names
        # What one organisation is asked ("sejarahnya", "akarnya") may be asked of any.
        self._subject_vocabulary = frozenset().union(*(self._vocabulary[i] for i in self.named_subjects))
        self._all_vocabulary = frozenset().union(*self._vocabulary.values(), self.aspect_by_stem)
        self._same_kind: dict[str, list[str]] = {}
        for i in content.intents.values():
            if i.concept:
                self._same_kind.setdefault(i.concept, []).append(i.id)
        # Lessons whose wording a named subject's follow-ups share: other named subjects, every kind's.
        self._shared_wording = self.named_subjects | {i for same in self._same_kind.values() for i in same}

    def anchor(self, intent_id: str) -> str:
        return self._anchor[intent_id]

    def family(self, intent_id: str) -> list[str]:
        """The topic first, then the intents a follow-up on it may mean."""
        intent = self._intents[intent_id]
        related = [r for r in intent.related if r != COMPARISON_INTENT and r in self._intents]
        # Every aspect of the topic's kind is related to it: "manfaatnya?" after bilateral examples.
        return list(dict.fromkeys([intent_id, *related, *self._same_kind.get(intent.concept, ())]))

    def named_in(
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

    def asked_in_examples(self, stems: set[str], intent_id: str, family: list[str]) -> bool:
        """Words students use when asking `intent_id` and never when asking about the family:
        "materinya" leans on no topic when "materinya dari mana" asks where the bot's lessons come from."""
        return stems <= self._example_stems[intent_id] and not any(
            stems & self._example_stems[i] for i in family
        )

    def strays(self, stems: set[str], family: list[str]) -> bool:
        """The words speak of something no lesson does and of nothing the family's lessons do:
        "x2+3x-4=0 akarnya brp" after multilateral examples (but "tugasnya apa?" stays on the topic)."""
        words = {s for s in stems if not s.isdigit()}  # numbers are in every subject
        known = set().union(*(self._vocabulary[i] for i in family), self.aspect_by_stem)
        if family[0] in self.named_subjects:
            known |= self._subject_vocabulary
        return not words & known and bool(words - self._all_vocabulary)

    def titled(self, intent: str, stems: set[str]) -> bool:
        """Whether the words say three words or more of the lesson's title and miss one at most ("forum
        regional dan multilateral" of "Peran forum regional dan multilateral"; "diplomasi bilateral" names
        a kind of diplomacy more than its definition)."""
        title = self._title_stems[intent]
        return len(title & stems) >= 3 and len(title - stems) <= 1

    def says_all(self, stems: set[str], intent: str) -> bool:
        """Whether the lesson's answer or examples say every one of the words that most lessons do not."""
        distinct = stems - self._common
        return bool(distinct) and distinct <= self._vocabulary[intent]

    def speaks_of(self, stems: set[str], family: list[str]) -> bool:
        """Whether the words say something the family's lessons say, beyond what most lessons say."""
        known = set().union(*(self._vocabulary[i] for i in family))
        return bool(stems & known - self._common)

    def names_another(self, question: str, ignored: set[str], family: list[str]) -> bool:
        """The question names something distinctive (an organisation, the convention) outside the
        family; `ignored` words name nothing ("markasnya", "ketiga")."""
        words = [w for w in clean(question) if w not in ignored]
        stems = set(self._matcher.normaliser.analyse(" ".join(words)).stems) & self._distinctive
        known = set().union(*(self._title_stems[i] for i in family))
        # A word students ask the topic itself with is no other topic's name ("tujuan" of the UN is in
        # "tujuan dibentuknya pbb"; "tujuan hubungan internasional" is another lesson), nor one its answer
        # uses ("kapan mulai berlaku" after AFTA, whose answer says where it applies; "dilakukan" titles the
        # ways of diplomacy), unless it is a name.
        asked_of_topic = self._vocabulary[family[0]] - self.names
        return bool(stems - known - self._common - asked_of_topic)

    def best_in(self, family: list[str], question: str, anchor: str) -> tuple[str, float]:
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
        # ("ditandatangani kapan" after the five functions: the convention itself; "isi pasal 3nya apa"
        # after the convention: the functions). From a named subject, not to another or to a kind's
        # lesson, whose wording its follow-ups share: "kapan indo gabung" alone reads like another
        # organisation's, "indonesia anggotanya bukan" like multilateral's examples.
        config = self._matcher.config
        elsewhere = max(family[1:], key=lambda i: alone.get(i, 0.0), default=best)
        lead = alone.get(elsewhere, 0.0) - alone.get(family[0], 0.0)
        # Clearly: among what the question alone comes nearest to, not a distant runner-up ("tahun berapa"
        # after the GNB reads like the UN's "berdiri tahun berapa" long before Indonesia's first relations).
        nearest = max(alone.values(), default=0.0)
        if (
            (family[0] not in self.named_subjects or elsewhere not in self._shared_wording)
            and alone.get(elsewhere, 0.0) >= max(config.clarify_at, nearest - config.clarify_window)
            and lead >= config.clarify_window
        ):
            best = elsewhere
        return best, anchored.get(best, 0.0)
