-- A mistaken or unneeded allocation is corrected by a new entry that takes it back.
ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_kind;
--> statement-breakpoint
ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_kind CHECK (kind IN ('allocate', 'withdraw', 'commit', 'release', 'pay'));
