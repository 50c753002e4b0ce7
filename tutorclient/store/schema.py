"""The local store's schema, as sqlite-utils ``Migrations``.

Each migration runs once, inside a transaction, together with the record of
it having been applied. Never edit a migration that has shipped: add a new one.

Synced tables share three columns besides their own fields:

* ``id``: a UUID (client-generated for user-created records),
* ``version``: the server-assigned version, NULL until the server accepts it,
* ``local_state``: ``synced``, ``pending`` (a change waits in the outbox),
  ``conflict`` or ``rejected``.

List and mapping fields are stored as JSON text.
"""

from __future__ import annotations

import json

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from .versions import MIGRATION_SET

migrations = Migrations(MIGRATION_SET)

# Columns every synced table carries, placed after its id.
_SYNC_COLS = """
    version INTEGER,
    server_seq INTEGER,
    local_state TEXT NOT NULL DEFAULT 'synced'
        CHECK (local_state IN ('synced', 'pending', 'conflict', 'rejected')),
"""


def _run(db: Database, statements: list[str]) -> None:
    # executescript() would COMMIT the migration's transaction, so run one by one.
    for sql in statements:
        db.execute(sql)


def _synced_table(name: str, body: str) -> str:
    return f"CREATE TABLE {name} (\n    id TEXT PRIMARY KEY,{_SYNC_COLS}{body}\n)"


