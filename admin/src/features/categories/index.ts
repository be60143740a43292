export { CategoryCreate, CategoryDetail } from './CategoryDetail.tsx';
export { CategoryList } from './CategoryList.tsx';
