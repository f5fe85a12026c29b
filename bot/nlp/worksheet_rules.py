"""How a pasted prompt's structure settles what it asks: a list of names to pick an example from, a blank
after an aspect, a situation whose kind is asked, options that name organisations, a scene before the
question."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from bot.content.models import COMPARISON_INTENT, HELP_INTENT
from bot.nlp.choice_rules import CITED_WORDS, CITING
from bot.nlp.compound import ADDRESSING
from bot.nlp.concepts import COOPERATION, FORMS, KIND_NAMES, ConceptMention, ConceptSpotter
from bot.nlp.deciding import Decider, Match, Outcome, agreements_side_by_side, meant_in_another_subject
from bot.nlp.kinds import BILATERAL, KindReader
from bot.nlp.normalise import Analysis, Normaliser, clean
from bot.nlp.prompts import (
    Prompt,
    asking_sentence,
    labelled_question,
    parse_prompt,
    quoted_passage,
    sets_task,
)
from bot.nlp.ranking import OUT_OF_SCOPE, Candidate, Ranker
from bot.nlp.subjects import (
    BENEFITS,
    DEFINITION,
    DIPLOMACY,
    EXAMPLES,
    HOME,
    LISTED_NAMES,
    PARTIES,
    QUESTION_STEMS,
    SIZES,
    SORTING,
    Subjects,
    asked_stems,
)
from bot.nlp.tuning import MatcherConfig

MAX_NAME_WORDS = 2  # an option that is a name: "AFTA", "Uni Eropa"
# The word before a blank that asks for a name: "dikenal dengan nama ....", "Organisasi tersebut adalah ....".
_NAME = "nama"
_REGION = "kawasan"  # the title's word of the lesson on Indonesia's partner regions
_PARTNER = "mitra"  # "kawasan mitra": the partners' region, whatever kind of cooperation is named beside it
_SPECIALISED = "khusus"  # "badan khusus PBB": a specialised agency
# "Organisasi ... yang menangani ... adalah ....", "Lembaga yang dimaksud adalah ....": the name of a body
# asked.
_BODIES = frozenset({"organisasi", "lembaga", "badan"})
_NAMING = frozenset(
    {"nama", "disebut", "dinamakan", "adalah", "ialah", "yaitu", "merupakan", "pendiri", "anggota"}
)
# "Kerja sama bilateral adalah ....", "ASEAN merupakan ...": the words before say what is defined.
# "... merujuk pada hubungan ...": a definition when a kind of relation follows.
_REFERRING = frozenset({"merujuk", "mengacu"})
_DEFINING = frozenset({"adalah", "merupakan", "ialah", "yaitu", "yakni", "berarti", "artinya", *_REFERRING})
MAX_LEAD_WORDS = 5  # "Dalam bacaan disebutkan bahwa ...", "Menurut teks, dijelaskan bahwa ..."
MAX_SUBJECT_WORDS = 3  # "Hubungan bilateral ...", "Kerja sama regional ...": a statement's subject opens it
MAX_CLAIMED_WORDS = 8  # "Kerja sama Indonesia dengan Jepang melalui IJEPA merupakan contoh ...": its subject
MAX_DEFINED_WORDS = 4  # "Konvensi Wina 1961 adalah"; "Salah satu manfaat kerja sama ... adalah" is no term
# Words a kind's name may come with that no title has ("hubungan bilateral" is bilateral cooperation).
_KIND_NOUNS = ("kerja sama", "hubungan", "kerjasama")
_KIND_WORD = r"(?:bilateral|regional|multilateral)"  # a kind's name, in the patterns below
# "kak bilateral itu apa", "guru gue nanya bilateral itu apa, gue bengong doang", "... soal yg nanya kerja
# sama bilateral itu apa", "... aku ngantuk 😭 intinya bilateral tuh apa ya": a kind at the start of its
# clause, or after a word of asking or calling, then "apa"; not "kerja sama regional apa aja" (which ones)
# nor "fraktur bilateral itu apa" (a word in a name).
_KIND_ASKED_WHAT = re.compile(
    r"(?:^|[,.;:!?\n]\s*|\b(?:nanya|tanya|nanyain|tau|tahu|jelasin|jelaskan|bilang|ngerti|mengerti|paham"
    r"|sebenarnya|sebenernya|jadi|intinya|soal|kak|kakak|kaka|ka|min|bang|bro|dong|deh|ya)\s+)"
    rf"(?:(?:kerja\s*sama|kerjasama|hubungan)\s+)?{_KIND_WORD}\s+"
    r"(?:(?:itu|tu|tuh|teh|iku|ki|sih|sebenarnya|sebenernya)\s+){0,2}(?:apa|apaan|ape|apo|naon|opo)\b"
    r"(?!\s+(?:aja|saja|ajah|sajo|bae|lagi))",
    re.IGNORECASE,
)
# "Kerja sama internasional ada yg bilateral, ........, dan multilateral": the kinds listed, one left blank,
# which asks for the forms of cooperation, not one kind. A blank starts where its run of marks starts and is
# taken whole, so a 4096-character line of dots costs no quadratic backtracking.
_LIST_ITEM = rf"(?:{_KIND_WORD}|(?<!\.)\.{{3,}}+|(?<!…)…++|(?<!_)_{{2,}}+)"
_LIST_JOIN = r"(?:\s*,\s*(?:(?:dan|serta)\s+)?|\s+(?:dan|serta)\s+)"
_KINDS_WITH_A_BLANK = re.compile(
    rf"{_LIST_ITEM}{_LIST_JOIN}{_LIST_ITEM}{_LIST_JOIN}{_LIST_ITEM}", re.IGNORECASE
)
_A_BLANK = re.compile(r"\.{3,}|…+|_{2,}")
# Words a definition's title adds to the term ("Pengertian kerja sama bilateral").
_DEFINITION_WORDS = ("pengertian", "definisi", "arti")
# Words that ask what a kind is called: "disebut", "dinamakan", "namanya", "istilah".
_NAMING_WORDS = ("disebut", "dinamakan", "nama", "istilah")
MAX_PAIR_QUESTION_WORDS = 15  # "kerja sama indonesia sama china di morowali termasuk bilateral to"
_WHETHER = "apakah"
# Two countries under a kind, but of the ways of diplomacy or the regions of Indonesia's partners.
_NOT_COOPERATION = frozenset({"diplomasi", "kawasan", "mitra"})
_RELATIONS = "hubungan"  # "hubungan bilateral": relations between countries, not a body's two sides
# "indonesia sama belanda ada kerja sama bilateral gak", "kerjasama indonesia dan malaysia tu termasuk
# bilateral kan?", "kerja sama indonesia belanda tu bilateral bukan": the words beside two countries that
# ask only whether they cooperate, or as which kind ("ada", "punya", "kah" are stopwords).
_SAID_OF_A_PAIR = frozenset(
    {*COOPERATION, BILATERAL, _RELATIONS, "tidak", "bukan", "dan", "dengan", "termasuk", "masuk"}
)
# "Hampir seluruh negara di dunia, dari Timor-Leste hingga Brasil, ...": two countries named among many.
_MANY = frozenset({"seluruh", "semua", "banyak", "berbagai", "puluhan", "ratusan"})
# Continents and islands the kinds' examples are set in: where, not who.
_PLACES = frozenset(
    {"asia", "eropa", "afrika", "amerika", "oseania", "pasifik", "kalimantan", "sulawesi", "sumatra",
     "sumatera", "jawa", "papua", "riau", "maluku"}
)  # fmt: skip
_BELONGING = frozenset({"masuk", "golong"})  # "termasuk", "tergolong": put under a kind
_TAGS = frozenset({"tidak", "bukan", "apakah"})  # "... termasuk multilateral gk?", "Apakah ... termasuk ...?"
_WHAT = "apa"
_WHAT_OR_WHICH = frozenset({_WHAT, "mana"})
_ODD_ONE_OUT = frozenset({"bukan", "kecuali"})  # "yang bukan merupakan ...", "... kecuali"
# "... yang melibatkan pihak paling banyak adalah ....": the kinds measured against each other.
_MOST = frozenset(("paling", w) for w in SIZES)
# What puts a thing under a kind ("... itu termasuk kerja sama bilateral"), the words a kind's name comes
# with, and the tags after it ("... bilateral bukan", "... multilateral to").
_PUTTING_UNDER = frozenset(
    {"itu", "tu", "iku", "kuwi", "ini", "termasuk", "masuk", "tergolong", "merupakan", "hasil"}
)  # "... itu hasil kerja sama bilateral": done under it
_WITH = frozenset({"sama", "dengan", "lawan"})  # "... bilateral sama china kan": the partner, named after
_KIND_HEADS = frozenset({"kerja", "sama", "kerjasama", "hubungan", "jenis", "bentuk"})
# "... itu bilateral kah", "... regional juga kan", Manado "... bilateral kang?": tags after the kind.
_CLAIM_TAGS = frozenset(
    {"tidak", "bukan", "kan", "to", "toh", "dak", "kah", "ka", "ke", "ko", "ya", "kak", "sih", "juga", "jg",
     "kang"}
)  # fmt: skip
# Parties whose right to make a bilateral agreement is the question ("kalo provinsi NTT bikin perjanjian deng
# Timor Leste itu bilateral ka"), not what kind a thing done is.
_PARTIES = frozenset(
    {"provinsi", "pemprov", "pemda", "daerah", "pemkab", "pemkot", "kabupaten", "desa", "perusahaan",
     "koperasi", "investor"}
)  # fmt: skip
# Words that describe a kind by its parties or reach rather than name a thing done.
_DESCRIBING = frozenset({"negara", "kawasan", "wilayah", "benua", "dunia", "tetangga", "antarnegara"})
# Around a quoted question: "jawabannya apa", "isiannya apa", "bingung mau nulis apa".
# "... isinya apa", "... gk ngerti sy": the student asks for the answer or says they do not understand it
# (words read before their stopwords go: "ngerti" and "paham" are chat filler elsewhere).
_ASKING_FOR_ANSWER = frozenset({"jawab", "isi", "tulis", "bingung", "ngerti", "mengerti", "paham", "faham"})
# A blank after these asks for an aspect by another name: "... antara dua wilayah ...." asks what the
# parties must be, and so does "Perjanjian bilateral dibuat oleh ....": who makes it.
_BY = "oleh"
_BLANK_ASPECTS = {"wilayah": PARTIES, _BY: PARTIES}
# Who makes an agreement ("Perjanjian bilateral dibuat oleh ....", "... perjanjian yang dibuat oleh ....
# subjek hukum internasional") or carries a kind out when nothing defines it ("Kerja sama bilateral dapat
# dilakukan oleh ...."); not "Kerja sama bilateral adalah kerja sama yang dilakukan oleh ...." (what it is)
# nor "... ditandatangani oleh ...." (the form of the agreement).
_MADE_BY = re.compile(r"\bdi\s?buat\s+oleh\b", re.IGNORECASE)
_CARRIED_OUT_BY = re.compile(r"\bdi\s?(?:lakukan|laksanakan)\s+oleh\b", re.IGNORECASE)
# Words that say what a term means, as "adalah" does: "kata bilateral menunjuk pada ...".
_POINTING = frozenset({"menunjuk", "menunjukkan"})
# "mulai dr bilateral dulu": the kind to start from, not a goodbye (but "mulai dari mana" asks how to start).
_STARTING_FROM_A_KIND = re.compile(
    rf"\bmulai\s+(?:(?:dari|dr|dri)\s+)?(?:(?:kerja\s*sama|yg|yang)\s+)?{_KIND_WORD}\b",
    re.IGNORECASE,
)
# "Jodohkan pernyataan berikut dengan jenis kerja samanya! 1. ... 2. ... A. Regional B. ...".
_MATCHING_UP = frozenset(
    {"jodohkan", "jodohkanlah", "menjodohkan", "pasangkan", "pasangkanlah", "memasangkan", "cocokkan",
     "cocokkanlah", "mencocokkan"}
)  # fmt: skip
_CLAUSE_BREAK = re.compile(r"[,;]")
# "kerja sama multilateral yg soal ekonomi ada apa aja": a kind's cooperation that does something, which
# there are. Bounded, so a long message costs no backtracking.
_INSTANCES_ASKED = re.compile(
    rf"^\s*(?:kerja\s*sama|kerjasama)\s+{_KIND_WORD}\s+(?:yg|yang)\s+[^?.!]{{3,80}}?"
    r"(?<!\bitu)(?<!\btu)(?<!\btuh)(?<!\bini)\s+(?:ada\s+)?apa\s+(?:aja|saja|ya)\b",  # not "... itu apa ya"
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_STATEMENT = re.compile(r"(?:^|\s)\d+[.)]\s")
# The word that heads a table's cell: "Regional = ....". Anchored at a word's start and possessive, so a long
# run of letters with no cell after it is passed over once, not retried from each of its letters.
_CELL_HEAD = re.compile(r"\b([^\W\d_]++)\s*[=:|]")
_POINTER = "tersebut"  # "... pada tanggal tersebut": what the scene before it said
_POINTING_AT_QUOTE = frozenset(
    {"tersebut", "kutipan", "pernyataan", "teks", "bacaan", "berita", "artikel", "wacana"}
)


class WorksheetRules:
    """Tried around the plain decision on a prompt's question; each rule returns None when it does not
    apply."""

    def __init__(
        self,
        subjects: Subjects,
        ranker: Ranker,
        decider: Decider,
        normaliser: Normaliser,
        spotter: ConceptSpotter,
        kinds: KindReader | None,
    ) -> None:
        self._subjects = subjects
        self._ranker = ranker
        self._decider = decider
        self._normaliser = normaliser
        self._spotter = spotter
        self._kinds = kinds
        self._kind_nouns = frozenset(normaliser.analyse(" ".join(_KIND_NOUNS)).stems)
        self._title_words = frozenset().union(*subjects.title_stems.values())  # "aktor", "fungsi", ...
        self._definition_stems = frozenset(normaliser.analyse(" ".join(_DEFINITION_WORDS)).stems)
        self._naming_stems = self._definition_stems | frozenset(
            normaliser.analyse(" ".join(_NAMING_WORDS)).stems
        )
        self._aspects = frozenset(subjects.aspect_of.values()) - {DEFINITION}
        # Aspects one kind alone has ("bidang"), which may come before "kerja sama ....", unlike "bentuk".
        self._own_aspects = self._aspects - subjects.shared_aspects - {FORMS}
        self._bilateral = frozenset(i for i, kind in subjects.kind_of.items() if kind == BILATERAL)
        self._every_kind = frozenset(subjects.kind_of.values())
        self._forms = subjects.of_no_kind(FORMS)
        self._partner_regions = subjects.of_no_kind(_REGION)

    def match(self, prompt: Prompt, config: MatcherConfig) -> Match:
        """The question of a prompt; a multiple-choice stem too vague alone is read with its options,
        and a question after a scene-setting sentence is read alone when that reads clearer."""
        # "tolong, soal LKS no 4: "Hubungan bilateral mengacu pada ...." isiannyo apo?": the words around
        # the quote only ask for its answer.
        if (quoted := quoted_passage(prompt.question)) and self._asks_for_the_answer(quoted[1], config):
            return self.match(parse_prompt(quoted[0]), config)
        sentence = asking_sentence(prompt.question)
        # "Stimulus: ... Pertanyaan: ...": the item itself says which part asks, unless it asks the kind of
        # what the stimulus shows ("Pertanyaan: Kerja sama tersebut termasuk bentuk kerja sama apa?").
        if sentence and labelled_question(sentence) and not prompt.asks_kind:
            alone = self._normaliser.analyse(sentence)
            asked = self._decider.decide(alone, self._spotter.spot(alone.words), config)
            if asked.outcome is Outcome.ANSWER:
                return asked
        analysis = self._normaliser.analyse(prompt.question)
        mention = self._spotter.spot(analysis.words)
        if kinds_matched_up := self._kinds_matched_up(prompt, analysis) or self._kinds_tabled(prompt):
            return self._decider.decide(kinds_matched_up[0], kinds_matched_up[1], config)
        if forms := self._kind_left_blank(prompt, analysis, config):
            return forms
        # "Tentukan jenis kerja sama berikut! a. ... IJEPA b. ... AFTA c. ... WTO": the situations to sort
        # are the lettered items, which read as options, and the task ("Tentukan", "Klasifikasikan") is in
        # the words asked, not in the question kept (not "IMT-GT merupakan contoh kerja sama .... a.
        # regional antara ... b. bilateral ...", which asks one).
        asked = prompt.asked or prompt.question
        if prompt.options and (mention.compares or SORTING & set(self._normaliser.analyse(asked).stems)):
            whole = self._normaliser.analyse(f"{asked} {' '.join(o.text for o in prompt.options)}")
            if self._decider.sorts_examples(whole, listed := self._spotter.spot(whole.words)):
                return self._decider.decide(whole, listed, config)
        if example := self._picks_an_example(analysis, mention, prompt, config) or self._blank_names_aspect(
            analysis, mention, prompt, config
        ):
            return example
        if not mention.is_comparison and (defined := self._defined_term(prompt, analysis, config)):
            return defined
        if judged := self._judged_subject(prompt, analysis, config):
            return judged
        if pair := (
            self._cooperation_of_a_pair(analysis, mention)
            or self._whether_a_pair_cooperates(analysis, mention)
            or self._kinds_offered_for_a_pair(analysis, mention)
            or self._named_scene_put_under_a_kind(analysis, mention)
        ):
            return _answering(pair, self._ranker.rank(analysis, config), 0.0)
        if instances := self._kinds_instances_asked(prompt, mention, analysis, config):
            return instances
        match = self._decider.decide(analysis, mention, config)
        if shared := self._form_shared(analysis, match, config):
            return shared
        if match.outcome is not Outcome.ANSWER and (
            asked_what := self._kind_asked_what(prompt, analysis, mention, config)
            or self._countries_placed(analysis, config)
        ):
            return asked_what
        if (
            match.outcome is not Outcome.ANSWER
            and prompt.wrapped
            and (named := self._decider.named_subject(analysis, config))
            # Asked about, it must be the first choice: "Isilah titik-titik! a. GNB singkatan dari ....".
            and (match.outcome is Outcome.UNKNOWN or named.intent == match.candidates[0].intent)
        ):
            match = Match(Outcome.ANSWER, named.score, (named,))
        if match.outcome is not Outcome.ANSWER and (
            described := self._body_described(prompt, analysis, config)
        ):
            return described
        if kind := self._kind_shown(analysis, prompt, match, config):
            return kind
        if match.outcome is not Outcome.ANSWER and (
            pair := self._pair_put_under_kind(analysis, mention) or self._aspect_of_a_pair(analysis, match)
        ):
            return _answering(pair, self._ranker.rank(analysis, config), match.score)
        if thing := self._thing_put_under_kind(prompt.question, analysis, mention, match):
            return _answering(thing, self._ranker.rank(analysis, config), match.score)
        if task := self._task_over_chat(prompt, analysis, mention, match, config):
            return task
        options = " ".join(o.text for o in prompt.options)
        if options and self._not_an_option(match, prompt):
            # "Kesepakatan negara-negara ASEAN menurunkan tarif ... A. AFTA B. APEC ...": the stem names
            # ASEAN, but the answer is one of the organisations the options name.
            match = Match(Outcome.CLARIFY, match.score, match.candidates)
        if options and match.outcome is not Outcome.ANSWER:
            # "Organisasi PBB yang menangani masalah pangan ... a. FAO ... e. ECOSOC": of the organisations
            # the options name, the one the stem fits, before the stem read with every name in it.
            if chosen := self._best_named_option(analysis, options, config):
                return chosen
            whole = self._normaliser.analyse(f"{prompt.question} {options}")
            with_options = self._decider.decide(whole, self._spotter.spot(whole.words), config)
            if with_options.outcome is Outcome.ANSWER:
                return with_options
        if sentence:
            alone = self._normaliser.analyse(sentence)
            asked = self._decider.decide(alone, self._spotter.spot(alone.words), config)
            # "WTO dibentuk untuk menggantikan perjanjian dagang sebelumnya. Apa nama perjanjian
            # tersebut?": the scene names what the question is about.
            names = self._subjects.title_names.get(match.intent or "", frozenset())
            named_in_scene = match.outcome is Outcome.ANSWER and names and not names & set(alone.words)
            # "IJEPA ditandatangani ... dalam satu naskah. Bentuk perjanjian bilateral seperti ini disebut
            # apa?": the question says its lesson's whole title, which outweighs the name in the scene.
            titled = asked.intent is not None and self._subjects.says_title(asked.intent, set(alone.stems))
            # A short sentence scores higher than a long one for the same fit: the scene is dropped only
            # when the question alone reads clearly better ("Dua perusahaan swasta ... Apakah kontrak
            # tersebut dapat disebut perjanjian bilateral ...?" asks who may be a party).
            clearer = asked.score > match.score + config.clear_lead
            # "Kerja sama multilateral ... tanpa memandang wilayah .... Jelaskan maksudnya!": the question
            # alone points back, and is no question about a kind the prompt never names.
            kind = self._subjects.kind_of.get(asked.intent or "")
            unnamed_kind = bool(mention.concepts) and kind is not None and kind not in mention.concepts
            # "Kesepakatan ... bisa bersifat diam-diam. Jelaskan maksudnya!": a question that names nothing
            # but "what is meant" is about its scene; alone it is any definition, by chance.
            names_nothing = not set(alone.stems) - QUESTION_STEMS - self._definition_stems
            # "OKI termasuk contoh kerja sama multilateral. Jelaskan sejarah berdirinya OKI!": the question
            # names the organisation asked of, which the scene's lesson (a kind's examples) is not; but "di
            # artikel AFTA masuk multilateral, bener kah? bukannya regional" still asks its kind.
            named_in_question = (
                bool(self._subjects.title_names.get(asked.intent or "", frozenset()) & set(alone.words))
                and match.intent in self._subjects.kind_of
                and not self._spotter.spot(alone.words).concepts
            )
            # "pendengaran bilateral tu apa? kata dokter ...": the remark says whose "bilateral" it is; but
            # "oh itu biologi ya. kalau kerja sama bilateral?" sets that sense aside for ours.
            ours = COOPERATION in itertools.pairwise(alone.words) or _RELATIONS in alone.words
            another_sense = kind is not None and not ours and meant_in_another_subject(analysis)
            # "Studi kasus: ... BIMP-EAGA .... Tentukan jenis kerja samanya!": the kind of the scene, which
            # the task alone (the forms of cooperation) does not say.
            scene_classed = prompt.asks_kind and match.intent in self._subjects.kind_of
            # "guru kasih tugas cari contoh kerja sama multilateral .... bisa bantu?": asking for help
            # with the lesson the rest asks for, which is no question about using the bot.
            first = match.intent or next((c.intent for c in match.candidates), None)
            helped_with = (
                asked.intent in self._subjects.conversation
                and first is not None
                and first not in self._subjects.conversation
            )
            # "Hari ASEAN diperingati setiap tanggal 8 Agustus. Jelaskan peristiwa apa yang terjadi pada
            # tanggal tersebut!": the question points back at the one subject its scene names, though alone
            # it reads as another named subject (the OKI, founded after an event).
            in_scene = self._named_in(analysis.words) if _POINTER in clean(sentence) else set()
            named_alone = bool(self._subjects.title_names.get(asked.intent or ""))
            points_back = len(in_scene) == 1 and named_alone and asked.intent not in in_scene
            if points_back and match.outcome is Outcome.CLARIFY and in_scene <= set(match.alternatives):
                return _answering(in_scene.pop(), list(match.candidates), match.score)
            if shared := self._form_shared(analysis, asked, config):
                return shared
            if (
                asked.outcome is Outcome.ANSWER
                and not points_back
                and not scene_classed
                and not helped_with
                and not named_in_scene
                and not unnamed_kind
                and not names_nothing
                and not another_sense
                and (match.outcome is not Outcome.ANSWER or clearer or titled or named_in_question)
            ):
                return asked
        # A stem with options or a blank is one statement, whatever its commas.
        if match.outcome is not Outcome.ANSWER and not (prompt.options or prompt.blank):
            aside = self._asked_beside_a_remark(prompt.question, config)
            if aside and (match.outcome is Outcome.UNKNOWN or aside.intent in match.alternatives):
                return aside
        return match

    def _named_in(self, words: tuple[str, ...]) -> set[str]:
        """The lessons whose titles' names ("ASEAN", "WTO") the words say."""
        return {intent for intent, names in self._subjects.title_names.items() if names & set(words)}

    def _kind_left_blank(self, prompt: Prompt, analysis: Analysis, config: MatcherConfig) -> Match | None:
        """ "Kerja sama internasional ada yg bilateral, ........, dan multilateral": a list of the kinds with
        one of them left blank asks for the forms of cooperation."""
        listed = prompt.blank and _KINDS_WITH_A_BLANK.search(prompt.asked)
        if not listed or not _A_BLANK.search(listed.group()) or self._forms is None:
            return None
        if not re.search(_KIND_WORD, listed.group(), re.IGNORECASE):
            return None  # "bidang ...., ...., dan ....": blanks only, of whatever the sentence lists
        return _answering(self._forms, self._ranker.rank(analysis, config), 0.0)

    def _body_described(self, prompt: Prompt, analysis: Analysis, config: MatcherConfig) -> Match | None:
        """ "Organisasi PBB yang menangani masalah pangan dan pertanian adalah ....": a blank for the name of
        the body the stem describes is that body's lesson, when it clearly leads the other bodies however
        low the short stem scores. The blank's sentence may follow a scene that describes the body
        ("Uni Eropa membatasi impor sawit, dan Indonesia menggugat ke lembaga penyelesaian sengketa dagang
        dunia. Lembaga yang dimaksud adalah ....")."""
        if not (prompt.blank and prompt.blank_after in _NAMING):
            return None
        # The body opens the stem, or the blank's own sentence after the scene.
        blank_sentence = self._normaliser.analyse(_SENTENCE_END.split(prompt.question)[-1])
        if not any(words[:1] and words[0] in _BODIES for words in (analysis.words, blank_sentence.words)):
            return None
        # Only a named body is such a name: "tujuan hubungan internasional" is none. A "badan khusus" of a
        # body the stem names ("Badan khusus PBB yang mengurus pangan ...") is none whose title puts it
        # under that body as one of its organs (ECOSOC, "Dewan Ekonomi dan Sosial PBB").
        words = set(analysis.words)
        organ = _SPECIALISED in analysis.stems
        ranked = [
            c
            for c in self._ranker.rank(analysis, config)
            if (names := self._subjects.title_names.get(c.intent))
            and not (organ and names & words and names - words)
        ]
        if not ranked:
            return None
        lead = ranked[0].score - (ranked[1].score if len(ranked) > 1 else 0.0)
        if ranked[0].score < config.long_floor or lead < config.clear_lead:
            return None
        return Match(Outcome.ANSWER, ranked[0].score, (ranked[0],))

    def _asked_beside_a_remark(self, question: str, config: MatcherConfig) -> Match | None:
        """ "bilateral tu ape sih, gue lupa mulu", "makasih, PR PKn halaman 87 sudah beres semua": of two
        clauses, one is sure of its answer and the other only remarks (alone it is answered nothing and
        asks nothing) or is about the same lesson ("PBB tuh gunanya apa sih, kok setiap perang pbb ga bisa
        ngapa2in"), whose words dilute the first one's fit."""
        clauses = [c for c in _CLAUSE_BREAK.split(question) if c.strip()]
        if len(clauses) != 2:
            return None
        first, second = (
            (clause, reading, self._decider.decide(reading, self._spotter.spot(reading.words), config))
            for clause, reading in zip(clauses, map(self._normaliser.analyse, clauses), strict=True)
        )
        for (asked, reading, answer), (_, remark, aside) in ((first, second), (second, first)):
            # Two clauses about one lesson agree, so the first need only be answerable, not sure.
            agreeing = aside.outcome is Outcome.ANSWER and aside.intent == answer.intent
            remarking = aside.outcome is not Outcome.ANSWER and not set(remark.stems) & QUESTION_STEMS
            needed = config.sure_at if remarking else config.answer_at
            if (
                answer.outcome is Outcome.ANSWER
                # "bot, buatin puisi", "eh bot, kowe ngerti ...", "PR ekonomi soal inflasi, bantuin dong": a
                # clause that calls the bot or asks for help leaves the other to say with what, no remark.
                and not (set(clean(asked)) <= ADDRESSING or set(reading.words) <= ADDRESSING)
                and answer.intent != HELP_INTENT
                and (remarking or agreeing)
                and answer.score >= needed
            ):
                return answer
        return None

    def _judged_subject(self, prompt: Prompt, analysis: Analysis, config: MatcherConfig) -> Match | None:
        """A true/false statement is judged against what its subject is: the one kind or organisation it
        opens with ("B/S: Hubungan bilateral adalah hubungan tiga negara dalam satu kawasan" asks what
        bilateral relations are, however much of it describes regional ones)."""
        if not prompt.true_false or not analysis.words:
            return None
        opening = analysis.words[:MAX_SUBJECT_WORDS]
        kinds = self._spotter.spot(opening).concepts
        if len(kinds) == 1:
            judged = self._decider.decide(analysis, ConceptMention(kinds, compares=False), config)
            return judged if judged.outcome is Outcome.ANSWER else None
        if len(self._subjects.every_title_name & set(opening)) > 1:
            return None  # "B/S: OKI dan GNB termasuk contoh kerja sama multilateral ...": no one subject
        # "B/S: PBB merupakan contoh kerja sama multilateral": a claim on an organisation's kind, which the
        # examples that list it say and its own lesson does not.
        # Without "contoh" the claim is on what it opens with: "B/S: IMT-GT merupakan kerja sama multilateral
        # yang diikuti seluruh anggota PBB" is not on the PBB's kind.
        claimed = EXAMPLES in analysis.stems or self._subjects.every_title_name & set(opening)
        if claimed and self._claims_a_kind(analysis) and (listing := self._kind_listing(analysis)):
            return _answering(listing, self._ranker.rank(analysis, config), config.clarify_at)
        names = self._subjects.title_names
        named = [
            i for i, title in names.items() if analysis.words[0] in title and title <= set(analysis.words)
        ]
        ranked = {c.intent: c for c in self._ranker.rank(analysis, config)}
        if len(named) == 1 and (subject := ranked.get(named[0])) and subject.score >= config.clarify_at:
            return Match(Outcome.ANSWER, subject.score, (subject,))
        # "B/S: IA-CEPA merupakan contoh kerja sama multilateral", "B/S: IMT-GT merupakan kerja sama
        # multilateral ...": a claim on the kind of an agreement only one kind's examples name; that list
        # says which kind it is.
        # "B/S: Kerja sama Indonesia dengan Jepang melalui IJEPA merupakan contoh kerja sama multilateral":
        # the agreement is named anywhere before the example it is claimed to be; a country is no agreement
        # (Malaysia is named among regional's examples and is a partner in bilateral ones). With no
        # "contoh", what comes before "termasuk" is put under the kind.
        stems = analysis.stems
        claim = (
            stems.index(EXAMPLES)
            if EXAMPLES in stems
            else next((k for k, stem in enumerate(stems) if stem in _BELONGING), 0)
        )
        before = analysis.words[:claim][:MAX_CLAIMED_WORDS]
        two = bool(before) and self._kinds is not None and self._kinds.between_two_countries(before)
        # "B/S: Kerja sama Indonesia dan Belanda di bidang pengelolaan air termasuk kerja sama multilateral":
        # two countries put under a kind (not "... masuk dalam kawasan mitra ... bilateral Indonesia").
        claimed_kind = analysis.words[claim : claim + MAX_SUBJECT_WORDS + 1]
        pair_claimed = (
            two
            and bool(self._spotter.spot(claimed_kind).concepts)
            and not _NOT_COOPERATION & set(claimed_kind)
        )
        if kinds or not (self._claims_a_kind(analysis) or pair_claimed):
            return None
        subject = set(opening)
        if before:
            subject = {w for w in before if self._kinds is None or not self._kinds.is_country((w,))}
        examples = [
            i
            for i, names in self._subjects.answer_names.items()
            if self._subjects.aspect_of[i] == EXAMPLES and names & subject - {HOME}
        ]
        # "B/S: Kerja sama Indonesia dan Singapura dalam bidang pariwisata merupakan contoh kerja sama
        # multilateral": what two countries do together is bilateral, whatever the claim.
        bilateral = self._subjects.by_kind_aspect.get((BILATERAL, EXAMPLES))
        if not examples and two and bilateral:
            examples = [bilateral]
        if len(examples) == 1:
            return _answering(examples[0], list(ranked.values()), config.clarify_at)
        return None

    def _task_over_chat(
        self, prompt: Prompt, analysis: Analysis, mention: ConceptMention, match: Match, config: MatcherConfig
    ) -> Match | None:
        """ "yaudah jelasin bilateral dulu", "mulai dr bilateral dulu": a task set on one kind, or where to
        start, is no goodbye, whatever its "dulu" says; the lesson of that kind the ranking puts first is what
        it asks."""
        if match.intent not in self._subjects.conversation or len(mention.concepts) != 1 or mention.compares:
            return None
        asked = prompt.asked or prompt.question
        if not sets_task(tuple(clean(asked))) and not _STARTING_FROM_A_KIND.search(asked):
            return None
        kind = mention.concepts[0]
        ranked = self._ranker.rank(analysis, config)
        lesson = next((c for c in ranked if self._subjects.kind_of.get(c.intent) == kind), None)
        return Match(Outcome.ANSWER, lesson.score, (lesson,)) if lesson else None

    def _kinds_matched_up(self, prompt: Prompt, analysis: Analysis) -> tuple[Analysis, ConceptMention] | None:
        """Statements to match up with options that are every kind, or every kind numbered to match up with
        options that say what they are ("Soal menjodohkan: 1. Bilateral 2. Regional 3. Multilateral A. dua
        negara ..."): the kinds told apart, which the comparison lays side by side; the prompt read whole,
        as a comparison. One statement with those options ("Jodohkan 5. Kerja sama yang hanya melibatkan
        dua negara ....") asks one kind."""
        matching_up = bool(_MATCHING_UP & set(analysis.words))
        if not (matching_up or prompt.options):
            return None
        # The kinds alone numbered, the task's heading gone with the first number.
        numbered = {w for w in self._normaliser.words(prompt.asked or prompt.question) if not w.isdigit()}
        kinds_numbered = bool(prompt.options) and len(numbered) > 1 and numbered == self._every_kind
        if not (kinds_numbered or matching_up):
            return None
        options = " ".join(o.text for o in prompt.options)
        # The statements may sit beside the options, one a line ("1. ...   A. Multilateral").
        whole_text = f"{prompt.question} {options}"
        if len(_STATEMENT.findall(whole_text)) < 2:
            return None
        if not kinds_numbered:
            kinds = self._spotter.spot(self._normaliser.words(options)).concepts
            if len(kinds) < 3 or len(kinds) != len(prompt.options):
                return None
        return self._read_as_comparison(whole_text)

    def _kinds_tabled(self, prompt: Prompt) -> tuple[Analysis, ConceptMention] | None:
        """ "Lengkapi tabel: Bilateral = 2 negara; Regional = ....; Multilateral = ....", "Aspek jumlah
        pihak | bilateral: .... | regional: .... | multilateral: ....": every kind heads a cell to fill in,
        which the comparison lays side by side (not who the parties are, the row asked)."""
        if len(self._every_kind) < 2:
            return None  # a curriculum without kinds to compare has no such table
        whole_text = f"{prompt.asked or prompt.question} {' '.join(o.text for o in prompt.options)}"
        heads = self._spotter.spot(self._normaliser.words(" ".join(_CELL_HEAD.findall(whole_text)))).concepts
        return self._read_as_comparison(whole_text) if set(heads) == self._every_kind else None

    def _read_as_comparison(self, text: str) -> tuple[Analysis, ConceptMention]:
        whole = self._normaliser.analyse(text)
        return whole, replace(self._spotter.spot(whole.words), compares=True)

    def _asks_for_the_answer(self, around: str, config: MatcherConfig) -> bool:
        """Words around a quote that say nothing of the lessons: a greeting, a plea, "jawabannya apa"."""
        if _POINTING_AT_QUOTE & set(clean(around)):
            return False  # "Kutipan tersebut menjelaskan pengertian dari ....": a question on the quote
        analysis = self._normaliser.analyse(around)
        ranked = [c for c in self._ranker.rank(analysis, config) if c.intent != OUT_OF_SCOPE]
        chatter = not ranked or ranked[0].intent in self._subjects.conversation
        return chatter or bool(_ASKING_FOR_ANSWER & (set(analysis.stems) | set(clean(around))))

    def _picks_an_example(
        self, stem: Analysis, mention: ConceptMention, prompt: Prompt, config: MatcherConfig
    ) -> Match | None:
        """ "Berikut yang tergolong kerja sama regional adalah .... a. IJEPA b. PBB c. BIMP-EAGA", or a
        list of names in the stem ("ASEAN, IJEPA, APEC, OKI. Manakah yang termasuk kerja sama
        bilateral?"): which of these is an example of one kind, so that kind's examples answer it."""
        # "B/S: IJEPA adalah contoh kerja sama regional karena Jepang ...": a claim to judge, no list.
        if len(mention.concepts) != 1 or mention.is_comparison or prompt.true_false:
            return None
        # "Sejak IA-CEPA berlaku, lulusan SMK dari NTT magang di Australia ... analisislah manfaat kerja
        # sama bilateral": a scene full of names that asks for another aspect of the kind.
        if (self._subjects.shared_aspects & asked_stems(stem.stems)) - {EXAMPLES}:
            return None
        # "Yang bukan merupakan pihak yang sah dalam perjanjian bilateral adalah .... A. Republik Indonesia
        # ... C. seorang pengusaha swasta": who may be a party, not which is an example.
        [kind] = mention.concepts
        if (kind, PARTIES) in self._subjects.by_kind_aspect and PARTIES in asked_stems(stem.stems):
            return None
        naming = [o for o in prompt.options if self._naming(o.text)]
        # Indonesia is the setting of nearly every question, not a name on a list to pick from.
        named_in_stem = set(stem.words) & self._subjects.names - {HOME}
        if len(naming) < max(2, len(prompt.options) // 2 + 1) and len(named_in_stem) < LISTED_NAMES:
            return None
        examples = self._subjects.by_kind_aspect.get((kind, EXAMPLES))
        # Of the kind named: a list of ASEAN, IMT-GT, IJEPA ... reads as regional's examples first.
        ranked = [
            c
            for c in self._ranker.rank(stem, config)
            if c.intent != OUT_OF_SCOPE and self._subjects.fits_kind(c.intent, mention)
        ]
        # The stem must be about the kind itself, not something else with a kind's word in it
        # ("kawasan mitra Indonesia ... a. Afrika b. Timur Tengah" asks about partner regions).
        if examples is None or not ranked or self._subjects.kind_of.get(ranked[0].intent) != kind:
            return None
        return _answering(examples, ranked, ranked[0].score)

    def _defined_term(self, prompt: Prompt, analysis: Analysis, config: MatcherConfig) -> Match | None:
        """ "Kerja sama bilateral adalah kerja sama yang melibatkan ... (B/S)", "Konvensi Wina 1961
        adalah ....": a statement or blank on what a term is asks about the intent titled by that
        term, its definition when several are ("Kerja sama bilateral" titles its parties, its fields
        ...). "Contoh kerja sama bilateral adalah ...." is titled by its examples."""
        # "PBB merupakan contoh kerja sama ....", "B/S: PBB merupakan contoh kerja sama multilateral": the
        # blank or the claim is a kind, which the PBB's lesson does not say.
        claims_kind = prompt.true_false and self._claims_a_kind(analysis)
        if (prompt.asks_kind or claims_kind) and self._kind_listing(analysis):
            return None
        if meant_in_another_subject(analysis):  # "bilateral itu artinya dua sisi di matematika?"
            return None
        tokens = self._normaliser.tokens(prompt.question)
        # "Dalam bacaan disebutkan bahwa bilateral adalah ...": what is said comes after "bahwa".
        if "bahwa" in tokens[:MAX_LEAD_WORDS]:
            tokens = tokens[tokens.index("bahwa") + 1 :]
        at = next((k for k, t in enumerate(tokens[: MAX_DEFINED_WORDS + 1]) if t in _DEFINING), 0)
        if at == 0:
            return None
        # "Hubungan bilateral merujuk pada hubungan antara dua wilayah ...", but "... merujuk pada aspek
        # ekonomi, pendidikan, dan ___" names its fields.
        if tokens[at] in _REFERRING and not " ".join(tokens[at + 2 : at + 4]).startswith(_KIND_NOUNS):
            return None
        # "Menurut KBBI, bilateral berarti ....": the term comes after the source it is cited from.
        starts = range(2, min(at, CITED_WORDS + 2)) if tokens[0] in CITING else (0,)
        titled = next((t for start in starts if (t := self._titled_by(" ".join(tokens[start:at])))), None)
        if titled is None:
            return None
        # "Bilateral adalah inti dari pengelolaan hubungan luar negeri" is the article's line on bilateral
        # diplomacy: a definition that names no kind, asks nothing ("regional artinya apa sih dalam kerja sama
        # internasional") and alone is surely another lesson whose title has the term is that lesson's (not
        # "ILO adalah organisasi yang mengurus pertanian", a false statement on the ILO).
        definiens = self._normaliser.analyse(" ".join(tokens[at + 1 :]))
        if not self._spotter.spot(definiens.words).concepts and not QUESTION_STEMS & set(definiens.stems):
            said = self._decider.decide(definiens, ConceptMention((), compares=False), config)
            term = set(self._normaliser.analyse(" ".join(tokens[:at])).stems)
            if (
                said.outcome is Outcome.ANSWER
                and said.score >= config.sure_at
                and said.intent not in (None, titled)
                and term <= self._subjects.title_stems[said.intent]
            ):
                titled = said.intent
        return _answering(titled, self._ranker.rank(analysis, config), config.clarify_at)

    def _titled_by(self, term: str) -> str | None:
        """The one intent a term titles, its definition when it titles several ("kerja sama
        bilateral", "diplomasi bilateral", "Konvensi Wina 1961"); None when it titles none."""
        stems = set(self._normaliser.analyse(term).stems) - self._kind_nouns
        # "arigatou artinya ...." asks what a word means, not for thanks.
        titled = [
            i
            for i, title in self._subjects.title_stems.items()
            if stems and stems <= title and i not in self._subjects.conversation
        ]
        if len(titled) > 1:
            titled = [
                i
                for i in titled
                if self._subjects.title_stems[i] - stems - self._kind_nouns <= self._definition_stems
            ]
        # "Perjanjian bilateral merupakan perjanjian yang dibuat oleh ...." says what the agreement is, which
        # the lesson on its forms ("Bentuk perjanjian bilateral") is not.
        if len(titled) == 1 and self._subjects.title_stems[titled[0]] - stems & self._aspects:
            return None
        # "kerja sama kawasan artinya": a kind's other name titles no lesson on that kind, but the
        # title of the regions Indonesia's partners sit in has "kawasan" too.
        words = self._normaliser.words(term)
        kind = self._spotter.kind_named(words)
        only_the_kind = all(
            self._normaliser.stem(w) in self._kind_nouns or self._spotter.spot((w,)).concepts for w in words
        )
        if kind and only_the_kind and (len(titled) != 1 or self._subjects.kind_of.get(titled[0]) != kind):
            return self._subjects.by_kind_aspect.get((kind, DEFINITION))
        return titled[0] if len(titled) == 1 else None

    def _option_kinds(self, prompt: Prompt) -> list[str]:
        """The kinds the options name, one per option that names one ("A. bilateral B. regional")."""
        return [
            kind for o in prompt.options if (kind := self._spotter.kind_named(self._normaliser.words(o.text)))
        ]

    def _says_a_title(self, stem: Analysis) -> bool:
        """Whether the stem says a lesson's whole title ("... termasuk tujuan hubungan internasional di
        bidang ....": that lesson is asked)."""
        stems = set(stem.stems)
        return any(self._subjects.says_title(i, stems) for i in self._subjects.title_stems)

    def _blank_names_aspect(
        self, stem: Analysis, mention: ConceptMention, prompt: Prompt, config: MatcherConfig
    ) -> Match | None:
        """ "... merupakan kerja sama bilateral di bidang ....": the blank is an aspect of the kind named
        (its fields), whatever else the scene says (a factory, a scholarship); with no kind and no body
        named, of the one kind that has such an aspect ("Pengiriman guru SMK untuk pelatihan ke negara
        mitra — bidang ....": only bilateral cooperation has a lesson on its fields)."""
        aspect = self._aspect_blanked(prompt)
        if not aspect or len(mention.concepts) > 1:
            return None
        # "Protokol, persetujuan, dan traktat merupakan contoh .... dalam perjanjian bilateral": what the
        # agreements' names are examples of, their forms (which the decider reads), not the kind's examples.
        if aspect == EXAMPLES and agreements_side_by_side(stem.words):
            return None
        if prompt.blank_after == _BY and not self._made_by(prompt, stem, mention):
            return None
        if mention.concepts:
            kind = mention.concepts[0]
        elif (
            self._subjects.every_title_name & set(stem.words)
            or self._says_a_title(stem)
            or len(self._option_kinds(prompt)) >= 2  # "... termasuk bentuk .... A. bilateral B. regional"
        ):
            return None
        else:
            kinds = [k for (k, a) in self._subjects.by_kind_aspect if a == aspect]
            kind = kinds[0] if len(kinds) == 1 else None
        answer = self._subjects.by_kind_aspect.get((kind, aspect))
        return _answering(answer, self._ranker.rank(stem, config), config.clarify_at) if answer else None

    def _made_by(self, prompt: Prompt, stem: Analysis, mention: ConceptMention) -> bool:
        """Whether a blank after "oleh" asks who may be a party: to an agreement made, or to a kind carried
        out that nothing defines. With no kind named it may ask for any actor ("Kerja sama luar negeri
        dilaksanakan oleh ....": governments and their partners); diplomacy has no lesson on its parties."""
        if not mention.concepts or DIPLOMACY in stem.stems:
            return False
        if _MADE_BY.search(prompt.question):
            return True
        # "adlh", "adl" are "adalah" texted; "kata bilateral menunjuk pada ..." says what it means too.
        said = {
            *self._normaliser.tokens(prompt.question),
            *self._normaliser.words(prompt.question, stopwords=True),
        }
        defined = (_DEFINING | _POINTING) & said
        return not defined and bool(_CARRIED_OUT_BY.search(prompt.question))

    def _aspect_blanked(self, prompt: Prompt) -> str:
        """The aspect a blank asks for: the word before it ("... di bidang ...."); the word every option
        opens with ("Beasiswa ke Jepang .... (a) bidang pendidikan (b) bidang agama"); or an aspect only one
        kind has, before the cooperation ("Pengiriman tenaga ahli ... – bidang kerja sama ...."), not the
        form asked for ("IJEPA termasuk bentuk kerja sama ....": a kind)."""
        openings = {o.text.casefold().split()[0] for o in prompt.options if o.text.split()}
        if len(prompt.options) >= 2 and len(openings) == 1 and openings <= self._aspects:
            return openings.pop()
        if prompt.blank_after != COOPERATION[-1]:
            return _BLANK_ASPECTS.get(prompt.blank_after, prompt.blank_after)
        words = re.findall(r"\w+", prompt.question.casefold())
        before = next(
            (words[k - 1] for k in range(len(words) - 1, 0, -1) if tuple(words[k : k + 2]) == COOPERATION),
            "",
        )
        return before if before in self._own_aspects else ""

    def _kind_shown(
        self, stem: Analysis, prompt: Prompt, match: Match, config: MatcherConfig
    ) -> Match | None:
        """ "Hanya kedua negara itu yang terlibat. Termasuk jenis kerja sama apakah kegiatan ini?": the
        answer is a kind, read from the situation described, unless a name already settled it
        ("IJEPA merupakan contoh kerja sama ...." is bilateral's examples, "ASEAN termasuk ..." regional's)
        or the matcher is sure of its answer."""
        option_kinds = self._option_kinds(prompt)
        if self._kinds is None or not (prompt.asks_kind or len(option_kinds) >= 2):
            return None
        if self._an_option_is_the_answer(match, prompt):
            return None
        # "... dapat dibedakan menjadi tiga, yaitu .... a. bilateral, trilateral, unilateral b. bilateral,
        # regional, multilateral": options that list kinds answer with the kinds themselves, not the one kind
        # a situation shows.
        listed = (self._spotter.spot(self._normaliser.words(o.text)).concepts for o in prompt.options)
        if any(len(set(kinds)) > 1 for kinds in listed):
            return None
        # "bilateral regional multilateral itu jenis apa kak?": the kinds themselves asked about, no scene to
        # put under one of them (but "G20 ... termasuk kerja sama ... (bilateral/regional/multilateral)").
        named = self._spotter.spot(stem.words).concepts
        if not option_kinds and len(set(named)) >= 3 and stem.words[0] in named:
            return None
        # "Kerja sama yang melibatkan pihak paling banyak adalah .... a. bilateral b. regional ...": which
        # kind has the most, as the comparison lays them side by side, not one kind's definition.
        if len(option_kinds) >= 2 and _MOST & set(itertools.pairwise(stem.words)):
            compared = Candidate(COMPARISON_INTENT, match.score)
            return Match(Outcome.ANSWER, match.score, (compared,), tuple(sorted(set(option_kinds))))
        if term := self._term_of_another_option(prompt):
            return _answering(term, self._ranker.rank(stem, config), match.score)
        if listing := self._kind_listing(stem):
            return _answering(listing, self._ranker.rank(stem, config), match.score)
        # An organisation matched by its wording alone ("Pengiriman Pasukan Garuda dalam misi perdamaian
        # dunia merupakan wujud kerja sama ....") is what happened, not the item's subject: its kind is asked.
        names = self._subjects.title_names.get(match.intent or "", frozenset())
        unnamed = bool(names) and not names & set(stem.words) and match.score < config.sure_at
        # "Kerja sama ______ dilakukan oleh negara-negara dalam satu kawasan, misalnya ...": its example is
        # part of the definition.
        settled = (
            match.intent is not None
            and not prompt.defines_kind
            and (
                self._subjects.aspect_of.get(match.intent) == EXAMPLES
                or (bool(names) and not unnamed)
                or match.score >= config.sure_at  # "kerjasama negara2 yg tetanggaan namanya apa"
                # "Yang bukan merupakan bentuk kerja sama internasional ... A. bilateral B. regional": the odd
                # one out among the kinds, which the lesson on the kinds themselves tells apart.
                or (
                    match.intent not in self._subjects.kind_of
                    and match.score >= config.answer_at
                    and bool(_ODD_ONE_OUT & set(stem.words))
                )
            )
        )
        # "... lebih dari dua negara dan tidak terikat wilayah disebut kerja sama ....": a phrase that names
        # one kind says it, whatever the rest of the situation leans to.
        kind = None if settled else named[0] if len(named) == 1 else self._situation_kind(prompt.question)
        if unnamed and kind is None:
            kind = self._subjects.listing_kind(names)
        # "Indonesia dan Filipina menandatangani perjanjian patroli bersama ... termasuk ....": two countries
        # and no organisation are two parties, whatever the neighbours' words lean to (regional's examples
        # list both countries).
        # A bilateral lesson the matcher already reads is kept when the item asks what such cooperation is
        # called ("kerja sama indonesia jepang namanya apa" is IJEPA); what the two did is still one of the
        # examples ("pertukaran pelajar indonesia jerman termasuk kerjasama apa"), and so is what "kedua
        # negara" did: the pair described as bilateral describes it, no kind named by its name.
        naming = bool(self._naming_stems & set(stem.stems))
        # What a body the kind's examples list did is one of them ("Indonesia menjadi anggota G20 bersama
        # negara-negara dari berbagai benua. Keanggotaan tersebut termasuk kerja sama ....", "IA-CEPA
        # termasuk ...."), whatever pair of places took part ("Kalimantan Barat dan Sarawak ... dalam
        # kerangka BIMP-EAGA" is regional).
        # A place no example names ("Sarawak", "Kalteng") says nothing of the kind.
        body_kinds = {
            self._subjects.kind_of[listing]
            for body in self._bodies(stem)
            for listing in self._subjects.examples_naming(frozenset({body}))
        }
        body_kind = body_kinds.pop() if len(body_kinds) == 1 else None
        pair = (
            not (set(named) & set(stem.words) or set(named) - {BILATERAL})
            and self._between_two_countries(stem)
            and (match.intent not in self._bilateral or not naming)
            and body_kind in (None, BILATERAL)
        )
        if pair:
            kind = BILATERAL
        elif kind is None and not settled:
            kind = body_kind
        # What the two did, what an organisation did, or what Indonesia took part in is one of the kind's
        # examples, unless the item asks what such cooperation is called or means ("Hubungan seperti ini
        # dinamakan ....").
        by_its_body = body_kind is not None and body_kind == kind
        instance = (pair or unnamed or by_its_body or HOME in stem.words) and not naming
        shown = EXAMPLES in stem.words or instance
        aspect = EXAMPLES if shown and not prompt.defines_kind else DEFINITION
        # "... Hal ini merupakan manfaat dari kerja sama ....": the benefits of the kind the situation shows.
        if stem.stems[-3:] == (BENEFITS, *COOPERATION):
            aspect = BENEFITS
        answer = self._subjects.by_kind_aspect.get((kind, aspect))
        # "... dinamakan diplomasi .... A. multilateral B. regional C. bilateral": the blank completes a
        # term ("diplomasi bilateral") that titles its own lesson, the only option that makes one when the
        # situation reads as another kind; so does "... merupakan contoh diplomasi ....", which is no
        # example of a kind of cooperation.
        # "... contoh hubungan ....", "... termasuk bentuk ....": a kind's noun as much as "kerja sama" is.
        blank_noun = set(self._normaliser.analyse(prompt.blank_after).stems)
        # "... termasuk kerja sama internasional jenis ....": the kind of cooperation itself, which completes
        # no term (but "... salah satu wujud ...." may be a form of agreement).
        of_cooperation = blank_noun <= {FORMS} and COOPERATION in itertools.pairwise(stem.words[-4:])
        completes_term = not of_cooperation and (
            aspect == DEFINITION or not blank_noun <= self._kind_nouns | {FORMS}
        )
        if answer and prompt.blank_after and completes_term:
            # With no options, any kind may complete it: "... satu per satu disebut diplomasi ...." reads as
            # regional, but only "diplomasi bilateral" titles a lesson.
            kinds = {kind, *option_kinds} if option_kinds else {kind, *self._every_kind}
            terms = {k: t for k in kinds if (t := self._titled_by(f"{prompt.blank_after} {k}"))}
            only = next(iter(terms.values())) if len(terms) == 1 else None
            answer = terms.get(kind) or only or answer
        return _answering(answer, self._ranker.rank(stem, config), match.score) if answer else None

    def _term_of_another_option(self, prompt: Prompt) -> str | None:
        """ "Palang Merah Internasional dan Greenpeace termasuk aktor .... A. negara B. non-negara C.
        supranasional D. bilateral": the blank's noun is no kind's, and an option that is no kind
        completes a term ("aktor non-negara") that titles a lesson of its own; the kinds among the
        options are there to mislead."""
        noun = set(self._normaliser.analyse(prompt.blank_after).stems)
        if not noun or noun & self._kind_nouns or not noun <= self._title_words:
            return None  # "... adalah ....", "... maknanya dengan ....": no noun of a title
        titled = {
            intent
            for o in prompt.options
            if len(o.text.split()) <= MAX_NAME_WORDS
            and not self._spotter.kind_named(self._normaliser.words(o.text))
            and (intent := self._titled_by(f"{prompt.blank_after} {o.text}"))
        }
        return next(iter(titled)) if len(titled) == 1 else None

    def _claims_a_kind(self, analysis: Analysis) -> bool:
        """ "... merupakan contoh kerja sama multilateral", "ASEAN termasuk kerja sama multilateral karena
        ...": an example put under a kind."""
        words = analysis.words
        if EXAMPLES in analysis.stems:
            return bool(self._spotter.spot(words).concepts)
        # Said of the organisation or agreement it opens with: not "Indonesia menjalin kerja sama bilateral
        # ... PBB".
        if not self._subjects.names & set(words[:MAX_SUBJECT_WORDS]) - {HOME}:
            return False
        # Right after it, or after the pair it is between: "BIMP-EAGA termasuk kerja sama multilateral",
        # "Perjanjian IJEPA antara Indonesia dan Jepang merupakan kerja sama multilateral"; not "Amerika
        # Selatan dan Karibia termasuk salah satu kawasan mitra kerja sama bilateral Indonesia".
        near = words[: MAX_SUBJECT_WORDS + 5]
        return any(
            (first, second) == COOPERATION and self._spotter.spot((kind,)).concepts
            for first, second, kind in zip(near, near[1:], near[2:], strict=False)
        )

    def _form_shared(self, analysis: Analysis, match: Match, config: MatcherConfig) -> Match | None:
        """ "Perhatikan daftar: PBB, WTO, IMF, ILO, FAO. Apa persamaan kelima organisasi tersebut ditinjau
        dari bentuk kerja samanya?": the form organisations that one kind lists all share is that kind, whose
        examples say so, not the forms of cooperation read from the asking sentence."""
        named = self._subjects.every_title_name & set(analysis.words)
        if match.intent != self._forms or len(named) < 2 or not (listing := self._kind_listing(analysis)):
            return None
        return _answering(listing, self._ranker.rank(analysis, config), match.score)

    def _kind_listing(self, stem: Analysis) -> str | None:
        """ "Keanggotaan Indonesia dalam IMF termasuk kerja sama ....": the organisation's own lesson says
        what it does, not which kind it is; the examples of the one kind that lists it say that."""
        named = self._subjects.every_title_name & set(stem.words)
        # Not when its name is asked: "organisasi kerja sama islam tu OKI kan, dulu namanya apa".
        if not named or _NAME in stem.stems:
            return None
        # Each one listed by the same one kind: "ILO sama FAO itu kerja sama jenis apa".
        listings = {frozenset(self._subjects.examples_naming((name,))) for name in named}
        [listing] = listings if len(listings) == 1 else [frozenset()]
        return next(iter(listing)) if len(listing) == 1 else None

    def _kind_asked_what(
        self, prompt: Prompt, analysis: Analysis, mention: ConceptMention, config: MatcherConfig
    ) -> Match | None:
        """ "guru gue nanya bilateral itu apa, gue bengong doang", "... ada soal yg nanya kerja sama bilateral
        itu apa, aku udah baca artikelnya tp bahasanya ribet": one kind, at the start of its clause, then
        "apa", asks what it is, however much chat around it keeps the matcher from answering (down to the
        floor of a long question); not bilateral diplomacy, another subject's sense of the word, or another
        aspect or question asked."""
        if len(mention.concepts) != 1 or mention.compares or not _KIND_ASKED_WHAT.search(prompt.question):
            return None
        stems = asked_stems(analysis.stems)
        if DIPLOMACY in stems or (QUESTION_STEMS - {_WHAT}) & stems or self._aspects & stems:
            return None
        if meant_in_another_subject(analysis):
            return None
        definition = self._subjects.by_kind_aspect.get((mention.concepts[0], DEFINITION))
        answer = _answering(definition, self._ranker.rank(analysis, config), 0.0)
        return answer if answer.score >= config.long_floor else None

    def _countries_placed(self, analysis: Analysis, config: MatcherConfig) -> Match | None:
        """ "Jodohkan: Brasil, Argentina, Kuba → kawasan ....", "Mesir digolongkan ke kawasan mitra Afrika,
        sedangkan Arab Saudi ke kawasan mitra ....": countries put in a region, no kind of cooperation named,
        ask how Indonesia's partners are grouped by region."""
        if self._kinds is None or self._partner_regions is None or _REGION not in analysis.stems:
            return None
        # "kawasan" alone reads as regional cooperation; a partner, or no cooperation named, is no kind asked.
        words = analysis.words
        named_kind = bool(KIND_NAMES & set(words)) or COOPERATION in itertools.pairwise(words)
        if (named_kind and _PARTNER not in analysis.stems) or self._named_in(words):
            return None
        if len(self._kinds.countries_named(words) - {(HOME,)}) < 2:
            return None
        return _answering(self._partner_regions, self._ranker.rank(analysis, config), 0.0)

    def _pair_put_under_kind(self, analysis: Analysis, mention: ConceptMention) -> str | None:
        """ "kuota haji indonesia sama arab saudi itu bilateral kah": something two countries do, put under a
        kind and nothing else asked of it, is one of bilateral's examples, when the matcher is unsure."""
        words = set(analysis.words)
        if len(mention.concepts) != 1 or mention.compares or len(words) > MAX_PAIR_QUESTION_WORDS:
            return None
        if _NOT_COOPERATION & words or not self._between_two_countries(analysis):
            return None  # "... itu namanya diplomasi bilateral kah?", "... termasuk kawasan mitra ...."
        # "Apakah kerja sama Indonesia dan Papua Nugini ... termasuk kerja sama bilateral?": an opening
        # "apakah" only asks yes or no.
        stems = analysis.stems[1:] if analysis.stems[:1] == (_WHETHER,) else analysis.stems
        if (self._aspects | self._definition_stems | QUESTION_STEMS) & asked_stems(stems):
            return None  # "... hubungan bilateralnya jadi gimana", "bilateral tu apa ko?"
        return self._subjects.by_kind_aspect.get((BILATERAL, EXAMPLES))

    def _cooperation_of_a_pair(self, analysis: Analysis, mention: ConceptMention) -> str | None:
        """ "indonesia dgn malaysia kerja sama bilateralnya apa aja", "indonesia karo arab saudi kerjasama
        apa bae": what cooperation two countries have is one of bilateral's examples, however close the
        words come to bilateral's definition, the neighbours' region or a body one of them belongs to;
        not what such cooperation is called ("... itu namanya apa"), nor another aspect of it."""
        words = analysis.words
        if len(words) > MAX_PAIR_QUESTION_WORDS or set(mention.concepts) - {BILATERAL} or mention.compares:
            return None
        stems = set(analysis.stems)
        asked = stems & QUESTION_STEMS <= _WHAT_OR_WHICH and _WHAT in stems
        aspects = (self._aspects - {EXAMPLES}) | self._naming_stems
        if not asked or stems & aspects or _NOT_COOPERATION & set(words):
            return None
        if COOPERATION not in itertools.pairwise(words) or not self._between_two_countries(analysis):
            return None
        return self._subjects.by_kind_aspect.get((BILATERAL, EXAMPLES))

    def _whether_a_pair_cooperates(self, analysis: Analysis, mention: ConceptMention) -> str | None:
        """ "indonesia sama belanda ada kerja sama bilateral gak sih", "kerja sama indonesia sm belanda ada
        gk": whether two countries cooperate, nothing else asked, is answered by bilateral's examples, not
        by the count of Indonesia's partners or what bilateral is."""
        if set(mention.concepts) - {BILATERAL} or mention.compares or self._kinds is None:
            return None
        words = analysis.words
        if COOPERATION not in itertools.pairwise(words):
            return None
        rest = [w for w in words if w not in _SAID_OF_A_PAIR]
        if not self._kinds.names_only_countries(rest) or not self._between_two_countries(analysis):
            return None
        return self._subjects.by_kind_aspect.get((BILATERAL, EXAMPLES))

    def _kinds_offered_for_a_pair(self, analysis: Analysis, mention: ConceptMention) -> str | None:
        """ "indonesia dan malaysia kerja sama soal TKI itu bilateral atau regional?": kinds offered for what
        two countries do together, no body named, ask for bilateral's examples, though both countries are
        in a region's examples too; not when another aspect is asked of it."""
        if BILATERAL not in mention.concepts or len(mention.concepts) < 2 or mention.compares:
            return None
        # Offered side by side ("bilateral atau regional"), not said in passing ("kawasan mitra bilateral
        # indonesia di amerika", "pertemuan bilateral ... forum multilateral").
        kinds = set(mention.concepts)
        if not any(a in kinds and b in kinds for a, b in itertools.pairwise(analysis.words)):
            return None
        asks_an_aspect = set(analysis.stems) & (self._aspects - {EXAMPLES})
        if len(analysis.words) > MAX_PAIR_QUESTION_WORDS or asks_an_aspect:
            return None
        if not self._between_two_countries(analysis):
            return None
        return self._subjects.by_kind_aspect.get((BILATERAL, EXAMPLES))

    def _named_scene_put_under_a_kind(self, analysis: Analysis, mention: ConceptMention) -> str | None:
        """ "ikut pasukan perdamaian PBB tu termasuk kerja sama multilateral kah", "Apakah OKI termasuk kerja
        sama multilateral?": a scene around a named body, put under one kind at the end of the question,
        asks whether it is one of that kind's examples, which the examples of the kind that lists the body
        say; not two countries ("kerja sama indonesia malaysia soal TKI termasuk bilateral kah", though
        Malaysia is in a region's examples), nor a kind with no body named ("sub regional itu apa? masih
        termasuk regional?"), nor another aspect asked."""
        if len(mention.concepts) != 1 or mention.compares:
            return None
        stems = [s for s in analysis.stems if s not in _TAGS]
        if len(stems) < 2 or stems[-1] != mention.concepts[0]:
            return None
        before = stems[-4:-1] if tuple(stems[-3:-1]) == COOPERATION else stems[-2:-1]
        if not before or before[0] not in _BELONGING:
            return None
        if set(analysis.stems) & (self._aspects - {EXAMPLES}) or self._between_two_countries(analysis):
            return None
        # Each body one kind's alone: not the Uni Eropa, which regional's and (in the G20) multilateral's
        # examples name.
        listings = {tuple(self._subjects.examples_naming({body})) for body in self._bodies(analysis)}
        if len(listings) != 1:
            return None
        [listing] = listings
        return listing[0] if len(listing) == 1 else None

    def _bodies(self, analysis: Analysis) -> set[str]:
        """The names of bodies and agreements a text gives ("G20", "IA-CEPA", "OKI"), not of the countries
        and regions the scene is set in ("Negara-negara Asia Tenggara ...", "... ke filipina")."""
        return {
            w
            for w in set(analysis.words) & self._subjects.names - {HOME} - _PLACES
            if not (self._kinds and self._kinds.is_country((w,)))
        }

    def _aspect_of_a_pair(self, analysis: Analysis, match: Match) -> str | None:
        """ "..., terus kepikiran, indonesia sama singapura tu sebenarnye dah buat perjanjian kerjasama ape je
        ye? ada nama perjanjiannye tak": examples asked, no kind named, of what two countries do together
        are bilateral's, which the choice between the kinds' examples leaves open (the longer or
        name-asking questions that `_cooperation_of_a_pair` leaves to the ranking). So are the benefits
        asked of two countries' cooperation ("Jika Indonesia bekerja sama dengan Belanda untuk melatih
        petani rempah, manfaat apa yang dapat dirasakan petani?")."""
        if match.outcome is not Outcome.CLARIFY or not self._between_two_countries(analysis):
            return None
        offered = {self._subjects.aspect_of.get(c.intent) for c in match.candidates}
        cooperation = COOPERATION in itertools.pairwise(analysis.words)
        # Cooperation or its examples asked, not anything else two countries share ("kenapa jepang menjajah
        # indonesia", "nilai ekspor ikan indonesia ke jepang").
        if offered == {EXAMPLES} and (EXAMPLES in analysis.words or cooperation):
            return self._subjects.by_kind_aspect.get((BILATERAL, EXAMPLES))
        benefits = self._subjects.by_kind_aspect.get((BILATERAL, BENEFITS))
        first = self._subjects.aspect_of.get(match.candidates[0].intent)
        asked = first == BENEFITS and BENEFITS in analysis.stems
        if asked and cooperation and benefits in match.alternatives and not KIND_NAMES & set(analysis.words):
            return benefits
        return None

    def _kinds_instances_asked(
        self, prompt: Prompt, mention: ConceptMention, analysis: Analysis, config: MatcherConfig
    ) -> Match | None:
        """ "kerjasama multilateral yg soal ekonomi ada apa aja", "kerja sama multilateral yg berkaitan sama
        laut apa ya": the cooperation of a kind that does something, asked which there are, is among the
        kind's examples (the relative "yg", which the normaliser drops, is read in the text)."""
        if len(mention.concepts) != 1 or mention.compares or not _INSTANCES_ASKED.match(prompt.question):
            return None
        if (examples := self._subjects.by_kind_aspect.get((mention.concepts[0], EXAMPLES))) is None:
            return None
        return _answering(examples, self._ranker.rank(analysis, config), config.clarify_at)

    def _thing_put_under_kind(
        self, question: str, analysis: Analysis, mention: ConceptMention, match: Match
    ) -> str | None:
        """ "kereta cepat whoosh itu kerja sama bilateral ya?", "pasukan garuda ke lebanon termasuk kerja sama
        multilateral ya": a thing done, put under one kind at the end of the question and nothing else asked
        of it, is one of that kind's examples; not a kind described ("kerja sama dua negara itu bilateral
        kan"), nor a name whose own lesson or listing says its kind ("AFTA itu regional ya"), nor a task on
        the kind ("Jelaskan ciri-ciri kerja sama regional!")."""
        if len(mention.concepts) != 1 or mention.compares or len(analysis.words) > MAX_PAIR_QUESTION_WORDS:
            return None
        [kind] = mention.concepts
        # The kind last, tags at most after it, before the words are read again with their stopwords.
        last = next((k for k in reversed(range(len(analysis.words))) if analysis.words[k] == kind), None)
        if last is None or not set(self._partner_dropped(analysis.words[last + 1 :])) <= _CLAIM_TAGS:
            return None
        words = self._normaliser.words(question, stopwords=True)
        at = next((k for k in reversed(range(len(words))) if self._spotter.kind_named(words[k : k + 1])), 0)
        if not set(self._partner_dropped(words[at + 1 :])) <= _CLAIM_TAGS:
            return None
        before = at
        while before > 0 and words[before - 1] in _KIND_HEADS:
            before -= 1
        if before < 1 or words[before - 1] not in _PUTTING_UNDER:
            return None
        # The thing: two words or more ("pa itu bilatral" asks what it is), naming no kind itself.
        thing = [w for w in words[: before - 1] if w in analysis.words]
        if len(thing) < 2 or self._spotter.spot(tuple(thing)).concepts:
            return None
        if (_DESCRIBING | _PARTIES | _NOT_COOPERATION | self._subjects.every_title_name) & set(
            analysis.words
        ):
            return None
        if (self._aspects | self._naming_stems | QUESTION_STEMS) & asked_stems(analysis.stems):
            return None  # "... bilateral bidang apa", "... bilateral tu apa"
        if match.intent is not None and self._subjects.kind_of.get(match.intent) != kind:
            return None
        return self._subjects.by_kind_aspect.get((kind, EXAMPLES))

    def _partner_dropped(self, after: tuple[str, ...]) -> tuple[str, ...]:
        """The words after a kind without the partner country named with it ("sama china kan": "kan")."""
        if after[:1] and after[0] in _WITH and self._kinds is not None:
            for size in (2, 1):
                if self._kinds.is_country(after[1 : 1 + size]):
                    return after[1 + size :]
        return after

    def _between_two_countries(self, stem: Analysis) -> bool:
        pair = self._kinds is not None and self._kinds.between_two_countries(stem.words)
        return pair and not (self._subjects.every_title_name | _MANY) & set(stem.words)

    def _situation_kind(self, question: str) -> str | None:
        """The kind the situation shows, read from the sentences before the asking one when there are
        some ("Indonesia dan Singapura sepakat ... . Bentuk kerja sama ini adalah ....": the words of the
        asking sentence lean to no kind in the situation), else from the whole."""
        scene, _, asking = question.rstrip(" .!?").rpartition(". ")
        return (scene and asking and self._kinds.kind_of(scene)) or self._kinds.kind_of(question)

    def _not_an_option(self, match: Match, prompt: Prompt) -> bool:
        """A blank that asks for a name ("... dikenal dengan nama ....") and options that are names (a
        word or two each), one of them another organisation's: the match, an organisation none of the
        options names, cannot be the answer."""
        names = self._subjects.title_names.get(match.intent or "", frozenset())
        if prompt.blank_after not in _NAMING:
            return False  # "ILO bermarkas di kota ...." asks about the ILO
        words = [set(self._normaliser.words(o.text)) for o in prompt.options]
        short = all(len(w) <= MAX_NAME_WORDS for w in words)
        other = any(w & self._subjects.every_title_name for w in words)
        return bool(names) and short and other and not names & set().union(*words)

    def _an_option_is_the_answer(self, match: Match, prompt: Prompt) -> bool:
        """ "Negara-negara ASEAN sepakat membentuk kawasan perdagangan bebas. Kerja sama ini disebut... a.
        APEC b. AFTA": a blank that asks for a name, options that are names, one of them the match's own; it
        answers, no kind."""
        names = self._subjects.title_names.get(match.intent or "", frozenset())
        if match.outcome is not Outcome.ANSWER or prompt.blank_after not in _NAMING or not prompt.options:
            return False
        words = [set(self._normaliser.words(o.text)) for o in prompt.options]
        return all(len(w) <= MAX_NAME_WORDS for w in words) and bool(names & set().union(*words))

    def _naming(self, options: str) -> set[str]:
        """The intents whose title or answer names something the options name."""
        words = set(self._normaliser.words(options))
        return {
            intent
            for table in (self._subjects.title_names, self._subjects.answer_names)
            for intent, names in table.items()
            if names & words
        }

    def _best_named_option(self, stem: Analysis, options: str, config: MatcherConfig) -> Match | None:
        """Options that name organisations or agreements ("a. UNICEF b. FAO", "a. IJEPA b. BIMP-EAGA"):
        of the intents whose title or answer names them, the one the stem fits best, of the kind the
        stem names, when it clearly leads the others."""
        named = self._naming(options)
        mention = self._spotter.spot(stem.words)
        ranked = [
            c
            for c in self._ranker.rank(stem, config)
            if c.intent in named and self._subjects.fits_kind(c.intent, mention)
        ]
        # A long stem (a case told before the blank) spreads its score over more words.
        floor = config.long_floor if len(set(stem.words)) >= config.long_question else config.clarify_at
        if not ranked or ranked[0].score < floor:
            return None
        if len(ranked) > 1 and ranked[0].score - ranked[1].score < config.margin:
            return None
        return Match(Outcome.ANSWER, ranked[0].score, (ranked[0],))


def _answering(intent: str, ranked: list[Candidate], fallback: float) -> Match:
    """An answer a worksheet rule settled, with the score the ranking gave it."""
    score = next((c.score for c in ranked if c.intent == intent), fallback)
    return Match(Outcome.ANSWER, score, (Candidate(intent, score),))
