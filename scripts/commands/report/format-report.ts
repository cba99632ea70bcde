/**
 * Prints the report: Markdown with one section per owner, each fit to be the body of that owner's
 * tracking issue on its own, or JSON for automation (the same bodies included).
 */
import { RULE_LIST, type RuleGroup } from '../../../src/lib/rules.ts';
import { forgeUrl } from '../../../src/lib/printing/forge-url.ts';
import { countOf } from '../../../src/lib/printing/wording.ts';
import type { AttentionItem, OwnerAttention } from './needs-attention.ts';

/** Where the report links to: the forge's edit page of each file. */
export interface ReportLinks {
  /** `site.edit_url`: a file's path is appended. */
  editUrl: string;
}

/** The report's sections, one per group of rules that can need attention; each lists its group's rules. */
const SECTION_TITLES: Partial<Record<RuleGroup, string>> = { review: 'Reviews', owners: 'People who have left', succession: 'Succession', partners: 'Partner agreements' };
const SECTIONS = Object.entries(SECTION_TITLES).map(([group, title]) => ({ title, kinds: RULE_LIST.filter((rule) => rule.group === group).map((rule) => rule.id) }));

/** The title of an owner's tracking issue. The scheduled workflow finds last week's issue by it. */
export function issueTitle(owner: OwnerAttention): string {
  return `Handbook upkeep: ${owner.owner}`;
}

/** The body of an owner's tracking issue: a checklist of what needs attention, by section. */
export function issueBody(owner: OwnerAttention, today: string, links: ReportLinks): string {
  const who = owner.handles.length > 0 ? owner.handles.join(' ') : `\`${owner.owner}\``;
  const lines = [`What needs attention in the handbook for ${who} (${owner.name}), as of ${today}.`];
  if (owner.left) lines.push('', `> [!WARNING]\n> \`${owner.owner}\` left on ${owner.left}. Their pages need a new owner: \`npm run handover -- --from ${owner.owner} --to <person>\`.`);
  for (const section of SECTIONS) {
    const items = owner.items.filter((item) => !item.known && section.kinds.includes(item.kind));
    if (items.length === 0) continue;
    lines.push('', `### ${section.title}`, '', ...items.map((item) => checklistLine(item, links)));
  }
  const known = owner.items.filter((item) => item.known);
  if (known.length > 0) lines.push('', '### Known problems from the import', '', ...known.map((item) => checklistLine(item, links)));
  lines.push('', 'This issue is rewritten every week from the handbook itself: an item goes away once its page is fixed, and the issue closes when nothing is left.');
  return `${lines.join('\n')}\n`;
}

/** Every owner's section, each headed by the owner and followed by their issue body. */
export function formatMarkdown(owners: readonly OwnerAttention[], today: string, links: ReportLinks): string {
  if (owners.length === 0) return `Nothing in the handbook needs attention as of ${today}.\n`;
  const count = owners.reduce((sum, owner) => sum + owner.items.length, 0);
  const parts = [`# Handbook upkeep, ${today}\n\n${countOf(count, 'thing')} to look at for ${countOf(owners.length, 'owner')}.\n`];
  for (const owner of owners) parts.push(`## ${owner.name} (\`${owner.owner}\`)\n\n${issueBody(owner, today, links)}`);
  return parts.join('\n');
}

/** The report as stable JSON: the day, the windows, and per owner the items, the issue title and body. */
export function formatJson(owners: readonly OwnerAttention[], meta: { today: string; dueSoon: string; renewal: string }, links: ReportLinks): string {
  const report = {
    today: meta.today,
    windows: { due_soon: meta.dueSoon, renewal: meta.renewal },
    owners: owners.map((owner) => ({ ...owner, left: owner.left ?? null, issue: { title: issueTitle(owner), body: issueBody(owner, meta.today, links) } })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

function checklistLine(item: AttentionItem, links: ReportLinks): string {
  const link = `[${escapeMarkdown(item.title)}](${forgeUrl(links.editUrl, item.path)})`;
  return `- [ ] ${link}: ${item.message}; ${item.action}.`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\[\]*_`<>])/g, '\\$1');
}
