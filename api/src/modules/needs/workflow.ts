import { stateMachine } from '../../lib/transitions.ts';
import type { NeedStatus } from './repository.ts';

/** draft → published → in_dialogue → in_procurement → solved; withdrawn from any step before solved. */
export const needWorkflow = stateMachine<NeedStatus>('need', {
  draft: ['published', 'withdrawn'],
  published: ['in_dialogue', 'in_procurement', 'solved', 'withdrawn'],
  in_dialogue: ['in_procurement', 'solved', 'withdrawn'],
  in_procurement: ['solved', 'withdrawn'],
  solved: [],
  withdrawn: [],
});

/** The statuses in which other municipalities join a need and suppliers express interest. */
export const OPEN_TO_OTHERS: readonly NeedStatus[] = ['published', 'in_dialogue', 'in_procurement'];
