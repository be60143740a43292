/** A retry schedule as WEBHOOK_RETRY_SCHEDULE writes it: waits such as `5s,1m,10m,1h,6h,24h`. */
export const RETRY_SCHEDULE_PATTERN = '^[0-9]+(ms|s|m|h)(,[0-9]+(ms|s|m|h))*$';

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;

export function parseRetrySchedule(text: string): number[] {
  return text.split(',').map((part) => {
    const [, amount, unit] = /^([0-9]+)(ms|s|m|h)$/.exec(part.trim()) as RegExpExecArray;
    return Number(amount) * UNIT_MS[unit as keyof typeof UNIT_MS];
  });
}

/**
 * The wait before retry `n` (1-based) with jitter of ±25 %, so receivers that failed together are not
 * hit together again; `undefined` once the schedule is spent.
 */
export function retryDelay(scheduleMs: number[], retry: number, random = Math.random): number | undefined {
  const base = scheduleMs[retry - 1];
  if (base === undefined) return undefined;
  return Math.round(base * (0.75 + random() * 0.5));
}
