"""Text in pictures for any student's name: a chain of fonts, each character drawn by the first font
that has it (Arabic shaped right to left by raqm); a character no font has is left out, never a box."""

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
from PIL import ImageDraw, ImageFont

log = logging.getLogger(__name__)

# Debian packages fonts-noto-core, fonts-dejavu-core and fonts-wqy-microhei (see README, Licences).
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


class Lettering:
    """The chain at one size: measures and draws a line of text, font by font."""

    def __init__(self, paths: Sequence[Path], size: int) -> None:
        self.size = size
        self._paths = tuple(paths)
        self._fonts = [ImageFont.truetype(str(p), size) for p in self._paths]
        self._fallback = None if self._fonts else ImageFont.load_default(size=size)

    def runs(self, text: str) -> list[Run]:
        """The text in runs of one font each, in the order they are drawn left to right."""
        if self._fallback is not None:
            return [Run(self._fallback, text.translate(_PLAIN))] if text else []
        if coverage(self._paths[0]).issuperset(map(ord, text)):
            return [Run(self._fonts[0], text)] if text else []  # most text: quick, and the same result
        runs: list[tuple[int, list[str]]] = []
        for cluster in _clusters(text):
            fonts = [self._font_for(c, runs[-1][0] if runs else None) for c in cluster]
            if any(i is None and not _invisible(c) for c, i in zip(cluster, fonts, strict=True)):
                continue  # an emoji or a script no installed font has: left out whole, not a box
            for char, index in zip(cluster, fonts, strict=True):
                if index is None:
                    continue  # an invisible joiner or selector the font does without
                if runs and runs[-1][0] == index:
                    runs[-1][1].append(char)
                else:
                    runs.append((index, [char]))
        ordered = [Run(self._fonts[i], "".join(chars)) for i, chars in runs]
        return ordered[::-1] if _right_to_left(text) else ordered

    def drawable(self, text: str) -> str:
        """The characters that will be drawn, spaces tidied where some were left out."""
        return " ".join("".join(r.text for r in self.runs(text)).split())

    def length(self, text: str) -> float:
        return sum(r.font.getlength(r.text) for r in self.runs(self.drawable(text)))

    def draw(self, draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, fill) -> None:
        """Draw `text` with its top at y, every font on one baseline."""
        x, y = xy
        baseline = y + self.ascent
        for run in self.runs(self.drawable(text)):
            draw.text((x, baseline), run.text, font=run.font, fill=fill, anchor="ls")
            x += run.font.getlength(run.text)

    @property
    def ascent(self) -> int:
        font = self._fonts[0] if self._fonts else self._fallback
        return font.getmetrics()[0] if isinstance(font, ImageFont.FreeTypeFont) else self.size

    def _font_for(self, char: str, current: int | None) -> int | None:
        code = ord(char)
        if current is not None and code in coverage(self._paths[current]):
            return current  # spaces, digits and marks stay in the run they belong to
        return next((i for i, p in enumerate(self._paths) if code in coverage(p)), None)


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
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction == "L":
            return False
        if direction in _RTL:
            return True
    return False


@cache
def lettering(size: int) -> Lettering:
    return Lettering(font_paths(), size)
