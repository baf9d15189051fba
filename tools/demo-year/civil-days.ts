/** Civil-date arithmetic ('YYYY-MM-DD', no time zone involved: days only). */
const DAY_MS = 86_400_000;

export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** A day in [from, to], both included. */
export const dayIn = (rng: { int(min: number, max: number): number }, from: string, to: string): string =>
  addDays(from, rng.int(0, daysBetween(from, to)));

export const maxDate = (a: string, b: string): string => (a > b ? a : b);

/** '2023-03-15' → '202303' (a subsidy period). */
export const periodOf = (date: string): string => date.slice(0, 7).replace('-', '');
