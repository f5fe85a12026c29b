"""The points of an answer a follow-up picks by number ("yang kedua maksudnya apa", "poin 3", "yg
terakhir contohnya apa") or by what the point is about ("yang soal pasar produk itu gimana").
"""

from __future__ import annotations

import html
import re

from bot.content import Content
from bot.content.markup import visible_text
from bot.nlp import Analysis, Matcher
from bot.nlp.subjects import DEFINITION, QUESTION_STEMS
from bot.tutor.topic_answer import TopicAnswer
from bot.tutor.topic_family import TopicFamilies

ORDINALS = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6,
            "ketujuh": 7, "kedelapan": 8, "terakhir": -1,
            # Sundanese, Minang, Palembang, Javanese ("nu kadua", "nan katigo", "yg pertamo", "sing kapindho")
            "kahiji": 1, "kadua": 2, "katilu": 3, "kaopat": 4,
            "partamo": 1, "kaduo": 2, "katigo": 3, "ketigo": 3, "kaampek": 4,
            "pertamo": 1, "keduo": 2, "kelimo": 5,
            "kapisan": 1, "kapindho": 2, "katelu": 3,
            "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}  # fmt: skip
# Words before an ordinal that point at a list: "yang kedua", not "kedua negara" (Javanese "sing",
# Sundanese "nu", Minang "nan", Banjar "nang", Betawi "nyang"; English "the third one").
_POINTING = frozenset(
    {"yang", "yg", "poin", "point", "nomor", "no", "butir", "bagian", "sing", "nomer", "nu", "nan", "nang",
     "nyang", "the", "number"}
)  # fmt: skip
# Counting words after a number's name: "nomor tiga", Javanese "nomer telu"; "yang tiga" is no pointer.
_NUMBERED = frozenset({"poin", "point", "nomor", "no", "butir", "nomer", "number"})
CARDINALS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
              "siji": 1, "loro": 2, "telu": 3, "papat": 4, "limo": 5, "enem": 6,  # Javanese
              "duo": 2, "tigo": 3, "ampek": 4, "anam": 6}  # fmt: skip  # Palembang, Jambi, Minang
_ITEM_LINE = re.compile(r"^\s*(?:•|-|\d+\.)\s*(.+)$")
MAX_DOUBT_WORDS = 14  # "di teks fungsinya 4 tp kok katanya 5, yg bener brp"
MAX_ORDINAL_WORDS = 7  # "yang kedua maksudnya apa" is short; "soal no 3" in a long message is not
_PICKING = frozenset({"yang", "yg", "sing", "nu", "nan", "nyang"})  # "the one": "yg no 3", "yang kedua"
_ABOUT = frozenset({"soal", "tentang", "tntg", "ttg", "masalah", "bagian"})  # "yang soal ...": the one about
DEMONSTRATIVES = frozenset({"itu", "ini", "tu", "tuh"})  # "itu dibentuk kapan?", "yg pasar produk itu"
_ONLY_SO_MANY = frozenset({"cuma", "hanya", "cuman", "only", "just"})  # "di artikel cuma 4 poin"
_COUNTED = frozenset({"poin", "point", "points", "butir", "bullet", "item"})
_CLOSING = frozenset({"", "kok", "aja", "saja", "doang", "ya", "kah", "sih", "tok", "wae"})
_MEANING = frozenset({"erti", "maksud"})  # the stems of "maksudnya", "pengertiannya", "artinya"
_ONLY = frozenset({"aja", "saja", "doang", "wae", "sajo", "bae"})  # "yg ekonomi aja": just that one
# A yes/no question's closing word: "provinsi boleh gak", "ada yg ttg ekonomi ndak".
YES_NO_TAGS = frozenset(
    {"gak", "ga", "gk", "nggak", "ngga", "enggak", "tidak", "tdk", "ndak", "ra", "ora", "kah", "ya", "yah",
     "juga", "jg", "nda", "sonde", "seng", "kan", "to"}
)  # fmt: skip
_IS_THERE = frozenset({"ada", "ado", "araq"})  # "ada yg ttg ekonomi ndak": is there one about ...


