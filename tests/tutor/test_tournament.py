"""Group tournaments without Telegram: lobby, polls, speed bonus, duplicates, stop, resume."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import random
from datetime import timedelta

from bot.store import Stores
from bot.tutor import Reply, Tutor, Who
from bot.tutor.tournament import BASE_POINTS, SPEED_BONUS, GroupQuiz, SeenPoll, SendUncertain

POLL_IDS = itertools.count(1)
GROUP = -100500
ANI = Who(GROUP, 11, "Ani", in_group=True)
BUDI = Who(GROUP, 12, "Budi", in_group=True)
CITRA = Who(GROUP, 13, "Citra", in_group=True)


class FakeChannel:
    """Records what a tournament sends. Its timer waits until the test lets time pass, then
    moves the fake clock: the test answers while a poll is open, as players would."""

    def __init__(self, clock) -> None:
        self.clock = clock
        self.sent: list[Reply] = []
        self.polls: list[str] = []
        self._waiting = asyncio.Event()
        self._go = asyncio.Event()
        self._polled = asyncio.Event()

    async def timer_started(self) -> None:
        await asyncio.wait_for(self._waiting.wait(), timeout=5)
        self._waiting.clear()

    async def poll_sent(self) -> None:
        """Wait until a poll was sent, however long a loaded machine takes to get there."""
        await asyncio.wait_for(self._polled.wait(), timeout=5)

    async def open_poll(self):
        """Wait until the tournament waits on a timer; the poll it just sent (id, poll)."""
        await self.timer_started()
        return self.polls[-1], self.sent[-1].poll

    def time_passes(self) -> None:
        self._go.set()

    async def send(self, chat_id: int, reply: Reply) -> str | None:
        assert chat_id == GROUP
        self.sent.append(reply)
        if reply.poll is None:
            return None
        self.polls.append(f"poll-{next(POLL_IDS)}")  # unique across channels, like Telegram's
        self._polled.set()
        return self.polls[-1]

    async def wait(self, done: asyncio.Event, seconds: float) -> None:
        self._waiting.set()
        time_is_up = asyncio.ensure_future(self._go.wait())
        everyone = asyncio.ensure_future(done.wait())
        try:
            await asyncio.wait([time_is_up, everyone], return_when=asyncio.FIRST_COMPLETED)
        finally:
            time_is_up.cancel()
            everyone.cancel()
        if self._go.is_set():
            self._go.clear()
            self.clock.advance(seconds=seconds)


async def stopped(play: asyncio.Task) -> None:
    """Cancel a tournament's task and let it unwind, as the bot does before it closes the database:
    a task cancelled in the middle of a query and left behind can hang the database's close."""
    play.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await play


async def lobby_with(tutor: Tutor, *players: Who) -> int:
    [lobby] = await tutor.start_quiz(players[0])
    tournament_id = int(lobby.button_list[-1].data.split(":")[1])
    for player in players[1:]:
        await tutor.press(player, f"tj:{tournament_id}")
    return tournament_id


async def test_lobby_settings_join_and_one_tournament_per_group(tutor: Tutor):
    [lobby] = await tutor.start_quiz(ANI)
    assert "Peserta (1): Ani" in lobby.text
    tid = lobby.button_list[-1].data.split(":")[1]
    [busy] = await tutor.start_quiz(BUDI)
    assert busy.text.startswith("Masih ada turnamen")
    [joined] = await tutor.press(BUDI, f"tj:{tid}")
    assert joined.edit
    assert joined.latest_only
    assert joined.toast == "Kamu ikut ✅ (2 pemain)"
    assert "Peserta (2): Ani, Budi" in joined.text
    [again] = await tutor.press(BUDI, f"tj:{tid}")  # a second tap on "Ikut"
    assert again.toast == "Kamu sudah ikut ✅ (2 pemain)"
    [refused] = await tutor.press(BUDI, f"tq:{tid}:10")
    assert refused.toast == tutor.messages.lobby_not_yours
    assert not refused.is_message  # said to Budi alone, not to the class
    [changed] = await tutor.press(ANI, f"tq:{tid}:10")
    assert "Soal: <b>10</b>" in changed.text
    assert "✅ 10 soal" in [b.label for b in changed.button_list]
    [refused] = await tutor.press(BUDI, f"tb:{tid}")
    assert refused.toast == tutor.messages.lobby_not_yours


