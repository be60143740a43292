import type { participantCommitment, procurements } from '../../db/schema/index.ts';
import { stateMachine } from '../../lib/transitions.ts';

export type ProcurementStage = (typeof procurements.$inferSelect)['stage'];

/**
 * planning → needs_analysis → market_dialogue → tender → evaluation → awarded → contract_active →
 * expired. The needs analysis and market dialogue may be skipped; an evaluation may send it back to
 * tender (a new round); it may be cancelled at any step before a contract is in force.
 */
export const stages = stateMachine<ProcurementStage>('procurement', {
  planning: ['needs_analysis', 'market_dialogue', 'tender', 'cancelled'],
  needs_analysis: ['market_dialogue', 'tender', 'cancelled'],
  market_dialogue: ['tender', 'cancelled'],
  tender: ['evaluation', 'cancelled'],
  evaluation: ['awarded', 'tender', 'cancelled'],
  awarded: ['contract_active', 'cancelled'],
  contract_active: ['expired'],
  expired: [],
  cancelled: [],
});

/** The stages before tender, while municipalities can still join. */
export const OPEN_STAGES: readonly ProcurementStage[] = ['planning', 'needs_analysis', 'market_dialogue'];

type Commitment = (typeof participantCommitment.enumValues)[number];

/** A participant's commitment: interested → mandate_given (fullmakt) → call_off_registered; or withdrawn. */
export const commitments = stateMachine<Commitment>('participant', {
  interested: ['mandate_given', 'withdrawn'],
  mandate_given: ['call_off_registered', 'withdrawn'],
  call_off_registered: [],
  withdrawn: [],
});
