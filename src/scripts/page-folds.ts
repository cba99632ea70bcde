/**
 * Folds (`details.fold`) show their content unfolded on a wide screen, by the stylesheet alone; this
 * opens them there too, so assistive technology hears them as expanded, and folds them again when the
 * screen narrows. A fold the reader opened on a narrow screen stays open.
 */

/** The screens on which each kind of fold is shown unfolded, as in the stylesheet. */
const UNFOLDED_ON = { 'fold-wide': '(min-width: 62rem)', 'fold-widest': '(min-width: 80rem)' } as const;

/** Opens the page's folds on wide screens, now and whenever the screen's width crosses a breakpoint. */
export function unfoldOnWideScreens(): void {
  for (const [kind, query] of Object.entries(UNFOLDED_ON)) {
    const screen = window.matchMedia(query);
    const folds = () => document.querySelectorAll<HTMLDetailsElement>(`details.${kind}`);
    if (screen.matches) for (const fold of folds()) fold.open = true;
    screen.addEventListener('change', () => {
      for (const fold of folds()) fold.open = screen.matches;
    });
  }
}
