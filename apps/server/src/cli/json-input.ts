import fs from 'node:fs';
import type { z } from 'zod';
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

/** A command's JSON input from a file or stdin (`-`), parsed and checked against its schema; bad input is a usage error (exit 2). */
export async function readJsonInput<S extends z.ZodType>(file: string, schema: S, format: string): Promise<z.infer<S>> {
  const text = await readInput(file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`The input is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(input)'}: ${i.message}`);
    throw new UsageError(`The input does not match the ${format} format:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
