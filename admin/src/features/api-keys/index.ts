export { ApiKeyCreate } from './ApiKeyCreate.tsx';
export { ApiKeyList } from './ApiKeyList.tsx';
