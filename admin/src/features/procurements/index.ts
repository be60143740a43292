export { ProcurementDetail } from './ProcurementDetail.tsx';
export { ProcurementCreate, ProcurementEdit } from './ProcurementEdit.tsx';
export { ProcurementList } from './ProcurementList.tsx';
