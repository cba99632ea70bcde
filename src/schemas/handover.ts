/** A succession handover: what a departing person hands to their successor, and how far it has got. */
import { z } from 'zod';
import { isoDate, personId, roleId, text } from './fields.ts';
import { pageFields } from './page.ts';

/** Whether a checklist item has been handed over. */
const done = z.boolean();

/** A matter still open when the handover starts: a prosecution, a dispute, a renewal. */
export const openMatter = z.strictObject({
  /** What the matter is. */
  matter: text,
  /** Where it stands and what happens next. */
  note: text.optional(),
  /** Whether the successor has taken it over. */
  done,
});

/** Someone the successor must know. */
export const keyContact = z.strictObject({
  /** The contact's name. */
  name: text,
  /** Their organisation and why they matter. */
  note: text.optional(),
  /** Whether the successor has been introduced. */
  done,
});

/** A document the successor needs, and where it lives. */
export const handoverDocument = z.strictObject({
  /** The document's title. */
  title: text,
  /** Where it is kept: a system, a folder, a record number. */
  location: text,
  /** Whether the successor has it and understands it. */
  done,
});

/** A knowledge-transfer session between the departing person and the successor. */
export const transferSession = z.strictObject({
  /** What the session covers. */
  topic: text,
  /** When it is or was held, `YYYY-MM-DD`. */
  date: isoDate.optional(),
  /** Whether it has been held. */
  done,
});

/** Frontmatter of a handover page in `content/handovers/`. */
export const handoverSchema = z.strictObject({
  ...pageFields,
  /** The role being handed over. */
  role: roleId,
  /** The person leaving the role. */
  from: personId,
  /** The person taking it over. */
  to: personId,
  /** The day the handover must be complete, `YYYY-MM-DD`. */
  due: isoDate,
  /** `planned`, `in-progress` or `complete`. */
  state: z.enum(['planned', 'in-progress', 'complete']),
  /** Matters still open: pending prosecutions, disputes, renewals. */
  open_matters: z.array(openMatter).default([]),
  /** People the successor must be introduced to. */
  contacts: z.array(keyContact).default([]),
  /** Documents the successor needs and where they live. */
  documents: z.array(handoverDocument).default([]),
  /** Knowledge-transfer sessions, planned and held. */
  sessions: z.array(transferSession).default([]),
  /** The day of the exit interview, once it is booked or held. */
  exit_interview: isoDate.optional(),
  /** Who mentors the successor through the first months. */
  mentor: personId.optional(),
});

/** A handover's frontmatter after validation. */
export type Handover = z.infer<typeof handoverSchema>;
