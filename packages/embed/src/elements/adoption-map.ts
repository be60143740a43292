import { MAP_STATUSES, project, type Shape, STATUS_PATTERNS } from '@valfardsnavet/geo';
import { css, html, svg } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { baseStyles, MissingAttribute, VnElement } from '../base.ts';
import type { AdoptionMap, AdoptionStatus, Boundaries } from '../types.ts';

interface MapData {
  technology: string;
  shapes: (Shape & { status: AdoptionStatus })[];
  height: number;
  attribution: string;
}

/** The shared status patterns; the host page sets the colours with `--vn-status-<status>`. */
const PATTERNS = svg`<defs>${unsafeSVG(STATUS_PATTERNS)}</defs>`;

/**
 * `<vn-adoption-map technology association county>`: an SVG choropleth of where a technology is in use,
 * each municipality focusable and named with its status, a legend in words and patterns, and the same
 * facts as a table. Geometry comes from /v1/municipalities/boundaries, filtered the same way.
 */
export class VnAdoptionMap extends VnElement<MapData> {
  static override properties = {
    ...VnElement.properties,
    technology: { type: String },
    association: { type: String },
    county: { type: String },
    focused: { state: true },
  };
  static override styles = [
    baseStyles,
    css`
      .layout {
        display: flex;
        flex-wrap: wrap;
        gap: 1em;
        align-items: flex-start;
      }
      svg.map {
        width: 100%;
        max-width: var(--vn-map-width, 28em);
        height: auto;
      }
      .map path {
        stroke: var(--vn-map-stroke, #fff);
        stroke-width: 0.6;
        vector-effect: non-scaling-stroke;
      }
      .map path:hover,
      .map path:focus {
        stroke: var(--vn-color-text, #1a1a1a);
        stroke-width: 2;
        outline: none;
      }
      .map path:focus-visible {
        stroke: var(--vn-color-focus-map, #000);
        stroke-width: 3;
      }
      .s-scaled { fill: var(--vn-status-scaled, #00592a); }
      .s-implemented { fill: var(--vn-status-implemented, #3a9b52); }
      .s-pilot { fill: var(--vn-status-pilot, #f6b656); }
      .s-planned { fill: var(--vn-status-planned, #9ecae1); }
      .s-discontinued { fill: var(--vn-status-discontinued, #b3b3b3); }
      .s-none { fill: var(--vn-status-none, #eeeeee); }
      .mark { fill: rgba(0, 0, 0, 0.55); }
      .mark-light { fill: rgba(255, 255, 255, 0.8); }
      .legend {
        margin: 0;
      }
      .legend li {
        display: flex;
        align-items: center;
        gap: 0.5em;
        margin: 0.2em 0;
      }
      .legend svg {
        width: 1.5em;
        height: 1.1em;
        border: 1px solid var(--vn-color-border-strong, #767676);
      }
      .caption {
        min-height: 1.5em;
        font-weight: 600;
      }
      summary {
        cursor: pointer;
        margin-top: 0.5em;
      }
      .attribution {
        font-size: 0.8em;
      }
    `,
  ];
  declare technology: string | undefined;
  declare association: string | undefined;
  declare county: string | undefined;
  declare focused: string | undefined;
  protected readonly reloadOn = ['technology', 'association', 'county'];

  protected async load(signal: AbortSignal): Promise<MapData> {
    if (!this.technology) throw new MissingAttribute('technology');
    const [boundaries, adoption] = await Promise.all([
      this.get<Boundaries>(
        '/v1/municipalities/boundaries',
        { association: this.association, county: this.county },
        signal,
      ),
      this.get<AdoptionMap>(`/v1/technologies/${encodeURIComponent(this.technology)}/adoption-map`, {}, signal),
    ]);
    const status = new Map(adoption.municipalities.map((m) => [m.code, m.status]));
    const { shapes, height } = project(boundaries);
    return {
      technology: adoption.technology.name,
      shapes: shapes
        .map((shape) => ({ ...shape, status: status.get(shape.code) ?? ('none' as const) }))
        .sort((a, b) => a.name.localeCompare(b.name, 'sv')),
      height,
      attribution: boundaries.attribution,
    };
  }

  protected override isEmpty(data: MapData) {
    return data.shapes.length === 0;
  }

  private label(shape: { name: string; status: AdoptionStatus }) {
    return `${shape.name}: ${this.t.status[shape.status]}`;
  }

  protected renderData(data: MapData) {
    const { t } = this;
    const counts = new Map<AdoptionStatus, number>();
    for (const shape of data.shapes) counts.set(shape.status, (counts.get(shape.status) ?? 0) + 1);
    const focused = data.shapes.find((shape) => shape.code === this.focused);
    return html`<figure class="layout" part="figure" style="margin:0">
      <svg
        class="map"
        part="map"
        viewBox="0 0 400 ${data.height}"
        role="group"
        aria-label=${t.map(data.technology)}
      >
        ${PATTERNS}
        ${data.shapes.map(
          (shape) =>
            svg`<path d=${shape.path} fill="url(#p-${shape.status})" tabindex="0" role="img"
              aria-label=${this.label(shape)} data-code=${shape.code}
              @focus=${() => {
                this.focused = shape.code;
              }}
              @mouseenter=${() => {
                this.focused = shape.code;
              }}><title>${this.label(shape)}</title></path>`,
        )}
      </svg>
      <figcaption>
        <h2 part="heading">${data.technology}</h2>
        <p class="caption" part="caption">${focused ? this.label(focused) : ''}</p>
        <h3>${t.legend}</h3>
        <ul class="plain legend" part="legend">
          ${MAP_STATUSES.map(
            (status) =>
              html`<li>
                <svg viewBox="0 0 12 9" aria-hidden="true"><rect width="12" height="9" fill="url(#p-${status})"></rect></svg>
                ${t.status[status]} (${counts.get(status) ?? 0})
              </li>`,
          )}
        </ul>
        <p class="muted attribution" part="attribution">${t.attribution}: ${data.attribution}</p>
      </figcaption>
    </figure>
    <details part="table">
      <summary>${t.table}</summary>
      <table>
        <caption class="muted">${data.technology}</caption>
        <thead><tr><th scope="col">${t.municipality}</th><th scope="col">${t.statusLabel}</th></tr></thead>
        <tbody>
          ${data.shapes.map((shape) => html`<tr><td>${shape.name}</td><td>${t.status[shape.status]}</td></tr>`)}
        </tbody>
      </table>
    </details>`;
  }
}
