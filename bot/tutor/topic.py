"""Follow-ups that lean on the chat's current topic: "fungsinya?", "markasnya di mana?", "yang pertama
maksudnya apa", "bedanya sama bilateral?". They are answered from the topic's own intent, the
intents it lists as related or another aspect of its kind, never from an unrelated one.
"""

from __future__ import annotations

import itertools

from bot.content import Content
from bot.content.markup import visible_text
from bot.content.models import COMPARISON_INTENT, CONVERSATION_GROUP
from bot.nlp import Analysis, ConceptMention, Match, Matcher, Outcome, clean
from bot.nlp.prompts import CHANGING_SUBJECT
from bot.nlp.subjects import EXAMPLES, QUESTION_STEMS
from bot.tutor.followups import DESCRIBING
from bot.tutor.points import DEMONSTRATIVES, ORDINALS, ListPoints, ordinal
from bot.tutor.topic_answer import TopicAnswer
from bot.tutor.topic_family import TopicFamilies

# Words ending in -nya that do not point back at anything ("sebenarnya", "misalnya").
_NOT_LEANING = frozenset(
    {"sebenarnya", "biasanya", "misalnya", "selanjutnya", "sebaliknya", "akhirnya", "tentunya",
     "katanya", "rasanya", "padahal", "lainnya", "semuanya", "sebelumnya", "sesudahnya",
     "terutamanya", "bagaimananya", "apanya", "kenapanya", "gimananya", "pokoknya", "nya"}
)  # fmt: skip
_POSSESSIVES = ("nya", "nye", "nyo")  # "markasnya", Betawi "markasnye", Minang "kantornyo"
_OPENING_POINTERS = frozenset({"dia", "ia"})  # opening a message, the topic spoken of
ABOUT_BOT_INTENT = "tentang_bot"
# Words that put a question to the bot itself ("kamu siapa", "ini bot apa"); slang "lu", "side",
# "rika" reach here as "kamu".
_ADDRESSING_BOT = frozenset({"kamu", "bot", "tutor", "tutorbot", "robot", "ai", "chatgpt", "admin"})
# "dorang" is Papuan and Manado "mereka"; "contoh lain yg sejenis": of the same sort as the topic.
_POINTERS = frozenset(
    {"tersebut", "tadi", "dia", "mereka", "dorang", "beliau", "situ", "sana", "sejenis", "serupa"}
)
# A question that asks which body is meant: "yg ngurus buruh apa namanya", "lembaganya apa".
_IDENTITY_STEMS = frozenset({"nama", "organisasi", "badan", "lembaga"})
# What a member does: "ikut", "gabung", "anggota", "ikut bikin", "pernah minjem", "jadi tuan rumah"
# (Indonesia's part in an organisation).
_TAKING_PART = frozenset({"ikut", "gabung", "anggota", "masuk", "diri", "buat", "peran", "wakil", "sejak",
                          "pinjam", "pernah", "tuan", "rumah"})  # fmt: skip
_WHEN = frozenset({"kapan", "tahun"})
_MAKING = frozenset({"buat", "diri", "sah", "pakat", "tanda", "tandatangan"})  # made, founded, signed
_RELATING = frozenset({"hubung", "kait"})  # "hubungannya", "kaitannya"
_PART_OF = frozenset({"bagi", "bawah", "cabang"})  # "bagian dari PBB", "di bawah PBB", "cabangnya PBB"
# "... termasuk regional?", "kok di artikel ditulis multilateral": how the topic is classed.
_CLASSIFYING = frozenset({"termasuk", "tergolong", "digolongkan", "masuk", "disebut", "ditulis", "dianggap"})
_TAG_QUESTIONS = frozenset({"kan", "kah", "ta", "to"})  # "indo pernah minjem kan", Javanese "melok ta"
_SUPPOSING = frozenset({"kalau", "kalo", "klo", "kalu"})
_OPENERS = _SUPPOSING | {"terus", "trus", "lalu", "nah"}
_CARRYING_ON = frozenset({"ok", "oke", "okay", "sip", "lanjut"})  # "ok lanjut, indonesia ikut ga"
MAX_SUPPOSING_WORDS = 5  # "kalau masih ga beres jg?"; "kalo cuaca besok di padang gimana" asks something else
MAX_IMPLICIT_WORDS = 5  # a longer question without a pointer is a question of its own


