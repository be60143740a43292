import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DiffView } from './DiffView.tsx';
import { diffFields, diffLines } from './diff.ts';

describe('the diff of two versions', () => {
  it('names every changed field by its path, nested objects field by field, lists as a whole', () => {
    const before = { name: 'Larm', scope: { association: 'borasregionen', municipality: null }, codes: ['1'], same: 1 };
    const after = {
      name: 'Trygghetslarm',
      scope: { association: null, municipality: '1490' },
      codes: ['1', '2'],
      same: 1,
    };
    expect(diffFields(before, after)).toEqual([
      { path: 'name', before: 'Larm', after: 'Trygghetslarm', kind: 'changed' },
      { path: 'scope.association', before: 'borasregionen', after: null, kind: 'removed' },
      { path: 'scope.municipality', before: null, after: '1490', kind: 'added' },
      { path: 'codes', before: ['1'], after: ['1', '2'], kind: 'changed' },
    ]);
  });

  it('treats a creation as every field added, and leaves out bookkeeping fields', () => {
    expect(diffFields(null, { slug: 'a', updatedAt: 'x' }, ['updatedAt'])).toEqual([
      { path: 'slug', before: undefined, after: 'a', kind: 'added' },
    ]);
    expect(diffFields({ a: null }, { a: undefined })).toEqual([]);
  });

  it('diffs long text line by line', () => {
    expect(diffLines('ett\ntvå\ntre', 'ett\nTVÅ\ntre\nfyra')).toEqual([
      { kind: 'same', text: 'ett' },
      { kind: 'removed', text: 'två' },
      { kind: 'added', text: 'TVÅ' },
      { kind: 'same', text: 'tre' },
      { kind: 'added', text: 'fyra' },
    ]);
  });

  it('renders before and after side by side under Swedish field names', () => {
    const html = renderToStaticMarkup(
      <DiffView
        changes={diffFields({ summary: 'Gammal' }, { summary: 'Ny' })}
        labels={{ summary: 'Sammanfattning' }}
      />,
    );
    expect(html).toContain('<th scope="row">Sammanfattning</th>');
    expect(html).toContain('<del>Gammal</del>');
    expect(html).toContain('<ins>Ny</ins>');
    expect(renderToStaticMarkup(<DiffView changes={[]} />)).toContain('Inga skillnader i fälten.');
  });
});
