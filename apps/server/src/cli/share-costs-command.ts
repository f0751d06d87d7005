import fs from 'node:fs';
import { costSharingInputSchema } from '@eshkol/contracts/cost-sharing';
import { EngineError, isInternalError, shareCosts } from '@eshkol/engine';
import { UsageError } from './usage-error';

async function readInput(file: string): Promise<string> {
  if (file !== '-') {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch (error) {
      throw new UsageError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `eshkol share-costs FILE.json|-`: the engine on a JSON game, the result as JSON on stdout, and a
 * line on stderr for each method that could not be computed (the result lists them too). Exits
 * with 0 when at least one method was computed; bad input (unreadable JSON, a schema violation, a
 * game the engine refuses) with 2; a failure of the engine itself (its solver) with 1.
 */
export async function runShareCosts(file: string): Promise<number> {
  const text = await readInput(file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`The input is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = costSharingInputSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(input)'}: ${i.message}`);
    throw new UsageError(`The input does not match the cost-sharing format:\n${lines.join('\n')}`);
  }
  try {
    const result = await shareCosts(parsed.data);
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
