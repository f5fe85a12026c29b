"""Text in pictures for any student's name: a chain of fonts, each character drawn by the first font
that has it (Arabic shaped right to left by raqm, emoji in colour); a character no font has is left
out, never drawn as a box."""

from __future__ import annotations

import logging
import os
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw, ImageFont

log = logging.getLogger(__name__)

# Debian packages fonts-noto-core, fonts-noto-color-emoji, fonts-dejavu-core and fonts-wqy-microhei
# (see README, Licences).
EMOJI_FONT = "NotoColorEmoji.ttf"
EMOJI_PIXELS = 109  # the only size of the font's colour bitmaps: drawn at it, then scaled
FONT_FILES = (
    "NotoSans-Regular.ttf",  # Latin with diacritics, Vietnamese, Greek, Cyrillic
    "NotoSansArabic-Regular.ttf",
    "NotoSansHebrew-Regular.ttf",
    "NotoSansDevanagari-Regular.ttf",
    "NotoSansBengali-Regular.ttf",
    "NotoSansTamil-Regular.ttf",
    "NotoSansThai-Regular.ttf",
    "NotoSansLao-Regular.ttf",
    "NotoSansKhmer-Regular.ttf",
    "NotoSansMyanmar-Regular.ttf",
    "NotoSansJavanese-Regular.ttf",
    "NotoSansSundanese-Regular.ttf",
    "NotoSansBalinese-Regular.ttf",
    "NotoSansGeorgian-Regular.ttf",
    "NotoSansArmenian-Regular.ttf",
    "NotoSansEthiopic-Regular.ttf",
    EMOJI_FONT,  # before the black-and-white symbol fonts: ❤ and ☺ in colour, as phones show them
    "DejaVuSans.ttf",  # symbols and signs Noto Sans lacks
    "NotoSansSymbols-Regular.ttf",
    "NotoSansSymbols2-Regular.ttf",
    "wqy-microhei.ttc",  # Chinese, Japanese, Korean
)
FONT_DIRS = (
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "~/.local/share/fonts",
    "~/.fonts",
    "/Library/Fonts",
    "/System/Library/Fonts",
)
_RTL = frozenset({"R", "AL"})
_ZWJ = "\u200d"
# Pillow's own font lacks these: drawn as their plain equivalents when no font file is installed.
_PLAIN = str.maketrans({"–": "-", "—": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "…": "...", "×": "x"})

# FreeType faces are not safe to share between threads, and pictures are drawn in worker threads.
drawing = threading.Lock()


@cache
def font_paths() -> tuple[Path, ...]:
    """The chain's files found on this machine, in the chain's order."""
    found: dict[str, Path] = {}
    wanted = set(FONT_FILES)
    for root in FONT_DIRS:
        for folder, _dirs, files in os.walk(os.path.expanduser(root)):
            for name in wanted.intersection(files).difference(found):
                found[name] = Path(folder) / name
    if not found:
        log.warning("no font of %s found: names in other scripts draw poorly (see README)", FONT_FILES[0])
    return tuple(found[name] for name in FONT_FILES if name in found)


@cache
def coverage(path: Path) -> frozenset[int]:
    """The code points a font has a glyph for (its cmap)."""
    with TTFont(path, lazy=True, fontNumber=0) as font:
        return frozenset(font.getBestCmap())


@dataclass(frozen=True)
class Run:
    font: ImageFont.FreeTypeFont | ImageFont.ImageFont
    text: str
    scale: float = 1.0  # emoji bitmaps are drawn at their own size, then scaled to the text's

    @property
    def length(self) -> float:
        return self.font.getlength(self.text) * self.scale


