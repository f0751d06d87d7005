import { tallyInputSchema } from '@eshkol/contracts/governance';
import { TallyError, tallyVote } from '@eshkol/engine';
import { readJsonInput } from './json-input';
import { UsageError } from './usage-error';

/**
 * `eshkol tally FILE.json|-`: a body's vote counted by authority — quorum, counts and outcome by
 * the body's rules — as JSON on stdout. Bad input (unreadable JSON, the wrong shape, a ballot the
 * rules cannot count) exits with 2 and a message in English and Hebrew.
 */
export async function runTally(file: string): Promise<number> {
  const input = await readJsonInput(file, tallyInputSchema, 'tally');
  try {
    process.stdout.write(`${JSON.stringify(tallyVote(input), null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof TallyError)) throw error;
    throw new UsageError(`${error.code} (${error.fault}): ${error.messages.en}\n${error.messages.he}`);
  }
}
