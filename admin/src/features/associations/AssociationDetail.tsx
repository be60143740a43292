import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { Versioned } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { flash } from '../../components/flash.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { History } from '../audit/History.tsx';
import { ContactForm, contactLabels } from '../organisations/ContactForm.tsx';
import { pickerQueries } from '../organisations/queries.ts';
import { useSession } from '../session/queries.ts';
import { m } from './messages.ts';
import { type Association, addMember, associationQueries, removeMember, updateAssociation } from './queries.ts';

const route = getRouteApi('/forbund/$slug');

/** One association: members (admins add and remove them), contacts (editable within scope), history. */
export function AssociationDetail() {
  const { slug } = route.useParams();
  const query = useQuery({ ...associationQueries.detail(slug), staleTime: 0 });
  return (
    <article aria-labelledby="page-heading">
      <p>
        <Link to="/forbund">{m.back}</Link>
      </p>
      <QueryState query={query} notFound={m.notFound}>
        {(opened) => <AssociationPage opened={opened} />}
      </QueryState>
    </article>
  );
}

function AssociationPage({ opened }: { opened: Versioned<Association> }) {
  const a = opened.data;
  const session = useSession().data;
  const client = useQueryClient();
  const admin = session?.user.role === 'admin';
  const mayEdit = admin || session?.user.scope.association === a.slug;
  const municipalities = useQuery({ ...pickerQueries.municipalities(), enabled: admin });
  const [adding, setAdding] = useState('');
  const [removing, setRemoving] = useState<{ code: string; name: string } | null>(null);
  const [error, setError] = useState<unknown>();
  const apply = (saved: Versioned<Association>, message: string) => {
    client.setQueryData(associationQueries.detail(a.slug).queryKey, saved);
    void client.invalidateQueries({ queryKey: ['associations', 'list'] });
    void client.invalidateQueries({ queryKey: ['municipalities'] });
    void client.invalidateQueries({ queryKey: ['audit-events'] });
    flash(message);
  };
  const candidates = (municipalities.data ?? []).filter((x) => !a.members.some((member) => member.code === x.code));
  return (
    <>
      <h1 id="page-heading">{a.name}</h1>
      <p>
        {m.kinds[a.kind]}
        {a.parent ? ` · ${m.fields.parent} ${a.parent.name}` : ''}
        {a.children.length ? ` · ${m.fields.children} ${a.children.map((c) => c.name).join(', ')}` : ''}
      </p>
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">
          {m.membersTitle} ({a.memberCount})
        </h2>
        {a.kind === 'umbrella' ? <p className="hint">{m.umbrellaNote}</p> : null}
        {a.members.length === 0 ? (
          <p>{m.noMembers}</p>
        ) : (
          <ul className="members">
            {a.members.map((member) => (
              <li key={member.code}>
                <Link to="/kommuner/$code" params={{ code: member.code }}>
                  {member.name}
                </Link>
                {member.since ? ` (${m.since.toLowerCase()} ${member.since})` : ''}
                {admin && a.kind !== 'umbrella' ? (
                  <button
                    type="button"
                    className="button small"
                    aria-label={`${m.remove} ${member.name}`}
                    onClick={() => setRemoving({ code: member.code, name: member.name })}
                  >
                    {m.remove}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {admin && a.kind !== 'umbrella' ? (
          <form
            className="filters"
            aria-label={m.addMember}
            onSubmit={async (event) => {
              event.preventDefault();
              if (!adding) return;
              setError(undefined);
              try {
                apply(await addMember(a.slug, adding, opened.etag), m.added);
                setAdding('');
              } catch (caught) {
                setError(caught);
              }
            }}
          >
            <label>
              {m.chooseMunicipality}
              <select value={adding} onChange={(event) => setAdding(event.target.value)}>
                <option value="">{m.choose}</option>
                {candidates.map((x) => (
                  <option key={x.code} value={x.code}>
                    {x.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="button">
              {m.add}
            </button>
          </form>
        ) : null}
        {error && !removing ? <ErrorNotice error={error} /> : null}
      </section>
      <section aria-labelledby="contact-heading">
        <h2 id="contact-heading">{m.contactTitle}</h2>
        {mayEdit ? (
          <ContactForm
            opened={opened}
            withPopulation={false}
            what={m.what}
            save={(body, etag) => updateAssociation(a.slug, etag, body)}
            reload={() => client.fetchQuery({ ...associationQueries.detail(a.slug), staleTime: 0 })}
            onSaved={(saved) => apply(saved, m.saved)}
          />
        ) : (
          <p className="notice">{m.readOnly}</p>
        )}
      </section>
      {admin ? <History entityType="association" entityKey={a.slug} labels={contactLabels} /> : null}
      <ConfirmDialog
        isOpen={removing !== null}
        title={m.removeTitle(removing?.name ?? '', a.name)}
        confirmLabel={m.remove}
        error={error}
        onCancel={() => {
          setRemoving(null);
          setError(undefined);
        }}
        onConfirm={async () => {
          if (!removing) return;
          try {
            apply(await removeMember(a.slug, removing.code, opened.etag), m.removed);
            setRemoving(null);
          } catch (caught) {
            setError(caught);
          }
        }}
      >
        <p>{m.removeBody}</p>
      </ConfirmDialog>
    </>
  );
}
