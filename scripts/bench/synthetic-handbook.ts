/**
 * Writes a deterministic synthetic handbook of N pages for the benchmarks: realistic frontmatter,
 * 300 to 1,500 words a page, 3 to 10 internal links each (relative files, site paths, anchors,
 * reference-style), and about 1% deliberately broken links and anchors, recorded with their exact
 * positions in `ground-truth.json`. The same N and shape always give the same files, byte for byte.
 *
 * Two shapes: `even` spreads the pages over the types (70% playbooks, 15% roles, 5% handovers, 10%
 * partners) in flat folders; `nested` is the shape of most real handbooks: nearly every page a
 * playbook, in folders two to four levels deep, linked by relative paths across folders and some
 * by site paths, and with what real pages hold beside the handbook's own links: web addresses,
 * e-mail addresses, passwords mentioned in passing.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { slug } from 'github-slugger';

/** One deliberately broken link, where it is and why it is broken. */
export interface PlantedBreak {
  file: string;
  line: number;
  column: number;
  url: string;
  kind: 'missing-page' | 'missing-anchor';
}

/** What was written. */
export interface SyntheticHandbook {
  root: string;
  pages: number;
  files: string[];
  planted: PlantedBreak[];
  bytes: number;
}

const WORDS = (
  'patent licence partner review invention disclosure triage market legal counsel handover successor milestone ' +
  'prosecution filing priority claim portfolio renewal deadline royalty territory field exclusive background ' +
  'foreground knowledge transfer session mentor docket opposition examiner citation prior art novelty inventive ' +
  'step freedom operate launch product roadmap customer segment pricing alliance venture steering committee ' +
  'escalation mediation agreement scope deliverable objective measure feedback improvement region timezone ' +
  'asynchronous meeting notes decision owner backup record system folder template checklist training'
).split(' ');

const HEADINGS = [
  'Why this matters', 'Who does what', 'Before you start', 'Step by step', 'Decision points', 'Common pitfalls',
  'Working across time zones', 'Records to keep', 'Escalation levels', 'Measuring success', 'Examples from practice',
  'When things go wrong', 'Checklist', 'Related reading', 'Handing it over', 'Review questions',
];

const PUNCTUATED_HEADINGS = [
  "Who it's for -- and why",
  'The "final" check... and after',
  'Owners -- backups --- successors',
  "Don't skip the review's notes",
];

/** A small seeded generator (Park–Miller), so every run writes the same handbook. */
function random(seed: number) {
  let state = seed % 2147483647 || 1;
  const next = () => (state = (state * 16807) % 2147483647) / 2147483647;
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
  };
}

/** How the pages are spread over types and folders. */
export const HANDBOOK_SHAPES = ['even', 'nested'] as const;
/** One of `HANDBOOK_SHAPES`. */
export type HandbookShape = (typeof HANDBOOK_SHAPES)[number];

/** Areas of work, the first level of a nested handbook's playbook folders. */
const AREAS = ['prosecution', 'licensing', 'portfolio', 'litigation', 'operations', 'research', 'partnerships', 'onboarding'];

interface PlannedPage {
  collection: 'playbooks' | 'roles' | 'handovers' | 'partners';
  /** Its folder under `content/`: `playbooks`, or `playbooks/licensing/royalty-12` when nested. */
  folder: string;
  id: string;
  headings: string[];
}

