import type { Versioned } from '../../api/client.ts';
import { useScope } from '../organisations/scope.ts';
import { m } from './messages.ts';
import { addCoOwner, addPublicBodyCoOwner, type Need, removeCoOwner, removePublicBodyCoOwner } from './queries.ts';
import { SharedNeed } from './SharedNeed.tsx';

/** "Vi har också detta behov" for municipalities: those in scope that do not have the need yet may join. */
export function CoOwners({ opened }: { opened: Versioned<Need> }) {
  const n = opened.data;
  const scope = useScope();
  const taken = new Set([n.owner.code, ...n.coOwners.map((c) => c.municipality.code)]);
  return (
    <SharedNeed
      opened={opened}
      t={m.coOwners}
      id="co-owners"
      sharers={n.coOwners.map((c) => ({
        ...c,
        key: c.municipality.code,
        name: c.municipality.name,
        mine: scope.coversMunicipality(c.municipality.code),
      }))}
      joinable={scope.municipalities.filter((item) => !taken.has(item.code))}
      reachesNone={scope.municipalities.length === 0}
      actsFor={scope.actsFor}
      add={(code, estimatedVolume, comment) => addCoOwner(n.id, { municipality: code, estimatedVolume, comment })}
      remove={(code, etag) => removeCoOwner(n.id, code, etag)}
    />
  );
}

/**
 * "Vi har också detta behov" for regions (only regions share needs): shown when a region shares the need
 * or the person acts for a region that may join, so a municipality's editor is not offered one.
 */
export function PublicBodyCoOwners({ opened }: { opened: Versioned<Need> }) {
  const n = opened.data;
  const scope = useScope();
  const taken = new Set([n.owner.slug, ...n.publicBodyCoOwners.map((c) => c.publicBody.slug)]);
  const regions = scope.publicBodies.filter((item) => item.kind === 'region');
  const joinable = regions
    .filter((item) => !taken.has(item.slug))
    .map((item) => ({ code: item.slug, name: item.name }));
  if (n.publicBodyCoOwners.length === 0 && joinable.length === 0) return null;
  return (
    <SharedNeed
      opened={opened}
      t={m.regionCoOwners}
      id="region-co-owners"
      sharers={n.publicBodyCoOwners.map((c) => ({
        ...c,
        key: c.publicBody.slug,
        name: c.publicBody.name,
        mine: scope.coversPublicBody(c.publicBody.slug),
      }))}
      joinable={joinable}
      reachesNone={regions.length === 0}
      actsFor={scope.actsFor}
      add={(slug, estimatedVolume, comment) =>
        addPublicBodyCoOwner(n.id, { publicBody: slug, estimatedVolume, comment })
      }
      remove={(slug, etag) => removePublicBodyCoOwner(n.id, slug, etag)}
    />
  );
}
