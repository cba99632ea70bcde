/**
 * The preview's Content-Security-Policy, as Astro middleware that only `npm run dev` loads (see
 * `dev-preview.ts`). Each response gets a fresh nonce: the layout writes the development policy that
 * allows it, and a `<meta property="csp-nonce">` from which Vite's client reads it for the `<style>`
 * elements it creates; here the nonce is stamped on the `<style>` elements the dev server rendered
 * into the page. Only elements the dev server marks as its own (`data-vite-dev-id`) get it.
 */
import { randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'astro';
import { developmentSecurityPolicy } from '../site/security-policy.ts';

declare global {
  namespace App {
    interface Locals {
      /** Set by the preview only: the policy and nonce of this response. Built pages have neither. */
      developmentSecurity?: { policy: string; nonce: string };
    }
  }
}

/** Stamps `nonce` on the `<style>` elements Vite's dev server put in `html`. */
export function stampDevStyles(html: string, nonce: string): string {
  return html.replaceAll('<style data-vite-dev-id=', `<style nonce="${nonce}" data-vite-dev-id=`);
}

export const onRequest: MiddlewareHandler = async (context, next) => {
  const nonce = randomBytes(18).toString('base64');
  context.locals.developmentSecurity = { policy: developmentSecurityPolicy(nonce), nonce };
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(stampDevStyles(await response.text(), nonce), { status: response.status, statusText: response.statusText, headers });
};
