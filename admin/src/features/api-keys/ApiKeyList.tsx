import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { flash } from '../../components/flash.tsx';
import { useListSearch } from '../../components/listSearch.ts';
import { m } from './messages.ts';
import { type ApiClient, apiKeyQueries, revokeApiKey } from './queries.ts';

const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short' }) : m.never;

/** Every key with its last use; revoking asks first. */
export function ApiKeyList() {
  const { search, offset, limit } = useListSearch();
  const keys = useQuery(apiKeyQueries.list(search, offset, limit));
  const client = useQueryClient();
  const [revoking, setRevoking] = useState<ApiClient | null>(null);
  const [error, setError] = useState<unknown>();
  return (
    <section aria-labelledby="page-heading">
      <div className="page-head">
        <h1 id="page-heading">{m.title}</h1>
        <Link to="/api-nycklar/ny" className="button primary">
          {m.create}
        </Link>
      </div>
      <FilterBar
        label={m.filterLabel}
        filters={[
          {
            name: 'kind',
            label: m.fields.kind,
            options: Object.entries(m.kindShort).map(([value, label]) => ({ value, label })),
          },
          {
            name: 'revoked',
            label: m.fields.state,
            options: [
              { value: 'false', label: m.revokedNo },
              { value: 'true', label: m.revokedYes },
            ],
          },
        ]}
      />
      <DataTable<ApiClient>
        caption={m.title}
        query={keys}
        rowKey={(k) => k.id}
        noun={m.count}
        empty={m.empty}
        columns={[
          { header: m.fields.name, sort: 'name', rowHeader: true, cell: (k) => k.name },
          {
            header: m.fields.kind,
            cell: (k) => (k.supplier ? `${m.kindShort.supplier}: ${k.supplier.name}` : m.kindShort[k.kind]),
          },
          { header: m.fields.keyPrefix, cell: (k) => <code>{k.keyPrefix}…</code> },
          { header: m.fields.lastUsedAt, sort: 'lastUsedAt', cell: (k) => when(k.lastUsedAt) },
          { header: m.fields.createdAt, sort: 'createdAt', cell: (k) => when(k.createdAt) },
          {
            header: m.fields.state,
            cell: (k) =>
              k.revokedAt ? (
                <span className="status archived">{m.revoked}</span>
              ) : (
                <button
                  type="button"
                  className="button danger small"
                  aria-label={`${m.revoke} ${k.name}`}
                  onClick={() => setRevoking(k)}
                >
                  {m.revoke}
                </button>
              ),
          },
        ]}
      />
      <ConfirmDialog
        isOpen={revoking !== null}
        title={m.revokeTitle(revoking?.name ?? '')}
        confirmLabel={m.revoke}
        error={error}
        onCancel={() => {
          setRevoking(null);
          setError(undefined);
        }}
        onConfirm={async () => {
          if (!revoking) return;
          try {
            await revokeApiKey(revoking.id);
            setRevoking(null);
            flash(m.revokedDone);
            await client.invalidateQueries({ queryKey: ['api-clients'] });
          } catch (caught) {
            setError(caught);
          }
        }}
      >
        <p>{m.revokeBody}</p>
      </ConfirmDialog>
    </section>
  );
}
