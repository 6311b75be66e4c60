"""The store: every record kind round-trips, removals delete, a failed commit leaves nothing, and a
file Seam cannot read is refused and left byte for byte as it was."""

import random
import sqlite3
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from app.sessions import commit
from app.storage import SessionSummary, StorageError, Store
from app.storage.version import SCHEMA_VERSION
from facilitation import board, followup, records
from facilitation.changes import Change, Put, Remove, put
from facilitation.entities import ENTITY_TYPES, Card, Link, Review, Tally
from facilitation.lifecycle import (
    ParticipantDraft,
    SetupDraft,
    next_phase,
    start_session,
    toggle_timer,
)
from facilitation.method import Choice, FieldSpec, Method, Scheme
from facilitation.roles import Role
from facilitation.session import Session
from tests.fakes import CountingIds, FakeClock
from tests.storage.helpers import reopened, rows, stored_session

EMOJI = "Launch 🚀 slips; on-call 👩🏽‍💻 burns out 🇺🇦"
ARABIC = "الدفع لا يعمل بعد التحديث"
HEBREW = "התשלום נכשל \u2067checkout\u2069 אחרי העדכון"
MOSCOW = Scheme("moscow", "MoSCoW", (Choice("must", "Must"), Choice("wont", "Won't")))
MARKUP = "<b>Billing</b> & <i>tax</i> &amp; \"quotes\" 'single' %s {x} \\n; DROP TABLE cards;--"


def full_session(
    store: Store, method: Method, draft: SetupDraft, clock: FakeClock, prefix: str = "s1-"
) -> Session:
    """A session holding every kind of record, each written through commit-then-apply."""
    session = stored_session(store, method, draft, clock, CountingIds(prefix))

    def run(change: Change) -> Change:
        commit(store, session, change)
        return change

    run(start_session(session))
    clock.advance(75)
    run(next_phase(session))
    clock.advance(30)
    run(next_phase(session, skipped=True))
    a = run(board.add_card(session, "reasons", EMOJI, Role.ENGINEERING, "technical")).puts()[0].id
    b = run(board.add_card(session, "reasons", ARABIC, Role.PRODUCT, "delivery")).puts()[0].id
    c = run(board.add_card(session, "reasons", MARKUP, Role.DESIGN)).puts()[0].id
    run(board.edit_card(session, c, mark="duplicate"))
    theme = run(board.add_theme(session, HEBREW, (a, b))).puts()[0].id
    run(board.set_tally(session, "vote", theme, 3))
    green = run(board.add_card(session, "success", "Pairing\nevery day", Role.OTHER)).puts()[0].id
    run(board.set_tally(session, "success", green, 2))
    run(board.size_risk(session, theme, likelihood=4, impact=5))
    run(board.respond_to_risk(session, theme, roam="mitigated", mitigation=MARKUP, owner="Eli"))
    run(board.add_action(session, "Spike 🚀", "Priya", "2026-12-01", theme))
    run(board.set_verdict(session, "Go with conditions", ARABIC))
    run(board.set_poll_count(session, "confidence", 4, 3))
    run(board.set_poll_count(session, "confidence", 2, 1))
    run(board.set_poll_count(session, "confidence", 2, 4, side="engineering"))
    # The generic records the other methods use, on the same session.
    session.method = replace(method, schemes={"moscow": MOSCOW})
    run(records.set_score(session, a, "impact", 4, scale=range(1, 6), side="product"))
    run(records.set_label(session, a, "moscow", "must"))
    run(records.set_field(session, "reasons", FieldSpec("note", "Note", "text"), ARABIC))
    run(put(Link("an-earlier-session", 0), session.touched()))
    looked_back = Review("old-action", "action", "an-earlier-session", EMOJI, "Priya")
    run(followup.review_action(session, looked_back, status="partly", trend="keep"))
    clock.advance(12.5)
    run(toggle_timer(session))  # paused, so the reopened timer matches to the millisecond
    return session


@pytest.fixture
def draft(premortem_draft: SetupDraft) -> SetupDraft:
    return replace(
        premortem_draft,
        title=f"Checkout {EMOJI}",
        fields={**premortem_draft.fields, "failure_definition": f"{ARABIC}\n{HEBREW}\n{MARKUP}"},
        participants=[
            ParticipantDraft("Priya <PM>", Role.PRODUCT),
            ParticipantDraft("נועה", Role.ENGINEERING),
        ],
    )


