import { useMutation } from '@tanstack/react-query';
import { documentSchema, type DocumentInfo } from '@eshkol/contracts/documents';
import { problemSchema } from '@eshkol/contracts/errors';
import { i18n } from '../i18n/setup';
import { ApiError, ContractError } from '../lib/api-client';

export const documentsPath = '/api/v1/documents';
export const documentPath = (id: string) => `${documentsPath}/${encodeURIComponent(id)}`;

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/**
 * Uploads a document as the raw request body (its name percent-encoded in `x-file-name`). XHR
 * rather than fetch, because only XHR reports upload progress; `onProgress` gets 0…1.
 */
export function uploadDocument(file: File, onProgress?: (fraction: number) => void): Promise<DocumentInfo> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', documentsPath);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', i18n.language);
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new TypeError('network error'));
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status < 200 || xhr.status >= 300) {
        const problem = problemSchema.safeParse(body);
        reject(new ApiError(xhr.status, problem.success ? problem.data : null, xhr.statusText));
        return;
      }
      const parsed = documentSchema.safeParse(body);
      if (parsed.success) resolve(parsed.data);
      else reject(new ContractError(documentsPath, parsed.error.issues));
    };
    xhr.send(file);
  });
}

export function useUploadDocument() {
  return useMutation({ mutationFn: ({ file, onProgress }: { file: File; onProgress?: (fraction: number) => void }) => uploadDocument(file, onProgress) });
}
