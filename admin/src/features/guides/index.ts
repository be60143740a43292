export { GuideCreate, GuideDetail, GuideEdit } from './GuideDetail.tsx';
export { GuideList } from './GuideList.tsx';
