/**
 * The Content-Security-Policy every page carries. Pages load scripts, styles, fonts and data only from
 * the site itself, run no inline script or style and no handler attribute, embed nothing, and show
 * images from the site or over https. Pagefind compiles its WebAssembly (`'wasm-unsafe-eval'`), which
 * is the one allowance search needs; nothing in it lets content run code.
 */

/** Directive by directive, so each one reads on its own line. */
const SECURITY_POLICY_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' https:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'object-src': "'none'",
  'frame-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
};

/** The policy as one header value. */
export const CONTENT_SECURITY_POLICY = serialise(SECURITY_POLICY_DIRECTIVES);

/**
 * The policy of the preview (`npm run dev`), never of a built page: the production policy with one
 * allowance. Vite's dev server does not serve the stylesheet as a file; it puts the CSS in `<style>`
 * elements (rendered into the page, rewritten by its client on every edit, and one inside its error
 * overlay), which `style-src 'self'` blocks. A fresh nonce per response lets exactly the elements the
 * dev server marks with it apply, and nothing else: no `'unsafe-inline'`, and scripts stay as strict
 * as in production (the dev server's own scripts are module files from the site).
 */
export function developmentSecurityPolicy(nonce: string): string {
  if (!/^[A-Za-z0-9+/_-]{16,}={0,2}$/.test(nonce)) throw new Error(`Nonce \`${nonce}\` is not a base64 value of at least 16 characters`);
  return serialise({ ...SECURITY_POLICY_DIRECTIVES, 'style-src': `${SECURITY_POLICY_DIRECTIVES['style-src']} 'nonce-${nonce}'` });
}

function serialise(directives: Readonly<Record<string, string>>): string {
  return Object.entries(directives)
    .map(([directive, sources]) => `${directive} ${sources}`)
    .join('; ');
}
