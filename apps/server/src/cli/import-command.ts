import fs from 'node:fs';
import { asOfSchema } from '@eshkol/contracts/common';
import { AppError, toProblem } from '../platform/errors';
import { withServices } from './cli-context';

export async function runImport(kind: 'authorities' | 'clusters', file: string, opts: { dryRun: boolean; complete: boolean; asOf: string | null }) {
  if (!fs.existsSync(file)) {
    console.error(`No such file: ${file}`);
    return 2;
  }
  if (opts.asOf && !asOfSchema.safeParse(opts.asOf).success) {
    console.error(`--as-of must be YYYY, YYYY-MM or YYYY-MM-DD, not "${opts.asOf}"`);
    return 2;
  }
  const bytes = fs.readFileSync(file);
  try {
    const result = await withServices((s) =>
      kind === 'authorities' ? s.imports.importAuthorities(bytes, null, opts) : s.imports.importClusters(bytes, null, opts),
    );
    console.log(JSON.stringify(result, null, 2));
    return 0;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    const problem = toProblem(e.code, 'en', e.issues);
    console.error(`${file}: ${problem.detail}`);
    for (const i of problem.issues ?? []) console.error(`  line ${i.line ?? '-'}: ${i.path}: ${i.message}`);
    return 2;
  }
}
