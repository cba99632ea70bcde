/** Every rule the checker runs: the registry's entries, each paired with its check. */
import { RULES, type RuleName } from '../../../src/lib/rules.ts';
import type { Rule } from '../rule.ts';
import { agreementExpired } from './agreement-expired.ts';
import { agreementRenewalDue } from './agreement-renewal-due.ts';
import { brokenAnchor } from './broken-anchor.ts';
import { brokenLink } from './broken-link.ts';
import { criticalRoleWithoutBackup } from './critical-role-without-backup.ts';
import { criticalRoleWithoutSuccessor } from './critical-role-without-successor.ts';
import { departedOwner } from './departed-owner.ts';
import { departedReviewer } from './departed-reviewer.ts';
import { duplicateId } from './duplicate-id.ts';
import { externalLink } from './external-link.ts';
import { fileEncoding } from './file-encoding.ts';
import { fileName } from './file-name.ts';
import { frontmatter } from './frontmatter.ts';
import { handoverOverdue } from './handover-overdue.ts';
import { linkOutsideHandbook } from './link-outside-handbook.ts';
import { linkToUnpublished } from './link-to-unpublished.ts';
import { mdxSyntax } from './mdx-syntax.ts';
import { mdxUnknownComponent } from './mdx-unknown-component.ts';
import { mdxCode } from './mdx-code.ts';
import { milestoneOverdue } from './milestone-overdue.ts';
import { placeholderText } from './placeholder-text.ts';
import { agreementReviewOverdue } from './agreement-review-overdue.ts';
import { reviewActionOverdue } from './review-action-overdue.ts';
import { kpiNotMeasured } from './kpi-not-measured.ts';
import { disputeOverstayed } from './dispute-overstayed.ts';
import { obligationMissed } from './obligation-missed.ts';
import { reviewDateFuture } from './review-date-future.ts';
import { reviewDueSoon } from './review-due-soon.ts';
import { reviewOverdue } from './review-overdue.ts';
import { schema } from './schema.ts';
import { secret } from './secret.ts';
import { unknownPerson } from './unknown-person.ts';
import { unknownReference } from './unknown-reference.ts';
import { unsafeHtml } from './unsafe-html.ts';
import { unsafeLink } from './unsafe-link.ts';
import { unsafePath } from './unsafe-path.ts';
import { codeownersDrift } from './codeowners-drift.ts';
import { pageLimits } from './page-limits.ts';
import { valueCutByComment } from './value-cut-by-comment.ts';
import { reviewIntervalTooLong } from './review-interval-too-long.ts';
import { emptyLink } from './empty-link.ts';
import { undefinedLinkReference } from './undefined-link-reference.ts';
import { emptyHeadingId } from './empty-heading-id.ts';
import { anchorToDuplicateHeading } from './anchor-to-duplicate-heading.ts';
import { bidiControl } from './bidi-control.ts';
import { translationBehind } from './translation-behind.ts';

/** Each rule of the registry with its check; the type makes a rule without one a compile error. */
const CHECKS: Record<RuleName, Rule> = {
  fileEncoding,
  frontmatter,
  schema,
  fileName,
  unsafePath,
  mdxSyntax,
  mdxUnknownComponent,
  pageLimits,
  valueCutByComment,
  unknownPerson,
  departedOwner,
  departedReviewer,
  reviewOverdue,
  reviewDueSoon,
  reviewDateFuture,
  reviewIntervalTooLong,
  placeholderText,
  translationBehind,
  brokenLink,
  brokenAnchor,
  linkOutsideHandbook,
  emptyLink,
  undefinedLinkReference,
  emptyHeadingId,
  anchorToDuplicateHeading,
  unknownReference,
  duplicateId,
  criticalRoleWithoutBackup,
  criticalRoleWithoutSuccessor,
  handoverOverdue,
  agreementExpired,
  agreementRenewalDue,
  milestoneOverdue,
  agreementReviewOverdue,
  reviewActionOverdue,
  kpiNotMeasured,
  disputeOverstayed,
  obligationMissed,
  linkToUnpublished,
  mdxCode,
  unsafeHtml,
  unsafeLink,
  bidiControl,
  secret,
  externalLink,
  codeownersDrift,
};

/** Every rule the checker runs, in the registry's order. */
export const CHECKER_RULES: readonly Rule[] = (Object.keys(RULES) as RuleName[]).map((name) => CHECKS[name]);
