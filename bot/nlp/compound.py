"""Chat messages that ask two things at once, or open with words that ask nothing.

"apa itu multilateral dan contohnya apa aja?" is two questions; "ok kak, apa itu regional" is one,
and "halo kak, apa itu bilateral?" is a greeting the tutor answers before the question.
"""

from __future__ import annotations

import re

from bot.nlp.prompts import sentence_asks

# A short opening before a question: a greeting, thanks, a name.
_LEAD = re.compile(r"^\s*(\w+(?:\s+\w+){0,2})\s*[,!.]+\s*(\S.*)$", re.DOTALL)
CHANGING_SUBJECT = frozenset({"btw"})  # "by the way", opening a message: a question of its own
# "ok kak, apa itu regional": an acknowledgement says nothing of its own (alone, "ok" ends a chat).
ACKNOWLEDGING = frozenset({"ok", "oke", "okay", "okey", "okee", "sip", "siap", "baik", "oh", "oalah", "nah"})
# Whom a message is said to: "ok kak, ...", "hey tutor jelasin ...".
ADDRESSING = frozenset(
    {"kak", "ka", "kaka", "kakak", "kk", "bot", "tutor", "min", "mimin", "bang", "mas", "mbak", "bro", "pak",
     "bu"}
)  # fmt: skip
_GOING_ON = frozenset({"coba", "lanjut", "deh", "dong"})  # "oke coba, ...", "sip lanjut, ..."
# "balik ke materi, ...", "kembali ke topik, ...": back to the lessons after small talk, asking nothing.
_BACK = frozenset({"balik", "kembali", "back"})
_TO_LESSONS = frozenset({"ke", "lagi", "materi", "topik", "pelajaran", "to", "topic"})
# "kak mau tanya, ...", "boleh nanya, ...": asking to ask, which the question that follows does.
_ASKING_TO_ASK = frozenset({"tanya", "nanya", "bertanya", "tanyo", "nanyo", "takon"})
_WANTING = frozenset({"mau", "mo", "mw", "pengen", "ingin", "boleh", "numpang", "izin", "ijin"})
# "kak tolong, ...": a plea for help, which the question that follows says with what.
_PLEADING = frozenset({"tolong", "tlg", "bantu", "bantuin", "please", "pls", "plis"})
_LAUGHTER = re.compile(r"(?:wk|ha|he|hi|xi|kw)+[a-z]?", re.IGNORECASE)  # "wkwk oke lanjut, ..."
MIN_LAUGHTER = 4  # "wkwk", "haha"; not "hi"
_ALTERNATIVES = re.compile(r"^(?:\w+\s*,\s*)*(?:atau|ato|atawa|or)\b", re.IGNORECASE)
# "bilateral kah, regional kah?" after "termasuk kerja sama apa itu?": the choices the question offers.
_TAGGED_ALTERNATIVES = re.compile(r"^(?:[\w-]+\s+(?:kah|ka)\b\s*,?\s*){2,}$", re.IGNORECASE)
# "OKI tu contoh kerja sama apa, multilateral kah": a word or two and a tag after the question, the
# student's guess at its answer, which asks nothing of its own.
_GUESS = re.compile(r"^[\w-]+(?:\s+[\w-]+)?\s+(?:kah|ka|ya|kan|ke|to|bukan)$", re.IGNORECASE)
# "PBB itu termasuk kerja sama apa? bilateral ato apa": a guess "or what", like the tagged one.
_OR_WHAT = re.compile(r"^[\w-]+\s+(?:atau|ato|atawa|or)\s+(?:apa|apaan|bukan|what|not)$", re.IGNORECASE)
# "... atau multilateral? soal no 11 kak": which item it is, after the question; it asks nothing.
_ITEM_CITED = re.compile(
    r"^(?:(?:ini|itu)\s+)?(?:soal(?:\s+(?:no|nomor|nmr))?|no|nomor|nmr)\s*\.?\s*\d{1,2}(?:\s+[\w-]+)?$",
    re.IGNORECASE,
)
# Where one sentence may hold two questions; the captured joiner is put back when it does not.
# Possessive "\s*+": a run of blank lines is not tried again at every length (it took minutes).
_JOINERS = re.compile(
    r"(\s*+(?:,\s*+)?\b(?:dan|serta|terus|trus|lalu|kemudian)\b\s*+|\s*+[,;]\s*+)", re.IGNORECASE
)


def split_compound(question: str) -> list[str]:
    """Parts of a question that asks two things ("apa itu multilateral dan contohnya apa aja?").

    Sentences are split at question marks, and a sentence at a joining word when both sides
    ask something; whether the parts are really two questions is for the caller to judge.
    One part when nothing splits.
    """
    lead = _LEAD.match(question)
    # "halo kak, apa itu bilateral?", but not "itu bilateral, regional, atau multilateral?" (alternatives)
    # nor "btw kak, skor PSM tadi malam berapa?" (a new subject, which the lead says of the rest).
    changes_subject = bool(lead) and lead.group(1).split()[0].casefold() in CHANGING_SUBJECT
    said = {w for w in lead.group(1).casefold().split() if not _laughs(w)} if lead else set()
    # "ok kak, ..." is no lead to answer: what follows is read as if it came alone.
    saying_nothing = (
        ACKNOWLEDGING | ADDRESSING | _GOING_ON | _BACK | _TO_LESSONS | _ASKING_TO_ASK | _WANTING | _PLEADING
    )
    if lead and said & (ACKNOWLEDGING | _BACK | _ASKING_TO_ASK | _PLEADING) and said <= saying_nothing:
        return split_compound(lead.group(2))
    if (
        lead
        and sentence_asks(lead.group(2))
        and not _ALTERNATIVES.match(lead.group(2))
        and not changes_subject
    ):
        # One lead: in "Selamat siang. Saya guru IPS, materi bot ini dari mana?" the teacher's
        # introduction belongs to the question.
        return [lead.group(1), *_questions(lead.group(2))]
    return _questions(question)


def _questions(question: str) -> list[str]:
    """A question's sentences, and a sentence's parts on each side of a joining word that both ask."""
    parts: list[str] = []
    for sentence in re.split(r"\?+", question):
        sentence = sentence.strip(" .!,")
        if not sentence.strip():  # "\n\n" between two "?" is no sentence
            continue
        if parts and (
            _TAGGED_ALTERNATIVES.match(sentence)
            or _GUESS.match(sentence)
            or _OR_WHAT.match(sentence)
            or _ITEM_CITED.match(sentence)
        ):
            parts[-1] = f"{parts[-1]}? {sentence}"
            continue
        groups = _regroup(_JOINERS.split(sentence))
        parts.extend(groups if sentence_asks(groups[0]) else [sentence])
    return parts if len(parts) >= 2 else [question]


def _regroup(pieces: list[str]) -> list[str]:
    """Pieces (text, joiner, text, ...) glued back wherever the next text asks nothing of its own."""
    groups = [pieces[0]]
    for joiner, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        if sentence_asks(piece) and sentence_asks(groups[-1]) and not _GUESS.match(piece.strip()):
            groups.append(piece)
        else:
            groups[-1] += joiner + piece
    return [g.strip() for g in groups if g.strip()]


def _laughs(word: str) -> bool:
    return len(word) >= MIN_LAUGHTER and bool(_LAUGHTER.fullmatch(word))
