"""Follow-ups that lean on the chat's current topic: "fungsinya?", "markasnya di mana?", "yang pertama
maksudnya apa", "bedanya sama bilateral?". They are answered from the topic's own intent, the
intents it lists as related or another aspect of its kind, never from an unrelated one.
"""

from __future__ import annotations

import itertools
from collections import Counter

from bot.content import Content
from bot.content.markup import visible_text
from bot.content.models import COMPARISON_INTENT, CONVERSATION_GROUP
from bot.nlp import Analysis, ConceptMention, Match, Matcher, Outcome, clean
from bot.nlp.compound import CHANGING_SUBJECT
from bot.nlp.concepts import COOPERATION
from bot.nlp.deciding import agreements_side_by_side
from bot.nlp.subjects import DEFINITION, DIPLOMACY, EXAMPLES, MEANING, QUESTION_STEMS, WHY
from bot.tutor.named_topic import NamedTopics
from bot.tutor.pointing import SUCH, Pointing, classes, marked_as_question, names_a_class, opens_with_pointer
from bot.tutor.points import CARDINALS, ORDINALS, ListPoints, ordinal
from bot.tutor.topic_answer import TopicAnswer
from bot.tutor.topic_family import TopicFamilies
from bot.tutor.topic_leaning import ImplicitLeaning

_BELONGING = frozenset({"masuk"})  # "masuk", "termasuk", "masok": belongs to
_WHICH = frozenset({"mana"})
_WHAT = frozenset({"apa"})
_KIND_WORDS = frozenset({"jenis", "golongan", "bentuk"})  # "itu termasuk jenis kerja sama apa"
# "dua duanya termasuk kerja sama apa", "tiga2nya kerja sama apa": all of those gone through.
_BOTH = frozenset({"duanya", "keduanya", "dua2nya", "tiga2nya", "ketiganya"})
# "itu semua contoh multilateral ya?" after the WTO, the IMF and the ILO: all of them, which the kind's
# examples list; not what kind the last one is.
_ALL = frozenset({"semua", "semuanya"})
# "itu semua masuk kerjasama multilateral", "dua duanya termasuk multilateral": words that put them all
# under a kind and ask nothing else.
_PUTTING_ALL_UNDER = (
    _ALL | _BOTH | {"dua", "tiga", "masuk", "termasuk", "tergolong", "contoh", "juga", *COOPERATION}
)
_NOT = frozenset({"bukan", "not"})  # "kenapa bukan regional", "why not regional"
# Which ranks first or more: "yg paling banyak negaranya", "mana yg lebih luas".
_RANKING = frozenset({"paling", "lebih", "terbanyak", "terluas", "tersedikit"})
# What the kinds are ranked by: their parties and their reach ("yg paling banyak negaranya"); "serta" is
# what the stemmer leaves of "peserta".
_MEASURES = frozenset({"negara", "pihak", "anggota", "serta", "wilayah", "cakup", "luas"})
_WHY_NOT_WORDS = 4  # "knp bukan regional sih": the kind and why not, nothing more
# "regional atau multilateral sih?", "yg bener regional atau multilateral": kinds offered, and what may
# come beside them without asking anything else.
_BESIDE_KINDS_OFFERED = _WHAT | {"benar"}
# "minimal brp negara?", "harus berapa negara": how many countries a kind takes, and how that is asked.
_HOW_MANY_COUNTRIES = frozenset({"berapa", "negara"})
_AT_LEAST = frozenset({"minimal", "harus", "paling", "sedikit", "maksimal", "butuh", "perlu"})


