// What the form sends, checked before anything else is done with it.
import { z } from 'astro/zod';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { SLUG_PATTERN } from '../../src/schemas/shared/text.ts';

/** Who proposes: all optional, the contact only with the person's consent. */
export const proposerSchema = z
  .object({
    name: z.string().max(120).optional(),
    contact: z.string().max(200).optional(),
    /** The person agreed that the team sees their contact details (in the private follow-up issue, never the pull request). */
    consent: z.boolean().default(false),
  })
  .optional();

export const proposalSchema = z
  .object({
    collection: z.enum(COLLECTIONS),
    slug: z.string().max(100).regex(SLUG_PATTERN),
    /** The whole record file: YAML header and body, as the form produced it. */
    text: z.string().min(1),
    /** True when the proposal changes a record that exists. */
    edit: z.boolean().default(false),
    proposer: proposerSchema,
    note: z.string().max(2000).optional(),
    /** Honeypot: hidden from people, filled by robots. */
    website: z.string().max(500).optional(),
    altcha: z.string().max(10_000),
  })
  .strict();

export type Proposal = z.output<typeof proposalSchema>;
