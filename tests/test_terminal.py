"""`tutorbot chat`: the same tutor in a terminal, buttons as numbered choices."""

from __future__ import annotations

from pathlib import Path

from tests.test_cli import tutorbot


def test_a_terminal_conversation(tmp_path: Path, content):
    typed = "\n".join(
        [
            "bilateral itu apa sih",
            "2",  # the second follow-up button: examples of bilateral cooperation
            "kalau regional?",
            "/banding",
            "1",  # toggle Bilateral
            "2",  # toggle Regional
            "4",  # Bandingkan
            "/kuis",
            "1",  # the first chapter
            "1",  # 5 questions
            "1",  # the first option
            "/skor",
            "/entah",
        ]
    )
    done = tutorbot(
        "chat", stdin=typed.encode(), env={"DATABASE_URL": f"sqlite:///{tmp_path / 'chat.sqlite3'}"}
    )
    out = done.stdout.decode()
    assert done.returncode == 0, done.stderr.decode()
    assert "Traceback" not in done.stderr.decode()
    assert "  1. 📚 Topik" in out
    assert "Indonesia dan Jepang" in out  # the answer about bilateral cooperation, tags stripped
    assert "<b>" not in out
    assert "IJEPA" in out
    assert "ASEAN" in out
    assert "[gambar: data/pictures/perbandingan-br.png]" in out
    assert "Soal 1/5" in out
    assert "Soal 2/5" in out
    assert "Kemajuan belajarmu" in out
    assert content.messages.unknown_command in out
