/**
 * An error for Astro to print as it is. Astro guesses that any error whose `toString()` mentions
 * "document" or "window" is code touching browser APIs on the server, and replaces the error's hint
 * with "Browser APIs are not available on the server" (`generateHint` in Astro's
 * `core/errors/dev/utils.js`, for build failures and the dev overlay alike). Baton's messages mention
 * both words for other reasons ("the rule's documentation", "renewal window"). An error of this class
 * is never about browser APIs, so its `toString()` is its name alone: Astro prints the message, and
 * the error's own `hint` if it has one, and nothing it guessed.
 */
export class PlainBuildError extends Error {
  /** What to do about it, printed by Astro under the message. */
  hint?: string;

  override toString(): string {
    return this.name;
  }
}
