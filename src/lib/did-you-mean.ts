/** Suggests the closest of a set of known names for a mistyped one, the way compilers do. */
import { distance } from 'fastest-levenshtein';

/** The known name closest to `input`, if it is close enough to be a likely typo. */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const candidateDistance = distance(input.toLowerCase(), candidate.toLowerCase());
    if (candidateDistance < bestDistance) {
      best = candidate;
      bestDistance = candidateDistance;
    }
  }
  // Allow about one edit per three characters: `ownr` → `owner`, but never `x` → `title`.
  const allowed = Math.max(1, Math.floor(input.length / 3));
  if (best !== undefined && bestDistance <= allowed) return best;
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