async def test_a_whole_tournament_with_speed_bonus_and_duplicates(tutor: Tutor, clock, content):
    started: list[int] = []
    tutor.tournament.lobby.on_started = started.append
    tid = await lobby_with(tutor, ANI, BUDI)
    [go] = await tutor.press(ANI, f"tb:{tid}")
    assert go.text.startswith("🚦")
    assert started == [tid]
    [again] = await tutor.press(ANI, f"tb:{tid}")  # a second tap on "Mulai"
    assert again.toast == tutor.messages.lobby_closed
    assert not again.is_message

    channel = FakeChannel(clock)
    play = asyncio.create_task(tutor.tournament.play.play(tid, channel))
    for _ in range(5):
        poll_id, poll = await channel.open_poll()
        assert poll.open_period == 30
        await tutor.tournament.scoring.answer(poll_id, ANI, (poll.correct_option,))  # at once: full bonus
        await tutor.tournament.scoring.answer(poll_id, ANI, (poll.correct_option,))  # delivered twice
        wrong = (poll.correct_option + 1) % len(poll.options)
        await tutor.tournament.scoring.answer(poll_id, BUDI, (wrong,))  # everyone answered: no waiting
    await play
    standings = [r.text for r in channel.sent if r.poll is None]
    assert len(standings) == 6  # a line after each question, then the results
    assert standings[0] == f"Setelah soal 1: 🥇 Ani {BASE_POINTS + SPEED_BONUS} · Budi 0"
    result = channel.sent[-1]
    assert f"🥇 Ani: <b>{5 * (BASE_POINTS + SPEED_BONUS)}</b> poin (5 benar)" in result.text
    assert result.picture is not None
    [board] = await tutor.leaderboard(ANI)
    assert "Ani: <b>75</b>" in board.text
    [lobby] = await tutor.start_quiz(BUDI)  # the group is free again
    assert "Peserta (1): Budi" in lobby.text


async def test_fifty_players_answering_at_once_are_each_counted_once(tutor: Tutor, clock, db):
    players = [Who(GROUP, 1000 + n, f"P{n}", in_group=True) for n in range(50)]
    tid = await lobby_with(tutor, *players[:1])
    await tutor.press(players[0], f"tb:{tid}")
    channel = FakeChannel(clock)
    play = asyncio.create_task(tutor.tournament.play.play(tid, channel))
    poll_id, poll = await channel.open_poll()
    answers = [tutor.tournament.scoring.answer(poll_id, p, (poll.correct_option,)) for p in players]
    await asyncio.gather(*answers, *answers[:10])  # ten of them delivered twice
    await tutor.stop_tournament(players[0])
    await stopped(play)
    standings = await Stores.on(db).tournaments.standings(tid)
    assert [(s.points, s.correct) for s in standings] == [(BASE_POINTS + SPEED_BONUS, 1)] * 50


async def test_late_answers_and_retracted_votes_score_nothing(tutor: Tutor, clock):
    tid = await lobby_with(tutor, ANI)
    await tutor.press(ANI, f"tb:{tid}")
    channel = FakeChannel(clock)
    play = asyncio.create_task(tutor.tournament.play.play(tid, channel))
    poll_id, poll = await channel.open_poll()
    await tutor.tournament.scoring.answer(poll_id, BUDI, ())  # vote retracted
    clock.advance(seconds=60)
    await tutor.tournament.scoring.answer(poll_id, ANI, (poll.correct_option,))
    [stop] = await tutor.stop_tournament(ANI)
    await stopped(play)
    assert "Ani: <b>0</b>" in stop.text


async def test_stop_by_starter_announces_results_once(tutor: Tutor):
    tid = await lobby_with(tutor, ANI, BUDI)
    [refused] = await tutor.stop_tournament(BUDI)
    assert refused.text == tutor.messages.lobby_not_yours
    [result] = await tutor.stop_tournament(ANI)
    assert result.text.startswith("🏆")
    [none] = await tutor.stop_tournament(ANI)
    assert none.text == tutor.messages.tournament_none
    [late] = await tutor.press(ANI, f"tb:{tid}")
    assert not late.is_message


async def test_group_admin_may_start_someone_elses_tournament(tutor: Tutor):
    async def citra_is_admin(chat_id: int, user_id: int) -> bool:
        return user_id == CITRA.user_id

    tutor.tournament.lobby.is_admin = citra_is_admin
    tid = await lobby_with(tutor, ANI)
    [go] = await tutor.press(CITRA, f"tb:{tid}")
    assert go.text.startswith("🚦")


async def test_a_restart_resumes_without_losing_points(tutor: Tutor, clock, content, matcher, db):
    tid = await lobby_with(tutor, ANI, BUDI)
    await tutor.press(ANI, f"tb:{tid}")
    channel = FakeChannel(clock)
    play = asyncio.create_task(tutor.tournament.play.play(tid, channel))
    poll_id, poll = await channel.open_poll()
    await tutor.tournament.scoring.answer(poll_id, ANI, (poll.correct_option,))
    channel.time_passes()
    await channel.open_poll()
    await stopped(play)  # the process dies while question 2 is open

    restarted = Tutor(content, matcher, Stores.on(db), clock=clock, rng=random.Random(1))
    assert await restarted.tournament.running() == [tid]
    later = FakeChannel(clock)
    resumed = asyncio.create_task(restarted.tournament.play.play(tid, later))
    for _ in range(4):  # what was left of question 2, then questions 3, 4 and 5
        await later.timer_started()
        later.time_passes()
    await resumed
    texts = [r.text for r in later.sent if r.poll is None]
    assert texts[0].startswith("Setelah soal 2:")
    assert len(later.polls) == 3  # questions 3, 4 and 5
    assert f"Ani: <b>{BASE_POINTS + SPEED_BONUS}</b>" in texts[-1]
    assert isinstance(restarted.tournament, GroupQuiz)