def test_every_record_kind_round_trips(
    store: Store, db_path: Path, premortem: Method, draft: SetupDraft, clock: FakeClock
) -> None:
    session = full_session(store, premortem, draft, clock)
    kinds = Counter(type(e) for e in session.entities())
    assert set(kinds) == set(ENTITY_TYPES), "the fixture covers every record kind"
    assert kinds[Card] == 4 and kinds[Tally] == 2

    again = reopened(db_path, session.id, clock)
    assert again.entities() == session.entities()
    assert again.current_phase().id == "reasons"
    assert again.timebox is not None and session.timebox is not None
    assert again.timebox.read() == session.timebox.read()


def test_text_is_stored_exactly_as_typed(
    store: Store, db_path: Path, premortem: Method, draft: SetupDraft, clock: FakeClock
) -> None:
    session = full_session(store, premortem, draft, clock)
    texts = [row[0] for row in store.db.execute("SELECT text FROM cards ORDER BY position")]
    assert set(texts) == {EMOJI, ARABIC, MARKUP, "Pairing\nevery day"}
    again = reopened(db_path, session.id, clock)
    assert again.title == f"Checkout {EMOJI}"
    assert again.record.setup["failure_definition"] == f"{ARABIC}\n{HEBREW}\n{MARKUP}"
    assert [t.name for t in again.ordered_themes()] == [HEBREW]
    assert [p.name for p in again.ordered_participants()] == ["Priya <PM>", "נועה"]
    assert again.record.verdict_notes == ARABIC
    assert next(iter(again.risks.values())).mitigation == MARKUP
    assert [a.what for a in again.ordered_actions()] == ["Spike 🚀"]


def test_removals_delete_rows(
    store: Store, db_path: Path, premortem: Method, draft: SetupDraft, clock: FakeClock
) -> None:
    session = full_session(store, premortem, draft, clock)
    theme = session.ordered_themes()[0].id
    green = session.cards_in("success")[0].id
    action = session.ordered_actions()[0].id
    for change in (
        board.delete_theme(session, theme),
        board.delete_card(session, green),
        board.delete_action(session, action),
    ):
        commit(store, session, change)
    assert rows(store, "themes", session.id) == 0
    assert rows(store, "tallies", session.id) == 0  # the theme's and the card's
    assert rows(store, "risks", session.id) == 0
    assert rows(store, "actions", session.id) == 0
    assert rows(store, "cards", session.id) == 3
    assert store.db.execute("SELECT COUNT(*) FROM cards WHERE theme_id != ''").fetchone()[0] == 0
    again = reopened(db_path, session.id, clock)
    assert again.entities() == session.entities()
    assert action not in again.actions


def test_delete_session_cascades_to_every_table(
    store: Store,
    premortem: Method,
    draft: SetupDraft,
    premortem_draft: SetupDraft,
    clock: FakeClock,
) -> None:
    doomed = full_session(store, premortem, draft, clock)
    kept = full_session(store, premortem, premortem_draft, clock, prefix="s2-")
    store.delete_session(doomed.id)
    for table in ("participants", "phase_runs", "cards", "themes", "tallies", "risks", "actions"):
        assert rows(store, table, doomed.id) == 0, table
        assert rows(store, table, kept.id) > 0, table
    assert rows(store, "poll_counts", doomed.id) == 0
    with pytest.raises(KeyError):
        store.load(doomed.id)
    assert [s.id for s in store.list_sessions()] == [kept.id]


