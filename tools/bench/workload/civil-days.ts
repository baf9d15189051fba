/** Civil-date arithmetic on the calendar day itself (UTC midnight), so no zone can shift it. */
export const plusDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
