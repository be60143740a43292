import Type, { type Static } from 'typebox';
import { Value } from 'typebox/value';
import { parseRetrySchedule, RETRY_SCHEDULE_PATTERN } from './lib/retry-schedule.ts';

/** Every environment variable the API reads. Parsed and validated once, at start. */
const Environment = Type.Object({
  NODE_ENV: Type.Enum(['development', 'production', 'test'], { default: 'development' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  DATA_DIR: Type.String({ minLength: 1, default: './.data' }),
  DATABASE_CONNECT_TIMEOUT_MS: Type.Integer({ minimum: 100, default: 1000 }),
  DATABASE_QUERY_TIMEOUT_MS: Type.Integer({ minimum: 100, default: 1500 }),
  EVENT_LOOP_MAX_DELAY_MS: Type.Optional(Type.Integer({ minimum: 0 })),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
  CORS_ORIGINS: Type.String({ default: 'http://localhost:5173' }),
  BUILD_ID: Type.String({ default: 'dev' }),
  SHUTDOWN_TIMEOUT_MS: Type.Integer({ minimum: 0, default: 10000 }),
  REQUEST_TIMEOUT_MS: Type.Integer({ minimum: 100, default: 30000 }),
  ADMIN_EMAIL: Type.Optional(Type.String({ format: 'email' })),
  ADMIN_PASSWORD: Type.Optional(Type.String({ minLength: 12 })),
  SESSION_IDLE_MINUTES: Type.Integer({ minimum: 1, default: 60 }),
  SESSION_ABSOLUTE_HOURS: Type.Integer({ minimum: 1, default: 12 }),
  REDIS_URL: Type.Optional(Type.String({ pattern: '^rediss?://' })),
  RATE_LIMIT_WINDOW_SECONDS: Type.Integer({ minimum: 1, default: 60 }),
  RATE_LIMIT_ANONYMOUS: Type.Integer({ minimum: 1, default: 600 }),
  RATE_LIMIT_KEY: Type.Integer({ minimum: 1, default: 3000 }),
  RATE_LIMIT_KEY_HIGH: Type.Integer({ minimum: 1, default: 30000 }),
  LOGIN_MAX_FAILURES: Type.Integer({ minimum: 1, default: 5 }),
  LOGIN_LOCK_MINUTES: Type.Integer({ minimum: 1, default: 15 }),
  LOGIN_EMAIL_LOCK_FAILURES: Type.Integer({ minimum: 1, default: 50 }),
  LOGIN_ADDRESS_MAX_FAILURES: Type.Integer({ minimum: 1, default: 100 }),
  API_KEY_CACHE_SECONDS: Type.Integer({ minimum: 0, default: 30 }),
  SEED_DEMO: Type.Boolean({ default: false }),
  OCDS_OCID_PREFIX: Type.String({ pattern: '^ocds-[a-z0-9]{6}$', default: 'ocds-vnavet' }),
  CACHE_PUBLIC_READS: Type.Boolean({ default: true }),
  TRUST_PROXY: Type.String({ default: 'false', pattern: '^(true|false|[0-9]+|[0-9a-fA-F.:/, ]+)$' }),
  EVENT_RETENTION_DAYS: Type.Integer({ minimum: 1, default: 90 }),
  WORKERS: Type.Boolean({ default: true }),
  WEBHOOK_ALLOW_PRIVATE_URLS: Type.Optional(Type.Boolean()),
  WEBHOOK_RETRY_SCHEDULE: Type.String({ pattern: RETRY_SCHEDULE_PATTERN, default: '5s,1m,10m,1h,6h,24h' }),
  WEBHOOK_DISABLE_AFTER_DAYS: Type.Integer({ minimum: 1, default: 5 }),
  WEBHOOK_TIMEOUT_SECONDS: Type.Integer({ minimum: 1, maximum: 60, default: 10 }),
});
type Environment = Static<typeof Environment>;

export interface Config {
  env: Environment['NODE_ENV'];
  port: number;
  host: string;
  /** A PostgreSQL server; without it the API runs on an embedded PGlite database in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /**
   * PostgreSQL: how long connecting may take, and how long one statement may wait for a pooled
   * connection and run (also the server's statement_timeout); past either the request is a 503.
   */
  database: { connectTimeoutMs: number; queryTimeoutMs: number };
  /** Past this event-loop delay the API sheds load with 503s (0: never). */
  eventLoopMaxDelayMs: number;
  logLevel: Environment['LOG_LEVEL'];
  /** Origins allowed to make credentialed requests (the admin SPA). Public reads allow any origin. */
  corsOrigins: string[];
  buildId: string;
  shutdownTimeoutMs: number;
  /** How long a client has to send a whole request before it gets a 408. */
  requestTimeoutMs: number;
  /** The first admin, created at start when no admin exists. */
  admin: { email: string | undefined; password: string | undefined };
  session: { idleMinutes: number; absoluteHours: number };
  /** Rate-limit counters live in Redis when set, so every API instance shares them. */
  redisUrl: string | undefined;
  rateLimit: { windowSeconds: number; anonymous: number; key: number; keyHigh: number };
  /**
   * Sign-in throttling (modules/auth/throttle.ts): growing pauses per (email, address) after
   * `maxFailures`, a lock per email only after `emailLockFailures`, a pause per address after
   * `addressMaxFailures`, each lasting at most `lockMinutes`.
   */
  login: { maxFailures: number; lockMinutes: number; emailLockFailures: number; addressMaxFailures: number };
  /** How long a looked-up API key is trusted before it is looked up again: revocation takes effect within it. */
  apiKeyCacheSeconds: number;
  /**
   * Which proxies in front of the API to believe about the client's address (X-Forwarded-For), for
   * rate limits and sign-in throttling: `false`, `true`, a hop count, or addresses and CIDR ranges.
   */
  trustProxy: boolean | number | string[];
  /** Load the demo catalogue and fictitious adoptions; always on for the embedded default. */
  seedDemo: boolean;
  /**
   * The publisher's OCID prefix in OCDS exports (`ocds-` and six characters). A publisher registers
   * its own with the Open Contracting Partnership; the default marks exports as not yet registered.
   */
  ocidPrefix: string;
  /** Keep rendered answers to anonymous public reads in memory until a change commits. */
  cachePublicReads: boolean;
  /** Days the change feed keeps events; a cursor older than that answers 410. */
  eventRetentionDays: number;
  /** Run the webhook dispatcher and delivery workers in this process (`pnpm worker` runs them alone). */
  workers: boolean;
  webhooks: {
    /** `http:` and private, loopback or link-local addresses as webhook URLs (never in production by default). */
    allowPrivateUrls: boolean;
    /** Waits before each retry of a failed delivery, in milliseconds. */
    retryScheduleMs: number[];
    /** A subscription whose deliveries have all failed for this long is deactivated. */
    disableAfterDays: number;
    timeoutSeconds: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the configuration from environment variables; throws a ConfigError naming every bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const known = Object.keys(Environment.properties);
  const input: Record<string, unknown> = {};
  for (const key of known) {
    const value = source[key];
    if (value !== undefined && value !== '') input[key] = value;
  }
  const converted = Value.Default(Environment, Value.Convert(Environment, input));
  const errors = [...Value.Errors(Environment, converted)];
  if (errors.length > 0) {
    const problems = errors.map((error) => {
      const variable = error.instancePath.replace(/^\//, '');
      const allowed = (Environment.properties as Record<string, { enum?: string[] }>)[variable]?.enum;
      const hint = allowed ? ` (${allowed.join(', ')})` : '';
      const shown = variable.endsWith('PASSWORD') ? '(hidden)' : JSON.stringify(input[variable] ?? '');
      return `${variable}=${shown}: ${error.message}${hint}`;
    });
    throw new ConfigError([...new Set(problems)]);
  }
  const env = converted as Environment;
  const corsOrigins = env.CORS_ORIGINS.split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  const badOrigin = corsOrigins.find((origin) => !/^https?:\/\/[^/\s]+$/.test(origin));
  if (badOrigin) {
    throw new ConfigError([`CORS_ORIGINS: "${badOrigin}" is not an origin such as https://admin.example.se`]);
  }
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    database: { connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS, queryTimeoutMs: env.DATABASE_QUERY_TIMEOUT_MS },
    // Off by default under test: a busy shared machine must not turn other tests' requests into 503s.
    eventLoopMaxDelayMs: env.EVENT_LOOP_MAX_DELAY_MS ?? (env.NODE_ENV === 'test' ? 0 : 1000),
    logLevel: env.LOG_LEVEL,
    corsOrigins,
    buildId: env.BUILD_ID,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    admin: { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD },
    session: { idleMinutes: env.SESSION_IDLE_MINUTES, absoluteHours: env.SESSION_ABSOLUTE_HOURS },
    redisUrl: env.REDIS_URL,
    rateLimit: {
      windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
      anonymous: env.RATE_LIMIT_ANONYMOUS,
      key: env.RATE_LIMIT_KEY,
      keyHigh: env.RATE_LIMIT_KEY_HIGH,
    },
    login: {
      maxFailures: env.LOGIN_MAX_FAILURES,
      lockMinutes: env.LOGIN_LOCK_MINUTES,
      emailLockFailures: env.LOGIN_EMAIL_LOCK_FAILURES,
      addressMaxFailures: env.LOGIN_ADDRESS_MAX_FAILURES,
    },
    apiKeyCacheSeconds: env.API_KEY_CACHE_SECONDS,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    seedDemo: env.SEED_DEMO,
    ocidPrefix: env.OCDS_OCID_PREFIX,
    cachePublicReads: env.CACHE_PUBLIC_READS,
    eventRetentionDays: env.EVENT_RETENTION_DAYS,
    workers: env.WORKERS,
    webhooks: {
      // Private addresses are for development and the embedded default; a production server refuses them.
      allowPrivateUrls: env.WEBHOOK_ALLOW_PRIVATE_URLS ?? !(env.NODE_ENV === 'production' && env.DATABASE_URL),
      retryScheduleMs: parseRetrySchedule(env.WEBHOOK_RETRY_SCHEDULE),
      disableAfterDays: env.WEBHOOK_DISABLE_AFTER_DAYS,
      timeoutSeconds: env.WEBHOOK_TIMEOUT_SECONDS,
    },
  };
}

function parseTrustProxy(value: string): boolean | number | string[] {
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^[0-9]+$/.test(value)) return Number(value);
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * Runs a process's entry point (the API, the worker, a script) with the configuration: a bad
 * environment is printed as the ConfigError names it, without a stack; any failure ends the process.
 */
export function runWithConfig(main: (config: Config) => Promise<void>): void {
  const run = async () => {
    let config: Config;
    try {
      config = loadConfig();
    } catch (error) {
      if (error instanceof ConfigError) {
        console.error(error.message);
        process.exit(1);
      }
      throw error;
    }
    await main(config);
  };
  run().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
