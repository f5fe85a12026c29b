"""Everyday Indonesian to matchable words: NFKC, case, emoji, elongation, slang, synonyms, stems."""

from __future__ import annotations

import copy
import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
from Sastrawi.Stemmer.Stemmer import Stemmer
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

from bot.content.models import Lexicon

_REPEATS = re.compile(r"([^\W\d])\1{2,}")  # letters held for emphasis ("apaaa"); not the zeros of 2000
_DOUBLED = re.compile(r"([^\W\d])\1")  # a letter held only twice ("makaciih"), undone for an unknown word
# The spelling before 1972, still typed by grandparents and by Indonesians and Surinamese Javanese taught in
# Dutch ("tjontoh kerdja sama", "goenanja"): one pass, so the "j" of "dj" is not made a "y" again.
_OLD_SPELLING = re.compile(r"oe|dj|tj|nj|sj|ch|j")
MIN_OLD_SPELLING = 4  # "satoe", "tjara"
_MODERN = {"oe": "u", "dj": "j", "tj": "c", "nj": "ny", "sj": "sy", "ch": "kh", "j": "y"}
_DIGIT_SUFFIX_2 = re.compile(r"^([a-z]{3,})2(nya|nyo|nye)?$")  # "negara2" is how people type "negara-negara"
_STUCK_COUNT = re.compile(r"^([a-z]{5,})([013-9])$")  # "Sebutkan4 ...": a count typed without its space
_STUCK_BETWEEN = re.compile(r"^([a-z]{5,})([3-9])([a-z]{3,})$")  # "Sebutkan3bentuk"; "negara2nya" doubles
# The letter a digit in a word stands for: a photo-reading app reads a one for an i or an l and a zero
# for an o, and "alay" typing writes "4p4 s1h", "b1l4t3r4l", "p8b" (a two doubles a word instead).
_LOOKALIKES = {"0": "o", "1": "il", "3": "e", "4": "a", "5": "s", "6": "g", "7": "t", "8": "b", "9": "g"}
MAX_MISREAD_DIGITS = 8
ALONE_MARKS = 8  # emoji and punctuation around a word sent alone
# What a photo-reading app misreads in print: "rn" for "m" ("sarna"), "l" and "I" for each other
# ("biIateral", "Wlna", "lLO"); and letters for the digits of a year ("l961", "2O23").
_PRINT_SLIP = re.compile(r"rn|[il]")
_PRINT_READINGS = {"rn": ("rn", "m"), "i": ("i", "l"), "l": ("l", "i")}
MAX_PRINT_SLIPS = 6
_NUMERALS_READ = str.maketrans("lio", "110")
YEAR_LENGTH = 4
_CENTURIES = frozenset({"18", "19", "20"})
MIN_MISREAD_LENGTH = 3  # "d1" is left alone, and so is "1a", an item's part
# Digits between letters ("hub1ng4n"), not a count with its unit ("100rb") or a name's number ("covid19").
_INTERLEAVED = re.compile(r"[^\W\d]\d+[^\W\d]|\d[^\W\d]+\d")
# Two countries a worksheet leaves unnamed, "Negara A dan Negara B", "negara X sama Y", "negara P negara
# Q": two countries, not the countries of a region that "negara negara" would be once the letters go; not
# one of three ("Negara A, B, dan C").
_PLACEHOLDER_PAIR = re.compile(
    r"(?<!\b[a-z] dan )(?<!\b[a-z], )\bnegara[ \t]+([a-z])\b[ \t]*(?:(?:dan|dengan|sama|&|,)[ \t]+)?"
    r"(?:negara[ \t]+)?(?!\1)[a-z]\b(?![.)])"
    r"(?![ \t]*(?:,|dan\b|&)[ \t]*(?:dan[ \t]+)?(?:negara[ \t]+)?[a-z]\b)"
)
# A word hyphenated at the end of a printed line ("ber-\nhubungan", "Eco-\nnomic"), from a short first
# piece, not a doubled word ("kota-\nkota").
_HYPHENATED = re.compile(r"\b([^\W\d_]{2,4})-[ \t]*\n\s*(?!\1\b)([^\W\d_]+)")
MIN_TYPO_LENGTH = 5
TYPO_SCORE = 80.0
# A word typed without its vowels ("bltrl", "pngrtn krj sm"), from this long: the three letters of "pts",
# "smp" and "asn" are acronyms (PTS, SMP, ASN), not "putus", "sampai" and "asean".
MIN_VOWELLESS = 4
# A photographed page loses spaces ("Apayang dimaksuddengan diplomasibilateral?"): a long unknown token
# is read as two or three words it is made of, each this long at least.
MIN_MERGED_LENGTH = 7
MIN_LESSON_WORD = 8  # "regional": shorter joins of two words are too often two words
MAX_MERGED_LENGTH = 40  # a longer run is no page slip, and splitting it would cost time
MIN_PART_LENGTH = 3
JOINED_SCORE = 87.0  # two pieces joined are at most one letter off a content word of eight
MIN_SPELLED, MAX_SPELLED = 3, 6  # an acronym said letter by letter ("w t o", "a s e a n")
MAX_ACRONYM, MAX_ACRONYM_PIECE = 5, 3  # an acronym said in two pieces ("fa o", "af ta")
# The names of letters as voice typing writes them, in Indonesian ("pe be be") and in English ("wi ti
# o", "ai em ef"): a run of them spells an acronym the content uses.
_LETTER_NAMES = {
    "be": "b", "ce": "c", "de": "d", "ef": "f", "ge": "g", "ha": "h", "je": "j", "ka": "k", "el": "l",
    "em": "m", "en": "n", "pe": "p", "ki": "q", "er": "r", "es": "s", "te": "t", "ve": "v", "fe": "v",
    "we": "w", "eks": "x", "ye": "y", "zet": "z", "ei": "a", "bi": "b", "si": "c", "di": "d", "ji": "g",
    "ai": "i", "jei": "j", "kei": "k", "pi": "p", "ar": "r", "ti": "t", "yu": "u", "vi": "v", "wi": "w",
}  # fmt: skip
QUESTION_STEMS = frozenset({"apa", "bagaimana", "mengapa", "kapan", "berapa", "siapa", "mana", "apakah"})
# Question words that alone ask nothing; not "siapa": "kamu siapa" loses "kamu" as a stopword.
BARE_QUESTION = QUESTION_STEMS - {"siapa"}


