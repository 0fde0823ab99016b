"""One pass over the mailbox: dedupe → store raw → parse → classify → dispatch, then move.

Record first, then act (STYLE rule 4), in batches: the bodies of up to 50 messages (16 MB)
come in one FETCH; each message is handled in its own SAVEPOINT, so one that fails spoils
nothing else; the batch is committed once, and only then moved on the server. A message
that fails is retried on the next pass and quarantined after three failures. The next batch
is fetched and handed to the reader before this one is worked (`READ_AHEAD`), so the reader
reads on while this batch commits and moves; in a backlog, committed mail is moved every
`MOVE_EVERY` batches, one MOVE per folder.

The folder is shared with people (issue 8.1): what was there before the first look is
history (`workers.history`), left alone; mail that is not the SOP's stays where it arrived
when `mailbox.unrelated = "leave"`. Every message is remembered by its place in the folder,
so no pass, a restart's included, fetches a body it has already recorded.
"""

from __future__ import annotations

import logging
from collections import defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Callable, NamedTuple

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from daemon.core.classify import FIELDS_FROM_REPLIES, classify
from daemon.core.dedupe import Identity, identify
from daemon.core.message import ParsedMessage
from daemon.core.ownership import belongs_to_sop
from daemon.core.verdict import Kind
from daemon.mail.inbox import Inbox, MessageRef
from daemon.mail.parser import UnparseableMessage
from daemon.service import Service
from daemon.setup import faultpoints
from daemon.setup.config import Config, parse_duration
from daemon.store import audit_trail
from daemon.store.db import Database
from daemon.store.models import AccessRequest, Attachment, InboundMessage, MailboxCursor, OutboxMail
from daemon.store.whole_rows import insert_whole
from daemon.workers.dispatch import Dispatcher
from daemon.workers.history import HISTORY, record_history
from daemon.workers.intake_batches import LOOKUP_CHUNK, MOVE_EVERY, READ_AHEAD, batches, cursor_after, mark_moved, recorded_rows, write_if_new
from daemon.workers.intake_outcomes import Outcomes
from daemon.workers.reader import ChildReader, InlineReader, Job, Reading, ReadStream, Rules
from daemon.workers.threads import mail_context

log = logging.getLogger("lpse_akses.intake")
FINAL = ("handled", "ignored", "quarantined", "oversized", HISTORY)
STAY = ""  # the folder of a message that stays where it arrived


@dataclass
class PassResult:
    seen: int = 0  # messages worked on this pass (those already recorded are not counted)
    handled: int = 0
    quarantined: int = 0
    failed: int = 0
    history: int = 0


class Known(NamedTuple):
    status: str
    target_folder: str | None
    moved_at: datetime | None


