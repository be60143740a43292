import MarkdownIt from 'markdown-it';

// The API renders descriptions with markdown-it and raw HTML off; the preview does the same, so what
// the editor sees is what an association's web site will show. With HTML off the output is safe.
const markdown = new MarkdownIt({ html: false, linkify: true });

export default function MarkdownPreview({ source }: { source: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: markdown-it with html:false escapes all raw HTML
  return <div dangerouslySetInnerHTML={{ __html: markdown.render(source) }} />;
}
