import { html } from 'lit';
import { VnElement } from '../base.ts';
import type { Page, Procurement } from '../types.ts';

/**
 * `<vn-procurements association open limit>`: joint procurements with their stage, who leads them and how
 * a municipality joins; `open` shows only those still open to more participants.
 */
export class VnProcurements extends VnElement<Page<Procurement>> {
  static override properties = {
    ...VnElement.properties,
    association: { type: String },
    open: { type: Boolean },
    limit: { type: Number },
  };
  declare association: string | undefined;
  declare open: boolean;
  declare limit: number | undefined;
  protected readonly reloadOn = ['association', 'open', 'limit'];

  constructor() {
    super();
    this.open = false;
  }

  protected load(signal: AbortSignal) {
    return this.get<Page<Procurement>>(
      '/v1/procurements',
      {
        association: this.association,
        openForParticipants: this.open ? 'true' : undefined,
        limit: String(Math.min(100, Math.max(1, this.limit ?? 20))),
        sort: '-updatedAt',
      },
      signal,
    );
  }

  protected override isEmpty(page: Page<Procurement>) {
    return page.items.length === 0;
  }

  protected renderData(page: Page<Procurement>) {
    const { t } = this;
    return html`<ul class="plain" part="list">
      ${page.items.map(
        (procurement) => html`<li class="card" part="item">
          <h3 part="heading">${procurement.title}</h3>
          <p>
            <span class="badge" part="stage">${t.stageLabel}: ${t.stage[procurement.stage] ?? procurement.stage}</span>
            ${procurement.reference ? html`<span class="muted">${procurement.reference}</span>` : ''}
            ${procurement.demo ? html`<span class="muted">· ${t.demo}</span>` : ''}
          </p>
          <p>
            ${procurement.lead ? html`${t.lead} ${procurement.lead.name}. ` : ''}
            ${t.participants(procurement.participantCount)}.
            ${procurement.timeline.tenderPeriod.end ? html`${t.tenderEnds} ${this.date(procurement.timeline.tenderPeriod.end)}.` : ''}
            ${
              procurement.timeline.contractPeriod.start
                ? html`${t.contractPeriod} ${this.date(procurement.timeline.contractPeriod.start)}–${this.date(procurement.timeline.contractPeriod.end)}.`
                : ''
            }
          </p>
          <p part="join">
            ${procurement.openForParticipants ? t.openToJoin(procurement.lead?.name ?? '–') : t.closedToJoin}
          </p>
        </li>`,
      )}
    </ul>`;
  }
}
