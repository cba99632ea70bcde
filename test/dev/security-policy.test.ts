import { describe, expect, it } from 'vitest';
import { stampDevStyles } from '../../src/integrations/dev-security-policy.ts';
import { CONTENT_SECURITY_POLICY, developmentSecurityPolicy } from '../../src/site/security-policy.ts';

const NONCE = 'k3Jd9vQm2xTzL8bWq1yR4eHf';

const directives = (policy: string) => new Map(policy.split('; ').map((part) => [part.split(' ')[0]!, part.slice(part.indexOf(' ') + 1)]));

describe('the preview’s Content-Security-Policy', () => {
  it('differs from the production policy only by a nonce for styles', () => {
    const production = directives(CONTENT_SECURITY_POLICY);
    const development = directives(developmentSecurityPolicy(NONCE));
    expect([...development.keys()]).toEqual([...production.keys()]);
    const changed = [...development].filter(([directive, sources]) => production.get(directive) !== sources);
    expect(changed).toEqual([['style-src', `'self' 'nonce-${NONCE}'`]]);
  });

  it('allows no inline code or style wholesale', () => {
    for (const loophole of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:']) expect(developmentSecurityPolicy(NONCE)).not.toContain(loophole);
  });

  it('refuses a nonce that could break out of the policy', () => {
    expect(() => developmentSecurityPolicy("abc'; script-src *")).toThrow(/is not a base64 value/);
    expect(() => developmentSecurityPolicy('short')).toThrow(/is not a base64 value/);
  });

  it('stamps the nonce on the dev server’s own <style> elements only', () => {
    const html = '<head><style data-vite-dev-id="/src/styles/global.css">a{}</style></head><body><style>b{}</style></body>';
    expect(stampDevStyles(html, NONCE)).toBe(`<head><style nonce="${NONCE}" data-vite-dev-id="/src/styles/global.css">a{}</style></head><body><style>b{}</style></body>`);
  });
});
