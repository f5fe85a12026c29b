"""The words in a follow-up that point back at the chat's topic: a possessive ("markasnya"), a pointer
("itu dibentuk kapan?", "kenapa dari tanggal itu"), a word that classes it ("itu termasuk regional?").
"""

from __future__ import annotations

import itertools

from bot.nlp import Analysis, Normaliser
from bot.nlp.subjects import BESIDES, QUESTION_STEMS
from bot.tutor.points import DEMONSTRATIVES

# Words ending in -nya that do not point back at anything ("sebenarnya", "misalnya").
_NOT_LEANING = frozenset(
    {"sebenarnya", "biasanya", "misalnya", "selanjutnya", "sebaliknya", "akhirnya", "tentunya",
     "katanya", "rasanya", "padahal", "lainnya", "semuanya", "sebelumnya", "sesudahnya",
     "terutamanya", "bagaimananya", "apanya", "kenapanya", "gimananya", "pokoknya", "nya",
     "enaknya", "baiknya", "sebaiknya",  # "enaknya makan apa": what is best to do
     "ditanya", "bertanya"}  # asked, asking: "tanya" ends in "nya" and owns nothing
)  # fmt: skip
_POSSESSIVES = ("nya", "nye", "nyo")  # "markasnya", Betawi "markasnye", Minang "kantornyo"
_OPENING_POINTERS = frozenset({"dia", "ia"})  # opening a message, the topic spoken of
# "IA-CEPA tu apa": the agreement's name opens with "ia", and points at nothing said.
_NAMES_OPENING_WITH_A_POINTER = frozenset({("ia", "cepa")})
# "dorang" is Papuan and Manado "mereka"; "contoh lain yg sejenis": of the same sort as the topic; "how is
# it done?" in English.
_POINTERS = frozenset(
    {"tersebut", "tadi", "dia", "mereka", "dorang", "beliau", "situ", "sana", "sejenis", "serupa",
     "it", "its", "they", "their", "them"}
)  # fmt: skip
# "skor MU tadi malam brp", "persib maen jam brp malem ini": "tadi" before a time, "ini" after one, say
# when, pointing at nothing said.
_TIMES_OF_DAY = frozenset({"pagi", "siang", "sore", "malam", "malem", "subuh"})
_TIMES = _TIMES_OF_DAY | {"hari", "minggu", "bulan", "tahun", "besok"}
# "... termasuk regional?", "kok di artikel ditulis multilateral", "kenapa bukan multilateral": how the
# topic is classed.
_CLASSIFYING = frozenset(
    {"termasuk", "tergolong", "digolongkan", "masuk", "masuknya", "disebut", "ditulis", "dianggap",
     "dimasukkan", "dimasukan", "dikategorikan", "dikelompokkan", "dilebokno", "bukan"}
)  # fmt: skip
_EXAMPLE = "contoh"
_WHICH = frozenset({"apa", "apaan", "mana", "jenis"})
_SOME = frozenset({"aja", "saja", "yang", "yg", "lagi"})  # "kerja sama apa aja yg ...": some, not which
_TAG_QUESTIONS = frozenset({"kan", "kah", "ta", "to"})  # "indo pernah minjem kan", Javanese "melok ta"
_RELATING = frozenset({"hubung", "kait"})  # "hubungannya", "kaitannya"
# "oke sampe situ dulu, dadah": "up to there", enough for now, pointing at nothing said.
_UP_TO = frozenset({"sampai", "sampe", "ampe", "smpe", "sampek", "hingga"})
_THERE = frozenset({"situ", "sana"})
# "indonesia pernah begitu gk": what the topic says, pointed at as a whole.
SUCH = frozenset({"begitu", "gitu", "bgitu", "begini", "gini", "demikian"})
# "hubungannya jadi gimana", "hubungannya memburuk": how the relations between them go, not how the topic
# stands to something.
_GOING = frozenset({"jadi", "jd", "menjadi", "bakal", "akan", "makin", "semakin", "memburuk", "renggang"})


