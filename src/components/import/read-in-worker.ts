// Hands a file (or pasted cells) to the worker and waits for its sheets; a worker that
// takes too long is stopped, and the person is told.
import type { ReadResult } from '../../lib/import/read-sheet.ts';
import type { SheetRequest } from './sheet-worker.ts';

const TIMEOUT_MS = 60_000;

export function readInWorker(request: SheetRequest): Promise<ReadResult> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./sheet-worker.ts', import.meta.url), { type: 'module' });
    const done = (result: ReadResult) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () =>
        done({ ok: false, message: 'La lecture du tableau prend trop de temps : elle a été arrêtée. Essayez avec un fichier plus petit.' }),
      TIMEOUT_MS,
    );
    worker.onmessage = (event: MessageEvent<ReadResult>) => done(event.data);
    worker.onerror = () => done({ ok: false, message: 'Ce tableau n’a pas pu être lu : enregistrez-le de nouveau depuis votre tableur.' });
    worker.postMessage(request, 'bytes' in request ? [request.bytes.buffer] : []);
  });
}
