import { css, html } from 'lit';
import { baseStyles, MissingAttribute, VnElement } from '../base.ts';
import type { AdoptionStatus, Technology } from '../types.ts';

const STATUSES: Exclude<AdoptionStatus, 'none'>[] = ['planned', 'pilot', 'implemented', 'scaled', 'discontinued'];

/** `<vn-technology slug>`: one technology, what it is and how many municipalities use it, by status. */
export class VnTechnology extends VnElement<Technology> {
  static override properties = { ...VnElement.properties, slug: { type: String } };
  static override styles = [
    baseStyles,
    css`
      dl {
        display: grid;
        grid-template-columns: max-content auto;
        gap: 0.2em 1em;
        margin: 0.5em 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
        font-variant-numeric: tabular-nums;
      }
    `,
  ];
  declare slug: string | undefined;
  protected readonly reloadOn = ['slug'];

  protected load(signal: AbortSignal) {
    if (!this.slug) throw new MissingAttribute('slug');
    return this.get<Technology>(`/v1/technologies/${encodeURIComponent(this.slug)}`, {}, signal);
  }

  protected renderData(technology: Technology) {
    const { t } = this;
    const summary = technology.adoptionSummary;
    return html`<article class="card" part="card">
      <h2 part="heading">${technology.name}</h2>
      <p>${technology.summary}</p>
      <p class="muted">
        ${t.category}: ${technology.category.name} · ${t.readinessLabel}:
        ${t.readiness[technology.readiness] ?? technology.readiness}
      </p>
      <h3>${t.adoption}</h3>
      <p>${t.usedIn(summary.total)}</p>
      <dl part="adoption">
        ${STATUSES.map((status) => html`<dt>${t.status[status]}</dt><dd>${summary[status]}</dd>`)}
      </dl>
      ${
        technology.guides.length > 0
          ? html`<h3>${t.guides}</h3>
              <ul>
                ${technology.guides.map((guide) => html`<li>${guide.title}</li>`)}
              </ul>`
          : ''
      }
    </article>`;
  }
}
