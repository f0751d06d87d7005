import type { IssueCode } from '@eshkol/contracts/errors';
import type { FastifyInstance } from 'fastify';
import { AppError, issue } from './errors';

/**
 * Control characters (U+0000–U+001F and U+007F, but tab, line feed and carriage return) have no
 * place in a name, a note or a search: PostgreSQL refuses U+0000 in text outright, and the others
 * hide in what a reader sees. Every JSON body, query and path is checked before its schema, and
 * every cell of an imported file.
 */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}

/**
 * Half of a surrogate pair with no other half (JSON may write one as `\ud800`) is no character at
 * all: PostgreSQL refuses it in a JSON column, and a text column would keep a replacement mark.
 * With the `u` flag a whole pair is one code point, so this finds only the unpaired halves.
 */
const loneSurrogate = /\p{Cs}/u;

type TextFaultCode = Extract<IssueCode, 'control_character' | 'malformed_text'>;
type TextFault = { at: string; code: TextFaultCode };

/** What is wrong with a text, or null. */
function faultOf(text: string): TextFaultCode | null {
  if (hasControlCharacter(text)) return 'control_character';
  return loneSurrogate.test(text) ? 'malformed_text' : null;
}

/** The path of the first string within `value` that holds a control character or a lone surrogate (keys included), and which, or null. */
export function textFaultAt(value: unknown, path: string, depth = 0): TextFault | null {
  if (typeof value === 'string') {
    const code = faultOf(value);
    return code ? { at: path, code } : null;
  }
  // Bodies are bounded in size; a nesting this deep is refused by its schema anyway.
  if (typeof value !== 'object' || value === null || depth > 64 || Buffer.isBuffer(value)) return null;
  for (const [key, inner] of Object.entries(value)) {
    const keyCode = faultOf(key);
    const found = keyCode ? { at: `${path}.${key}`, code: keyCode } : textFaultAt(inner, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

const messages: Record<TextFaultCode, string> = {
  control_character: 'control characters are not allowed in text',
  malformed_text: 'the text holds half of a surrogate pair, which is not a character',
};

export function registerControlCharacterCheck(app: FastifyInstance) {
  app.addHook('preValidation', async (req) => {
    const found = textFaultAt(req.params, 'params') ?? textFaultAt(req.query, 'query') ?? textFaultAt(req.body, 'body');
    if (found) throw new AppError('VALIDATION_FAILED', [issue(found.at, found.code, messages[found.code])]);
  });
}
