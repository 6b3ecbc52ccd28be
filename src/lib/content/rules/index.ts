// The checks that need only one record, in the order their messages read best.
import { communeConsistency } from './commune.ts';
import { coordinatesInDepartement } from './coordinates.ts';
import { bodyImages } from './body-images.ts';
import { eventOffset } from './event-offset.ts';
import { personalEmail } from './personal-email.ts';
import { plainSummary } from './plain-summary.ts';
import { testimonyBody } from './testimony-body.ts';
import type { RecordRule } from './types.ts';

export { placeholderProblems } from './placeholder.ts';
export { referencedRecords, referenceProblems, type Referencing } from './references.ts';

export const RECORD_RULES: readonly RecordRule[] = [plainSummary, personalEmail, communeConsistency, coordinatesInDepartement, eventOffset, testimonyBody, bodyImages];
