export { OperatorModelDetail } from './OperatorModelDetail.tsx';
export { OperatorModelCreate, OperatorModelEdit } from './OperatorModelEdit.tsx';
export { OperatorModelList } from './OperatorModelList.tsx';
