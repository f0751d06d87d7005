import type { FastifyInstance } from 'fastify';
import { AppError, issue } from './errors';

/**
 * Control characters (U+0000–U+001F and U+007F, but tab, line feed and carriage return) have no
 * place in a name, a note or a search: PostgreSQL refuses U+0000 in text outright, and the others
 * hide in what a reader sees. Every JSON body, query and path is checked before its schema.
 */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}

/** The path of the first string within `value` that holds a control character (keys included), or null. */
export function controlCharacterAt(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return hasControlCharacter(value) ? path : null;
  // Bodies are bounded in size; a nesting this deep is refused by its schema anyway.
  if (typeof value !== 'object' || value === null || depth > 64 || Buffer.isBuffer(value)) return null;
  for (const [key, inner] of Object.entries(value)) {
    const at = hasControlCharacter(key) ? `${path}.${key}` : controlCharacterAt(inner, `${path}.${key}`, depth + 1);
    if (at) return at;
  }
  return null;
}

export function registerControlCharacterCheck(app: FastifyInstance) {
  app.addHook('preValidation', async (req) => {
    const at = controlCharacterAt(req.params, 'params') ?? controlCharacterAt(req.query, 'query') ?? controlCharacterAt(req.body, 'body');
    if (at) throw new AppError('VALIDATION_FAILED', [issue(at, 'control_character', 'control characters are not allowed in text')]);
  });
}
