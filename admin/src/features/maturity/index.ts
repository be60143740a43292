export { MaturityAssessment } from './MaturityAssessment.tsx';
export { MaturityView } from './MaturityView.tsx';
