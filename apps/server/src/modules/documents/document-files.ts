import { documentTypes } from '@eshkol/contracts/documents';

export type DocumentType = (typeof documentTypes)[number];

const signatures: { type: DocumentType; bytes: number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/** The file's type by its first bytes, whatever name or header it came with; null when it is none we keep. */
export function sniffType(bytes: Uint8Array): DocumentType | null {
  return signatures.find((s) => s.bytes.every((b, i) => bytes[i] === b))?.type ?? null;
}

/** The types a request may declare: a kept type, or "some bytes" when the browser does not know. */
export function declaredType(header: string | undefined): DocumentType | 'unknown' | null {
  const type = (header ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === '' || type === 'application/octet-stream') return 'unknown';
  return (documentTypes as readonly string[]).includes(type) ? (type as DocumentType) : null;
}

const extensions: Record<DocumentType, string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
};

const maxNameLength = 150;

/**
 * A file name safe to store and to send back: the last path segment of the percent-decoded name,
 * without control or direction-override characters (which can disguise an extension) or characters
 * file systems refuse, at most 150 characters, ending in the extension of its real type.
 * Returns null when the header is not valid percent-encoded UTF-8.
 */
export function sanitizeFileName(header: string | undefined, type: DocumentType): string | null {
  let name = '';
  if (header) {
    try {
      name = decodeURIComponent(header);
    } catch {
      return null;
    }
  }
  name = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  name = name
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  let stem = extensions[type].includes(ext) ? name.slice(0, dot) : name;
  stem = [...stem].slice(0, maxNameLength).join('').trim() || 'document';
  return `${stem}.${extensions[type].includes(ext) ? ext : extensions[type][0]}`;
}

/** `attachment` with an ASCII fallback name and the exact UTF-8 name (RFC 6266, RFC 5987). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
