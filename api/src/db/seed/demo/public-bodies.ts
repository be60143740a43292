import { and, eq } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../client.ts';
import {
  consultationPublicBodyResponses,
  needPublicBodyCoOwners,
  needs,
  operatorModelConsultedBodies,
  operatorModels,
  procurementPublicBodyParticipants,
  procurements,
  publicBodies,
  publicBodyAssociations,
} from '../../schema/index.ts';

/** The region is reference data; the other two are added as an admin would, and marked demo. */
export const REGION = 'vastra-gotalandsregionen';
const COOPERATION = 'vardsamverkan-vastra-gotaland';
const IT_COORDINATION = 'gits';
const VASTKOM_ASSOCIATIONS = ['borasregionen', 'fyrbodal', 'goteborgsregionen', 'skaraborg'];

type Position = 'supports' | 'supports_with_reservations' | 'rejects';

/**
 * Who answers what, per model in the order of the models' names: invented, and some bodies have not
 * answered (the summary says `no_response`).
 */
const ANSWERS: Record<string, Partial<Record<string, [Position, string]>>> = {
  [REGION]: {
    'vardkommun-larmcentral': [
      'supports_with_reservations',
      'Regionen ställer sig bakom en gemensam larmcentral men vill att gränsytan mot hälso- och sjukvården beskrivs.',
    ],
    'gemensam-namnd-valfardsteknik': ['supports', 'Regionen ser en gemensam nämnd som en tydlig samverkanspart.'],
    'kommunalforbund-valfardsteknik': [
      'supports_with_reservations',
      'Regionen vill se hur informationsöverföringen till primärvården ska gå till.',
    ],
    'upphandlad-driftleverantor': ['rejects', 'Regionen ser risker med att driften hamnar hos en enda leverantör.'],
  },
  [COOPERATION]: {
    'vardkommun-larmcentral': ['supports', 'Vårdsamverkan stödjer förslaget och vill följa införandet.'],
    'gemensam-namnd-valfardsteknik': [
      'supports_with_reservations',
      'Samverkansstrukturen behöver anpassas till den nya nämnden.',
    ],
  },
  [IT_COORDINATION]: {
    'vardkommun-larmcentral': [
      'supports_with_reservations',
      'Integrationerna mot kommunernas verksamhetssystem behöver planeras gemensamt.',
    ],
    'gemensamt-bolag-valfardsteknik': ['supports', 'Ett gemensamt bolag kan bära den tekniska förvaltningen.'],
  },
};

/**
 * Fictitious: the VG healthcare cooperation and GITS beside Västra Götalandsregionen, all three consulted
 * on VästKom's operator models with invented answers; the region co-owns a need and takes part in the
 * innovation procurement. Added once, when the demo bodies are first added.
 */
export async function seedPublicBodyDemo(tx: Db, ids: { need: string; procurement: string }) {
  const added = await tx
    .insert(publicBodies)
    .values([
      {
        slug: COOPERATION,
        name: 'Vårdsamverkan Västra Götaland',
        kind: 'cooperation_body' as const,
        description: 'Fiktiv demo: samverkan mellan regionen och kommunerna om vård och omsorg.',
        demo: true,
      },
      {
        slug: IT_COORDINATION,
        name: 'Gemensam IT-samordningsfunktion',
        shortName: 'GITS',
        kind: 'it_coordination' as const,
        description: 'Fiktiv demo: kommunernas och regionens gemensamma IT-samordning.',
        demo: true,
      },
    ])
    .onConflictDoNothing()
    .returning({ slug: publicBodies.slug });
  if (added.length === 0) return { publicBodies: 0 };
  await tx
    .insert(publicBodyAssociations)
    .values(
      [COOPERATION, IT_COORDINATION].flatMap((publicBodySlug) =>
        VASTKOM_ASSOCIATIONS.map((associationSlug) => ({ publicBodySlug, associationSlug })),
      ),
    )
    .onConflictDoNothing();

  const vastkom = await tx
    .select({ slug: operatorModels.slug })
    .from(operatorModels)
    .where(and(eq(operatorModels.demo, true), eq(operatorModels.consultationAssociationSlug, 'vastkom')));
  const bodies = [REGION, COOPERATION, IT_COORDINATION];
  if (vastkom.length > 0) {
    await tx
      .insert(operatorModelConsultedBodies)
      .values(vastkom.flatMap(({ slug }) => bodies.map((publicBodySlug) => ({ modelSlug: slug, publicBodySlug }))))
      .onConflictDoNothing();
    const answers = bodies.flatMap((publicBodySlug) =>
      vastkom.flatMap(({ slug }) => {
        const answer = ANSWERS[publicBodySlug]?.[slug];
        if (!answer) return [];
        const [position, comment] = answer;
        return [{ modelSlug: slug, publicBodySlug, position, comment, respondedOn: '2026-11-20', demo: true }];
      }),
    );
    await tx.insert(consultationPublicBodyResponses).values(answers).onConflictDoNothing();
  }

  // The need and the procurement are the demo's own; one deleted since stays deleted.
  const stillThere = async (table: PgTable & { id: AnyPgColumn }, id: string) =>
    (await tx.select({ id: table.id }).from(table).where(eq(table.id, id))).length > 0;
  if (await stillThere(needs, ids.need))
    await tx
      .insert(needPublicBodyCoOwners)
      .values({
        needId: ids.need,
        publicBodySlug: REGION,
        estimatedVolume: 120,
        comment: 'Fiktiva demodata: primärvårdens patienter i hemsjukvården.',
        demo: true,
      })
      .onConflictDoNothing();
  if (await stillThere(procurements, ids.procurement))
    await tx
      .insert(procurementPublicBodyParticipants)
      .values({
        procurementId: ids.procurement,
        publicBodySlug: REGION,
        role: 'participant',
        commitment: 'interested',
        commitmentDates: { interested: '2026-05-20' },
        demo: true,
      })
      .onConflictDoNothing();
  return { publicBodies: added.length };
}