def _split_order(pieces: tuple[str, ...]) -> tuple[int, list[int]]:
    """The fewest pieces first, then the longest first word."""
    return len(pieces), [-len(piece) for piece in pieces]


@dataclass(frozen=True)
class Analysis:
    """A question taken apart: the canonical words (before stemming) and their stems."""

    words: tuple[str, ...]
    stems: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.stems)


def _strip_symbols(text: str) -> str:
    """Keep letters, digits and spaces; punctuation, emoji and control characters become spaces."""
    return "".join(ch if ch.isalnum() else " " for ch in text)


_DETACHED_SUFFIXES = frozenset({"nya", "nye"})
_NASALS = frozenset({"ng", "ny"})  # Jakarta "ngatur", "nyebut": "mengatur", "menyebut"
# A root the stemmer's dictionary lacks, so it cuts its words too far ("menyetujui", "persetujuan" and
# "setuju" to "tuju", the root of "tujuan"): agreeing is no aim. As spelled with "se-" and with "meny-".
_AGREEING = ("setuju", "nyetuju")
_AGREE = "setuju"
_VOWELS = frozenset("aeiou")
# "-nya" and its regional forms, with the shortest word each is taken off: Javanese krama "-nipun" and
# ngoko "-ne" follow a vowel ("caranipun", "anggotane"), krama "-ipun" a consonant ("tujuanipun").
_POSSESSIVES = (("nipun", 3), ("ipun", 3), ("nya", 3), ("nye", 3), ("nyo", 3), ("ne", 3), ("na", 4), ("e", 4))
_AFTER_VOWEL, _AFTER_CONSONANT = frozenset({"nipun", "ne"}), frozenset({"ipun"})
# Letters a photographed worksheet gets wrong: "VV" for W ("Konvensi VVina"), a capital I for an l after a
# capital or ending a word ("Non-BIok", "bilateraI"; "bilateralIndonesia" is two words run together), a
# one ending a word for an l ("bilatera1", else a count typed without its space), an l for the I ending an
# acronym ("OKl"), and a zero for an O ("FA0", "0KI", "0rganization"). Indonesian has no "vv". A one
# inside a word is read later, as an i or an l, by the word it makes ("bi1ateral", "s1h").
_OCR_FIXES = (
    (re.compile(r"vv", re.IGNORECASE), "w"),
    (re.compile(r"(?<=[A-Z])I(?=[a-z])|(?<=[a-z])I\b|(?<=[a-z]{3})1\b"), "l"),
    (re.compile(r"(?<=\b[A-Z]{2})l\b"), "I"),
    (re.compile(r"(?<=[A-Z])0(?![0-9])|\b0(?=[A-Z]{2}|[a-z]{2})"), "O"),
)


