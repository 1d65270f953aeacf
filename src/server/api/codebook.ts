// A project's codebook and outcome document.
import { z } from 'zod';
import { MessageSchema } from './shared.ts';

export const CodebookListSchema = z.object({
  codebooks: z.array(z.object({ name: z.string(), title: z.string(), version: z.string().optional() })),
});
export type CodebookList = z.infer<typeof CodebookListSchema>;

export const SetCodebookSchema = z.union([
  z.object({ name: z.string().trim().min(1).max(120) }),
  z.object({ yaml: z.string().min(1).max(2_000_000) }),
]);
export type SetCodebook = z.infer<typeof SetCodebookSchema>;

export const CodebookViewSchema = z.object({
  source: z.object({ kind: z.enum(['shipped', 'yaml']), name: z.string() }),
  codebook: z.object({
    id: z.string(),
    title: z.string(),
    version: z.string().optional(),
    sections: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        covers: z.string(),
        topics: z.array(z.object({ id: z.string(), label: z.string(), description: z.string() })),
      }),
    ),
  }),
});
export type CodebookView = z.infer<typeof CodebookViewSchema>;

export const OutcomeViewSchema = z.object({
  name: z.string(),
  symbol: z.string(),
  /** True when the document does not state its symbol and none was given: citations use a stand-in. */
  symbolProvisional: z.boolean(),
  title: z.string(),
  size: z.number(),
  createdAt: z.string(),
  messages: z.array(MessageSchema),
});
export type OutcomeView = z.infer<typeof OutcomeViewSchema>;
