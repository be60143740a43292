import { css, html } from 'lit';
import { baseStyles, VnElement } from '../base.ts';
import type { Page, Technology } from '../types.ts';

/**
 * `<vn-technologies category association limit href>`: a searchable list of published technologies,
 * optionally those adopted within an association. `href` is the site's own URL pattern for a technology
 * (`/teknik/{slug}`); without it each entry opens in place.
 */
export class VnTechnologies extends VnElement<Page<Technology>> {
  static override properties = {
    ...VnElement.properties,
    category: { type: String },
    association: { type: String },
    limit: { type: Number },
    href: { type: String },
    query: { state: true },
  };
  static override styles = [
    baseStyles,
    css`
      form {
        margin-bottom: 0.75em;
      }
      label {
        display: block;
        font-weight: 600;
      }
      input {
        font: inherit;
        width: 100%;
        max-width: 24em;
        padding: 0.35em 0.5em;
        border: 1px solid var(--vn-color-border-strong, #767676);
        border-radius: var(--vn-radius, 4px);
      }
      summary {
        cursor: pointer;
        font-weight: 600;
      }
      .name {
        font-weight: 600;
      }
    `,
  ];
  declare category: string | undefined;
  declare association: string | undefined;
  declare limit: number | undefined;
  declare href: string | undefined;
  declare query: string;
  protected readonly reloadOn = ['category', 'association', 'limit', 'query'];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.query = '';
  }

  protected load(signal: AbortSignal) {
    return this.get<Page<Technology>>(
      '/v1/technologies',
      {
        category: this.category,
        association: this.association,
        q: this.query.trim() || undefined,
        limit: String(Math.min(100, Math.max(1, this.limit ?? 20))),
      },
      signal,
    );
  }

  private onInput(event: Event) {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.query = value;
    }, 250);
  }

  protected override render() {
    const { t } = this;
    return html`<form part="search" role="search" @submit=${(event: Event) => event.preventDefault()}>
        <label for="q">${t.search}</label>
        <input id="q" type="search" part="input" aria-describedby="hint" .value=${this.query} @input=${this.onInput} />
        <span id="hint" class="muted">${t.searchHint}</span>
      </form>
      ${super.render()}`;
  }

  protected override isEmpty(page: Page<Technology>) {
    return page.items.length === 0;
  }

  protected renderData(page: Page<Technology>) {
    const { t } = this;
    const total = page.total ?? page.items.length;
    return html`<p class="muted" role="status">
        ${t.technologiesFound(total)}${total > page.items.length ? ` ${t.showing(page.items.length, total)}` : ''}
      </p>
      <ul class="plain" part="list">
        ${page.items.map((technology) => this.renderItem(technology))}
      </ul>`;
  }

  private renderItem(technology: Technology) {
    const { t } = this;
    const facts = html`<p>${technology.summary}</p>
      <p class="muted">
        ${technology.category.name} · ${t.readinessLabel}: ${t.readiness[technology.readiness] ?? technology.readiness}
        · ${t.usedIn(technology.adoptionSummary.total)}
      </p>`;
    if (this.href) {
      const link = this.href.replaceAll('{slug}', encodeURIComponent(technology.slug));
      return html`<li class="card" part="item">
        <a class="name" part="link" href=${link}>${technology.name}</a>${facts}
      </li>`;
    }
    return html`<li class="card" part="item">
      <details>
        <summary part="summary">${technology.name}</summary>
        ${facts}
      </details>
    </li>`;
  }
}
