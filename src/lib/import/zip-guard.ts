// An .xlsx or .ods file is a zip archive: before the reader opens it, its parts are
// inflated here with a counter, so that a « zip bomb » (a few kilobytes that inflate to
// gigabytes) is refused after the limit instead of freezing the page. The sizes an
// archive declares are not trusted: the bytes are counted as they come out.
import { Unzip, UnzipInflate } from 'fflate';

/** Far above a real sheet of 5,000 rows (a few megabytes once inflated). */
export const MAX_INFLATED_BYTES = 80 * 1024 * 1024;

export type ZipCheck = { ok: true } | { ok: false; reason: 'too-big' | 'not-zip' };

export function checkZip(bytes: Uint8Array, max = MAX_INFLATED_BYTES): ZipCheck {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, reason: 'not-zip' };
  let total = 0;
  let tooBig = false;
  const unzip = new Unzip((file) => {
    file.ondata = (error, chunk) => {
      if (error) return;
      total += chunk.length;
      if (total > max && !tooBig) {
        tooBig = true;
        file.terminate();
      }
    };
    if (!tooBig) file.start();
  });
  unzip.register(UnzipInflate);
  try {
    // Pushed in slices so that the counter stops a bomb before it is all inflated.
    for (let at = 0; at < bytes.length && !tooBig; at += 65536) unzip.push(bytes.subarray(at, at + 65536), at + 65536 >= bytes.length);
  } catch {
    return { ok: false, reason: 'not-zip' };
  }
  return tooBig ? { ok: false, reason: 'too-big' } : { ok: true };
}
