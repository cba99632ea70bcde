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
export const CONTENT_SECURITY_POLICY = Object.entries(SECURITY_POLICY_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources}`)
  .join('; ');
