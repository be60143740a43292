export { MunicipalityDetail } from './MunicipalityDetail.tsx';
export { MunicipalityList } from './MunicipalityList.tsx';
