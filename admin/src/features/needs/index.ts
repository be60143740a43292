export { NeedDetail } from './NeedDetail.tsx';
export { NeedCreate, NeedEdit } from './NeedEdit.tsx';
export { NeedList } from './NeedList.tsx';
