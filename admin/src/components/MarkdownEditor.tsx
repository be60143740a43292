import { lazy, Suspense, useId } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { m } from './messages.ts';

const MarkdownPreview = lazy(() => import('./MarkdownPreview.tsx'));

/** Markdown with a preview tab that renders it as the API will (markdown-it, raw HTML off). */
export function MarkdownEditor({
  label,
  value,
  registration,
  error,
}: {
  label: string;
  value: string;
  registration: UseFormRegisterReturn;
  error?: { message?: string } | undefined;
}) {
  const id = useId();
  return (
    <div className={error?.message ? 'field invalid' : 'field'}>
      <Tabs>
        <div className="markdown-head">
          <label htmlFor={id}>{label}</label>
          <TabList aria-label={`${label}: ${m.write} eller ${m.preview}`} className="tabs">
            <Tab id="write" className="tab">
              {m.write}
            </Tab>
            <Tab id="preview" className="tab">
              {m.preview}
            </Tab>
          </TabList>
        </div>
        <TabPanel id="write" shouldForceMount className="tab-panel">
          <p className="hint" id={`${id}-hint`}>
            {m.markdownHint}
          </p>
          <textarea
            id={id}
            rows={12}
            aria-describedby={`${id}-hint`}
            aria-invalid={error?.message ? true : undefined}
            {...registration}
          />
        </TabPanel>
        <TabPanel id="preview" className="tab-panel markdown-preview">
          {value.trim() ? (
            <Suspense fallback={<p>{m.loading}</p>}>
              <MarkdownPreview source={value} />
            </Suspense>
          ) : (
            <p>{m.previewEmpty}</p>
          )}
        </TabPanel>
      </Tabs>
      {error?.message ? <p className="field-error">{error.message}</p> : null}
    </div>
  );
}
