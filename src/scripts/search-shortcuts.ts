/**
 * `/` and Ctrl+K (Cmd+K on a Mac) open search from any page: they focus the search box, the one on
 * the search page when there is one. `/` is left alone while the reader is typing in a field.
 */

/** Starts listening for the shortcuts. */
export function listenForSearchShortcuts(): void {
  document.addEventListener('keydown', (event) => {
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    if (!commandK && !slash) return;
    const input = document.querySelector<HTMLInputElement>('#search-query') ?? document.querySelector<HTMLInputElement>('#site-search-input');
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
