export { TechnologyDetail } from './TechnologyDetail.tsx';
export { TechnologyCreate, TechnologyEdit } from './TechnologyEdit.tsx';
export { TechnologyList } from './TechnologyList.tsx';
