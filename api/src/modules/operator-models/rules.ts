import type { Static } from 'typebox';
import type { Db } from '../../db/client.ts';
import { assertKnown } from '../../db/references.ts';
import { associations, municipalities } from '../../db/schema/index.ts';
import { HttpProblem } from '../../lib/problems.ts';
import { assertPublicBodies } from '../public-bodies/references.ts';
import type { NewOperatorModel, OperatorModelChanges } from './schemas.ts';

// The rules an operator model's body must keep, whether it creates one or changes it.

type Body = Static<typeof NewOperatorModel> | Static<typeof OperatorModelChanges>;

/** Everything the body refers to exists, the consultation closes after it opens, members are named once. */
export async function assertReferences(db: Db, body: Body) {
  await assertKnown(db, associations.slug, body.host?.association, '/body/host/association', ['association', 'slug']);
  await assertKnown(db, municipalities.code, body.host?.municipality, '/body/host/municipality', [
    'municipality',
    'code',
  ]);
  await assertKnown(db, associations.slug, body.consultation?.association, '/body/consultation/association', [
    'association',
    'slug',
  ]);
  await assertPublicBodies(db, body.consultation?.publicBodies, '/body/consultation/publicBodies');
  await assertKnown(
    db,
    municipalities.code,
    body.members?.map((member) => member.municipality),
    '/body/members',
    ['municipality', 'code'],
  );
  const { opens, closes } = body.consultation ?? {};
  if (opens && closes && closes < opens) {
    throw new HttpProblem(422, `The consultation closes (${closes}) before it opens (${opens})`, {
      errors: [
        { pointer: '/body/consultation/opens', detail: 'must be on or before consultation.closes' },
        { pointer: '/body/consultation/closes', detail: 'must be on or after consultation.opens' },
      ],
    });
  }
  const codes = body.members?.map((member) => member.municipality) ?? [];
  const twice = codes.findIndex((code, index) => codes.indexOf(code) !== index);
  if (twice >= 0) {
    throw new HttpProblem(422, `${codes[twice]} is listed as a member twice`, {
      errors: [{ pointer: `/body/members/${twice}/municipality`, detail: 'is listed already' }],
    });
  }
}

/**
 * The columns of a write, from a body without its slug and status: members and consulted public bodies
 * are stored apart (setMembers, setConsultedBodies).
 */
export function columnsOf<T extends Omit<Body, 'slug' | 'status'>>(body: T) {
  const { host, consultation, members: _m, ...fields } = body;
  return {
    ...fields,
    ...(host
      ? {
          hostAssociationSlug: host.association ?? null,
          hostMunicipalityCode: host.municipality ?? null,
          hostExternalName: host.external ?? null,
        }
      : {}),
    ...(consultation
      ? {
          consultationAssociationSlug: consultation.association,
          consultationOpens: consultation.opens,
          consultationCloses: consultation.closes,
        }
      : {}),
  };
}
