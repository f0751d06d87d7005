import { parseArgs } from 'node:util';
import { DatabaseInUseError } from '../db/data-dir-lock';
import { UsageError } from './usage-error';

// Each command loads its own code when it runs: computing shares needs no database driver, no
// migrations and no password hashing, and starts in a fraction of the time.
const commands = {
  backup: () => import('./backup-command'),
  gaps: () => import('./gaps-command'),
  import: () => import('./import-command'),
  shareCosts: () => import('./share-costs-command'),
  tally: () => import('./tally-command'),
  user: () => import('./user-command'),
};

const usage = `Usage:
  eshkol import authorities FILE.csv [--dry-run]
  eshkol import clusters FILE.csv [--as-of YYYY[-MM[-DD]]] [--complete] [--dry-run]
  eshkol user create --email EMAIL --role ROLE [--cluster SLUG | --authority ID] [--name NAME]
        (the password is read from ESHKOL_PASSWORD, or one is generated and printed once)
  eshkol share-costs FILE.json|-
        (shares of a joint cost by the chosen methods, with savings and the core verdict, as JSON;
         the input format is in the README)
  eshkol gaps FILE.json|-
        (the gaps between authorities on one indicator in one period: spread, Gini, Theil, best and
         worst, as JSON; the input format is in the README)
  eshkol tally FILE.json|-
        (a body's vote counted by authority: quorum, counts and outcome by the body's rules, as JSON;
         the input format is in the README)
  eshkol backup FILE
  eshkol restore FILE [--force]
        (the embedded database, as one file, and back; while no server runs on it. --force replaces
         a database that is there, keeping it beside the folder. On PostgreSQL: pg_dump, pg_restore)

The database is the one the server uses: DATABASE_URL, or the PGlite folder ESHKOL_DATA_DIR (default ./.data),
which one process uses at a time: stop the server before a command that opens it.
Exit codes: 0 done, 2 bad input (nothing was changed), 3 the database is in use by another process
(nothing was changed), 1 other failure.`;

async function main(argv: string[]): Promise<number> {
  const [command, sub, ...rest] = argv;
  if (command === 'restore') {
    const { values, positionals } = parseArgs({ args: argv.slice(1), allowPositionals: true, options: { force: { type: 'boolean' } } });
    if (positionals.length === 1) return (await commands.backup()).runRestore(positionals[0]!, { force: values.force ?? false });
    throw new UsageError(usage);
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean' },
      complete: { type: 'boolean' },
      'as-of': { type: 'string' },
      email: { type: 'string' },
      role: { type: 'string' },
      cluster: { type: 'string' },
      authority: { type: 'string' },
      name: { type: 'string' },
    },
  });
  if (command === 'import' && (sub === 'authorities' || sub === 'clusters') && positionals.length === 1) {
    return (await commands.import()).runImport(sub, positionals[0]!, { dryRun: values['dry-run'] ?? false, complete: values.complete ?? false, asOf: values['as-of'] ?? null });
  }
  if (command === 'share-costs' && sub !== undefined && rest.length === 0) return (await commands.shareCosts()).runShareCosts(sub);
  if (command === 'gaps' && sub !== undefined && rest.length === 0) return (await commands.gaps()).runGaps(sub);
  if (command === 'tally' && sub !== undefined && rest.length === 0) return (await commands.tally()).runTally(sub);
  if (command === 'backup' && sub !== undefined && rest.length === 0) return (await commands.backup()).runBackup(sub);
  if (command === 'user' && sub === 'create') {
    return (await commands.user()).runUserCreate({ email: values.email, role: values.role, clusterSlug: values.cluster, authorityId: values.authority, displayName: values.name });
  }
  throw new UsageError(usage);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError) {
    console.error(e.message);
    process.exitCode = 2;
  } else if (e instanceof DatabaseInUseError) {
    console.error(e.message);
    process.exitCode = 3;
  } else {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  }
}
