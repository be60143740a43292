import fp from 'fastify-plugin';

/** The API answers JSON: nothing in it may load anything, run anything or be framed. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The reference at /docs (Swagger UI with our theme, plugins/openapi-reference.ts): its scripts, styles and
 * the OpenAPI document come from this origin, "Try it out" calls this origin, and its icons are data:
 * images. It needs no inline styles or scripts and no fonts.
 */
const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The embeds' demo page at /embed/v1/. Its scripts, styles and data come from this origin; it sets
 * inline styles and shows data: images (icons). Nothing else is allowed.
 */
const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const COMMON = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'x-permitted-cross-domain-policies': 'none',
};

/**
 * The security headers of an answer to `url`. Embeddable assets (under /embed/) are loaded by other
 * organisations' web sites, so they may be used cross-origin; everything else only by this origin
 * (CORS reads of the API are not affected: the policy applies to no-cors loads).
 */
export function securityHeaders(url: string, production: boolean): Record<string, string> {
  const path = url.split('?')[0] ?? url;
  const docs = path === '/docs' || path.startsWith('/docs/');
  return {
    ...COMMON,
    'content-security-policy': docs ? DOCS_CSP : /^\/embed\/v1\/$/.test(path) ? PAGE_CSP : API_CSP,
    'cross-origin-resource-policy': path.startsWith('/embed/') ? 'cross-origin' : 'same-origin',
    // Only in production: in development the API runs on plain http on localhost.
    ...(production ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/** nosniff, no framing, no referrer, a CSP (one that /docs works under), HSTS in production: on every answer. */
export default fp<{ production: boolean }>(
  async (app, { production }) => {
    app.addHook('onRequest', (request, reply, done) => {
      reply.headers(securityHeaders(request.url, production));
      done();
    });
  },
  { name: 'security-headers' },
);