/** Writes a handbook of `pages` pages under `root` (emptied first), `even` unless another shape is asked for. */
export function writeSyntheticHandbook(root: string, pages: number, { seed = 42, shape = 'even', breaks = true }: { seed?: number; shape?: HandbookShape; breaks?: boolean } = {}): SyntheticHandbook {
  rmSync(root, { recursive: true, force: true });
  const rng = random(seed);
  const folders = shape === 'nested' ? nestedFolders(random(seed + 1), Math.max(4, Math.round(pages / 25))) : [];
  const peopleCount = Math.max(10, Math.round(pages / 50));
  const people = Array.from({ length: peopleCount }, (_, index) => `person-${String(index + 1).padStart(5, '0')}`);
  const teams = ['ip-legal', 'rnd', 'marketing', 'business-development', 'knowledge'];

  const planned: PlannedPage[] = Array.from({ length: pages }, (_, index) => {
    const roll = index % 20;
    const collection = shape === 'nested' ? (index % 25 === 24 ? 'roles' : 'playbooks') : roll < 14 ? 'playbooks' : roll < 17 ? 'roles' : roll < 18 ? 'handovers' : 'partners';
    const headingCount = rng.int(3, 8);
    const headings = Array.from({ length: headingCount }, (_, h) => `${rng.pick(HEADINGS)} ${h + 1}`);
    const folder = collection === 'playbooks' && shape === 'nested' ? folders[index % folders.length]! : collection;
    return { collection, folder, id: `${collection.slice(0, -1)}-${String(index + 1).padStart(5, '0')}`, headings };
  });
  const roleIds = planned.filter((page) => page.collection === 'roles').map((page) => page.id);

  for (const folder of ['playbooks', 'roles', 'handovers', 'partners', 'people', ...folders]) mkdirSync(join(root, 'content', folder), { recursive: true });
  writeFileSync(join(root, 'baton.config.yml'), `site:\n  title: Synthetic handbook\nteams:\n${teams.map((team) => `  ${team}:\n    name: ${team}\n`).join('')}`);

  const files: string[] = [];
  let bytes = 0;
  const write = (relative: string, text: string) => {
    writeFileSync(join(root, relative), text);
    files.push(relative);
    bytes += Buffer.byteLength(text);
  };

  people.forEach((id, index) => {
    write(`content/people/${id}.md`, `---\nname: Person ${index + 1}\nteam: ${teams[index % teams.length]}\nregion: emea\ntimezone: Europe/London\nhandle: '@${id}'\nstatus: active\n---\n\nA sample person.\n`);
  });

  const planted: PlantedBreak[] = [];
  for (const page of planned) {
    const file = `content/${page.folder}/${page.id}.md`;
    const frontmatter = frontmatterFor(page, rng, people, teams, roleIds);
    const lines = frontmatter.split('\n');
    const body: string[] = [];
    const definitions: string[] = [];
    const linkCount = rng.int(3, 10);
    const wordBudget = rng.int(300, 1500);
    const perSection = Math.ceil(wordBudget / page.headings.length);
    let linksLeft = linkCount;
    for (const [sectionIndex, heading] of page.headings.entries()) {
      body.push(`## ${heading}`, '');
      const paragraphs = Math.max(1, Math.round(perSection / 90));
      for (let paragraph = 0; paragraph < paragraphs; paragraph += 1) {
        let text = prose(rng, Math.ceil(perSection / paragraphs));
        const sectionsLeft = page.headings.length - sectionIndex;
        if (linksLeft > 0 && (paragraph === 0 || rng.next() < linksLeft / sectionsLeft)) {
          const line = lines.length + body.length + 1;
          const link = makeLink(page, planned, rng, definitions, breaks);
          const column = text.length + 2;
          text += ` ${link.markdown}`;
          if (link.broken) planted.push({ file, line, column, url: link.url, kind: link.broken });
          linksLeft -= 1;
        }
        body.push(text, '');
      }
      body.push(...extras(rng));
      if (shape === 'nested') body.push(...everydayMentions(rng, teams));
    }
    // Headings whose ids smart punctuation changes (quotes, dashes, ellipses): never linked to by the
    // generator, whose slugs would be wrong for them, but compared with the built site by the tests.
    if (rng.next() < 0.3) body.push(`## ${rng.pick(PUNCTUATED_HEADINGS)}`, '', prose(rng, 20), '');
    if (definitions.length > 0) body.push(...definitions, '');
    write(file, `${frontmatter}\n${body.join('\n')}`);
  }

  writeFileSync(join(root, 'ground-truth.json'), `${JSON.stringify({ pages, planted }, null, 2)}\n`);
  return { root, pages, files, planted, bytes };
}