class Lettering:
    """The chain at one size: measures and draws a line of text, font by font."""

    def __init__(self, paths: Sequence[Path], size: int) -> None:
        self.size = size
        self._paths = tuple(paths)
        self._fonts = [
            ImageFont.truetype(str(p), EMOJI_PIXELS if p.name == EMOJI_FONT else size) for p in self._paths
        ]
        self._scales = [size / EMOJI_PIXELS if p.name == EMOJI_FONT else 1.0 for p in self._paths]
        self._fallback = None if self._fonts else ImageFont.load_default(size=size)

    def runs(self, text: str) -> list[Run]:
        """The text in runs of one font each, in the order they are drawn left to right."""
        return _visual_order(self._logical_runs(text), _right_to_left(text))

    def _logical_runs(self, text: str) -> list[Run]:
        """The text in runs of one font each, in reading order; spaces on their own."""
        if self._fallback is not None:
            return [Run(self._fallback, text.translate(_PLAIN))] if text else []
        if coverage(self._paths[0]).issuperset(map(ord, text)):
            return [Run(self._fonts[0], text)] if text else []  # most text: quick, and the same result
        runs: list[tuple[int, bool, list[str]]] = []  # font, spaces only, characters
        for cluster in _clusters(text):
            fonts: list[int | None] = []
            current = runs[-1][0] if runs else None
            for char in cluster:
                fonts.append(self._font_for(char, current))
                current = fonts[-1] if fonts[-1] is not None else current
            if any(i is None and not _invisible(c) for c, i in zip(cluster, fonts, strict=True)):
                continue  # an emoji or a script no installed font has: left out whole, not a box
            for char, index in zip(cluster, fonts, strict=True):
                if index is None:
                    continue  # an invisible joiner or selector the font does without
                if runs and runs[-1][:2] == (index, char.isspace()):
                    runs[-1][2].append(char)
                else:
                    runs.append((index, char.isspace(), [char]))
        return [Run(self._fonts[i], "".join(chars), self._scales[i]) for i, _, chars in runs]

    def drawable(self, text: str) -> str:
        """The characters that will be drawn, spaces tidied where some were left out."""
        return " ".join("".join(r.text for r in self._logical_runs(text)).split())

    def length(self, text: str) -> float:
        return sum(r.length for r in self.runs(self.drawable(text)))

    def draw(self, image: Image.Image, xy: tuple[float, float], text: str, fill) -> None:
        """Draw `text` with its top at y, every font on one baseline."""
        x, y = xy
        baseline = y + self.ascent
        for run in self.runs(self.drawable(text)):
            if run.scale == 1.0:
                ImageDraw.Draw(image).text((x, baseline), run.text, font=run.font, fill=fill, anchor="ls")
            else:
                _paste_scaled(image, (x, baseline), run)
            x += run.length

    @property
    def ascent(self) -> int:
        font = self._fonts[0] if self._fonts else self._fallback
        return font.getmetrics()[0] if isinstance(font, ImageFont.FreeTypeFont) else self.size

    def _font_for(self, char: str, current: int | None) -> int | None:
        code = ord(char)
        if _invisible(char):  # never the start of a run: shaping would draw it as a dotted circle
            return current if current is not None and code in coverage(self._paths[current]) else None
        # Spaces, digits and marks stay in the run they belong to; after an emoji only its modifiers do.
        sticky = current is not None and (self._paths[current].name != EMOJI_FONT or _extends(char))
        if sticky and code in coverage(self._paths[current]):
            return current
        return next((i for i, p in enumerate(self._paths) if code in coverage(p)), None)


def _paste_scaled(image: Image.Image, baseline: tuple[float, float], run: Run) -> None:
    """Colour emoji: drawn at the bitmaps' size on their own, scaled down, laid on the baseline."""
    ascent, descent = run.font.getmetrics()
    drawn = Image.new("RGBA", (max(1, round(run.font.getlength(run.text))), ascent + descent))
    ImageDraw.Draw(drawn).text((0, ascent), run.text, font=run.font, anchor="ls", embedded_color=True)
    size = (max(1, round(drawn.width * run.scale)), max(1, round(drawn.height * run.scale)))
    scaled = drawn.resize(size, Image.Resampling.LANCZOS)
    x, y = baseline
    top = round(y - ascent * run.scale)
    image.paste(scaled.convert(image.mode), (round(x), top), scaled)


def _clusters(text: str) -> list[str]:
    """What a reader sees as one character: a letter with its marks, an emoji with its modifiers
    and everything joined to it by a zero-width joiner (a family, a student with a cap)."""
    clusters: list[str] = []
    joined = False
    for char in text:
        if clusters and (joined or _extends(char)):
            clusters[-1] += char
        else:
            clusters.append(char)
        joined = char == _ZWJ
    return clusters


def _extends(char: str) -> bool:
    return _invisible(char) or unicodedata.category(char) in ("Mn", "Mc", "Me") or _skin_tone(char)


def _invisible(char: str) -> bool:
    """Joiners and selectors: they change how the character before looks, and draw nothing alone."""
    code = ord(char)
    return char == _ZWJ or 0xFE00 <= code <= 0xFE0F or 0xE0020 <= code <= 0xE007F


def _skin_tone(char: str) -> bool:
    return 0x1F3FB <= ord(char) <= 0x1F3FF


def _right_to_left(text: str) -> bool:
    """The direction of the first strong character, as the Unicode bidi algorithm decides it."""
    return _strong(text) == "R"


def _strong(text: str) -> str | None:
    """ "L" or "R" for the first strong character; None for spaces, digits, emoji and signs."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction == "L":
            return "L"
        if direction in _RTL:
            return "R"
    return None


def _visual_order(runs: list[Run], right_to_left: bool) -> list[Run]:
    """The runs left to right, by the Unicode bidi rules at the level of runs (raqm orders the
    letters within each): neutral runs between two of one direction take it, others the
    paragraph's; then each stretch at a deeper level is reversed, deepest first."""
    paragraph = "R" if right_to_left else "L"
    strong = [_strong(r.text) for r in runs]
    levels = []
    for n, kind in enumerate(strong):
        if kind is None:
            before = next((k for k in reversed(strong[:n]) if k), paragraph)
            after = next((k for k in strong[n + 1 :] if k), paragraph)
            kind = before if before == after else paragraph
        levels.append(1 if kind == "R" else (2 if right_to_left else 0))
    order = list(range(len(runs)))
    for level in range(max(levels, default=0), 0, -1):
        start = 0
        while start < len(order):
            end = start
            while end < len(order) and levels[order[end]] >= level:
                end += 1
            order[start:end] = reversed(order[start:end])
            start = end + 1
    return [runs[n] for n in order]


@cache
def lettering(size: int) -> Lettering:
    return Lettering(font_paths(), size)
