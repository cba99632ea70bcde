/** A partner agreement: a joint venture, alliance, licence or research collaboration and its terms. */
import { z } from 'zod';
import { CADENCE_PATTERN } from '../lib/judging/cadence.ts';
import { looksNumeric, MEASURED_STATES, parseTarget } from '../lib/judging/kpi-status.ts';
import { interval, isoDate, personId, text } from './fields.ts';
import { pageFields } from './page.ts';

/** How often something recurs: `monthly`, `quarterly`, `half-yearly`, `yearly`, or an interval like `6w`. */
export const cadence = z.string().regex(CADENCE_PATTERN, { message: 'must be `monthly`, `quarterly`, `half-yearly`, `yearly` or an interval like `6w` or `2m`' });

/** One reading of a KPI. */
export const measurement = z.strictObject({
  /** The day it was measured, `YYYY-MM-DD`. */
  on: isoDate,
  /** The measured number, in the target's unit; required when the target is a number. */
  value: z.number().optional(),
  /** `on-track`, `at-risk` or `off-track`: required when the target is in words, worked out from `value` otherwise. */
  status: z.enum(MEASURED_STATES).optional(),
  /** What lies behind the number, in a line. */
  note: text.optional(),
});

/** A target the partnership is measured against, and how it has measured up. */
export const kpi = z.strictObject({
  /** What is measured. */
  name: text,
  /** What counts as success: a number with a direction and a unit (`>= 92 %`, `at most 10 days`), or words. */
  target: text,
  /** How far a value may miss a number target and count as at risk rather than off track, in the target's unit; a tenth of the target by default. */
  tolerance: z.number().nonnegative().optional(),
  /** Readings of the KPI, each with its day. */
  measurements: z.array(measurement).default([]),
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

/** Something to do that a review decided. */
export const reviewAction = z.strictObject({
  /** What is to be done. */
  action: text,
  /** Who does it, from the people directory. */
  owner: personId,
  /** When it is due, `YYYY-MM-DD`. */
  due: isoDate,
  /** Whether it has been done. */
  done: z.boolean(),
});

/** A review meeting of the partnership: a steering committee, a quarterly business review. */
export const partnershipReview = z.strictObject({
  /** The day it was held (or, when later than today, is booked for), `YYYY-MM-DD`. */
  on: isoDate,
  /** What kind of meeting it was: `Quarterly business review`, `Steering committee`. */
  meeting: text,
  /** Who attended from our side, from the people directory. */
  attendees: z.array(personId).default([]),
  /** Who attended from the partner's side, in words. */
  partner_attendees: z.array(text).default([]),
  /** What was decided, one line each. */
  decisions: z.array(text).default([]),
  /** What was agreed to be done, by whom and by when. */
  actions: z.array(reviewAction).default([]),
});

/** A disagreement with the partner and where it sits on the escalation path. */
export const dispute = z.strictObject({
  /** What the disagreement is about, in a line. */
  summary: text,
  /** The day it was raised, `YYYY-MM-DD`. */
  opened: isoDate,
  /** The step of `escalation` it sits at now, counting from 1 for the first. */
  level: z.number().int().min(1, { message: 'must be 1 or more: levels count from 1' }),
  /** The day it reached its current level, `YYYY-MM-DD`; `opened` by default. */
  level_since: isoDate.optional(),
  /** `open`, or `resolved` once settled. */
  state: z.enum(['open', 'resolved']),
  /** The day it was settled, `YYYY-MM-DD`; required once `state` is `resolved`. */
  resolved_on: isoDate.optional(),
  /** How it was settled, or where it stands, in a line. */
  outcome: text.optional(),
});

/** The kinds of dated obligation an agreement carries. */
export const OBLIGATION_KINDS = ['royalty-report', 'payment', 'audit', 'publication-review', 'reporting', 'notice', 'other'] as const;

/** A dated duty under the agreement, once or recurring: a royalty report, a payment, an audit window. */
export const obligation = z.strictObject({
  /** What is owed: `Quarterly royalty report`, `Review of a draft paper`. */
  name: text,
  /** `royalty-report`, `payment`, `audit`, `publication-review`, `reporting`, `notice` or `other`. */
  kind: z.enum(OBLIGATION_KINDS),
  /** Who owes it: `partner`, `us`, or for a joint venture the `joint-venture` company itself. */
  owed_by: z.enum(['partner', 'us', 'joint-venture']),
  /** Our person who sees that it is met (or chases the partner), from the people directory. */
  owner: personId,
  /** When it is due, `YYYY-MM-DD`; for a recurring obligation, the first time. */
  due: isoDate,
  /** How often it recurs after `due`: `monthly`, `quarterly`, `half-yearly`, `yearly` or an interval; leave out for a one-off. */
  every: cadence.optional(),
  /** The last day a recurring obligation can fall due, `YYYY-MM-DD`; the agreement's `end` by default. */
  until: isoDate.optional(),
  /** The due date of the latest time it was met: every time due up to this day is done. */
  done_through: isoDate.optional(),
  /** What it involves, in a line. */
  note: text.optional(),
});

/** A way to end the agreement early, and the notice it takes. */
export const terminationRight = z.strictObject({
  /** Who may use it: `either`, `us` or `partner`. */
  who: z.enum(['either', 'us', 'partner']),
  /** The notice to give (for cause: the time the other side has to put the breach right): `90d`, `6m`; none means at once. */
  notice: interval.optional(),
  /** When it applies, in words. */
  terms: text,
});

/** How the agreement can end early, and what happens to IP, licences and data when it ends. */
export const exitTerms = z.strictObject({
  /** Ending the agreement without a breach; leave out when the agreement does not allow it. */
  for_convenience: terminationRight.optional(),
  /** Ending it for a breach, insolvency or a change of control. */
  for_cause: terminationRight,
  /** What happens to each side's background IP. */
  background_ip: text,
  /** What happens to IP created under the agreement. */
  foreground_ip: text,
  /** Which licences end, survive or change, and any sell-off period. */
  licences: text,
  /** What happens to shared data and confidential information: returned, destroyed, kept. */
  data: text,
  /** Who files, pays for, licenses and enforces jointly made inventions afterwards. */
  joint_inventions: text,
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
    /** How often the partnership is reviewed and its KPIs measured: `quarterly`, `half-yearly`, `6w`. */
    review_cadence: cadence.optional(),
    /** The review meetings held, each with its decisions and actions. */
    reviews: z.array(partnershipReview).default([]),
    /** Disagreements with the partner, open and settled. */
    disputes: z.array(dispute).default([]),
    /** Dated duties of either side: reports, payments, audits, publication reviews. */
    obligations: z.array(obligation).default([]),
    /** How the agreement can end early, and what happens on exit. */
    exit: exitTerms.optional(),
  })
  .superRefine((agreement, context) => {
    const issue = (path: (string | number)[], message: string) => context.addIssue({ code: 'custom', path, message });
    if (agreement.end < agreement.start) issue(['end'], 'must not be before `start`');
    agreement.kpis.forEach((kpi, index) => {
      const numeric = parseTarget(kpi.target);
      if (!numeric && looksNumeric(kpi.target)) issue(['kpis', index, 'target'], 'must be a number target like `>= 95 %` or `<= 10 days`, or words that do not start with `<` or `>`');
      if (!numeric && kpi.tolerance !== undefined) issue(['kpis', index, 'tolerance'], 'applies only to a number target such as `>= 95 %`; remove it');
      kpi.measurements.forEach((reading, at) => {
        if (numeric && reading.value === undefined) issue(['kpis', index, 'measurements', at], 'needs a `value`: the target is a number');
        if (numeric && reading.status !== undefined) issue(['kpis', index, 'measurements', at, 'status'], 'must be left out: the status of a number target is worked out from `value`');
        if (!numeric && reading.status === undefined) issue(['kpis', index, 'measurements', at], 'needs a `status` (`on-track`, `at-risk` or `off-track`): a target in words cannot be judged from a value');
      });
    });
    agreement.disputes.forEach((dispute, index) => {
      if (dispute.level > agreement.escalation.length) issue(['disputes', index, 'level'], `must be a step of \`escalation\`, from 1 to ${agreement.escalation.length}`);
      if (dispute.level_since !== undefined && dispute.level_since < dispute.opened) issue(['disputes', index, 'level_since'], 'must not be before `opened`');
      if (dispute.state === 'resolved' && dispute.resolved_on === undefined) issue(['disputes', index], 'needs `resolved_on` once `state` is `resolved`');
      if (dispute.state === 'open' && dispute.resolved_on !== undefined) issue(['disputes', index, 'resolved_on'], 'must be removed while `state` is `open`');
      if (dispute.resolved_on !== undefined && dispute.resolved_on < dispute.opened) issue(['disputes', index, 'resolved_on'], 'must not be before `opened`');
    });
    agreement.obligations.forEach((obligation, index) => {
      if (obligation.owed_by === 'joint-venture' && agreement.kind !== 'joint-venture') issue(['obligations', index, 'owed_by'], 'can be `joint-venture` only in a joint venture; use `partner` or `us`');
      if (obligation.every === undefined && obligation.until !== undefined) issue(['obligations', index, 'until'], 'applies only to a recurring obligation; add `every`, or remove it');
      if (obligation.until !== undefined && obligation.until < obligation.due) issue(['obligations', index, 'until'], 'must not be before `due`');
      if (obligation.done_through !== undefined && obligation.done_through < obligation.due) issue(['obligations', index, 'done_through'], 'must not be before `due`: it is the due date of the latest time the obligation was met');
    });
  });

/** A partner agreement's frontmatter after validation. */
export type Partner = z.infer<typeof partnerSchema>;