@migrations()
def m001_domain(db: Database) -> None:
    """The domain tables: people, courses, cases, discussions, reviews, study data."""
    _run(
        db,
        [
            _synced_table("partnerships", "name TEXT NOT NULL, region TEXT"),
            _synced_table(
                "users",
                """username TEXT NOT NULL UNIQUE,
                display_name TEXT,
                role TEXT NOT NULL CHECK (role IN ('trainee', 'tutor', 'coordinator', 'admin')),
                partnerships TEXT NOT NULL DEFAULT '[]',
                specialisms TEXT NOT NULL DEFAULT '[]'""",
            ),
            _synced_table(
                "courses",
                """slug TEXT NOT NULL,
                title TEXT NOT NULL,
                summary TEXT,
                language TEXT,
                partnerships TEXT NOT NULL DEFAULT '[]',
                position INTEGER NOT NULL DEFAULT 0""",
            ),
            _synced_table(
                "modules",
                """course_id TEXT NOT NULL,
                slug TEXT NOT NULL,
                title TEXT NOT NULL,
                position INTEGER NOT NULL DEFAULT 0""",
            ),
            _synced_table(
                "lessons",
                """course_id TEXT NOT NULL,
                module_id TEXT NOT NULL,
                slug TEXT NOT NULL,
                title TEXT NOT NULL,
                body_md TEXT NOT NULL DEFAULT '',
                position INTEGER NOT NULL DEFAULT 0,
                minutes INTEGER""",
            ),
            _synced_table(
                "attachments",
                """course_id TEXT,
                owner_kind TEXT NOT NULL,
                owner_id TEXT NOT NULL,
                sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
                filename TEXT NOT NULL,
                mime TEXT NOT NULL,
                size INTEGER NOT NULL CHECK (size >= 0),
                role TEXT NOT NULL DEFAULT 'file' CHECK (role IN ('image', 'pdf', 'file'))""",
            ),
            _synced_table(
                "quizzes",
                """lesson_id TEXT NOT NULL,
                course_id TEXT NOT NULL,
                title TEXT NOT NULL""",
            ),
            # Questions and options arrive inside their quiz record; they are
            # split out here so that scoring and review read plain rows.
            """CREATE TABLE quiz_questions (
                id TEXT PRIMARY KEY,
                quiz_id TEXT NOT NULL REFERENCES quizzes(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                prompt TEXT NOT NULL,
                explanation TEXT NOT NULL DEFAULT ''
            )""",
            """CREATE TABLE quiz_options (
                question_id TEXT NOT NULL REFERENCES quiz_questions(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                text TEXT NOT NULL,
                is_correct INTEGER NOT NULL DEFAULT 0 CHECK (is_correct IN (0, 1)),
                PRIMARY KEY (question_id, position)
            )""",
            _synced_table(
                "quiz_attempts",
                """quiz_id TEXT NOT NULL,
                user_id TEXT NOT NULL,
                answers TEXT NOT NULL DEFAULT '{}',
                score INTEGER NOT NULL,
                max_score INTEGER NOT NULL,
                finished_at TEXT NOT NULL""",
            ),
            _synced_table(
                "cases",
                """author_id TEXT NOT NULL,
                partnership_id TEXT NOT NULL,
                specialism TEXT NOT NULL,
                title TEXT NOT NULL,
                presenting_complaint TEXT NOT NULL DEFAULT '',
                history TEXT NOT NULL DEFAULT '',
                examination TEXT NOT NULL DEFAULT '',
                investigations TEXT NOT NULL DEFAULT '',
                question TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN
                    ('draft', 'submitted', 'in_review', 'reviewed', 'revision_requested')),
                claimed_by TEXT,
                claimed_at TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL""",
            ),
            _synced_table(
                "threads",
                """kind TEXT NOT NULL CHECK (kind IN ('case', 'course')),
                case_id TEXT,
                course_id TEXT,
                partnership_id TEXT,
                title TEXT NOT NULL,
                created_by TEXT,
                created_at TEXT NOT NULL""",
            ),
            _synced_table(
                "posts",
                """thread_id TEXT NOT NULL,
                author_id TEXT NOT NULL,
                body_md TEXT NOT NULL,
                quote_post_id TEXT,
                created_at TEXT NOT NULL""",
            ),
            _synced_table(
                "reviews",
                """case_id TEXT NOT NULL,
                tutor_id TEXT NOT NULL,
                strengths TEXT NOT NULL DEFAULT '',
                concerns TEXT NOT NULL DEFAULT '',
                next_steps TEXT NOT NULL DEFAULT '',
                rubric_score INTEGER CHECK (rubric_score BETWEEN 1 AND 5),
                decision TEXT NOT NULL CHECK (decision IN ('reviewed', 'revision_requested')),
                created_at TEXT NOT NULL""",
            ),
            _synced_table(
                "progress",
                """user_id TEXT NOT NULL,
                lesson_id TEXT NOT NULL,
                state TEXT NOT NULL DEFAULT 'read',
                position REAL NOT NULL DEFAULT 0,
                updated_at TEXT NOT NULL""",
            ),
            _synced_table(
                "bookmarks",
                """user_id TEXT NOT NULL,
                lesson_id TEXT NOT NULL,
                anchor TEXT NOT NULL DEFAULT '',
                label TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL""",
            ),
            _synced_table(
                "notes",
                """user_id TEXT NOT NULL,
                lesson_id TEXT NOT NULL,
                body TEXT NOT NULL DEFAULT '',
                updated_at TEXT NOT NULL""",
            ),
            "CREATE INDEX idx_modules_course ON modules(course_id, position)",
            "CREATE INDEX idx_lessons_module ON lessons(module_id, position)",
            "CREATE INDEX idx_lessons_course ON lessons(course_id)",
            "CREATE INDEX idx_attachments_owner ON attachments(owner_kind, owner_id)",
            "CREATE INDEX idx_attachments_sha ON attachments(sha256)",
            "CREATE INDEX idx_quizzes_lesson ON quizzes(lesson_id)",
            "CREATE INDEX idx_questions_quiz ON quiz_questions(quiz_id, position)",
            "CREATE INDEX idx_attempts_quiz ON quiz_attempts(quiz_id, user_id)",
            "CREATE INDEX idx_cases_status ON cases(partnership_id, status)",
            "CREATE INDEX idx_threads_case ON threads(case_id)",
            "CREATE INDEX idx_threads_course ON threads(course_id)",
            "CREATE INDEX idx_posts_thread ON posts(thread_id, created_at)",
            "CREATE INDEX idx_reviews_case ON reviews(case_id)",
            "CREATE UNIQUE INDEX idx_progress_lesson ON progress(user_id, lesson_id)",
            "CREATE INDEX idx_bookmarks_lesson ON bookmarks(user_id, lesson_id)",
            "CREATE UNIQUE INDEX idx_notes_lesson ON notes(user_id, lesson_id)",
        ],
    )


