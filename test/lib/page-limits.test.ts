import { describe, expect, it } from 'vitest';
import { tooDeep } from '../../src/lib/reading/page-limits.ts';

const nestedList = (levels: number, indent = 2) => Array.from({ length: levels }, (_, depth) => `${' '.repeat(indent * depth)}- level ${depth}`).join('\n');

describe('measuring how deep quotes and lists nest, without parsing', () => {
  it('counts quote markers, with or without spaces between them', () => {
    expect(tooDeep(`${'> '.repeat(32)}deep`, 32)).toBeUndefined();
    expect(tooDeep(`${'>'.repeat(33)} deep`, 32)).toEqual({ line: 1, column: 33, depth: 33 });
  });

  it('counts list items nested by indentation, two or four columns a level', () => {
    expect(tooDeep(nestedList(32), 32)).toBeUndefined();
    expect(tooDeep(nestedList(33), 32)).toEqual({ line: 33, column: 65, depth: 33 });
    expect(tooDeep(nestedList(33, 4), 32)).toEqual({ line: 33, column: 129, depth: 33 });
  });

  it('counts list markers and quotes mixed on one line', () => {
    expect(tooDeep(`${'> - '.repeat(17)}deep`, 32)?.depth).toBe(34);
    expect(tooDeep(`${'1. '.repeat(33)}deep`, 32)?.depth).toBe(33);
  });

  it('adds quotes to the lists they hold', () => {
    const quotedList = nestedList(20).split('\n').map((line) => `${'> '.repeat(13)}${line}`).join('\n');
    expect(tooDeep(quotedList, 32)).toEqual({ line: 20, column: 65, depth: 33 });
  });

  it('closes list items when text comes back to the margin after a blank line', () => {
    const twice = `${nestedList(30)}\n\nBack at the margin.\n\n${nestedList(30)}`;
    expect(tooDeep(twice, 32)).toBeUndefined();
  });

  it('passes over fenced code, indented code and thematic breaks', () => {
    const code = ['```yaml', ...Array.from({ length: 40 }, (_, depth) => `${'  '.repeat(depth)}- item`), '```'].join('\n');
    expect(tooDeep(code, 32)).toBeUndefined();
    expect(tooDeep(`Text.\n\n${' '.repeat(80)}- indented code`, 32)).toBeUndefined();
    expect(tooDeep(`${'- '.repeat(40)}\n\n${'* '.repeat(40)}`, 32)).toBeUndefined();
  });
});