class Intake(Outcomes):
    def __init__(
        self,
        db: Database,
        cfg: Config,
        service: Service,
        inbox: Inbox,
        clock: Callable[[], datetime],
        *,
        parse: Callable[[bytes], ParsedMessage] | None = None,
    ) -> None:
        """`parse` turns bytes into a message, read inline without a deadline (tests pass their own);
        by default a reader process reads each message within `mailbox.read_budget`."""
        self.db, self.cfg, self.service, self.inbox, self.clock = db, cfg, service, inbox, clock
        self.reader: ChildReader | InlineReader = InlineReader(parse) if parse else ChildReader(_seconds(cfg.mailbox.read_budget))
        self.dispatcher = Dispatcher(cfg, service)

    def close(self) -> None:
        """Stop the reader process (it also stops by itself after a minute without work)."""
        self.reader.stop()

    def _rules(self, fields_for: frozenset[str] | None = None) -> Rules:
        """What the reader reads a batch's fields by: one object per batch, sent to the reader once."""
        cfg = self.cfg
        return Rules(cfg.office.tz, cfg.access.rights, self.dispatcher.office_people, frozenset({cfg.from_address}), fields_for)

    def _read_one(self, raw: bytes, now: datetime) -> Reading:
        return next(iter(self.reader.read_all([Job(raw, now, self._rules())])))

    def run_pass(self) -> PassResult:
        """Handle what is new in the folder; the loop boundary for single messages."""
        result = PassResult()
        uidvalidity = self.inbox.uidvalidity()
        after = self._cursor(uidvalidity)
        if after is None and self.cfg.mailbox.existing_mail == "history":
            result.history = self._first_look(uidvalidity)
            return result
        refs = self.inbox.list_new(after or 0)
        self._moved_unsaid(refs, uidvalidity, after or 0)
        known = self._known(refs, uidvalidity)
        leftovers: dict[str, list[MessageRef]] = defaultdict(list)
        todo: list[MessageRef] = []
        for ref in refs:
            seen = known.get(ref.key)
            if seen is None or seen.status not in FINAL:
                todo.append(ref)
            elif seen.target_folder and seen.moved_at is None:
                leftovers[seen.target_folder].append(ref)  # committed, but cut off before the move
        self.move_committed(leftovers, uidvalidity)
        unfinished: list[int] = []
        work = list(batches(todo))
        with self.reader.stream() as stream:
            fetched: deque[dict[str, bytes]] = deque()  # this batch's bodies, and those of up to READ_AHEAD after it
            moves: dict[str, list[MessageRef]] = defaultdict(list)  # committed, to move with the next MOVE
            for i, batch in enumerate(work):
                while len(fetched) <= READ_AHEAD and i + len(fetched) < len(work):
                    fetched.append(self._fetch(work[i + len(fetched)], stream))
                raws = fetched.popleft()
                for ref, (status, folder) in self._work(batch, raws, stream, uidvalidity).items():
                    result.seen += 1
                    result.handled += status == "handled"
                    result.quarantined += status == "quarantined"
                    result.failed += status == "failed"
                    if status == "failed":
                        unfinished.append(ref.uid)
                    elif folder:
                        moves[folder].append(ref)
                faultpoints.reach("after_commit_before_move")
                if (i + 1) % MOVE_EVERY == 0 or i + 1 == len(work):  # the cursor never passes a message not yet moved
                    self.move_committed(moves, uidvalidity, cursor=cursor_after(unfinished, batch[-1].uid))
                    moves = defaultdict(list)
        self._save_cursor(uidvalidity, cursor_after(unfinished, max([after or 0] + [r.uid for r in refs])))
        return result

    def handle(self, raw: bytes, ref: MessageRef, uidvalidity: int, *, replay: bool = False) -> tuple[str, str | None]:
        """Handle one message's bytes in its own transaction (a message replayed from the quarantine, or adopted)."""
        with self.db.transaction() as s:
            return self._handle_in(s, raw, ref, uidvalidity, self.clock(), replay=replay)

    def preview(self, raw: bytes) -> Kind:
        """What a message would be taken as, without recording anything (for `mailbox adopt`'s dry run)."""
        reading = self._read_one(raw, self.clock())
        if reading.msg is None:
            return Kind.QUARANTINE
        msg = reading.msg
        with self.db.reading() as s:
            ctx, _req = mail_context(s, self.cfg, msg)
            return classify(msg, ctx).kind

    def adopt(self, row_id: int, raw: bytes, *, actor: str, reason: str) -> tuple[str, str | None]:
        """Work a history message after all, on an admin's word (audited): it becomes what it would have been."""
        ident = identify(raw)
        now = self.clock()
        with self.db.transaction() as s:
            row = s.get(InboundMessage, row_id)
            if row is None or row.status != HISTORY:
                return (row.status if row else "missing"), None
            audit_trail.append(
                s, request_id=None, number=None, event="HistoryAdopted", actor=actor, channel="cli", at=now,
                data={"message": row.message_id or f"#{row.id}", "reason": reason},
            )  # fmt: skip
            if row.dedupe_key != ident.key and s.scalar(select(InboundMessage.id).where(InboundMessage.dedupe_key == ident.key)) is None:
                row.dedupe_key = ident.key  # recorded from headers without a Message-ID: now it has its body
            row.raw, row.content_hash, row.size = raw, ident.content_hash, len(raw)
            ref = MessageRef(row.source_key, row.uid, row.size)
            return self._handle_in(s, raw, ref, row.uidvalidity, now, replay=True)

    # -- a batch ----------------------------------------------------------------------------

    def _fetch(self, batch: Sequence[MessageRef], stream: ReadStream) -> dict[str, bytes]:
        """One FETCH for a batch, its readings asked for at once: the reader reads them while the batch before is worked."""
        limit = self.cfg.mailbox.max_message_size
        raws = self.inbox.fetch_many([r for r in batch if r.size <= limit])
        rules = self._rules(self._fields_for())
        stream.submit([Job(raws[r.key], self.clock(), rules) for r in batch if r.size <= limit and r.key in raws])
        return raws

    def _work(
        self, batch: Sequence[MessageRef], raws: dict[str, bytes], stream: ReadStream, uidvalidity: int
    ) -> dict[MessageRef, tuple[str, str | None]]:
        """One transaction for a fetched batch: each message in its own savepoint; committed before anything moves."""
        limit = self.cfg.mailbox.max_message_size
        outcomes: dict[MessageRef, tuple[str, str | None]] = {}
        readable = [r for r in batch if r.size <= limit and r.key in raws]  # gone meanwhile: nothing to do
        with self.db.transaction() as s:
            idents = {r.key: identify(raws[r.key]) for r in readable}
            recorded = recorded_rows(s, [i.key for i in idents.values()])
            for ref in batch:
                now = self.clock()
                if ref.size > limit:
                    outcomes[ref] = self._oversized(s, ref, uidvalidity, now)
                    continue
                if ref.key not in raws:
                    continue
                raw, reading = raws[ref.key], stream.next()
                ident = idents[ref.key]
                try:
                    with s.begin_nested():
                        outcomes[ref] = self._handle_in(s, raw, ref, uidvalidity, now, reading=reading, ident=ident, recorded=recorded)
                        write_if_new(s, recorded.get(ident.key))  # a new row: _handle_in keeps it there
                except OperationalError:
                    raise  # the database (locked, full, gone), not this message: the batch waits, nothing moves
                except Exception as exc:  # noqa: BLE001 - the loop boundary for one message: log, count, go on
                    recorded.pop(ident.key, None)  # its row, if new, went with the savepoint: ask the database
                    log.exception("message uid=%s key=%s failed: %s", ref.uid, ref.key, type(exc).__name__)
                    with s.begin_nested():
                        outcomes[ref] = self._failed(s, raw, ref, uidvalidity, exc, now)
        return outcomes

    def _handle_in(
        self, s: Session, raw: bytes, ref: MessageRef, uidvalidity: int, now: datetime, *,
        replay: bool = False, reading: Reading | None = None, ident: Identity | None = None,
        recorded: dict[str, InboundMessage | None] | None = None,
    ) -> tuple[str, str | None]:  # fmt: skip
        """`recorded`: the batch's rows by dedupe key, read in one statement (`intake_batches.recorded_rows`) and kept up to date here."""
        mb = self.cfg.mailbox
        ident = ident or identify(raw)
        if recorded is not None and ident.key in recorded:
            row = recorded[ident.key]
        else:
            row = s.scalar(select(InboundMessage).where(InboundMessage.dedupe_key == ident.key))
        if row is not None and row.status in FINAL and not replay:
            elsewhere = (row.folder, row.uidvalidity, row.source_key) != (self.inbox.folder, uidvalidity, ref.key)
            if elsewhere and not row.target_folder:
                self._remember_copy(s, row, ref, uidvalidity, now)  # it stays: remembered where it is
            return row.status, row.target_folder or STAY
        if row is None:
            row = self._new_row(ident, ref, uidvalidity, raw, now)
            s.add(row)  # inserted at the next flush, with what is learnt below: one INSERT, not an INSERT and UPDATEs
            if recorded is not None:
                recorded[ident.key] = row  # a second copy later in the batch finds it
        reading = reading or self._read_one(raw, now)
        if reading.over_budget is not None:
            self._quarantine(s, row, f"terlalu lama dibaca (lebih dari {_seconds(mb.read_budget):g} detik); dikarantina agar surel lain tetap diproses", now)
            return "quarantined", mb.quarantine_folder
        try:
            msg = reading.message()
        except UnparseableMessage as exc:
            self._quarantine(s, row, f"tidak dapat dibaca sebagai email: {exc}", now)
            return "quarantined", mb.quarantine_folder
        row.sender, row.subject, row.message_id = msg.from_addr, msg.subject[:1000], msg.message_id or row.message_id
        with s.no_autoflush:  # it reads our outbox and requests, never this pending row
            ctx, req = mail_context(s, self.cfg, msg)
        verdict = classify(msg, ctx)
        row.kind = verdict.kind.value
        if verdict.kind is Kind.QUARANTINE:
            self._quarantine(s, row, verdict.reason, now)
            return "quarantined", mb.quarantine_folder
        if req is not None:
            row.request_id = req.id
        self._keep_attachments(s, row, msg)
        ready = (reading.today, reading.fields) if reading.today and reading.fields else None
        status, reason = self.dispatcher.dispatch(s, msg, verdict, req, row, now, ready=ready)
        ours = belongs_to_sop(
            verdict.kind, request_found=req is not None, alerted=bool(verdict.alert),
            refers_to_our_mail=bool(ctx.our_referenced_ids) or status == "handled",
        )  # fmt: skip
        folder = mb.processed_folder if ours or mb.unrelated == "move" else None
        row.status, row.reason, row.target_folder = status, reason, folder
        log.info("uid=%s %s: %s (%s)%s", ref.uid, msg.message_id, verdict.kind.value, reason, "" if folder else ", stays")
        return status, folder or STAY

    # -- bookkeeping ------------------------------------------------------------------------

    def _first_look(self, uidvalidity: int) -> int:
        """The first pass against a folder: record what is already there as history, in one transaction."""
        refs = self.inbox.list_new(0)
        now = self.clock()
        count = 0
        with self.db.transaction() as s:
            for start in range(0, len(refs), LOOKUP_CHUNK):
                chunk = refs[start : start + LOOKUP_CHUNK]
                heads = self.inbox.headers_many(chunk)
                count += record_history(s, chunk, heads, folder=self.inbox.folder, uidvalidity=uidvalidity, now=now)
            last = max([0] + [r.uid for r in refs])
            s.add(MailboxCursor(folder=self.inbox.folder, uidvalidity=uidvalidity, last_uid=last, last_ok_at=now))
        return count

    def _known(self, refs: Sequence[MessageRef], uidvalidity: int) -> dict[str, Known]:
        """What is already recorded of these messages, by their place in the folder; no body is fetched."""
        found: dict[str, Known] = {}
        keys = [r.key for r in refs]
        with self.db.reading() as s:
            for start in range(0, len(keys), LOOKUP_CHUNK):
                rows = s.execute(
                    select(InboundMessage.source_key, InboundMessage.status, InboundMessage.target_folder, InboundMessage.moved_at)
                    .where(InboundMessage.folder == self.inbox.folder, InboundMessage.uidvalidity == uidvalidity)
                    .where(InboundMessage.source_key.in_(keys[start : start + LOOKUP_CHUNK]))
                )
                for key, status, target, moved_at in rows:
                    if found.get(key) is None or found[key].status not in FINAL:
                        found[key] = Known(status, target, moved_at)
        return found

    def _fields_for(self) -> frozenset[str]:
        """The tags and our Message-IDs of the requests a reply can give fields to (`classify.may_need_fields`):
        the reader reads no fields of other mail. Read once per batch; a request that enters such a
        state meanwhile only costs the dispatcher reading its reply's fields itself."""
        waiting = AccessRequest.state.in_(FIELDS_FROM_REPLIES)
        with self.db.reading() as s:
            numbers = s.scalars(select(AccessRequest.number).where(waiting)).all()
            ours = s.scalars(select(OutboxMail.message_id).join(AccessRequest, OutboxMail.request_id == AccessRequest.id).where(waiting)).all()
        return frozenset(numbers) | frozenset(ours)

    def _moved_unsaid(self, refs: Sequence[MessageRef], uidvalidity: int, after: int) -> None:
        """Moved on the server, but cut off before the move was recorded: no longer listed, so say so now.

        A committed message waiting for its move (target folder set, `moved_at` empty) that the
        listing should show but does not has left the folder: the MOVE went through and the cut came
        before the `moved_at` commit (or a person moved it). The listing shows every message above the
        cursor (IMAP), or every message (the Maildir, whose refs have UID 0)."""
        listed = {r.key for r in refs}
        with self.db.reading() as s:  # the partial index ix_inbound_message_unmoved: only the waiting rows are read
            waiting = s.execute(
                select(InboundMessage.source_key, InboundMessage.uidvalidity, InboundMessage.uid)
                .where(InboundMessage.folder == self.inbox.folder)
                .where(InboundMessage.target_folder.is_not(None), InboundMessage.moved_at.is_(None))
            ).all()
        gone = [
            key for key, validity, uid in waiting
            if validity == uidvalidity and (uid > after or uid == 0) and key not in listed
        ]  # fmt: skip
        if gone:
            with self.db.transaction() as s:
                mark_moved(s, self.inbox.folder, uidvalidity, gone, self.clock())
            log.info("%d message(s) moved before a cut were recorded as moved", len(gone))

    def _remember_copy(self, s: Session, row: InboundMessage, ref: MessageRef, uidvalidity: int, now: datetime) -> None:
        """A second copy of a message that stays: remembered at its own place, so it is never fetched again."""
        key = f"dup:{uidvalidity}:{self.inbox.folder}:{ref.key}"
        if s.scalar(select(InboundMessage.id).where(InboundMessage.dedupe_key == key)) is not None:
            return
        s.add(InboundMessage(
            dedupe_key=key, message_id=row.message_id, content_hash=row.content_hash, folder=self.inbox.folder,
            uidvalidity=uidvalidity, uid=ref.uid, source_key=ref.key, sender=row.sender, subject=row.subject, size=ref.size,
            raw=None, status=row.status, kind=row.kind, reason=f"salinan pesan #{row.id}", attempts=0,
            request_id=row.request_id, target_folder=row.target_folder, received_at=now, sent_at=row.sent_at,
        ))  # fmt: skip

    @staticmethod
    def _keep_attachments(s: Session, row: InboundMessage, msg: ParsedMessage) -> None:
        kept = msg.kept_attachments()
        if kept and row.id is None:
            insert_whole(s, row)  # their rows name the letter's id
        for name, att in kept:
            s.add(Attachment(message_id=row.id, filename=name, content_type=att.content_type, data=att.data))

    def move_committed(self, moves: dict[str, list[MessageRef]], uidvalidity: int, *, cursor: int | None = None) -> None:
        """Move what is committed, then say so (and save `cursor`) in one transaction: a cut in between
        only means moving it again, or finding it moved (`_moved_unsaid`)."""
        moved: list[str] = []
        for folder, refs in moves.items():
            if refs:
                self.inbox.move(refs, folder)
                moved += [r.key for r in refs]
        if moved or cursor is not None:
            with self.db.transaction() as s:
                mark_moved(s, self.inbox.folder, uidvalidity, moved, self.clock())
                if cursor is not None:
                    self._set_cursor(s, uidvalidity, cursor)

    def _cursor(self, uidvalidity: int) -> int | None:
        """The last UID worked in this folder; None before the first look (0 when the folder was made anew)."""
        with self.db.reading() as s:
            cur = s.get(MailboxCursor, self.inbox.folder)
            if cur is None:
                return None
            return cur.last_uid if cur.uidvalidity == uidvalidity else 0

    def _save_cursor(self, uidvalidity: int, last_uid: int) -> None:
        with self.db.transaction() as s:
            self._set_cursor(s, uidvalidity, last_uid)

    def _set_cursor(self, s: Session, uidvalidity: int, last_uid: int) -> None:
        now = self.clock()
        cur = s.get(MailboxCursor, self.inbox.folder)
        if cur is None:
            s.add(MailboxCursor(folder=self.inbox.folder, uidvalidity=uidvalidity, last_uid=last_uid, last_ok_at=now))
            return
        if cur.uidvalidity != uidvalidity and cur.uidvalidity != 0 and uidvalidity != 0:
            self._folder_reset(s, cur.uidvalidity, uidvalidity, now)
        cur.uidvalidity, cur.last_uid, cur.last_ok_at = uidvalidity, last_uid, now


def _seconds(value: float | str) -> float:
    """A duration from the loaded config (seconds), or a schema default still in its written form."""
    return parse_duration(value) if isinstance(value, str) else float(value)
