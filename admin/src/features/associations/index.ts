export { AssociationDetail } from './AssociationDetail.tsx';
export { AssociationList } from './AssociationList.tsx';
