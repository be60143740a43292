import { html } from 'lit';
import { MissingAttribute, VnElement } from '../base.ts';
import type { Consultation, Position, Totals } from '../types.ts';

const POSITIONS: Position[] = ['supports', 'supports_with_reservations', 'rejects', 'no_response'];

/** `<vn-consultation model>`: an operator model's consultation, positions counted per association and per municipality. */
export class VnConsultation extends VnElement<Consultation> {
  static override properties = { ...VnElement.properties, model: { type: String } };
  declare model: string | undefined;
  protected readonly reloadOn = ['model'];

  protected load(signal: AbortSignal) {
    if (!this.model) throw new MissingAttribute('model');
    return this.get<Consultation>(`/v1/operator-models/${encodeURIComponent(this.model)}/consultation`, {}, signal);
  }

  protected override isEmpty(data: Consultation) {
    return data.totals.total === 0;
  }

  private cells(totals: Totals) {
    return html`${POSITIONS.map((position) => html`<td class="number">${totals[position]}</td>`)}
      <td class="number">${totals.total}</td>`;
  }

  protected renderData(data: Consultation) {
    const { t } = this;
    return html`<section part="card">
      <h2 part="heading">${t.consultation(data.model.name)}</h2>
      ${
        data.consultation
          ? html`<p class="muted">
              ${data.consultation.association.name} ·
              ${t.consultationPeriod(this.date(data.consultation.opens), this.date(data.consultation.closes))}
            </p>`
          : ''
      }
      <table part="table">
        <thead>
          <tr>
            <th scope="col">${t.association}</th>
            ${POSITIONS.map((position) => html`<th scope="col" class="number">${t.position[position]}</th>`)}
            <th scope="col" class="number">${t.total}</th>
          </tr>
        </thead>
        <tbody>
          ${data.associations.map(
            (group) => html`<tr><th scope="row">${group.association.name}</th>${this.cells(group.totals)}</tr>`,
          )}
        </tbody>
        <tfoot>
          <tr><th scope="row">${t.total}</th>${this.cells(data.totals)}</tr>
        </tfoot>
      </table>
      <details part="details">
        <summary>${t.answers}</summary>
        ${data.associations.map(
          (group) => html`<h3>${group.association.name}</h3>
            <ul>
              ${group.municipalities.map(
                (m) => html`<li>
                  ${m.name}: ${t.position[m.position]}${m.comment ? html` – <q>${m.comment}</q>` : ''}
                  ${m.demo ? html`<span class="muted">(${t.demo})</span>` : ''}
                </li>`,
              )}
            </ul>`,
        )}
      </details>
    </section>`;
  }
}