def test_list_sessions_newest_first_with_card_counts(
    store: Store, premortem: Method, premortem_draft: SetupDraft, clock: FakeClock
) -> None:
    first = stored_session(store, premortem, replace(premortem_draft, title="First"), clock)
    clock.advance(60)
    second = stored_session(store, premortem, replace(premortem_draft, title="Second"), clock)
    clock.advance(60)
    third = stored_session(store, premortem, replace(premortem_draft, title="Third"), clock)
    assert [s.title for s in store.list_sessions()] == ["Third", "Second", "First"]
    clock.advance(60)
    for text in ("a", "b"):
        commit(store, first, board.add_card(first, "reasons", text, Role.PRODUCT))
    summaries = store.list_sessions()
    assert summaries[0] == SessionSummary(
        id=first.id,
        method="premortem",
        title="First",
        status="setup",
        created_at="2026-11-21T09:00:00.000+00:00",
        updated_at="2026-11-21T09:03:00.000+00:00",
        card_count=2,
    )
    assert [(s.id, s.card_count) for s in summaries[1:]] == [(third.id, 0), (second.id, 0)]


def test_unknown_session(store: Store) -> None:
    with pytest.raises(KeyError):
        store.load("nope")
    with pytest.raises(KeyError):
        store.method_of("nope")


# ----- failed commits leave nothing -------------------------------------------------------------


@pytest.fixture
def session(
    store: Store, premortem: Method, premortem_draft: SetupDraft, clock: FakeClock
) -> Session:
    created = stored_session(store, premortem, premortem_draft, clock)
    commit(store, created, start_session(created))
    commit(store, created, board.add_card(created, "reasons", "Already here", Role.PRODUCT))
    return created


def assert_nothing_changed(store: Store, db_path: Path, session: Session, clock: FakeClock) -> None:
    assert reopened(db_path, session.id, clock).entities() == session.entities()
    assert [c.text for c in session.cards_in("reasons")] == ["Already here"]


def test_a_failing_op_rolls_back_the_whole_change(
    store: Store, db_path: Path, session: Session, clock: FakeClock
) -> None:
    good = board.add_card(session, "reasons", "Would be lost", Role.ENGINEERING)
    broken = replace(good.puts()[0], id="broken", text=None)  # type: ignore[arg-type]
    change = good + put(broken)
    assert isinstance(change.ops[0], Put) and len(change.ops) == 3
    with pytest.raises(StorageError) as caught:
        commit(store, session, change)
    assert str(caught.value) == (
        "The last change could not be saved (NOT NULL constraint failed: cards.text)."
    )
    assert_nothing_changed(store, db_path, session, clock)
    commit(store, session, good)  # the store is still usable
    assert rows(store, "cards", session.id) == 2


def test_a_read_only_database_saves_nothing(
    store: Store, db_path: Path, session: Session, clock: FakeClock
) -> None:
    store.db.execute("PRAGMA query_only = ON")
    with pytest.raises(StorageError) as caught:
        commit(store, session, board.add_card(session, "reasons", "Lost", Role.PRODUCT))
    assert str(caught.value) == "The database file is read-only, so the last change was not saved."
    store.db.execute("PRAGMA query_only = OFF")
    assert_nothing_changed(store, db_path, session, clock)


def test_a_full_disk_saves_nothing(
    store: Store, db_path: Path, session: Session, clock: FakeClock
) -> None:
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    many = Change(())
    for n in range(60):
        many = many + board.add_card(session, "reasons", f"{n} " + "x" * 490, Role.PRODUCT)
    with pytest.raises(StorageError) as caught:
        commit(store, session, many)
    assert str(caught.value) == (
        "The disk is full, so the last change was not saved. Free some space and try again."
    )
    assert_nothing_changed(store, db_path, session, clock)


def test_a_locked_database_saves_nothing(
    store: Store, db_path: Path, session: Session, clock: FakeClock
) -> None:
    store.db.execute("PRAGMA busy_timeout = 0")  # the real 3 s wait is not worth a test's time
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageError) as caught:
            commit(store, session, board.add_card(session, "reasons", "Lost", Role.PRODUCT))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert str(caught.value) == (
        "Another program is using the database, so the last change was not saved."
    )
    assert_nothing_changed(store, db_path, session, clock)


@pytest.mark.parametrize(
    "bad",
    [
        Tally("x", "success", 2**63),  # past SQLite's 64-bit integers
        Card("x", "reasons", "half \ud83d pair", Role.PRODUCT, 9, "t"),  # not encodable
    ],
    ids=["overflow", "surrogate"],
)
def test_values_sqlite_cannot_hold_fail_as_storage_errors(
    store: Store, db_path: Path, session: Session, clock: FakeClock, bad: Tally | Card
) -> None:
    first = board.add_card(session, "reasons", "Lost", Role.PRODUCT)
    with pytest.raises(StorageError, match=r"^The last change could not be saved \("):
        commit(store, session, first + put(bad))
    assert_nothing_changed(store, db_path, session, clock)


