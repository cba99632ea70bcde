/**
 * The sentences `npm run new` writes where an author has to write their own. They live here, once:
 * the templates write them, and reading a page finds them left in it (the `placeholder-text` rule).
 * Every one starts with `Say `, so a page without that word is passed over at no cost.
 */

/** The placeholder sentences of the page templates, by what they ask for. */
export const PLACEHOLDERS = {
  summary: 'Say in one or two sentences what this page is for.',
  playbookPurpose: 'Say what this playbook is for and when to use it.',
  firstStep: 'Say what happens first, and who does it.',
  nextStep: 'Say what happens next.',
  whoToAsk: 'Say who can help when a step is unclear.',
  responsibility: 'Say what the holder answers for, one line each.',
  roleReason: 'Say why the role exists and what would stop without it.',
  standingIn: 'Say what a backup needs to know on their first day in the role.',
  handoverReason: 'Say why the role changes hands, and by when.',
  handoverEssentials: 'Say what the successor must know in their first week.',
  scope: 'Say what the agreement covers, and what it leaves out.',
  objective: 'Say what both sides want out of it.',
  resources: 'Say how people, equipment, data and money are shared.',
  backgroundIp: 'Say who keeps the IP each party brings in.',
  foregroundIp: 'Say who owns the IP created under the agreement.',
  escalationContact: "Say who both sides' contacts are at this level.",
  partnerIntroduction: 'Say who the partner is and why we work with them.',
  partnerMeasure: 'Say how both sides know the partnership works.',
  partnerRhythm: 'Say who meets when: the review meetings at the cadence above, and anything in between.',
  exitForCause: 'Say what lets either side end the agreement for a breach, and how long the other has to put it right.',
  exitBackgroundIp: "Say what happens to each side's background IP on exit.",
  exitForegroundIp: 'Say who keeps the IP created under the agreement.',
  exitLicences: 'Say which licences end, survive or change, and any sell-off period.',
  exitData: 'Say what happens to shared data and confidential information.',
  exitJointInventions: 'Say who files, pays for, licenses and enforces joint inventions afterwards.',
} as const;

/** The prompt of a person page, which names the person. */
export function personPlaceholder(name: string): string {
  return `Say what ${name} works on and what to ask them about.`;
}

/** A placeholder sentence found in a text, at `index` (UTF-16 code units from the start). */
export interface FoundPlaceholder {
  index: number;
  sentence: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PERSON_PATTERN = escape(personPlaceholder('\u0000')).replace('\u0000', '[^\\n]{1,200}?');
const PATTERN = new RegExp([...Object.values(PLACEHOLDERS).map(escape), PERSON_PATTERN].join('|'), 'g');

/** Every placeholder sentence in `text`, in order. */
export function findPlaceholders(text: string): FoundPlaceholder[] {
  if (!text.includes('Say ')) return [];
  return [...text.matchAll(PATTERN)].map((match) => ({ index: match.index, sentence: match[0] }));
}
