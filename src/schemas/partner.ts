/** A partner agreement: a joint venture, alliance, licence or research collaboration and its terms. */
import { z } from 'zod';
import { interval, isoDate, personId, text } from './fields.ts';
import { pageFields } from './page.ts';

/** A target the partnership is measured against. */
export const kpi = z.strictObject({
  /** What is measured. */
  name: text,
  /** The value or trend that counts as success. */
  target: text,
});

/** Something due under the agreement by a date: a deliverable or a milestone. */
export const dueItem = z.strictObject({
  /** What is due. */
  name: text,
  /** When it is due, `YYYY-MM-DD`. */
  due: isoDate,
  /** Whether it has been delivered. */
  done: z.boolean(),
});

/** A licence granted under the agreement. */
export const licence = z.strictObject({
  /** Who grants the licence. */
  licensor: text,
  /** Who receives it. */
  licensee: text,
  /** What it covers: the patents, fields of use and territories. */
  scope: text,
  /** Whether the licensee is the only one who may use it in that scope. */
  exclusive: z.boolean(),
  /** Royalties or fees, in words; commercial figures belong on a confidential page. */
  terms: text.optional(),
});

/** Who owns and may use the intellectual property involved. */
export const ipTerms = z.strictObject({
  /** Who keeps the IP each party brings in. */
  background: text,
  /** Who owns the IP created under the agreement. */
  foreground: text,
  /** Licences granted in either direction. */
  licences: z.array(licence).default([]),
});

/** One step of the escalation path, from the working level up. */
export const escalationStep = z.strictObject({
  /** The level, e.g. `Partnership managers` or `Steering committee`. */
  level: text,
  /** Who is involved at this level, in words (both sides). */
  contact: text,
  /** Our person at this level, from the people directory. */
  person: personId.optional(),
  /** How long a dispute may sit at this level before it moves up: `10d`, `1m`. */
  within: interval.optional(),
});

/** Frontmatter of a partner agreement page in `content/partners/`. */
export const partnerSchema = z
  .strictObject({
    ...pageFields,
    /** The partner organisation's name. */
    partner: text,
    /** `joint-venture`, `strategic-alliance`, `licensing` or `research-collaboration`. */
    kind: z.enum(['joint-venture', 'strategic-alliance', 'licensing', 'research-collaboration']),
    /** The day the agreement took effect, `YYYY-MM-DD`. */
    start: isoDate,
    /** The day the agreement ends unless renewed, `YYYY-MM-DD`. */
    end: isoDate,
    /** How long before `end` a renewal or exit must be notified: `90d`, `6m`. */
    renewal_notice: interval,
    /** What the agreement covers, and what it leaves out. */
    scope: text,
    /** What both sides want out of it. */
    objectives: z.array(text).min(1, { message: 'must list at least one objective' }),
    /** How success is measured. */
    kpis: z.array(kpi).default([]),
    /** What each side delivers, by when. */
    deliverables: z.array(dueItem).default([]),
    /** Dated checkpoints of the agreement. */
    milestones: z.array(dueItem).default([]),
    /** How people, equipment, data and money are shared. */
    resources: text,
    /** Background IP, foreground IP and licences. */
    ip: ipTerms,
    /** Who a disagreement goes to, level by level. */
    escalation: z.array(escalationStep).min(1, { message: 'must have at least one level' }),
  })
  .superRefine((agreement, context) => {
    if (agreement.end < agreement.start) {
      context.addIssue({ code: 'custom', path: ['end'], message: 'must not be before `start`' });
    }
  });

/** A partner agreement's frontmatter after validation. */
export type Partner = z.infer<typeof partnerSchema>;
