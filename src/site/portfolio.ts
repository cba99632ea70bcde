/**
 * The partner portfolio's rows: every published agreement with its kind, owner, standing, renewal
 * notice date and health (KPI status counts, next milestone, next review, open disputes), worked out
 * once from the handbook model and the attention judgement's findings on each agreement.
 */
import { agreementStatus, type AgreementStatus } from '../lib/judging/agreement-status.ts';
import type { IsoDate } from '../lib/calendar.ts';
import type { Partner } from '../schemas/index.ts';
import { agreementHealth, type AgreementHealth } from './agreement-health.ts';
import { agreementStanding, type AgreementStanding } from './agreement-standing.ts';
import type { HandbookModel } from './handbook-model.ts';
import { entryKey, pageLink, type PageLink } from './page-link.ts';
import { party, type Party } from './parties.ts';
import { config, today } from './settings.ts';

/** One agreement as the portfolio lists it. */
export interface PortfolioRow {
  link: PageLink;
  partner: string;
  kind: Partner['kind'];
  owner: Party;
  status: AgreementStatus;
  standing: AgreementStanding;
  health: AgreementHealth;
  /** The next review: the one booked, or the day one is due by. */
  nextReview?: IsoDate;
}

/** Every published agreement, in title order. */
export function portfolio(model: HandbookModel): PortfolioRow[] {
  return model.partners.map((entry) => {
    const findings = model.attention.get(entryKey('partners', entry.id)) ?? [];
    const health = agreementHealth(entry.data, findings, today, `portfolio-${entry.id}`);
    const nextReview = health.schedule ? (health.schedule.booked ?? health.schedule.due) : undefined;
    return {
      link: pageLink(entry),
      partner: entry.data.partner,
      kind: entry.data.kind,
      owner: party(model, entry.data.owner),
      status: agreementStatus(entry.data, today, config.check.renewal_window),
      standing: agreementStanding(entry.data.status, findings),
      health,
      ...(nextReview && { nextReview }),
    };
  });
}