class Pointing:
    def __init__(self, normaliser: Normaliser) -> None:
        self._normaliser = normaliser

    def leaning(self, tokens: list[str]) -> list[str]:
        """The words with a possessive that points back: "markasnya", Betawi "markasnye", Minang
        "kantornyo", Javanese "carane", "pentinge", Sundanese "carana"; not a filler the normaliser
        drops ("sebenernya", "emangnya")."""
        return [t for t in tokens if self._leans(t)]

    def points(self, tokens: list[str]) -> bool:
        """ "itu bagian dr pbb kan", "mereka kerja sama di bidang apa", "kenapa dari tanggal itu"."""
        padded = ["", *tokens, ""]
        said = {
            t
            for before, t, after in zip(padded, padded[1:], padded[2:], strict=False)
            if (t != "tadi" or after not in _TIMES_OF_DAY) and (t not in _THERE or before not in _UP_TO)
        }
        return opens_with_pointer(tokens) or bool(_POINTERS & said) or self._closes_pointing(tokens)

    @staticmethod
    def sets_aside(tokens: list[str]) -> bool:
        """ "... selain itu": what was just spoken of is put aside ("PBB nya punya organ apa aja selain
        itu" after ECOSOC asks of the UN), or more of it is asked ("apa lagi selain itu")."""
        return len(tokens) >= 2 and tokens[-2] == BESIDES and tokens[-1] in DEMONSTRATIVES

    def relates(self, leaning: list[str], tokens: list[str]) -> bool:
        """ "hubungannya sama PBB apa", "kaitannya dgn diplomasi bilateral": how the topic stands to it."""
        relating = [w for w in leaning if _RELATING & set(self._normaliser.analyse(w).stems)]
        going = {after for w, after in itertools.pairwise(tokens) if w in relating}
        return bool(relating) and not going & _GOING

    def _leans(self, token: str) -> bool:
        if len(token) <= 5 or token in _NOT_LEANING:
            return False
        if token.endswith(_POSSESSIVES):
            return bool(self._normaliser.words(token))
        stems = self._normaliser.analyse(token).stems
        if len(stems) != 1:
            return False
        if token in (f"{stems[0]}e", f"{stems[0]}ne", f"{stems[0]}na"):
            return True
        # "tugase": the word before its "-e" is a real word the lexicon reads as another ("tugas", "fungsi");
        # "gunane": only the word with "-nya" reads as this one ("gunanya" is "manfaat", "guna" is not).
        bases = (token.removesuffix(suffix) for suffix in ("ne", "na", "e") if token.endswith(suffix))
        return any(self._base_reads_as(base, stems) for base in bases)

    def _base_reads_as(self, base: str, stems: tuple[str, ...]) -> bool:
        alone = self._normaliser.analyse(base).stems
        # A name is no base ("asean" before "-e"), but a chat spelling the lexicon reads is: Javanese
        # "conto" of "contone".
        spelled = self._normaliser.is_chat_spelling(base)
        if (spelled or not self._normaliser.is_name(base)) and alone == stems:
            return True
        return alone != stems and self._normaliser.analyse(f"{base}nya").stems == stems

    def _closes_pointing(self, tokens: list[str]) -> bool:
        """A thing, then "itu" to end the message, is the one just spoken of; "bilateral apa itu" ends
        on a question."""
        if len(tokens) < 2 or tokens[-1] not in DEMONSTRATIVES or tokens[-2] in _TIMES:
            return False
        thing = self._normaliser.analyse(tokens[-2]).stems
        return bool(thing) and not set(thing) & QUESTION_STEMS


def opens_with_pointer(tokens: list[str]) -> bool:
    """ "itu dibentuk kapan?", "dia itu regional ato multilateral?" """
    return (
        bool(tokens)
        and tokens[0] in DEMONSTRATIVES | _OPENING_POINTERS
        and tuple(tokens[:2]) not in _NAMES_OPENING_WITH_A_POINTER
    )


def classes(tokens: list[str]) -> bool:
    """ "itu termasuk regional?", "jadi dia termasuk kerja sama multilateral ya?", "ASEAN itu contoh kerja
    sama apa" (an example of which kind), "kerja sama apa itu, multilateral?" (which cooperation it is)."""
    return (
        opens_with_pointer(tokens)
        or bool(_CLASSIFYING & set(tokens))
        or _example_of_which(tokens)
        or _cooperation_of_which(tokens)
    )


def _example_of_which(tokens: list[str]) -> bool:
    """ "contoh kerja sama apa", "contoh kerjasama jenis apa"; not "contoh kerja sama regional lain apa
    saja", which asks for examples."""
    after = tokens[tokens.index(_EXAMPLE) + 1 :] if _EXAMPLE in tokens else []
    asked = after[1:2] if after[:1] == ["kerjasama"] else after[2:3] if after[:2] == ["kerja", "sama"] else []
    return bool(_WHICH & set(asked))


def _cooperation_of_which(tokens: list[str]) -> bool:
    """ "kerja sama apa itu", "jadi itu kerja sama apa?": which cooperation the thing pointed at is; not
    "kerja sama apa aja yg ..." nor "kerja sama apa yang ...", which ask for some."""
    if not DEMONSTRATIVES & set(tokens):
        return False
    for k, token in enumerate(tokens):
        if tokens[k : k + 2] == ["kerja", "sama"]:
            after = tokens[k + 2 :]
        elif token == "kerjasama":
            after = tokens[k + 1 :]
        else:
            continue
        if after[:1] == ["apa"] and not _SOME & set(after[1:2]):
            return True
    return False


def names_a_class(tokens: list[str]) -> bool:
    """ "itu termasuk apa, bilateral atau regional": a word that classes, whatever opens the message."""
    return bool(_CLASSIFYING & set(tokens))


def marked_as_question(question: str, tokens: list[str]) -> bool:
    """A question mark, or a closing tag ("indo pernah minjem kan")."""
    return question.rstrip().endswith("?") or (bool(tokens) and tokens[-1] in _TAG_QUESTIONS)


def asks(analysis: Analysis, marked: bool) -> bool:
    """A question mark, a question word, or a closing "ga?" ("indonesia ikut ga")."""
    return marked or bool(QUESTION_STEMS & set(analysis.stems)) or analysis.words[-1:] == ("tidak",)
