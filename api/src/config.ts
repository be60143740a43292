import Type, { type Static } from 'typebox';
import { Value } from 'typebox/value';

/** Every environment variable the API reads. Parsed and validated once, at start. */
const Environment = Type.Object({
  NODE_ENV: Type.Enum(['development', 'production', 'test'], { default: 'development' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  DATA_DIR: Type.String({ minLength: 1, default: './.data' }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
  CORS_ORIGINS: Type.String({ default: 'http://localhost:5173' }),
  BUILD_ID: Type.String({ default: 'dev' }),
  SHUTDOWN_TIMEOUT_MS: Type.Integer({ minimum: 0, default: 10000 }),
});
type Environment = Static<typeof Environment>;

export interface Config {
  env: Environment['NODE_ENV'];
  port: number;
  host: string;
  /** A PostgreSQL server; without it the API runs on an embedded PGlite database in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: Environment['LOG_LEVEL'];
  /** Origins allowed to make credentialed requests (the admin SPA). Public reads allow any origin. */
  corsOrigins: string[];
  buildId: string;
  shutdownTimeoutMs: number;
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
      return `${variable}=${JSON.stringify(input[variable] ?? '')}: ${error.message}${hint}`;
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
    logLevel: env.LOG_LEVEL,
    corsOrigins,
    buildId: env.BUILD_ID,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
  };
}
