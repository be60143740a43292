import { VnAdoptionMap } from './elements/adoption-map.ts';
import { VnConsultation } from './elements/consultation.ts';
import { VnMaturity } from './elements/maturity.ts';
import { VnProcurements } from './elements/procurements.ts';
import { VnTechnologies } from './elements/technologies.ts';
import { VnTechnology } from './elements/technology.ts';

const ELEMENTS: [string, CustomElementConstructor][] = [
  ['vn-technologies', VnTechnologies],
  ['vn-technology', VnTechnology],
  ['vn-adoption-map', VnAdoptionMap],
  ['vn-procurements', VnProcurements],
  ['vn-consultation', VnConsultation],
  ['vn-maturity', VnMaturity],
];

// A page that loads the script twice (two widgets, two tags) must not fail on the second definition.
for (const [name, element] of ELEMENTS) {
  if (!customElements.get(name)) customElements.define(name, element);
}

export { VnAdoptionMap, VnConsultation, VnMaturity, VnProcurements, VnTechnologies, VnTechnology };
