import { costSharingInputSchema } from '@eshkol/contracts/cost-sharing';
import { EngineError, isInternalError, shareCosts } from '@eshkol/engine';
import { readJsonInput } from './json-input';
import { UsageError } from './usage-error';

/**
 * `eshkol share-costs FILE.json|-`: the engine on a JSON game, the result as JSON on stdout, and a
 * line on stderr for each method that could not be computed (the result lists them too). Exits
 * with 0 when at least one method was computed; bad input (unreadable JSON, a schema violation, a
 * game the engine refuses) with 2; a failure of the engine itself (its solver) with 1.
 */
export async function runShareCosts(file: string): Promise<number> {
  const input = await readJsonInput(file, costSharingInputSchema, 'cost-sharing');
  try {
    const result = await shareCosts(input);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    for (const f of result.failures) process.stderr.write(`${f.method} was not computed: ${f.code}: ${f.message.en}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    const message = `${error.code}: ${error.messages.en}\n${error.messages.he}`;
    // Not the input's fault: the exit code of any other failure, never the one of bad input.
    throw isInternalError(error.code) ? new Error(message) : new UsageError(message);
  }
}
