import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { ApiError } from '../../api/problems.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { flash } from '../../components/flash.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { History } from '../audit/History.tsx';
import { CategoryForm } from './CategoryForm.tsx';
import { m } from './messages.ts';
import { categoryQueries, deleteCategory } from './queries.ts';

const route = getRouteApi('/kategorier/$slug');

/** One category: edit (move between levels), delete with confirmation, its history. */
export function CategoryDetail() {
  const { slug } = route.useParams();
  const query = useQuery({ ...categoryQueries.detail(slug), staleTime: 0 });
  const client = useQueryClient();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>();
  return (
    <article aria-labelledby="page-heading">
      <p>
        <Link to="/kategorier">{m.back}</Link>
      </p>
      <QueryState query={query} notFound={m.notFound}>
        {(opened) => (
          <>
            <div className="page-head">
              <h1 id="page-heading">{opened.data.name}</h1>
              <button type="button" className="button danger" onClick={() => setConfirming(true)}>
                {m.delete}
              </button>
            </div>
            <p>
              {m.fields.technologyCount}: {opened.data.technologyCount}
              {opened.data.children.length > 0
                ? ` · ${m.fields.children}: ${opened.data.children.map((c) => c.name).join(', ')}`
                : ''}
            </p>
            <h2>{m.editTitle}</h2>
            <CategoryForm opened={opened} />
            <History entityType="technology_category" entityKey={slug} labels={m.fields} />
            <ConfirmDialog
              isOpen={confirming}
              title={m.deleteTitle(opened.data.name)}
              confirmLabel={m.delete}
              error={error}
              onCancel={() => {
                setConfirming(false);
                setError(undefined);
              }}
              onConfirm={async () => {
                try {
                  await deleteCategory(slug, opened.etag);
                  client.removeQueries({ queryKey: categoryQueries.detail(slug).queryKey });
                  void client.invalidateQueries({ queryKey: ['categories'] });
                  void navigate({ to: '/kategorier' }).then(() => flash(m.deleted));
                } catch (caught) {
                  // Refused while in use: say so, with the API's own reason (which children or technologies).
                  setError(
                    caught instanceof ApiError && caught.status === 409
                      ? new ApiError({ detail: `${m.inUse} (${caught.detail ?? ''})` }, 409)
                      : caught,
                  );
                }
              }}
            >
              <p>{m.deleteBody}</p>
            </ConfirmDialog>
          </>
        )}
      </QueryState>
    </article>
  );
}

export function CategoryCreate() {
  return (
    <section aria-labelledby="page-heading">
      <p>
        <Link to="/kategorier">{m.back}</Link>
      </p>
      <h1 id="page-heading">{m.createTitle}</h1>
      <CategoryForm />
    </section>
  );
}
