/** Suggests the closest of a set of known names for a mistyped one, the way compilers do. */
import { distance } from 'fastest-levenshtein';

/** The known name closest to `input`, if it is close enough to be a likely typo. */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  // Allow about one edit per three characters: `ownr` → `owner`, but never `x` → `title`.
  const allowed = Math.max(1, Math.floor(input.length / 3));
  const lower = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const candidate of candidates) {
    // Lengths further apart than the allowance can never be close enough; skip the real measure.
    if (Math.abs(candidate.length - input.length) >= bestDistance) continue;
    const candidateDistance = distance(lower, candidate.toLowerCase());
    if (candidateDistance < bestDistance) {
      best = candidate;
      bestDistance = candidateDistance;
      // Only a name that differs in case alone cannot be beaten; one edit away still can (`Title`: `titles`, `title`).
      if (candidateDistance === 0) break;
    }
  }
  if (best !== undefined) return best;
  return longestSharedPrefixMatch(input, candidates);
}

/** A candidate that extends the input, or that the input extends (`install` → `installing`). */
function longestSharedPrefixMatch(input: string, candidates: Iterable<string>): string | undefined {
  if (input.length < 4) return undefined;
  const lower = input.toLowerCase();
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    if (other.length >= 4 && (other.startsWith(lower) || lower.startsWith(other))) return candidate;
  }
  return undefined;
}

/** `; did you mean \`x\`?`-style hint text, or undefined when nothing is close. */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const match = closestMatch(input, candidates);
  return match === undefined ? undefined : `did you mean \`${match}\`?`;
}
