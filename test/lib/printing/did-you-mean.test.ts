import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean } from '../../../src/lib/printing/did-you-mean.ts';

describe('did you mean', () => {
  it('suggests the closest name, not the first one that is close enough', () => {
    // `reviewed` is two edits from `reviewrs`, `reviewers` one: the closer one wins wherever it stands.
    expect(closestMatch('reviewrs', ['reviewed', 'reviewers'])).toBe('reviewers');
    expect(closestMatch('reviewrs', ['reviewers', 'reviewed'])).toBe('reviewers');
  });

  it('prefers a name that differs only in case over one a letter away', () => {
    expect(closestMatch('Title', ['titles', 'title'])).toBe('title');
  });

  it('keeps the first of two equally close names', () => {
    expect(closestMatch('cat', ['bat', 'hat'])).toBe('bat');
    expect(closestMatch('cat', ['hat', 'bat'])).toBe('hat');
  });

  it('ignores case when measuring and answers with the name as it is spelled', () => {
    expect(closestMatch('OWNR', ['title', 'Owner'])).toBe('Owner');
  });

  it('allows one edit for every three letters typed, and at least one', () => {
    // Five letters allow one edit; six allow two.
    expect(closestMatch('ownrr', ['owner'])).toBe('owner');
    expect(closestMatch('oxnrr', ['owner'])).toBeUndefined();
    expect(closestMatch('statsu', ['status'])).toBe('status');
    expect(closestMatch('stotas', ['status'])).toBe('status');
    expect(closestMatch('stotax', ['status'])).toBeUndefined();
    // One letter still allows one edit, but never a guess at a long name.
    expect(closestMatch('x', ['y'])).toBe('y');
    expect(closestMatch('x', ['title'])).toBeUndefined();
  });

  it('skips names whose length alone puts them out of reach, and still finds a close one after them', () => {
    expect(closestMatch('tags', ['summary', 'teams', 'tag'])).toBe('tag');
  });

  it('falls back to a name that extends what was typed, or that it extends, from four letters on', () => {
    expect(closestMatch('install', ['installing'])).toBe('installing');
    expect(closestMatch('inst', ['installing'])).toBe('installing');
    expect(closestMatch('ins', ['installing'])).toBeUndefined();
    expect(closestMatch('rolexyzw', ['role'])).toBe('role');
    expect(closestMatch('rolexyzw', ['rol'])).toBeUndefined();
    expect(closestMatch('INSTALL', ['Installing'])).toBe('Installing');
  });

  it('suggests nothing among no names', () => {
    expect(closestMatch('owner', [])).toBeUndefined();
    expect(didYouMean('owner', [])).toBeUndefined();
  });

  it('words the hint with the name in backticks', () => {
    expect(didYouMean('ownr', ['title', 'owner'])).toBe('did you mean `owner`?');
    expect(didYouMean('zzzzzz', ['title', 'owner'])).toBeUndefined();
  });

  it('reads the candidates once, so a generator works as well as a list', () => {
    function* names() {
      yield 'title';
      yield 'owner';
    }
    expect(closestMatch('ownr', names())).toBe('owner');
  });
});
