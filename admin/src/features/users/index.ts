export { UserCreate } from './UserCreate.tsx';
export { UserDetail } from './UserDetail.tsx';
export { UserList } from './UserList.tsx';
