import { gapInputSchema } from '@eshkol/contracts/measurement';
import { GapError, gapMeasures } from '@eshkol/engine/measurement/gaps';
import { readJsonInput } from './json-input';
import { UsageError } from './usage-error';

/**
 * `eshkol gaps FILE.json|-`: the gaps between authorities on one indicator in one period, as JSON
 * on stdout. Bad input (unreadable JSON, the wrong shape, values the engine refuses) exits with 2
 * and a message, the engine's in English and Hebrew.
 */
export async function runGaps(file: string): Promise<number> {
  const input = await readJsonInput(file, gapInputSchema, 'gaps');
  try {
    process.stdout.write(`${JSON.stringify(gapMeasures(input), null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof GapError)) throw error;
    throw new UsageError(`${error.code}: ${error.messages.en}\n${error.messages.he}`);
  }
}
