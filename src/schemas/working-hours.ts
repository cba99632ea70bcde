/** A person's working hours: a start and an end on their own clock, and the days of the week they work. */
import { z } from 'zod';
import { minutesOfClockTime, WEEKDAYS } from '../lib/working-time.ts';

/** A time of day on a 24-hour clock, `HH:MM`, quoted or not: `09:00`, `17:30`; `24:00` ends a day. */
export const clockTime = z
  .string()
  .regex(/^(?:[01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/, { message: 'must be a time of day written `HH:MM` on a 24-hour clock, like `09:00`' });

/** A day of the week, by its three-letter English abbreviation. */
export const weekday = z.enum(WEEKDAYS);

/** When a person works, in their own time zone (their `timezone`). */
export const workingHours = z
  .strictObject({
    /** When their working day starts, `HH:MM`. */
    start: clockTime,
    /** When it ends, `HH:MM`, later than `start` on the same day. */
    end: clockTime,
    /** The days they work: `[mon, tue, wed, thu, fri]` unless said otherwise. */
    days: z.array(weekday).min(1, { message: 'must name at least one day' }).default(['mon', 'tue', 'wed', 'thu', 'fri']),
  })
  .superRefine((hours, context) => {
    if (minutesOfClockTime(hours.end) <= minutesOfClockTime(hours.start)) {
      context.addIssue({ code: 'custom', path: ['end'], message: `must be later than \`start\` (\`${hours.start}\`); a working day that crosses midnight is not supported, so end it at \`24:00\`` });
    }
    const repeated = hours.days.find((day, index) => hours.days.indexOf(day) !== index);
    if (repeated) context.addIssue({ code: 'custom', path: ['days'], message: `names \`${repeated}\` twice` });
  });

/** Working hours after validation. */
export type WorkingHours = z.infer<typeof workingHours>;