/**
 * Folders for a nested handbook's playbooks, two to four levels deep under `playbooks/`, sharing
 * their upper levels as real trees do.
 */
function nestedFolders(rng: ReturnType<typeof random>, count: number): string[] {
  const folders: string[] = [];
  while (folders.length < count) {
    const depth = rng.int(2, 4);
    const parent = folders.length > 0 && rng.next() < 0.5 ? rng.pick(folders).split('/').slice(1, depth) : [rng.pick(AREAS)];
    const path = [...parent];
    while (path.length < depth) path.push(`${rng.pick(WORDS)}-${rng.int(1, 99)}`);
    const folder = ['playbooks', ...path.slice(0, depth)].join('/');
    if (!folders.includes(folder)) folders.push(folder);
  }
  return folders;
}

/** What a real section also holds now and then: a web address, an e-mail address, a password mentioned in passing. */
function everydayMentions(rng: ReturnType<typeof random>, teams: string[]): string[] {
  const roll = rng.next();
  if (roll < 0.12) return [`The portal is at https://portal.example.com/${rng.pick(WORDS)}/${rng.int(1, 999)} for every ${rng.pick(WORDS)} matter.`, ''];
  if (roll < 0.16) return [`Keep the ${rng.pick(WORDS)} portal password in the password manager, never in a page.`, ''];
  if (roll < 0.18) return [`Questions go to ${rng.pick(teams)}@example.com; the archive is https://archive.example.com/${rng.pick(WORDS)}.`, ''];
  return [];
}

