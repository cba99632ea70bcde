/**
 * Where a KPI stands: on track, at risk, off track or not measured. A target written as a direction,
 * a number and a unit (`>= 92 %`, `at most 10 days`) is judged from the latest measured value: a value
 * that meets it is on track, one that misses it by no more than the tolerance is at risk, anything
 * else is off track. A target in words cannot be judged from a value, so its measurements say their
 * own status. The schema, the checker, the entry page and the portfolio all read targets here.
 */
import { daysBetween, type IsoDate } from '../calendar.ts';

/** A KPI's status. */
export type KpiState = 'on-track' | 'at-risk' | 'off-track' | 'not-measured';

/** The statuses an author may give a measurement of a target in words. */
export const MEASURED_STATES = ['on-track', 'at-risk', 'off-track'] as const;

/** Reader-facing words for each status. */
export const KPI_STATE_LABELS: Record<KpiState, string> = { 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track', 'not-measured': 'Not measured' };

/** A target the value must reach (`at-least`) or stay under (`at-most`). */
export interface NumericTarget {
  direction: 'at-least' | 'at-most';
  value: number;
  /** What the number counts: `%`, `days`, `million EUR`; empty when it is a plain count. */
  unit: string;
}

/** A measurement as the schema gives it. */
export interface Measurement {
  on: IsoDate;
  value?: number | undefined;
  status?: (typeof MEASURED_STATES)[number] | undefined;
  note?: string | undefined;
}

/** A KPI as the schema gives it. */
export interface Kpi {
  name: string;
  target: string;
  tolerance?: number | undefined;
  measurements: readonly Measurement[];
}

/** A KPI's status on a day, and what it rests on. */
export interface KpiStatus {
  state: KpiState;
  /** The target, when it is a number this module can judge. */
  target?: NumericTarget;
  /** The latest measurement on or before the day, when there is one. */
  latest?: Measurement;
}

const NUMBER = String.raw`(-?\d+(?:\.\d+)?)`;
// A unit is a few words or symbols, not a clause: `%`, `days`, `out of 5`, `million EUR`.
const UNIT = String.raw`([\p{L}%$€£][\p{L}\p{N}%$€£/ ]{0,23})?`;
const TARGET = new RegExp(String.raw`^(>=|<=|≥|≤|at least|at most)\s*${NUMBER}\s*${UNIT}$`, 'iu');

/** Whether a target starts like a number target (`>=`, `≤` …), so that failing to read it is an error, not words. */
export function looksNumeric(target: string): boolean {
  return /^[<>≤≥]/.test(target.trim());
}

/** The target as a number with a direction and a unit, or undefined when it is written in words. */
export function parseTarget(target: string): NumericTarget | undefined {
  const match = TARGET.exec(target.trim());
  if (!match) return undefined;
  const direction = /^(>=|≥|at least)$/i.test(match[1]!) ? 'at-least' : 'at-most';
  return { direction, value: Number(match[2]), unit: (match[3] ?? '').trim() };
}

/** A target for readers: `≥ 92 %`, `≤ 10 days`. */
export function formatTarget(target: NumericTarget): string {
  return `${target.direction === 'at-least' ? '≥' : '≤'} ${formatValue(target.value, target.unit)}`;
}

/** A measured value with its unit: `92.5 %`, `12 days`, `3`. */
export function formatValue(value: number, unit: string): string {
  return unit === '' ? String(value) : `${value} ${unit}`;
}

/** How far a value may miss `target` and still be at risk: `tolerance` when given, else a tenth of the target. */
export function toleranceOf(target: NumericTarget, tolerance: number | undefined): number {
  return tolerance ?? Math.abs(target.value) / 10;
}

/** Judges one value against a number target. */
export function judgeValue(value: number, target: NumericTarget, tolerance: number | undefined): Exclude<KpiState, 'not-measured'> {
  // Rounded, so that 92 − 82.8 counts as the 9.2 it is and not as 9.200000000000003.
  const shortfall = roundOff(target.direction === 'at-least' ? target.value - value : value - target.value);
  if (shortfall <= 0) return 'on-track';
  return shortfall <= roundOff(toleranceOf(target, tolerance)) ? 'at-risk' : 'off-track';
}

function roundOff(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/** The status of one measurement of `kpi`: judged from its value for a number target, as written for a target in words. */
export function measurementState(kpi: Pick<Kpi, 'target' | 'tolerance'>, measurement: Measurement): Exclude<KpiState, 'not-measured'> | undefined {
  const target = parseTarget(kpi.target);
  if (target && measurement.value !== undefined) return judgeValue(measurement.value, target, kpi.tolerance);
  return measurement.status;
}

/** The measurements of `kpi` taken on or before `today`, oldest first. */
export function measurementsUpTo(kpi: Pick<Kpi, 'measurements'>, today: IsoDate): Measurement[] {
  return kpi.measurements.filter((measurement) => daysBetween(measurement.on, today) >= 0).sort((a, b) => a.on.localeCompare(b.on));
}

/** Where `kpi` stands on `today`, from its latest measurement on or before that day. */
export function kpiStatus(kpi: Kpi, today: IsoDate): KpiStatus {
  const target = parseTarget(kpi.target);
  const latest = measurementsUpTo(kpi, today).at(-1);
  const state = latest ? (measurementState(kpi, latest) ?? 'not-measured') : 'not-measured';
  return { state, ...(target && { target }), ...(latest && { latest }) };
}
