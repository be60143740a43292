import { stateMachine } from '../../lib/transitions.ts';
import type { ModelStatus } from './repository.ts';

/** proposal → consultation → decided → operating → discontinued; a consultation may send it back to proposal. */
export const modelWorkflow = stateMachine<ModelStatus>('operator model', {
  proposal: ['consultation', 'discontinued'],
  consultation: ['decided', 'proposal', 'discontinued'],
  decided: ['operating', 'discontinued'],
  operating: ['discontinued'],
  discontinued: [],
});
