"""What the matcher makes of a ranking: answer, clarify (offer the close choices) or unknown.

The rules on names (`bot.nlp.name_rules`), on a kind's aspects (`bot.nlp.aspect_rules`) and among close
choices (`bot.nlp.choice_rules`) settle what the thresholds alone would leave open."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from enum import StrEnum

from bot.content.models import (
    ABOUT_BOT_INTENT,
    COMPARISON_INTENT,
    FAREWELL_INTENT,
    GREETING_INTENT,
    HELP_INTENT,
    THANKS_INTENT,
)
from bot.nlp.aspect_rules import AspectRules
from bot.nlp.choice_rules import ChoiceRules
from bot.nlp.compound import ACKNOWLEDGING, ADDRESSING
from bot.nlp.concepts import FORMS, KIND_NAMES, ConceptMention
from bot.nlp.name_rules import NameRules
from bot.nlp.normalise import BARE_QUESTION, QUESTION_STEMS, Analysis
from bot.nlp.prompts import sets_task
from bot.nlp.ranking import OUT_OF_SCOPE, Candidate, Ranker
from bot.nlp.subjects import DEFINITION, DIPLOMACY, EXAMPLES, MEANING, SORTING, Subjects, dates, is_year
from bot.nlp.tuning import MatcherConfig


class Outcome(StrEnum):
    ANSWER = "answer"
    CLARIFY = "clarify"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Match:
    """What the matcher decided for one question."""

    outcome: Outcome
    score: float  # the best candidate's score, 0..100
    candidates: tuple[Candidate, ...]  # the answer, or the choices offered, best first
    concepts: tuple[str, ...] = ()  # for a comparison: the concepts named, sorted

    @property
    def intent(self) -> str | None:
        return self.candidates[0].intent if self.outcome is Outcome.ANSWER else None

    @property
    def alternatives(self) -> tuple[str, ...]:
        return tuple(c.intent for c in self.candidates) if self.outcome is Outcome.CLARIFY else ()


_JOINING = frozenset({"sama", "vs", "versus", "atau", "dengan"})  # "dan" is no word read
_DIFFERING = frozenset({"beda", "berbeda", "perbedaan", "dibanding", "dibandingkan"})  # "... beda sama ..."
_LANGUAGE = "bahasa"
_FORUM = "forum"
_SAYING = frozenset({"bilang", "ucap", "sebut"})  # how a word is said in a language
_ASKING_HELP = frozenset({"bingung", "bisa", "atau", "harus"})  # "bingung pakai bot", "bisa kah? atau ..."
_EACH = "masing"  # "masing-masing", "masing2"
# After "masing": each country ("masing-masing negara anggota"), not each thing named.
_NOT_EACH_NAMED = frozenset({_EACH, "negara", "anggota"})
_MACHINE_OR_PERSON = frozenset({"manusia", "ai", "chatgpt", "mesin"})  # who answers
_PERSON_OR_ROBOT = frozenset({("orang", "bot"), ("bot", "orang")})  # "orang atau robot" ("robot" reads "bot")
_FEATURE = "fitur"  # of the bot, which its help lists
# "bisa main tebak bilateral atau multilateral ko", "ada mode latihan tebak jenis kerja sama kah": the bot's
# own game ("Tebak jenisnya!"), played or practised, not a student's ("mau bikin games tebak ...").
_GUESS = "tebak"
_PLAYING = frozenset({"main", "mode", "latihan", _FEATURE, "command", "perintah"})
_WHAT = "apa"
# What else has features a student may ask about: "fitur multilateral trade di game ini".
_OTHER_SOFTWARE = frozenset(
    {"game", "gim", "photoshop", "canva", "excel", "whatsapp", "wa", "instagram", "ig", "tiktok", "hp",
     "android", "iphone", "samsung", "laptop"}
)  # fmt: skip
_ANSWERER = frozenset({"kamu", "bot", "jawab", "balas", "siapa", "guru"})  # asked of the one answering
# "selamat malam" opens a chat and closes one; these stems say it closes ("cukup, selamat malam", "selamat
# malam kak, aku tidur duluan", "met malam, bye").
_TIMES_OF_DAY = frozenset({"pagi", "siang", "sore", "malam"})
_LEAVING = frozenset(
    {"pamit", "tidur", "cukup", "udahan", "undur", "cabut", "bye", "dadah", "babay", "jumpa", "wassalam",
     "wassalamualaikum", "sekian", "offline", "logout", "log", "off", "keluar"}
)  # fmt: skip
_DENYING = frozenset({"belum", "tidak", "bukan"})  # "belum tidur", "gak cabut kok"
_GREETING_TIME = ADDRESSING | {"selamat"}  # "selamat pagi", "@bot pagi": the time of day greets
# Leaving said outright ("ok kak sa offline dulu", "dadah bot"), and going that leaves only "for now" ("sa
# keluar dulu", "aku pergi dulu ye, nak ngaji"; not "indonesia pernah keluar dari PBB", "lagi istirahat nih").
_SEEING_OFF = frozenset({"pamit", "offline", "off", "cabut", "dadah", "bye", "babay", "logout"})
_GOODBYE = frozenset({"pamit", "dadah", "bye", "babay"})  # "permisi kak, pamit yaa": outweighs "permisi"
_GOING = frozenset({"keluar", "pergi", "tidur", "istirahat", "offline", "off", "cabut", "cukup", "akhir"})
_FOR_NOW = "dulu"
# "aku pergi ngaji dulu": what the student goes to do may come between the going and the "for now".
_GOING_REACH = 2
# "dah ah ngantuk, lanjut besok ya", "selamat malam, sampai besok": going on tomorrow, not now.
_UNTIL_TOMORROW = frozenset({("lanjut", "besok"), ("besok", "lanjut"), ("sampai", "besok")})
# "oke kak mantap, thanks ...", "wah makasih la, ...": what may come before the thanks and say nothing else.
_BEFORE_THANKS = ACKNOWLEDGING | frozenset(
    {"wah", "wih", "wow", "mantap", "mantul", "keren", "asik", "asyik", "yes", "alhamdulillah"}
)
# "oke kaka, beta su mengerti", "ngerti skrg": the answer understood (the pronouns and "sudah" are stop
# words; "tidak mengerti" reads as nothing, "masih belum ngerti" keeps its "belum").
_UNDERSTOOD = frozenset({"erti", "paham"})
_UNDERSTOOD_WITH = _BEFORE_THANKS | _UNDERSTOOD | {"sekarang", "jadi"}  # "jadi ngerti skrg"
_TAKEN = frozenset({"ok", "oke", "okay", "okey", "okee", "sip", "siap", "mantap", "mantul"})
# Other subjects, and their terms, in which "bilateral" means something else ("simetri bilateral" in biology
# and geometry, "pneumonia bilateral" in medicine: both sides of a body or a figure).
_OTHER_SUBJECTS = frozenset(
    {"matematika", "mtk", "geometri", "datar", "biologi", "dokter", "medis", "anatomi", "fisika", "kimia",
     "simetri", "symmetry", "pjok", "penjas", "penjaskes", "olahraga", "senam",
     # a diagnosis or a treatment ("kanker payudara bilateral", "anestesi regional", "bilateral hearing loss")
     "kanker", "tumor", "payudara", "diagnosa", "anestesi", "bius", "hearing", "pendengaran", "pneumonia",
     "paru", "ginjal", "lutut", "knee", "nyeri", "pain", "saraf", "amputasi", "hernia", "katarak", "rontgen",
     "radiologi", "usg", "telinga", "otot", "fraktur", "tulang", "sumbing", "cleft",
     # a band's name ("bilateral tu nama band kah?")
     "band",
     # other trades' and games' terms ("multilateral netting di akuntansi", "kliring multilateral di bank",
     # "multilateral trading facility di bursa", "bilateral stereo speaker", "sumur multilateral di pengeboran
     # minyak", "pertandingan multilateral di turnamen catur")
     "akuntansi", "kliring", "saham", "bursa", "silat", "perminyakan", "pengeboran", "speaker", "stereo",
     "kriket", "catur", "turnamen", "babak", "game", "gim",
     # a disc's region code ("kode regional DVD itu apa")
     "dvd",
     # another chapter of civics ("kelembagaan ekonomi regional dalam konteks otonomi daerah")
     "otonomi"}
)  # fmt: skip
# The school subjects a student may want help with elsewhere, and the words that instead ask the bot what it
# can do ("bisa apa" reads as "fitur apa"), or in which language, or say the subjects it covers.
_SCHOOL_SUBJECTS = frozenset(
    {"matematika", "mtk", "ipa", "fisika", "biologi", "kimia", "inggris", "coding", "python", "informatika"}
)
_ASKING_THE_BOT = frozenset({"bot", "fitur", "apa", "pakai", "tanya", "ppkn", "pkn", "ips"})
# Bodies at school and at home whose meetings the word may describe ("rapat multilateral di OSIS", "rapat
# koordinasi multilateral RT RW", "lomba pramuka regional"): among their members, not among countries.
_OTHER_BODIES = frozenset({"osis", "mpk", "rt", "rw", "pramuka"})
# "treaty sama agreement", "persetujuan dan traktat", "protokol, traktat, persetujuan": names of an
# agreement (the English ones read as "perjanjian") listed or joined as things set side by side.
_AGREEMENTS = frozenset({"perjanjian", "protokol", "traktat", "persetujuan"})
_SIDE_BY_SIDE = frozenset({"sama", "dan", "dengan", "atau", "vs"})
_NOT = "bukan"  # "bilateral sing dimaksud nang PPKn kuwe apa? dudu sing nang matematika": not that one
# Whom one talks round at home ("diplomasi sama ortu biar dibolehin nonton konser", "diplomasi ke pacar",
# "perjanjian bilateral sama mama biar boleh main HP"), named soon after the diplomacy or the agreement:
# their everyday sense, no lesson's. Not "papa bilang ... diplomasi".
_DIPLOMACY_WORDS = frozenset({"diplomasi", "diplomatis", "perjanjian", "negosiasi"})
_CLOSE_ONES = frozenset(
    {"ortu", "mama", "mamah", "mamak", "emak", "mami", "papa", "papah", "papi", "ayah", "pacar", "doi",
     "gebetan", "ayang", "cinta", "camer", "mertua", "pacaran"}
)  # fmt: skip
_CLOSE_ONES_REACH = 4
_BY_EXPERTS = ("menurut", "ahli")  # "pengertian bilateral menurut para ahli"
_OURS = frozenset({"ppkn", "pkn", "negara"})


def _asks_something(analysis: Analysis) -> bool:
    """A question word or a task ("jelaskan", "sebutkan") among the words."""
    return bool(set(analysis.stems) & QUESTION_STEMS) or sets_task(analysis.words)


def _asks_of_a_kind(analysis: Analysis, mention: ConceptMention) -> bool:
    """ "hai kak selamat sore, lagi apa? hehe. oh iya mau tanya dong bilateral tu maksudnya apa": a kind
    named and something asked, however long the greeting and the small talk before it; the question is
    what is answered, not the greeting."""
    return bool(mention.concepts) and _asks_something(analysis)


def _asks_a_translation(analysis: Analysis) -> bool:
    """ "arigatou artinya apa", "terjemahkan thank you", "sayonara bahasa indonesianya apa": the meaning
    of a word asked, which is no greeting or thanks given (the stems of "arti" and "terjemahkan"). A
    question about the bot may say "maksudnya" to restate itself ("bot ini bisa jawab apa? maksudnya
    materi apa yg dikuasai?")."""
    stems, words = set(analysis.stems), analysis.words
    if "bot" in words:
        return False
    in_a_language = any(w.endswith(("indonesianya", "inggrisnya")) for w in words)
    # "bahasa thailand 'halo' apa", "cara bilang selamat pagi dalam bahasa bugis gimana", "cara bilang halo
    # dalam bahasa korea"
    said_in_a_language = _LANGUAGE in words and stems & (QUESTION_STEMS | _SAYING)
    return (
        "terjemah" in stems
        or ("apa" in stems and (MEANING in stems or in_a_language))
        or bool(said_in_a_language)
    )


def _other_homework(analysis: Analysis) -> bool:
    """ "kak bantuin ngerjain PR IPA halaman 45 dong", "bikin soal pilihan ganda matematika": help with
    another subject's work, which is no question on how to use this bot; but "bot ini bisa jawab soal apa
    aja? ipa bisa?" and "ko tra bisa matematika kah, trus ko bisa apa" ask what it can do."""
    words = set(analysis.words)
    return bool(words & _SCHOOL_SUBJECTS) and not words & _ASKING_THE_BOT


def _leaves(stems: tuple[str, ...]) -> bool:
    """A word of leaving said, not denied: "malam kak, blm tidur kah?" asks whether the bot is still up."""
    return any(stem in _LEAVING and (k == 0 or stems[k - 1] not in _DENYING) for k, stem in enumerate(stems))


def _goes(stems: tuple[str, ...]) -> bool:
    """Going "for now" ("sa istirahat dulu", "aku pergi ngaji dulu") or until tomorrow ("sampai besok")."""
    for_now = any(
        stem in _GOING and _FOR_NOW in stems[k + 1 : k + 1 + _GOING_REACH] for k, stem in enumerate(stems)
    )
    return for_now or bool(_UNTIL_TOMORROW & set(itertools.pairwise(stems)))


def meant_in_another_subject(analysis: Analysis) -> bool:
    """ "bilateral itu artinya dua sisi di matematika?", "apa arti bilateral dalam kedokteran", "rapat
    multilateral di OSIS": what the word means in another subject or of another body, not what the kind of
    cooperation is; unless that subject is set aside, or ours or countries are named ("bilateral di PPKn
    apa? bukan yang di matematika")."""
    words = analysis.words
    others = _OTHER_SUBJECTS | _OTHER_BODIES
    other = next((k for k, w in enumerate(words) if w in others or analysis.stems[k] in others), None)
    return other is not None and _NOT not in words[:other] and not _OURS & set(words)


def agreements_side_by_side(words: tuple[str, ...]) -> bool:
    """ "bedanya treaty sama agreement apa", "protokol, traktat, persetujuan tu bedanya apa": names of an
    agreement joined or listed side by side, which the lesson on the forms of agreement names; no kinds
    compared. The same name twice in a row is no list ("... Agreement. Perjanjian ini ...")."""
    joined = any(
        first in _AGREEMENTS and joining in _SIDE_BY_SIDE and second in _AGREEMENTS
        for first, joining, second in zip(words, words[1:], words[2:], strict=False)
    )
    return joined or any(
        first != second and {first, second} <= _AGREEMENTS for first, second in itertools.pairwise(words)
    )


def _diplomacy_at_home(words: tuple[str, ...]) -> bool:
    """ "cara diplomasi sama mama supaya dikasih uang jajan", "diplomasi ke orang tua biar dikasih izin":
    talking round one's family or sweetheart, or striking a deal with them."""
    for k, word in enumerate(words):
        if word in _DIPLOMACY_WORDS:
            after = words[k + 1 : k + 1 + _CLOSE_ONES_REACH]
            if _CLOSE_ONES & set(after) or ("orang", "tua") in itertools.pairwise(after):
                return True
    return False


def _diplomacies_compared(words: tuple[str, ...]) -> bool:
    """ "Diplomasi bilateral berbeda dari diplomasi multilateral dalam hal mitra ...": two kinds of
    diplomacy set side by side, which the lesson on bilateral diplomacy tells apart, not the three kinds
    of cooperation."""
    return _diplomacies_named(words) >= 2


def _each_named(words: tuple[str, ...]) -> bool:
    """ "IJEPA, ASEAN, PBB masing2 termasuk apa": each of the things named; not "memperkuat hubungan
    bilateralnya dengan masing-masing negara anggota", each of some countries."""
    return any(
        word == _EACH and (k + 1 == len(words) or words[k + 1] not in _NOT_EACH_NAMED)
        for k, word in enumerate(words)
    )


def _forums_named(words: tuple[str, ...]) -> bool:
    """ "forum regional seperti ASEAN dan forum multilateral seperti PBB ... memperkuat hubungan bilateral":
    kinds named as the forums a country meets in, which the lesson on those frameworks is about; the kinds
    are not compared."""
    return any(a == _FORUM and b in KIND_NAMES for a, b in itertools.pairwise(words))


def _diplomacies_named(words: tuple[str, ...]) -> int:
    """How many kinds of diplomacy ("diplomasi bilateral") the words name; in "diplomasi bilateral sama
    multilateral" and "diplomasi bilateral beda sama multilateral" the second kind is one too."""
    named = 0
    for k, (a, b) in enumerate(itertools.pairwise(words)):
        if a == DIPLOMACY and b in KIND_NAMES:
            rest = words[k + 2 : k + 5]
            compared = bool(rest) and rest[0] in _DIFFERING
            rest = rest[1:] if compared else rest
            joined = bool(rest) and rest[0] in _JOINING
            rest = rest[1:] if joined else rest
            named += 2 if (compared or joined) and bool(rest) and rest[0] in KIND_NAMES else 1
    return named


class Decider:
    """Decides on a question's ranking by the thresholds of the config it is given, so a config
    swapped into the matcher counts from the next question on."""

    def __init__(self, ranker: Ranker, subjects: Subjects, *, compares: bool) -> None:
        self._ranker = ranker
        self._subjects = subjects
        self._compares = compares  # the content has the comparison intent
        # The names only one kind's examples give ("ijepa", "wto"), and that kind; every kind.
        examples = {
            i: names for i, names in subjects.answer_names.items() if subjects.aspect_of[i] == EXAMPLES
        }
        self._example_kinds = {
            name: subjects.kind_of[intent]
            for intent, names in examples.items()
            for name in names
            if sum(name in other for other in examples.values()) == 1
        }
        self._kinds = frozenset(subjects.kind_of.values())
        # The lesson on the forms an agreement takes (treaty, agreement, protocol): the one aspect "bentuk".
        self._forms_of_agreement = next(
            (i for (_, aspect), i in subjects.by_kind_aspect.items() if aspect == FORMS), None
        )
        self._kind_definitions = frozenset(
            i for (_, aspect), i in subjects.by_kind_aspect.items() if aspect == DEFINITION
        )
        # The stems only the greeting uses ("selamat", "pagi", "assalamualaikum"), no lesson.
        lessons = [i for i in subjects.title_stems if i not in subjects.conversation]
        self._greeting_stems = (
            ranker.stems(GREETING_INTENT) - frozenset().union(*map(ranker.stems, lessons))
            if GREETING_INTENT in subjects.conversation
            else frozenset()
        )
        # What greets and never takes leave ("hai", "halo"): "sudah dulu, selamat malam" does not open.
        self._only_greeting = (
            ranker.stems(GREETING_INTENT) - ranker.stems(FAREWELL_INTENT)
            if {GREETING_INTENT, FAREWELL_INTENT} <= subjects.conversation
            else frozenset()
        )
        # Those a greeting opens with: not "bot" or "kelas", which only its examples happen to use; "hai",
        # though lessons' examples open with it too ("hai kak, apa itu bilateral").
        self._greeting_openers = (
            (self._greeting_stems | self._only_greeting) & ranker.openers(GREETING_INTENT)
            if self._greeting_stems
            else frozenset()
        )
        # What greets besides a time of day ("halo", "assalamualaikum"): with it, "malam" greets too.
        self._greeting_words = self._greeting_openers - _TIMES_OF_DAY
        # The word of thanks its title says ("terima kasih", which "makasih" and "trims" normalise to).
        self._thanks_words = subjects.title_stems.get(THANKS_INTENT, frozenset())
        self._thanking_stems = self._thanks_words | _BEFORE_THANKS | ADDRESSING
        self._names = NameRules(subjects)
        self._aspects = AspectRules(subjects)
        self._choices = ChoiceRules(subjects)

    def decide(self, analysis: Analysis, mention: ConceptMention, config: MatcherConfig) -> Match:
        ranked = self._ranker.rank(analysis, config)
        if said := self._time_of_day_said(ranked, analysis, mention) or self._thanks_or_leave(
            ranked, analysis, mention
        ):
            return Match(Outcome.ANSWER, said.score, (said,))
        # "dulu namanya apa" (what it was called before) asks something and says nothing of leaving: the
        # "dulu" of "aku pergi dulu" is no goodbye there.
        stems = set(analysis.stems)
        if ranked and ranked[0].intent == FAREWELL_INTENT and stems & QUESTION_STEMS and not stems & _LEAVING:
            ranked = [c for c in ranked if c.intent != FAREWELL_INTENT]
        if ranked and ranked[0].intent == GREETING_INTENT and self._time_in_passing(analysis):
            ranked = [c for c in ranked if c.intent != GREETING_INTENT]
        if (
            ranked
            and ranked[0].intent == GREETING_INTENT
            and (asked := self._asked_after(self._greeting_stems, analysis, mention, config, of_bot=True))
        ):
            return asked
        if (
            ranked
            and ranked[0].intent == GREETING_INTENT
            and (named := self._named_after_greeting(ranked, analysis))
        ):
            return Match(Outcome.ANSWER, named.score, (named,))
        # "oke makasih. trus kalo yg regional tuh apa": thanks for the last answer, then the next question.
        if (
            ranked
            and ranked[0].intent == THANKS_INTENT
            and (asked := self._asked_after(self._thanking_stems, analysis, mention, config))
        ):
            return asked
        if (
            ranked
            and ranked[0].intent == GREETING_INTENT
            and _asks_of_a_kind(analysis, mention)
            and ranked[0].score >= config.answer_at
        ):
            # A weaker greeting is only among the choices, which the rules below settle.
            ranked = [c for c in ranked if c.intent != GREETING_INTENT]
        if ranked and ranked[0].intent == GREETING_INTENT and self._only_greets(analysis, mention):
            return Match(Outcome.ANSWER, ranked[0].score, (ranked[0],))
        if (
            ranked
            and ranked[0].intent == HELP_INTENT
            and (greeted := self._greets_before_help(ranked, analysis, mention))
        ):
            return Match(Outcome.ANSWER, greeted.score, (greeted,))
        if ranked and ranked[0].intent == HELP_INTENT and (bot := self._what_it_is(ranked, analysis, config)):
            return Match(Outcome.ANSWER, bot.score, (bot,))
        if feature := self._feature_asked(ranked, analysis):
            return Match(Outcome.ANSWER, feature.score, (feature,))
        words = analysis.words
        if analysis.stems and set(analysis.stems) <= BARE_QUESTION:
            # "kenapa?", "kapan?" alone ask about nothing named: whatever ranks first is chance.
            return Match(Outcome.UNKNOWN, ranked[0].score if ranked else 0.0, ())
        if self._forms_of_agreement and len(mention.concepts) <= 1 and agreements_side_by_side(words):
            winner = Candidate(self._forms_of_agreement, ranked[0].score if ranked else 0.0)
            return Match(Outcome.ANSWER, winner.score, (winner,))
        compared = mention.is_comparison or self.sorts_examples(analysis, mention)
        if compared and self._compares and not _diplomacies_compared(words) and not _forums_named(words):
            winner = Candidate(COMPARISON_INTENT, 100.0)
            return Match(Outcome.ANSWER, 100.0, (winner,), mention.concepts)
        off_topic = next((c.score for c in ranked if c.intent == OUT_OF_SCOPE), 0.0)
        # A question that names its kind ("bilateral tuh yg kyk gmn") is not about another kind.
        ranked = [
            c for c in ranked if c.intent != OUT_OF_SCOPE and self._subjects.fits_kind(c.intent, mention)
        ]
        # "konvensi wina 1963": another thing of the title's name, even though one answer gives the year
        # (to say the 1963 convention is a separate one).
        if ranked and self._subjects.another_by_name(ranked[0].intent, words):
            return Match(Outcome.UNKNOWN, ranked[0].score, ())
        if dated := self._dated(ranked, words, config):
            return Match(Outcome.ANSWER, dated.score, (dated,))
        # "jelasin bilateral pake bahasa gampang, besok ulangan": a kind and how to explain it, nothing else
        # the off-topic questions could share.
        if plain := self._aspects.kind_asked_plainly(ranked, analysis, mention):
            return Match(Outcome.ANSWER, plain.score, (plain,))
        best_score = ranked[0].score if ranked else 0.0
        # A question that names the best intent's subject ("GNB", "WTO", "diplomasi bilateral") is off topic
        # only when the off-topic questions match it better, not merely about as well; so is one that names
        # a subject ranked lower, above the off-topic questions ("PBB itu organisasi apa, ngurusin apa aja",
        # where the bodies "yang mengurus" something rank first), which the name rules then settle.
        named = ranked and (
            any(
                self._subjects.title_names.get(c.intent, frozenset()) & set(words)
                for c in ranked
                if c is ranked[0] or c.score > off_topic
            )
            or self._subjects.says_subject(ranked[0].intent, set(analysis.stems))
            or self._says_kind_and_aspect(ranked[0].intent, analysis, mention)
            # "bilateral, regional, kong satu lagi apa?": two kinds named, and the lesson on them first
            or (len(mention.concepts) >= 2 and ranked[0].intent == COMPARISON_INTENT)
        )
        # (Scores are rounded to a tenth: a tie is no better match.)
        outmatched = off_topic > best_score if named else off_topic >= best_score + config.off_topic_margin
        long = len(set(words)) >= config.long_question
        floor = config.long_floor if long else config.clarify_at
        if best_score < floor or outmatched:
            return Match(Outcome.UNKNOWN, best_score, ())
        if ranked[0].intent in self._subjects.conversation and not named and _asks_a_translation(analysis):
            return Match(Outcome.UNKNOWN, best_score, ())
        if ranked[0].intent == HELP_INTENT and _other_homework(analysis):
            return Match(Outcome.UNKNOWN, best_score, ())
        if ranked[0].intent in self._kind_definitions and meant_in_another_subject(analysis):
            return Match(Outcome.UNKNOWN, best_score, ())
        if _diplomacy_at_home(words):
            return Match(Outcome.UNKNOWN, best_score, ())
        for rules in (self._names, self._aspects):
            if settled := rules.settle(ranked, analysis, mention, config):
                return Match(Outcome.ANSWER, settled.score, (settled,))
        best = ranked[0]
        runner_up = ranked[1].score if len(ranked) > 1 else 0.0
        aspect_of = self._subjects.aspect_of
        if self._names_no_concept(ranked, mention, config):
            if named := self._names.named_sibling(aspect_of[best.intent], words, ranked):
                return Match(Outcome.ANSWER, best.score, (named,))
            siblings = tuple(
                c for c in ranked[: config.max_choices] if aspect_of.get(c.intent) == aspect_of[best.intent]
            )
            return Match(Outcome.CLARIFY, best.score, siblings)
        if off_topic < best.score and (
            best.score >= config.sure_at
            or (best.score >= config.answer_at and best.score - runner_up >= config.margin)
            # It names its kind, and nothing else of that kind comes near: no choice to offer.
            or (mention.concepts and best.score - runner_up > config.clarify_window)
            or (long and best.score - runner_up >= config.clear_lead)
        ):
            concepts = mention.concepts if best.intent == COMPARISON_INTENT else ()
            return Match(Outcome.ANSWER, best.score, (best,), concepts)
        choices = tuple(
            c for c in ranked[: config.max_choices]
            if c.score >= floor and best.score - c.score <= config.clarify_window
        )  # fmt: skip
        # A long question (a worksheet item) that names its kind, with one choice left: nothing
        # to choose between. A short one may use the word in another sense ("bilateral knee pain"),
        # and so does a long one whose one choice is no lesson ("latihan otot ... bilateral" is not help).
        if long and len(choices) == 1 and mention.concepts and off_topic < best.score:
            if choices[0].intent in self._subjects.conversation:
                return Match(Outcome.UNKNOWN, best.score, ())
            return Match(Outcome.ANSWER, best.score, choices)
        if asked := self._choices.settle(choices, analysis, mention):
            return Match(Outcome.ANSWER, asked.score, (asked,))
        return Match(Outcome.CLARIFY, best.score, choices)

    def _asked_after(
        self,
        opening: frozenset[str],
        analysis: Analysis,
        mention: ConceptMention,
        config: MatcherConfig,
        *,
        of_bot: bool = False,
    ) -> Match | None:
        """ "selamat pagi kak bilateral itu apa", "assalamualaikum regional iku opo", "makasih kak td udah
        jelasin, skrg bilateral itu sendiri artinya apa": a greeting or thanks (the `opening` stems) before
        a lesson's question outweighs it, however short the question; the question is what is answered
        (the tutor greets back when the greeting is a sentence of its own)."""
        lead = next((k for k, stem in enumerate(analysis.stems) if stem not in opening), len(analysis.stems))
        if not lead or lead == len(analysis.stems):
            return None
        rest = Analysis(analysis.words[lead:], analysis.stems[lead:])
        # "Selamat pagi, saya ingin belajar tentang kerja sama internasional": an opening, nothing asked.
        # "konnichiwa bahasa indonesianya apa" asks what the greeting means; "bilateral itu sendiri artinya
        # apa" what a kind is.
        if not _asks_something(rest) or (_asks_a_translation(analysis) and not mention.concepts):
            return None
        match = self.decide(rest, mention, config)
        # "halo bot kamu siapa" asks who the bot is, surely; "halo, apa kabar" only greets; "oke makasih ya
        # udah jawab" thanks for the answer (`of_bot`: only after a greeting is the bot asked of).
        asked_of_the_bot = (
            of_bot and match.intent in (HELP_INTENT, ABOUT_BOT_INTENT) and match.score >= config.sure_at
        )
        if match.intent and (asked_of_the_bot or match.intent not in self._subjects.conversation):
            return match
        return None

    def _what_it_is(
        self, ranked: list[Candidate], analysis: Analysis, config: MatcherConfig
    ) -> Candidate | None:
        """ "ini yg jawab soal2 sa orang atau robot?", "kamu AI ato orang asli yg jawab soal sy?": whether a
        person or a machine answers is what the bot is, however near the help's "jawab soal" reads, when
        that lesson is among the choices."""
        stems = analysis.stems
        if not (_MACHINE_OR_PERSON & set(stems) or _PERSON_OR_ROBOT & set(itertools.pairwise(stems))):
            return None
        if not _ANSWERER & set(stems):
            return None  # "apa itu AI dan gimana cara kerjanya" asks of no one here
        about = next((c for c in ranked if c.intent == ABOUT_BOT_INTENT), None)
        return about if about and ranked[0].score - about.score <= config.clarify_window else None

    def _feature_asked(self, ranked: list[Candidate], analysis: Analysis) -> Candidate | None:
        """ "ada fitur buat bandingin bilateral regional multilateral kah?", "ada fitur tebak jenis kerja sama
        ga?": a feature of the bot, which its help tells, whatever lesson the feature is for; not a game's
        or an editor's ("cara pakai fitur bilateral blur di photoshop"), closer to the off-topic questions."""
        words = analysis.words
        help_ = next((c for c in ranked if c.intent == HELP_INTENT), None)
        if self._game_asked(analysis):  # however far down its kinds' lessons put the help
            return help_ or Candidate(HELP_INTENT, ranked[0].score if ranked else 0.0)
        # "fitur apa" is how "bisa apa" reads, asked of anything ("WTO bisa apa"): a feature named only.
        named = any(w == _FEATURE and words[k + 1 : k + 2] != (_WHAT,) for k, w in enumerate(words))
        if not named or _OTHER_SOFTWARE & set(words):
            return None
        off_topic = next((c.score for c in ranked if c.intent == OUT_OF_SCOPE), 0.0)
        return help_ if help_ and help_.score > off_topic else None

    @staticmethod
    def _game_asked(analysis: Analysis) -> bool:
        """ "gmn cara main tebak jenis kerja sama itu", "bisa latihan tebak bilateral regional multilateral
        gk": the game of guessing the kind, named by what it guesses ("tebak-tebakan" is any riddle)."""
        words = analysis.words
        return any(
            word == _GUESS
            and {FORMS, *KIND_NAMES} & set(words[k + 1 : k + 2])
            and _PLAYING & set(words[k - 1 : k])
            for k, word in enumerate(words)
        )

    def _only_greets(self, analysis: Analysis, mention: ConceptMention) -> bool:
        """ "halo, sy anak SMK di Saumlaki, mau minta tolong soal PR", "hai hai, aku Rizky dari SMK
        pariwisata": a greeting, then who is writing or what is to come, nothing asked and nothing of a
        lesson named; greeted back, the student goes on (not told the bot did not understand)."""
        stems = analysis.stems
        if not stems or stems[0] not in self._greeting_openers:
            return False
        asked = _asks_something(analysis)
        named = mention.concepts or self._subjects.every_title_name & set(analysis.words)
        return not asked and not named and not _asks_a_translation(analysis)

    def _named_after_greeting(self, ranked: list[Candidate], analysis: Analysis) -> Candidate | None:
        """ "halo, bisa jelasin IMF secara singkat?", "malam bot, mo tanya soal OKI": a greeting opens, then
        one lesson is named by its title's name, which the student came for, though the words that ask
        ("bisa jelasin", "mo tanya soal") are too common to weigh; the lesson is answered when it ranks
        near the greeting."""
        stems = analysis.stems
        if not stems or stems[0] not in self._greeting_openers:
            return None
        names = self._subjects.every_title_name & set(analysis.words)
        if len(names) != 1:
            return None
        return next((c for c in ranked[1:3] if names <= self._subjects.title_names[c.intent]), None)

    def _time_of_day_said(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention
    ) -> Candidate | None:
        """ "selamat malam bot, lagi ngerjain PR ips nih", "hai, met sore. ada tugas LKS": the time of day
        said first, after a greeting at most, and nothing of leaving, greets; "oke so cukup, selamat malam
        kak" and "selamat malam, aku keluar dulu ya" take leave. Only when the greeting or the goodbye ranks
        first and nothing is asked or named ("selamat malam, PBB itu apa" is a question); said later with
        nothing of leaving ("Saya guru IPS di Dobo. Selamat siang."), the ranking stands. "MU menang
        semalam" says no time of day."""
        if not ranked or ranked[0].intent not in (GREETING_INTENT, FAREWELL_INTENT):
            return None
        words = analysis.words
        said = next(
            (k for k, w in enumerate(words) if w in _TIMES_OF_DAY and (k == 0 or words[k - 1] == "selamat")),
            None,
        )
        asked = _asks_something(analysis)
        named = mention.concepts or self._subjects.every_title_name & set(words)
        if said is None or asked or named or _asks_a_translation(analysis):
            return None
        if _leaves(analysis.stems) or _goes(analysis.stems):
            intent = FAREWELL_INTENT
        elif all(w == "selamat" or w in self._only_greeting for w in words[:said]):
            intent = GREETING_INTENT
        else:
            return None
        return next((c for c in ranked if c.intent == intent), None)

    def _time_in_passing(self, analysis: Analysis) -> bool:
        """ "nanti malam ada bola gk ya", "tadi malam persija menang ka": a time of day said in passing, not
        opening the message nor after "selamat" or a name ("@bot pagi"), and nothing else that greets: no
        greeting."""
        words = analysis.words
        said = [k for k, w in enumerate(words) if w in _TIMES_OF_DAY]
        greets = self._greeting_words & set(analysis.stems)
        return bool(said) and not greets and all(k and words[k - 1] not in _GREETING_TIME for k in said)

    def _thanks_or_leave(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention
    ) -> Candidate | None:
        """ "makasih kak jawaban essay no 3 tadi, kata guru bener semua", "ok kak sa offline dulu, lampu mau
        padam ini", "permisi kak sa keluar dulu", "aku pergi ngaji dulu": thanks said first (after an "oke"
        or a "wah" at most), or leaving said, then what happened or what comes next, and nothing asked, or
        only that the answer was understood ("oke kaka, beta su mengerti"); the student is thanked back or
        seen off, not offered the thanks as a choice nor told the bot did not understand. Leaving outweighs
        thanks ("sip makasih, cabut dulu"), and a greeting that ranks first ("permisi" opens questions too);
        a lesson named is no leaving ("prinsip dasar ASEAN dalam Treaty of Amity", the treaty's name read as
        "pamit")."""
        stems = analysis.stems
        if not stems or _asks_something(analysis):
            return None
        top = [c.intent for c in ranked[:2]]
        going = _goes(stems)
        named = mention.concepts or self._subjects.every_title_name & set(analysis.words)
        leaving = (top[:1] == [FAREWELL_INTENT] and _SEEING_OFF & set(stems)) or (
            FAREWELL_INTENT in top and (going or _GOODBYE & set(stems))
        )
        if leaving and not named:
            return next(c for c in ranked if c.intent == FAREWELL_INTENT)
        thanked = next((k for k, stem in enumerate(stems) if stem in self._thanks_words), None)
        if top[:1] == [THANKS_INTENT] and thanked is not None and set(stems[:thanked]) <= _BEFORE_THANKS:
            return ranked[0]
        if _UNDERSTOOD & set(stems) and set(stems) <= _UNDERSTOOD_WITH and not named:
            return Candidate(THANKS_INTENT, ranked[0].score if ranked else 0.0)
        # "oke sip", "ok siap kak": the answer taken, in two words or more that only acknowledge (one is read
        # with what it leaves out: "ok wes kak" is done).
        if _TAKEN & set(stems) and len(analysis.words) >= 2 and set(analysis.words) <= _BEFORE_THANKS:
            return Candidate(THANKS_INTENT, ranked[0].score if ranked else 0.0)
        return None

    def _says_kind_and_aspect(self, intent: str, analysis: Analysis, mention: ConceptMention) -> bool:
        """ "bilateral contohnya apa aja yang terkenal": the kind named and the word of the aspect its lesson
        is on ("contoh"), which names the lesson as its title would. Not "artinya": "pneumonia bilateral
        artinya apa" asks a word's meaning in any subject; but "pengertian bilateral menurut para ahli"
        asks it as textbooks do, of the kind."""
        kind, subject = self._subjects.kind_of.get(intent), self._subjects.title_subjects.get(intent)
        if kind not in mention.concepts or subject is None:
            return False
        aspect = self._subjects.title_stems[intent] - subject
        if _BY_EXPERTS not in itertools.pairwise(analysis.words):
            aspect -= {MEANING}
        return bool(aspect & set(analysis.stems))

    def _greets_before_help(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention
    ) -> Candidate | None:
        """ "halo kak, beta baru pertama kali pake ini", "assalamualaikum kak, aku mau kirim soal LKS PPKn
        ya": a greeting, then what is to come in the words of the help ("pake", "kirim soal"), asking
        nothing yet (not "baru pertama kali pake, mulai dari mana", which asks how to start), is greeted
        back. Not "halo, saya bingung pakai bot", nor "mau kirim foto soal, bisa kah? atau harus diketik?",
        which ask for help."""
        if not self._only_greets(analysis, mention) or _ASKING_HELP & set(analysis.stems):
            return None
        return next((c for c in ranked if c.intent == GREETING_INTENT), None)

    def sorts_examples(self, analysis: Analysis, mention: ConceptMention) -> bool:
        """ "IJEPA, AFTA, WTO masuk bilateral, regional atau multilateral?": examples of two kinds or more
        to sort into every kind, or whose kinds are told apart with no kind named ("(1) IJEPA ... (3) WTO.
        Jelaskan perbedaan jenis kerja sama pada ketiga peristiwa"), which the comparison lays side by
        side (two kinds named are often a scene: "pertemuan bilateral di sela KTT G20"; "Bandingkan peran
        KAA 1955 dengan KTT Beograd" compares two events, not their kinds). "Tentukan jenis kerja sama
        berikut! a. ... IJEPA b. ... c. ... WTO" sorts them too."""
        words = analysis.words
        # "hubungan diplomasi bilateral dengan forum regional seperti ASEAN dan multilateral seperti PBB":
        # a kind of diplomacy and the forums it meets in, each named with its kind, no examples to sort.
        every_kind = set(mention.concepts) == self._kinds and not _diplomacies_named(words)
        sorting = mention.compares or bool(SORTING & set(analysis.stems))
        kinds_told_apart = sorting and not mention.concepts and FORMS in words
        # "IJEPA, ASEAN, PBB masing2 termasuk apa", "golongin dong: IK-CEPA, IMT-GT, FAO": the kind of each,
        # nothing else asked of them.
        each = (_each_named(words) or (SORTING & set(analysis.stems) and not mention.concepts)) and not (
            self._subjects.shared_aspects - {EXAMPLES}
        ) & set(analysis.stems)
        if not every_kind and not kinds_told_apart and not each:
            return False
        return len({self._example_kinds[word] for word in words if word in self._example_kinds}) >= 2

    def _dated(
        self, ranked: list[Candidate], words: tuple[str, ...], config: MatcherConfig
    ) -> Candidate | None:
        """A date only one answer gives settles which it is ("Tanggal 8 Agustus 1967 diperingati sebagai
        hari lahirnya ...."); a year alone only when that answer is also near the top, since everyday
        questions have years too ("kapan libur semester ganjil 2025"); a figure alone ("guru bilang 162,
        betul?") only when that answer is first and no other number is asked about, since a figure may
        describe something else ("seluruh 193 negara anggota PBB") or be part of a sum."""
        given = [d for d in dates(words) if d in self._subjects.dated]
        intents = {self._subjects.dated[d] for d in given}
        if len(intents) != 1 or not ranked:
            return None
        [intent] = intents
        full_date = any(" " in d for d in given)
        found = next((c for c in ranked if c.intent == intent), None)
        if found is None:
            return None
        near = found.score >= config.long_floor and ranked[0].score - found.score <= config.clarify_window
        figures_only = not full_date and not any(is_year(d) for d in given)
        if figures_only and any(w.isdigit() and w not in self._subjects.dated for w in words):
            return None  # "162 dibagi 8 berapa": sums with a number no lesson gives
        return found if full_date or (near and (found is ranked[0] or not figures_only)) else None

    def _names_no_concept(
        self, ranked: list[Candidate], mention: ConceptMention, config: MatcherConfig
    ) -> bool:
        """ "contohnya apa?" with no kind named: the best two are the same aspect of two kinds."""
        if mention.concepts or len(ranked) < 2:
            return False
        aspects = [self._subjects.aspect_of.get(c.intent) for c in ranked[:2]]
        close = ranked[0].score - ranked[1].score <= config.clarify_window
        return aspects[0] is not None and aspects[0] == aspects[1] and close

    def named_subject(self, analysis: Analysis, config: MatcherConfig) -> Candidate | None:
        """The one organisation a question names, from a lower score than a question is otherwise asked
        about: for worksheet items, which ask facts in words the lessons never use ("Piagam PBB
        ditandatangani di kota ... pada tahun ...."); chat that names one is often about something else
        ("PBB tanah jatuh tempo kapan", the land tax)."""
        ranked = self._ranker.rank(analysis, config)
        off_topic = next((c.score for c in ranked if c.intent == OUT_OF_SCOPE), 0.0)
        ranked = [c for c in ranked if c.intent != OUT_OF_SCOPE]
        named = self._names.named_by_title(ranked, analysis.words, config, floor=config.named_floor)
        return named if named and named.score > off_topic else None