def test_remove_of_a_missing_row_is_harmless(store: Store, session: Session) -> None:
    store.commit(session.id, Change((Remove("card", ("never-there",)),)))
    assert rows(store, "cards", session.id) == 1


# ----- files Seam must not touch ----------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [random.Random(7).randbytes(8192), b"hello, not a database\n" * 50],
    ids=["random-bytes", "text"],
)
def test_a_corrupt_file_is_refused_and_left_as_it_was(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(content)
    with pytest.raises(StorageError) as caught:
        Store(path)
    assert str(caught.value) == (
        "damaged.sqlite3 is not a Seam database, or it is damaged. Seam left it untouched."
    )
    assert path.read_bytes() == content


def test_damage_past_the_first_pages_reads_as_one_sentence(
    db_path: Path, premortem: Method, premortem_draft: SetupDraft, clock: FakeClock
) -> None:
    # The file opens (its header and schema are whole); the damage shows when the cards are read.
    store = Store(db_path)
    session = stored_session(store, premortem, premortem_draft, clock)
    commit(store, session, start_session(session))
    for n in range(400):
        commit(store, session, board.add_card(session, "stage", f"card {n} " * 20, Role.OTHER))
    store.close()
    data = bytearray(db_path.read_bytes())
    half = len(data) // 2
    data[half:] = random.Random(3).randbytes(len(data) - half)
    db_path.write_bytes(bytes(data))
    damaged = Store(db_path)
    for read in (damaged.list_sessions, lambda: damaged.load(session.id)):
        with pytest.raises(StorageError) as caught:
            read()
        assert str(caught.value).startswith("seam.sqlite3 is damaged and could not be read")
    damaged.close()


def test_a_file_from_a_newer_seam_is_refused_and_left_as_it_was(
    db_path: Path, premortem: Method, premortem_draft: SetupDraft, clock: FakeClock
) -> None:
    store = Store(db_path)
    stored_session(store, premortem, premortem_draft, clock)
    store.close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(StorageError) as caught:
        Store(db_path)
    assert str(caught.value) == (
        "seam.sqlite3 was saved by a newer version of Seam. "
        "Update Seam to open it; the file was left untouched."
    )
    assert db_path.read_bytes() == before
    check = sqlite3.connect(db_path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    assert check.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0] == SCHEMA_VERSION
    check.close()


def test_a_folder_that_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    with pytest.raises(StorageError, match=r"^Seam cannot create the folder .*file/sub"):
        Store(blocker / "sub" / "seam.sqlite3")


def test_another_programs_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    other = tmp_path / "notes.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.execute("INSERT INTO notes VALUES ('keep me')")
    connection.commit()
    connection.close()
    before = other.read_bytes()
    with pytest.raises(StorageError, match="belongs to another program, not Seam"):
        Store(other)
    assert other.read_bytes() == before


def test_a_seam_file_is_marked_as_seams(tmp_path: Path) -> None:
    path = tmp_path / "seam.sqlite3"
    Store(path).close()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA application_id").fetchone()[0] == 0x5345414D
    connection.close()
    Store(path).close()  # and it opens again


def test_an_id_clash_never_moves_a_card_into_another_session(
    store: Store, premortem: Method, premortem_draft: SetupDraft, clock: FakeClock
) -> None:
    first = stored_session(store, premortem, premortem_draft, clock)
    second = stored_session(store, premortem, premortem_draft, clock)
    card = Card("same-id", "reasons", "Belongs to the first", Role.PRODUCT, 0, "")
    store.commit(first.id, put(card))
    store.commit(second.id, put(replace(card, text="Claimed by the second")))
    assert rows(store, "cards", first.id) == 1
    assert rows(store, "cards", second.id) == 0
    text = store.db.execute("SELECT text FROM cards WHERE id = 'same-id'").fetchone()[0]
    assert text == "Belongs to the first"