def ordinal(tokens: list[str]) -> int | None:
    """ "yang kedua", "poin 2", "nomor terakhir": which point of the last answer is meant."""
    # "yg no 3 jelasin dong, which one is ..." opens by picking a point, whatever follows.
    picks_first = len(tokens) > 1 and tokens[0] in _PICKING and tokens[1] in _POINTING | ORDINALS.keys()
    if len(tokens) > MAX_ORDINAL_WORDS and not picks_first:
        return None
    if len(tokens) == 1 and tokens[0] in ORDINALS:
        return ORDINALS[tokens[0]]  # "ketiga?" alone, going on down a list
    # "yg ke 3", "yang ke-3", "yg ke empat": "ke" before a number makes it an ordinal.
    numbered: list[str] = []
    for token in tokens:
        if numbered[-1:] == ["ke"] and (token.isdigit() or token in CARDINALS):
            numbered[-1] = token if token.isdigit() else str(CARDINALS[token])
        else:
            numbered.append(token)
    tokens = numbered
    for before, word, after in zip(tokens, tokens[1:], [*tokens[2:], ""], strict=False):
        if before in _POINTING and after != "kali":  # "yang pertama kali mengakui": the first time
            if word in ORDINALS:
                return ORDINALS[word]
            if word.isdigit() and 0 < int(word) < 20:
                return int(word)
            if before in _NUMBERED and word in CARDINALS:
                return CARDINALS[word]
    return None


def _small_count(token: str) -> int | None:
    """The count a word or figure gives, when it could be a list's ("4", "empat"); not "2025"."""
    if token in CARDINALS:
        return CARDINALS[token]
    return int(token) if token.isdigit() and 0 < int(token) < 20 else None


