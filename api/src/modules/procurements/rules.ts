import { inArray } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.ts';
import { assertKnown } from '../../db/references.ts';
import {
  associations,
  municipalities,
  needs,
  procurements,
  technologies,
  technologyCategories,
} from '../../db/schema/index.ts';
import { HttpProblem } from '../../lib/problems.ts';
import type { ProcurementRow } from './repository.ts';
import type { NewProcurement, ProcurementChanges } from './schemas.ts';

// The rules a procurement's body must keep, whether it creates one or changes it: 422s naming the field.

type Body = Static<typeof NewProcurement> | Static<typeof ProcurementChanges>;
type Timeline = ProcurementRow['timeline'];

export const EMPTY_TIMELINE: Timeline = {
  plannedPublication: null,
  tenderPeriod: { start: null, end: null },
  awardDate: null,
  contractPeriod: { start: null, end: null },
  extensionOptionsMonths: null,
};

/** The first item whose key was listed before it, as a 422 naming it; nothing when all differ. */
function assertDistinct(keys: string[], pointer: (index: number) => string, what: string) {
  const index = keys.findIndex((key, i) => keys.indexOf(key) !== i);
  if (index >= 0) {
    throw new HttpProblem(422, `${what} ${keys[index]} is listed twice`, {
      errors: [{ pointer: pointer(index), detail: 'is listed already' }],
    });
  }
}

/**
 * Lots have distinct ids, an awarded supplier names a lot there is (or none when there are no lots),
 * and a related procurement is named once. Lots and suppliers not in the body are those already stored.
 */
export function assertConsistent(body: Body, before?: ProcurementRow) {
  const lots = body.lots ?? before?.lots ?? [];
  if (body.lots)
    assertDistinct(
      body.lots.map((lot) => lot.id),
      (i) => `/body/lots/${i}/id`,
      'Lot',
    );
  if (body.relatedProcesses) {
    assertDistinct(
      body.relatedProcesses.map((related) => related.procurement),
      (i) => `/body/relatedProcesses/${i}/procurement`,
      'Procurement',
    );
  }
  const suppliers = body.awardedSuppliers ?? before?.awardedSuppliers ?? [];
  const ids = new Set(lots.map((lot) => lot.id));
  const index = suppliers.findIndex((supplier) =>
    lots.length === 0 ? supplier.lot !== undefined : supplier.lot === undefined || !ids.has(supplier.lot),
  );
  if (index >= 0) {
    const supplier = suppliers[index];
    throw new HttpProblem(422, `${supplier?.name} is awarded a lot the procurement does not have`, {
      errors: [
        {
          pointer: body.awardedSuppliers ? `/body/awardedSuppliers/${index}/lot` : '/body/lots',
          detail: lots.length === 0 ? 'must be left out: there are no lots' : `must be one of: ${[...ids].join(', ')}`,
        },
      ],
    });
  }
}

/** Periods must end after they start: a 422 naming both dates. */
export function assertTimeline(timeline: Timeline) {
  for (const name of ['tenderPeriod', 'contractPeriod'] as const) {
    const { start, end } = timeline[name];
    if (start && end && end < start) {
      const pointer = `/body/timeline/${name}`;
      throw new HttpProblem(422, `The ${name} ends (${end}) before it starts (${start})`, {
        errors: [
          { pointer: `${pointer}/start`, detail: `must be on or before ${name}.end` },
          { pointer: `${pointer}/end`, detail: `must be on or after ${name}.start` },
        ],
      });
    }
  }
}

/** Everything the body refers to must exist, and linked needs must be published. */
export async function assertReferences(db: Db, body: Body, self?: string) {
  await assertKnown(db, associations.slug, body.lead?.association, '/body/lead/association', ['association', 'slug']);
  await assertKnown(db, municipalities.code, body.lead?.municipality, '/body/lead/municipality', [
    'municipality',
    'code',
  ]);
  await assertKnown(db, technologies.slug, body.technologies, '/body/technologies', ['technology', 'slug']);
  await assertKnown(db, technologyCategories.slug, body.categories, '/body/categories', ['category', 'slug']);
  if (body.needs?.length) {
    const found = await db
      .select({ id: needs.id, status: needs.status })
      .from(needs)
      .where(inArray(needs.id, body.needs));
    const published = new Set(found.filter((need) => need.status !== 'draft').map((need) => need.id));
    const index = body.needs.findIndex((id) => !published.has(id));
    if (index >= 0) {
      throw new HttpProblem(422, `No published need has the id ${body.needs[index]}`, {
        errors: [{ pointer: `/body/needs/${index}`, detail: 'is not a published need' }],
      });
    }
  }
  if (body.relatedProcesses?.length) {
    const ids = body.relatedProcesses.map((related) => related.procurement);
    const selfIndex = ids.indexOf(self ?? '');
    if (selfIndex >= 0) {
      throw new HttpProblem(422, 'A procurement cannot be related to itself', {
        errors: [{ pointer: `/body/relatedProcesses/${selfIndex}/procurement`, detail: 'is this procurement' }],
      });
    }
    await assertKnown(db, procurements.id, ids, '/body/relatedProcesses', ['procurement', 'id']);
  }
}

/** The columns of a write, from a body without its stage: the links are stored apart (linkProcurement). */
export function columnsOf<T extends Omit<Body, 'stage'>>(body: T) {
  const { lead, timeline, technologies: _t, categories: _c, needs: _n, relatedProcesses: _r, ...fields } = body;
  return {
    ...fields,
    ...(lead
      ? {
          leadAssociationSlug: lead.association ?? null,
          leadMunicipalityCode: lead.municipality ?? null,
          leadExternalName: lead.external ?? null,
        }
      : {}),
    ...(timeline
      ? {
          plannedPublication: timeline.plannedPublication,
          tenderStart: timeline.tenderPeriod.start,
          tenderEnd: timeline.tenderPeriod.end,
          awardDate: timeline.awardDate,
          contractStart: timeline.contractPeriod.start,
          contractEnd: timeline.contractPeriod.end,
          extensionOptionsMonths: timeline.extensionOptionsMonths,
        }
      : {}),
  };
}
