import { type CSSResultGroup, css, html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { type Lang, STRINGS } from './i18n.ts';

/** The API that served this script, so one script tag is enough; `api-base` points an element elsewhere. */
const SCRIPT_ORIGIN = (() => {
  try {
    return new URL(import.meta.url).origin;
  } catch {
    return '';
  }
})();

type State<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; message: string }
  | { status: 'missing'; attribute: string };

/** Thrown by `load` when a required attribute is absent, so the element says which one. */
export class MissingAttribute extends Error {
  constructor(readonly attribute: string) {
    super(attribute);
  }
}

/** Styles every element shares; the host page themes them through these custom properties and `::part`. */
export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--vn-font-family, system-ui, sans-serif);
    font-size: var(--vn-font-size, 1rem);
    line-height: 1.5;
    color: var(--vn-color-text, #1a1a1a);
    background: var(--vn-color-background, transparent);
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  h2,
  h3 {
    font-size: var(--vn-heading-size, 1.25em);
    margin: 0 0 0.5em;
    line-height: 1.25;
  }
  h3 {
    font-size: 1.05em;
  }
  a {
    color: var(--vn-color-link, #0b57a4);
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--vn-color-focus, #ffbf47);
    outline-offset: 2px;
  }
  .muted {
    color: var(--vn-color-muted, #555);
  }
  .state {
    padding: 0.75em 0;
  }
  .error {
    color: var(--vn-color-error, #a4000f);
  }
  button {
    font: inherit;
    padding: 0.25em 0.75em;
    border: 1px solid currentColor;
    border-radius: var(--vn-radius, 4px);
    background: var(--vn-color-background, #fff);
    color: inherit;
    cursor: pointer;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: left;
    padding: 0.3em 0.5em;
    border-bottom: 1px solid var(--vn-color-border, #ccc);
    vertical-align: top;
  }
  td.number,
  th.number {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  ul.plain {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .card {
    border: 1px solid var(--vn-color-border, #ccc);
    border-radius: var(--vn-radius, 4px);
    padding: 0.75em 1em;
    margin: 0 0 0.75em;
    background: var(--vn-color-surface, transparent);
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: 1em;
    border: 1px solid currentColor;
    font-size: 0.875em;
  }
`;

/**
 * What every element has: `api-base` and `lang`, Shadow DOM, and a fetch whose loading, empty and error
 * states are shown in the element's language. Subclasses say what to load and how to show it.
 */
export abstract class VnElement<T> extends LitElement {
  static override properties = { apiBase: { type: String, attribute: 'api-base' } };
  static override styles: CSSResultGroup = baseStyles;
  declare apiBase: string | undefined;
  protected state: State<T> = { status: 'loading' };
  private generation = 0;

  static override get observedAttributes() {
    // biome-ignore lint/complexity/noThisInStatic: the getter must run with the subclass as `this`, to list its own attributes.
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  /** `sv` unless the element's own `lang` says English. */
  protected get locale(): Lang {
    return (this.getAttribute('lang') ?? 'sv').toLowerCase().startsWith('en') ? 'en' : 'sv';
  }

  protected get t() {
    return STRINGS[this.locale];
  }

  /** Attributes whose change means fetching again (besides `api-base`). */
  protected abstract readonly reloadOn: string[];
  /** Fetches the element's data; throws MissingAttribute when a required attribute is absent. */
  protected abstract load(signal: AbortSignal): Promise<T>;
  protected abstract renderData(data: T): TemplateResult;
  /** Whether the data holds nothing worth showing, so the element says so instead. */
  protected isEmpty(_data: T): boolean {
    return false;
  }

  private controller: AbortController | undefined;

  override connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) void this.reload();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  protected override willUpdate(changed: PropertyValues) {
    if (!this.hasUpdated || changed.has('apiBase') || this.reloadOn.some((name) => changed.has(name))) {
      void this.reload();
    }
  }

  protected async reload() {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const generation = ++this.generation;
    this.state = { status: 'loading' };
    this.requestUpdate();
    try {
      const data = await this.load(controller.signal);
      if (generation === this.generation) this.state = { status: 'ready', data };
    } catch (error) {
      if (generation !== this.generation) return;
      this.state =
        error instanceof MissingAttribute
          ? { status: 'missing', attribute: error.attribute }
          : { status: 'error', message: (error as Error).message };
    }
    this.requestUpdate();
  }

  /** GETs a path of the API as JSON; query values that are undefined or empty are left out. */
  protected async get<R>(path: string, query: Record<string, string | undefined>, signal: AbortSignal): Promise<R> {
    const base = (this.apiBase || SCRIPT_ORIGIN || window.location.origin).replace(/\/+$/, '');
    const url = new URL(`${base}${path}`, window.location.href);
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') url.searchParams.set(key, value);
    }
    const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`${response.status} ${url.pathname}`);
    return (await response.json()) as R;
  }

  protected override render() {
    const { state, t } = this;
    switch (state.status) {
      case 'loading':
        return html`<p class="state muted" role="status" part="state loading">${t.loading}</p>`;
      case 'missing':
        return html`<p class="state error" role="alert" part="state error">${t.missing(state.attribute)}</p>`;
      case 'error':
        return html`<div class="state" role="alert" part="state error">
          <p class="error">${t.error}</p>
          <button type="button" part="button" @click=${() => this.reload()}>${t.retry}</button>
        </div>`;
      case 'ready':
        return this.isEmpty(state.data)
          ? html`<p class="state muted" role="status" part="state empty">${t.empty}</p>`
          : this.renderData(state.data);
    }
  }

  /** A date as the element's language writes it. */
  protected date(value: string | null | undefined): string {
    if (!value) return '–';
    return new Date(`${value.slice(0, 10)}T12:00:00Z`).toLocaleDateString(this.locale === 'en' ? 'en-GB' : 'sv-SE', {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
    });
  }
}
