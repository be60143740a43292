import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('configuration', () => {
  it('has working defaults: port 3000 on the embedded database in ./.data', () => {
    expect(loadConfig({})).toMatchObject({ port: 3000, databaseUrl: undefined, dataDir: './.data', logLevel: 'info' });
  });

  it('reads and converts the variables', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://app@db:5432/valfardsnavet',
      LOG_LEVEL: 'warn',
      CORS_ORIGINS: 'https://admin.example.se, http://localhost:5173',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://app@db:5432/valfardsnavet',
      logLevel: 'warn',
      corsOrigins: ['https://admin.example.se', 'http://localhost:5173'],
    });
  });

  it('names every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://db' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toContain('PORT="eighty"');
      expect(message).toMatch(/LOG_LEVEL="loud".*info/);
      expect(message).toContain('DATABASE_URL');
    }
  });

  it('reads which proxies to trust: none, all, a hop count or address ranges', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 172.16.0.0/12' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '172.16.0.0/12',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
  });

  it('never shows a password in its error message', () => {
    expect(() => loadConfig({ ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD=\(hidden\)/);
  });

  it('rejects a CORS origin that is not an origin', () => {
    expect(() => loadConfig({ CORS_ORIGINS: 'admin.example.se/path' })).toThrow(/CORS_ORIGINS/);
  });
});
