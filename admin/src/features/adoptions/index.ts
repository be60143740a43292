export { AdoptionEdit } from './AdoptionEdit.tsx';
export { AdoptionMap } from './AdoptionMap.tsx';
export { AdoptionOverview } from './AdoptionOverview.tsx';
