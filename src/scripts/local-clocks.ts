/**
 * Turns each `.local-clock[data-time-zone]` from the offset the build wrote (`UTC+01:00`) into the
 * time it is there now (`14:05, UTC+01:00`), and keeps it current once a minute. Without scripts the
 * offset stays, which is all a reader needs to work the time out.
 */

/** Starts the clocks on the page, if it has any. */
export function startLocalClocks(): void {
  const clocks = [...document.querySelectorAll<HTMLElement>('.local-clock[data-time-zone]')];
  if (clocks.length === 0) return;
  const formats = new Map<string, Intl.DateTimeFormat>();
  const tick = () => {
    const now = new Date();
    for (const clock of clocks) {
      const timeZone = clock.dataset.timeZone!;
      let format = formats.get(timeZone);
      if (!format) formats.set(timeZone, (format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', weekday: 'short', timeZoneName: 'shortOffset' })));
      clock.textContent = format.format(now).replace('GMT', 'UTC');
    }
  };
  tick();
  // Wake on the next whole minute, then every minute.
  setTimeout(() => {
    tick();
    setInterval(tick, 60_000);
  }, 60_000 - (Date.now() % 60_000));
}
