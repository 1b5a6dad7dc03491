"""The schema, as forward migrations numbered from 1 and tracked in PRAGMA user_version.

A migration is never edited once released; a new one is appended. Opening a database
made by a newer version of the app is refused rather than guessed at.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.storage import stats_facts
from desktop.storage.connection import Connection

MIGRATIONS: Sequence[str] = (
    # 1: the register, its people and its history.
    """
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE users (
        name TEXT PRIMARY KEY,
        display_name TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1
    );
    CREATE TABLE authorities (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1
    );
    CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        authority_id INTEGER NOT NULL REFERENCES authorities(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        location TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE registry_counter (
        year INTEGER PRIMARY KEY,
        last INTEGER NOT NULL
    );
    CREATE TABLE requests (
        id INTEGER PRIMARY KEY,
        registry_no TEXT NOT NULL UNIQUE,
        court_reference TEXT NOT NULL,
        received_at TEXT NOT NULL,
        kind TEXT NOT NULL,
        assistance_types TEXT NOT NULL DEFAULT '[]',
        requesting_organ TEXT,
        situation TEXT NOT NULL DEFAULT '',
        case_name TEXT NOT NULL DEFAULT '',
        channel TEXT NOT NULL,
        confidentiality TEXT NOT NULL,
        urgency TEXT NOT NULL,
        court_deadline TEXT,
        subject TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        persons TEXT NOT NULL DEFAULT '[]',
        elements_confirmed TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL,
        owner TEXT REFERENCES users(name),
        paused_days INTEGER NOT NULL DEFAULT 0,
        paused_since TEXT,
        extended_to TEXT,
        extension_reason TEXT NOT NULL DEFAULT '',
        due_on TEXT NOT NULL,
        internal_due_on TEXT NOT NULL,
        ack_due_on TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX requests_status_due ON requests(status, due_on);
    CREATE INDEX requests_received ON requests(received_at);
    CREATE INDEX requests_court_ref ON requests(court_reference);
    CREATE INDEX requests_kind ON requests(kind);
    CREATE TABLE routing_steps (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        authority_id INTEGER NOT NULL REFERENCES authorities(id),
        part TEXT NOT NULL DEFAULT '',
        sent_on TEXT NOT NULL,
        due_on TEXT NOT NULL,
        authority_reference TEXT NOT NULL DEFAULT '',
        answered_on TEXT,
        outcome TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
    );
    CREATE INDEX routing_request ON routing_steps(request_id);
    CREATE INDEX routing_open_due ON routing_steps(answered_on, due_on);
    CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        author TEXT NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX notes_request ON notes(request_id);
    CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        filename TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        content BLOB NOT NULL,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL
    );
    CREATE INDEX attachments_request ON attachments(request_id);
    CREATE TABLE events (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user TEXT NOT NULL,
        request_id INTEGER,
        action TEXT NOT NULL,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    );
    CREATE INDEX events_request ON events(request_id);
    CREATE VIRTUAL TABLE requests_fts USING fts5(
        registry_no, court_reference, subject, summary, persons, notes,
        tokenize = 'unicode61 remove_diacritics 2'
    );
    """,
    # 2: costs per request (art. 100: ordinary costs stay with the State, extraordinary
    # ones are borne by the Court and worth recording).
    """
    CREATE TABLE costs (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        category TEXT NOT NULL CHECK (category IN ('ordinary', 'extraordinary')),
        description TEXT NOT NULL,
        amount_cents INTEGER NOT NULL,
        currency TEXT NOT NULL,
        incurred_on TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
    );
    CREATE INDEX costs_request ON costs(request_id);
    """,
    # 3: checklists per request (Rec. 15, 19), the office's own versions of the checklist
    # templates, and for transfers the planned date and the transit States (art. 89(3)).
    """
    CREATE TABLE checklist_templates (
        key TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
    );
    CREATE TABLE checklists (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        template TEXT NOT NULL,
        title TEXT NOT NULL,
        basis TEXT NOT NULL DEFAULT '',
        phases TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
    );
    CREATE INDEX checklists_request ON checklists(request_id, position);
    CREATE TABLE checklist_steps (
        id INTEGER PRIMARY KEY,
        checklist_id INTEGER NOT NULL REFERENCES checklists(id) ON DELETE CASCADE,
        request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        title TEXT NOT NULL,
        phase TEXT NOT NULL DEFAULT '',
        mandatory INTEGER NOT NULL DEFAULT 0,
        owner TEXT NOT NULL DEFAULT '',
        owner_type TEXT,
        due_from TEXT,
        due_days INTEGER,
        due_calendar_days INTEGER NOT NULL DEFAULT 0,
        due_on TEXT,
        state TEXT NOT NULL DEFAULT 'open',
        state_on TEXT,
        state_by TEXT NOT NULL DEFAULT '',
        na_reason TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        evidence_id INTEGER REFERENCES attachments(id) ON DELETE SET NULL,
        basis TEXT NOT NULL DEFAULT '',
        guidance TEXT NOT NULL DEFAULT '',
        UNIQUE (request_id, code)
    );
    CREATE INDEX checklist_steps_list ON checklist_steps(checklist_id, position);
    CREATE INDEX checklist_steps_open ON checklist_steps(state, request_id);
    CREATE TABLE transfer_plans (
        request_id INTEGER PRIMARY KEY REFERENCES requests(id) ON DELETE CASCADE,
        planned_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
    );
    CREATE TABLE transit_states (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        state TEXT NOT NULL COLLATE NOCASE,
        status TEXT NOT NULL CHECK (status IN ('requested', 'granted', 'refused')),
        status_on TEXT NOT NULL,
        reference TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        UNIQUE (request_id, state)
    );
    """,
    # 4: an agreed extension replaces the deadline: the days already held in consultation
    # when it was agreed are remembered so that only later pauses move the new date; a
    # deadline the Court shortened is recorded as such. A routing step whose due date was
    # derived follows the request's clock (steps routed before this are kept as typed).
    # Arrest warrants without a Court deadline, and provisional arrests until the arrest,
    # are standing requests reviewed periodically (their old default date is the first
    # review); Rule 188 runs from the recorded arrest until the full request arrives.
    # Requests are linked to each other (follow-up, full request, duplicate, same person).
    # Situation and case become searchable (the full-text index is rebuilt with them).
    """
    ALTER TABLE requests ADD COLUMN extension_paused_days INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE requests ADD COLUMN deadline_shortened INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE routing_steps ADD COLUMN due_set_by_hand INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE requests ADD COLUMN arrested_on TEXT;
    ALTER TABLE requests ADD COLUMN full_request_on TEXT;
    ALTER TABLE requests ADD COLUMN reviewed_on TEXT;
    ALTER TABLE requests ADD COLUMN clock TEXT NOT NULL DEFAULT 'running';
    UPDATE requests SET clock = 'standing'
        WHERE kind IN ('arrest_surrender', 'provisional_arrest')
        AND court_deadline IS NULL AND extended_to IS NULL;
    CREATE TABLE request_links (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        relation TEXT NOT NULL,
        other_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        UNIQUE (request_id, relation, other_id)
    );
    CREATE INDEX request_links_other ON request_links(other_id);
    DROP TABLE requests_fts;
    CREATE VIRTUAL TABLE requests_fts USING fts5(
        registry_no, court_reference, subject, summary, persons, notes, situation, case_name,
        tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO requests_fts(rowid, registry_no, court_reference, subject, summary, persons,
                             notes, situation, case_name)
        SELECT r.id, r.registry_no, r.court_reference, r.subject, r.summary,
               coalesce((SELECT group_concat(value, ' ') FROM json_each(r.persons)), ''),
               coalesce((SELECT group_concat(text, ' ') FROM
                         (SELECT text FROM notes WHERE request_id = r.id ORDER BY id)), ''),
               r.situation, r.case_name
        FROM requests r;
    """,
    # 5: attachments stored in 1 MiB pieces, written as the file is read: a 50 MiB file no
    # longer passes through memory whole (three times over, as one bound blob). Older
    # attachments keep their bytes in attachments.content; new ones leave it empty.
    """
    CREATE TABLE attachment_chunks (
        attachment_id INTEGER NOT NULL REFERENCES attachments(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (attachment_id, seq)
    );
    """,
    # 6: covering indexes for the statistics, so `stats` reads small index pages instead of
    # decrypting every request and audit entry (issue 18: 1 s at 100,000 requests). The
    # events index holds each status move's date, before, after and ground, and each
    # reply's template (acknowledgements of receipt), taken out of the JSON once on insert.
    """
    CREATE INDEX requests_stats ON requests(received_at, registry_no, kind, requesting_organ,
        channel, situation, urgency, status, court_deadline, extended_to, paused_days, due_on,
        ack_due_on);
    CREATE INDEX events_stats ON events(action, request_id, seq, substr(at, 1, 10),
        json_extract(detail, '$.before'), json_extract(detail, '$.after'),
        json_extract(detail, '$.ground'), json_extract(detail, '$.template'));
    """,
    # 7: each open step's due date kept in the database, so the deadlines dashboard lets
    # SQL pick what is due instead of working out every step of every open request.
    # `open_due_on` is set only while the step is open on a request still open; requests
    # whose inputs changed wait in `step_dues_stale` until the change commits. Existing
    # steps all start stale and are worked out when the workspace is next opened. The
    # (state, request_id) index served only the dashboard's old query: an import no
    # longer pays for it on every step.
    """
    ALTER TABLE checklist_steps ADD COLUMN open_due_on TEXT;
    CREATE INDEX checklist_steps_open_due ON checklist_steps(open_due_on)
        WHERE open_due_on IS NOT NULL;
    CREATE TABLE step_dues_stale (
        request_id INTEGER PRIMARY KEY
    );
    INSERT INTO step_dues_stale(request_id) SELECT DISTINCT request_id FROM checklist_steps;
    DROP INDEX checklist_steps_open;
    """,
    # 8: the audit entries carry digests of the case rows they wrote (row_digests.py), so
    # verify sees rows changed behind the app's back. The digests are keyed with this
    # secret; `pending` asks the next open to digest every existing row once, in audit
    # entries of its own. A later migration that adds or drops a column of a case table
    # sets `pending` again, or verify would report every row changed.
    """
    CREATE TABLE row_digest_key (
        secret BLOB NOT NULL,
        pending INTEGER NOT NULL
    );
    INSERT INTO row_digest_key(secret, pending) VALUES (randomblob(32), 1);
    """,
    # 9: offices and sealed parcels between them (issue 17). The office's own key pair
    # (its private halves only here, inside the encrypted database), the offices it
    # exchanges with, the parcels sent and received per pair, and proposals awaiting the
    # lead office. Requests, routing steps and notes get global ids so that two offices
    # merge the same things by id; a mirrored request remembers its lead office, the
    # lead's registry number and the single-valued fields the lead last sent. A note
    # travels only when marked shareable.
    """
    CREATE TABLE office_identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        office_id TEXT NOT NULL,
        age_identity TEXT NOT NULL,
        age_recipient TEXT NOT NULL,
        signing_key BLOB NOT NULL,
        verify_key TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE offices (
        office_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        place TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT '',
        age_recipient TEXT NOT NULL,
        verify_key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        added_at TEXT NOT NULL,
        verified_at TEXT,
        verified_by TEXT
    );
    CREATE UNIQUE INDEX offices_name ON offices(name COLLATE NOCASE);
    CREATE TABLE parcels (
        id INTEGER PRIMARY KEY,
        direction TEXT NOT NULL CHECK (direction IN ('out', 'in')),
        office_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        at TEXT NOT NULL,
        acknowledged_at TEXT,
        UNIQUE (direction, office_id, seq)
    );
    CREATE TABLE proposals (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        office_id TEXT NOT NULL,
        field TEXT NOT NULL,
        value TEXT,
        proposed_at TEXT NOT NULL,
        decision TEXT,
        decided_at TEXT,
        decided_by TEXT
    );
    CREATE INDEX proposals_request ON proposals(request_id);
    ALTER TABLE requests ADD COLUMN global_id TEXT;
    UPDATE requests SET global_id = lower(hex(randomblob(16)));
    CREATE UNIQUE INDEX requests_global ON requests(global_id);
    ALTER TABLE requests ADD COLUMN lead_office TEXT;
    ALTER TABLE requests ADD COLUMN origin_registry_no TEXT;
    ALTER TABLE requests ADD COLUMN lead_values TEXT;
    ALTER TABLE routing_steps ADD COLUMN global_id TEXT;
    ALTER TABLE notes ADD COLUMN global_id TEXT;
    ALTER TABLE notes ADD COLUMN shareable INTEGER NOT NULL DEFAULT 0;
    -- New columns in case tables change every row's digest (migration 8): digest the
    -- rows again at the next open.
    UPDATE row_digest_key SET pending = 1;
    """,
    # 10: the last day an answer can reach the Court (issue 19): the final due date, or the
    # Court's previous working day when it falls on a day the Court is closed. The
    # dashboard counts with it. Filled when a workspace is opened (it needs the Dutch
    # holidays, which SQL does not know); until then the final due date stands in. The
    # partial index finds those requests without reading the table at every unlock.
    """
    ALTER TABLE requests ADD COLUMN deliver_on TEXT;
    CREATE INDEX requests_status_deliver ON requests(status, deliver_on);
    CREATE INDEX requests_deliver_missing ON requests(id) WHERE deliver_on IS NULL;
    """,
    # 11: each request's answer, its day, the net days to it, the day of the latest
    # status move and of the latest consultation, postponement, refusal or partial
    # execution, kept on the request (stats_facts.py) so `stats` counts with an index
    # instead of working every answer out of the audit trail (issue 18: 1 s at 100,000
    # requests). Worked out here for the requests already there; derived, so left out of
    # the row digests (no need to digest the rows again).
    """
    ALTER TABLE requests ADD COLUMN answered_on TEXT;
    ALTER TABLE requests ADD COLUMN answer TEXT;
    ALTER TABLE requests ADD COLUMN net_days INTEGER;
    ALTER TABLE requests ADD COLUMN last_moved_on TEXT;
    ALTER TABLE requests ADD COLUMN decided_on TEXT;
    """
    + stats_facts.statement("1")
    + """;
    CREATE INDEX requests_answered ON requests(answered_on, received_at, kind,
        requesting_organ, situation, lead_office, answer, net_days, due_on, court_deadline,
        paused_days, extended_to);
    CREATE INDEX requests_decided ON requests(decided_on) WHERE decided_on IS NOT NULL;
    """,
    # 12: what each office already holds (issue 17), so a parcel carries only what changed
    # since the last parcel that office acknowledged: per office and shared thing (a
    # routing step, a note, a checklist step, a file, keyed under the request's global
    # id), the digest of the version sent and the first parcel that carried it; seq 0
    # when it came from that office.
    """
    CREATE TABLE parcel_items (
        office_id TEXT NOT NULL,
        item TEXT NOT NULL,
        digest TEXT NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (office_id, item)
    );
    """,
    # 13: the statistics date a status move by the day the user gave it (a move recorded
    # after the fact), not the day it was typed: the facts of migration 11 worked out again.
    stats_facts.statement("1") + ";",
)

SCHEMA_VERSION = len(MIGRATIONS)


class NewerSchema(Exception):
    pass


def migrate(conn: Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the database up to `target`, each migration in its own transaction."""
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if current > SCHEMA_VERSION:
        raise NewerSchema(
            f"This workspace was written by a newer version of Cooperation Desk (schema "
            f"{current}; this version knows up to {SCHEMA_VERSION}). Install the newer "
            "version to open it; nothing was changed."
        )
    for number in range(current + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[number - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return max(current, target)


def _statements(script: str) -> list[str]:
    """Split a migration on ';' (none of ours holds a ';' inside a string or trigger)."""
    return [part.strip() for part in script.split(";") if part.strip()]