class TopicFollowups:
    def __init__(self, content: Content, matcher: Matcher) -> None:
        self._matcher = matcher
        self._intents = content.intents
        self._families = TopicFamilies(content, matcher)
        self._points = ListPoints(content, matcher, self._families)
        self._pointing = Pointing(matcher.normaliser)
        self._implicit = ImplicitLeaning(content, matcher, self._families)
        self._named = NamedTopics(matcher, self._families)
        self.all_kinds = tuple(sorted(c.id for c in content.comparison.concepts))
        # Each lesson on one kind's diplomacy (its title says "diplomasi" and the kind), with that kind and
        # the lesson saying what its diplomacy is (whose title also says "erti").
        titles = matcher.subjects.title_stems
        defined = {
            kind: i
            for i, title in titles.items()
            for kind in self.all_kinds
            if {DIPLOMACY, MEANING, kind} <= title
        }
        self._diplomacy_of = {
            intent: (kinds[0], defined[kinds[0]])
            for intent, title in titles.items()
            if DIPLOMACY in title
            and len(kinds := [k for k in self.all_kinds if k in title]) == 1
            and kinds[0] in defined
        }
        # The aspects asked of any lesson ("contoh", "bentuk", the lexicon's follow-up words) and those two
        # lessons' titles or more say ("cara": of diplomacy and of using the bot).
        title_aspects = [
            title - matcher.subjects.title_subjects.get(intent, set())
            for intent, title in matcher.subjects.title_stems.items()
        ]
        repeated = {stem for stem, n in Counter(itertools.chain(*title_aspects)).items() if n > 1}
        self._asked_of_any = frozenset(self._families.aspect_by_stem) | repeated
        self._answer_kinds = {
            i.id: matcher.spotter.spot(matcher.normaliser.words(visible_text(i.answer))).concepts
            for i in content.intents.values()
        }
        # The kind whose examples list an organisation as one of their points, not merely in a note below
        # them: "manfaat ikut semua itu apa" after it asks of that kind.
        listing = {
            kind: self._points.said_in_points(examples)
            for (kind, aspect), examples in matcher.subjects.by_kind_aspect.items()
            if aspect == EXAMPLES
        }
        self._listed_under = {
            intent: kinds[0]
            for intent, names in matcher.subjects.title_names.items()
            if len(kinds := [kind for kind, said in listing.items() if names & said]) == 1
        }

    def comparison(
        self, mention: ConceptMention, previous: str | None, analysis: Analysis
    ) -> tuple[str, ...] | None:
        """ "bedanya sama bilateral?" after a topic of one kind: that kind and the one named
        ("apa bedanya?" alone: that kind, to pick the other in the comparison); "bedanya ketiganya
        apa" after a topic of no kind: the kinds its answer names (the three forms, AFTA's two)."""
        # "bedanya treaty sama agreement apa": two names of an agreement compared, not the topic's kind.
        if (
            previous not in self._intents
            or len(mention.concepts) > 1
            or agreements_side_by_side(analysis.words)
        ):
            return None
        kind = self._intents[previous].concept
        # "yg paling banyak negaranya yg mana" after a comparison: which kind ranks first, which the table
        # shows side by side; not a question naming something ("yg paling lama di ASEAN siapa"). After the
        # lesson on the kinds or on one of them, when it ranks them by their parties or reach ("mana yg
        # wilayahnya lebih luas"), not "yg paling besar yg mana" of a kind's examples.
        ranking = _RANKING & set(analysis.words) and not self._matcher.subjects.names & set(analysis.words)
        among_kinds = kind is not None or len(self._answer_kinds[previous]) >= 2
        measured = among_kinds and bool(_MEASURES & set(analysis.stems))
        if (previous == COMPARISON_INTENT or measured) and not mention.concepts and ranking:
            return self.all_kinds
        if not mention.compares:
            # "knp bukan regional?" after a kind's lesson, or an item answered with one kind: why that
            # kind and not the other is their difference (after AFTA it asks what AFTA is).
            why_not = WHY & set(analysis.stems) and _NOT & set(analysis.words)
            named_another = mention.concepts and kind not in (None, *mention.concepts)
            short = len(analysis.words) <= _WHY_NOT_WORDS
            return tuple(sorted({kind, *mention.concepts})) if why_not and named_another and short else None
        if previous == COMPARISON_INTENT and mention.concepts:
            return self.all_kinds  # "kalau dibandingkan sama multilateral?" after a comparison
        if kind is None:
            named = self._answer_kinds[previous]
            return named if not mention.concepts and len(named) >= 2 else None
        if kind in mention.concepts:
            return None
        return tuple(sorted({kind, *mention.concepts}))

    def diplomacies_compared(self, mention: ConceptMention, previous: str | None) -> str | None:
        """ "bedanya sama multilateral?" after a lesson on bilateral diplomacy: that diplomacy set beside the
        other kind's, which the lesson saying what it is tells apart (the same techniques, other partners);
        not the kinds of cooperation side by side."""
        if previous not in self._diplomacy_of or not mention.compares or len(mention.concepts) != 1:
            return None
        kind, defined = self._diplomacy_of[previous]
        return None if kind in mention.concepts else defined

    def lists(self, intent: str | None) -> bool:
        """Whether the intent's answer is a list of points ("yang kedua ..." then picks one)."""
        return intent in self._intents and self._points.lists(intent)

    def resolve(
        self,
        question: str,
        analysis: Analysis,
        mention: ConceptMention,
        previous: str | None,
        match: Match,
        listed: str | None = None,
        picked: bool = False,
    ) -> TopicAnswer | None:
        """The topic's intent (or a related one) a follow-up is about; None for a question of its own.
        `listed`: the answer whose points the chat is going through ("yg pertama ...", then "yg ketiga?"
        means the third point of that list, not of the first point's answer); `picked`: the topic is one
        of those points, picked by its number ("yg pertama contohnya apa", then "yg ketiga?" asks the
        third's examples; but after "manfaatnya apa" of the second, "trus yang ketiga?" asks what the
        third is)."""
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
        if topic.concept and topic.aspect == DEFINITION and _counts_countries(analysis, mention):
            return TopicAnswer(previous)  # "minimal brp negara" after what regional cooperation is
        if number is None and (kind_aspect := self._asked_of_all_listed(tokens, analysis, mention, previous)):
            return TopicAnswer(kind_aspect)
        if number is None and (examples := self._all_put_under_a_kind(tokens, analysis, mention, previous)):
            return TopicAnswer(examples)
        if number is None and (examples := self._examples_of_what_it_said(analysis, mention, previous)):
            return TopicAnswer(examples)
        if number is None and self._asks_which_point(
            analysis, previous, match, marked_as_question(question, tokens)
        ):
            return TopicAnswer(previous)
        if CHANGING_SUBJECT & set(tokens[:2]):
            return None  # "btw lapis legit bangka bikinnye cemane" leans on nothing said before
        opening = opens_with_pointer(tokens)
        # "itu termasuk regional?", "regional atau multilateral sih?" after an organisation
        offered = _offers_kinds(analysis, mention)
        classifies = classes(tokens) or offered
        asks_kind_of_it = classifies and (
            previous in self._named.subjects
            or (opening and self._classes_an_example(tokens, previous, offered))
        )
        # "itu termasuk kerja sama apa" after an organisation: the kind it is, named by no kind.
        words_asked = set(analysis.words)
        kind_words = _KIND_WORDS & words_asked or COOPERATION in itertools.pairwise(analysis.words)
        asks_its_kind = kind_words and bool((_WHAT | _WHICH) & words_asked)
        # "PBB itu termasuk kerja sama apa" after ASEAN asks of the PBB, which the matcher answers.
        another = self._matcher.subjects.names & set(analysis.words) - self._matcher.title_names.get(
            previous, set()
        )
        # "dua2nya termasuk kerja sama apa" after the OKI and the GNB: the examples of the kind listing the
        # last, which list the other too when it is of that kind.
        both = bool(_BOTH & set(tokens)) and previous not in self._listed_under
        if asks_kind_of_it and asks_its_kind and not mention.concepts and not _ALL & set(tokens) and not both:
            return None if another else TopicAnswer(self._kind_it_is(previous))
        # "trs masuk PBB nya kapan": "-nya" on a name marks that thing, it points at no topic.
        every_name = self._matcher.subjects.every_title_name
        words = self._matcher.normaliser.words
        leaning = [w for w in self._pointing.leaning(tokens) if not every_name & set(words(w))]
        family = self._families.family(previous)
        if leaning and mention.concepts and self._another_aspect_beside(tokens, leaning, match, family):
            return None
        if mention.concepts and set(mention.concepts) != {topic.concept}:
            # It names a kind: "kalau regional?" is the aspect resolver's, but "itu termasuk regional
            # apa multilateral?" asks what kind the topic is, which its answer or its kind's examples say.
            if asks_kind_of_it and not _ALL & set(tokens):
                return TopicAnswer(self._kind_it_is(previous))
            # "hubungannya sama diplomasi bilateral?" after the frameworks, whose answer says how they
            # relate; a related lesson the question names is asked ("hubungannya sama forum multilateral").
            # "trs apa hubungannya sama forum regional dan multilateral" says that lesson's title: asked.
            # The related lesson may lead a choice by a hair: "hubungannya sama forum regional apa" after
            # why bilateral diplomacy matters, offered the frameworks' lesson and regional's definition.
            first = match.intent or next((c.intent for c in match.candidates), None)
            relating = self._pointing.relates(leaning, tokens)
            if (
                relating
                and first not in family
                and set(mention.concepts) <= set(self._answer_kinds[previous])
                and not (match.intent and self._families.titled(match.intent, set(analysis.stems)))
            ):
                return TopicAnswer(previous)
            if relating and first in family and first != match.intent:
                return TopicAnswer(first)
            # "yg pertama bilateral artinya apa" after the three forms picks the point that kind heads, so
            # that "yang kedua?" next goes on down the same list.
            point = self._points.point(question, analysis, previous, number) if number else None
            return point if point and self._intents[point.intent].concept in mention.concepts else None
        if leaning and self._asks_the_bot(leaning, match, family):
            return None
        if leaning and self._families.strays(set(analysis.stems) - QUESTION_STEMS, family):
            leaning = []
        if leaning and self._owned_in_message(tokens, leaning, match, family):
            leaning = []
        # "kak pajak PBB rumah bayarnya dimana" after ECOSOC leans on nothing: far closer to the
        # questions the tutor must not answer than to any lesson, whatever its "-nya" ("yg terakhir?"
        # picks a point, though).
        # But "indonesia jd tuan rumah KTT nya kapan" after the GNB asks what its answer says.
        far_off = self._matcher.config.clarify_window
        off_topic = match.outcome is Outcome.UNKNOWN and self._matcher.off_topic(analysis, far_off)
        if (
            number is None
            and off_topic
            and not self._families.says_all(set(analysis.stems) - QUESTION_STEMS, previous)
        ):
            return None
        if number is None and self._points.counted(tokens, previous):
            return TopicAnswer(previous)
        if number is None and (point := self._points.described(question, tokens, analysis, previous)):
            return point
        if number is None and (described := self._named.described(tokens, analysis, match, previous)):
            return TopicAnswer(described)
        # "itu bagian dr pbb kan", "dia bagian dari pbb?" after ECOSOC: the name is the topic's own.
        # "PBB nya punya organ apa aja selain itu" after ECOSOC: the topic put aside for another lesson
        # whose whole name is said (the UN's, which is only part of ECOSOC's).
        names_a_lesson = any(
            names and names <= words_asked and intent != previous
            for intent, names in self._matcher.title_names.items()
        )
        points_at_topic = self._pointing.points(tokens) and not (
            names_a_lesson and self._pointing.sets_aside(tokens)
        )
        pointed = (
            bool(leaning)
            or number is not None
            or points_at_topic
            or self._implicit.supposes(question, tokens, classifies, match, previous)
        )
        asks = marked_as_question(question, tokens)
        # "indonesia ikut dari awal gak?" after ASEAN asks Indonesia's part in it, which its answer says,
        # though "awal" titles another lesson (since when Indonesia has had foreign relations); so does
        # "Filipina ikut dari awal ka?" of another member.
        if previous in self._named.subjects and (
            self._named.asks_indonesias_part(analysis, asks)
            or self._named.asks_about_a_member(analysis, asks)
        ):
            return TopicAnswer(previous)
        # "yang ke tiga apa tadi": "tiga" numbers a point, it names no lesson ("Tiga bentuk ...").
        numbering = CARDINALS.keys() if number is not None else ()
        if self._families.names_another(question, {*leaning, *ORDINALS, *numbering}, family):
            return None
        named = self._families.named_in(
            question, family[1:], besides=previous if points_at_topic else None, topic=previous
        )
        if previous in self._named.subjects and not named and self._named.asks_its_story(analysis, asks):
            return TopicAnswer(previous)
        if joined := self._named.joined_instead(analysis, asks, previous, family):
            # "indonesia pernah begitu gk" after a dispute asks whether Indonesia went through that, the
            # topic: no joining of the one organisation related to it.
            return TopicAnswer(previous if SUCH & set(tokens) else joined)
        if not (pointed or named) and self._said_by_it_alone(question, analysis, match, previous):
            return TopicAnswer(previous)
        # "kalau pbb sendiri berdiri kapan" names what it asks about, which the matcher answers, and a
        # name the matcher makes nothing of is about something else ("kongres wina yg tahun 1815");
        # but "terus kenapa tetep dianggap penting" after a dispute names a related lesson by its aspect.
        by_name = bool(self._families.names & set(analysis.words))
        # "cara gmn" after bilateral diplomacy reads like "caranya gimana" (how to use the bot), but says
        # nothing besides a title word of the lesson it names ("Cara diplomasi bilateral").
        titled = match.intent in self._matcher.subjects.conversation and self._says_only_titles(
            analysis, named
        )
        names_answered = bool(named) and (match.outcome is Outcome.ANSWER or by_name) and not titled
        # "bagian dari PBB?" after ECOSOC asks only whether the topic belongs to a body its answer names.
        if len(named) == 1 and self._named.only_placed_under(analysis, previous, named[0]):
            return TopicAnswer(previous)
        if not pointed and (
            names_answered
            or not (named or self._implicit.leans(question, analysis, match, family, asks))
            or (
                match.outcome is Outcome.UNKNOWN
                and self._matcher.off_topic(analysis)
                and not self._implicit.asks_bare_of(analysis, family)
            )
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
                (self._pointing.relates(leaning, tokens) and self._named.names_own(previous, named[0]))
                or self._own_words(question, previous, named[0])
                or (opening and self._named.placed_under(analysis, previous, named[0]))
            ):
                return TopicAnswer(previous)
            return TopicAnswer(match.intent if mine else named[0])
        if (
            number is not None
            and len(named) == 1
            and self._matcher.title_names.get(named[0], set()) & words_asked
        ):
            return TopicAnswer(named[0])  # "no 4 kepanjangan FAO" after the ILO: "no 4" numbers the item
        if number is not None:
            carried = (
                self._matcher.subjects.aspect_of.get(previous) if picked and listed != previous else None
            )
            for source in dict.fromkeys(filter(None, (listed, previous))):
                if point := self._points.point(question, analysis, source, number, carried):
                    return point
        if made := self._named.made_when(analysis, previous, family):
            return TopicAnswer(made)
        if previous in self._named.subjects:
            if pointed and (kin := self._named.aspect_among_related(analysis, family)):
                return TopicAnswer(kin)
            family = [i for i in family if i == previous or i not in self._named.subjects]
        best, score = self._families.best_in(family, question, self._families.anchor(previous))
        if not pointed and score < self._matcher.config.answer_at:
            return None
        if self._kind_defined_by_chance(best, previous, analysis):
            return TopicAnswer(previous)
        return TopicAnswer(best)

    def _kind_defined_by_chance(self, best: str, topic: str, analysis: Analysis) -> bool:
        """ "kepanjangannya apa", "sama negara mana", "negaranya siapa aja" after a kind's examples ask of
        the example just named, which those examples say: the kind's definition comes nearest only by
        chance, unless a meaning is asked ("itu artinya apa") of nothing those examples name ("kalau
        IJEPA itu maksudnya apa" asks of one of them)."""
        subjects = self._matcher.subjects
        named = subjects.answer_names.get(topic, frozenset()) & set(analysis.words)
        return (
            subjects.aspect_of.get(topic) == EXAMPLES
            and subjects.aspect_of.get(best) == DEFINITION
            and self._intents[best].concept == self._intents[topic].concept
            and (MEANING not in analysis.stems or bool(named))
        )

    def _kind_it_is(self, topic: str) -> str:
        """The lesson that says which kind an organisation is: the examples of the one kind that list it
        (the IMF's answer says what it does, multilateral's examples that it is multilateral), as a
        worksheet item on its kind gets; its own when two kinds' examples name it or none does."""
        subjects = self._matcher.subjects
        kind = self._listed_under.get(topic)
        if kind is None or len(subjects.examples_naming(subjects.title_names.get(topic, ()))) > 1:
            return topic
        return subjects.by_kind_aspect.get((kind, EXAMPLES), topic)

    def _classes_an_example(self, tokens: list[str], previous: str, offered: bool) -> bool:
        """ "itu termasuk apa, bilateral atau regional", "itu bilateral atau regional?" after "ijepa itu
        apa", answered with a kind's examples: which kind the example is, which that answer says; not the
        kinds compared."""
        examples = self._matcher.subjects.aspect_of.get(previous) == EXAMPLES
        return examples and (names_a_class(tokens) or offered)

    def _owned_in_message(
        self, tokens: list[str], leaning: list[str], match: Match, family: list[str]
    ) -> bool:
        """ "kedutaan tugasnya apa aja" after a dispute: the -nya points at the word before it (or after it:
        "fungsinya kedubes?"), not at the topic, when the matcher alone is sure of a lesson outside the
        topic's family. Less sure ("kalau kedutaan tugasnya apa" after the ILO), the word before it must
        name that lesson by itself, far ahead of any other: "trs tujuannya apa" after ASEAN still asks
        ASEAN's aims."""
        if match.outcome is not Outcome.ANSWER or match.intent in family:
            return False
        k = tokens.index(leaning[0])
        words = self._matcher.normaliser.words
        config = self._matcher.config
        if match.score < config.sure_at:
            # Far ahead: "tujuan utamanya" after the UN is no lesson on aims named. A word before it names
            # no chat about the bot ("sebut semua kawasannya" after Indonesia's partners' regions: "semua"
            # reads like "kamu tahu semua?").
            if self._intents[match.intent].group == CONVERSATION_GROUP:
                return False
            named = self._matcher.rank(tokens[k - 1], 2) if k > 0 else []
            if not named or named[0].intent != match.intent:
                return False
            return named[0].score - (named[1].score if len(named) > 1 else 0.0) >= config.clarify_window
        return (k > 0 and bool(words(tokens[k - 1]))) or (k + 1 < len(tokens) and bool(words(tokens[k + 1])))

    def _another_aspect_beside(
        self, tokens: list[str], leaning: list[str], match: Match, family: list[str]
    ) -> bool:
        """ "kalau dua negara berselisih, biasanya diapain hubungannya?" after why diplomacy matters: the
        -nya is the two countries' relations (the message names its own kind), and it says what the
        lesson the matcher answers is on ("berselisih"), which no title in the topic's family says. Not an
        aspect any lesson is asked ("contoh kasus nyatanya ada ga" after a dispute asks the dispute's
        cases); said only in the word that leans, it is asked of the topic ("tujuannya apa" after
        ASEAN)."""
        config = self._matcher.config
        if match.outcome is not Outcome.ANSWER or match.intent in family or match.score < config.answer_at:
            return False
        subjects = self._matcher.subjects
        titles = subjects.title_stems
        aspect = titles.get(match.intent, frozenset()) - subjects.title_subjects.get(match.intent, set())
        unshared = aspect - self._asked_of_any - set().union(*(titles[i] for i in family))
        beside = self._matcher.normaliser.analyse(" ".join(t for t in tokens if t not in leaning)).stems
        return bool(unshared & set(beside))

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

    def _says_only_titles(self, analysis: Analysis, named: list[str]) -> bool:
        """Whether the question says nothing but question words and title words of one lesson named."""
        said = set(analysis.stems) - QUESTION_STEMS
        return bool(said) and any(said <= self._matcher.subjects.title_stems[i] for i in named)

    def _said_by_it_alone(self, question: str, analysis: Analysis, match: Match, topic: str) -> bool:
        """ "eropa ada brp" after the eight regions: too little to answer alone, but the topic is among
        what the words come nearest (the regional examples name the EU) and its answer says every one of
        them."""
        if match.outcome is Outcome.ANSWER:
            return False
        ranked = self._matcher.rank(question)
        if not ranked or ranked[0].intent in self._matcher.subjects.conversation:
            return False  # "lu su makan ko" after the FAO is small talk, whatever the FAO's answer says
        near = {c.intent for c in ranked if c.score > ranked[0].score - self._matcher.config.clarify_window}
        stems = set(analysis.stems) - QUESTION_STEMS
        return topic in near and self._families.says_all(stems, topic)

    def _asks_which_point(self, analysis: Analysis, topic: str, match: Match, marked: bool) -> bool:
        """ "arab saudi masuk yg mana", "arab saudi masok kawasan apa?" after the eight regions: which point
        of the topic's list a country (or other name) belongs to, which the list shows; "perikanan masuk
        juga kah" after the fields: whether it is one of them, when no lesson alone answers that ("IMT-GT
        itu termasuk?" after regional's benefits is one of regional's examples)."""
        stems = set(analysis.stems)
        alone = match.outcome is Outcome.ANSWER and match.intent not in self._matcher.subjects.conversation
        which = (
            _WHICH & stems
            or (_WHAT & stems and self._matcher.subjects.title_stems[topic] & stems)
            or (marked and not QUESTION_STEMS & stems and not alone)
        )
        if not (_BELONGING & stems and which and self._points.lists(topic)):
            return False
        if COOPERATION in itertools.pairwise(analysis.words) or _KIND_WORDS & stems:
            return False  # "ASEAN termasuk kerja sama apa" after ASEAN asks its kind, not one of its points
        named = stems - _BELONGING - _WHICH - _WHAT - self._matcher.subjects.title_stems[topic]
        # Not an organisation ("AFTA masuk yang mana?") nor a kind: a lesson of its own.
        lessons = self._matcher.subjects.every_title_name | set(self.all_kinds)
        return 0 < len(named) <= 2 and not named & lessons

    def _examples_of_what_it_said(
        self, analysis: Analysis, mention: ConceptMention, topic: str
    ) -> str | None:
        """ "contohnya di bidang pendidikan?", "contoh yg pendidikan ada?" after bilateral's fields: examples
        of the topic's kind, about something its answer says."""
        kind = self._intents[topic].concept
        if kind is None or set(mention.concepts) - {kind}:
            return None
        if self._matcher.subjects.every_title_name & set(analysis.words):
            return None  # "WTO yang ada di contoh itu apa" asks of the WTO
        aspect_by_stem = self._families.aspect_by_stem
        stems = set(analysis.stems) - QUESTION_STEMS
        if EXAMPLES not in {aspect_by_stem.get(s) for s in stems}:
            return None
        said = stems - aspect_by_stem.keys()
        if not (said and self._families.says_all(said, topic)):
            return None
        return self._matcher.subjects.by_kind_aspect.get((kind, EXAMPLES))

    def _asked_of_all_listed(
        self, tokens: list[str], analysis: Analysis, mention: ConceptMention, topic: str
    ) -> str | None:
        """ "terus ikut semua itu untungnya apa" after the WTO and the ILO: an aspect of all of them, which
        is the kind's whose examples list the topic, not the last one's."""
        kind = self._listed_under.get(topic)
        if kind is None or mention.concepts or not _ALL & set(tokens):
            return None
        aspect_by_stem = self._families.aspect_by_stem
        asked = {aspect_by_stem[s] for s in analysis.stems if s in aspect_by_stem}
        if len(asked) != 1:
            return None
        return self._matcher.subjects.by_kind_aspect.get((kind, asked.pop()))

    def _all_put_under_a_kind(
        self, tokens: list[str], analysis: Analysis, mention: ConceptMention, topic: str
    ) -> str | None:
        """ "itu semua masuk kerjasama multilateral ya", "dua2nya multilateral?" after the GNB and the OKI:
        whether all of them are of a kind, which the examples of the kind listing them say (or the examples
        just shown, the topic); not what that kind is. So is "tiga2nya tu kerja sama apa" after the ILO and
        the FAO, which kind all of them are, no kind named."""
        examples = self._matcher.subjects.aspect_of.get(topic) == EXAMPLES
        kind = self._listed_under.get(topic) or (self._intents[topic].concept if examples else None)
        words = set(analysis.words)
        if kind is None or len(mention.concepts) > 1 or not (_ALL | _BOTH) & set(tokens):
            return None
        if not mention.concepts:
            kind_asked = _KIND_WORDS & words or COOPERATION in itertools.pairwise(analysis.words)
            if not (kind_asked and (_WHAT | _WHICH) & words):
                return None
        if words - set(mention.concepts) - _PUTTING_ALL_UNDER - _KIND_WORDS - _WHAT - _WHICH:
            return None
        return self._matcher.subjects.by_kind_aspect.get((kind, EXAMPLES))

    def _asks_the_bot(self, leaning: list[str], match: Match, family: list[str]) -> bool:
        """ "materinya dari mana", "sumber jawabannya apa": the -nya word is one students use when
        asking the bot about itself, not about the topic."""
        sure = match.outcome is Outcome.ANSWER and match.score >= self._matcher.config.sure_at
        if not sure or self._intents[match.intent].group != CONVERSATION_GROUP:
            return False
        stems = set(self._matcher.normaliser.analyse(" ".join(leaning)).stems)
        return bool(stems) and self._families.asked_in_examples(stems, match.intent, family)


def _counts_countries(analysis: Analysis, mention: ConceptMention) -> bool:
    """ "minimal brp negara?", "harus berapa negara": how many countries it takes, nothing named and
    nothing else asked; a kind's definition says that."""
    stems = set(analysis.stems)
    return not mention.concepts and _HOW_MANY_COUNTRIES <= stems <= _HOW_MANY_COUNTRIES | _AT_LEAST


def _offers_kinds(analysis: Analysis, mention: ConceptMention) -> bool:
    """ "regional atau multilateral sih?": two kinds or three and nothing else asked, which offers them as
    answers; not "bedanya regional sama multilateral", which compares them."""
    return len(mention.concepts) >= 2 and set(analysis.words) - set(mention.concepts) <= _BESIDE_KINDS_OFFERED