/** Sentences of handbook words, with the emphasis, code and bold a real page has. */
function prose(rng: ReturnType<typeof random>, wordCount: number): string {
  const sentences: string[] = [];
  let left = wordCount;
  while (left > 0) {
    const length = Math.min(left, rng.int(8, 18));
    const words = Array.from({ length }, () => {
      const word = rng.pick(WORDS);
      const roll = rng.next();
      return roll < 0.03 ? `**${word}**` : roll < 0.06 ? `*${word}*` : roll < 0.08 ? `\`${word}\`` : word;
    });
    const sentence = words.join(' ');
    sentences.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${rng.next() < 0.1 ? ':' : '.'}`);
    left -= length;
  }
  return sentences.join(' ').replace(/:$/, '.');
}

/** What else a section of a handbook page holds: lists, steps, a note, a table, an example. */
function extras(rng: ReturnType<typeof random>): string[] {
  const lines: string[] = [];
  const roll = rng.next();
  if (roll < 0.25) {
    for (let item = rng.int(3, 6); item > 0; item -= 1) lines.push(`- ${prose(rng, rng.int(4, 10))}`);
    lines.push('');
  } else if (roll < 0.4) {
    for (let step = 1; step <= rng.int(3, 5); step += 1) lines.push(`${step}. ${prose(rng, rng.int(6, 12))}`);
    lines.push('');
  } else if (roll < 0.5) {
    lines.push(`> **Note:** ${prose(rng, rng.int(10, 20))}`, '');
  } else if (roll < 0.56) {
    lines.push('| Step | Owner | When |', '| --- | --- | --- |');
    for (let row = rng.int(2, 5); row > 0; row -= 1) lines.push(`| ${rng.pick(WORDS)} | ${rng.pick(WORDS)} | within ${rng.int(1, 30)} days |`);
    lines.push('');
  } else if (roll < 0.6) {
    lines.push('```text', `${rng.pick(WORDS)}: ${rng.pick(WORDS)}`, `${rng.pick(WORDS)}: ${rng.int(1, 99)}`, '```', '');
  }
  return lines;
}

function frontmatterFor(page: PlannedPage, rng: ReturnType<typeof random>, people: string[], teams: string[], roleIds: string[]): string {
  const owner = rng.next() < 0.2 ? rng.pick(teams) : rng.pick(people);
  const common = [
    '---',
    `title: '${page.collection.slice(0, -1).replace(/^./, (letter) => letter.toUpperCase())} ${page.id.split('-').at(-1)}: ${rng.pick(HEADINGS).toLowerCase()}'`,
    `summary: How the ${rng.pick(teams)} team handles ${rng.pick(WORDS)} and ${rng.pick(WORDS)} work.`,
    `owner: ${owner}`,
    `reviewers: [${rng.pick(people)}]`,
    `last_reviewed: 2026-${String(rng.int(7, 10)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
    'review_every: 1y',
    'status: active',
    `tags: [${rng.pick(WORDS)}, ${rng.pick(WORDS)}]`,
    `teams: [${rng.pick(teams)}]`,
  ];
  const person = () => rng.pick(people);
  if (page.collection === 'playbooks') return [...common, 'functions: [ip, legal]', `related_roles: [${roleIds.length > 0 ? rng.pick(roleIds) : ''}]`, '---'].join('\n');
  if (page.collection === 'roles') {
    return [...common, `team: ${rng.pick(teams)}`, 'region: emea', 'timezone: Europe/Berlin', `holder: ${person()}`, `backup: ${person()}`, `successor: ${person()}`, 'critical: false', 'responsibilities:', '  - Keep the docket current', '---'].join('\n');
  }
  if (page.collection === 'handovers') {
    return [...common, `role: ${rng.pick(roleIds)}`, `from: ${person()}`, `to: ${person()}`, 'due: 2027-06-30', 'state: in-progress', 'open_matters:', '  - matter: A pending opposition', '    done: false', '---'].join('\n');
  }
  return [
    ...common,
    `partner: Partner ${page.id.split('-').at(-1)} Ltd`,
    'kind: licensing',
    'start: 2025-01-01',
    'end: 2030-12-31',
    'renewal_notice: 6m',
    'scope: Coatings for industrial sensors.',
    'objectives: [Grow licence revenue]',
    'resources: Shared lab time.',
    'ip:',
    '  background: Each party keeps its own.',
    '  foreground: Owned by the licensor.',
    'escalation:',
    '  - level: Managers',
    '    contact: Both partnership managers',
    '---',
  ].join('\n');
}

/** One link to another page: mostly valid, sometimes (about 1%, unless `breaks` is off) deliberately broken. */
function makeLink(from: PlannedPage, planned: PlannedPage[], rng: ReturnType<typeof random>, definitions: string[], breaks: boolean) {
  const target = rng.pick(planned);
  // Rolled whether or not breaks are wanted, so a handbook without them differs from one with them only at the breaks.
  const brokenRoll = rng.next();
  const broken: PlantedBreak['kind'] | undefined = !breaks ? undefined : brokenRoll < 0.005 ? 'missing-page' : brokenRoll < 0.01 ? 'missing-anchor' : undefined;
  const id = broken === 'missing-page' ? `${target.id}-retired` : target.id;
  const withAnchor = broken === 'missing-anchor' || rng.next() < 0.4;
  const anchor = broken === 'missing-anchor' ? `#${slug(rng.pick(HEADINGS))}-gone` : withAnchor ? `#${slug(rng.pick(target.headings))}` : '';
  const style = rng.int(0, 9);
  const relative = target.folder === from.folder ? `./${id}.md` : `${posix.relative(from.folder, target.folder)}/${id}.md`;
  const url = style < 6 ? `${relative}${anchor}` : style < 8 ? `/${target.collection}/${id}/${anchor}` : `${relative}${anchor}`;
  if (style >= 8) {
    const label = `ref-${definitions.length + 1}`;
    definitions.push(`[${label}]: ${url}`);
    return { markdown: `[see ${target.id}][${label}]`, url, broken };
  }
  return { markdown: `[see ${target.id}](${url})`, url, broken };
}
