/** The standard test of a rule: every example in its docs produces exactly its documented output. */
import { describe, expect, it } from 'vitest';
import type { CheckOptions } from '../../scripts/checker/run-check.ts';
import { CHECKER_RULES as RULES } from '../../scripts/checker/rules/index.ts';
import { asLine, ruleExamples, ruleFacts, runExample } from './rule-docs.ts';

/** Declares the documented ok and not-ok examples of rule `id` as tests; `options` adds check options per example. */
export function describeRuleDocs(id: string, options: () => Partial<CheckOptions> = () => ({})): void {
  const rule = RULES.find((candidate) => candidate.id === id);
  describe(`${id}: documented examples`, () => {
    it('is a registered rule with a summary', () => {
      expect(rule?.summary.length).toBeGreaterThan(20);
    });

    it('states the group, kind and default severity the registry gives it', () => {
      const facts = ruleFacts(id);
      expect(facts).toEqual({ group: rule!.group, kind: rule!.kind, severity: rule!.severity });
    });

    const examples = ruleExamples(id);
    it('documents at least one ok and one not-ok example', () => {
      expect(examples.some((example) => example.verdict === 'ok')).toBe(true);
      expect(examples.some((example) => example.verdict === 'not-ok')).toBe(true);
    });

    for (const example of examples.filter((candidate) => Object.keys(candidate.files).length > 0)) {
      it(`${example.verdict === 'ok' ? 'accepts' : 'reports'}: ${example.title}`, async () => {
        const lines = (await runExample(example, [id], options())).map(asLine);
        expect(lines).toEqual(example.verdict === 'ok' ? [] : example.output);
      });
    }
  });
}
