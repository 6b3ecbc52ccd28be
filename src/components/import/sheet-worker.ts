// Reads a spreadsheet away from the page, so that a large or hostile file never freezes it:
// the reader (SheetJS) is only in this worker's bundle, loaded when a file is chosen.
import { readSpreadsheet, readText, type ReadResult } from '../../lib/import/read-sheet.ts';

export type SheetRequest = { bytes: Uint8Array; name: string } | { text: string };

self.onmessage = (event: MessageEvent<SheetRequest>) => {
  const request = event.data;
  let result: ReadResult;
  try {
    result = 'text' in request ? readText(request.text) : readSpreadsheet(request.bytes, request.name);
  } catch {
    result = { ok: false, message: 'Ce tableau n’a pas pu être lu : enregistrez-le de nouveau depuis votre tableur.' };
  }
  self.postMessage(result);
};
