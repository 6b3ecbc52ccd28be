// The relay's JSON answer, as the form reads it.

/** `url` of the pull request, or `error` (French) and `problems`. */
export interface RelayAnswer {
  url?: string;
  number?: number;
  error?: string;
  problems?: Array<{ line: number; field?: string; message: string }>;
}

export type Answer = (status: number, body: RelayAnswer, headers?: Record<string, string>) => Response;
