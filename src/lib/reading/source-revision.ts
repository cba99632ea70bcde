/**
 * A page's revision as a translation records it: a hash of what a translator translates (the title,
 * the summary and the body), not of the whole file, so recording a review (`last_reviewed`) or
 * changing an owner does not put every translation behind. A hash needs no git history, so a
 * shallow clone judges it as well as a full one.
 */
import { createHash } from 'node:crypto';

/** The revision of a source page: 16 hex digits of the SHA-256 of its title, summary and body (line endings normalised). */
export function sourceRevision(source: { title: string; summary: string; body: string }): string {
  const text = [source.title, source.summary, source.body.replaceAll('\r\n', '\n').trim()].join('\n\n');
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