class ListPoints:
    def __init__(self, content: Content, matcher: Matcher, families: TopicFamilies) -> None:
        self._intents = content.intents
        self._matcher = matcher
        self._families = families
        # What each point of each answer says, for a point picked by description.
        self._item_stems = {
            i: [frozenset(matcher.normaliser.analyse(item).stems) for item in self._items(i)]
            for i in content.intents
        }

    def point(
        self, question: str, analysis: Analysis, source: str, number: int, carried: str | None = None
    ) -> TopicAnswer | None:
        """ "yang ketiga maksudnya apa": the intent the n-th point of `source`'s answer is about, or that
        answer with the point quoted; None when it has no such point. `carried`: the aspect asked of the
        point picked before ("yang pertama contohnya apa", then "yang ketiga?" asks the third's examples).
        """
        passage = self._passage(source, number)
        if passage is None:
            return None
        # "Multilateral: ... tanpa memandang kawasan": the point's head names it, not its body
        # ("Kemakmuran: ... pasar di luar negeri" is no question about Indonesia's foreign relations).
        # Without a colon the head ends at the first comma: "ASEAN, perhimpunan ..." names ASEAN, but
        # "Mencari tahu, dengan cara yang sah, ..." is a mission's function, not the ways of diplomacy.
        head = passage.split(":", 1)[0] if ":" in passage else passage.split(",", 1)[0]
        named = self._families.named_in(head, self._families.family(source)[1:])
        aspect_by_stem = self._families.aspect_by_stem
        asked = {aspect_by_stem[s] for s in analysis.stems if s in aspect_by_stem}
        if not named:
            # "no 3 manfaatnyo" after bilateral's fields: the next item of a worksheet, asking another
            # aspect of the same kind, not the third field (what a point means stays the point).
            kind = self._intents[source].concept
            other = self._matcher.subjects.by_kind_aspect.get((kind, *asked)) if len(asked) == 1 else None
            if other and other != source and asked != {DEFINITION}:
                return TopicAnswer(other)
            return TopicAnswer(source, passage, listed=source)
        # "yg ketiga contohnya apa": the aspect asked of the kind the point names.
        if not asked and carried and not _MEANING & set(analysis.stems):
            asked = {carried}
        kinds = {self._intents[i].concept for i in named} - {None}
        by_kind_aspect = self._matcher.subjects.by_kind_aspect
        if len(asked) == 1 and len(kinds) == 1 and (aspect := by_kind_aspect.get((kinds.pop(), asked.pop()))):
            return TopicAnswer(aspect, listed=source)
        return TopicAnswer(self._families.best_in(named, question, visible_text(passage))[0], listed=source)

    def described(
        self, question: str, tokens: list[str], analysis: Analysis, source: str
    ) -> TopicAnswer | None:
        """ "yang soal pasar produk dalam negeri itu gimana", "yg pasar produk itu maksudnye apa": the one
        point of `source`'s answer that says the most of the words describing it, quoted."""
        if tokens[:1] and tokens[0] in _IS_THERE and tokens[1:2] and tokens[1] in _PICKING:
            tokens = tokens[1 : len(tokens) - (tokens[-1] in YES_NO_TAGS)]
        if len(tokens) < 3 or tokens[0] not in _PICKING:
            return None
        about = tokens[1] in _ABOUT
        words = tokens[2:] if about else tokens[1:]
        # The description ends at "itu", or at the word asking its meaning: "yang pendidikan maksudnya apa".
        analyse = self._matcher.normaliser.analyse
        end = next(
            (
                k
                for k, word in enumerate(words)
                if word in DEMONSTRATIVES or _MEANING & set(analyse(word).stems)
            ),
            len(words),
        )
        # Without "soal", only "yang X itu maksudnya ..." or "yang X aja" (asking nothing else: "yg tanda
        # tangan siapa aja" asks who): "yang WTO itu ngurusin apa" asks of the WTO.
        described = set(analyse(" ".join(words[:end])).stems)
        means = set(analyse(" ".join(words[end:])).stems) & _MEANING
        only = words[-1] in _ONLY and not described & QUESTION_STEMS
        # "yang ekonominya apa aja", "yg ekonomi2 nya": the list's points on the economy, which the "-nya"
        # owns to the list.
        owned = words[0].endswith("nya") or words[1:2] == ["nya"]
        if not (about or means or only or owned):
            return None
        asked = described - QUESTION_STEMS
        said = [len(asked & stems) for stems in self._item_stems[source]]
        best = max(said, default=0)
        if best == 0:
            return None
        if said.count(best) > 1:
            return TopicAnswer(source, listed=source) if owned else None
        # A point whose head names another lesson is left to the other rules: the words may fit that
        # lesson better than the point.
        picked = self.point(question, analysis, source, said.index(best) + 1)
        return picked if picked and picked.intent == source else None

    def counted(self, tokens: list[str], source: str) -> bool:
        """ "kenapa di artikel cuma 4 poin", "Mengapa di artikel hanya ada empat butir?": a doubt on how many
        points `source`'s list has, which its answer settles."""
        listed = len(self._items(source))
        if listed < 2:
            return False
        # "td kata ustadzah ada 5 ya, kok di artikel 4": two counts set against each other, one the list's.
        counts = {n for t in tokens if (n := _small_count(t))}
        if len(counts) == 2 and listed in counts and len(tokens) <= MAX_DOUBT_WORDS:
            return True
        if len(tokens) > MAX_ORDINAL_WORDS + 2:
            return False
        for k, token in enumerate(tokens):
            if not _small_count(token):
                continue
            after = tokens[k + 1] if k + 1 < len(tokens) else ""
            # "cuma 4 kok" counts the points; "kenapa ASEAN cuma 10 negara" counts something else.
            only = bool(set(tokens[max(0, k - 3) : k]) & _ONLY_SO_MANY) and after in _CLOSING
            if after in _COUNTED or only:
                return True
        return False

    def lists(self, intent_id: str) -> bool:
        """Whether the answer is a list of points."""
        return len(self._items(intent_id)) >= 2

    def said_in_points(self, intent_id: str) -> frozenset[str]:
        """The stems its answer's points say (not a note below them)."""
        return frozenset().union(*self._item_stems[intent_id])

    def _items(self, intent_id: str) -> list[str]:
        return [m.group(1) for line in visible_text(self._intents[intent_id].answer).splitlines()
                if (m := _ITEM_LINE.match(line))]  # fmt: skip

    def _passage(self, intent_id: str, number: int) -> str | None:
        """The n-th point (bullet or numbered line) of an answer, as safe HTML."""
        items = self._items(intent_id)
        if not items or number > len(items):
            return None
        return html.escape(items[number - 1 if number > 0 else -1])
