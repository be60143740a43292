import { css, html } from 'lit';
import { baseStyles, MissingAttribute, VnElement } from '../base.ts';
import type { Maturity } from '../types.ts';

const DIMENSIONS = [
  'strategy',
  'organisation',
  'competence',
  'infrastructure',
  'law_ethics_security',
  'user_competence',
  'procurement_market',
  'follow_up',
];

/** `<vn-maturity association year>`: the members' self-assessed maturity per area, beside the association's median. */
export class VnMaturity extends VnElement<Maturity> {
  static override properties = { ...VnElement.properties, association: { type: String }, year: { type: Number } };
  static override styles = [
    baseStyles,
    css`
      .scroll {
        overflow-x: auto;
      }
      tr.median {
        font-weight: 700;
        background: var(--vn-color-highlight, #f3f3f3);
      }
      .above {
        text-decoration: underline;
      }
    `,
  ];
  declare association: string | undefined;
  declare year: number | undefined;
  protected readonly reloadOn = ['association', 'year'];

  protected load(signal: AbortSignal) {
    if (!this.association) throw new MissingAttribute('association');
    return this.get<Maturity>(
      '/v1/maturity',
      { association: this.association, year: this.year ? String(this.year) : undefined },
      signal,
    );
  }

  protected override isEmpty(data: Maturity) {
    return data.members.length === 0;
  }

  protected renderData(data: Maturity) {
    const { t } = this;
    const level = (value: number | null | undefined) => (value === null || value === undefined ? '–' : String(value));
    return html`<section part="card">
      <h2 part="heading">${t.maturity(data.association.name, data.year)}</h2>
      <p class="muted">${t.assessed(data.assessedCount)} ${t.scale}</p>
      <div class="scroll" role="region" aria-label=${t.maturity(data.association.name, data.year)} tabindex="0">
        <table part="table">
          <thead>
            <tr>
              <th scope="col">${t.municipality}</th>
              ${DIMENSIONS.map((d) => html`<th scope="col" class="number">${t.dimension[d]}</th>`)}
            </tr>
          </thead>
          <tbody>
            <tr class="median" part="median">
              <th scope="row">${t.median}</th>
              ${DIMENSIONS.map((d) => html`<td class="number">${level(data.median[d])}</td>`)}
            </tr>
            ${data.members.map(
              (member) => html`<tr>
                <th scope="row">${member.municipality.name}${member.demo ? html` <span class="muted">(${t.demo})</span>` : ''}</th>
                ${DIMENSIONS.map((d) => html`<td class="number">${level(member.dimensions[d]?.level)}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }
}