def _consonants(word: str) -> str:
    """A word as typed without its vowels, all but a first one ("bltrl", "intrnsnl", "artkl")."""
    return word[:1] + "".join(c for c in word[1:] if c not in _VOWELS)


def _without_accents(text: str) -> str:
    """Sundanese, Madurese and Balinese spellings carry accents Indonesian has none of ("Indonésia",
    "bédana", "bhâ"): the letters without them."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def clean(text: str) -> list[str]:
    """NFKC, photo-reading slips fixed, lowercase, symbols out, letters held for emphasis ("apaaa")
    shortened, and a "-nya" typed apart joined back to its word ("contoh nya" is "contohnya")."""
    text = unicodedata.normalize("NFKC", text)
    text = _HYPHENATED.sub(r"\1\2", text)
    for pattern, letter in _OCR_FIXES:
        text = pattern.sub(letter, text)
    # Casefolding can undo NFKC, and NFKC can compose a letter whose casefold is decomposed again
    # ("ῢ"): fold once more so the words stay lowercase, then drop the accents.
    text = unicodedata.normalize("NFKC", text.casefold()).casefold()
    text = _PLACEHOLDER_PAIR.sub("dua negara", _without_accents(text))
    tokens: list[str] = []
    for token in _strip_symbols(text).split():
        token = _REPEATS.sub(r"\1", token)
        if stuck := _STUCK_COUNT.match(token):
            tokens.append(stuck.group(1))
            token = stuck.group(2)
        elif stuck := _STUCK_BETWEEN.match(token):
            tokens += [stuck.group(1), stuck.group(2)]
            token = stuck.group(3)
        if token in _DETACHED_SUFFIXES and tokens and tokens[-1].isalpha():
            tokens[-1] += token
        else:
            tokens.append(token)
    return tokens


class Normaliser:
    """Turns a student's text into canonical words and stems, using the content's lexicon.

    `vocabulary` is the set of canonical words the content uses; an unknown token close to
    one of them ("bilateal") is corrected to it.
    """

    def __init__(self, lexicon: Lexicon, vocabulary: Iterable[str] = ()) -> None:
        slang = {_without_accents(k.casefold()): v.casefold().split() for k, v in lexicon.slang.items()}
        # A slang word may be written as another one ("kerjasamo" as "kerjasama", itself "kerja sama").
        self._slang = {k: [w for word in v for w in slang.get(word, [word])] for k, v in slang.items()}
        # Emoji the lexicon reads as words when sent alone ("🙏" thanks, "👋" greets).
        self._symbols = {k: " ".join(v) for k, v in self._slang.items() if not any(c.isalnum() for c in k)}
        self._synonyms = {self._phrase(k): tuple(clean(v)) for k, v in lexicon.synonyms.items() if clean(k)}
        self._longest_synonym = max((len(k) for k in self._synonyms), default=0)
        self._stopwords = frozenset(w.casefold() for w in lexicon.stopwords)
        self._roots = frozenset(lexicon.roots)  # left whole, yet names: no dictionary knows "maluku"
        # A key of marks alone ("👋") cleans to nothing: it would read every message of emoji alone.
        self._alone = {" ".join(clean(k)): v for k, v in lexicon.alone.items() if clean(k)}
        # A longer message is no word alone, whatever its marks ("kak??", "dada 👋"): it is not cleaned
        # twice to look.
        self._longest_alone = 2 * max((len(k) for k in lexicon.alone), default=0) + ALONE_MARKS
        root_words = StemmerFactory().get_words_from_file()
        self._dictionary = frozenset(root_words)
        # The uncached Stemmer: the factory's cached one keeps every word it ever saw.
        self._stemmer = Stemmer(ArrayDictionary(root_words))
        self._vocabulary: list[str] = []
        self._known: frozenset[str] = frozenset()
        self._owners: frozenset[str] = frozenset()
        self._chat_and_content: frozenset[str] = frozenset()
        self._vocabulary_set: frozenset[str] = frozenset()
        self._clipped: frozenset[str] = frozenset()
        self._acronyms: frozenset[str] = frozenset()
        self._by_consonants: dict[str, str] = {}
        self._swapped: dict[str, str] = {}
        self.stem = lru_cache(maxsize=65536)(self._stem_uncached)
        self._correct = lru_cache(maxsize=65536)(self._correct_uncached)
        self._apart = lru_cache(maxsize=65536)(self._apart_uncached)
        self._broken = lru_cache(maxsize=65536)(self._broken_uncached)
        self._misread = lru_cache(maxsize=65536)(self._misread_uncached)
        # The reader and the worksheet rules each analyse a message's question: the second time is free
        # (about 9 ms of 49 on a hostile message of 4,096 characters).
        self.analyse = lru_cache(maxsize=256)(self._analyse_uncached)
        self.set_vocabulary(vocabulary)

    def set_vocabulary(self, vocabulary: Iterable[str]) -> None:
        """The words typos are corrected towards (the content's own words)."""
        words = frozenset(vocabulary)
        self._vocabulary = sorted(w for w in words if len(w) >= MIN_TYPO_LENGTH - 1)
        # A word the lexicon lists, alone or in a phrase ("nuwun" of "kulo nuwun"), is no typo.
        in_phrases = {word for phrase in self._synonyms for word in phrase}
        self._known = frozenset(self._vocabulary) | self._dictionary | self._slang.keys() | in_phrases
        # Short names are too short to correct towards, but "pbbnya" is still PBB's.
        self._owners = self._known | words
        # The words a run typed without spaces may be split into: the content's own, and chat words.
        self._parts = words | self._stopwords | self._slang.keys()
        self._longest_part = max(map(len, self._parts), default=0)
        self._chat_and_content = frozenset(self._vocabulary) | self._slang.keys()
        self._vocabulary_set = frozenset(self._vocabulary)
        # A content word missing its last letter ("regiona" of "regional") is that word cut short.
        self._clipped = frozenset(w[:-1] for w in self._vocabulary if len(w) > MIN_TYPO_LENGTH)
        self._acronyms = frozenset(w for w in words if len(w) <= MAX_ACRONYM and self.is_name(w))
        self._swapped = self._acronyms_swapped()
        self._by_consonants = self._consonant_spellings()
        self._correct.cache_clear()
        self._misread.cache_clear()
        self._apart.cache_clear()
        self._broken.cache_clear()
        self.analyse.cache_clear()

    def _acronyms_swapped(self) -> dict[str, str]:
        """Each acronym of consonants alone with two letters next to each other swapped ("gbn" the GNB,
        "vcrd" the VCDR), where that is no word known and no other acronym's slip."""
        slips: dict[str, set[str]] = {}
        for acronym in self._acronyms:
            if len(acronym) < MIN_SPELLED or not acronym.isalpha() or set(acronym) & _VOWELS:
                continue  # "rp" is rupiah, no slip of "pr"
            for i in range(len(acronym) - 1):
                slip = acronym[:i] + acronym[i + 1] + acronym[i] + acronym[i + 2 :]
                if slip != acronym and slip not in self._owners and slip not in self._stopwords:
                    slips.setdefault(slip, set()).add(acronym)
        return {slip: owners.pop() for slip, owners in slips.items() if len(owners) == 1}

    def _consonant_spellings(self) -> dict[str, str]:
        """Each content word as typed without its vowels, where that spells no other content word ("mtr" is
        "mitra", "materi" or "matur"); of two, the one the dictionary knows ("tjn" is "tujuan", not the
        Javanese "tujuane")."""
        spelled: dict[str, set[str]] = {}
        for word in self._vocabulary:
            if word.isalpha():
                spelled.setdefault(_consonants(word), set()).add(word)
        readings = {}
        for consonants, candidates in spelled.items():
            if len(candidates) > 1:
                candidates = {w for w in candidates if self.stem(w) in self._dictionary}
            if len(candidates) == 1:
                readings[consonants] = candidates.pop()
        return readings

    def _vowelled(self, token: str) -> str | None:
        """The content word an unknown token typed without vowels spells ("bltrl" bilateral, "intrnsnl"
        internasional, "mksdny" maksud with "-nya"), if one."""
        if len(token) < MIN_VOWELLESS or not token.isalpha() or token in self._known:
            return None
        if set(token[1:]) & _VOWELS:
            return None
        return self._by_consonants.get(token) or self._by_consonants.get(token.removesuffix("ny"))

    def without(self, key: str) -> Normaliser:
        """This normaliser with one lexicon entry (slang word or synonym phrase) taken out."""
        other = copy.copy(self)
        other._slang = {k: v for k, v in self._slang.items() if k != key.casefold()}
        phrase = self._phrase(key)
        other._synonyms = {k: v for k, v in self._synonyms.items() if k != phrase}
        other.analyse = lru_cache(maxsize=256)(other._analyse_uncached)
        return other

    def is_chat_spelling(self, word: str) -> bool:
        """A word the lexicon reads as another ("conto" is "contoh", "ape" is "apa")."""
        return word in self._slang

    def is_name(self, word: str) -> bool:
        """A word no Indonesian dictionary knows: a name or an acronym ("imt", "ijepa", "wto", "g20")."""
        return (
            (word.isalpha() or (word.isalnum() and word[0].isalpha()))
            and len(word) >= 2
            and word not in self._stopwords
            and self.stem(word) not in self._dictionary
        )

    def tokens(self, text: str) -> list[str]:
        """The text cleaned (`clean`) and digits typed for letters read ("ada1ah", "4p4"); a message of
        emoji alone with the ones the lexicon reads as words said in them ("🙏🙏" thanks). Beside words an
        emoji only colours them: "pagi kak 🙏" greets, "dadah 👋" takes leave."""
        if not (tokens := clean(text)):
            for symbol, said in self._symbols.items():
                if symbol in text:  # a flag is two characters
                    text = text.replace(symbol, f" {said} ")
            tokens = clean(text)
        return [self._misread(token) for token in tokens]

    def words(self, text: str, *, stopwords: bool = False) -> tuple[str, ...]:
        """Canonical words: slang expanded, typos corrected, synonyms applied; no stopwords unless
        asked for (who is spoken to: "lu siapa" is "kamu siapa")."""
        tokens: list[str] = []
        # "kak" or "dada" as the whole message: calling the bot greets, and "dada" waves goodbye.
        if len(text) <= self._longest_alone and (said := self._alone.get(" ".join(clean(text)))) is not None:
            text = said
        for token in self._rejoined(self.tokens(text)):
            if m := _DIGIT_SUFFIX_2.match(token):
                if not m.group(2) and (m.group(1), m.group(1)) in self._synonyms:
                    tokens.append(m.group(1))  # "langkah2" is "langkah-langkah", a phrase of the lexicon
                token = m.group(1) + (m.group(2) or "")
            if token not in self._known:
                token = self._unheld(self._with_a(self._modern(token)))
            if token not in self._known:  # "makasee" is "makase", no "makas" with Javanese "-e"
                token = self._formal(self._without_possessive(self._undoubled(token)))
            if token in self._slang:
                tokens.extend(self._slang[token])
            elif vowelled := self._vowelled(token):
                tokens.append(vowelled)
            elif parts := self._apart(token):
                tokens.extend(word for part in parts for word in self._slang.get(part, [part]))
            else:
                tokens.append(self._correct(token))
        tokens = self._apply_synonyms(tokens)
        return tuple(t for t in tokens if stopwords or t not in self._stopwords)

    def _rejoined(self, tokens: list[str]) -> list[str]:
        """A word voice typing or spelling broke apart, joined back: letters said one by one ("w t o",
        "i l o") when together they are a content word, and two pieces no dictionary knows ("re jional")
        when together they are a content word or a slip of one."""
        out: list[str] = []
        i = 0
        while i < len(tokens):
            if spelled := self._spelled(tokens, i):
                out.append(spelled)
                i += len(spelled)
                continue
            token = tokens[i]
            if out and (self._acronym_apart(out[-1], token) or self._broken(out[-1], token)):
                out[-1] += token
            else:
                out.append(token)
            i += 1
        return out

    def _spelled(self, tokens: list[str], start: int) -> str:
        """The word spelled letter by letter from `start`, or "": letters that together are a content
        word ("w t o"), or letters and their names that spell an acronym ("pe be be", "wi ti o"; one
        name and no acronym is only a word: "di", "ka")."""
        letters = []  # counted no further than a spelled word can be long: "<b><b>..." is 1,365 letters
        for token in tokens[start : start + MAX_SPELLED + 1]:
            letter = token if len(token) == 1 and token.isalpha() else _LETTER_NAMES.get(token)
            if letter is None:
                break
            letters.append(letter)
        if letters == tokens[start : start + len(letters)]:  # letters alone, all of them one word
            word = "".join(letters)
            return word if MIN_SPELLED <= len(word) <= MAX_SPELLED and word in self._owners else ""
        for end in range(min(len(letters), MAX_SPELLED), MIN_SPELLED - 1, -1):
            if (word := "".join(letters[:end])) in self._acronyms:
                return word
        return ""

    def _acronym_apart(self, first: str, second: str) -> bool:
        """An organisation's acronym voice typing cut in two ("fa o", "af ta"): short pieces, not
        both words, that together are a name the content uses."""
        joined = first + second
        return (
            len(first) <= MAX_ACRONYM_PIECE >= len(second)
            and joined.isalpha()
            and joined in self._acronyms
            and not (first in self._known and second in self._known)
        )

    def _broken_uncached(self, first: str, second: str) -> bool:
        """Two pieces, neither a word (an option's letter is one), that together are a content word or
        one letter off it ("rejional"); "the past" is no slip of "tepat"."""
        pieces = (first, second)
        joined = first + second
        # "regio nal", "bilah teral": voice typing breaks a lesson's word into pieces that are words.
        if self._lesson_word_apart(first, second, joined):
            return True
        if any(len(p) < 2 or not p.isalpha() or p in self._known or self.stem(p) in self._dictionary
               for p in pieces):  # fmt: skip
            return False
        if len(joined) < MIN_MERGED_LENGTH:
            return False
        return joined in self._owners or self._one_letter_off(joined)

    def _lesson_word_apart(self, first: str, second: str, joined: str) -> bool:
        """Two pieces, neither a word of the content or of chat ("sub regional", "pemahaman ku"), that
        together are a long content word or one letter off it."""
        if len(joined) < MIN_LESSON_WORD or not joined.isalpha() or len(first) < 2 or len(second) < 2:
            return False
        if first in self._parts or second in self._parts or self.stem(joined) == self.stem(first):
            return False  # the last also leaves a clitic apart: "pemahaman ku"
        return joined in self._vocabulary_set or self._one_letter_off(joined)

    def _one_letter_off(self, joined: str) -> bool:
        """Whether two pieces joined are a content word but for a letter ("rejional", "bilahteral")."""
        return bool(
            process.extractOne(joined, self._vocabulary, scorer=fuzz.ratio, score_cutoff=JOINED_SCORE)
        )

    def _misread_uncached(self, token: str) -> str:
        """The word a token spelled with digits for letters stands for ("w1na", "1nd0nesia", "0k1" from a
        photo-reading app; "4p4", "m4nf44t", "p8b" typed alay), when one reading is a known word; else,
        when digits sit between its letters, the letters for the typo corrector ("hub1ng4n")."""
        digits = [c for c in token if c.isdigit()]
        if not digits:
            return self._misprinted(token)
        if (
            len(token) == YEAR_LENGTH
            and (year := token.translate(_NUMERALS_READ)).isdigit()
            and year[:2] in _CENTURIES
        ):
            return year
        # "c0nt0h2": a word typed alay and doubled ("contoh-contoh"), the two left for `words` to undo; a two
        # elsewhere is no letter, so the rest is read once, not a two at a time ("2222...").
        rest = token[:-1]
        doubled = token.endswith("2") and "2" not in rest and len(digits) > 1
        if doubled and (read := self._misread(rest)) != rest:
            return f"{read}2"
        if not set(digits) <= _LOOKALIKES.keys() or len(digits) > MAX_MISREAD_DIGITS:
            return token
        if len(token) < MIN_MISREAD_LENGTH or token.isdigit() or not token.isalnum():
            return token
        readings = [
            _REPEATS.sub(r"\1", "".join(letters))  # "4p4444" is "apaaaa", held for emphasis
            for letters in itertools.product(*(_LOOKALIKES.get(c, c) for c in token))
        ]
        for word in readings:
            if word in self._owners or word in self._stopwords:
                return word
        return readings[0] if len(digits) > 1 and _INTERLEAVED.search(token) else token

    def _misprinted(self, token: str) -> str:
        """The known word a word no one knows reads as with a photo-reading app's slips put right, the
        content's own first ("lLO" is the ILO, not "lio", a word of the dictionary)."""
        if len(token) < MIN_MISREAD_LENGTH or not token.isalpha() or self._is_known(token):
            return token
        pieces = _PRINT_SLIP.split(token)
        slips = _PRINT_SLIP.findall(token)
        if not slips or len(slips) > MAX_PRINT_SLIPS or self.stem(token) in self._dictionary:
            return token
        words = [
            "".join(itertools.chain.from_iterable(itertools.zip_longest(pieces, readings, fillvalue="")))
            for readings in itertools.product(*(_PRINT_READINGS[slip] for slip in slips))
        ]
        content = next((w for w in words if w in self._vocabulary_set or w in self._acronyms), None)
        return content or next((w for w in words if self._is_known(w)), token)

    def _is_known(self, word: str) -> bool:
        return word in self._owners or word in self._stopwords

    def _phrase(self, synonym: str) -> tuple[str, ...]:
        """A synonym phrase as it meets the text: with its slang words already expanded (synonyms are
        applied after slang, so "see u" is looked for as "see kamu")."""
        return tuple(word for token in clean(synonym) for word in self._slang.get(token, [token]))

    def _unheld(self, token: str) -> str:
        """A letter held twice for emphasis ("makaciih", "bilaterall", "okii") when a chat word, a content
        word or an acronym is left; not any word of the dictionary ("dadaa" is "dadah", bye, not "dada",
        chest)."""
        single = _DOUBLED.sub(r"\1", token)
        return single if single in self._chat_and_content or single in self._acronyms else token

    def _undoubled(self, token: str) -> str:
        """A plural typed without its hyphen ("bidangbidang", "negaranegara") is the word once."""
        half = len(token) // 2
        doubled = len(token) % 2 == 0 and half >= 3 and token[:half] == token[half:]
        return token[:half] if doubled and token[:half] in self._owners else token

    def _without_possessive(self, token: str) -> str:
        """ "-nya" on slang or a borrowed word ("dilakuinnya", "commandnya"), and the regional "-nye"
        ("manfaatnye"), "-nyo" ("kantornyo"), Javanese "-ne" ("gunane") and "-e" ("markase") and Sundanese
        "-na" ("bedana"), come off when what is left is a word; not off a content word cut short ("regiona"
        is no "regio" with "-na")."""
        if token in self._clipped:
            return token
        if (number := token.removesuffix("nya")) != token and number.isdigit():
            return number  # "pasal 3nya": the article's number
        # "perane" is "peran" with "-e" before it is "pera" (dry, of rice) with "-ne": a word of the
        # content or of chat comes before one only the dictionary knows.
        dictionary_word = None
        for suffix, shortest in _POSSESSIVES:
            base = token.removesuffix(suffix)
            if base == token or len(base) < shortest:
                continue
            if (suffix in _AFTER_VOWEL and base[-1] not in "aiueo") or (
                suffix in _AFTER_CONSONANT and base[-1] in "aiueo"
            ):
                continue
            if (base + "nya",) in self._synonyms or (
                suffix != "nya" and base + "nya" in self._vocabulary_set
            ):
                # Minang "gunanyo" is "gunanya", which the lexicon reads as "manfaat"; Javanese "kawasane"
                # is "kawasannya" where the content says so, as a follow-up on the topic does.
                return base + "nya"
            if base in self._chat_and_content:
                return base
            if dictionary_word is None and base in self._owners:
                dictionary_word = base
        return dictionary_word or token

    def _modern(self, token: str) -> str:
        """An unknown word in the old spelling ("tjontoh", "kerdja", "goenanja", "satoe") as spelled now,
        when that is a word the bot knows; otherwise the word as it came."""
        if len(token) < MIN_OLD_SPELLING:
            return token  # chat shorthand, not old spelling: "sj" is "saja", not "sy"
        modern = _OLD_SPELLING.sub(lambda m: _MODERN[m.group()], token)
        return modern if modern != token and modern in self._known else token

    def _with_a(self, token: str) -> str:
        """Palembang, Jambi and Minang "-o" for a final "-a" ("siapo", "namo", "antaro"; "namonyo" with
        "-nyo" for "-nya"), and Riau, Pontianak and Betawi "-e" ("bile", "tanye", "bahase"), when the
        "-a" word is one of the content's or a chat word; not a typo of another word ("siapo" is no
        "siap")."""
        base = token.removesuffix("nyo") if len(token) > 5 else token
        # "-nye" is a possessive; a short "-e" word is too often another ("aye" is "saya", "use" English).
        shortest = {"o": 3, "e": 4}.get(base[-1:])
        if shortest is None or len(base) < shortest or base.endswith("nye"):
            return token
        plain = base[:-1] + "a"
        return plain if plain in self._parts else token

    def _formal(self, token: str) -> str:
        """Jakarta "-in" for "-kan" ("dibutuhin", "dijelasin") when only the formal word is in the
        dictionary ("ingin", "main" and "yakin" are words as they stand)."""
        if len(token) < MIN_TYPO_LENGTH or not token.endswith("in") or self.stem(token) in self._dictionary:
            return token
        formal = f"{token[:-2]}kan"
        root = self.stem(formal)
        # A root of three letters is too easily another word's: "diapain" would ask "apa".
        return formal if root in self._dictionary and root != formal and len(root) > 3 else token

    def _analyse_uncached(self, text: str) -> Analysis:
        words = self.words(text)
        # "kamu tuh apa sih", "ko ini apa": a bare question put to the bot asks what it is, so the
        # stopword that says whom it is put to stays.
        if words and set(words) <= BARE_QUESTION and "kamu" in (full := self.words(text, stopwords=True)):
            words = tuple(w for w in full if w == "kamu" or w in words)
        return Analysis(words, tuple(self.stem(w) for w in words))

    def normalise(self, text: str) -> str:
        """The named, tested normaliser: the text the matcher compares."""
        return self.analyse(text).text

    def _apply_synonyms(self, tokens: list[str]) -> list[str]:
        out: list[str] = []
        i = 0
        while i < len(tokens):
            for size in range(min(self._longest_synonym, len(tokens) - i), 0, -1):
                replacement = self._synonyms.get(tuple(tokens[i : i + size]))
                if replacement is not None:
                    out.extend(replacement)
                    i += size
                    break
            else:
                out.append(tokens[i])
                i += 1
        return out

    def _stem_uncached(self, word: str) -> str:
        if not (word.isascii() and word.isalpha()) or len(word) <= 3 or word in self._roots:
            return word
        if any(form in word for form in _AGREEING):
            return _AGREE
        stem = self._stemmer.stem(word) or word
        return self._nasal_root(word) if stem == word else stem

    def _nasal_root(self, word: str) -> str:
        """The root of a Jakarta "ng-" or "ny-" verb, "meng-" and "meny-" cut short ("ngatur", "ngajarin",
        "ngerjain", "nyebut"), when the "me-" word has one in the dictionary ("-in" standing for "-kan");
        otherwise the word as it is."""
        if len(word) < MIN_TYPO_LENGTH or word[:2] not in _NASALS or word[2] not in _VOWELS:
            return word
        formal = f"me{word}"
        for candidate in (formal, f"{formal[:-2]}kan") if formal.endswith("in") else (formal,):
            root = self._stemmer.stem(candidate)
            if root in self._dictionary and root != candidate and len(root) > 3:
                return root
        return word

    def _apart_uncached(self, token: str) -> tuple[str, ...]:
        """The words an unknown token is made of ("diplomasibilateral", "apaitukerjasamaregional"): the
        fewest pieces, the longest first word first; () when it is no such run of words."""
        known = token in self._known or self.stem(token) in self._dictionary
        if not MIN_MERGED_LENGTH <= len(token) <= MAX_MERGED_LENGTH or not token.isalpha() or known:
            return ()
        # heads[i]: the best split of token[:i] into content and chat words, None when there is none.
        heads: list[tuple[str, ...] | None] = [(), *[None] * len(token)]
        for end in range(MIN_PART_LENGTH, len(token) + 1):
            for start in range(max(0, end - self._longest_part), end - MIN_PART_LENGTH + 1):
                head = heads[start]
                if head is not None and (piece := token[start:end]) in self._parts:
                    heads[end] = min(filter(None, (heads[end], (*head, piece))), key=_split_order)
        if (whole := heads[-1]) is not None:
            return whole if len(whole) > 1 else ()
        # "ILOberkedudukan": content words, then a dictionary word too long to be a slip.
        tails = [
            (*head, token[cut:])
            for cut, head in enumerate(heads)
            if head and len(token) - cut >= MIN_MERGED_LENGTH and self.stem(token[cut:]) in self._dictionary
        ]
        return min(tails, key=_split_order, default=())

    def _correct_uncached(self, token: str) -> str:
        if token in self._swapped:
            return self._swapped[token]
        if len(token) < MIN_TYPO_LENGTH or token in self._known or not token.isalpha():
            return token
        if self.stem(token) in self._dictionary:
            return token  # a real Indonesian word with affixes, not a typo
        best = process.extractOne(token, self._vocabulary, scorer=fuzz.ratio, score_cutoff=TYPO_SCORE)
        return best[0] if best else token