class TopicFollowups:
    def __init__(self, content: Content, matcher: Matcher) -> None:
        self._matcher = matcher
        self._intents = content.intents
        self._families = TopicFamilies(content, matcher)
        self._points = ListPoints(content, matcher, self._families)
        self._aspect_stems = frozenset(self._families.aspect_by_stem)
        self._named_subject = self._families.named_subjects
        self.all_kinds = tuple(sorted(c.id for c in content.comparison.concepts))
        self._answer_kinds = {
            i.id: matcher.spotter.spot(matcher.normaliser.words(visible_text(i.answer))).concepts
            for i in content.intents.values()
        }

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
        number = ordinal(tokens)
        # "terus yang ketiga maksudnya apa" picks a point: not the topic kind's definition.
        if number is None and (kind_asked := self._kind_of_topic(mention, match, topic.concept)):
            return TopicAnswer(kind_asked)
        if CHANGING_SUBJECT & set(tokens[:2]):
            return None  # "btw lapis legit bangka bikinnye cemane" leans on nothing said before
        # "itu dibentuk kapan?", "dia itu regional ato multilateral?"
        opens_with_pointer = bool(tokens) and tokens[0] in DEMONSTRATIVES | _OPENING_POINTERS
        # "itu termasuk regional?", "jadi dia termasuk kerja sama multilateral ya?" after an organisation.
        classifies = opens_with_pointer or bool(_CLASSIFYING & set(tokens))
        asks_kind_of_it = classifies and (
            previous in self._named_subject
            or (opens_with_pointer and self._classes_an_example(tokens, previous))
        )
        if mention.concepts and set(mention.concepts) != {topic.concept}:
            # It names a kind: "kalau regional?" is the aspect resolver's, but "itu termasuk regional
            # apa multilateral?" asks what kind the topic is, which its answer says.
            if asks_kind_of_it:
                return TopicAnswer(previous)
            # "yg pertama bilateral artinya apa" after the three forms picks the point that kind heads, so
            # that "yang kedua?" next goes on down the same list.
            point = self._points.point(question, analysis, previous, number) if number else None
            return point if point and self._intents[point.intent].concept in mention.concepts else None
        # A filler the normaliser drops ("sebenernya", "emangnya") points at nothing either.
        leaning = [t for t in tokens if self._leans(t)]
        family = self._families.family(previous)
        if leaning and self._asks_the_bot(leaning, match, family):
            return None
        if leaning and self._families.strays(set(analysis.stems) - QUESTION_STEMS, family):
            leaning = []
        if leaning and self._owned_in_message(tokens, leaning, match, family):
            leaning = []
        # "kak pajak PBB rumah bayarnya dimana" after ECOSOC leans on nothing: far closer to the
        # questions the tutor must not answer than to any lesson, whatever its "-nya" ("yg terakhir?"
        # picks a point, though).
        far_off = self._matcher.config.clarify_window
        if number is None and match.outcome is Outcome.UNKNOWN and self._matcher.off_topic(analysis, far_off):
            return None
        if number is None and (point := self._points.described(question, tokens, analysis, previous)):
            return point
        if number is None and (described := self._described_subject(tokens, analysis, match, previous)):
            return TopicAnswer(described)
        # "itu bagian dr pbb kan", "dia bagian dari pbb?" after ECOSOC: the name is the topic's own.
        points_at_topic = opens_with_pointer or bool(_POINTERS & set(tokens)) or self._closes_pointing(tokens)
        pointed = (
            bool(leaning)
            or number is not None
            or points_at_topic
            or self._supposes(question, tokens, classifies, match, previous)
        )
        if self._families.names_another(question, {*leaning, *ORDINALS}, family):
            return None
        named = self._families.named_in(
            question, family[1:], besides=previous if points_at_topic else None, topic=previous
        )
        asks = question.rstrip().endswith("?") or (bool(tokens) and tokens[-1] in _TAG_QUESTIONS)
        if (
            previous in self._named_subject
            and not named
            and (self._asks_about_indonesia(analysis, asks) or _asks_how_it_began(analysis))
        ):
            # "indonesia ikut?" after GNB, "yang mendirikan siapa saja" after ASEAN: its answer says.
            return TopicAnswer(previous)
        # "kalau pbb sendiri berdiri kapan" names what it asks about, which the matcher answers, and a
        # name the matcher makes nothing of is about something else ("kongres wina yg tahun 1815");
        # but "terus kenapa tetep dianggap penting" after a dispute names a related lesson by its aspect.
        by_name = bool(self._families.names & set(analysis.words))
        names_answered = bool(named) and (match.outcome is Outcome.ANSWER or by_name)
        if not pointed and (
            names_answered
            or not (named or self._leans_implicitly(question, analysis, match, family, asks))
            or (match.outcome is Outcome.UNKNOWN and self._matcher.off_topic(analysis))
        ):
            return None  # "cara bikin rendang?" names the ways of diplomacy, but speaks of a dish
        if len(named) == 1 and number is None:
            # "cara ngelakuinnya?", "itu diatur dlm konvensi apa"; but when the name is only in the word
            # that leans ("yg bikin perjanjiannya siapa" asks who), a sure match in the family wins.
            plain = " ".join(t for t in tokens if t not in leaning)
            only_leaning = not self._families.named_in(
                plain, family[1:], besides=previous if points_at_topic else None, topic=previous
            )
            sure = match.outcome is Outcome.ANSWER and match.score >= self._matcher.config.answer_at
            mine = only_leaning and sure and match.intent in family
            if not mine and (
                self._relates(leaning, previous, named[0])
                or self._own_words(question, previous, named[0])
                or (opens_with_pointer and self._placed_under(analysis, previous, named[0]))
            ):
                return TopicAnswer(previous)
            return TopicAnswer(match.intent if mine else named[0])
        if number is not None:
            for source in dict.fromkeys(filter(None, (listed, previous))):
                if point := self._points.point(question, analysis, source, number):
                    return point
        if made := self._made_when(analysis, previous, family):
            return TopicAnswer(made)
        if previous in self._named_subject:
            if pointed and (kin := self._aspect_among_related(analysis, family)):
                return TopicAnswer(kin)
            family = [i for i in family if i == previous or i not in self._named_subject]
        best, score = self._families.best_in(family, question, self._families.anchor(previous))
        if not pointed and score < self._matcher.config.answer_at:
            return None
        return TopicAnswer(best)

    def _classes_an_example(self, tokens: list[str], previous: str) -> bool:
        """ "itu termasuk apa, bilateral atau regional" after "ijepa itu apa", answered with a kind's
        examples: which kind the example is, which that answer says; not the kinds compared."""
        examples = self._matcher.subjects.aspect_of.get(previous) == EXAMPLES
        return examples and bool(_CLASSIFYING & set(tokens))

    def _aspect_among_related(self, analysis: Analysis, family: list[str]) -> str | None:
        """ "contoh lain yg sejenis?" after AFTA: the one related lesson on the aspect asked (regional's
        examples), not the organisation again."""
        by_stem = self._families.aspect_by_stem
        aspects = {by_stem[s] for s in analysis.stems if s in by_stem}
        if len(aspects) != 1:
            return None
        aspect_of = self._matcher.subjects.aspect_of
        related = [i for i in family[1:] if aspect_of.get(i) in aspects]
        return related[0] if len(related) == 1 else None

    def _closes_pointing(self, tokens: list[str]) -> bool:
        """ "kenapa dari tanggal itu": a thing, then "itu" to end the message, is the one just spoken of;
        "bilateral apa itu" ends on a question."""
        if len(tokens) < 2 or tokens[-1] not in DEMONSTRATIVES:
            return False
        thing = self._matcher.normaliser.analyse(tokens[-2]).stems
        return bool(thing) and not set(thing) & QUESTION_STEMS

    def _leans(self, token: str) -> bool:
        """A word with a possessive that points back: "markasnya", Betawi "markasnye", Minang
        "kantornyo", Javanese "carane", "pentinge", Sundanese "carana"."""
        if len(token) <= 5 or token in _NOT_LEANING:
            return False
        if token.endswith(_POSSESSIVES):
            return bool(self._matcher.normaliser.words(token))
        stems = self._matcher.normaliser.analyse(token).stems
        return len(stems) == 1 and token in (f"{stems[0]}e", f"{stems[0]}ne", f"{stems[0]}na")

    def _owned_in_message(
        self, tokens: list[str], leaning: list[str], match: Match, family: list[str]
    ) -> bool:
        """ "kedutaan tugasnya apa aja" after a dispute: the -nya points at the word before it, not at the
        topic, when the matcher alone is sure of a lesson outside the topic's family."""
        sure = match.outcome is Outcome.ANSWER and match.score >= self._matcher.config.sure_at
        if not sure or match.intent in family:
            return False
        k = tokens.index(leaning[0])
        return k > 0 and bool(self._matcher.normaliser.words(tokens[k - 1]))

    def _made_when(self, analysis: Analysis, topic: str, family: list[str]) -> str | None:
        """ "tahun berapa dia dibuat" after the five functions of a mission: a lesson that is no named
        thing was not made on a date; the one named thing related to it was (the Vienna Convention)."""
        stems = set(analysis.stems)
        if not (_WHEN & stems and _MAKING & stems) or topic in self._named_subject:
            return None
        named = [i for i in family[1:] if i in self._named_subject]
        return named[0] if len(named) == 1 else None

    def _relates(self, leaning: list[str], topic: str, named: str) -> bool:
        """ "hubungannya sama PBB apa" after ECOSOC (the Economic and Social Council *of the UN*) asks how
        the topic stands to what its own name names, which its answer says."""
        relating = _RELATING & set(self._matcher.normaliser.analyse(" ".join(leaning)).stems)
        own_name = set(self._families.anchor(topic).split())
        return bool(relating) and bool(self._matcher.title_names[named] & own_name)

    def _placed_under(self, analysis: Analysis, topic: str, named: str) -> bool:
        """ "itu bagian pbb jg?" after FAO asks whether the topic belongs to a body its own answer names
        (FAO, a UN agency), not about that body."""
        mentioned = self._matcher.title_names[named] & self._matcher.subjects.mentions[topic]
        return bool(_PART_OF & set(analysis.stems)) and bool(mentioned)

    def _own_words(self, question: str, topic: str, named: str) -> bool:
        """ "cara nyelesaiin masalah itu gimana" after a dispute names the ways of diplomacy, but read
        alone it is clearly the dispute's own question: that answer says how disputes are settled."""
        alone = {c.intent: c.score for c in self._matcher.rank(question)}
        return alone.get(topic, 0.0) - alone.get(named, 0.0) >= self._matcher.config.clarify_window

    def _kind_of_topic(self, mention: ConceptMention, match: Match, kind: str | None) -> str | None:
        """ "contoh yang ada indonesia?" after regional's definition: the matcher asks which kind's
        examples are meant, and the topic's kind is the answer."""
        if match.outcome is not Outcome.CLARIFY or mention.concepts or kind is None:
            return None
        offered = [self._intents[i] for i in match.alternatives]
        if len({i.aspect for i in offered}) != 1 or offered[0].aspect is None:
            return None
        mine = [i.id for i in offered if i.concept == kind]
        return mine[0] if len(mine) == 1 else None

    def _leans_implicitly(
        self, question: str, analysis: Analysis, match: Match, family: list[str], marked: bool
    ) -> bool:
        """A short question with no pointer ("indonesia gabung kapan?") that the matcher alone takes
        for something near the topic: an intent of the family or of the topic's group, not sure of it.
        """
        if match.outcome is Outcome.UNKNOWN or not match.candidates:
            return False
        guess = match.candidates[0].intent
        # Sure of an organisation the question does not name ("kapan indo gabung" reads like IMF's
        # wording): not sure at all, after another organisation.
        unnamed = guess in self._named_subject and not self._matcher.title_names[guess] & set(analysis.words)
        # "yg bikin siapa" after the forms of agreement reads like "siapa yang bikin bot ini", but says
        # nothing of the bot.
        unaddressed = guess == ABOUT_BOT_INTENT and not _ADDRESSING_BOT & set(
            self._matcher.normaliser.words(question, stopwords=True)
        )
        sure = match.outcome is Outcome.ANSWER and match.score >= self._matcher.config.sure_at
        if sure and not unnamed and not unaddressed:
            return False
        # "fase perlambatan tu apa" after bilateral diplomacy: the dispute's own words, far from the topic's.
        lesson = guess not in self._named_subject and self._intents[guess].group != CONVERSATION_GROUP
        answered = match.outcome is Outcome.ANSWER and lesson and guess not in family
        if answered and self._far_from(question, guess, family):
            return False
        # An aspect asks too: "contoh yg diikutin indo" after multilateral benefits.
        asking = _asks(analysis, marked) or bool(self._aspect_stems & set(analysis.stems))
        if not asking or len(analysis.stems) > MAX_IMPLICIT_WORDS:
            return False
        # An organisation guessed from wording alone, after a named topic: "tahun berapa itu dibuat"
        # after the Vienna Convention reads like the UN's "berdiri tahun berapa"; so does a lesson none
        # of whose title words are asked ("kapan mulai" after AFTA is no question on Indonesia's first
        # foreign relations).
        untitled = self._intents[guess].group != CONVERSATION_GROUP and not set(analysis.stems) & set(
            self._families.anchor(guess).split()
        )
        named_topic = (unnamed or untitled) and family[0] in self._named_subject
        # Small talk the matcher is unsure of: "yg tanda tangan siapa aja" reads a little like "siapa yang
        # bikin bot ini", but after a topic it asks about the topic.
        small_talk = match.outcome is Outcome.CLARIFY and self._intents[guess].group == CONVERSATION_GROUP
        small_talk = small_talk or unaddressed
        same_group = self._intents[guess].group == self._intents[family[0]].group
        return guess in family or same_group or named_topic or small_talk

    def _far_from(self, question: str, guess: str, family: list[str]) -> bool:
        """Whether the question, read alone, is far nearer the matcher's guess than any of the family."""
        alone = {c.intent: c.score for c in self._matcher.rank(question)}
        nearest = max((alone.get(i, 0.0) for i in family), default=0.0)
        return alone.get(guess, 0.0) - nearest >= self._matcher.config.clarify_window

    def _described_subject(
        self, tokens: list[str], analysis: Analysis, match: Match, previous: str
    ) -> str | None:
        """ "yg ngurus buruh apa namanya" or "yang soal pangan?" after WTO: not WTO but the organisation
        the words describe, when the matcher puts one first."""
        opening = list(itertools.dropwhile(lambda t: t in _OPENERS, tokens))[:1]
        asks_which = bool(_IDENTITY_STEMS & set(analysis.stems)) or bool(DESCRIBING & set(opening))
        if not asks_which or match.outcome is Outcome.UNKNOWN or not match.candidates:
            return None
        # The first named subject offered, even behind a chat intent ("soal" is also a test question).
        described = [c for c in match.candidates if c.intent in self._named_subject and c.intent != previous]
        best = described[0] if described else None
        return best.intent if best and best.score >= self._matcher.config.clarify_at else None

    def _asks_the_bot(self, leaning: list[str], match: Match, family: list[str]) -> bool:
        """ "materinya dari mana", "sumber jawabannya apa": the -nya word is one students use when
        asking the bot about itself, not about the topic."""
        sure = match.outcome is Outcome.ANSWER and match.score >= self._matcher.config.sure_at
        if not sure or self._intents[match.intent].group != CONVERSATION_GROUP:
            return False
        stems = set(self._matcher.normaliser.analyse(" ".join(leaning)).stems)
        return bool(stems) and self._families.asked_in_examples(stems, match.intent, family)

    def _supposes(self, question: str, tokens: list[str], classifies: bool, match: Match, topic: str) -> bool:
        """ "kalau makin parah?", "kalau provinsi boleh?", "pendidikan termasuk?": a short case put to the
        topic that the matcher alone makes nothing of; and "trus biar baikan lagi gmn" after a dispute,
        which carries on and is nearest to the topic itself, though not near enough to be answered alone."""
        short = 0 < len(tokens) <= MAX_SUPPOSING_WORDS and match.outcome is Outcome.UNKNOWN
        if not short:
            return False
        if tokens[0] in _SUPPOSING or classifies:
            return True
        if tokens[0] not in _OPENERS:
            return False
        # Near enough that the matcher alone would offer it: "terus cara bikin rendang gmn" is not.
        nearest = self._matcher.rank(question, limit=1)
        return (
            bool(nearest)
            and nearest[0].intent == topic
            and nearest[0].score >= self._matcher.config.clarify_at
        )

    @staticmethod
    def _asks_about_indonesia(analysis: Analysis, marked: bool) -> bool:
        """A short question on Indonesia's part in it and nothing else: "indonesia ikut?", "indo
        anggota gk", "yg dari indonesia?" (not "kapan indonesia merdeka")."""
        stems = set(analysis.stems)
        # Particles of one or two letters say nothing ("indonesia melu anggota e ta").
        rest = {s for s in stems - QUESTION_STEMS - _CARRYING_ON - {"indonesia", "tidak"} if len(s) > 2}
        return _asks(analysis, marked) and "indonesia" in stems and rest <= _TAKING_PART


def _asks_how_it_began(analysis: Analysis) -> bool:
    """Who made it or when, and nothing else: "yang mendirikan siapa saja", "kapan disahkan"."""
    stems = set(analysis.stems)
    rest = stems - QUESTION_STEMS - _WHEN
    return bool(stems & ({"siapa"} | _WHEN)) and bool(rest) and rest <= _MAKING


def _asks(analysis: Analysis, marked: bool) -> bool:
    """A question mark, a question word, or a closing "ga?" ("indonesia ikut ga")."""
    return marked or bool(QUESTION_STEMS & set(analysis.stems)) or analysis.words[-1:] == ("tidak",)
