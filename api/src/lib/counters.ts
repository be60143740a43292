import { Redis } from 'ioredis';

/** Fixed-window counters, shared by the rate limits and the login throttle. */
export interface Counters {
  /** Counts one hit on `key` in a window of `windowMs`; answers the count so far and when the window ends. */
  hit(key: string, windowMs: number): Promise<{ count: number; resetMs: number }>;
  /** The count so far in the current window, without counting. */
  peek(key: string): Promise<{ count: number; resetMs: number }>;
  reset(key: string): Promise<void>;
  close(): Promise<void>;
}

/** Counters in this process: right for one instance, such as the embedded default. */
export function memoryCounters(): Counters {
  const windows = new Map<string, { count: number; endsAt: number }>();
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [key, window] of windows) if (window.endsAt <= now) windows.delete(key);
  }, 60_000);
  sweep.unref();
  return {
    async hit(key, windowMs) {
      const now = Date.now();
      let window = windows.get(key);
      if (!window || window.endsAt <= now) {
        window = { count: 0, endsAt: now + windowMs };
        windows.set(key, window);
      }
      window.count++;
      return { count: window.count, resetMs: window.endsAt - now };
    },
    async peek(key) {
      const window = windows.get(key);
      const now = Date.now();
      return window && window.endsAt > now
        ? { count: window.count, resetMs: window.endsAt - now }
        : { count: 0, resetMs: 0 };
    },
    async reset(key) {
      windows.delete(key);
    },
    async close() {
      clearInterval(sweep);
    },
  };
}

// INCR and, on the first hit, PEXPIRE, atomically; answers the count and the milliseconds left.
const HIT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return { count, ttl }`;

/** Counters in Redis, so that several API instances count together. */
export function redisCounters(url: string): Counters {
  const redis = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false, keyPrefix: 'vn:' });
  return {
    async hit(key, windowMs) {
      const [count, ttl] = (await redis.eval(HIT, 1, key, windowMs)) as [number, number];
      return { count, resetMs: ttl };
    },
    async peek(key) {
      const [[, count], [, ttl]] = (await redis.multi().get(key).pttl(key).exec()) as [
        [unknown, string | null],
        [unknown, number],
      ];
      return { count: Number(count ?? 0), resetMs: Math.max(0, ttl) };
    },
    async reset(key) {
      await redis.del(key);
    },
    async close() {
      await redis.quit();
    },
  };
}
