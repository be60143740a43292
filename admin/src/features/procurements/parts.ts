import type { UseFormReturn } from 'react-hook-form';
import type { Part } from '../../components/RepeatedFields.tsx';
import { m } from './messages.ts';
import type { ProcurementValues } from './values.ts';

/** The fields of each repeated item, labelled in Swedish; suppliers choose among the lots in the form. */
export function partsOf(form: UseFormReturn<ProcurementValues>) {
  const lots = form.watch('lots');
  return {
    lots: [
      { name: 'id', label: m.lot.id, required: true },
      { name: 'title', label: m.lot.title, required: true },
      { name: 'description', label: m.lot.description, type: 'textarea' },
      { name: 'estimatedValueSek', label: m.lot.value, type: 'number' },
    ] as Part[],
    documents: [
      { name: 'title', label: m.document.title, required: true },
      { name: 'url', label: m.document.url, type: 'url', required: true },
      { name: 'kind', label: m.document.kind, required: true },
    ] as Part[],
    awardedSuppliers: [
      { name: 'name', label: m.supplier.name, required: true },
      { name: 'organisationNumber', label: m.supplier.organisationNumber },
      {
        name: 'lot',
        label: m.supplier.lot,
        options: [
          { value: '', label: m.supplier.noLot },
          ...lots.filter((lot) => lot.id).map((lot) => ({ value: lot.id, label: `${lot.id} ${lot.title}` })),
        ],
      },
      { name: 'rank', label: m.supplier.rank, type: 'number', required: true },
    ] as Part[],
  };
}

export const blanks = {
  lots: () => ({ id: '', title: '', description: '', estimatedValueSek: '' }),
  documents: () => ({ title: '', url: '', kind: '' }),
  awardedSuppliers: () => ({ name: '', organisationNumber: '', lot: '', rank: '1' }),
};
