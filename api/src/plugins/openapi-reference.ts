import type { FastifySwaggerUiOptions } from '@fastify/swagger-ui';

/**
 * The Swedish introduction at the top of the reference (and of the OpenAPI document): what the API is,
 * what anyone may read, and how to get a key (docs/integrating.md and docs/suppliers.md say more).
 */
export const SWEDISH_INTRODUCTION = `<div lang="sv">

## Om API:et

Välfärdsnavet är det gemensamma registret där Sveriges kommuner, kommunalförbund och leverantörer delar
uppgifter om välfärdsteknik: kommuner, län och förbund, teknikkatalogen och vilka kommuner som har infört
vad, mognadsmätningar, behov, samverkansupphandlingar och driftmodeller. Allt som är publicerat kan vem som
helst läsa utan nyckel eller inloggning: de operationerna visas utan lås och säger *Anyone; no credentials
needed*. Listor tar \`limit\` och \`offset\`, svarar med \`Link\` och \`ETag\` och kan hämtas som CSV med
\`Accept: text/csv\`; varje fel är RFC 9457 problem details.

## Så får du en API-nyckel

En nyckel behövs för att läsa kommunernas behov och ger en högre gräns för antal anrop (3 000 i minuten
i stället för 600). Be Välfärdsnavets administratörer om en **integratörsnyckel** (för er webbplats server)
eller en **leverantörsnyckel** (ange företagets namn och organisationsnummer). En administratör skapar den
under *API-nycklar* i administrationen eller med \`POST /v1/api-clients\`; nyckeln visas bara en gång.
Skicka den som \`Authorization: Bearer <nyckel>\`, aldrig i adressen: en nyckel i frågesträngen avvisas.
Kör du själv \`npm start\` är du administratör och kan skapa nyckeln med de inloggningsuppgifter som skrivs
ut vid första starten.

</div>`;

/**
 * Swagger UI's default colours fall short of WCAG 2.1 AA contrast (4.5:1) in many places; these are
 * darker shades of the same hues.
 */
const CSS = `
.swagger-ui .info .title small, .swagger-ui .info .title small pre { background-color: #4f5663; }
.swagger-ui .info .title small.version-stamp, .swagger-ui .info .title small.version-stamp pre { background-color: #3d6b00; }
.swagger-ui .info a, .swagger-ui .info .url, .swagger-ui .info .link, .swagger-ui a.nostyle:visited { color: #1f5fae; }
.swagger-ui .btn.authorize { color: #17744a; border-color: #17744a; }
.swagger-ui .btn.authorize svg { fill: #17744a; }
.swagger-ui .opblock.opblock-get .opblock-summary-method { background: #1b65b8; }
.swagger-ui .opblock.opblock-post .opblock-summary-method { background: #17744a; }
.swagger-ui .opblock.opblock-put .opblock-summary-method { background: #9a5200; }
.swagger-ui .opblock.opblock-patch .opblock-summary-method { background: #0b6e5c; }
.swagger-ui .opblock.opblock-delete .opblock-summary-method { background: #b81c1c; }
.swagger-ui .opblock.opblock-head .opblock-summary-method { background: #7a0fd6; }
.swagger-ui .parameter__in, .swagger-ui .parameter__extension, .swagger-ui .parameter__deprecated { color: #4f4f4f; }
.swagger-ui .btn.cancel { color: #b3261e; border-color: #b3261e; }
.swagger-ui .btn.execute { background-color: #1f5fae; border-color: #1f5fae; }
.swagger-ui .json-schema-2020-12-expand-deep-button { color: #4f4f4f; }
.swagger-ui .download-contents { background: #4f5663; color: #fff; }
`;

/** The little of the DOM that the page script uses (the API is compiled without the DOM's types). */
interface PageElement {
  closest(selector: string): PageElement | null;
  querySelector(selector: string): PageElement | null;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  textContent: string | null;
  tabIndex: number;
}
interface PageDocument {
  body: unknown;
  getElementById(id: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
}
/**
 * Runs in the page whenever Swagger UI renders: makes the reference the page's main landmark, names its
 * unlabelled parameter controls, request bodies and response tables, and lets the keyboard reach its
 * scrolling examples. Serialised with toString, so it uses nothing from outside itself and holds no
 * named inner function (tsx's esbuild would wrap one in a helper the page does not have).
 */
function accessibleControls(document: PageDocument) {
  document.getElementById('swagger-ui')?.setAttribute('role', 'main');
  for (const control of document.querySelectorAll(
    '.swagger-ui tr[data-param-name] :is(select, input, textarea):not([aria-label])',
  )) {
    const row = control.closest('tr[data-param-name]');
    const name = row?.getAttribute('data-param-name');
    if (row && name) control.setAttribute('aria-label', `${name} (${row.getAttribute('data-param-in')})`);
  }
  for (const body of document.querySelectorAll('.swagger-ui textarea.body-param__text:not([aria-label])')) {
    body.setAttribute('aria-label', 'Request body');
  }
  for (const example of document.querySelectorAll('.swagger-ui pre:not([tabindex])')) example.tabIndex = 0;
  for (const table of document.querySelectorAll('.swagger-ui .opblock table[role="region"]:not([aria-label])')) {
    const operation = table.closest('.opblock');
    const method = operation?.querySelector('.opblock-summary-method')?.textContent;
    const path = operation?.querySelector('.opblock-summary-path')?.getAttribute('data-path');
    table.setAttribute('aria-label', `Responses of ${method} ${path}`);
  }
}

const PAGE_SCRIPT = `const accessibleControls = ${accessibleControls.toString()};
new MutationObserver(() => accessibleControls(document)).observe(document.body, { childList: true, subtree: true });
accessibleControls(document);
`;

/** Swagger UI at /docs: no top bar, no deep links inside the operation buttons, our theme, all from this origin. */
export const REFERENCE_OPTIONS: FastifySwaggerUiOptions = {
  routePrefix: '/docs',
  uiConfig: { deepLinking: false, layout: 'BaseLayout', syntaxHighlight: false },
  theme: {
    title: 'Välfärdsnavet API – referens',
    css: [{ filename: 'valfardsnavet.css', content: CSS }],
    js: [{ filename: 'valfardsnavet.js', content: PAGE_SCRIPT }],
  },
};