def _fts_triggers(table: str, names: str, watched: str, new_vals: str, old_vals: str) -> list[str]:
    """Triggers that keep ``{table}_fts`` (columns ``names``) current with ``table``."""
    fts = f"{table}_fts"
    return [
        f"""CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN
            INSERT INTO {fts}(rowid, {names}) VALUES (new.rowid, {new_vals});
        END""",
        f"""CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN
            INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.rowid, {old_vals});
        END""",
        f"""CREATE TRIGGER {table}_fts_au AFTER UPDATE OF {watched} ON {table} BEGIN
            INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.rowid, {old_vals});
            INSERT INTO {fts}(rowid, {names}) VALUES (new.rowid, {new_vals});
        END""",
    ]


def _fts_statements(table: str, columns: list[str]) -> list[str]:
    """An external-content FTS5 index over ``table``, kept current by triggers."""
    fts = f"{table}_fts"
    cols = ", ".join(columns)
    new_vals = ", ".join(f"new.{c}" for c in columns)
    old_vals = ", ".join(f"old.{c}" for c in columns)
    return [
        f"""CREATE VIRTUAL TABLE {fts} USING fts5(
            {cols}, content='{table}', content_rowid='rowid', prefix='3',
            tokenize='porter unicode61 remove_diacritics 2'
        )""",
        *_fts_triggers(table, cols, cols, new_vals, old_vals),
        # Index rows that existed before this migration.
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


@migrations()
def m002_search(db: Database) -> None:
    """Full-text search over lesson text and discussion posts."""
    _run(db, _fts_statements("lessons", ["title", "body_md"]) + _fts_statements("posts", ["body_md"]))


@migrations()
def m003_sync(db: Database) -> None:
    """The outbox, sync cursors, sync history, conflicts and the blob index."""
    _run(
        db,
        [
            # One row per pending local change. `uuid` is the idempotency key the
            # server sees; replaying it can never create a second record.
            """CREATE TABLE outbox (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                uuid TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL,
                record_id TEXT NOT NULL,
                action TEXT NOT NULL DEFAULT 'put'
                    CHECK (action IN ('put', 'del', 'claim', 'unclaim')),
                base_version INTEGER,
                payload TEXT NOT NULL DEFAULT '{}',
                state TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'done', 'conflict', 'rejected')),
                attempts INTEGER NOT NULL DEFAULT 0,
                result TEXT,
                error TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )""",
            "CREATE INDEX idx_outbox_state ON outbox(state, seq)",
            "CREATE INDEX idx_outbox_record ON outbox(kind, record_id)",
            """CREATE TABLE sync_cursors (
                name TEXT PRIMARY KEY,
                cursor INTEGER NOT NULL DEFAULT 0,
                updated_at TEXT NOT NULL
            )""",
            """CREATE TABLE sync_history (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                started_at TEXT NOT NULL,
                finished_at TEXT,
                result TEXT NOT NULL DEFAULT 'running'
                    CHECK (result IN ('running', 'ok', 'partial', 'failed', 'cancelled')),
                stage TEXT,
                requests INTEGER NOT NULL DEFAULT 0,
                bytes_up INTEGER NOT NULL DEFAULT 0,
                bytes_down INTEGER NOT NULL DEFAULT 0,
                pushed INTEGER NOT NULL DEFAULT 0,
                pulled INTEGER NOT NULL DEFAULT 0,
                conflicts INTEGER NOT NULL DEFAULT 0,
                blobs INTEGER NOT NULL DEFAULT 0,
                error TEXT,
                via TEXT NOT NULL DEFAULT 'network' CHECK (via IN ('network', 'bundle'))
            )""",
            "CREATE INDEX idx_history_started ON sync_history(started_at)",
            # A conflict keeps both sides until the user decides; nothing is dropped.
            """CREATE TABLE conflicts (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                outbox_uuid TEXT NOT NULL,
                kind TEXT NOT NULL,
                record_id TEXT NOT NULL,
                local_payload TEXT NOT NULL,
                server_record TEXT,
                created_at TEXT NOT NULL,
                resolved_at TEXT,
                resolution TEXT CHECK (resolution IN ('local', 'server', 'merged'))
            )""",
            "CREATE INDEX idx_conflicts_open ON conflicts(resolved_at)",
            # What the profile wants of the shared blob cache: which hashes,
            # in which order, and how far a partial download has come.
            """CREATE TABLE blobs (
                sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
                size INTEGER NOT NULL DEFAULT 0,
                mime TEXT,
                priority INTEGER NOT NULL DEFAULT 50,
                state TEXT NOT NULL DEFAULT 'wanted'
                    CHECK (state IN ('wanted', 'partial', 'present', 'upload')),
                received INTEGER NOT NULL DEFAULT 0,
                last_error TEXT,
                updated_at TEXT NOT NULL
            )""",
            "CREATE INDEX idx_blobs_queue ON blobs(state, priority)",
            """CREATE TABLE subscriptions (
                course_id TEXT PRIMARY KEY,
                subscribed_at TEXT NOT NULL,
                download_blobs INTEGER NOT NULL DEFAULT 1
            )""",
            """CREATE TABLE settings (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            )""",
        ],
    )


@migrations()
def m004_discussion_visits(db: Database) -> None:
    """When the user last opened each discussion, and the order in which things arrived.

    ``arrivals`` numbers new posts, new reviews and case status changes in the
    order this profile first saw them (triggers, so pulls and local writes
    alike are counted). "New since your last visit" and the after-sync notices
    compare against these numbers, not against authors' clocks: a reply
    written offline a week ago is still new when it arrives today.
    """
    _run(
        db,
        [
            """CREATE TABLE discussion_visits (
                thread_id TEXT PRIMARY KEY,
                arrival_seq INTEGER NOT NULL DEFAULT 0,
                visited_at TEXT NOT NULL
            )""",
            """CREATE TABLE arrivals (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                kind TEXT NOT NULL,
                record_id TEXT NOT NULL,
                event TEXT NOT NULL
            )""",
            "CREATE INDEX idx_arrivals_record ON arrivals(kind, record_id)",
            """CREATE TRIGGER posts_arrival AFTER INSERT ON posts
            WHEN NOT EXISTS (SELECT 1 FROM arrivals WHERE kind = 'posts' AND record_id = new.id)
            BEGIN
                INSERT INTO arrivals (kind, record_id, event) VALUES ('posts', new.id, 'new');
            END""",
            """CREATE TRIGGER reviews_arrival AFTER INSERT ON reviews
            WHEN NOT EXISTS (SELECT 1 FROM arrivals WHERE kind = 'reviews' AND record_id = new.id)
            BEGIN
                INSERT INTO arrivals (kind, record_id, event) VALUES ('reviews', new.id, 'new');
            END""",
            """CREATE TRIGGER cases_arrival AFTER INSERT ON cases BEGIN
                INSERT INTO arrivals (kind, record_id, event) VALUES ('cases', new.id, new.status);
            END""",
            """CREATE TRIGGER cases_status_arrival AFTER UPDATE OF status ON cases
            WHEN old.status IS NOT new.status BEGIN
                INSERT INTO arrivals (kind, record_id, event) VALUES ('cases', new.id, new.status);
            END""",
        ],
    )


@migrations()
def m005_server_time(db: Database) -> None:
    """When the server accepted each post, topic, review and case (its clock, not ours).

    ``server_created_at`` (first accepted), ``server_updated_at`` (latest) and,
    for cases, ``server_submitted_at`` (latest (re)submission) are ISO UTC with
    milliseconds, NULL until the server accepts the record. Threads, "most
    recently active" and the review queue are ordered by them; the authors'
    ``created_at`` stays, for display only. See ``records.SERVER_TIME_KINDS``.
    """
    statements = []
    for table in ("cases", "threads", "posts", "reviews"):
        statements += [f"ALTER TABLE {table} ADD COLUMN server_created_at TEXT",
                       f"ALTER TABLE {table} ADD COLUMN server_updated_at TEXT"]
    statements += [
        "ALTER TABLE cases ADD COLUMN server_submitted_at TEXT",
        "CREATE INDEX idx_posts_thread_server ON posts(thread_id, server_created_at)",
    ]
    _run(db, statements)


#: Kinds a user creates; their ids are bound to the user (docs/protocol.md, "Record ids").
_USER_KINDS = ("cases", "threads", "posts", "reviews", "attachments", "quiz_attempts",
               "progress", "bookmarks", "notes")
#: Fields naming another record: (kind holding it, field, kind named, extra SQL condition).
_ID_REFS = (("posts", "thread_id", "threads", ""), ("posts", "quote_post_id", "posts", ""),
            ("threads", "case_id", "cases", ""), ("reviews", "case_id", "cases", ""),
            ("attachments", "owner_id", "cases", "owner_kind = 'cases'"),
            ("attachments", "owner_id", "posts", "owner_kind = 'posts'"))


def _unsent_legacy_ids(db: Database, user_id: str) -> dict[tuple[str, str], str]:
    """Old id -> bound id for the user's creates that have never left this computer."""
    from sync.protocol import derived_record_id, id_bound_to, new_record_id

    moves: dict[tuple[str, str], str] = {}
    rows = db.execute(
        "SELECT kind, record_id FROM outbox o WHERE action = 'put' AND base_version IS NULL "
        "AND state = 'pending' AND attempts = 0 AND NOT EXISTS (SELECT 1 FROM outbox x "
        "WHERE x.kind = o.kind AND x.record_id = o.record_id "
        "AND (x.attempts > 0 OR x.state != 'pending')) ORDER BY seq").fetchall()
    for kind, rid in rows:
        if kind not in _USER_KINDS or id_bound_to(rid, user_id) or (kind, rid) in moves:
            continue
        if kind in ("notes", "progress"):
            row = db.execute(f"SELECT user_id, lesson_id FROM {kind} WHERE id = ?", [rid]).fetchone()
            if row is None or row[0] != user_id:
                continue
            new = derived_record_id(user_id, kind, row[1])
            if db.execute(f"SELECT 1 FROM {kind} WHERE id = ?", [new]).fetchone():
                continue
        else:
            new = new_record_id(user_id)
        moves[(kind, rid)] = new
    return moves


@migrations()
def m009_bound_ids(db: Database) -> None:
    """Give the user's not-yet-sent records bound ids, so the server accepts them.

    The server refuses a create under an id not made for the caller's account.
    Creates never sent (pending, never attempted, not exported to a USB bundle)
    are re-keyed together with every reference to them; a record that may
    already be on the server keeps its id.
    """
    row = db.execute("SELECT value FROM settings WHERE key = 'user'").fetchone()
    user = json.loads(row[0]) if row else None
    user_id = user.get("id") if isinstance(user, dict) else None
    if not isinstance(user_id, str) or not user_id:
        return
    for (kind, old), new in _unsent_legacy_ids(db, user_id).items():
        db.execute(f"UPDATE {kind} SET id = ? WHERE id = ?", [new, old])
        for table in ("outbox", "arrivals"):
            db.execute(f"UPDATE {table} SET record_id = ? WHERE kind = ? AND record_id = ?",
                       [new, kind, old])
        if kind == "threads":
            db.execute("UPDATE discussion_visits SET thread_id = ? WHERE thread_id = ?", [new, old])
        for holder, field, named, extra in _ID_REFS:
            if named != kind:
                continue
            db.execute(f"UPDATE {holder} SET {field} = ? WHERE {field} = ?"
                       + (f" AND {extra}" if extra else ""), [new, old])
            db.execute(
                f"UPDATE outbox SET payload = json_set(payload, '$.{field}', ?) WHERE kind = ? "
                f"AND json_extract(payload, '$.{field}') = ? AND state = 'pending'"
                + (f" AND json_extract(payload, '$.owner_kind') = '{named}'" if extra else ""),
                [new, holder, old])


@migrations()
def m006_privacy_hold(db: Database) -> None:
    """Case text the identifier check flagged, held on this device until the author decides.

    One row per record. ``held = 1``: its outbox entries do not leave the
    device (see ``tutorclient.privacy.OUTBOX_NOT_HELD``). ``findings`` is what
    the check flagged, for the UI; ``confirmed`` lists the flagged items the
    author said do not identify anyone, so they do not hold the record again.
    """
    _run(
        db,
        [
            """CREATE TABLE privacy_holds (
                kind TEXT NOT NULL,
                record_id TEXT NOT NULL,
                held INTEGER NOT NULL DEFAULT 1 CHECK (held IN (0, 1)),
                findings TEXT NOT NULL DEFAULT '[]',
                confirmed TEXT NOT NULL DEFAULT '[]',
                updated_at TEXT NOT NULL,
                PRIMARY KEY (kind, record_id)
            )""",
        ],
    )


@migrations()
def m010_lesson_search_text(db: Database) -> None:
    """Search lessons by their words, not their Markdown: ``blob:…`` and web addresses were indexed.

    ``body_text`` is the rendered text of ``body_md`` (picture descriptions and the
    TeX of maths included, link targets left out), written by ``records.put``.
    """
    from sync.content import lesson_text  # the same pipeline that shows the lesson

    _run(db, [f"DROP TRIGGER IF EXISTS lessons_fts_{t}" for t in ("ai", "ad", "au")]
         + ["DROP TABLE IF EXISTS lessons_fts",
            "ALTER TABLE lessons ADD COLUMN body_text TEXT NOT NULL DEFAULT ''"])
    rows = db.execute("SELECT id, body_md FROM lessons").fetchall()
    for lesson_id, body in rows:
        db.execute("UPDATE lessons SET body_text = ? WHERE id = ?", [lesson_text(body or ""), lesson_id])
    _run(db, _fts_statements("lessons", ["title", "body_text"]))


def _folded_fts_statements(table: str, columns: dict[str, str]) -> list[str]:
    """A contentless FTS5 index of ``table``'s text folded by ``tc_fold``, kept by triggers.

    ``columns`` maps each FTS column to the table column it folds. The index
    holds folded terms only (see ``tutorclient.store.fold``); snippets are
    made from the table's own text.
    """
    fts = f"{table}_fts"
    names = ", ".join(columns)
    sources = list(columns.values())
    new_vals = ", ".join(f"tc_fold(new.{c})" for c in sources)
    old_vals = ", ".join(f"tc_fold(old.{c})" for c in sources)
    return [
        f"DROP TRIGGER IF EXISTS {table}_fts_ai",
        f"DROP TRIGGER IF EXISTS {table}_fts_ad",
        f"DROP TRIGGER IF EXISTS {table}_fts_au",
        f"DROP TABLE IF EXISTS {fts}",
        # unicode61 with no folding of its own: the terms arrive folded, and
        # a query's terms must reach the index exactly as tc_fold wrote them.
        f"""CREATE VIRTUAL TABLE {fts} USING fts5(
            {names}, content='', prefix='2 3', tokenize='unicode61 remove_diacritics 0'
        )""",
        *_fts_triggers(table, names, ", ".join(sources), new_vals, old_vals),
        f"INSERT INTO {fts}(rowid, {names}) SELECT rowid, {', '.join(f'tc_fold({c})' for c in sources)} "
        f"FROM {table}",
    ]


@migrations()
def m011_search_fold(db: Database) -> None:
    """Search that understands Arabic and British/American English (issue 14).

    unicode61 split Arabic words at every vowel mark and knew nothing of
    alef forms, "ال" or haemoglobin/hemoglobin. The FTS tables are rebuilt to
    index text folded in Python (``tc_fold``, registered on every connection
    the store opens); an existing profile is reindexed here, once. Lessons are
    indexed by their rendered words (``body_text``, m010), never link targets.
    """
    _run(db, _folded_fts_statements("lessons", {"title": "title", "body": "body_text"})
         + _folded_fts_statements("posts", {"body": "body_md"}))


@migrations()
def m012_attachment_originals(db: Database) -> None:
    """A delivered course picture names the author's original, fetched on demand (issue 12)."""
    _run(db, ["ALTER TABLE attachments ADD COLUMN original_sha256 TEXT "
              "CHECK (original_sha256 IS NULL OR length(original_sha256) = 64)",
              "ALTER TABLE attachments ADD COLUMN original_size INTEGER "
              "CHECK (original_size IS NULL OR original_size >= 0)"])



@migrations()
def m013_review_cards(db: Database) -> None:
    """Spaced review (issue 16): the questions a trainee kept, and every rating of a card.

    Both are append-only logs; the scheduler's state is rebuilt from them
    (``tutorclient.cards``), never stored, so two devices' logs merge by union.
    """
    _run(db, [
        _synced_table("kept_questions", """user_id TEXT NOT NULL,
            question_id TEXT NOT NULL,
            kept_at TEXT NOT NULL"""),
        _synced_table("card_reviews", """user_id TEXT NOT NULL,
            question_id TEXT NOT NULL,
            rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
            reviewed_at TEXT NOT NULL,
            device TEXT"""),
        "CREATE INDEX kept_questions_user ON kept_questions (user_id, question_id)",
        "CREATE INDEX card_reviews_card ON card_reviews (user_id, question_id)",
    ])


@migrations()
def m014_contributions(db: Database) -> None:
    """The tutor's contribution record (issue 16): private reflections and trainees' thanks.

    ``reflections`` holds one row per review (a derived id), read by its author
    only: the reflection and the active seconds the review form measured.
    ``review_thanks`` is a trainee's "this helped me" on a review, with a note.
    """
    _run(db, [
        _synced_table(
            "reflections",
            """user_id TEXT NOT NULL,
            review_id TEXT NOT NULL,
            case_id TEXT NOT NULL,
            body TEXT NOT NULL DEFAULT '',
            active_seconds INTEGER NOT NULL DEFAULT 0
                CHECK (active_seconds BETWEEN 0 AND 7200),
            updated_at TEXT""",
        ),
        _synced_table(
            "review_thanks",
            """review_id TEXT NOT NULL,
            case_id TEXT NOT NULL,
            trainee_id TEXT NOT NULL,
            tutor_id TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT""",
        ),
        "CREATE INDEX idx_reflections_review ON reflections(review_id)",
        "CREATE INDEX idx_thanks_tutor ON review_thanks(tutor_id)",
        "CREATE INDEX idx_thanks_review ON review_thanks(review_id)",
    ])


@migrations()
def m015_insight(db: Database) -> None:
    """Figures the server computes for this user, and this device's sync health (issue 16).

    ``insights`` holds the server's aggregates (docs/insight.md), kept so the view
    works offline from the last sync; ``device_health`` is the small summary each
    device reports about its own syncing.
    """
    _run(db, [
        _synced_table("insights", """viewer_id TEXT NOT NULL,
            partnership_id TEXT NOT NULL,
            audience TEXT NOT NULL CHECK (audience IN ('trainee', 'tutor', 'coordinator')),
            period_from TEXT NOT NULL,
            period_to TEXT NOT NULL,
            computed_at TEXT,
            figures TEXT NOT NULL DEFAULT '{}'"""),
        _synced_table("device_health", """user_id TEXT NOT NULL,
            device TEXT NOT NULL,
            failures INTEGER NOT NULL DEFAULT 0,
            last_failure TEXT,
            month_bytes INTEGER NOT NULL DEFAULT 0,
            month_cap INTEGER,
            day_cap INTEGER,
            reported_at TEXT"""),
        "CREATE INDEX idx_insights_viewer ON insights(viewer_id, partnership_id)",
    ])


@migrations()
def m017_blob_bases(db: Database) -> None:
    """A wanted blob remembers the version it replaces, to arrive as a delta (issue 17).

    ``base_sha256`` is the blob the device held for the same attachment when
    its record changed; the download asks for a delta from it while it is in
    the cache, and fetches the whole file otherwise.
    """
    _run(db, ["ALTER TABLE blobs ADD COLUMN base_sha256 TEXT "
              "CHECK (base_sha256 IS NULL OR length(base_sha256) = 64)",
              # Looked up by ProfileBlobs.is_course_file: a base lives with the course files.
              "CREATE INDEX idx_blobs_base ON blobs(base_sha256) WHERE base_sha256 IS NOT NULL"])


LATEST = [m.name for m in migrations._migrations]

