/** A glossary term: what a word or abbreviation of the handbook means here. Its title is the term, its summary the definition. */
import { z } from 'zod';
import { text } from './fields.ts';
import { pageFields } from './page.ts';

/** Frontmatter of a glossary term in `content/glossary/`. */
export const glossarySchema = z.strictObject({
  ...pageFields,
  /** The abbreviation readers meet in the handbook, e.g. `FTO`. */
  abbreviation: text.optional(),
  /** Other names for the same thing, e.g. `clearance search`. */
  also_called: z.array(text).default([]),
});

/** A glossary term's frontmatter after validation. */
export type GlossaryTerm = z.infer<typeof glossarySchema>;
