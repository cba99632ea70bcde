import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/project.ts';
import { changedFiles, check, commandHandbook, read, run, snapshot, starterHandbook, TEST_TODAY, writeFiles } from './command-fixture.ts';

const create = (root: string, ...args: string[]) => run('new', root, ...args, '--today', TEST_TODAY);

describe('npm run new', () => {
  describe('writes a page that passes npm run check as written', () => {
    const cases: [string, string[], string][] = [
      ['a playbook', ['playbook', 'Filing abroad: the PCT route', '--owner', 'ada-okafor', '--functions', 'ip,legal'], 'content/playbooks/filing-abroad-the-pct-route.md'],
      ['a playbook owned by a team', ['playbook', 'Lab notebooks', '--owner', 'rnd'], 'content/playbooks/lab-notebooks.md'],
      ['a role', ['role', 'Lab Manager', '--owner', 'rnd', '--holder', 'jonas-weber'], 'content/roles/lab-manager.md'],
      ['a handover', ['handover', 'Handover: Patent Engineer', '--owner', 'priya-raman', '--role', 'patent-engineer', '--to', 'jonas-weber'], 'content/handovers/handover-patent-engineer.md'],
      ['a partner agreement', ['partner', 'Kestrane Optics alliance', '--owner', 'ada-okafor', '--kind', 'licensing'], 'content/partners/kestrane-optics-alliance.md'],
      ['a person', ['person', 'Sofia Márquez', '--team', 'rnd', '--region', 'americas', '--timezone', 'America/Mexico_City'], 'content/people/sofia-marquez.md'],
    ];
    for (const [name, args, path] of cases) {
      it(name, () => {
        const root = commandHandbook();
        const before = snapshot(root);
        const result = create(root, ...args);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(result.stdout).toMatch(new RegExp(`^${path}\\n  new .*\\nCreated ${path}; `));
        expect(changedFiles(before, snapshot(root))).toEqual([path]);
        expect(check(root, path).stdout).toBe('0 errors, 0 warnings\n');
      });
    }

    it('in the starter handbook too, for every type', () => {
      const root = starterHandbook();
      const paths = [
        [['playbook', 'Export control check', '--owner', 'ip-legal'], 'content/playbooks/export-control-check.md'],
        [['role', 'Licensing Manager', '--owner', 'ethan-brooks'], 'content/roles/licensing-manager.md'],
        [['handover', 'Handover: Head of IP', '--owner', 'knowledge', '--role', 'head-of-ip'], 'content/handovers/handover-head-of-ip.md'],
        [['partner', 'Orlanda Labs licence', '--owner', 'business-development', '--partner', 'Orlanda Labs GmbH'], 'content/partners/orlanda-labs-licence.md'],
        [['person', 'Noor Haddad', '--team', 'rnd', '--handle', '@noor-h'], 'content/people/noor-haddad.md'],
      ] as const;
      for (const [args] of paths) expect(create(root, ...args).status).toBe(0);
      expect(check(root, ...paths.map(([, path]) => path)).stdout).toBe('0 errors, 0 warnings\n');
    }, 60_000);
  });

  describe('adds the new page\'s line to a committed .github/CODEOWNERS', () => {
    const withCodeowners = () => {
      const root = starterHandbook();
      writeFiles(root, { '.github/CODEOWNERS': read(projectRoot, '.github/CODEOWNERS') });
      return root;
    };

    it('so that npm run check still passes on the starter handbook', () => {
      const root = withCodeowners();
      const result = create(root, 'playbook', 'X', '--owner', 'ada-okafor');
      expect(result).toMatchObject({ status: 0, stderr: '' });
      expect(result.stdout).toBe([
        'content/playbooks/x.md',
        '  new playbook owned by ada-okafor, reviewed 2026-11-23 and every 6m, status draft',
        '.github/CODEOWNERS',
        '  + /content/playbooks/x.md @ada-okafor',
        'Created content/playbooks/x.md and updated .github/CODEOWNERS; fill in the placeholders, run `npm run check`, and set `status: active` when it is ready.',
        '',
      ].join('\n'));
      expect(read(root, '.github/CODEOWNERS')).toContain('\n/content/playbooks/x.md @ada-okafor\n');
      expect(check(root)).toMatchObject({ status: 0 });
    }, 60_000);

    it('and a new person to the lines of pages their team owns, when the team has no handle of its own', () => {
      const root = commandHandbook();
      run('codeowners', root);
      const result = create(root, 'person', 'Sofia Márquez', '--team', 'rnd');
      expect(result.stdout).toContain('\n.github/CODEOWNERS\n  - /content/playbooks/invention-disclosure-triage.md @jonas-weber @mei-lin-chen\n  + /content/playbooks/invention-disclosure-triage.md @jonas-weber @mei-lin-chen @sofia-marquez\n');
      expect(run('codeowners', root, '--check').status).toBe(0);
    }, 60_000);

    it('shows the change with --dry-run, and writes nothing', () => {
      const root = withCodeowners();
      const before = snapshot(root);
      const result = create(root, 'playbook', 'X', '--owner', 'ada-okafor', '--dry-run');
      expect(result.stdout).toMatch(/^content\/playbooks\/x\.md\n  new playbook .*\n\.github\/CODEOWNERS\n  \+ \/content\/playbooks\/x\.md @ada-okafor\n\n---\ntitle: X\n/);
      expect(changedFiles(before, snapshot(root))).toEqual([]);
    });

    it('and refuses, writing nothing, when a page\'s owner cannot be read', () => {
      const root = withCodeowners();
      writeFiles(root, { 'content/playbooks/broken.md': '---\ntitle: Broken\n---\n' });
      const before = snapshot(root);
      const result = create(root, 'playbook', 'X', '--owner', 'ada-okafor');
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^content\/playbooks\/broken\.md:1:1: Required field `owner` is missing; add `owner:` to the frontmatter\n`\.github\/CODEOWNERS` would leave out a page whose owner cannot be read/);
      expect(changedFiles(before, snapshot(root))).toEqual([]);
    });

    it('but writes no such file when the handbook has none', () => {
      const root = starterHandbook();
      create(root, 'playbook', 'X', '--owner', 'ada-okafor');
      expect(snapshot(root).has('.github/CODEOWNERS')).toBe(false);
    });
  });

  it('starts a page as a draft reviewed today, at the type\'s interval, owned as asked', () => {
    const root = commandHandbook();
    create(root, 'playbook', 'Lab notebooks', '--owner', 'rnd');
    const text = read(root, 'content/playbooks/lab-notebooks.md');
    expect(text).toMatch(/^---\ntitle: Lab notebooks\nsummary: .+\nowner: rnd\nlast_reviewed: 2026-11-23\nreview_every: 6m\n# .+\nstatus: draft\nconfidentiality: internal\nteams:\n  - rnd\n/);
    create(root, 'handover', 'Handing over IP counsel', '--owner', 'priya-raman', '--role', 'ip-counsel', '--to', 'jonas-weber', '--status', 'draft');
    const handover = read(root, 'content/handovers/handing-over-ip-counsel.md');
    expect(handover).toContain('\nreview_every: 60d\n');
    expect(handover).toContain('\nstatus: draft\n');
    expect(handover).toContain('\nrole: ip-counsel\nfrom: helena-brandt\nto: jonas-weber\ndue: 2026-12-23\n');
  });

  it('writes a person\'s prompt as an HTML comment, which the site leaves out and the check passes over', () => {
    const root = commandHandbook();
    create(root, 'person', 'Sofia Márquez', '--team', 'rnd');
    expect(read(root, 'content/people/sofia-marquez.md')).toMatch(/\n---\n\n<!-- Say what Sofia Márquez works on and what to ask them about\. -->\n$/);
  });

  it('writes a page that fails the check once made active with its placeholders left in', () => {
    const root = commandHandbook();
    create(root, 'playbook', 'Lab notebooks', '--owner', 'rnd');
    const path = 'content/playbooks/lab-notebooks.md';
    writeFiles(root, { [path]: read(root, path).replace('status: draft', 'status: active') });
    const result = check(root, path);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Template placeholder `Say what happens next.` is still in the page');
  });

  it('quotes a title that YAML would otherwise misread', () => {
    const root = commandHandbook();
    create(root, 'playbook', 'Filing: the #1 rule', '--owner', 'ada-okafor');
    expect(read(root, 'content/playbooks/filing-the-1-rule.md')).toContain('\ntitle: "Filing: the #1 rule"\n');
  });

  it('takes the role holder\'s region and time zone, and the owner as holder when a person', () => {
    const root = commandHandbook();
    create(root, 'role', 'APAC Liaison', '--owner', 'mei-lin-chen');
    expect(read(root, 'content/roles/apac-liaison.md')).toContain('\nteam: rnd\nregion: apac\ntimezone: Asia/Singapore\nholder: mei-lin-chen\n');
  });

  it('uses --id for the file name', () => {
    const root = commandHandbook();
    expect(create(root, 'playbook', 'Anything', '--owner', 'ada-okafor', '--id', 'fto-lite').stdout).toContain('Created content/playbooks/fto-lite.md;');
  });

  it('prints the page and writes nothing with --dry-run', () => {
    const root = commandHandbook();
    const before = snapshot(root);
    const result = create(root, 'playbook', 'Lab notebooks', '--owner', 'rnd', '--dry-run');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('\n---\ntitle: Lab notebooks\n');
    expect(result.stdout).toMatch(/Dry run: nothing was written\.\n$/);
    expect(changedFiles(before, snapshot(root))).toEqual([]);
  });

  it('writes a page that npm run review can record a review on, and that still passes', () => {
    const root = commandHandbook();
    expect(run('new', root, 'playbook', 'Filing abroad', '--owner', 'ada-okafor', '--today', '2026-11-01').status).toBe(0);
    expect(run('review', root, 'content/playbooks/filing-abroad.md', '--by', 'jonas-weber', '--today', TEST_TODAY).status).toBe(0);
    expect(read(root, 'content/playbooks/filing-abroad.md')).toContain('\nlast_reviewed: 2026-11-23\n');
    expect(check(root, 'content/playbooks/filing-abroad.md').stdout).toBe('0 errors, 0 warnings\n');
  });

  describe('refuses, and writes nothing', () => {
    const refused = (...args: string[]) => {
      const root = commandHandbook();
      const before = snapshot(root);
      const result = create(root, ...args);
      expect(changedFiles(before, snapshot(root))).toEqual([]);
      expect(result.stdout).toBe('');
      expect(result.stderr).not.toMatch(/\n\s+at /);
      return result;
    };

    it('a page that exists already', () => {
      expect(refused('playbook', 'Freedom-to-operate check', '--owner', 'ada-okafor')).toMatchObject({
        status: 1,
        stderr: '`content/playbooks/freedom-to-operate-check.md` already exists, and `new` never writes over a page; choose another title, or give the file name with `--id <id>`\n',
      });
    });

    it('an unknown type, with a suggestion', () => {
      expect(refused('playbok', 'X', '--owner', 'ada-okafor')).toMatchObject({ status: 2, stderr: '`playbok` is not a type of page; did you mean `playbook`?; run `npm run new -- --help` for the options\n' });
    });

    it('an owner who is not a person or a team, with a suggestion', () => {
      expect(refused('playbook', 'X', '--owner', 'ada-okafr')).toMatchObject({ status: 1, stderr: '`--owner ada-okafr` is not in the people directory or a team; did you mean `ada-okafor`?\n' });
    });

    it('an owner who has left', () => {
      expect(refused('playbook', 'X', '--owner', 'helena-brandt')).toMatchObject({ status: 1, stderr: '`--owner helena-brandt` left on 2026-09-30; give the page to someone who is still here\n' });
    });

    it('a page without an owner, and a person with one', () => {
      expect(refused('playbook', 'X')).toMatchObject({ status: 2, stderr: 'Missing `--owner <person-or-team>`: every page has an owner who keeps it current; run `npm run new -- --help` for the options\n' });
      expect(refused('person', 'X Y', '--team', 'rnd', '--owner', 'ada-okafor')).toMatchObject({ status: 2, stderr: '`--owner` does not apply to a person; run `npm run new -- --help` for the options\n' });
    });

    it('dates that are not real days', () => {
      expect(refused('handover', 'X', '--owner', 'ada-okafor', '--role', 'ip-counsel', '--due', '2027-02-29')).toMatchObject({ status: 2, stderr: '`--due 2027-02-29` is not a date; write a real day as `YYYY-MM-DD`; run `npm run new -- --help` for the options\n' });
      expect(refused('partner', 'X', '--owner', 'ada-okafor', '--start', '2027-01-01', '--end', '2026-01-01').status).toBe(2);
    });

    it('a title with nothing to make a file name from', () => {
      expect(refused('playbook', '!!!', '--owner', 'ada-okafor').status).toBe(2);
    });

    it('a role owned by a team without a holder, and a handover of an unknown role', () => {
      expect(refused('role', 'X', '--owner', 'rnd').stderr).toBe('Missing `--holder <person>`: the owner `rnd` is a team, and a role is held by a person; run `npm run new -- --help` for the options\n');
      expect(refused('handover', 'X', '--owner', 'ada-okafor', '--role', 'ip-counse')).toMatchObject({ status: 1, stderr: '`--role ip-counse` is not a role of the handbook; did you mean `ip-counsel`?\n' });
    });

    it('values the schema does not allow', () => {
      expect(refused('partner', 'X', '--owner', 'ada-okafor', '--kind', 'licence')).toMatchObject({ status: 2, stderr: '`--kind licence` is not a kind of agreement; use `joint-venture`, `strategic-alliance`, `licensing`, `research-collaboration`; run `npm run new -- --help` for the options\n' });
      expect(refused('person', 'X Y', '--team', 'rnd', '--handle', 'not a handle')).toMatchObject({ status: 1 });
      expect(refused('playbook', 'X', '--owner', 'ada-okafor', '--review-every', 'monthly').status).toBe(2);
      expect(refused('playbook', 'X', '--owner', 'ada-okafor', '--review-every', '4y')).toMatchObject({ status: 2, stderr: '`--review-every 4y` is longer than `3y`, the longest `check.max_review_every` allows; run `npm run new -- --help` for the options\n' });
    });

    it('an active page, which would publish the template\'s placeholders', () => {
      expect(refused('playbook', 'X', '--owner', 'ada-okafor', '--status', 'active')).toMatchObject({
        status: 2,
        stderr: '`--status active` would publish the template\'s placeholder sentences, which `npm run check` refuses (`placeholder-text`); create the page as a draft, write it, then set `status: active`; run `npm run new -- --help` for the options\n',
      });
    });

    it('an option the type does not take', () => {
      expect(refused('playbook', 'X', '--owner', 'ada-okafor', '--holder', 'ada-okafor')).toMatchObject({ status: 2, stderr: '`--holder` does not apply to a playbook; run `npm run new -- --help` for the options\n' });
    });
  });

  it('explains itself with --help', () => {
    const result = run('new', commandHandbook(), '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run new -- <type> "<title>" --owner <person-or-team>/);
  });
});
