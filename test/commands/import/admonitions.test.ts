import { describe, expect, it } from 'vitest';
import { convertAdmonitions } from '../../../scripts/commands/import/admonitions.ts';

describe('importing admonitions', () => {
  it('turns a Docusaurus admonition into a quote with a bold label, its title and content kept, line for line', () => {
    const body = 'Before.\n\n:::tip Keep it short\n\nWrite **one** idea.\n\n- a\n- b\n\n:::\n\nAfter.\n';
    const converted = convertAdmonitions(body, false);
    expect(converted.body).toBe('Before.\n\n> **Tip: Keep it short**\n>\n> Write **one** idea.\n>\n> - a\n> - b\n>\n\n\nAfter.\n');
    expect(converted.kinds).toEqual(['tip']);
  });

  it('labels each kind, reads a Starlight `[title]`, and nests an admonition inside another', () => {
    const body = ':::note[Read first]\nOne.\n:::\n\n::::warning\nOuter.\n:::danger\nInner.\n:::\n::::\n\n:::caution\nCareful.\n:::\n\n:::info\nFYI.\n:::\n';
    const converted = convertAdmonitions(body, false);
    expect(converted.body).toBe('> **Note: Read first**\n> One.\n\n\n> **Warning:**\n> Outer.\n> > **Danger:**\n> > Inner.\n>\n\n\n> **Caution:**\n> Careful.\n\n\n> **Info:**\n> FYI.\n\n');
    expect(converted.kinds).toEqual(['note', 'warning', 'danger', 'caution', 'info']);
  });

  it('keeps an admonition in a list item inside the item', () => {
    expect(convertAdmonitions('- Step one.\n\n  :::tip\n  Save first.\n\n  Then go on.\n  :::\n', false).body).toBe('- Step one.\n\n  > **Tip:**\n  > Save first.\n  >\n  > Then go on.\n\n');
  });

  it('leaves `:::` in code, and directives that are no admonition, as written', () => {
    const body = '```md\n:::tip\nShown as code.\n:::\n```\n\n:::details\nOpen me.\n:::\n';
    expect(convertAdmonitions(body, false)).toEqual({ body, kinds: [] });
  });

  it('converts the admonitions of an MDX page', () => {
    expect(convertAdmonitions('import X from "./x";\n\n:::danger\nNo.\n:::\n', true).body).toBe('import X from "./x";\n\n> **Danger:**\n> No.\n\n');
  });
});