async def test_a_lobby_of_40_lists_some_names_then_how_many_more(tutor: Tutor):
    players = [
        Who(GROUP, 2000 + n, f"<i>Nama yang sangat panjang sekali</i> {'ü' * 90} {n}", True)
        for n in range(40)
    ]
    tid = await lobby_with(tutor, *players)
    [again] = await tutor.press(players[-1], f"tj:{tid}")
    assert "Peserta (40)" in again.text
    assert "dan 25 lainnya" in again.text
    assert "<i>" not in again.text  # a name is text, never markup
    assert len(again.text) < 4096


async def test_a_lobby_nobody_starts_closes_after_ten_minutes_and_says_so(tutor: Tutor, clock):
    opened: list[tuple[int, float]] = []
    tutor.tournament.lobby.on_opened = lambda tid, left: opened.append((tid, left))
    tid = await lobby_with(tutor, ANI)
    assert opened == [(tid, 600.0)]  # the transport closes it then
    [closed] = await tutor.tournament.lobby.expire(tid)
    assert closed.text.startswith("⌛")
    assert "10 menit" in closed.text
    assert await tutor.tournament.lobby.expire(tid) == []
    [stale] = await tutor.press(BUDI, f"tj:{tid}")
    assert stale.toast == tutor.messages.lobby_closed
    assert not stale.is_message
    second = await lobby_with(tutor, BUDI)
    clock.advance(minutes=11)  # nobody ran its timer (the bot was down): /kuis closes it
    [lobby] = await tutor.start_quiz(CITRA)
    assert "Peserta (1): Citra" in lobby.text
    assert second != int(lobby.button_list[-1].data.split(":")[1])


class PacedChannel(FakeChannel):
    """A channel whose sends wait their turn in the group's pacing before Telegram accepts them."""

    async def send(self, chat_id: int, reply: Reply) -> str | None:
        self.clock.advance(seconds=3)
        return await super().send(chat_id, reply)


async def test_the_window_opens_when_telegram_accepts_the_poll(tutor: Tutor, clock, db):
    tid = await lobby_with(tutor, ANI, BUDI)
    await tutor.press(ANI, f"tb:{tid}")
    channel = PacedChannel(clock)
    play = asyncio.create_task(tutor.tournament.play.play(tid, channel))
    poll_id, poll = await channel.open_poll()
    await tutor.tournament.scoring.answer(poll_id, ANI, (poll.correct_option,))  # at once: full bonus
    clock.advance(seconds=29.5)  # the poll's last second, as Telegram shows it
    await tutor.tournament.scoring.answer(poll_id, BUDI, (poll.correct_option,))
    await tutor.stop_tournament(ANI)
    await stopped(play)
    points = {s.name: s.points for s in await Stores.on(db).tournaments.standings(tid)}
    assert points == {"Ani": BASE_POINTS + SPEED_BONUS, "Budi": BASE_POINTS}


class TimingOutChannel(FakeChannel):
    """The first poll's send times out although Telegram showed the poll."""

    async def send(self, chat_id: int, reply: Reply) -> str | None:
        poll_id = await super().send(chat_id, reply)
        if reply.poll is not None and len(self.polls) == 1:
            raise SendUncertain
        return poll_id


async def test_a_poll_whose_send_timed_out_is_learned_from_telegrams_report(tutor: Tutor, clock, db):
    tid = await lobby_with(tutor, ANI, BUDI)
    await tutor.press(ANI, f"tb:{tid}")
    channel = TimingOutChannel(clock)
    play = asyncio.create_task(tutor.tournament.play.play(tid, channel))
    await channel.poll_sent()
    [poll_id], poll = channel.polls, channel.sent[-1].poll
    answered = asyncio.create_task(tutor.tournament.scoring.answer(poll_id, ANI, (poll.correct_option,)))
    await asyncio.sleep(0.1)
    closes_at = clock() + timedelta(seconds=poll.open_period)
    tutor.tournament.scoring.seen(SeenPoll(poll_id, poll.question, poll.options, closes_at))
    await answered
    await tutor.tournament.scoring.answer(poll_id, BUDI, (poll.correct_option,))
    await channel.timer_started()  # waiting for question 1 to close: it was not sent again
    assert len(channel.polls) == 1
    await tutor.stop_tournament(ANI)
    await stopped(play)
    standings = await Stores.on(db).tournaments.standings(tid)
    assert [s.correct for s in standings] == [1, 1]
