// The text of a CSV file: UTF-8 when it is (with or without its byte order mark), else
// Windows-1252, the encoding Excel writes « CSV (séparateur : point-virgule) » in on
// Windows; the person is told, since an accent read wrongly would be published.
export interface Decoded {
  text: string;
  /** The encoding was not UTF-8. */
  windows1252: boolean;
}

export function decodeText(bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), windows1252: false };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), windows1252: true };
  }
}
